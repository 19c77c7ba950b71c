# La app: la barra de arriba, la ayuda y las teclas, los títulos de las ventanas y los avisos.
# Tuteamos ("tú") en todo, como en los demás archivos.

app-window-title = Doorstep: practica conversaciones de organización
app-audience-window-title = Doorstep: para la sala
