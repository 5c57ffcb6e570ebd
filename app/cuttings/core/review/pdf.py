"""The review as a PDF, with ReportLab (see docs/press-review.md for the choice).

Real text in embedded, subset fonts (DejaVu Sans, shipped in ``fonts/``:
Latin, Greek, Cyrillic and more; Chinese, Japanese and Korean runs in a
system font when one is found), a cover with title, date, logo and the
"In evidenza" text, a table of contents whose entries are links and whose
page numbers are the pages the sections and articles start on, the PDF
outline (one entry per section and per article), running headers and
"Page X of Y" footers.  ``multiBuild`` lays the document out until the
table of contents stops moving (two or three passes).
"""

import hashlib
import io
import logging
import re
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from PIL import Image as PILImage
from reportlab import rl_config
from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    Image,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
)
from reportlab.platypus.tableofcontents import TableOfContents

from cuttings.core.review.document import (
    Article,
    PageSize,
    ReviewCancelledError,
    ReviewDocument,
    ReviewProgress,
    image_kind,
    long_date,
)

log = logging.getLogger(__name__)

PAGE_SIZES: dict[str, tuple[float, float]] = {"A4": A4, "Letter": LETTER}

FONT_DIR = Path(__file__).resolve().parent / "fonts"
FONT = "CuttingsSans"
CJK_FONT = "CuttingsCJK"
# TrueType fonts with Chinese, Japanese and Korean glyphs, where systems keep them
# (ReportLab embeds TrueType outlines only, so the OpenType/CFF Noto CJK is not here).
CJK_CANDIDATES = (
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "C:/Windows/Fonts/msyh.ttc",
    "C:/Windows/Fonts/simsun.ttc",
    "/System/Library/Fonts/Supplemental/Arial Unicode.ttf",
    "/Library/Fonts/Arial Unicode.ttf",
)
_CJK_RUN = re.compile(
    "[\u1100-\u11ff\u2e80-\u2fdf\u3000-\u9fff\ua960-\ua97f\uac00-\ud7ff"
    "\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\U00020000-\U0003134f]+"
)
_fonts_lock = threading.Lock()
_cjk_available: bool | None = None

INK = HexColor("#1f2328")
MUTED = HexColor("#5a6270")
LINK = HexColor("#1a5fb4")


def register_fonts() -> bool:
    """Register the fonts once per process; whether a CJK font was found."""
    global _cjk_available
    with _fonts_lock:
        if _cjk_available is None:
            faces = {"": "DejaVuSans", "-Bold": "DejaVuSans-Bold", "-Italic": "DejaVuSans-Oblique"}
            for suffix, file in faces.items():
                pdfmetrics.registerFont(TTFont(FONT + suffix, FONT_DIR / f"{file}.ttf"))
            pdfmetrics.registerFontFamily(
                FONT,
                normal=FONT,
                bold=FONT + "-Bold",
                italic=FONT + "-Italic",
                boldItalic=FONT + "-Bold",
            )
            _cjk_available = _register_cjk()
            # Binary streams: ASCII85 makes every image a quarter larger, in the file and
            # in memory while it is built (Cuttings is ReportLab's only user in-process).
            rl_config.useA85 = 0
        return _cjk_available


def _register_cjk() -> bool:
    for candidate in CJK_CANDIDATES:
        if Path(candidate).is_file():
            try:
                pdfmetrics.registerFont(TTFont(CJK_FONT, candidate, subfontIndex=0))
            except (TTFError, OSError):
                continue
            return True
    return False


def markup(text: str) -> str:
    """``text`` as ReportLab paragraph markup: escaped, CJK runs in the CJK font."""
    escaped = escape(text)
    if _cjk_available:
        escaped = _CJK_RUN.sub(lambda m: f'<font name="{CJK_FONT}">{m.group(0)}</font>', escaped)
    return escaped


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=FONT, fontSize=10, leading=14, textColor=INK)

    def style(name: str, **values: Any) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **values)

    return {
        "body": style("body", spaceAfter=6),
        "cover_title": style("cover_title", fontName=FONT + "-Bold", fontSize=28, leading=34),
        "cover_name": style("cover_name", fontSize=14, leading=18, textColor=MUTED),
        "cover_date": style("cover_date", fontSize=14, leading=20, spaceAfter=18),
        "h_highlights": style("h_hl", fontName=FONT + "-Bold", fontSize=14, leading=18),
        "h_contents": style("h_contents", fontName=FONT + "-Bold", fontSize=18, leading=24),
        "section": style(
            "section",
            fontName=FONT + "-Bold",
            fontSize=18,
            leading=24,
            spaceAfter=10,
            textColor=LINK,
        ),
        "headline": style(
            "headline",
            fontName=FONT + "-Bold",
            fontSize=14,
            leading=18,
            spaceBefore=10,
            spaceAfter=3,
        ),
        "byline": style("byline", fontSize=8.5, leading=11, textColor=MUTED),
        "summary": style("summary", fontName=FONT + "-Italic", spaceBefore=4, spaceAfter=6),
        "toc0": style("toc0", fontName=FONT + "-Bold", fontSize=11, leading=16, spaceBefore=6),
        "toc1": style("toc1", fontSize=9.5, leading=13, leftIndent=12, firstLineIndent=0),
    }


class _Marked(Paragraph):  # type: ignore[misc]  # ReportLab has no type hints
    """A heading that is an outline entry and a line of the table of contents."""

    def __init__(self, text: str, style: ParagraphStyle, level: int, plain: str, key: str) -> None:
        super().__init__(text, style)
        self.toc = (level, plain, text, key)


class _ReviewDoc(BaseDocTemplate):  # type: ignore[misc]
    def __init__(
        self,
        target: io.BufferedIOBase | str,
        document: ReviewDocument,
        page_size: tuple[float, float],
        on_progress: ReviewProgress | None,
        cancel: threading.Event | None,
    ) -> None:
        edition = document.edition
        super().__init__(
            target,
            pagesize=page_size,
            leftMargin=20 * mm,
            rightMargin=20 * mm,
            topMargin=22 * mm,
            bottomMargin=20 * mm,
            title=edition.title,
            subject=f"{edition.name}, {edition.date.isoformat()}",
            author=edition.name,
            creator="Cuttings",
            initialFontName=FONT,
        )
        self.header = f"{edition.title} · {edition.date.isoformat()}"
        self.total = len(document.articles)
        self.on_progress = on_progress
        self.cancel = cancel
        # Pages laid out by this pass and by the one before: the last pass (whose
        # layout equals the one before, or the table of contents would have moved)
        # writes "of Y" from it.  A canvas that defers its pages to count them
        # would point every outline entry at page 1.
        self.laid_pages = 0
        self.total_pages = 0
        # Set for a pass known not to be the last (its canvas is thrown away):
        # pictures are left out of it (each one read into memory for nothing).
        self.draft_first_pass = False
        self.drafting = False
        self.passes = 0
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body")
        self.addPageTemplates(
            [
                PageTemplate("cover", [frame]),
                PageTemplate("pages", [frame], onPage=self._decorate),
            ]
        )

    def beforeDocument(self) -> None:
        self.total_pages = self.laid_pages
        self.passes += 1
        self.drafting = self.draft_first_pass and self.passes == 1

    def afterPage(self) -> None:
        self.laid_pages = self.page

    def _decorate(self, canvas: Canvas, _doc: BaseDocTemplate) -> None:
        width, height = self.pagesize
        footer = f"Page {self.page}" + (f" of {self.total_pages}" if self.total_pages else "")
        canvas.saveState()
        canvas.setFont(FONT, 8)
        canvas.setFillColor(MUTED)
        canvas.drawCentredString(width / 2, 10 * mm, footer)
        canvas.drawString(self.leftMargin, height - 14 * mm, self.header[:120])
        canvas.setStrokeColor(MUTED)
        canvas.setLineWidth(0.3)
        canvas.line(
            self.leftMargin, height - 15.5 * mm, width - self.rightMargin, height - 15.5 * mm
        )
        canvas.restoreState()

    def afterFlowable(self, flowable: Flowable) -> None:
        if self.cancel is not None and self.cancel.is_set():
            raise ReviewCancelledError("the export was cancelled")
        mark = getattr(flowable, "toc", None)
        if mark is None:
            return
        level, plain, text, key = mark
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(plain, key, level=level, closed=False)
        self.notify("TOCEntry", (level, text, self.page, key))
        if level == 1 and self.on_progress is not None:
            self.on_progress(int(key.rsplit("-", 1)[1]), self.total)


class _Picture(Image):  # type: ignore[misc]
    """An image that takes its place in every pass but is drawn only when it counts."""

    def draw(self) -> None:
        if not getattr(getattr(self.canv, "_doctemplate", None), "drafting", False):
            super().draw()


class _ImageFiles:
    """Each distinct image once in a temporary folder, for ReportLab to read by name.

    Handed bytes, ReportLab decodes every image to raw pixels to name it (and
    keeps them): a hundred photos took 650 MB.  Handed a file name, it names
    the image by that, embeds a JPEG as it is and decodes another image once.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.paths: dict[str, Path] = {}

    def flowable(self, data: bytes, max_width: float, max_height: float) -> Image | None:
        digest = hashlib.sha1(data, usedforsecurity=False).hexdigest()
        try:
            with PILImage.open(io.BytesIO(data)) as image:  # reads the header only
                width, height = image.size
        except Exception as exc:  # an image that cannot be read is left out, never fatal
            log.warning("an image of the review cannot be read: %s", exc)
            return None
        if width <= 0 or height <= 0:
            return None
        path = self.paths.get(digest)
        if path is None:
            path = self.folder / f"{digest}.{image_kind(data) or 'img'}"
            path.write_bytes(data)
            self.paths[digest] = path
        scale = min(max_width / width, max_height / height, 1.0)
        return _Picture(str(path), width * scale, height * scale, lazy=2)


def _cover(
    document: ReviewDocument, styles: dict[str, ParagraphStyle], width: float, files: _ImageFiles
) -> list[Flowable]:
    edition = document.edition
    story: list[Flowable] = [NextPageTemplate("pages")]
    if edition.logo:
        logo = files.flowable(edition.logo, width / 2, 40 * mm)
        if logo is not None:
            logo.hAlign = "LEFT"
            story += [logo, Spacer(1, 10 * mm)]
    story.append(Paragraph(markup(edition.title), styles["cover_title"]))
    if edition.name != edition.title:
        story.append(Paragraph(markup(edition.name), styles["cover_name"]))
    story.append(Paragraph(long_date(edition.date), styles["cover_date"]))
    if edition.highlights:
        story.append(Paragraph("In evidenza", styles["h_highlights"]))
        story += [
            Paragraph(markup(p), styles["body"])
            for p in edition.highlights.split("\n")
            if p.strip()
        ]
    return story


def _article(
    article: Article, styles: dict[str, ParagraphStyle], width: float, files: _ImageFiles
) -> Iterator[Flowable]:
    clip = article.clip
    yield CondPageBreak(50 * mm)
    headline = f"{article.number}. {clip.title}"
    heading = _Marked(
        markup(headline), styles["headline"], 1, headline, f"article-{article.number}"
    )
    heading.keepWithNext = True
    yield heading
    if article.byline:
        yield Paragraph(markup(article.byline), styles["byline"])
    url = clip.canonical_url or clip.url
    yield Paragraph(f"<a href={quoteattr(url)} color='#1a5fb4'>{escape(url)}</a>", styles["byline"])
    if article.image:
        picture = files.flowable(article.image, width, 90 * mm)
        if picture is not None:
            yield Spacer(1, 3 * mm)
            yield picture
    if article.summary:
        yield Paragraph(markup(article.summary), styles["summary"])
    yield Spacer(1, 2 * mm)
    for paragraph in article.paragraphs:
        yield Paragraph(markup(paragraph), styles["body"])


def write_pdf(
    document: ReviewDocument,
    target: Path,
    *,
    page_size: PageSize = "A4",
    on_progress: ReviewProgress | None = None,
    cancel: threading.Event | None = None,
) -> None:
    """Lay the review out and write it to ``target``."""
    register_fonts()
    with tempfile.TemporaryDirectory(prefix="cuttings-review-") as folder:
        _build(document, target, page_size, on_progress, cancel, _ImageFiles(Path(folder)))


def _build(
    document: ReviewDocument,
    target: Path,
    page_size: PageSize,
    on_progress: ReviewProgress | None,
    cancel: threading.Event | None,
    files: _ImageFiles,
) -> None:
    styles = _styles()
    doc = _ReviewDoc(str(target), document, PAGE_SIZES[page_size], on_progress, cancel)
    toc = TableOfContents(levelStyles=[styles["toc0"], styles["toc1"]], dotsMinLevel=0)
    story: list[Flowable] = _cover(document, styles, doc.width, files)
    story += [PageBreak(), Paragraph("Contents", styles["h_contents"]), Spacer(1, 4 * mm), toc]
    for index, section in enumerate(document.sections, start=1):
        story.append(PageBreak())
        story.append(
            _Marked(markup(section.title), styles["section"], 0, section.title, f"section-{index}")
        )
        for article in section.articles:
            story.extend(_article(article, styles, doc.width, files))
    # The table of contents starts out with its entries (pages unknown): the first
    # pass lays every page where it ends up, and the second, which writes the page
    # numbers, only confirms it.  Without this a third pass is needed (a third more time).
    toc._entries = [
        (*flowable.toc[0:1], flowable.toc[2], 999, flowable.toc[3])
        for flowable in story
        if isinstance(flowable, _Marked)
    ]
    # The first pass's page numbers are 999: it is never the last, unless nothing is listed.
    doc.draft_first_pass = bool(toc._entries)
    doc.multiBuild(story)
