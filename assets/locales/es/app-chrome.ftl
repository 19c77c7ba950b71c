# La app: la barra de arriba, la ayuda y las teclas, los títulos de las ventanas y los avisos.
# Tuteamos ("tú") en todo, como en los demás archivos.

app-window-title = Doorstep: practica conversaciones de organización
app-audience-window-title = Doorstep: para la sala

## Las teclas: qué hace cada una, como lo muestra la ayuda (`?`). El README se queda en inglés.

key-help = esta ayuda (Esc la cierra)
key-back-to-list = volver a la lista de escenarios (a mitad de una conversación, pregunta antes)
key-focus = pasar de un botón a otro; Espacio o Enter lo presiona
key-larger = texto más grande (hasta 250%)
key-smaller = texto más pequeño (hasta 75%)
key-normal-size = tamaño de texto normal
key-projector = modo proyector: letra grande, opciones con letras
key-audience-window = proyector: abrir o cerrar una segunda ventana para la sala
key-timer = cuenta regresiva: empezar o pausar
key-timer-shorter = cuenta regresiva: un minuto menos
key-timer-longer = cuenta regresiva: un minuto más
key-timer-reset = cuenta regresiva: volver al principio
key-blank = proyector, ver y parejas: poner en negro la pantalla de la sala, y volver a mostrarla
key-move = moverte por los escenarios, las opciones o los intentos
key-open = abrir o elegir lo que está resaltado
key-watch = ver una conversación con guion y después lo que salió mal
key-pairs = práctica en parejas con este escenario
key-difficulty = la siguiente dificultad: { difficulty-practice }, { difficulty-standard }, { difficulty-assessment }
key-free-text = dilo con tus palabras: escribe lo que dices en vez de elegirlo (a solas, no en el proyector)
key-history = lista de escenarios y revisión: el historial de intentos
key-language = lista de escenarios: el siguiente idioma (English, Español), que se guarda para la próxima vez
key-room = lista de escenarios e historial: resultados del grupo, de una carpeta con los paquetes de participantes
key-choose = elegir una opción
key-choose-highlighted = elegir la opción resaltada
key-rewind = volver un turno atrás (el intento pasa a ser de práctica; no en { difficulty-assessment })
key-tracker = mostrar u ocultar los cinco pasos
key-airtime = mostrar u ocultar el medidor del tiempo al habla
key-say = decir lo que escribiste; después, seguir con cómo se tomó (Esc sale del cuadro de texto)
key-take-as = cuando ya muestra cómo se tomó lo que dijiste: tomarlo mejor como esa opción
key-retype = fuera del cuadro de texto: decirlo de otra forma, o volver un turno atrás (no en { difficulty-assessment })
key-vote = resaltar lo que eligió el grupo
key-add-hand = sumar una mano levantada a una opción
key-remove-hand = quitar una mano de la opción resaltada
key-show-hands = mostrar u ocultar cuántas manos hay
key-go-with-pick = control remoto, adelante: seguir con lo que eligió el grupo
key-room-back = control remoto, atrás: deshacer el último turno
key-watch-next = la siguiente frase, el siguiente error, y después le toca al grupo
key-watch-back = una frase o un error atrás
key-assess = { assess-leader }, { assess-supporter }, { assess-undecided }, { assess-pass }; Enter confirma
key-try-again = revisión: intentar el mismo escenario otra vez
key-follow-up = revisión: la conversación de seguimiento, si la hay
key-export-markdown = revisión: exportar en Markdown
key-export-json = revisión y resultados en parejas: exportar en JSON
key-scroll = desplazarte por la revisión, el historial y esta ayuda
key-tick = historial: marcar o desmarcar el intento resaltado para un paquete
key-bundle = historial: guardar los intentos marcados en un paquete para quien facilita
key-room-markdown = resultados del grupo: exportar en Markdown
key-room-csv = resultados del grupo: exportar en CSV, una fila por intento
key-room-xapi = resultados del grupo: exportar como declaraciones xAPI
key-room-scroll = desplazarte por los resultados del grupo (sirve el control remoto)
key-card = parejas: mostrar u ocultar la tarjeta de tu pareja
key-marks = parejas: pregunta, escucha, habla (un toque, o mantén la tecla presionada al cronometrar)
key-check-step = parejas: marcar o desmarcar un paso
key-mark-mode = parejas: un toque por intervención, o mantener presionada para cronometrar
key-swap-roles = parejas: cambiar papeles (después de una ronda, la siguiente ronda)
key-pairs-export-markdown = resultados en parejas: exportar en Markdown
key-pairs-scroll = parejas: desplazarte por la tarjeta, las instrucciones y los resultados
key-pairs-next = parejas: la siguiente etapa
key-pairs-undo = parejas: deshacer la última marca o paso marcado

## Los apartados de la ayuda.

keys-everywhere = En todas partes
keys-scenario-list = Lista de escenarios
keys-conversation = Una conversación
keys-saying-it-yourself = Dilo con tus palabras
keys-one-big-organizer = Un Gran Organizador (proyector)
keys-watching = Ver una conversación
keys-assessing = Evaluar a la persona
keys-debrief-and-history = Revisión e historial
keys-room-results = Resultados del grupo
keys-pairs = Práctica en parejas

## Las teclas se llaman como vienen impresas en el teclado que tiene casi todo el mundo en EE. UU.
## (Enter, PageDown, Backspace, Shift); los teclados en español cambian de un país a otro. Las
## flechas van como flechas, y la barra espaciadora, que no trae nombre, es "Espacio".
key-name-up = ↑
key-name-down = ↓
key-name-left = ←
key-name-right = →
key-name-enter = Enter
key-name-space = Espacio
key-name-backspace = Backspace
key-name-page-up = PageUp
key-name-page-down = PageDown
key-name-home = Home
key-name-end = End
key-name-tab = Tab
key-name-shift = Shift
key-name-ctrl = Ctrl
key-name-esc = Esc

## La ayuda y "¿Dejar esta conversación?".

chrome-keys-title = Teclas
chrome-keys-hint = ↑, ↓, PageUp, PageDown, Home, End: desplazarte · Esc: cerrar
chrome-close = Cerrar (Esc)
chrome-leave-title = ¿Dejar esta conversación?
chrome-leave-body = Este intento no ha terminado, así que no se va a guardar.
chrome-leave-confirm = Dejarla (Enter)
chrome-leave-keep = Seguir hablando (Esc)

## La barra de arriba: el nombre de la pantalla, los botones y la cuenta regresiva.

chrome-screen-menu = Escenarios
chrome-screen-play = Conversación
chrome-screen-assess = Evaluar
chrome-screen-debrief = Revisión
chrome-screen-history = Historial
chrome-screen-watch = Ver
chrome-screen-pairs = Práctica en parejas
chrome-screen-room = Resultados del grupo
chrome-blanked = Pantalla en negro (.)
chrome-more = ☰ Más
chrome-history = Historial
chrome-scenarios = Escenarios
chrome-time-up = ¡Tiempo!
chrome-keys = ?  Teclas
chrome-text-size = Texto { $percent }%
chrome-room-window = Ventana para la sala (F6)
chrome-close-room-window = Cerrar la ventana de la sala (F6)
chrome-projector = Proyector (F5)
chrome-projector-on = Proyector: activado (F5)

## La ventana para la sala, antes de que haya algo que mostrar.

chrome-audience-tagline = Practica conversaciones de organización

## Avisos y errores.

status-settings-not-saved = No se pudieron guardar tus ajustes: { $error }
status-set-aside = No se pudo leer { $file } ({ $reason })
status-set-aside-kept = No se pudo leer { $file } ({ $reason }); se guardó aparte como { $kept }
status-folder-unreadable = No se puede leer la carpeta de escenarios { $folder }: { $error }
status-load-timeout = el archivo tardó más de { $seconds } s en cargar, así que Doorstep dejó de esperarlo. Ejecuta `doorstep check { $file }` para ver qué está mal
status-load-timeout-kept = el archivo tardó más de { $seconds } s en cargar, así que Doorstep dejó de esperarlo; se queda la última versión buena. Ejecuta `doorstep check { $file }` para ver qué está mal
status-scenario-no-longer-fits = El escenario editado ya no encaja con esta conversación ({ $error }); se queda la versión anterior.
# Se imprime en la terminal cuando la ventana no puede abrirse, antes y después del comando que hay que instalar.
status-no-gpu =
    doorstep: no se encontró un controlador de gráficos, así que la ventana no puede abrirse.
    En Debian o Ubuntu sin GPU, instala el controlador Vulkan por software de Mesa:
status-no-gpu-after = Las herramientas de la línea de comandos (doorstep check, run, play) funcionan sin él.
