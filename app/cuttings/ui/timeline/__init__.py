"""The timeline: the lazy list of clips, its delegate and its view."""
