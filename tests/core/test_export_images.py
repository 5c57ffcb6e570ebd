"""Exports carry the pictures: HTML and EPUB embed them, JSON round-trips them byte for byte."""

import base64
import re
import zipfile

from cuttings.core.clipping import clip_url
from cuttings.core.exporters import export_clips
from cuttings.core.importers import import_files
from cuttings.core.library import Library
from tests.image_pages import serve_mixed_page


def clipped(library, server):
    good = serve_mixed_page(server)
    clip = clip_url(library, server.url("/mixed.html"), tags=["Budget"]).clip
    return clip, good


def test_html_export_embeds_the_pictures_and_loads_nothing(library, server, tmp_path):
    clip, good = clipped(library, server)
    target = tmp_path / "book.html"
    export_clips(library, "html", target)
    page = target.read_text(encoding="utf-8")
    sources = re.findall(r'<img[^>]*src="([^"]*)"', page)
    body_pictures = [url for url in good if url != server.url("/img/lead.jpg")]
    assert len(sources) == len(body_pictures)
    assert all(src.startswith("data:image/") for src in sources)
    embedded = {base64.b64decode(src.split(",", 1)[1]) for src in sources}
    assert embedded == {good[url] for url in body_pictures}
    # Nothing in the page can reach the network: no remote source, and a CSP forbidding it.
    assert not re.search(r'(src|srcset)="https?:', page)
    assert "default-src 'none'" in page and "img-src data:" in page
    # Pictures not kept stay links to their address.
    assert f'href="{server.url("/img/missing.jpg")}"' in page


def test_epub_export_carries_the_pictures_inside(library, server, tmp_path):
    clip, good = clipped(library, server)
    target = tmp_path / "book.epub"
    export_clips(library, "epub", target)
    with zipfile.ZipFile(target) as book:
        names = book.namelist()
        pictures = {book.read(name) for name in names if "/images/" in name}
        chapter = book.read(next(n for n in names if n.endswith(f"clip-{clip.id}.xhtml")))
    body_pictures = {good[url] for url in good if url != server.url("/img/lead.jpg")}
    assert pictures == body_pictures
    sources = re.findall(rb'<img[^>]*src="([^"]*)"', chapter)
    assert sources and all(src.startswith(b"images/") for src in sources)


def test_json_round_trip_keeps_pictures_and_originals_byte_for_byte(library, server, tmp_path):
    clip, good = clipped(library, server)
    target = tmp_path / "all.json"
    export_clips(library, "json", target)
    with Library(tmp_path / "empty.sqlite") as other:
        report = import_files(other, [target])
        assert len(report.imported) == 1 and report.noted == 0
        copy = other.find_by_url(clip.url)
        before, after = library.clip_images(clip.id), other.clip_images(copy.id)
        assert after == before  # urls, order, lead, failures, sizes, hashes
        for link in after:
            if link.sha256:
                assert other.image_data(link.sha256).data == library.image_data(link.sha256).data
        assert [
            (o.body, o.headers, o.fetched_at, o.final_url) for o in other.originals(copy.id)
        ] == [(o.body, o.headers, o.fetched_at, o.final_url) for o in library.originals(clip.id)]
        assert other.get(copy.id).html == library.get(clip.id).html
    # Exported again, the file is the same but for the export time.
    again = tmp_path / "again.json"
    with Library(tmp_path / "empty.sqlite") as other:
        export_clips(other, "json", again)
    strip = lambda text: re.sub(r'"(exported_at|id)": [^,]*,', "", text)  # noqa: E731
    assert strip(again.read_text()) == strip(target.read_text())


def test_markdown_export_puts_pictures_in_assets_with_relative_links(library, server, tmp_path):
    clip, good = clipped(library, server)
    folder = tmp_path / "notes"
    export_clips(library, "markdown", folder)
    note = next(folder.glob("*.md")).read_text(encoding="utf-8")
    targets = re.findall(r"!\[[^\]]*\]\(([^)]*)\)", note)
    local = [t for t in targets if t.startswith("assets/")]
    assert len(local) == len(good) - 1  # the body's pictures; the lead image is not in the text
    assert {(folder / t).read_bytes() for t in local} == {
        data for url, data in good.items() if url != server.url("/img/lead.jpg")
    }
    # Pictures not kept keep their web address.
    assert any(t.endswith("/img/missing.jpg") for t in targets)
