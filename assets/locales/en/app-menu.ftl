# The app: the scenario list and the language switch.

difficulty-practice = Practice
difficulty-standard = Standard
difficulty-assessment = Assessment
difficulty-practice-about = step tracker, airtime meter, going back
difficulty-standard-about = step tracker and going back; no airtime meter
difficulty-assessment-about = nothing live, no going back; marked as an assessment

menu-heading = Choose a conversation to practise
menu-how = Use the Up and Down arrow keys and Enter, or click. Press ? for all keys.
menu-language = Language (L):
menu-language-about = the app's words; a scenario written in this language comes first on its card
menu-difficulty = Difficulty (D):
menu-say-it = Say it yourself (Y):
menu-off = Off
menu-on = On
menu-say-it-on = type what you would say; it is taken as the closest option, which you can change
menu-say-it-off = choose from the options written for each turn
menu-room-results = Room results (R)
menu-room-results-about = for trainers: what a workshop's bundles show
menu-no-scenarios = No scenarios found. Put .ron files in the scenarios/ folder.
menu-practise = Practise  ▶
menu-pairs = Pairs practice (P)
menu-watch-model = Watch the model conversation
menu-watch-wrong = Watch a conversation go wrong
menu-watch-scripted = Watch a scripted conversation
menu-also-in = Also in:
menu-follow-up = A second conversation, after “{ $first }”. Finish that one and choose Follow up to carry over what happened; started from here, it begins as the author set it.
menu-length = about { $turns ->
        [one] { $turns } turn
       *[other] { $turns } turns
    } · { $moments ->
        [one] { $moments } moment
       *[other] { $moments } moments
    } · { $endings ->
        [one] { $endings } ending
       *[other] { $endings } endings
    }
menu-error-last-good = This file has an error; you are seeing its last good version.
menu-error-unplayable = This file cannot be played until it is fixed.
