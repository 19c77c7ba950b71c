# La app: la lista de escenarios y el cambio de idioma.
# Tuteamos ("tú") en todo, como en los demás archivos.

difficulty-practice = Práctica
difficulty-standard = Normal
difficulty-assessment = Evaluación
difficulty-practice-about = pasos a la vista, medidor del tiempo al habla, puedes volver atrás
difficulty-standard-about = pasos a la vista y puedes volver atrás; sin medidor del tiempo al habla
difficulty-assessment-about = nada en vivo, sin volver atrás; cuenta como evaluación

menu-heading = Elige una conversación para practicar
menu-how = Usa las flechas ↑ / ↓ y Enter, o haz clic. Presiona ? para ver todas las teclas.
menu-language = Idioma (L):
menu-language-about = las palabras de la app; si un escenario está escrito en este idioma, sale primero en su tarjeta
menu-difficulty = Dificultad (D):
menu-say-it = Dilo con tus palabras (Y):
menu-off = No
menu-on = Sí
menu-say-it-on = escribe lo que dirías; se toma como la opción más cercana, y puedes cambiarla
menu-say-it-off = elige entre las opciones escritas para cada turno
menu-room-results = Resultados del grupo (R)
menu-room-results-about = para quien facilita: lo que muestran los paquetes de un taller
menu-no-scenarios = No hay escenarios. Pon archivos .ron en la carpeta scenarios/.
menu-practise = Practicar  ▶
menu-pairs = Práctica en parejas (P)
menu-watch-model = Ver la conversación modelo
menu-watch-wrong = Ver una conversación que sale mal
menu-watch-scripted = Ver una conversación con guion
menu-also-in = También en:
menu-follow-up = Una segunda conversación, después de “{ $first }”. Termina esa y elige Seguimiento para traer lo que pasó; si empiezas aquí, arranca como la dejó quien la escribió.
menu-length = unos { $turns ->
        [one] { $turns } turno
       *[other] { $turns } turnos
    } · { $moments ->
        [one] { $moments } momento
       *[other] { $moments } momentos
    } · { $endings ->
        [one] { $endings } final
       *[other] { $endings } finales
    }
menu-error-last-good = Este archivo tiene un error; estás viendo su última versión buena.
menu-error-unplayable = Este archivo no se puede usar hasta que se corrija.
