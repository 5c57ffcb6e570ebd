"""What a write changed: the value every :class:`~cuttings.core.library.Library` mutator returns.

As Anki's ``OpChanges``: the core, which did the write, says what it touched,
so the window never writes its own description of a core write.  Mutators
return a :class:`LibraryChange`, or a result type carrying one in ``change``
together with what undoing the write needs (the clips deleted, the tag links
added...).
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from cuttings.core.bodies import ClipBodies
from cuttings.core.highlights.models import Highlight
from cuttings.core.models import Clip, ClipState


def _ids(values: Iterable[int]) -> frozenset[int]:
    return values if isinstance(values, frozenset) else frozenset(values)


@dataclass(frozen=True, slots=True)
class LibraryChange:
    """The clip ids a write added, updated or removed, and what else it moved.

    ``tags_changed``: tag names or their clip counts changed, or another entry
    of the sidebar (a saved search): the sidebar reads its entries again.
    ``counts_changed``: the number of clips matching some query may have
    changed (a count shown for a filter goes stale).  ``reload``: the write
    touched what it cannot list (another process wrote, an index was rebuilt):
    views reload what they show.  ``editions_changed``: a press review
    (:mod:`cuttings.core.review`) was created, edited or deleted.
    """

    added: frozenset[int] = frozenset()
    updated: frozenset[int] = frozenset()
    removed: frozenset[int] = frozenset()
    tags_changed: bool = False
    counts_changed: bool = False
    reload: bool = False
    editions_changed: bool = False

    @classmethod
    def of(
        cls,
        *,
        added: Iterable[int] = (),
        updated: Iterable[int] = (),
        removed: Iterable[int] = (),
        tags_changed: bool = False,
        counts_changed: bool = False,
        reload: bool = False,
        editions_changed: bool = False,
    ) -> "LibraryChange":
        """A change from any iterables of ids (adding or removing clips moves counts)."""
        added_ids, removed_ids = _ids(added), _ids(removed)
        return cls(
            added_ids,
            _ids(updated) - added_ids - removed_ids,
            removed_ids,
            tags_changed,
            counts_changed or bool(added_ids or removed_ids),
            reload,
            editions_changed,
        )

    @classmethod
    def everything(cls) -> "LibraryChange":
        """Anything may have changed (another process wrote to the library)."""
        return cls(tags_changed=True, counts_changed=True, reload=True, editions_changed=True)

    def __or__(self, other: "LibraryChange") -> "LibraryChange":
        """Both changes, in this order: a clip added then removed is just removed."""
        added = (self.added - other.removed) | other.added
        removed = (self.removed - other.added) | other.removed
        return LibraryChange(
            added,
            (self.updated | other.updated) - added - removed,
            removed,
            self.tags_changed or other.tags_changed,
            self.counts_changed or other.counts_changed,
            self.reload or other.reload,
            self.editions_changed or other.editions_changed,
        )

    @property
    def is_empty(self) -> bool:
        return not (
            self.added
            or self.updated
            or self.removed
            or self.tags_changed
            or self.counts_changed
            or self.reload
            or self.editions_changed
        )


@dataclass(frozen=True, slots=True)
class ClipEdit:
    """A clip's content, details or note changed: ``clip`` now, ``before`` the edit."""

    clip: Clip
    before: Clip
    change: LibraryChange


@dataclass(frozen=True, slots=True)
class Deleted:
    """Clips deleted, kept whole so that ``Library.restore`` can undo it.

    ``clips`` are without their bodies (``html``/``text`` are ``None``);
    ``bodies`` holds those, out of memory.
    """

    clips: tuple[Clip, ...]
    change: LibraryChange
    bodies: ClipBodies = field(default_factory=ClipBodies, compare=False, repr=False)
    # Their highlights (deleted with them), put back by ``Library.restore``.
    highlights: tuple[Highlight, ...] = field(default=(), compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class Restored:
    """The ids deleted clips came back under (a new one if another clip took theirs)."""

    ids: tuple[int, ...]
    change: LibraryChange


@dataclass(frozen=True, slots=True)
class AddedMany:
    """``(clip id, created)`` for each entry of a bulk insert, in order."""

    results: tuple[tuple[int, bool], ...]
    change: LibraryChange

    @property
    def ids(self) -> list[int]:
        return [clip_id for clip_id, _created in self.results]


def _frozen(links: Mapping[str, Iterable[int]]) -> Mapping[str, frozenset[int]]:
    return MappingProxyType({name: _ids(ids) for name, ids in links.items() if ids})


@dataclass(frozen=True, slots=True)
class TagEdit:
    """What a tag write did, exactly enough to undo it (``Library.revert_tag_edit``).

    ``linked``/``unlinked``: tag name → the clips that gained/lost it (only
    those that did not have it already / did have it).  ``created``: tags
    this write brought into existence; ``dropped``: tags it deleted.
    ``renamed``: ``(old, new)`` for a rename that was not a merge.
    """

    change: LibraryChange
    linked: Mapping[str, frozenset[int]] = field(default_factory=dict)
    unlinked: Mapping[str, frozenset[int]] = field(default_factory=dict)
    created: tuple[str, ...] = ()
    dropped: tuple[str, ...] = ()
    renamed: tuple[str, str] | None = None

    @classmethod
    def of(
        cls,
        *,
        linked: Mapping[str, Iterable[int]] | None = None,
        unlinked: Mapping[str, Iterable[int]] | None = None,
        created: Iterable[str] = (),
        dropped: Iterable[str] = (),
        renamed: tuple[str, str] | None = None,
    ) -> "TagEdit":
        """The edit, with its :class:`LibraryChange` derived from what it did."""
        linked_ids, unlinked_ids = _frozen(linked or {}), _frozen(unlinked or {})
        touched: set[int] = set()
        for ids in (*linked_ids.values(), *unlinked_ids.values()):
            touched |= ids
        created, dropped = tuple(created), tuple(dropped)
        moved = bool(touched or created or dropped or renamed)
        change = LibraryChange.of(
            updated=touched,
            tags_changed=moved,
            counts_changed=bool(touched),
            # A renamed tag is shown on clips nobody listed: views reload.
            reload=renamed is not None,
        )
        return cls(change, linked_ids, unlinked_ids, created, dropped, renamed)

    @property
    def clip_count(self) -> int:
        """How many clips gained or lost a tag."""
        return len(self.change.updated)


@dataclass(frozen=True, slots=True)
class HighlightEdit:
    """A highlight added, edited or removed, exactly enough to undo it.

    ``highlight`` is the highlight now (``None``: removed), ``before`` as it
    was (``None``: added); ``Library.revert_highlight_edit`` undoes it.
    """

    highlight: Highlight | None
    before: Highlight | None
    change: LibraryChange


@dataclass(frozen=True, slots=True)
class StateEdit:
    """Reading states changed (read, starred, archived): ``before`` each clip's state
    before the write, so that ``Library.revert_state_edit`` can undo it."""

    before: Mapping[int, ClipState]
    change: LibraryChange


@dataclass(frozen=True, slots=True)
class Trashed:
    """Clips moved to the trash (or back from it: ``Library.restore_from_trash``)."""

    ids: tuple[int, ...]
    change: LibraryChange


@dataclass(frozen=True, slots=True)
class Purged:
    """Clips deleted for good from the trash (no undo): how many."""

    count: int
    change: LibraryChange


@dataclass(frozen=True, slots=True)
class EditionEdit:
    """A press review written: ``edition_id`` is the edition created or edited
    (``None`` once deleted); ``entry_ids`` the entries the write created."""

    edition_id: int | None
    change: LibraryChange
    entry_ids: tuple[int, ...] = ()
