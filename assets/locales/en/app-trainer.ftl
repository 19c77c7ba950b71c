# The app: watching, pairs practice, the audience window and the countdown.

