# La app: ver una conversación, práctica en parejas, la ventana para la sala y la cuenta atrás.
# Tuteamos ("tú") en todo, como en los demás archivos.

