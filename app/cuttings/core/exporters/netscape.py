"""A Netscape bookmark file every browser (and every read-later service) imports.

``ADD_DATE`` is the clipping date, ``LAST_MODIFIED`` the last change, ``TAGS``
the tags (a comma inside a tag name cannot be written and becomes a space),
and the note follows as ``<DD>``.
"""

from collections.abc import Iterable
from html import escape
from typing import TextIO

from cuttings.core.exporters.reading import safe_href, xml_safe
from cuttings.core.models import Clip

HEADER = """<!DOCTYPE NETSCAPE-Bookmark-file-1>
<!-- Exported by Cuttings. -->
<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=UTF-8">
<TITLE>Bookmarks</TITLE>
<H1>Cuttings</H1>
<DL><p>
"""


def write_netscape(clips: Iterable[Clip], out: TextIO) -> int:
    out.write(HEADER)
    count = 0
    for clip in clips:
        tags = ",".join(" ".join(tag.replace(",", " ").split()) for tag in clip.tags)
        # A javascript: bookmark would run in the page it is clicked on: only
        # web and mail addresses are written (an older import may hold others).
        href = safe_href(clip.url)
        attributes = (
            (f'HREF="{escape(href)}" ' if href else "")
            + f'ADD_DATE="{int(clip.clipped_at.timestamp())}" '
            f'LAST_MODIFIED="{int(clip.updated_at.timestamp())}"'
        )
        if tags:
            attributes += f' TAGS="{escape(tags)}"'
        out.write(xml_safe(f"    <DT><A {attributes}>{escape(clip.title)}</A>\n"))
        if clip.note.strip():
            out.write(xml_safe(f"    <DD>{escape(clip.note.strip())}\n"))
        count += 1
    out.write("</DL><p>\n")
    return count
