# La revisión de un intento y la transcripción, como las muestran `doorstep run` y `play` y
# como se exportan en Markdown. Tratamos de "tú" (ver cli.ftl). Las marcas de Markdown (#, **, |)
# están en el código.

debrief-title = Revisión: { $title }
debrief-practice = práctica: con vuelta atrás
debrief-overall = Total: { $score } / 100
debrief-parts-header = | Parte | Puntaje | Peso | Cómo |
debrief-airtime = Tiempo al habla
debrief-airtime-split = Preguntas { $questions } · Escuchar { $listening } · Hablar { $talking } (meta 20 · 70 · 10)
debrief-longest = Tu rato más largo hablando sin parar: { $seconds } s
debrief-from-turn = desde el turno { $turn }
# En el código le siguen la parte de preguntas abiertas, si hay, y el paréntesis que cierra.
debrief-questions = Preguntas: { $questions } ({ $open ->
        [one] { $open } abierta
       *[other] { $open } abiertas
    }
debrief-reflections = Reflejos por pregunta: { $ratio }
debrief-ratio = { $ratio } (1.0 aceptable, 2.0 bien)
debrief-no-questions = no hiciste preguntas
debrief-steps = Los cinco pasos
debrief-step-reached = { $step } (turno { $turn })
debrief-at-turn = turno { $turn }: { $text }
debrief-mistakes = Errores ({ $count })
debrief-good-moves = Buenas jugadas ({ $count })
debrief-turn = Turno { $turn }
debrief-outcome = Resultado: { $outcome }
debrief-assessed = Tu evaluación: { $given }. La persona era: { $truth }.
debrief-assessed-alone = Tu evaluación: { $given }.
debrief-not-assessed = No diste una evaluación.
debrief-why = Cómo lo cambió este final: { $why }
debrief-never-learned = Lo que nunca llegaste a saber
debrief-turn-by-turn = Turno por turno
debrief-you-said = Dijiste
debrief-sure = { $share } de seguridad
debrief-coach = Consejo
debrief-better = Mejor

taken-as = Tomado como
taken-as-lower = tomado como
heard-as = Se oyó como
heard-mixed = mezclado con { $move }

transcript-carried = Viene de la primera conversación: { $values }
transcript-step = Paso logrado: { $step }
transcript-you = Tú
transcript-ending = Final

part-airtime = Tiempo al habla
part-five-steps = Cinco pasos
part-behaviour = Conducta
part-outcome = Resultado
part-assessment = Evaluación
formula-airtime = 100 × ⁴√(escuchar × decir × preguntar × reflejar) = 100 × ⁴√({ $listening } × { $telling } × { $asking } × { $reflecting }): escuchaste el { $listenShare }% del tiempo (70% o más es puntaje completo); hablaste el { $tellShare }% (10% o menos es puntaje completo); { $asked } de { $turns } turnos fueron para preguntar o escuchar (un error cuenta como hablar; dos de cada tres es puntaje completo); { $reflections ->
        [one] { $reflections } reflejo
       *[other] { $reflections } reflejos
    } para { $questions ->
        [one] { $questions } pregunta
       *[other] { $questions } preguntas
    } (uno por pregunta es puntaje completo)
formula-steps = { $points } × { $reached } pasos logrados − { $penalty } × { $outOfOrder } fuera de orden
formula-behaviour = 100 × { $good } buenas ÷ ({ $good } buenas + { $weight } × { $mistakes } errores)
formula-outcome = { $outcome }: se comprometió 100, tal vez 60, dijo que no 25, se fue 0
formula-assessment = dijiste { $given }, era { $truth }: exacto 100, categoría vecina 50, si no 0

# Una ronda de práctica en parejas, en los resultados y el historial de la app y en su exportación
# en Markdown: quién hizo de quién, cómo se contaron las marcas de quien observa y los pasos marcados.

# Antes y durante la ronda: quién hace qué.
pairs-roles-now = { $organizer } organiza; { $partner } hace de { $person }.
# Después de la ronda, en los resultados, el historial y la exportación.
pairs-roles-done = { $organizer } organizó; { $partner } hizo de { $person }.
# La app no pide los nombres de las dos personas.
pairs-trainee = Participante { $n }
pairs-nothing-marked = No se marcó nada.
# Cómo se contó el reparto del tiempo al habla, en los resultados y en la exportación.
pairs-taps = { $total ->
        [one] { $total } toque
       *[other] { $total } toques
    } ({ $questions ->
        [one] { $questions } pregunta
       *[other] { $questions } preguntas
    }, { $listening } escuchando, { $talking } hablando)
pairs-timed = { $total ->
        [one] { $total } marca con tiempo
       *[other] { $total } marcas con tiempo
    }, { $seconds } s ({ $questions } s preguntando, { $listening } s escuchando, { $talking } s hablando)
pairs-counted-taps = Contado por toques, uno cada vez que alguien habla: { $taps }.
pairs-counted-seconds = Contado por el tiempo que se mantuvo la tecla: { $timed }.
pairs-counted-mixed = Contado de las dos formas, porque se cambió el modo: { $timed }, y { $taps }; cada toque cuenta como { $tap } s, una intervención corta.
# La exportación de una ronda en Markdown; las marcas (#, -, ✓, ✗, ⚠) están en el código.
pairs-md-title = Práctica en parejas: { $title }, ronda { $round }
pairs-md-airtime = Preguntas { $questions } · Escuchar { $listening } · Hablar { $talking } (meta { $targetQuestions } · { $targetListening } · { $targetTalking })
pairs-md-step-done = { $step } (después de { $at ->
        [one] { $at } marca
       *[other] { $at } marcas
    })
pairs-md-out-of-order = { $step }: marcado antes de los pasos que van primero
