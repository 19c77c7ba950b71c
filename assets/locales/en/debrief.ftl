# The debrief of one attempt and the transcript, as `doorstep run` and `play` print them and
# the Markdown export writes them. Markdown marks (#, **, |) stay in the code.

debrief-title = Debrief: { $title }
debrief-practice = practice run: rewound
debrief-overall = Overall: { $score } / 100
debrief-parts-header = | Part | Score | Weight | How |
debrief-airtime = Airtime
debrief-airtime-split = Questions { $questions } · Listening { $listening } · Talking { $talking } (target 20 · 70 · 10)
debrief-longest = Longest stretch of you talking: { $seconds } s
debrief-from-turn = from turn { $turn }
# Followed in the code by the share of open questions, if any, and a closing bracket.
debrief-questions = Questions: { $questions } ({ $open } open
debrief-reflections = Reflections per question: { $ratio }
debrief-ratio = { $ratio } (1.0 fair, 2.0 good)
debrief-no-questions = no questions asked
debrief-steps = The five steps
debrief-step-reached = { $step } (turn { $turn })
debrief-at-turn = turn { $turn }: { $text }
debrief-mistakes = Mistakes ({ $count })
debrief-good-moves = Good moves ({ $count })
debrief-turn = Turn { $turn }
debrief-outcome = Outcome: { $outcome }
debrief-assessed = Your assessment: { $given }. The person was: { $truth }.
debrief-assessed-alone = Your assessment: { $given }.
debrief-not-assessed = No assessment given.
debrief-why = How this ending changed that: { $why }
debrief-never-learned = What you never learned
debrief-turn-by-turn = Turn by turn
debrief-you-said = You said
debrief-sure = { $share } sure
debrief-coach = Coach
debrief-better = Better

taken-as = Taken as
taken-as-lower = taken as
heard-as = Heard as
heard-mixed = mixed with { $move }

transcript-carried = Carried over from the first conversation: { $values }
transcript-step = Step reached: { $step }
transcript-you = You
transcript-ending = Ending

# The parts of the score. English shows the score module's own formulas; these are the names
# and formulas other languages fill in from the same numbers.
part-airtime = Airtime
part-five-steps = Five steps
part-behaviour = Behaviour
part-outcome = Outcome
part-assessment = Assessment
formula-airtime = 100 × ⁴√(listening × telling × asking × reflecting) = 100 × ⁴√({ $listening } × { $telling } × { $asking } × { $reflecting }): listening { $listenShare }% of the time (70% or more is full marks); telling { $tellShare }% (10% or less is full marks); { $asked } of { $turns } turns asked or listened (a mistake counts as telling; two in three is full marks); { $reflections ->
        [one] { $reflections } reflection
       *[other] { $reflections } reflections
    } to { $questions ->
        [one] { $questions } question
       *[other] { $questions } questions
    } (one each is full marks)
formula-steps = { $points } × { $reached } steps reached − { $penalty } × { $outOfOrder } out of order
formula-behaviour = 100 × { $good } good ÷ ({ $good } good + { $weight } × { $mistakes } mistakes)
formula-outcome = { $outcome }: committed 100, maybe 60, declined 25, walked away 0
formula-assessment = you said { $given }, they were { $truth }: exact 100, next category 50, else 0

# A round of pairs practice, in the app's results and History and in its Markdown export: who
# played whom, how the observer's marks were counted, and the steps ticked.

# Before and during a round: who is doing what.
pairs-roles-now = { $organizer } organizes; { $partner } plays { $person }.
# After the round, in the results, History and the export.
pairs-roles-done = { $organizer } organized; { $partner } played { $person }.
# The app does not ask the two trainees' names.
pairs-trainee = Trainee { $n }
pairs-nothing-marked = Nothing was marked.
# How the airtime split was counted, in the results and the export.
pairs-taps = { $total ->
        [one] { $total } tap
       *[other] { $total } taps
    } ({ $questions ->
        [one] { $questions } question
       *[other] { $questions } questions
    }, { $listening } listening, { $talking } talking)
pairs-timed = { $total ->
        [one] { $total } timed mark
       *[other] { $total } timed marks
    }, { $seconds } s ({ $questions } s questions, { $listening } s listening, { $talking } s talking)
pairs-counted-taps = Counted by taps, one per utterance: { $taps }.
pairs-counted-seconds = Counted by time held: { $timed }.
pairs-counted-mixed = Counted both ways, as the mode was switched: { $timed }, and { $taps }, each tap counted as { $tap } s, a short utterance.
# The Markdown export of a round; the marks (#, -, ✓, ✗, ⚠) are in the code.
pairs-md-title = Pairs practice: { $title }, round { $round }
pairs-md-airtime = Questions { $questions } · Listening { $listening } · Talking { $talking } (target { $targetQuestions } · { $targetListening } · { $targetTalking })
pairs-md-step-done = { $step } (after { $at ->
        [one] { $at } mark
       *[other] { $at } marks
    })
pairs-md-out-of-order = { $step }: ticked before the steps that come first
