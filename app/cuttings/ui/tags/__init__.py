"""Tags: the sidebar model and view, the tag completer and the tag dialogs."""
