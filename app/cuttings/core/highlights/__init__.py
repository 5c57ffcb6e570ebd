"""Highlights and their comments: anchoring (:mod:`.anchoring`) and rows (:mod:`.models`)."""
