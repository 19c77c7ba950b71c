# The app: playing a conversation: options, the side panel, saying it yourself, the log and the meters.


## The options (and the room's show of hands on a projector)

play-what-do-you-say = What do you say?
play-room-prompt = What should the organizer say? Hands up!
play-trainer-keys = letter: pick · Shift+letter: add a hand · V: tally · PageDown: go
play-pick-first-solo = Nothing chosen yet: press 1 – 9, or Up / Down and then Enter.
play-pick-first-room = No pick yet: press the letter the room chose (A – I), or count hands with Shift.
play-go-with-pick = Go with the room's pick  ▶
play-back-one-turn = ⟲ Back one turn
play-back-hint = Backspace or PageUp. The attempt becomes practice.
play-rewind-to = Rewind to turn…
play-practice-run = Practice run (rewound)

## The side panel: the five steps, airtime and the trainer's extras

play-steps-hide = Hide (S)
play-steps-show = Show (S)
play-steps-hidden = Hidden. Press S to show it.
play-steps-assessment = Hidden in an assessment: the debrief shows them.
meter-hide = Hide (A)
meter-show = Show (A)
meter-hidden = Hidden. Press A to show it.
meter-not-live = Not shown live at this difficulty: the debrief shows it.
meter-legend = Bars: so far. Lines: the 20 / 70 / 10 rule of thumb.
play-live-score = Live score: { $score }
play-turn-flag = Turn { $turn }: { $flag }
play-hidden-state = Hidden state

## The strip above the log on a narrow window ($dots are ● and ○, one per step)

play-strip-next = steps { $dots } next: { $step }
play-strip-all = steps { $dots } all five
play-strip-airtime = airtime Q { $questions }% · L { $listening }% · T { $talking }%
play-strip-live-score = live score { $score }

## Saying it yourself

say-prompt = What do you say? Type it and press Enter.
say-placeholder = Say it in your own words (leave it empty to say nothing)
say-say-it = Say it  ▶
say-closest-hint = Doorstep takes it as the closest option; you can pick another.
say-nothing = (nothing)
say-you-said = You said: “{ $said }”
say-otherwise-hint = None of the options: what the scenario does with a line like this.
say-matches-none = That matches none of the options here: pick the closest.
say-go-with-it = Go with it  ▶
say-differently = Say it differently
say-press-number = Press its number, or click it:
say-enter-or-number = Enter goes with it. Or press the number of the option you meant:
say-back-hint = Outside the text box: Backspace or PageUp. The attempt becomes practice.

## The conversation log: who says the organizer's lines

log-you = You
log-organizer = Organizer

## Charts

chart-questions = Questions
chart-listening = Listening
chart-talking = Talking
chart-turns-axis = turns →
chart-utterances-axis = utterances →
chart-nothing-yet = nothing yet
