"""The library service: the one API the command line and the window use.

Every method opens a connection, does one unit of work in one transaction and
returns plain values (:class:`~cuttings.core.models.Clip`,
:class:`~cuttings.core.models.TagCount`); nothing returned is bound to a
session.  Writers take SQLite's write lock up front (``BEGIN IMMEDIATE``) and
wait for it, so the GUI and the CLI can write to one library at the same time.
Every write returns what it changed (:mod:`cuttings.core.changes`).

:class:`Library` is a facade: its methods live in the modules of this package
by what they work on (clips, tags, timeline, bulk writes, maintenance); the
connections and the row helpers they share in :mod:`.store`, the SQL and the
column values in :mod:`.rows`.
"""

from cuttings.core.library.bulk import BulkWrites
from cuttings.core.library.clips import Clips
from cuttings.core.library.details import Details
from cuttings.core.library.highlights import Highlights
from cuttings.core.library.maintenance import Maintenance
from cuttings.core.library.reading import Reading
from cuttings.core.library.rows import (
    AddResult,
    NewClip,
    _raw,
    normalize_tag,
)
from cuttings.core.library.saved import SavedSearches
from cuttings.core.library.states import States
from cuttings.core.library.tags import Tags
from cuttings.core.library.timeline import Timeline
from cuttings.core.library.version_media import VersionMedia
from cuttings.core.review.store import Reviews
from cuttings.core.search.compile import tag_key
from cuttings.core.search.pages import SearchPage
from cuttings.core.search.plans import SearchOrder
from cuttings.core.timeline import SortOrder, clip_date_key

__all__ = [
    "AddResult",
    "Library",
    "NewClip",
    "SearchOrder",
    "SearchPage",
    "SortOrder",
    "_raw",
    "clip_date_key",
    "normalize_tag",
    "tag_key",
]


class Library(
    Clips,
    Details,
    Tags,
    SavedSearches,
    Timeline,
    BulkWrites,
    Maintenance,
    States,
    Highlights,
    VersionMedia,
    Reading,
    Reviews,
):
    """A clippings library in one SQLite file."""
