# Las palabras fijas del método: jugadas, pasos, resultados, evaluaciones y las señales que
# marca la app. Tratamos de "tú" (ver cli.ftl).

move-open-question = pregunta abierta
move-closed-question = pregunta cerrada
move-reflection = reflejo
move-affirmation = reconocimiento
move-statement = comentario
move-vision = visión
move-ask = petición
move-lecture = sermón
move-silence = silencio
move-unclassified = sin clasificar

step-door = Abrir la puerta
step-story = Escuchar su historia
step-vision = Proponer una visión
step-obstacles = Tratar los obstáculos
step-ask = Pedir y evaluar
step-none = ninguno

outcome-committed = se comprometió
outcome-maybe = tal vez
outcome-declined = dijo que no
outcome-walked-away = se fue
outcome-none = ninguno
outcome-no-outcome = sin resultado
outcome-the-end = fin

assess-leader = líder
assess-supporter = simpatizante
assess-undecided = sin decidir
assess-pass = no por ahora
assess-unknown = no se sabe

violation-visionbeforestory = Propusiste una visión antes de escuchar su historia.
violation-askbeforestory = Pediste un compromiso antes de escuchar su historia.
violation-askbeforevision = Pediste un compromiso antes de ofrecer una visión por la cual actuar.
violation-obstaclesneveraddressed = Nunca hablaste de lo que le impide actuar.
violation-noconcreteask = Nunca llegaste a una petición concreta que tuviera respuesta.

flag-asks-permission = Pidió permiso
flag-asks-permission-about = Abriste pidiendo su tiempo ("¿tienes un minuto?"): eso invita a un no y vuelve la conversación un favor.
flag-not-listening = No oyó la respuesta
flag-not-listening-about = Seguiste adelante sin tomar en cuenta lo que acababa de decir.
flag-assumes = Dio por hecho
flag-assumes-about = Decidiste lo que piensa o por qué está ahí, en vez de preguntar.
flag-throws-statistics = Soltó estadísticas
flag-throws-statistics-about = Empezaste con números en vez de su experiencia; los datos solos casi nunca mueven a nadie.
flag-pitch-before-story = Vendió antes de escuchar
flag-pitch-before-story-about = Le vendiste el grupo o la campaña antes de saber nada de su vida.
flag-dismisses-obstacle = Minimizó un obstáculo
flag-dismisses-obstacle-about = Le quitaste peso a un límite o un miedo real en vez de tomarlo en serio.
flag-argues = Discutió
flag-argues-about = Quisiste ganar la discusión en vez de entender su punto.
flag-accuses = Acusó
flag-accuses-about = Culpaste o le pusiste etiqueta a la persona, y eso rompe la confianza rápido.
flag-lectures = Sermoneó sin venir al caso
flag-lectures-about = Hablaste largo de algo que no es lo que le importa ahora.
flag-no-concrete-ask = Sin petición concreta
flag-no-concrete-ask-about = Terminaste sin pedir una acción clara para un momento claro.
flag-talks-over = Le habló encima
flag-talks-over-about = Le cortaste antes de que terminara.
flag-open-question = Pregunta abierta
flag-open-question-about = Preguntaste algo que puede contestar con sus propias palabras.
flag-reflects-concern = Reflejó una preocupación
flag-reflects-concern-about = Le devolviste lo que siente o lo que teme, para que sepa que le escuchaste.
flag-connects-bigger-picture = Lo conectó con algo más grande
flag-connects-bigger-picture-about = Uniste su historia con la de otras personas y con quién tiene el poder, sin perder sus palabras.
flag-takes-obstacle-seriously = Tomó en serio un obstáculo
flag-takes-obstacle-seriously-about = Nombraste con honestidad un riesgo o un costo real y trabajaste con él.
flag-concrete-ask = Petición concreta
flag-concrete-ask-about = Pediste una acción clara, con día, hora y lugar.
flag-gets-contact = Consiguió un contacto
flag-gets-contact-about = Conseguiste un número de teléfono o un nombre para dar seguimiento.
flag-schedules-follow-up = Agendó un seguimiento
flag-schedules-follow-up-about = Dejaste fijada la próxima conversación antes de despedirte.
