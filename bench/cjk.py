# ruff: noqa: RUF001, SIM905, E501  (full-width text is the point; word lists as text)
"""Search in scripts written without spaces: the trigram index against segmentation.

Usage::

    python bench/cjk.py [PATH] [--latin N] [--cjk M] [--runs 3]

Builds a library at PATH (default: a temporary folder) of N Latin clips
(remixed from the extraction benchmark's texts, as bench/scale.py does) and M
generated Chinese, Japanese and Thai clips (words drawn by a Zipf law from
short word lists: the frequencies are realistic, the sentences are not), then
measures, for the same CJK clips:

(a) a trigram FTS5 index over the clips holding such scripts, with its own
    copy of their text (words of one or two characters, too short for
    trigrams, are found with LIKE over that copy), as first built on this
    branch (commit 05033d3);
(b) segmentation, what the library does (migration v4): a space around each
    character of an unspaced script, in the unicode61 index, queried as
    phrases of characters; its size is compared with the same index over the
    unsegmented texts (what ``clips_fts`` held before), and ``Library.search``
    page 1 (count, page, snippets) is timed too.

Both are built in a side file from the same clips; each is timed as the
count of matches plus the newest 50 keys.

Prints sizes in MB and p50/p95 in ms over each query kind (median of --runs
passes).  Not collected by pytest.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "app"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from cuttings.core.article import Article
from cuttings.core.library import Library, NewClip, _raw
from cuttings.core.search.scripts import UNSPACED_RE, has_unspaced
from scale import default_articles, load_texts, make_clips

SEED = 20251130
ZH = (
    "的 了 是 在 我们 中国 发展 经济 政府 记忆 研究 科学家 人工智能 市场 北京 上海 国际 问题 社会 公司 "
    "技术 教育 医院 城市 文化 历史 环境 能源 汽车 互联网 数据 安全 法律 银行 投资 价格 消费者 总统 会议 "
    "合作 气候变化 疫苗 大学 学生 老师 电影 音乐 体育 足球 比赛 新闻 记者 报道 专家 表示 认为 发现 增长 "
    "下降 今年 去年 第一 重要 全球 地区 国家 人民 生活 工作 时间 世界 美国 日本 欧洲 改革 政策 "
).split()
JA = (
    "の に は を た が で て と し れ さ ある いる 日本 東京 政府 経済 研究 記憶 イヌ ネコ 会社 市場 "
    "技術 学校 大学 学生 先生 病院 都市 文化 歴史 環境 エネルギー 自動車 インターネット データ 安全 法律 銀行 "
    "投資 価格 消費者 首相 会議 協力 気候変動 ワクチン 映画 音楽 スポーツ サッカー 試合 ニュース 記者 報道 "
    "専門家 発表 増加 減少 今年 去年 重要 世界 地域 国民 生活 仕事 時間 アメリカ 中国 改革 政策 新しい "
).split()
TH = (
    "ที่ และ ของ ใน เป็น ได้ มี ไม่ ว่า การ ประเทศ ไทย รัฐบาล "
    "เศรษฐกิจ กรุงเทพ ความจำ วิจัย นักวิทยาศาสตร์ ตลาด บริษัท "
    "เทคโนโลยี โรงเรียน มหาวิทยาลัย นักเรียน ครู โรงพยาบาล เมือง "
    "วัฒนธรรม ประวัติศาสตร์ สิ่งแวดล้อม พลังงาน รถยนต์ "
    "อินเทอร์เน็ต ข้อมูล ความปลอดภัย กฎหมาย ธนาคาร การลงทุน ราคา "
    "ผู้บริโภค นายกรัฐมนตรี การประชุม "
).split()
LANGUAGES = {"zh": (ZH, "。", "，"), "ja": (JA, "。", "、"), "th": (TH, " ", " ")}
CHARS_PER_CLIP = 800
QUERIES = {
    "2 characters, common": ["中国", "政府", "研究", "日本", "経済", "記憶"],
    "2 characters, rare": ["疫苗", "足球", "イヌ", "ネコ", "首相", "政策"],
    "3+ characters": ["科学家", "互联网", "気候変動", "エネルギー", "รัฐบาล", "ความจำ"],
    "phrase of two words": ["中国经济", "研究发现", "日本の経済", "東京の大学", "ประเทศไทย"],
}


def cjk_text(rng: random.Random, language: str, length: int) -> str:
    words, stop, comma = LANGUAGES[language]
    weights = [1 / rank for rank in range(1, len(words) + 1)]
    out: list[str] = []
    size = 0
    while size < length:
        clause = "".join(rng.choices(words, weights, k=rng.randint(4, 12)))
        out.append(clause + (stop if rng.random() < 0.4 else comma))
        size += len(out[-1])
    return "".join(out)


def cjk_clips(count: int, moments: list[float]) -> Iterator[NewClip]:
    rng = random.Random(SEED)
    start = datetime(2015, 3, 1, tzinfo=UTC)
    for n in range(count):
        language = rng.choice(["zh", "zh", "ja", "ja", "th"])
        text = cjk_text(rng, language, CHARS_PER_CLIP)
        url = f"https://cjk.example/{language}/{n}"
        yield NewClip(
            Article(
                url=url,
                canonical_url=url,
                title=cjk_text(rng, language, 14).rstrip("。，、 "),
                html=f"<p>{text}</p>",
                text=text,
                site_name="新闻",
                source="新闻",
                language=language,
                excerpt=text[:60],
            ),
            tags=(),
            clipped_at=start + timedelta(seconds=moments[n]),
        )


def segmented(text: str) -> str:
    """Segmentation (b): a space around every character of an unspaced script."""
    return UNSPACED_RE.sub(lambda m: f" {m.group()} ", text)


def table_mb(db, prefix: str) -> float:
    row = db.execute(
        "SELECT sum(pgsize) FROM dbstat WHERE name LIKE ? ESCAPE '\\'",
        (prefix.replace("_", "\\_") + "%",),
    ).fetchone()
    return (row[0] or 0) / 1e6


def timed(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def report(label: str, values: list[float]) -> None:
    values = sorted(values)
    p95 = values[min(len(values) - 1, round(0.95 * (len(values) - 1)))]
    print(f"  {label:<38} {statistics.median(values):7.1f} / {p95:7.1f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", type=Path)
    parser.add_argument("--latin", type=int, default=20_000)
    parser.add_argument("--cjk", type=int, default=6_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    articles = default_articles()
    if not articles.is_file():
        sys.exit(f"no article texts at {articles}")
    path = args.path or Path(tempfile.mkdtemp()) / "cjk.sqlite"
    started = time.perf_counter()
    rng = random.Random(SEED)
    span = timedelta(days=3650).total_seconds()
    with Library(path) as lib:
        lib.bulk_insert(make_clips(args.latin, load_texts(articles)), batch_size=2000)
        moments = sorted(rng.random() * span for _ in range(args.cjk))
        lib.bulk_insert(cjk_clips(args.cjk, moments), batch_size=2000)
    print(
        f"{args.latin:,} Latin + {args.cjk:,} CJK clips built in "
        f"{time.perf_counter() - started:.0f} s at {path}"
    )
    with Library(path) as lib, lib._read() as conn:
        db = _raw(conn)
        rows = [
            row
            for row in db.execute(
                "SELECT date_key, title, CASE WHEN site_name IN ('', source) THEN source "
                "WHEN source = '' THEN site_name ELSE source || ' ' || site_name END, "
                "author, text, note FROM clips"
            )
            if any(has_unspaced(value) for value in row[1:])
        ]
    # (b) in a side file: the CJK clips' texts as clips_fts holds them, segmented or not.
    side = path.with_suffix(".seg.sqlite")
    side.unlink(missing_ok=True)
    with sqlite3.connect(side) as seg_db:
        tables = (
            ("tri", str, "tokenize='trigram'"),
            ("plain", str, "content='', tokenize='unicode61 remove_diacritics 2'"),
            ("seg", segmented, "content='', tokenize='unicode61 remove_diacritics 2'"),
        )
        for name, convert, options in tables:
            seg_db.execute(
                f"CREATE VIRTUAL TABLE {name} USING fts5 (title, source, author, text, note, "
                f"{options})"
            )
            seg_db.executemany(
                f"INSERT INTO {name} (rowid, title, source, author, text, note) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                ((row[0], *map(convert, row[1:])) for row in rows),
            )
            seg_db.execute(f"INSERT INTO {name} ({name}) VALUES ('optimize')")
        seg_db.commit()
        with Library(path) as lib, lib._read() as conn:
            db = _raw(conn)
            trigram = table_mb(seg_db, "tri_") - table_mb(seg_db, "tri_content")
            print(f"\n{len(rows):,} clips hold unspaced scripts")
            print(
                f"(a) trigram index {trigram:.1f} MB + its copy of the text "
                f"{table_mb(seg_db, 'tri_content'):.1f} MB; clips_fts (all clips) "
                f"{table_mb(db, 'clips_fts_'):.1f} MB"
            )
            plain, seg = table_mb(seg_db, "plain_"), table_mb(seg_db, "seg_")
            print(
                f"(b) unicode61 over the CJK texts: {plain:.1f} MB unsegmented, "
                f"{seg:.1f} MB segmented (+{seg - plain:.1f} MB in clips_fts)"
            )
            print("\np50 / p95 ms (median of runs)")
            for kind, words in QUERIES.items():
                print(kind)
                search = [timed(lambda w=w: lib.search(w), args.runs) for w in words]
                report("(b) Library.search page 1", search)
                a_raw, b_raw = [], []
                for word in words:
                    if len(word) >= 3:
                        sql, param = "tri MATCH ?1", '"' + word + '"'
                    else:
                        columns = ("title", "source", "author", "text", "note")
                        sql = " OR ".join(f"{c} LIKE ?1" for c in columns)
                        param = f"%{word}%"
                    a_raw.append(
                        timed(
                            lambda s=sql, p=param: (
                                seg_db.execute(
                                    f"SELECT count(*) FROM tri WHERE {s}", (p,)
                                ).fetchone(),
                                seg_db.execute(
                                    f"SELECT rowid FROM tri WHERE {s} ORDER BY rowid DESC LIMIT 50",
                                    (p,),
                                ).fetchall(),
                            ),
                            args.runs,
                        )
                    )
                    phrase = '"' + segmented(word).strip() + '"'
                    b_raw.append(
                        timed(
                            lambda p=phrase: (
                                seg_db.execute(
                                    "SELECT count(*) FROM seg WHERE seg MATCH ?", (p,)
                                ).fetchone(),
                                seg_db.execute(
                                    "SELECT rowid FROM seg WHERE seg MATCH ? "
                                    "ORDER BY rowid DESC LIMIT 50",
                                    (p,),
                                ).fetchall(),
                            ),
                            args.runs,
                        )
                    )
                report("(a) trigram/LIKE: count + 50 keys", a_raw)
                report("(b) segmented: count + 50 keys", b_raw)


if __name__ == "__main__":
    main()
