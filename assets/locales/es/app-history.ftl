# La app: el historial, los paquetes y la pantalla de resultados de la sala.
# Tuteamos ("tú") en todo, como en los demás archivos.

