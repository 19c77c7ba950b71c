# The app: playing a conversation: options, the side panel, saying it yourself, the log and the meters.

