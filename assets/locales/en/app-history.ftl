# The app: History, bundles and the Room screen.

