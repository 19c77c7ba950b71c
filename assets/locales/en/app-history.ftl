# The app: History, bundles and the Room screen.


## History: past attempts and pairs rounds, per scenario. Dates are written by the code.

history-title = Your attempts
history-saved-in = Saved in { $folder }
history-room-results = Room results (R)
history-empty = No finished attempts yet. Play a scenario to the end and assess the person.
history-hint = Up / Down and Enter, or a click, open an attempt's debrief.
history-chart-axis = attempts →
history-no-ending = no ending
history-assessment = assessment
history-rewound = { $difficulty }, rewound
history-follows = follows #{ $n } of { $title }
history-follows-gone = follows an attempt of { $title }
history-pairs = Pairs practice
history-pairs-split = questions { $questions } · listening { $listening } · talking { $talking }
history-pairs-steps = { $n } of 5 steps

## Handing attempts in to a trainer as one bundle file.

bundle-title = Hand in to a trainer
bundle-ticked = { $chosen } of { $total ->
        [one] { $total } attempt
       *[other] { $total } attempts
    } ticked (X ticks or unticks the highlighted one). They are saved as one file in the exports folder, with everything you said in them.
bundle-name = Your name (optional):
bundle-name-hint = leave empty
bundle-save = Save bundle (B)
bundle-tick-all = Tick all
bundle-tick-none = Tick none
bundle-privacy = Your name is in the file only if you type it here; without it the trainer sees you as "Trainee" and a number. Nothing leaves this computer unless you hand the file over yourself.
bundle-none-ticked = Tick at least one attempt to hand in.
bundle-saved = { $named ->
        [yes] { $count ->
            [one] Saved { $count } attempt with your name in { $path }
           *[other] Saved { $count } attempts with your name in { $path }
        }
       *[no] { $count ->
            [one] Saved { $count } attempt without a name in { $path }
           *[other] Saved { $count } attempts without a name in { $path }
        }
    }
bundle-failed = Could not write the bundle: { $error }

## The Room screen: a folder of bundles read, and the room's results drawn for a projector.
## The Markdown export's words are in room.ftl; the screen reuses them where they say the same.

room-screen-from = From { $folder }
room-screen-another-folder = Another folder
room-screen-reads-all = Every bundle and attempt file in the folder and its subfolders is read. Nothing is sent anywhere.
room-screen-reading = Reading { $folder }…
room-screen-failed = Could not read the folder: { $error }
room-screen-collect = Collect the trainees' bundles in one folder, then read it.
room-screen-folder = Folder:
room-screen-folder-hint = a folder of bundles
room-screen-read = Read the folder
room-screen-summary = { $attempts ->
        [one] { $attempts } attempt
       *[other] { $attempts } attempts
    } at { $scenarios ->
        [one] { $scenarios } scenario
       *[other] { $scenarios } scenarios
    } by { $trainees ->
        [one] { $trainees } trainee
       *[other] { $trainees } trainees
    }, from { $files ->
        [one] { $files } file
       *[other] { $files } files
    }
room-screen-export = · Export:
room-screen-duplicates = { $n ->
        [one] { $n } copy counted once
       *[other] { $n } copies counted once
    }
room-screen-skipped-count = { $n } skipped (listed at the end)
room-screen-no-attempts = No attempts were found in this folder.
room-screen-skipped = Skipped
room-screen-exported = Saved { $path }
room-screen-export-failed = Could not export: { $error }
room-screen-scenario = { $attempts ->
        [one] { $attempts } attempt
       *[other] { $attempts } attempts
    } by { $trainees ->
        [one] { $trainees } trainee
       *[other] { $trainees } trainees
    }
room-screen-went-well = What went well
room-screen-no-mistakes = No mistakes were flagged.
room-screen-no-good-moves = No good moves were flagged.
room-screen-flag = { $label }: { $n } of { $attempts } ({ $share })
room-screen-coach = Coach: { $note }
room-screen-more = and { $n } more in the Markdown export
room-screen-stalled = Where conversations stalled
room-screen-stalled-at = at { $step }
room-screen-reached-all = Reached all five steps
room-screen-steps = Steps reached
room-screen-scores-line = Median { $median }; the middle half { $low }–{ $high }; lowest { $lowest }, highest { $highest }
room-screen-airtime = Airtime against 20/70/10
room-screen-listened = { $n } of { $counted ->
        [one] { $counted } attempt
       *[other] { $counted } attempts
    } listened at least 70% of the time
room-screen-sizing = Sizing the person up
room-screen-assessed = { $correct } of { $assessed } right ({ $share }); { $oneOff } one category off
room-screen-none-assessed = No attempt was assessed against a known answer.
room-screen-not-assessed = { $n } not assessed
room-screen-rounds = First attempts against later ones
room-screen-first = First: { $mean } on average ({ $n ->
        [one] { $n } attempt
       *[other] { $n } attempts
    })
room-screen-no-later = Nobody tried again yet.
room-screen-later = Later: { $mean } on average ({ $n ->
        [one] { $n } attempt
       *[other] { $n } attempts
    })
room-screen-improved = { $improved } of { $tried } who tried again did better
