"""What a re-check works on and what it found: plain values between the fetcher and the library."""

from dataclasses import dataclass
from typing import Literal

from cuttings.core.article import Article
from cuttings.core.changes import LibraryChange

# What one re-check found.  "unchanged": the server said 304, or the article's
# normalized form is the newest version's; "changed": a new version was
# stored; "failed": the check could not be made (the clip's status stays).
Finding = Literal["unchanged", "changed", "removed", "redirected", "walled", "failed"]


@dataclass(frozen=True, slots=True)
class CheckTarget:
    """A clip to re-check: where it is, and the validators the server gave last time."""

    clip_id: int
    url: str
    canonical_url: str
    etag: str = ""
    last_modified: str = ""
    word_count: int = 0  # the newest version's: a page far shorter may be a wall
    content_hash: str = ""  # the newest version's: a page with another has pictures to fetch


@dataclass(frozen=True, slots=True)
class CheckOutcome:
    """What fetching a target gave, before it is written (``article`` when the page was read)."""

    target: CheckTarget
    finding: Finding
    article: Article | None = None
    etag: str = ""
    last_modified: str = ""
    detail: str = ""  # the reason of a failure, or where a redirect went
    fetched_at: str = ""  # format_utc of the moment the page came
    # New content whose pictures are still to fetch (a step holding a turn of the host).
    pictures_due: bool = False


@dataclass(frozen=True, slots=True)
class CheckRecorded:
    """What writing a batch of outcomes did: new versions by clip id, and the change."""

    new_versions: dict[int, int]
    findings: dict[int, Finding]
    change: LibraryChange
