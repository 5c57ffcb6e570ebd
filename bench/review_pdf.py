# ruff: noqa: RUF001  (Greek, Cyrillic and Chinese text is the point)
"""A 100-article press review with images, written as PDF, DOCX and HTML.

Usage::

    python bench/review_pdf.py [--format pdf|docx|html] [--articles 100] [--words 800]
                               [--runs 3] [--out DIR]

Builds a library in a temporary folder with N clips of about W words each
(Italian, Greek and Russian paragraphs, and a Chinese line when a CJK font is
found), in five sections, each clip with its own 1200x800 JPEG lead image
handed over by the image provider; then times ``export_review`` in one format
(median of --runs) and prints the process's resident memory before the export
and its peak (RSS, Linux and macOS: the target is 15 s and 400 MB for the PDF).
Not collected by pytest.
"""

from __future__ import annotations

import argparse
import io
import resource
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "app"))

from PIL import Image

from cuttings.core.article import Article
from cuttings.core.library import Library
from cuttings.core.models import Clip
from cuttings.core.review.export import export_review
from cuttings.core.review.pdf import register_fonts

PARAGRAPHS = (
    "Il governo ha presentato la legge di bilancio, che prevede nuove misure per le famiglie "
    "e per le imprese, mentre l'opposizione chiede più fondi per la sanità pubblica.",
    "Η κυβέρνηση παρουσίασε τον προϋπολογισμό, με νέα μέτρα για τις οικογένειες και τις "
    "επιχειρήσεις, ενώ η αντιπολίτευση ζητά περισσότερα κονδύλια για την υγεία.",
    "Правительство представило бюджет с новыми мерами для семей и предприятий, а оппозиция "
    "требует больше средств на здравоохранение.",
)
CJK = "政府公布了新的预算案，为家庭和企业提供新的措施。"


def _jpegs(count: int) -> list[bytes]:
    """``count`` different 1200x800 photos-like JPEGs (noise compresses like a photo)."""
    base = Image.effect_noise((1200, 800), 60).convert("RGB")
    images = []
    for n in range(count):
        image = base.copy()
        image.paste((n * 37 % 256, n * 91 % 256, n * 13 % 256), (0, 0, 300, 200))
        out = io.BytesIO()
        image.save(out, "JPEG", quality=80)
        images.append(out.getvalue())
    return images


def _text(words: int, cjk: bool) -> str:
    paragraphs: list[str] = []
    count = 0
    while count < words:
        paragraph = " ".join(PARAGRAPHS[len(paragraphs) % 3] for _ in range(3))
        if cjk and len(paragraphs) % 4 == 0:
            paragraph += " " + CJK
        paragraphs.append(paragraph)
        count += len(paragraph.split())
    return "\n\n".join(paragraphs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--format", choices=("pdf", "docx", "html"), default="pdf")
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--words", type=int, default=800)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()
    cjk = register_fonts()
    photos = _jpegs(args.articles)
    folder = Path(tempfile.mkdtemp(prefix="review-bench-"))
    out = args.out or folder
    text = _text(args.words, cjk)
    with Library(folder / "library.sqlite") as library:
        ids = []
        for n in range(1, args.articles + 1):
            article = Article(
                url=f"https://news.example.org/{n}",
                canonical_url=f"https://news.example.org/{n}",
                title=f"Bilancio, giorno {n}: Η κυβέρνηση και правительство",
                html="",
                text=text,
                source=f"Testata {n % 12}",
                author="Mario Rossi",
                published_at="2025-03-01T07:30:00+01:00",
            )
            ids.append(library.add(article).clip.id)
        per = max(1, len(ids) // 5)
        sections = [(f"Sezione {s + 1}", ids[s * per : (s + 1) * per]) for s in range(5)]
        edit = library.create_edition(
            "Rassegna stampa", day=date(2025, 3, 1), logo=photos[0], sections=sections
        )
        assert edit.edition_id is not None

        def images(clip: Clip) -> bytes:
            return photos[ids.index(clip.id)]

        print(
            f"{args.articles} articles of ~{args.words} words, a JPEG of "
            f"~{len(photos[0]) // 1024} KB each; CJK font: {'yes' if cjk else 'no'}"
        )
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        fmt = args.format
        times = []
        for _ in range(args.runs):
            started = time.perf_counter()
            path = export_review(
                library, edit.edition_id, fmt, out / f"review.{fmt}", images=images
            )
            times.append(time.perf_counter() - started)
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        size = path.stat().st_size / 1e6
        print(
            f"{fmt:5} median {statistics.median(times):6.2f} s  (min {min(times):.2f})  "
            f"{size:6.1f} MB file  RSS before {before:.0f} MB, peak {peak:.0f} MB"
        )


if __name__ == "__main__":
    main()
