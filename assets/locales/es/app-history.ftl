# La app: el historial, los paquetes y la pantalla de resultados del grupo.
# Tuteamos ("tú") en todo, como en los demás archivos.


## El historial: intentos pasados y rondas en parejas, por escenario. Las fechas las escribe el código.

history-title = Tus intentos
history-saved-in = Guardados en { $folder }
history-room-results = Resultados del grupo (R)
history-empty = Aún no hay intentos terminados. Practica un escenario hasta el final y evalúa a la persona.
history-hint = Las flechas ↑ / ↓ y Enter, o un clic, abren la revisión de un intento.
history-chart-axis = intentos →
history-no-ending = sin final
history-assessment = evaluación
history-rewound = { $difficulty }, con vuelta atrás
history-follows = sigue al #{ $n } de { $title }
history-follows-gone = sigue a un intento de { $title }
history-pairs = Práctica en parejas
history-pairs-split = preguntas { $questions } · escuchar { $listening } · hablar { $talking }
history-pairs-steps = { $n } de 5 pasos

## Entregar intentos a quien facilita, en un solo archivo (el paquete).

bundle-title = Entregar a quien facilita
bundle-ticked = { $chosen } de { $total ->
        [one] { $total } intento marcado
       *[other] { $total } intentos marcados
    } (X marca o desmarca el que está resaltado). Se guardan en un solo archivo en la carpeta de exportaciones, con todo lo que dijiste en ellos.
bundle-name = Tu nombre:
bundle-name-hint = opcional
bundle-save = Guardar paquete (B)
bundle-tick-all = Marcar todos
bundle-tick-none = Desmarcar todos
bundle-privacy = Tu nombre va en el archivo solo si lo escribes aquí; si no, quien facilita te verá solo como un número. Nada sale de esta computadora a menos que tú entregues el archivo.
bundle-none-ticked = Marca al menos un intento para entregar.
bundle-saved = { $named ->
        [yes] { $count ->
            [one] Se guardó { $count } intento con tu nombre en { $path }
           *[other] Se guardaron { $count } intentos con tu nombre en { $path }
        }
       *[no] { $count ->
            [one] Se guardó { $count } intento sin nombre en { $path }
           *[other] Se guardaron { $count } intentos sin nombre en { $path }
        }
    }
bundle-failed = No se pudo escribir el paquete: { $error }

## La pantalla del grupo: una carpeta de paquetes leída y los resultados, para proyectar.
## Las palabras de la exportación en Markdown están en room.ftl; la pantalla las reutiliza donde dicen lo mismo.

room-screen-from = De { $folder }
room-screen-another-folder = Otra carpeta
room-screen-reads-all = Se leen todos los paquetes e intentos de la carpeta y sus subcarpetas. No se envía nada a ningún lado.
room-screen-reading = Leyendo { $folder }…
room-screen-failed = No se pudo leer la carpeta: { $error }
room-screen-collect = Junta en una carpeta los paquetes de cada participante y luego léela.
room-screen-folder = Carpeta:
room-screen-folder-hint = una carpeta de paquetes
room-screen-read = Leer la carpeta
room-screen-summary = { $attempts ->
        [one] { $attempts } intento
       *[other] { $attempts } intentos
    } en { $scenarios ->
        [one] { $scenarios } escenario
       *[other] { $scenarios } escenarios
    } de { $trainees ->
        [one] { $trainees } participante
       *[other] { $trainees } participantes
    }, en { $files ->
        [one] { $files } archivo
       *[other] { $files } archivos
    }
room-screen-export = · Exportar:
room-screen-duplicates = { $n ->
        [one] { $n } copia contada una sola vez
       *[other] { $n } copias contadas una sola vez
    }
room-screen-skipped-count = { $n ->
        [one] { $n } quedó fuera (al final se dice por qué)
       *[other] { $n } quedaron fuera (al final se dice por qué)
    }
room-screen-no-attempts = No se encontró ningún intento en esta carpeta.
room-screen-skipped = Quedaron fuera
room-screen-exported = Guardado en { $path }
room-screen-export-failed = No se pudo exportar: { $error }
room-screen-scenario = { $attempts ->
        [one] { $attempts } intento
       *[other] { $attempts } intentos
    } de { $trainees ->
        [one] { $trainees } participante
       *[other] { $trainees } participantes
    }
room-screen-went-well = Lo que salió bien
room-screen-no-mistakes = No se marcó ningún error.
room-screen-no-good-moves = No se marcó ninguna buena jugada.
room-screen-flag = { $label }: { $n } de { $attempts } ({ $share })
room-screen-coach = Consejo: { $note }
room-screen-more = y { $n } más en la exportación en Markdown
room-screen-stalled = Dónde se estancaron
room-screen-stalled-at = en { $step }
room-screen-reached-all = Lograron los cinco pasos
room-screen-steps = Pasos logrados
room-screen-scores-line = Mediana { $median }; la mitad central { $low }–{ $high }; el más bajo { $lowest }, el más alto { $highest }
room-screen-airtime = Tiempo al habla frente a 20/70/10
room-screen-listened = { $n } de { $counted ->
        [one] { $counted } intento
       *[other] { $counted } intentos
    } { $n ->
        [one] escuchó
       *[other] escucharon
    } al menos el 70% del tiempo
room-screen-sizing = Cómo evaluaron a la persona
room-screen-assessed = { $correct } de { $assessed } { $correct ->
        [one] acertó
       *[other] acertaron
    } ({ $share }); { $oneOff } a una categoría de distancia
room-screen-none-assessed = Ningún intento se evaluó contra una respuesta conocida.
room-screen-not-assessed = { $n } sin evaluación
room-screen-rounds = Primeros intentos frente a los siguientes
room-screen-first = Primeros: { $mean } en promedio ({ $n ->
        [one] { $n } intento
       *[other] { $n } intentos
    })
room-screen-no-later = Nadie lo ha vuelto a intentar todavía.
room-screen-later = Después: { $mean } en promedio ({ $n ->
        [one] { $n } intento
       *[other] { $n } intentos
    })
room-screen-improved = { $improved } de { $tried } que lo volvieron a intentar { $improved ->
        [one] mejoró
       *[other] mejoraron
    }
