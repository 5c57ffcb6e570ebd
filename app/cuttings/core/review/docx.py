"""The review as a Word document (python-docx), to be finished in Word.

Sections are Heading 1 and articles Heading 2, so Word's navigation pane and
its own table of contents see them; a TOC field (filled when Word updates
fields, which it is asked to do on opening) is followed by a plain list of
the same entries for readers that do not update fields.
"""

import io
import logging
from pathlib import Path

from docx import Document
from docx.document import Document as WordDocument
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from docx.text.paragraph import Paragraph

from cuttings.core.review.document import Article, ReviewDocument, long_date

log = logging.getLogger(__name__)

_MUTED = RGBColor(0x5A, 0x62, 0x70)


def _toc_field(paragraph: Paragraph) -> None:
    """A Word TOC field over headings 1-2, with hyperlinks."""
    run = paragraph.add_run()
    begin, instr, separate, end = (
        OxmlElement(tag) for tag in ("w:fldChar", "w:instrText", "w:fldChar", "w:fldChar")
    )
    begin.set(qn("w:fldCharType"), "begin")
    instr.set(qn("xml:space"), "preserve")
    instr.text = 'TOC \\o "1-2" \\h \\z \\u'
    separate.set(qn("w:fldCharType"), "separate")
    end.set(qn("w:fldCharType"), "end")
    for element in (begin, instr, separate):
        run._r.append(element)
    placeholder = paragraph.add_run("(Word fills in the table of contents when fields are updated)")
    placeholder.italic = True
    placeholder._r.append(end)


def _update_fields_on_open(document: WordDocument) -> None:
    settings = document.settings.element
    update = OxmlElement("w:updateFields")
    update.set(qn("w:val"), "true")
    settings.append(update)


def _picture(document: WordDocument, data: bytes, width_mm: float) -> None:
    try:
        document.add_picture(io.BytesIO(data), width=Mm(width_mm))
    except Exception as exc:  # an image python-docx cannot read is left out, never fatal
        log.warning("an image of the review cannot be read: %s", exc)


def _article(document: WordDocument, article: Article) -> None:
    clip = article.clip
    document.add_heading(f"{article.number}. {clip.title}", level=2)
    meta = document.add_paragraph()
    for text in (article.byline, clip.canonical_url or clip.url):
        if text:
            run = meta.add_run(text + "\n")
            run.font.size = Pt(8.5)
            run.font.color.rgb = _MUTED
    if article.image:
        _picture(document, article.image, 120)
    if article.summary:
        document.add_paragraph().add_run(article.summary).italic = True
    for paragraph in article.paragraphs:
        document.add_paragraph(paragraph)


def write_docx(review: ReviewDocument, target: Path) -> None:
    edition = review.edition
    document = Document()
    document.core_properties.title = edition.title
    document.core_properties.subject = edition.name
    if edition.logo:
        _picture(document, edition.logo, 50)
    document.add_heading(edition.title, level=0)
    if edition.name != edition.title:
        document.add_paragraph(edition.name)
    document.add_paragraph(long_date(edition.date))
    if edition.highlights:
        document.add_paragraph("In evidenza", style="Intense Quote")
        for line in edition.highlights.split("\n"):
            if line.strip():
                document.add_paragraph(line)
    document.add_page_break()  # type: ignore[no-untyped-call]
    document.add_paragraph("Contents", style="Title")
    _toc_field(document.add_paragraph())
    for section in review.sections:
        document.add_paragraph(section.title, style="List Bullet")
        for article in section.articles:
            document.add_paragraph(f"{article.number}. {article.clip.title}", style="List Bullet 2")
    _update_fields_on_open(document)
    for section in review.sections:
        document.add_page_break()  # type: ignore[no-untyped-call]
        document.add_heading(section.title, level=1)
        for article in section.articles:
            _article(document, article)
    document.save(str(target))
