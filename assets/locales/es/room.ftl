# `doorstep room`: los resultados de un taller, en Markdown para leer en voz alta o proyectar.
# Tratamos de "tú" (ver cli.ftl). Aquí las negritas (**) van dentro de las frases.

room-title = Resultados del grupo
room-summary = **{ $attempts ->
        [one] { $attempts } intento
       *[other] { $attempts } intentos
    }** en { $scenarios ->
        [one] { $scenarios } escenario
       *[other] { $scenarios } escenarios
    } de **{ $trainees ->
        [one] { $trainees } participante
       *[other] { $trainees } participantes
    }**, leídos de { $files ->
        [one] { $files } archivo
       *[other] { $files } archivos
    }.
room-duplicates = { $n ->
        [one] { $n } copia de intentos ya leídos se contó una sola vez.
       *[other] { $n } copias de intentos ya leídos se contaron una sola vez.
    }
room-skipped = { $n ->
        [one] { $n } archivo o intento no se pudo usar y quedó fuera.
       *[other] { $n } archivos o intentos no se pudieron usar y quedaron fuera.
    }
room-no-attempts = No se encontró ningún intento.
room-scenario = Escenario `{ $id }`: { $attempts ->
        [one] { $attempts } intento
       *[other] { $attempts } intentos
    } de { $trainees ->
        [one] { $trainees } participante
       *[other] { $trainees } participantes
    }.
room-scores = Puntajes
room-scores-line = Mediana **{ $median }**. La mitad central sacó entre { $low } y { $high }; el más bajo { $lowest }, el más alto { $highest }; promedio { $mean }.
room-scores-header = | Puntaje | Intentos | |
room-steps = Hasta dónde llegaron las conversaciones
room-steps-header = | Paso | Logrado | |
room-step-reached = { $reached } de { $attempts } ({ $share })
room-stalled = **Dónde se estancaron** (el primer paso que nunca lograron):
room-stalled-at = en *{ $step }*
room-stalled-nowhere = en ningún lado: lograron los cinco pasos
room-attempts = { $n ->
        [one] { $n } intento
       *[other] { $n } intentos
    }
room-mistakes = Los errores más comunes
room-good-moves = Buenas jugadas
room-no-flags = Ninguno.
room-flag-count = { $n } de { $attempts } intentos ({ $share })
room-flag-times = { $times } veces en total
room-said = Dijeron
room-coach-note = Consejo
room-airtime = Tiempo al habla
room-nothing-said = No se dijo nada.
room-airtime-header = | | Preguntas | Escuchar | Hablar |
room-airtime-room = El grupo (promedio)
room-airtime-rule = La regla general
room-listened = { $n } de { $counted ->
        [one] { $counted } intento
       *[other] { $counted } intentos
    } escucharon al menos el 70% del tiempo.
room-sizing = Cómo evaluaron a la persona
room-assessed = { $correct } de { $assessed ->
        [one] { $assessed } evaluación
       *[other] { $assessed } evaluaciones
    } { $correct ->
        [one] acertó
       *[other] acertaron
    } ({ $share }); { $oneOff } { $oneOff ->
        [one] quedó
       *[other] quedaron
    } a una categoría de distancia.
room-none-assessed = Ningún intento tuvo evaluación.
room-not-assessed = { $n ->
        [one] { $n } intento no tuvo evaluación que juzgar.
       *[other] { $n } intentos no tuvieron evaluación que juzgar.
    }
room-rounds = Primeros intentos y los siguientes
room-first = Los primeros intentos promediaron **{ $mean }** ({ $n ->
        [one] { $n } participante
       *[other] { $n } participantes
    }).
room-later = Los intentos siguientes promediaron **{ $mean }** ({ $n ->
        [one] { $n } intento
       *[other] { $n } intentos
    }). { $improved } de { $tried ->
        [one] { $tried } participante que volvió a intentarlo
       *[other] { $tried } participantes que volvieron a intentarlo
    } { $improved ->
        [one] mejoró
       *[other] mejoraron
    } en promedio.
room-no-later = Nadie lo ha intentado por segunda vez todavía.
room-rounds-header = | Participante | Primero | Después (promedio) | Intentos después |
