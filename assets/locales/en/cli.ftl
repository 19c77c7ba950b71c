# The command line's messages: `doorstep run`, `doorstep play`, `doorstep bundle` and `doorstep room`.
# `check`'s diagnostics are for authors and stay in English on purpose.

run-no-path = no path '{ $name }' in { $file } (it has: { $known })
run-no-paths = none
run-stopped = (The run stopped before an ending.)
run-bad-turn = turn { $turn } at node '{ $node }': { $error }
run-not-follow-up = --after is for follow-ups, and { $file } follows no other scenario
run-first-missing = { $file } follows '{ $first }', which is not in { $folder }
run-first-no-path = '{ $first }' has no path '{ $name }' that plays to its end

play-they = They
play-them = them
play-prompt = Your choice (number, u to undo, q to quit):
play-prompt-free = Say it (or a number, u to undo, q to quit):
play-input-ended = (input ended)
play-undone = (back one turn; this run now counts as practice)
play-nothing-to-undo = (nothing to undo)
play-type-a-number = (type one of the numbers shown)
play-matches-none = That matches none of the options here.
play-options-were = The options here were:
play-pick-closest = Pick the closest by number:
play-accept = Enter to accept, or the number of another option:
play-step-reached = step reached: { $step }
play-stuck = The scenario has no way on from '{ $node }'.
play-assess = How would you assess { $who }? 1. { assess-leader }  2. { assess-supporter }  3. { assess-undecided }  4. { assess-pass }:

## `doorstep bundle`: handing attempts in from the command line.
bundle-cli-at = { $n } at { $scenario }
bundle-cli-wrote = wrote { $n ->
        [one] { $n } attempt
       *[other] { $n } attempts
    } ({ $summary }) to { $path }
bundle-cli-no-name = It carries no name: the trainer will see you as "Trainee" and a number (add --name to give one).
bundle-cli-bad-day = --since { $day }: not a day written YYYY-MM-DD
bundle-cli-last-zero = --last 0 would make an empty bundle
bundle-cli-none = no attempts to bundle in { $folder }
bundle-cli-none-match = no attempts to bundle in { $folder } that match

## `doorstep room`: what it read, on standard error.
room-cli-skipped = skipped: { $why }
room-cli-read = read { $files ->
        [one] { $files } file
       *[other] { $files } files
    } in { $folder }: { $attempts ->
        [one] { $attempts } attempt
       *[other] { $attempts } attempts
    } by { $trainees ->
        [one] { $trainees } trainee
       *[other] { $trainees } trainees
    }; { $duplicates ->
        [one] { $duplicates } duplicate
       *[other] { $duplicates } duplicates
    } counted once; { $skipped } skipped
room-cli-wrote = wrote { $path }
