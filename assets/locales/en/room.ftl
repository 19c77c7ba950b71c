# `doorstep room`: a workshop's results, as Markdown to read out or project. Here the bold marks
# (**) sit inside sentences, so they are part of the messages.

room-title = Room results
room-summary = **{ $attempts ->
        [one] { $attempts } attempt
       *[other] { $attempts } attempts
    }** at { $scenarios ->
        [one] { $scenarios } scenario
       *[other] { $scenarios } scenarios
    } by **{ $trainees ->
        [one] { $trainees } trainee
       *[other] { $trainees } trainees
    }**, read from { $files ->
        [one] { $files } file
       *[other] { $files } files
    }.
room-duplicates = { $n ->
        [one] { $n } copy of attempts already read was counted once.
       *[other] { $n } copies of attempts already read were counted once.
    }
room-skipped = { $n ->
        [one] { $n } file or attempt could not be used and was left out.
       *[other] { $n } files or attempts could not be used and were left out.
    }
room-no-attempts = No attempts were found.
room-scenario = Scenario `{ $id }`: { $attempts ->
        [one] { $attempts } attempt
       *[other] { $attempts } attempts
    } by { $trainees ->
        [one] { $trainees } trainee
       *[other] { $trainees } trainees
    }.
room-scores = Scores
room-scores-line = Median **{ $median }**. The middle half scored { $low }–{ $high }; lowest { $lowest }, highest { $highest }; mean { $mean }.
room-scores-header = | Score | Attempts | |
room-steps = How far the conversations got
room-steps-header = | Step | Reached | |
room-step-reached = { $reached } of { $attempts } ({ $share })
room-stalled = **Where they stalled** (the first step never reached):
room-stalled-at = at *{ $step }*
room-stalled-nowhere = nowhere: reached all five steps
room-attempts = { $n ->
        [one] { $n } attempt
       *[other] { $n } attempts
    }
room-mistakes = Most common mistakes
room-good-moves = Good moves
room-no-flags = None.
room-flag-count = { $n } of { $attempts } attempts ({ $share })
room-flag-times = { $times } times in all
room-said = Said
room-coach-note = Coach's note
room-airtime = Airtime
room-nothing-said = Nothing was said.
room-airtime-header = | | Questions | Listening | Talking |
room-airtime-room = The room (mean)
room-airtime-rule = Rule of thumb
room-listened = { $n } of { $counted ->
        [one] { $counted } attempt
       *[other] { $counted } attempts
    } listened at least 70% of the time.
room-sizing = Sizing up the person
room-assessed = { $correct } of { $assessed ->
        [one] { $assessed } assessment
       *[other] { $assessed } assessments
    } { $correct ->
        [one] was
       *[other] were
    } right ({ $share }); { $oneOff } { $oneOff ->
        [one] was
       *[other] were
    } one category off.
room-none-assessed = No attempt was assessed.
room-not-assessed = { $n ->
        [one] { $n } attempt had no assessment to judge.
       *[other] { $n } attempts had no assessment to judge.
    }
room-rounds = First attempts and later ones
room-first = First attempts averaged **{ $mean }** ({ $n ->
        [one] { $n } trainee
       *[other] { $n } trainees
    }).
room-later = Later attempts averaged **{ $mean }** ({ $n ->
        [one] { $n } attempt
       *[other] { $n } attempts
    }). { $improved } of the { $tried ->
        [one] { $tried } trainee
       *[other] { $tried } trainees
    } who tried again did better on average.
room-no-later = Nobody has tried it a second time yet.
room-rounds-header = | Trainee | First | Later (mean) | Later attempts |
