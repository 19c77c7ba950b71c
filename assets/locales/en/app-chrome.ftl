# The app: the top bar, the help overlay and the keys, the window titles and status messages.

app-window-title = Doorstep: practise organizing conversations
app-audience-window-title = Doorstep: for the room

## The key map: what each key does, as the `?` help and the README show it.

key-help = this help (Esc closes it)
key-back-to-list = back to the scenario list (asks first in the middle of a conversation)
key-focus = move focus between buttons; Space or Enter presses
key-larger = larger text (up to 250%)
key-smaller = smaller text (down to 75%)
key-normal-size = normal text size
key-projector = projector mode: large type, lettered options
key-audience-window = projector: open or close a second window for the room
key-timer = countdown: start or pause
key-timer-shorter = countdown: one minute less
key-timer-longer = countdown: one minute more
key-timer-reset = countdown: back to the start
key-blank = projector, watch and pairs: black out the room's screen, and bring it back
key-move = move through the scenarios, options or attempts
key-open = open or choose what is highlighted
key-watch = watch a scripted conversation, then what went wrong
key-pairs = pairs practice with this scenario
key-difficulty = the next difficulty: { difficulty-practice }, { difficulty-standard }, { difficulty-assessment }
key-free-text = say it yourself: type your lines instead of choosing them (alone, not on the projector)
key-history = scenario list and debrief: the history of attempts
key-language = scenario list: the next language (English, Español), saved for next time
key-room = scenario list and History: room results, from a folder of trainees' bundles
key-choose = choose an option
key-choose-highlighted = choose the highlighted option
key-rewind = go back one turn (the attempt becomes practice; not in Assessment)
key-tracker = show or hide the five-step tracker
key-airtime = show or hide the airtime meter
key-say = say the line typed; then go with what it was taken as (Esc leaves the text box)
key-take-as = once it shows what your line was taken as: take it as that option instead
key-retype = outside the text box: say it differently, or go back one turn (not in Assessment)
key-vote = highlight the room's pick
key-add-hand = add a raised hand to an option
key-remove-hand = take a hand off the highlighted option
key-show-hands = show or hide the count of hands
key-go-with-pick = clicker next: go with the room's pick
key-room-back = clicker back: take back the last turn
key-watch-next = the next line, the next mistake, then the room plays
key-watch-back = back a line or a mistake
key-assess = { assess-leader }, { assess-supporter }, { assess-undecided }, { assess-pass }; Enter confirms
key-try-again = debrief: try the same scenario again
key-follow-up = debrief: the follow-up conversation, when there is one
key-export-markdown = debrief: export as Markdown
key-export-json = debrief and pairs results: export as JSON
key-scroll = scroll the debrief, the history and this help
key-tick = History: tick or untick the highlighted attempt for a bundle
key-bundle = History: save the ticked attempts as a bundle for the trainer
key-room-markdown = room results: export as Markdown
key-room-csv = room results: export as CSV, one row per attempt
key-room-xapi = room results: export as xAPI statements
key-room-scroll = scroll the room's results (a clicker works)
key-card = pairs: show or hide the partner's card
key-marks = pairs: a question, listening, talking (tap, or hold while timing)
key-check-step = pairs: tick or untick a step
key-mark-mode = pairs: tap once per utterance, or hold to time
key-swap-roles = pairs: swap roles (after a round, the next round)
key-pairs-export-markdown = pairs results: export as Markdown
key-pairs-scroll = pairs: scroll the card, the briefing and the results
key-pairs-next = pairs: the next stage
key-pairs-undo = pairs: undo the last mark or tick

## The key map's sections.

keys-everywhere = Everywhere
keys-scenario-list = Scenario list
keys-conversation = A conversation
keys-saying-it-yourself = Saying it yourself
keys-one-big-organizer = One Big Organizer (projector)
keys-watching = Watching
keys-assessing = Assessing
keys-debrief-and-history = Debrief and History
keys-room-results = Room results
keys-pairs = Pairs practice

## Key names with words in them, as keyboards label them.

key-name-up = Up
key-name-down = Down
key-name-left = Left
key-name-right = Right
key-name-enter = Enter
key-name-space = Space
key-name-backspace = Backspace
key-name-page-up = PageUp
key-name-page-down = PageDown
key-name-home = Home
key-name-end = End
key-name-tab = Tab
key-name-shift = Shift
key-name-ctrl = Ctrl
key-name-esc = Esc

## The help overlay and "Leave this conversation?".

chrome-keys-title = Keys
chrome-keys-hint = Up, Down, PageUp, PageDown, Home, End: scroll · Esc: close
chrome-close = Close (Esc)
chrome-leave-title = Leave this conversation?
chrome-leave-body = This attempt is not finished, so it will not be saved.
chrome-leave-confirm = Leave it (Enter)
chrome-leave-keep = Keep talking (Esc)

## The top bar: the screen's name, the buttons and the countdown.

chrome-screen-menu = Scenarios
chrome-screen-play = Conversation
chrome-screen-assess = Assess
chrome-screen-debrief = Debrief
chrome-screen-history = History
chrome-screen-watch = Watch
chrome-screen-pairs = Pairs practice
chrome-screen-room = Room results
chrome-blanked = Blanked (.)
chrome-more = ☰ More
chrome-history = History
chrome-scenarios = Scenarios
chrome-time-up = Time!
chrome-keys = ?  Keys
chrome-text-size = Text { $percent }%
chrome-room-window = Room window (F6)
chrome-close-room-window = Close room window (F6)
chrome-projector = Projector (F5)
chrome-projector-on = Projector: on (F5)

## The audience window, before there is anything for the room to see.

chrome-audience-tagline = Practising organizing conversations

## Status and error messages.

status-settings-not-saved = Could not save your settings: { $error }
status-set-aside = { $file } could not be read ({ $reason })
status-set-aside-kept = { $file } could not be read ({ $reason }); it was kept as { $kept }
status-folder-unreadable = Cannot read the scenarios folder { $folder }: { $error }
status-load-timeout = loading took longer than { $seconds } s, so Doorstep stopped waiting. Run `doorstep check { $file }` to see what is wrong
status-load-timeout-kept = loading took longer than { $seconds } s, so Doorstep stopped waiting; the last good version is kept. Run `doorstep check { $file }` to see what is wrong
status-scenario-no-longer-fits = The edited scenario no longer fits this run ({ $error }); keeping the old version.
# Printed in the terminal when the window cannot open, before and after the command to install.
status-no-gpu =
    doorstep: no graphics driver was found, so the window cannot open.
    On Debian or Ubuntu without a GPU, install Mesa's software Vulkan driver:
status-no-gpu-after = The command-line tools (doorstep check, run, play) work without it.
