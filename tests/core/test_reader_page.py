"""The reader's read of a clip: body, picture links, highlights and pictures, in one go."""

import pytest

from cuttings.core.errors import NotFoundError
from cuttings.core.highlights.anchoring import quote_at
from cuttings.core.images.media import ClipMedia, ImageData, ImageLink
from cuttings.core.library import Library
from tests.factories import make_article

PNG = ImageData("image/png", 3, 2, b"\x89PNG fake bytes one")
JPEG = ImageData("image/jpeg", 1600, 900, b"\xff\xd8 fake bytes two")
TEXT = "The council met on Monday. It ignores housing. The mayor left early."


def test_the_page_has_what_the_reader_shows_as_the_separate_reads_give_it(tmp_path):
    with Library(tmp_path / "lib.sqlite") as lib:
        links = (
            ImageLink("https://cdn.example/a.png", "https://cdn.example/a-1600.png", PNG),
            ImageLink("https://cdn.example/gone.jpg", failure="picture not found (HTTP 404)"),
            ImageLink("https://cdn.example/lead.jpg", image=JPEG, lead=True),
        )
        article = make_article(1, text=TEXT, html=f"<p>{TEXT}</p>", media=ClipMedia(links, ()))
        clip_id = lib.add(article).clip.id
        lib.add_highlight(clip_id, quote_at(TEXT, TEXT.index("The mayor"), len(TEXT) - 1))
        lib.add_highlight(clip_id, quote_at(TEXT, 0, TEXT.index(" met")))
        other = lib.add(make_article(2)).clip.id

        page = lib.reader_page(clip_id, with_pictures=True)

        assert page.clip == lib.get(clip_id)
        assert page.links == lib.clip_images(clip_id)
        assert page.highlights == lib.highlights(clip_id)
        assert [h.span for h in page.highlights] == [
            (0, 11),
            (TEXT.index("The mayor"), len(TEXT) - 1),
        ]
        assert page.pictures == {
            "https://cdn.example/a.png": PNG,
            "https://cdn.example/lead.jpg": JPEG,
        }
        # Pictures only when asked for: the bytes are the heavy part.
        assert lib.reader_page(clip_id).pictures == {}
        bare = lib.reader_page(other, with_pictures=True)
        assert (bare.links, bare.highlights, bare.pictures) == ([], [], {})


def test_a_clip_gone_is_not_found(tmp_path):
    with Library(tmp_path / "lib.sqlite") as lib:
        clip_id = lib.add(make_article(1)).clip.id
        lib.delete([clip_id])
        with pytest.raises(NotFoundError):
            lib.reader_page(clip_id)
