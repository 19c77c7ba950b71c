# The app: assessing the person and the debrief screen.


## Assessing the person at the end

assess-screen-leader-about = Could bring others in and take on work. Follow up soon and often.
assess-screen-supporter-about = Will show up and help when asked. Keep them in the loop.
assess-screen-undecided-about = Not there yet. Worth another conversation.
assess-screen-pass-about = Not now. Spend your time elsewhere, and leave the door open.
assess-screen-over = The conversation is over.
assess-screen-question = How would you assess { $name }?
assess-screen-note = Follow-up note (optional)
assess-screen-note-hint = Phone number, what they care about, when to call back…
assess-screen-see-debrief = See the debrief  ▶
assess-screen-pick-first = Pick one of the four first (keys 1–4).

## The debrief screen

debrief-screen-played = From History: played { $when }.
debrief-screen-try-again = ↻ Try again (T)
debrief-screen-follow-up = → Follow up (F)
debrief-screen-next-conversation = The next conversation: { $title }
debrief-screen-export-markdown = Export Markdown (M)
debrief-screen-export-json = Export JSON (J)
debrief-screen-looking = Looking for better options…
debrief-screen-out-of = out of 100
debrief-screen-practice = Practice run: you rewound during it.
debrief-screen-part = Part
debrief-screen-score = Score
debrief-screen-weight = Weight
debrief-screen-how = How it was worked out
debrief-screen-no-assessment = No assessment given, so the other parts share its weight.
# $at is empty, or " (turn 3)" from debrief-screen-at-turn.
debrief-screen-talk = Longest stretch of you talking: { $seconds } s{ $at }.  Questions: { $questions } ({ $open } open).  Reflections per question: { $reflections }.
debrief-screen-at-turn = (turn { $turn })
debrief-screen-none-asked = none asked
debrief-screen-ratio = { $ratio } (1 fair, 2 good)
debrief-screen-steps-legend = ● reached   ○ worked on   ✕ out of order
debrief-screen-turn-text = Turn { $turn }: { $text }
debrief-screen-over-time = { $name } over the conversation
debrief-screen-hidden-feeling = Hidden during the conversation: how the person felt as it went.
debrief-screen-no-ending = no ending
debrief-screen-assessed = You assessed them as { $given }; they were { $truth } ({ $verdict }).
debrief-screen-spot-on = spot on
debrief-screen-close = close
debrief-screen-off = off
debrief-screen-note = Your follow-up note
debrief-screen-never-learned-hint = What a conversation with them could have brought out:
debrief-screen-turn-by-turn = Turn by turn ({ $mistakes ->
        [one] { $mistakes } mistake
       *[other] { $mistakes } mistakes
    }, { $good ->
        [one] { $good } good move
       *[other] { $good } good moves
    })
debrief-screen-not-saved = Could not save this attempt: { $error }
debrief-screen-advice-not-saved = Could not save the better options: { $error }

## Exporting a debrief (the Markdown's own headings, and what the status line says)

export-transcript = Transcript
export-note = Follow-up note
export-saved = Saved { $path }
export-failed = Could not export: { $error }
