"""Versions of a clip: what a page said each time it was fetched, and how it changed.

A re-fetch never overwrites a clip.  :mod:`.content` decides whether a fetch
says something new (a normalized form, hashed) and packs version bodies
(compressed, later ones against the first); :mod:`.diff` compares two
versions; :mod:`.schedule` says when a clip is due for a re-check and
:mod:`.recheck` runs re-checks politely.  The library side lives in
:mod:`cuttings.core.library.versions`.
"""
