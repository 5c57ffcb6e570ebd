"""Highlights in the window: drawn in the reader, a panel for the clip, All Highlights."""
