# Mensajes de la línea de comandos: `doorstep run`, `doorstep play`, `doorstep bundle` y `doorstep room`.
# Tratamos de "tú" en todos los archivos: es como se hablan compañeros de trabajo y de
# organización en EE. UU. y en gran parte de América Latina. Los diagnósticos de `check` son
# para autores y se quedan en inglés a propósito.

run-no-path = no hay un camino '{ $name }' en { $file } (tiene: { $known })
run-no-paths = ninguno
run-stopped = (La práctica se detuvo antes de llegar a un final.)
run-bad-turn = turno { $turn } en el nodo '{ $node }': { $error }
run-not-follow-up = --after es para conversaciones de seguimiento, y { $file } no sigue a ningún otro escenario
run-first-missing = { $file } sigue a '{ $first }', que no está en { $folder }
run-first-no-path = '{ $first }' no tiene un camino '{ $name }' que llegue hasta el final

play-they = La persona
play-them = a esta persona
play-prompt = Tu opción (el número, u para deshacer, q para salir):
play-prompt-free = Dilo con tus palabras (o un número, u para deshacer, q para salir):
play-input-ended = (se acabó la entrada)
play-undone = (un turno atrás; esta vez cuenta como práctica)
play-nothing-to-undo = (no hay nada que deshacer)
play-type-a-number = (escribe uno de los números que ves)
play-matches-none = Eso no se parece a ninguna de las opciones de aquí.
play-options-were = Las opciones aquí eran:
play-pick-closest = Elige la más cercana por su número:
play-accept = Enter para aceptar, o el número de otra opción:
play-step-reached = paso logrado: { $step }
play-stuck = El escenario no tiene cómo seguir desde '{ $node }'.
play-assess = ¿Cómo evalúas a { $who }? 1. { assess-leader }  2. { assess-supporter }  3. { assess-undecided }  4. { assess-pass }:

## `doorstep bundle`: entregar intentos desde la línea de comandos.
bundle-cli-at = { $n } en { $scenario }
bundle-cli-wrote = { $n ->
        [one] se guardó { $n } intento
       *[other] se guardaron { $n } intentos
    } ({ $summary }) en { $path }
bundle-cli-no-name = No lleva nombre: quien facilita te verá solo como un número (agrega --name para poner uno).
bundle-cli-bad-day = --since { $day }: no es un día escrito AAAA-MM-DD
bundle-cli-last-zero = --last 0 daría un paquete vacío
bundle-cli-none = no hay intentos para empaquetar en { $folder }
bundle-cli-none-match = no hay intentos que coincidan para empaquetar en { $folder }

## `doorstep room`: lo que leyó, en la salida de errores.
room-cli-skipped = quedó fuera: { $why }
room-cli-read = se { $files ->
        [one] leyó { $files } archivo
       *[other] leyeron { $files } archivos
    } en { $folder }: { $attempts ->
        [one] { $attempts } intento
       *[other] { $attempts } intentos
    } de { $trainees ->
        [one] { $trainees } participante
       *[other] { $trainees } participantes
    }; { $duplicates ->
        [one] { $duplicates } repetido contado
       *[other] { $duplicates } repetidos contados
    } una vez; { $skipped } { $skipped ->
        [one] quedó fuera
       *[other] quedaron fuera
    }
room-cli-wrote = guardado en { $path }
