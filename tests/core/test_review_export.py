"""Press-review outputs read back: the PDF with pypdf, the DOCX with python-docx, the HTML
as text."""

import io
import re
import threading
from datetime import date

import pytest
from docx import Document
from PIL import Image
from pypdf import PdfReader

from cuttings.core.review.document import ReviewCancelledError
from cuttings.core.review.export import export_review
from tests.factories import make_article

_TEXT = "\n\n".join(
    [
        "Il governo presenta il bilancio; Ελληνικά: η κυβέρνηση; русский: правительство. " * 6,
        "A second paragraph of the article, long enough to wrap over several lines. " * 8,
    ]
    * 3
)


def _png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (120, 60), (200, 40, 40)).save(out, "PNG")
    return out.getvalue()


@pytest.fixture
def edition(library):
    ids = [
        library.add(
            make_article(
                n,
                title=f"Headline {n} — Ωμέγα Щука",
                text=_TEXT,
                source=f"Outlet {n}",
                author="Mario Rossi",
                published_at="2025-03-01T14:30:00+01:00",
            )
        ).clip.id
        for n in range(1, 10)
    ]
    edit = library.create_edition(
        "Rassegna stampa",
        day=date(2025, 3, 1),
        highlights="Il bilancio.\nLa riforma.",
        logo=_png(),
        sections=[("Politica", ids[:4]), ("Economia", ids[4:7]), ("Esteri", ids[7:])],
    )
    # One headline-only entry with a summary.
    entry = library.edition(edit.edition_id).sections[1].entries[0]
    library.update_entry(entry.id, summary="In short: the budget.", full_text=False)
    return library.edition(edit.edition_id)


def _outline(reader: PdfReader) -> list[tuple[int, str, int]]:
    found: list[tuple[int, str, int]] = []

    def walk(items, level):
        for item in items:
            if isinstance(item, list):
                walk(item, level + 1)
            else:
                found.append((level, item.title, reader.get_destination_page_number(item) + 1))

    walk(reader.outline, 0)
    return found


def test_pdf_outline_contents_and_text(library, edition, tmp_path):
    path = tmp_path / "review.pdf"
    seen = []
    export_review(
        library,
        edition.id,
        "pdf",
        path,
        images=lambda clip: _png() if clip.id == edition.entries[0].clip_id else None,
        on_progress=lambda done, total: seen.append((done, total)),
    )
    reader = PdfReader(path)
    assert len(reader.pages) >= 6
    outline = _outline(reader)
    clips = {c.id: c for c in library.get_many([e.clip_id for e in edition.entries])}
    expected = []
    number = 0
    for section in edition.sections:
        expected.append((0, section.title))
        for entry in section.entries:
            number += 1
            expected.append((1, f"{number}. {clips[entry.clip_id].title}"))
    assert [(level, title) for level, title, _page in outline] == expected
    # Each outline entry points at the page where its heading is.
    texts = [page.extract_text() for page in reader.pages]
    for _level, title, page in outline:
        assert title in texts[page - 1].replace("\n", " ")
    # The table of contents (pages 2..) lists the same pages, in the same order.
    toc_pages = [i for i, text in enumerate(texts) if i and "Contents" in text[:200]]
    assert toc_pages == [1]
    toc_numbers = [int(n) for n in re.findall(r"(?:\.\s+)+(\d+)\s*$", texts[1], re.M)]
    assert toc_numbers == [page for _level, _title, page in outline]
    # Real, searchable text: headlines, outlets, the byline, other scripts.
    body = " ".join(texts)
    for clip in clips.values():
        assert clip.source in body
    assert "Mario Rossi" in body and "2025-03-01 14:30" in body
    assert "η κυβέρνηση" in body and "правительство" in body
    assert "In short: the budget." in body
    assert "In evidenza" in texts[0] and "Rassegna stampa" in texts[0]
    assert f"Page 2 of {len(reader.pages)}" in texts[1]
    # The TOC's entries are links to their pages.
    links = [a.get_object() for a in reader.pages[1].get("/Annots", [])]
    assert len(links) >= len(outline)
    assert seen[-1] == (len(edition.entries), len(edition.entries))
    # The logo on the cover, the first article's image on its page, no other.
    with_images = [i + 1 for i, p in enumerate(reader.pages) if "/XObject" in p["/Resources"]]
    assert with_images == [1, outline[1][2]]
    # Every font that draws text is embedded (ReportLab's tables select Helvetica in
    # empty text blocks, drawing nothing with it).
    for page in reader.pages:
        blocks = re.findall(rb"\bBT\b(.*?)\bET\b", page.get_contents().get_data(), re.S)
        for name, font in page["/Resources"]["/Font"].items():
            font = font.get_object()
            if "DejaVuSans" in font["/BaseFont"]:
                assert "/FontFile2" in font["/FontDescriptor"]
            else:
                used = [b for b in blocks if f"{name} ".encode() in b]
                assert all(b"Tj" not in b and b"TJ" not in b for b in used)


def test_pdf_letter_and_cancel(library, edition, tmp_path):
    path = tmp_path / "letter.pdf"
    export_review(library, edition.id, "pdf", path, page_size="Letter")
    assert round(float(PdfReader(path).pages[0].mediabox.width)) == 612
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(ReviewCancelledError):
        export_review(library, edition.id, "pdf", tmp_path / "no.pdf", cancel=cancel)
    assert not list(tmp_path.glob("no.pdf*"))


def test_docx_headings_in_order(library, edition, tmp_path):
    path = tmp_path / "review.docx"
    export_review(library, edition.id, "docx", path)
    document = Document(str(path))
    headings = [
        (p.style.name, p.text) for p in document.paragraphs if p.style.name.startswith("Heading")
    ]
    clips = {c.id: c for c in library.get_many([e.clip_id for e in edition.entries])}
    expected = []
    number = 0
    for section in edition.sections:
        expected.append(("Heading 1", section.title))
        for entry in section.entries:
            number += 1
            expected.append(("Heading 2", f"{number}. {clips[entry.clip_id].title}"))
    assert headings == expected
    assert len(document.inline_shapes) == 1  # the logo
    assert 'TOC \\o "1-2"' in document.element.xml


def test_html_is_one_inert_file(library, edition, tmp_path):
    path = tmp_path / "review.html"
    export_review(library, edition.id, "html", path)
    html = path.read_text(encoding="utf-8")
    assert "default-src 'none'" in html
    assert "<script" not in html
    assert re.findall(r'src="([^"]+)"', html) == [
        src for src in re.findall(r'src="([^"]+)"', html) if src.startswith("data:image/png")
    ]
    assert html.index("Politica") < html.index("Economia") < html.index("Esteri")
    assert "Headline 1 — Ωμέγα Щука" in html


def test_articles_show_the_pictures_stored_with_their_clips(library, tmp_path):
    from cuttings.core.images.media import ClipMedia, ImageData, ImageLink

    photo = _png()
    media = ClipMedia(
        (ImageLink("https://e.example/p.png", image=ImageData("image/png", 120, 60, photo)),)
    )
    with_picture = library.add(make_article(1, text=_TEXT, media=media)).clip.id
    without = library.add(make_article(2, text=_TEXT)).clip.id
    edit = library.create_edition("Pictures", sections=[("All", [with_picture, without])])
    docx_path = export_review(library, edit.edition_id, "docx", tmp_path / "r.docx")
    assert len(Document(str(docx_path)).inline_shapes) == 1
    pdf_path = export_review(library, edit.edition_id, "pdf", tmp_path / "r.pdf")
    assert sum(len(page.images) for page in PdfReader(str(pdf_path)).pages) == 1
