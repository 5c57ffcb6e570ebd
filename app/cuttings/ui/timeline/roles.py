"""The data roles of the timeline model, and what a row's clip answers for each.

Roles are named constants, never bare numbers.  :attr:`TimelineRole.ROW_TEXTS`
(painting), :attr:`TimelineRole.CLIP_ID`, :attr:`TimelineRole.DAY_HEADER` and
:attr:`TimelineRole.SNIPPET` are answered by
:class:`~cuttings.ui.timeline.model.TimelineModel` without reading a clip;
the roles of :data:`CLIP_ROLES` are answered here from the row's clip (which
the model reads at once if need be), so a status tip asked for as the mouse
passes reads nothing.
"""

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from cuttings.core.models import Clip
from cuttings.core.timeline import SortOrder
from cuttings.ui.timeline.dates import day_label
from cuttings.ui.timeline.rows import source_label, time_text
from cuttings.ui.versions.labels import change_label


class TimelineRole:
    """The data roles of :class:`~cuttings.ui.timeline.model.TimelineModel` (named, never bare
    numbers)."""

    CLIP = Qt.ItemDataRole.UserRole + 1
    CLIP_ID = Qt.ItemDataRole.UserRole + 2
    SOURCE = Qt.ItemDataRole.UserRole + 3
    TIME = Qt.ItemDataRole.UserRole + 4
    TAGS = Qt.ItemDataRole.UserRole + 5
    EXCERPT = Qt.ItemDataRole.UserRole + 6
    SNIPPET = Qt.ItemDataRole.UserRole + 7
    DAY_HEADER = Qt.ItemDataRole.UserRole + 8
    URL = Qt.ItemDataRole.UserRole + 9
    CHANGES = Qt.ItemDataRole.UserRole + 10  # ui.versions.labels.change_label
    # Why the clip is partial (cuttings.core.walls), "" when complete.
    PARTIAL = Qt.ItemDataRole.UserRole + 11
    # For painting: what the row shows (RowTexts) from memory, or None while its clip is
    # read in the background.
    ROW_TEXTS = Qt.ItemDataRole.UserRole + 12


# The roles answered from a row's clip (read at once if need be).
CLIP_ROLES = frozenset(
    (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.EditRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.AccessibleTextRole,
        TimelineRole.CLIP,
        TimelineRole.SOURCE,
        TimelineRole.TIME,
        TimelineRole.TAGS,
        TimelineRole.EXCERPT,
        TimelineRole.URL,
        TimelineRole.CHANGES,
        TimelineRole.PARTIAL,
    )
)


def clip_data(clip: Clip, role: int, order: SortOrder, day: date | None, today: date) -> Any:
    """What a row whose clip is ``clip`` answers for ``role`` (one of :data:`CLIP_ROLES`).

    ``order`` is the date the list files clips by; ``day`` the day the row is
    filed under (``None`` in relevance order), named as seen ``today``.
    """
    if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
        return clip.title
    if role == TimelineRole.CLIP:
        return clip
    if role == TimelineRole.SOURCE:
        return source_label(clip)
    if role == TimelineRole.TIME:
        return time_text(clip, order)
    if role == TimelineRole.TAGS:
        return list(clip.tags)
    if role == TimelineRole.EXCERPT:
        return " ".join(clip.excerpt.split())
    if role == TimelineRole.URL:
        return clip.url
    if role == TimelineRole.CHANGES:
        return change_label(clip)
    if role == TimelineRole.PARTIAL:
        return clip.partial
    if role == Qt.ItemDataRole.ToolTipRole:
        return (
            QCoreApplication.translate("TimelineModel", "{url}\nPartial: {partial}").format(
                url=clip.url, partial=clip.partial
            )
            if clip.partial
            else clip.url
        )
    if role == Qt.ItemDataRole.AccessibleTextRole:
        parts = [clip.title, source_label(clip)]
        if day is not None:
            parts.append(day_label(day, today))
        if clip.tags:
            parts.append(
                QCoreApplication.translate("TimelineModel", "tags: {tags}").format(
                    tags=", ".join(clip.tags)
                )
            )
        if change_label(clip):
            parts.append(change_label(clip))
        if clip.partial:
            parts.append(QCoreApplication.translate("TimelineModel", "partial"))
        return ", ".join(parts)
    return None
