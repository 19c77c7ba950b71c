# The app: the scenario list and the language switch.

difficulty-practice = Practice
difficulty-standard = Standard
difficulty-assessment = Assessment
difficulty-practice-about = step tracker, airtime meter, going back
difficulty-standard-about = step tracker and going back; no airtime meter
difficulty-assessment-about = nothing live, no going back; marked as an assessment
