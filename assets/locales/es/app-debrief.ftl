# La app: evaluar a la persona y la revisión final.
# Tuteamos ("tú") en todo, como en los demás archivos.

