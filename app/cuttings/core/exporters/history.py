"""The change history of a clip in Markdown and HTML exports (``--history``).

A list of the clip's versions, each with its date, headline and what changed
from the one before, and what the last re-check found when the page is gone,
moved or walled.  Only clips that changed or whose status is not ``ok`` get
one.  Text from pages is escaped by the caller's rules (Markdown or HTML).
"""

from collections.abc import Callable
from html import escape

from cuttings.core.models import Clip
from cuttings.core.versions.models import Version

History = Callable[[int], list[Version]]
_STATUS_LINES = {
    "removed": "The page has been removed (404 or 410 at the last re-check).",
    "redirected": "The page now redirects elsewhere.",
    "walled": "The page is now behind a paywall or consent wall.",
}


def has_history(clip: Clip) -> bool:
    return bool(clip.change_count) or clip.status != "ok"


def _line(version: Version) -> tuple[str, str, str]:
    when = version.fetched_at.replace("T", " ").removesuffix("Z")[:16] + " UTC"
    what = version.changes or ("clipped" if version.number == 1 else "changed")
    return f"Version {version.number}, {when}", version.title, what


def history_markdown(clip: Clip, history: History, escape_text: Callable[[str], str]) -> str:
    """A ``## Change history`` section, or "" for a clip with none."""
    if not has_history(clip):
        return ""
    lines = ["", "## Change history", ""]
    for version in history(clip.id):
        label, title, what = _line(version)
        lines.append(f"- {label}: {escape_text(title)} ({escape_text(what)})")
    if clip.status in _STATUS_LINES:
        lines += ["", _STATUS_LINES[clip.status]]
    return "\n".join(lines) + "\n"


def history_html(clip: Clip, history: History) -> str:
    """A ``<section class="history">``, or "" for a clip with none."""
    if not has_history(clip):
        return ""
    items = []
    for version in history(clip.id):
        label, title, what = _line(version)
        items.append(
            f'<li>{escape(label)}: <bdi>{escape(title)}</bdi> <span class="meta">'
            f"({escape(what)})</span></li>"
        )
    status = _STATUS_LINES.get(clip.status)
    said = f"<p>{escape(status)}</p>" if status else ""
    return (
        '<section class="history"><h3>Change history</h3>\n<ol>\n'
        + "\n".join(items)
        + f"\n</ol>{said}</section>\n"
    )
