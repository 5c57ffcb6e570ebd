"""Copy Link and Copy as Markdown citation, for the selected clips (timeline and reader).

A citation reads ``[Headline](URL), *Source*, 22 February 2025``: the
headline and source escaped so Markdown shows them as written, the URL
made safe inside ``( )``, the date the article's own (else the clipping's).
"""

import re
from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QDate, QLocale, QObject
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow

from cuttings.core.library import Library
from cuttings.core.models import Clip
from cuttings.core.timestamps import local_time
from cuttings.ui.reader.render import date_format

# Copying the citations of a Select All over the whole library is not a use: bounded.
MAX_COPIED = 1_000
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+!|~])")
_URL_UNSAFE = {" ": "%20", "(": "%28", ")": "%29", "<": "%3C", ">": "%3E"}


def markdown_text(text: str) -> str:
    """``text`` on one line, its Markdown punctuation escaped."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", " ".join(text.split()))


def markdown_url(url: str) -> str:
    return "".join(_URL_UNSAFE.get(ch, ch) for ch in url.strip())


def citation_day(clip: Clip) -> date:
    """The article's own date when it has one, else the day it was clipped."""
    if clip.published_at:
        try:
            return date.fromisoformat(clip.published_at[:10])
        except ValueError:
            pass
    return local_time(clip.clipped_at).date()


def markdown_citation(clip: Clip, locale: QLocale | None = None) -> str:
    locale = locale or QLocale()
    parts = [f"[{markdown_text(clip.title)}]({markdown_url(clip.url)})"]
    source = clip.source or clip.site_name
    if source:
        parts.append(f"*{markdown_text(source)}*")
    parts.append(markdown_text(locale.toString(QDate(citation_day(clip)), date_format())))
    return ", ".join(parts)


class Citations(QObject):
    """Puts the links, or the citations, of the selected clips on the clipboard."""

    def __init__(
        self, library: Library, selected: Callable[[], Sequence[int]], window: QMainWindow
    ) -> None:
        super().__init__(window)
        self._library = library
        self._selected = selected
        self._window = window

    def _clips(self) -> list[Clip]:
        ids = list(self._selected())[:MAX_COPIED]
        found = self._library.timeline_rows(ids)  # a summary row each, no bodies
        return [found[i] for i in ids if i in found]

    def copy_link(self) -> None:
        self._copy([clip.url for clip in self._clips()], citations=False)

    def copy_citation(self) -> None:
        self._copy([markdown_citation(clip) for clip in self._clips()], citations=True)

    def _copy(self, lines: list[str], *, citations: bool) -> None:
        if not lines:
            return
        QGuiApplication.clipboard().setText("\n".join(lines))
        count = len(lines)
        self._window.statusBar().showMessage(
            Citations.tr("Copied %Ln citation(s)", "", count)
            if citations
            else Citations.tr("Copied %Ln link(s)", "", count),
            4000,
        )
