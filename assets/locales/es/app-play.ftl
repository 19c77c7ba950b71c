# La app: la conversación: opciones, panel lateral, decirlo con tus palabras, el registro y los medidores.
# Tuteamos ("tú") en todo, como en los demás archivos.

