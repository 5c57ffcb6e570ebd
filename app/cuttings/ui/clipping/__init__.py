"""Clipping from the window: URLs in, background fetches, the activity panel."""
