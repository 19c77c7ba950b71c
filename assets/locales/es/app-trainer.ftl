# La app: ver una conversación, práctica en parejas, la ventana para la sala y la cuenta regresiva.
# Tuteamos ("tú") en todo, como en los demás archivos.


## Ver una conversación que sale mal y luego mostrar sus errores uno por uno.

watch-line-hint = línea { $n } de { $total } · PageDown: siguiente · PageUp: atrás
watch-reveal-hint = PageDown: muestra el siguiente error
watch-room-hint = PageDown: ahora le toca al grupo
watch-next = Siguiente ▶
watch-what-went-wrong = ¿Qué salió mal?
watch-revealed = { $n } de { $total } { $total ->
        [one] error a la vista
       *[other] errores a la vista
    }
watch-mistake = Turno { $turn }: { $label }
watch-obo-title = Ahora: Un Gran Organizador
watch-obo-about = El grupo hace de quien organiza. La misma persona, el mismo momento, y esta vez con los cinco pasos.
watch-obo-start = Empezar: el grupo elige  ▶

## Práctica en parejas: las instrucciones, la tarjeta del personaje, las marcas de quien observa, los resultados.
## Los papeles van sin género: quien organiza, quien actúa (hace de la persona), quien observa.

# Las teclas de las marcas son fijas (Q, L, T); las palabras dicen qué cuenta cada una.
pairs-mark-question = Q  pregunta
pairs-mark-listening = L  escucha
pairs-mark-talking = T  habla
pairs-start = Empezar la conversación  ▶
pairs-end = Terminar y ver los resultados  ▶
pairs-back-to-marking = Volver a marcar
pairs-hide-card = Esconder la tarjeta (C)
pairs-show-card = Quien actúa: ver la tarjeta (C)
pairs-swap = Cambiar papeles (R)
pairs-swap-next = Cambiar papeles: siguiente ronda (R)
pairs-export-markdown = Exportar Markdown (X)
pairs-export-json = Exportar JSON (J)
pairs-title = Práctica en parejas: { $title }
pairs-round = Ronda { $round }: { $roles }
pairs-brief-organizer = Quien organiza ({ $who }): vas a hablar con { $person }. { $about }
pairs-brief-partner = Quien actúa ({ $who }): haces de { $person }. Presiona C para leer tu tarjeta mientras quien organiza mira para otro lado, y C otra vez para esconderla.
pairs-brief-observer = Quien observa: presiona Q (pregunta), L (escucha) o T (habla) cada vez que alguien habla, y del 1 al 5 cuando se da cada paso. El reloj arranca con la conversación.
pairs-brief-keys = F7 pausa el reloj; [ y ] cambian cuánto dura. R cambia los papeles. ↑, ↓, Home y End desplazan. Presiona Enter o PageDown para empezar.
pairs-card-title = Solo para quien actúa: eres { $person }
pairs-no-card = Este escenario no tiene tarjeta del personaje; quien lo escribió puede agregarla en person: (card: ...).
pairs-card-knows = Lo que sabes
pairs-card-feels = Cómo te sientes
pairs-card-fears = Lo que te da miedo
pairs-card-would-move = Lo que te haría actuar
pairs-mode-timed = con tiempo: mantén la tecla presionada mientras hablan
pairs-mode-tapped = por toques: un toque cada vez que alguien habla
pairs-tally = Conteo ({ $mode })
pairs-switch = Cambiar (M)
pairs-undo-hint = PageUp o Backspace deshace la última marca o el último paso marcado.
pairs-steps-keys = Los cinco pasos (teclas 1–5)
pairs-saved = Guardado en el historial.
pairs-not-done = Faltó: { $steps }
pairs-axis = intervenciones →
pairs-save-failed = No se pudo guardar esta práctica en parejas: { $error }
