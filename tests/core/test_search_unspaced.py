"""Words inside scripts written without spaces: Chinese, Japanese, Korean, Thai."""

from datetime import UTC, datetime

import pytest

from cuttings.core.library import Library
from cuttings.core.search.scripts import segment
from tests.factories import make_article


@pytest.fixture
def asian(library: Library) -> Library:
    def add(n: int, note: str = "", **fields: str) -> None:
        clipped_at = datetime(2025, 3, n, tzinfo=UTC)
        library.add(make_article(n, **fields), clipped_at=clipped_at, note=note)

    add(
        1,
        title="关于记忆的研究",
        text="人类的长期记忆如何形成。科学家发现了新的线索。",
        language="zh",
    )
    add(2, title="犬の話", text="今日はイヌが公園で走った。ネコは家にいた。", language="ja")
    add(3, title="ข่าววันนี้", text="ภาษาไทยเขียนติดกันโดยไม่เว้นวรรคระหว่างคำ", language="th")
    add(4, title="학교 소식", text="학생들은 학교에서 공부합니다.", language="ko")
    add(5, title="Memory research", text="Long-term memory forms in sleep.", author="王小明")
    add(6, title="Rome budget", text="The state budget passed.", source="Corriere", note="记")
    return library


def ids(library: Library, query: str) -> list[int]:
    page = library.search(query)
    return sorted(int(clip.url.rsplit("-", 1)[1]) for clip in page.clips)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("记忆", [1]),  # two characters, in the title and the text
        ("长期记忆", [1]),  # four characters, inside a sentence
        ("研究", [1]),
        ("イヌ", [2]),  # katakana inside a Japanese sentence
        ("公園", [2]),
        ("ネコ", [2]),
        ("ภาษาไทย", [3]),
        ("ระหว่าง", [3]),
        ("학교", [4]),  # a Korean word with a particle glued on
        ("小明", [5]),  # in the author
        ("记", [1, 6]),  # one character, in a note too
        ("author:王小明", [5]),
        ("author:记忆", []),
        ('"科学家发现"', [1]),  # a phrase
        ("记忆 -研究", []),
        ("记忆 OR budget", [1, 6]),
        ("memory 小明", [5]),
        ("犬", [2]),
        ("狗", []),
    ],
)
def test_words_inside_unspaced_runs_are_found(asian: Library, query: str, expected: list[int]):
    assert ids(asian, query) == expected
    assert asian.search(query).total == len(expected)


def test_latin_queries_are_unchanged(asian: Library):
    assert ids(asian, "memory") == [5]
    assert ids(asian, "budget") == [6]
    assert ids(asian, "mem*") == [5]


def test_snippets_mark_the_match_inside_a_run(asian: Library):
    page = asian.search("记忆")
    snippet = page.snippets[page.clips[0].id]
    assert "<b>记忆</b>" in snippet
    page = asian.search("イヌ")
    assert "今日は<b>イヌ</b>が" in page.snippets[page.clips[0].id]


def test_edits_and_deletes_keep_the_index_in_step(asian: Library):
    clip = asian.search("Rome").clips[0]
    asian.update_clip(clip.id, title="罗马预算")
    assert ids(asian, "预算") == [6]
    asian.update_clip(clip.id, title="Rome budget", note="")
    assert ids(asian, "预算") == []
    assert ids(asian, "记") == [1]
    asian.delete([asian.search("研究").clips[0].id])
    assert ids(asian, "记忆") == []
    assert asian.check_search_index() == []


def test_rebuild_and_check_cover_the_segmented_index(asian: Library):
    assert asian.check_search_index() == []
    with asian._write() as conn:
        # Indexed as before segmentation: the check sees it, a rebuild repairs it.
        conn.exec_driver_sql(
            "INSERT INTO clips_fts (clips_fts, rowid, title, source, author, text, note) "
            "SELECT 'delete', date_key, title, source, author, text, note "
            "FROM clips_fts_source WHERE id = (SELECT id FROM clips WHERE title = '犬の話')"
        )
        conn.exec_driver_sql(
            "INSERT INTO clips_fts (rowid, title, source, author, text, note) "
            "SELECT date_key, title, source, author, text, note FROM clips WHERE title = '犬の話'"
        )
    assert ids(asian, "イヌ") == []
    assert asian.check_search_index() != []
    asian.rebuild_search_index()
    assert asian.check_search_index() == []
    assert ids(asian, "イヌ") == [2]


def test_segmenting_leaves_latin_text_alone():
    assert segment("Long-term memory, café") == "Long-term memory, café"
    assert segment("東京の大学 in 2025") == " 東  京  の  大  学  in 2025"
