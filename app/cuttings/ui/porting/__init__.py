"""Import, export, backup and check from the window: dialogs, progress, background jobs."""
