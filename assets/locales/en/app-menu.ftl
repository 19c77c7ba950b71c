# The app: the scenario list and the language switch.

