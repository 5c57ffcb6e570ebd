# ruff: noqa: RUF001  (Greek and Cyrillic text is the point)
"""Render docs/review-cover.png and docs/review-contents.png from a sample press review.

    python docs/review_pages.py        # needs pdftoppm (Debian: poppler-utils)

A small library in a temporary folder, an edition with a logo, an "In evidenza"
text and three sections, written as PDF by ``cuttings.core.review.export``;
pdftoppm renders its first page and its table of contents.
"""

import io
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "app"))

from PIL import Image, ImageDraw  # noqa: E402

from cuttings.core.article import Article  # noqa: E402
from cuttings.core.library import Library  # noqa: E402
from cuttings.core.review.export import export_review  # noqa: E402

ARTICLES = [
    (
        "Politica",
        "Manovra, via libera del governo: trenta miliardi per famiglie e imprese",
        "Corriere della Sera",
        "Maria Bianchi",
        "2025-03-01T07:10:00+01:00",
    ),
    (
        "Politica",
        "Riforma della giustizia, il Senato accelera sul testo",
        "la Repubblica",
        "Luca Verdi",
        "2025-03-01T08:45:00+01:00",
    ),
    (
        "Politica",
        "Regionali, il centrosinistra cerca un candidato unitario",
        "La Stampa",
        "Giulia Neri",
        "2025-02-28T21:30:00+01:00",
    ),
    (
        "Economia",
        "Borsa, Piazza Affari chiude in rialzo trainata dalle banche",
        "Il Sole 24 Ore",
        "Paolo Russo",
        "2025-02-28T18:05:00+01:00",
    ),
    (
        "Economia",
        "Inflazione al 1,7%: pesano energia e alimentari",
        "ANSA",
        "",
        "2025-03-01T11:00:00+01:00",
    ),
    (
        "Esteri",
        "Η Αθήνα ανακοινώνει νέο πρόγραμμα για τη στέγαση",
        "Καθημερινή",
        "Νίκος Παπαδόπουλος",
        "2025-03-01T09:20:00+02:00",
    ),
    (
        "Esteri",
        "Москва и Киев: переговоры возобновятся на следующей неделе",
        "Коммерсантъ",
        "Анна Иванова",
        "2025-03-01T10:15:00+03:00",
    ),
]
TEXT = (
    "Il Consiglio dei ministri ha approvato nella notte il testo definitivo, dopo una lunga "
    "riunione con le parti sociali. Le misure principali riguardano il cuneo fiscale, gli "
    "assegni per le famiglie e un fondo per gli investimenti delle piccole imprese.\n\n"
    "Le opposizioni parlano di un provvedimento senza coperture certe e annunciano "
    "emendamenti in Parlamento, dove il testo arriverà la prossima settimana."
)


def _png(text: str, size: tuple[int, int], colour: tuple[int, int, int]) -> bytes:
    image = Image.new("RGB", size, colour)
    ImageDraw.Draw(image).text((24, size[1] // 2 - 10), text, fill=(255, 255, 255))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def main() -> None:
    folder = Path(tempfile.mkdtemp(prefix="review-pages-"))
    with Library(folder / "library.sqlite") as library:
        sections: dict[str, list[int]] = {}
        for n, (section, title, outlet, author, when) in enumerate(ARTICLES, start=1):
            article = Article(
                url=f"https://news.example.org/{n}",
                canonical_url=f"https://news.example.org/2025/03/01/article-{n}",
                title=title,
                html="",
                text=TEXT,
                source=outlet,
                author=author,
                published_at=when,
            )
            sections.setdefault(section, []).append(library.add(article).clip.id)
        edit = library.create_edition(
            "Rassegna stampa del 1° marzo 2025",
            name="Ufficio stampa — Regione",
            day=date(2025, 3, 1),
            highlights="La manovra passa in Consiglio dei ministri: trenta miliardi.\n"
            "Borsa in rialzo, inflazione all'1,7%.",
            logo=_png("UFFICIO STAMPA", (360, 90), (26, 95, 180)),
            sections=list(sections.items()),
        )
        assert edit.edition_id is not None
        photo = _png("foto", (800, 450), (120, 130, 140))
        first = sections["Politica"][0]
        pdf = export_review(
            library,
            edit.edition_id,
            "pdf",
            folder / "review.pdf",
            images=lambda clip: photo if clip.id == first else None,
        )
    for page, name in ((1, "review-cover"), (2, "review-contents")):
        subprocess.run(
            [
                "pdftoppm",
                "-png",
                "-r",
                "60",
                "-f",
                str(page),
                "-l",
                str(page),
                "-singlefile",
                str(pdf),
                str(ROOT / "docs" / name),
            ],
            check=True,
        )
        print(ROOT / "docs" / f"{name}.png")


if __name__ == "__main__":
    main()
