"""Which clips a new edition holds, and in which sections.

An edition is made from clip ids (the window's selection), a search, a tag
or a range of clipping days: the last three are one query of the search
language (``tag:"…"``, ``after:… before:…``).  Sections are one "Articles"
section, or one per tag (``sections_from_tags``).
"""

from collections.abc import Sequence
from datetime import date, timedelta

from cuttings.core.errors import CuttingsError
from cuttings.core.library import Library
from cuttings.core.models import Clip
from cuttings.core.review.store import SectionPlan

# A review is read by people: past this many articles a search is too wide.
MAX_ARTICLES = 500
DEFAULT_SECTION = "Articles"
UNTAGGED_SECTION = "Other"


def quoted(value: str) -> str:
    return '"' + value.replace('"', " ") + '"'


def review_query(
    *,
    query: str | None = None,
    tag: str | None = None,
    since: date | None = None,
    until: date | None = None,
) -> str:
    """One query of the search language for a search, a tag and/or a day range."""
    terms = [query.strip()] if query and query.strip() else []
    if tag:
        terms.append(f"tag:{quoted(tag)}")
    if since is not None:
        terms.append(f"after:{since.isoformat()}")  # from that day on
    if until is not None:
        terms.append(f"before:{(until + timedelta(days=1)).isoformat()}")  # before the next
    return " ".join(terms)


def clips_for_query(library: Library, query: str) -> list[Clip]:
    """The clips a query finds, oldest first; too many is an error, not a cut."""
    page = library.search(query, limit=MAX_ARTICLES + 1, order="oldest")
    if page.total > MAX_ARTICLES:
        raise CuttingsError(
            f"the search finds {page.total} clips; a press review takes at most "
            f"{MAX_ARTICLES}: narrow it down"
        )
    return list(page.clips)


def single_section(clips: Sequence[Clip], title: str = DEFAULT_SECTION) -> list[SectionPlan]:
    return [(title, [clip.id for clip in clips])] if clips else []


def sections_from_tags(
    clips: Sequence[Clip], tags: Sequence[str] | None = None
) -> list[SectionPlan]:
    """One section per tag, in ``tags`` order (by name when not given); a clip goes to
    the first section whose tag it has, clips with none to "Other"."""
    order = (
        list(tags)
        if tags is not None
        else sorted({t for c in clips for t in c.tags}, key=str.casefold)
    )
    keys = [name.casefold() for name in order]
    grouped: dict[int, list[int]] = {}
    rest: list[int] = []
    for clip in clips:
        own = {name.casefold() for name in clip.tags}
        index = next((i for i, key in enumerate(keys) if key in own), None)
        if index is None:
            rest.append(clip.id)
        else:
            grouped.setdefault(index, []).append(clip.id)
    plan: list[SectionPlan] = [(order[i], grouped[i]) for i in sorted(grouped)]
    if rest:
        plan.append((UNTAGGED_SECTION, rest))
    return plan
