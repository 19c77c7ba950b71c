# La app: la lista de escenarios y el cambio de idioma.
# Tuteamos ("tú") en todo, como en los demás archivos.

