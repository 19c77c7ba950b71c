# The app: the top bar, the help overlay and the keys, the window titles and status messages.

app-window-title = Doorstep: practise organizing conversations
app-audience-window-title = Doorstep: for the room
