# La app: evaluar a la persona y la revisión.
# Tuteamos ("tú") en todo, como en los demás archivos.


## Evaluar a la persona al final

assess-screen-leader-about = Puede sumar a más gente y asumir tareas. Dale seguimiento pronto y seguido.
assess-screen-supporter-about = Va a llegar y ayudar cuando se lo pidas. Cuéntale lo que va pasando.
assess-screen-undecided-about = Todavía no se decide. Vale la pena otra conversación.
assess-screen-pass-about = Por ahora no. Dedica tu tiempo a otra gente y deja la puerta abierta.
assess-screen-over = La conversación terminó.
assess-screen-question = ¿Cómo evalúas a { $name }?
assess-screen-note = Nota de seguimiento (opcional)
assess-screen-note-hint = Teléfono, lo que le importa, cuándo volver a llamar…
assess-screen-see-debrief = Ver la revisión  ▶
assess-screen-pick-first = Primero elige una de las cuatro (teclas 1–4).

## La revisión

debrief-screen-played = Del historial: practicado el { $when }.
debrief-screen-try-again = ↻ Intentar otra vez (T)
debrief-screen-follow-up = → Seguimiento (F)
debrief-screen-next-conversation = La siguiente conversación: { $title }
debrief-screen-export-markdown = Exportar Markdown (M)
debrief-screen-export-json = Exportar JSON (J)
debrief-screen-looking = Buscando mejores opciones…
debrief-screen-out-of = de 100
debrief-screen-practice = Práctica: volviste atrás durante el intento.
debrief-screen-part = Parte
debrief-screen-score = Puntaje
debrief-screen-weight = Peso
debrief-screen-how = Cómo se calculó
debrief-screen-no-assessment = No diste una evaluación, así que su peso se reparte entre las otras partes.
# $at queda vacío, o es " (turno 3)" de debrief-screen-at-turn.
debrief-screen-talk = Tu rato más largo hablando sin parar: { $seconds } s{ $at }.  Preguntas: { $questions } ({ $open ->
        [one] { $open } abierta
       *[other] { $open } abiertas
    }).  Reflejos por pregunta: { $reflections }.
debrief-screen-at-turn = (turno { $turn })
debrief-screen-none-asked = no hiciste preguntas
debrief-screen-ratio = { $ratio } (1 aceptable, 2 bien)
debrief-screen-steps-legend = ● logrado   ○ trabajado   ✕ fuera de orden
debrief-screen-turn-text = Turno { $turn }: { $text }
debrief-screen-over-time = { $name } a lo largo de la conversación
debrief-screen-hidden-feeling = Oculto durante la conversación: cómo se fue sintiendo la persona.
debrief-screen-no-ending = sin final
debrief-screen-assessed = Evaluaste a la persona como { $given }; era { $truth } ({ $verdict }).
debrief-screen-spot-on = acertaste
debrief-screen-close = cerca
debrief-screen-off = fallaste
debrief-screen-note = Tu nota de seguimiento
debrief-screen-never-learned-hint = Lo que una conversación con esta persona pudo sacar a la luz:
debrief-screen-turn-by-turn = Turno por turno ({ $mistakes ->
        [one] { $mistakes } error
       *[other] { $mistakes } errores
    }, { $good ->
        [one] { $good } buena jugada
       *[other] { $good } buenas jugadas
    })
debrief-screen-not-saved = No se pudo guardar este intento: { $error }
debrief-screen-advice-not-saved = No se pudieron guardar las mejores opciones: { $error }

## Exportar una revisión (los títulos del Markdown y lo que dice la línea de estado)

export-transcript = Transcripción
export-note = Nota de seguimiento
export-saved = Guardado en { $path }
export-failed = No se pudo exportar: { $error }
