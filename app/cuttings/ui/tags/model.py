"""The tag sidebar's model: "All clips" and every tag with its count."""

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QByteArray,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from cuttings.core.models import TagCount

AnyIndex = QModelIndex | QPersistentModelIndex
ALL_CLIPS = QT_TRANSLATE_NOOP("TagListModel", "All clips")


# More new names than this at once (an import) reset the model instead.
MAX_INSERTED = 50


def _inserted_rows(known: list[str], names: list[str]) -> list[int] | None:
    """The rows of ``names`` that ``known`` lacks, if adding them is the whole change."""
    old = set(known)
    rows = [row for row, name in enumerate(names) if name not in old]
    kept = [name for name in names if name in old]
    return rows if kept == known and len(rows) <= MAX_INSERTED else None


class TagRole:
    """Data roles of :class:`TagListModel`."""

    NAME = Qt.ItemDataRole.UserRole + 1  # the tag name, or None for "All clips"
    COUNT = Qt.ItemDataRole.UserRole + 2
    IS_ALL = Qt.ItemDataRole.UserRole + 3


class TagListModel(QAbstractListModel):
    """Row 0 is "All clips"; the other rows are tags by name (no signals of its own)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tags: list[TagCount] = []
        self._total: int | None = None  # not counted yet: no number shown

    def set_tags(self, tags: Sequence[TagCount], total: int) -> None:
        """Show new counts; new names are inserted, other changes of names reset the model."""
        tags = list(tags)
        names, known = [t.name for t in tags], [t.name for t in self._tags]
        inserted = _inserted_rows(known, names) if names != known else []
        for row in inserted or ():
            # A reset (a tag edit that made a tag) had the sidebar lay out its 2,000
            # rows and select again: 15 ms of the GUI thread.
            self.beginInsertRows(QModelIndex(), row + 1, row + 1)
            self._tags.insert(row, tags[row])
            self.endInsertRows()
        if inserted is None:
            self.beginResetModel()
            self._tags = tags
            self._total = total
            self.endResetModel()
            return
        changed = [
            row + 1 for row, (a, b) in enumerate(zip(self._tags, tags, strict=True)) if a != b
        ]
        self._tags = tags
        if total != self._total:
            self._total = total
            changed.insert(0, 0)
        for row in changed:
            index = self.index(row)
            self.dataChanged.emit(
                index,
                index,
                [Qt.ItemDataRole.DisplayRole, TagRole.COUNT, Qt.ItemDataRole.AccessibleTextRole],
            )

    def names(self) -> list[str]:
        return [t.name for t in self._tags]

    def row_of(self, name: str) -> int:
        key = name.casefold()
        for row, tag in enumerate(self._tags, start=1):
            if tag.name.casefold() == key:
                return row
        return -1

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._tags) + 1

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def roleNames(self) -> dict[int, QByteArray]:
        names = super().roleNames()
        names[TagRole.NAME] = QByteArray(b"name")
        names[TagRole.COUNT] = QByteArray(b"count")
        names[TagRole.IS_ALL] = QByteArray(b"is_all")
        return names

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() <= len(self._tags):
            return None
        row = index.row()
        name = None if row == 0 else self._tags[row - 1].name
        count = self._total if row == 0 else self._tags[row - 1].count
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("TagListModel", ALL_CLIPS) if name is None else name
        if role == TagRole.NAME:
            return name
        if role == TagRole.COUNT:
            return count
        if role == TagRole.IS_ALL:
            return name is None
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            label = (
                QCoreApplication.translate("TagListModel", ALL_CLIPS)
                if name is None
                else QCoreApplication.translate("TagListModel", "Tag {name}").format(name=name)
            )
            if count is None:
                return label
            return TagListModel.tr("{label}, %Ln clip(s)", "", count).format(label=label)
        return None
