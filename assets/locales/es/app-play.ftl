# La app: la conversación: opciones, panel lateral, decirlo con tus palabras, el registro y los medidores.
# Tuteamos ("tú") en todo, como en los demás archivos.


## Las opciones (y la votación a mano alzada del grupo en el proyector)
## Los nombres de las teclas quedan como están impresos en el teclado (Shift, PageUp, Enter).

play-what-do-you-say = ¿Qué le dices?
play-room-prompt = ¿Qué debería decir quien organiza? ¡Levanten la mano!
play-trainer-keys = letra: elegir · Shift+letra: sumar una mano · V: conteo · PageDown: seguir
play-pick-first-solo = Aún no has elegido nada: presiona 1 – 9, o las flechas ↑ / ↓ y luego Enter.
play-pick-first-room = Todavía no hay elección: presiona la letra que eligió el grupo (A – I), o cuenta las manos con Shift.
play-go-with-pick = Seguir con lo que eligió el grupo  ▶
play-back-one-turn = ⟲ Un turno atrás
play-back-hint = Backspace o PageUp. El intento pasa a contar como práctica.
play-rewind-to = Volver al turno…
play-practice-run = Práctica (con vuelta atrás)

## El panel de al lado: los cinco pasos, el tiempo al habla y lo que ve quien facilita

play-steps-hide = Ocultar (S)
play-steps-show = Mostrar (S)
play-steps-hidden = Ocultos. Presiona S para verlos.
play-steps-assessment = Ocultos en una evaluación: la revisión te los muestra.
meter-hide = Ocultar (A)
meter-show = Mostrar (A)
meter-hidden = Oculto. Presiona A para verlo.
meter-not-live = En esta dificultad no se ve en vivo: la revisión te lo muestra.
meter-legend = Barras: lo que va hasta ahora. Líneas: la regla general de 20 / 70 / 10.
play-live-score = Puntaje en vivo: { $score }
play-turn-flag = Turno { $turn }: { $flag }
play-hidden-state = Estado oculto

## La franja arriba de la conversación en una ventana angosta ($dots son ● y ○, uno por paso)

play-strip-next = pasos { $dots } sigue: { $step }
play-strip-all = pasos { $dots } los cinco
play-strip-airtime = tiempo al habla P { $questions }% · E { $listening }% · H { $talking }%
play-strip-live-score = puntaje en vivo { $score }

## Decirlo con tus palabras

say-prompt = ¿Qué le dices? Escríbelo y presiona Enter.
say-placeholder = Dilo con tus palabras (déjalo vacío para no decir nada)
say-say-it = Decirlo  ▶
say-closest-hint = Doorstep lo toma como la opción más cercana; puedes elegir otra.
say-nothing = (nada)
say-you-said = Dijiste: “{ $said }”
say-otherwise-hint = Ninguna de las opciones: esto es lo que hace el escenario con algo así.
say-matches-none = Eso no se parece a ninguna de las opciones de aquí: elige la más cercana.
say-go-with-it = Aceptar  ▶
say-differently = Decirlo de otra forma
say-press-number = Presiona su número, o haz clic en ella:
say-enter-or-number = Enter para aceptar. O presiona el número de la opción que querías decir:
say-back-hint = Fuera del cuadro de texto: Backspace o PageUp. El intento pasa a contar como práctica.

## La conversación: quién dice lo que dice quien organiza

log-you = Tú
log-organizer = Quien organiza

## Gráficas

chart-questions = Preguntas
chart-listening = Escuchar
chart-talking = Hablar
chart-turns-axis = turnos →
chart-utterances-axis = intervenciones →
chart-nothing-yet = nada todavía
