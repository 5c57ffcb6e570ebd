"""Short words for a clip's changes and status, for the timeline and the reader."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from cuttings.core.models import Clip

TIMES = "\u00d7"  # the multiplication sign: "changed 3x" with the right glyph
STATUS_WORDS = {
    "removed": QT_TRANSLATE_NOOP("versions.labels", "removed from the site"),
    "redirected": QT_TRANSLATE_NOOP("versions.labels", "now redirects elsewhere"),
    "walled": QT_TRANSLATE_NOOP("versions.labels", "now behind a wall"),
}


def change_label(clip: Clip) -> str:
    """ "changed 3 times" (with a multiplication sign), the status, both, or "" if none."""
    parts = []
    if clip.change_count:
        parts.append(
            QCoreApplication.translate("versions.labels", "changed {count}{times}").format(
                count=clip.change_count, times=TIMES
            )
        )
    if clip.status in STATUS_WORDS:
        parts.append(QCoreApplication.translate("versions.labels", STATUS_WORDS[clip.status]))
    return ", ".join(parts)
