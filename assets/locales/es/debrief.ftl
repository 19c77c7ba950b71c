# La evaluación de un intento y la transcripción, como las muestran `doorstep run` y `play` y
# como se exportan en Markdown. Tratamos de "tú" (ver cli.ftl). Las marcas de Markdown (#, **, |)
# están en el código.

debrief-title = Evaluación: { $title }
debrief-practice = práctica: con vuelta atrás
debrief-overall = Total: { $score } / 100
debrief-parts-header = | Parte | Puntos | Peso | Cómo |
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
debrief-ratio = { $ratio } (1.0 está bien, 2.0 muy bien)
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
formula-outcome = { $outcome }: se compromete 100, tal vez 60, dice que no 25, se va 0
formula-assessment = dijiste { $given }, era { $truth }: exacto 100, categoría vecina 50, si no 0
