"""Turning a clip into the reader's HTML and stylesheet (no Qt widgets here)."""

import html
import re
from collections.abc import Mapping
from datetime import datetime
from string import Template

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QObject, QTime, QTimeZone
from PySide6.QtGui import QColor, QPalette

from cuttings.core.direction import Direction, clip_direction, text_direction
from cuttings.core.models import Clip
from cuttings.core.timestamps import local_time
from cuttings.ui.resources import resource_path

_IMG = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
_ATTR = re.compile(r"""\s([a-zA-Z-]+)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)""")

# Day and month names come from the locale; each language writes its own order
# ("22. Februar 2025", "22 de febrero de 2025") through the translation.


def date_format() -> str:
    return QCoreApplication.translate(
        "reader.render", "d MMMM yyyy", "Qt date format: d day, MMMM month name, yyyy year"
    )


def date_time_format() -> str:
    return QCoreApplication.translate(
        "reader.render",
        "d MMMM yyyy, HH:mm",
        "Qt date format: d day, MMMM month name, yyyy year, HH:mm 24-hour time",
    )


_FALLBACK_CSS = "body { color: $text; font-size: $body_size; }"


class ReaderText(QObject):
    """Translation context of the reader page's plurals (``ReaderText.tr(text, "", n)``).

    lupdate reads the count of ``QCoreApplication.translate(context, text, None, n)``
    as an encoding and loses the plural forms; a QObject's class-level ``tr`` keeps them.
    """


def _css_template() -> Template:
    path = resource_path("styles", "reader.css")
    return Template(path.read_text(encoding="utf-8") if path else _FALLBACK_CSS)


def _hex(color: QColor) -> str:
    return color.name(QColor.NameFormat.HexRgb)


def _blend(a: QColor, b: QColor, weight: float) -> QColor:
    """``a`` mixed with ``weight`` of ``b``."""
    return QColor.fromRgbF(
        a.redF() * (1 - weight) + b.redF() * weight,
        a.greenF() * (1 - weight) + b.greenF() * weight,
        a.blueF() * (1 - weight) + b.blueF() * weight,
    )


def reader_stylesheet(palette: QPalette, base_point_size: float) -> str:
    """The reader CSS for this palette: light or dark follows the system."""
    text = palette.color(QPalette.ColorRole.Text)
    base = palette.color(QPalette.ColorRole.Base)
    dark = base.lightnessF() < 0.5
    link = palette.color(QPalette.ColorRole.Highlight)
    # The selection colour, nudged until it reads as text on the page.
    link = _blend(link, text, 0.25) if dark else _blend(link, text, 0.35)
    body = base_point_size * 1.18
    return _css_template().safe_substitute(
        text=_hex(text),
        muted=_hex(_blend(text, base, 0.38)),
        link=_hex(link),
        accent=_hex(link),
        body_size=f"{body:.1f}pt",
        h1_size=f"{body * 1.75:.1f}pt",
        h2_size=f"{body * 1.3:.1f}pt",
        h3_size=f"{body * 1.12:.1f}pt",
        meta_size=f"{base_point_size * 0.98:.1f}pt",
        # Amber over the page: a notice, not an error.
        partial_bg=_hex(_blend(base, QColor("#f0a020"), 0.3 if dark else 0.22)),
    )


def _attrs(tag: str) -> dict[str, str]:
    return {name.lower(): html.unescape(value.strip("\"'")) for name, value in _ATTR.findall(tag)}


def _image_without_size(match: re.Match[str], failures: Mapping[str, str]) -> str:
    """An ``<img>`` reduced to its source plus its alt text as a caption.

    Width and height are dropped: a stored picture is scaled to the column by
    the reader, and the small placeholder shown instead of one not kept is
    not stretched to the original's size.  The caption of a picture not kept
    says why (``failures``: the reason by source URL).
    """
    attrs = _attrs(match.group(0))
    source = attrs.get("src", "")
    src = html.escape(source, quote=True)
    alt = attrs.get("alt", "").strip()
    why = failures.get(source, "")
    text = " — ".join(
        part
        for part in (
            alt,
            QCoreApplication.translate("reader.render", "Picture not kept: {why}").format(why=why)
            if why
            else "",
        )
        if part
    )
    caption = f'<br /><span class="alt">{html.escape(text)}</span>' if text else ""
    return f'<img src="{src}" alt="{html.escape(alt, quote=True)}" />{caption}'


_FIGURE = re.compile(r"<(/?)figure\b[^>]*>", re.IGNORECASE)
# Qt reads dir="auto" as left-to-right; without the attribute a paragraph
# takes the direction of its first strong character, which is what auto means.
_DIR_AUTO = re.compile(r"""\sdir\s*=\s*["']?auto["']?""", re.IGNORECASE)
# First-strong isolates: a name in another script keeps its own direction
# without reordering the line around it (Qt has no <bdi>).
FSI, PDI = "\u2068", "\u2069"
_CAPTION = re.compile(r"<(/?)figcaption\b[^>]*>", re.IGNORECASE)


def body_html(clip_html: str, failures: Mapping[str, str] | None = None) -> str:
    """The clip's HTML in the shapes Qt's rich text lays out well (figures as blocks)."""
    reasons = failures or {}
    out = _DIR_AUTO.sub("", _IMG.sub(lambda m: _image_without_size(m, reasons), clip_html))
    out = _FIGURE.sub(lambda m: "</div>" if m.group(1) else '<div class="figure">', out)
    return _CAPTION.sub(lambda m: "</p>" if m.group(1) else '<p class="caption">', out)


def format_published(published_at: str | None, locale: QLocale) -> str:
    if not published_at:
        return ""
    try:
        moment = datetime.fromisoformat(published_at)
    except ValueError:
        return published_at
    qdate = QDate(moment.year, moment.month, moment.day)
    if len(published_at) <= 10:
        return locale.toString(qdate, date_format())
    if moment.tzinfo is not None:
        moment = local_time(moment)
        qdate = QDate(moment.year, moment.month, moment.day)
    return locale.toString(QDateTime(qdate, QTime(moment.hour, moment.minute)), date_time_format())


def format_clipped(clip: Clip, locale: QLocale) -> str:
    moment = local_time(clip.clipped_at)
    qdt = QDateTime(
        QDate(moment.year, moment.month, moment.day),
        QTime(moment.hour, moment.minute),
        QTimeZone.systemTimeZone(),
    )
    return locale.toString(qdt, date_time_format())


def _isolated(text: str, article: Direction) -> str:
    """``text`` escaped, isolated when it runs the other way than the article."""
    own = text_direction(text)
    if own is None or own == article:
        return html.escape(text)
    return f"{FSI}{html.escape(text)}{PDI}"


def partial_banner(reason: str) -> str:
    """The reader's notice that a clip holds only part of the article, and what to do."""
    return (
        '<table class="partial" width="100%" cellpadding="10" cellspacing="0"><tr><td>'
        + QCoreApplication.translate(
            "reader.render",
            "<b>Partial clip</b> — {reason}.<br />"
            "Cuttings fetched this page without your subscription, login or cookie choices. "
            "To keep the article as you see it, open the original in your browser and clip it "
            "with the Cuttings browser extension (<i>Clip this page</i>).",
        ).format(reason=html.escape(reason))
        + "</td></tr></table>"
    )


def clip_document(
    clip: Clip,
    locale: QLocale | None = None,
    failures: Mapping[str, str] | None = None,
    lead_image: str = "",
) -> str:
    """The reader HTML for ``clip``: headline, who and when, tags, link, then the text.

    A right-to-left article (see :func:`cuttings.core.direction.clip_direction`)
    is one ``<div dir="rtl">``, headline and metadata included; the headline
    of any other article has no direction of its own, so Qt gives a Hebrew or
    Arabic title its own direction.  Names inside a line are isolated.
    ``lead_image`` (a stored picture's URL) heads the text unless the article
    shows it already.
    """
    locale = locale or QLocale()
    esc = html.escape
    direction = clip_direction(clip.language, clip.html or "", clip.text or clip.title)
    source = clip.source or clip.site_name
    parts: list[str] = []
    if source:
        parts.append(f'<p class="source">{esc(source.upper())}</p>')
    parts.append(f"<h1>{esc(clip.title)}</h1>")
    who = (
        [
            QCoreApplication.translate("reader.render", "By {author}").format(
                author=_isolated(clip.author, direction)
            )
        ]
        if clip.author
        else []
    )
    published = format_published(clip.published_at, locale)
    if published:
        who.append(
            QCoreApplication.translate("reader.render", "Published {date}").format(
                date=esc(published)
            )
        )
    if who:
        parts.append(f'<p class="meta">{" · ".join(who)}</p>')
    clipped = [
        QCoreApplication.translate("reader.render", "Clipped {date}").format(
            date=esc(format_clipped(clip, locale))
        )
    ]
    if clip.word_count:
        clipped.append(ReaderText.tr("%Ln word(s)", "", clip.word_count))
    if clip.language:
        clipped.append(esc(clip.language))
    parts.append(f'<p class="meta">{" · ".join(clipped)}</p>')
    if clip.tags:
        chips = " &nbsp; ".join(
            f'<span class="tag">#{_isolated(tag, direction)}</span>' for tag in clip.tags
        )
        parts.append(f'<p class="meta">{chips}</p>')
    href = esc(clip.url, quote=True)
    parts.append(
        f'<p class="original"><a href="{href}">'
        + esc(QCoreApplication.translate("reader.render", "Open the original ↗"))
        + "</a></p>"
    )
    if clip.partial:
        parts.append(partial_banner(clip.partial))
    if (
        lead_image
        and lead_image not in (clip.html or "")
        and esc(lead_image) not in (clip.html or "")
    ):
        parts.append(f'<div class="figure"><img src="{esc(lead_image, quote=True)}" /></div>')
    parts.append(body_html(clip.html or f"<p>{esc(clip.text or clip.excerpt)}</p>", failures))
    lang = f' lang="{esc(clip.language, quote=True)}"' if clip.language else ""
    article = "".join(parts)
    if direction == "rtl":
        article = f'<div dir="rtl">{article}</div>'
    return f"<html{lang}><body>{article}</body></html>"
