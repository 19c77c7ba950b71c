# The app: assessing the person and the debrief screen.

