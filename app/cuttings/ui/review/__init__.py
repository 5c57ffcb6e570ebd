"""Press reviews in the window: the editions list, the editor, exports in the background."""
