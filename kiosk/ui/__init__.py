"""Qt widgets: theme, big controls, the shell."""
