"""Imported metadata gets the checks a fetched page gets; tags and notes are clean text.

Links and images must be http(s), languages language tags; tags and notes
lose control characters; a tag is its NFC form without invisible characters,
so two names that look the same are one tag, in the library and in search.
"""

import json
import random
import unicodedata

from cuttings import cli
from cuttings.cli import main
from cuttings.core import cleaning
from cuttings.core.cleaning import clean_tag_name, http_url, language_tag, tag_identity
from cuttings.core.importers import import_files
from cuttings.core.library import normalize_tag
from cuttings.core.search.compile import tag_key
from tests.factories import make_article

C0_C1 = [chr(c) for c in [*range(0, 9), *range(11, 32), *range(0x7F, 0xA0)]]
INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u200e", "\u202e", "\u2066", "\u2069", "\ufeff"]

BAD_LINKS = [
    "javascript:alert(1)",
    "JaVaScRiPt:alert(document.cookie)",
    " javascript:alert(1)",
    "java\tscript:alert(1)",
    "vbscript:msgbox(1)",
    "data:text/html,<script>alert(1)</script>",
    "file:///etc/passwd",
    "//evil.example/x.png",
    "/relative/x.png",
    "http://",
    "http://[::1",
    "https://ok.example/\x1b[31m.png",
    "mailto:someone@example.org",
]
BAD_LANGUAGES = ["<script>", "x" * 40, "e n", "en-US-\x1b", "123", "english!", "a"]


def hostile_text(rng: random.Random, base: str, pool: list[str] = C0_C1 + INVISIBLE) -> str:
    """``base`` with control (and invisible) characters sprinkled in."""
    out = []
    for ch in base:
        out.append(ch)
        if rng.random() < 0.4:
            out.append(rng.choice(pool))
    return "".join(out)


def wallabag_entries(rng: random.Random) -> list[dict]:
    entries = []
    for n, link in enumerate(BAD_LINKS):
        entries.append(
            {
                "url": f"https://news.example.org/{n}",
                "title": f"Story {n}",
                "content": f"<p>Body of story {n}.</p>",
                "preview_picture": link,
                "language": BAD_LANGUAGES[n % len(BAD_LANGUAGES)],
                "tags": [hostile_text(rng, "politics"), "cafe\u0301", "café", "\u202eevil"],
                "annotations": [{"quote": hostile_text(rng, "quoted"), "text": "bell\x07\x1b[2J"}],
            }
        )
    return entries


def export_entries(rng: random.Random) -> dict:
    clips = [
        {
            "url": f"https://other.example.org/{n}",
            "canonical_url": link,
            "title": f"Other {n}",
            "html": "<p>Body.</p>",
            "text": "Body.",
            "lead_image": link,
            "language": "pt_br",
            "tags": [hostile_text(rng, "Économie")],
            # Invisible characters stay in notes: marks are part of bidirectional text.
            "note": hostile_text(rng, "a note", C0_C1) + "\r\nsecond line",
            "clipped_at": "2024-05-01T10:00:00Z",
        }
        for n, link in enumerate(BAD_LINKS)
    ]
    return {"format": "cuttings-export", "version": 1, "clips": clips}


def assert_clean(text: str, *, invisible: bool = False) -> None:
    assert not any(ch in text for ch in C0_C1 if ch not in "\t\n"), repr(text)
    if invisible:
        assert not any(ch in text for ch in INVISIBLE), repr(text)


def test_imported_links_languages_tags_and_notes_are_checked(library, tmp_path):
    rng = random.Random(7)
    (tmp_path / "w.json").write_text(json.dumps(wallabag_entries(rng)))
    (tmp_path / "e.json").write_text(json.dumps(export_entries(rng)))
    report = import_files(
        library, [tmp_path / "w.json", tmp_path / "e.json"], report_path=tmp_path / "r.txt"
    )
    assert len(report.imported) == 2 * len(BAD_LINKS)
    notes = [note for o in report.imported for note in o.item.notes]
    assert sum("is not an http(s) link" in note for note in notes) == 3 * len(BAD_LINKS)
    assert sum("is not a language tag" in note for note in notes) == len(BAD_LINKS)
    text = report.path.read_text(encoding="utf-8")
    assert "note: the lead image 'javascript:alert(1)' is not an http(s) link: dropped" in text
    assert_clean(text)
    for clip in library.list_clips(limit=100):
        clip = library.get(clip.id)
        assert clip.lead_image == ""
        assert http_url(clip.canonical_url) == clip.canonical_url
        assert clip.language in {"", "pt-BR"} and language_tag(clip.language) == clip.language
        assert_clean(clip.note)
        for tag in clip.tags:
            assert_clean(tag, invisible=True)
            assert unicodedata.is_normalized("NFC", tag)
    assert {t.name: t.count for t in library.tags()} == {
        "café": len(BAD_LINKS),
        "evil": len(BAD_LINKS),
        "politics": len(BAD_LINKS),
        "Économie": len(BAD_LINKS),
    }
    other = library.get(library.find_by_url("https://other.example.org/0").id)
    assert other.note == "a note\nsecond line"


def test_composed_and_decomposed_names_are_one_tag_everywhere(library):
    composed, decomposed = "café", "cafe\u0301"
    clip = library.add(make_article(1), tags=[decomposed]).clip
    library.add(make_article(2), tags=[composed + "\u200b"])
    assert [t.name for t in library.tags()] == [composed]
    assert library.search(f"tag:{decomposed}").total == 2
    assert library.search(f"tag:{composed}\u202e").total == 2
    assert library.count(tags=[decomposed.upper()]) == 2
    library.remove_tags([clip.id], [composed])
    assert library.count(tags=[decomposed]) == 1
    assert tag_key(decomposed) == tag_key(composed) == tag_identity("CAFE\u0301")
    rng = random.Random(1)
    for _ in range(200):
        name = hostile_text(rng, rng.choice(["café", "Zürich", "naïve", "日本語", "ﬁsh"]))
        cleaned = clean_tag_name(name)
        assert_clean(cleaned, invisible=True)
        assert tag_identity(cleaned) == tag_identity(name) == tag_key(name)
        if cleaned:
            assert normalize_tag(name) == cleaned


def test_no_control_character_reaches_the_terminal(tmp_path, monkeypatch, capsys):
    """Through ``tag``, the CSV and Netscape exports to stdout, and import failure lines."""
    path = tmp_path / "lib.sqlite"
    monkeypatch.setenv("CUTTINGS_LIBRARY", str(path))
    rng = random.Random(5)
    (tmp_path / "w.json").write_text(json.dumps(wallabag_entries(rng)[:3]))
    urls = tmp_path / "urls.txt"
    urls.write_text("https://news.example.org/a\x1b]0;pwned\x07\nhttp://[::1\x1b[2J/\n")
    main(["import", str(tmp_path / "w.json"), "--report", str(tmp_path / "r1.txt")])
    main(["import", str(urls), "--format", "urls", "--report", str(tmp_path / "r2.txt")])
    main(["tag", "1", hostile_text(rng, "breaking news"), "\x1b[31mred\x07"])
    main(["untag", "1", "politics"])
    main(["export", "--format", "csv"])
    main(["export", "--format", "netscape"])
    main(["list"])
    out, err = capsys.readouterr()
    assert "breaking news" in out and "[31mred" in out and "quoted" in out
    assert_clean(out.replace("\r\n", "\n"))  # CSV rows end in CRLF, as the format says
    assert_clean(err)
    for report in ("r1.txt", "r2.txt"):
        assert_clean((tmp_path / report).read_text(encoding="utf-8"))


def test_the_command_line_uses_the_shared_cleaning_rule():
    assert cli.printable is cleaning.strip_control_chars
