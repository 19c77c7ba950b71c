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
pairs-not-done = Not done: { $steps }
pairs-axis = utterances →
pairs-save-failed = Could not save this pairs practice: { $error }
