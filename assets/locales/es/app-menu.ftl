# La app: la lista de escenarios y el cambio de idioma.
# Tuteamos ("tú") en todo, como en los demás archivos.

difficulty-practice = Práctica
difficulty-standard = Normal
difficulty-assessment = Evaluación
difficulty-practice-about = pasos a la vista, medidor del tiempo al habla, puedes volver atrás
difficulty-standard-about = pasos a la vista y puedes volver atrás; sin medidor del tiempo al habla
difficulty-assessment-about = nada en vivo, sin volver atrás; cuenta como evaluación
