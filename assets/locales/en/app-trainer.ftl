# The app: watching, pairs practice, the audience window and the countdown.


## Watch a conversation go wrong, then reveal its mistakes one by one.

watch-line-hint = line { $n } of { $total } · PageDown: next · PageUp: back
watch-reveal-hint = PageDown: reveal the next mistake
watch-room-hint = PageDown: the room plays it
watch-next = Next ▶
watch-what-went-wrong = What went wrong?
watch-revealed = { $n } of { $total } revealed
watch-mistake = Turn { $turn }: { $label }
watch-obo-title = Now: One Big Organizer
watch-obo-about = The room plays the organizer. Same person, same moment, and this time the five steps.
watch-obo-start = Start with the room choosing  ▶

## Pairs practice: the briefing, the partner's card, the observer's marks, the results.

# The marks' keys are fixed (Q, L, T); the words after them say what each counts.
pairs-mark-question = Q  question
pairs-mark-listening = L  listening
pairs-mark-talking = T  talking
pairs-start = Start the conversation  ▶
pairs-end = End and see the results  ▶
pairs-back-to-marking = Back to marking
pairs-hide-card = Hide the card (C)
pairs-show-card = Partner: show the card (C)
pairs-swap = Swap roles (R)
pairs-swap-next = Swap roles: next round (R)
pairs-export-markdown = Export Markdown (X)
pairs-export-json = Export JSON (J)
pairs-title = Pairs practice: { $title }
pairs-round = Round { $round }: { $roles }
# Before and during a round: who is doing what.
pairs-roles-now = { $organizer } organizes; { $partner } plays { $person }.
# After the round, in the results, History and the export.
pairs-roles-done = { $organizer } organized; { $partner } played { $person }.
# The app does not ask the two trainees' names.
pairs-trainee = Trainee { $n }
pairs-brief-organizer = Organizer ({ $who }): you are talking with { $person }. { $about }
pairs-brief-partner = Partner ({ $who }): you play { $person }. Press C to read your card while the organizer looks away, then C again to hide it.
pairs-brief-observer = Observer: press Q, L or T as each person speaks, and 1–5 as each step is done. The timer starts with the conversation.
pairs-brief-keys = F7 pauses the timer, [ and ] change its length. R swaps the roles. Up, Down, Home and End scroll. Press Enter or PageDown to start.
pairs-card-title = For the partner only: you are { $person }
pairs-no-card = This scenario has no character card; its author can add one under person: (card: ...).
pairs-card-knows = What you know
pairs-card-feels = How you feel
pairs-card-fears = What you fear
pairs-card-would-move = What would move you
pairs-mode-timed = timed: hold the key while they speak
pairs-mode-tapped = tapped: one press per utterance
pairs-tally = Tally ({ $mode })
pairs-switch = Switch (M)
pairs-undo-hint = PageUp or Backspace undoes the last mark or tick.
pairs-steps-keys = The five steps (keys 1–5)
pairs-saved = Saved to History.
pairs-nothing-marked = Nothing was marked.
pairs-not-done = Not done: { $steps }
pairs-axis = utterances →
pairs-save-failed = Could not save this pairs practice: { $error }
pairs-export-saved = Saved { $path }
pairs-export-failed = Could not export: { $error }
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
