"""Short words for a clip's changes and status, for the timeline and the reader."""

from cuttings.core.models import Clip

TIMES = "\u00d7"  # the multiplication sign: "changed 3x" with the right glyph
STATUS_WORDS = {
    "removed": "removed from the site",
    "redirected": "now redirects elsewhere",
    "walled": "now behind a wall",
}


def change_label(clip: Clip) -> str:
    """ "changed 3 times" (with a multiplication sign), the status, both, or "" if none."""
    parts = []
    if clip.change_count:
        parts.append(f"changed {clip.change_count}{TIMES}")
    if clip.status in STATUS_WORDS:
        parts.append(STATUS_WORDS[clip.status])
    return ", ".join(parts)
