"""Build a demo library of real-looking clips (no network).

    python bench/demo_library.py demo.sqlite            # ~30 hand-written clips
    python bench/demo_library.py big.sqlite --count 100000   # plus generated ones

Clips come in four languages from several sources, with tags, notes and
dates spread over months; the newest few are clipped today and yesterday so
the timeline shows its "Today"/"Yesterday" headers.
"""

import argparse
import html
import random
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "app"))

from cuttings.core.article import Article
from cuttings.core.library import Library

# (source, host, language, author, title, paragraphs, tags, note)
STORIES: list[tuple[str, str, str, str, str, list[str], list[str], str]] = [
    (
        "The Guardian",
        "theguardian.com",
        "en",
        "Fiona Harvey",
        "Offshore wind auction secures record capacity despite rising costs",
        [
            "Britain's latest renewable energy auction has secured a record amount of "
            "offshore wind capacity, even as developers warned that higher interest rates "
            "and supply-chain bottlenecks were squeezing margins.",
            "The results, published on Tuesday, show contracts awarded for nearly 10 "
            "gigawatts of new projects, enough to power millions of homes by the end of "
            "the decade.",
            "Industry groups welcomed the outcome but said the price ceiling had to rise "
            "again next year if the government wanted to keep its 2030 target within reach.",
        ],
        ["energy", "uk"],
        "Compare with last year's auction round (AR5 failed).",
    ),
    (
        "Corriere della Sera",
        "corriere.it",
        "it",
        "Milena Gabanelli",
        "Il caro affitti nelle città universitarie: quanto costa davvero una stanza",
        [
            "A Milano una stanza singola per studenti supera ormai i 650 euro al mese, "
            "spese escluse. A Bologna e a Roma i prezzi sono cresciuti di oltre il 20 per "
            "cento in due anni.",
            "I dati raccolti dalle associazioni studentesche mostrano che l'offerta di "
            "residenze pubbliche copre meno del 5 per cento della domanda.",
            "Il governo ha promesso nuovi fondi del Pnrr, ma i cantieri procedono a rilento.",
        ],
        ["housing", "italy"],
        "",
    ),
    (
        "Le Monde",
        "lemonde.fr",
        "fr",
        "Claire Legros",
        "La sobriété numérique, un chantier encore balbutiant pour les entreprises",
        [
            "Les centres de données consomment une part croissante de l'électricité en "
            "Europe. Pourtant, rares sont les entreprises qui mesurent l'empreinte de "
            "leurs services numériques.",
            "Des outils existent, mais ils restent peu utilisés faute d'obligation "
            "réglementaire, estiment les experts interrogés par Le Monde.",
        ],
        ["energy", "tech"],
        "Good quotes for the data-centre piece.",
    ),
    (
        "Der Spiegel",
        "spiegel.de",
        "de",
        "Anna Clauß",
        "Wie die Kommunen mit der Wärmeplanung kämpfen",
        [
            "Bis 2026 müssen Großstädte ihre kommunale Wärmeplanung vorlegen. Viele "
            "Verwaltungen sind jedoch personell kaum dafür ausgestattet.",
            "In kleineren Gemeinden fehlt es oft schon an den Daten über den Bestand der "
            "Heizungen, berichten Fachleute.",
        ],
        ["energy", "germany"],
        "",
    ),
    (
        "Reuters",
        "reuters.com",
        "en",
        "Jonathan Saul",
        "Shipping insurers raise Red Sea premiums as attacks continue",
        [
            "War risk premiums for vessels transiting the Red Sea have risen again, "
            "insurance sources said, adding hundreds of thousands of dollars to the cost "
            "of a single voyage.",
            "Several of the largest container lines continue to route ships around the "
            "Cape of Good Hope, adding up to two weeks to journeys between Asia and Europe.",
        ],
        ["shipping", "trade"],
        "",
    ),
    (
        "Il Post",
        "ilpost.it",
        "it",
        "",
        "Perché i treni regionali sono sempre più in ritardo",
        [
            "Nel 2024 la puntualità dei treni regionali è peggiorata in quasi tutte le "
            "regioni, secondo i dati di RFI.",
            "Le cause principali sono i cantieri sulla rete, aumentati con i fondi del "
            "Pnrr, e la carenza di personale di manutenzione.",
        ],
        ["transport", "italy"],
        "Chiedere i dati regione per regione.",
    ),
    (
        "Financial Times",
        "ft.com",
        "en",
        "Martin Wolf",
        "The world economy is more resilient than many feared",
        [
            "Two years ago, many forecasters expected a global recession. It did not "
            "happen. Inflation has fallen without a sharp rise in unemployment.",
            "Yet the risks have not gone away: public debt is high, trade is fragmenting "
            "and geopolitical tensions are rising.",
        ],
        ["economy"],
        "",
    ),
    (
        "Libération",
        "liberation.fr",
        "fr",
        "Amandine Cailhol",
        "Dans les entrepôts, la cadence imposée par les algorithmes",
        [
            "Scanners au poignet, objectifs affichés en temps réel : dans la logistique, "
            "le travail est de plus en plus piloté par des logiciels.",
            "Les syndicats dénoncent une intensification du travail et des troubles "
            "musculo-squelettiques en hausse.",
        ],
        ["labour", "tech"],
        "",
    ),
    (
        "Die Zeit",
        "zeit.de",
        "de",
        "Petra Pinzler",
        "Das Deutschlandticket und die Frage nach dem Preis",
        [
            "Das Deutschlandticket ist ein Erfolg: Mehr als elf Millionen Menschen nutzen "
            "es. Doch wer soll es auf Dauer bezahlen?",
            "Bund und Länder streiten seit Monaten über die Finanzierung, die Verkehrs"
            "verbünde warnen vor Angebotskürzungen.",
        ],
        ["transport", "germany"],
        "",
    ),
    (
        "BBC News",
        "bbc.co.uk",
        "en",
        "Justin Rowlatt",
        "Heat pumps: what you need to know before you switch",
        [
            "Heat pumps are central to the government's plans to cut emissions from homes, "
            "but installation numbers remain well below target.",
            "Here is what they cost, how they work and whether your home is suitable.",
        ],
        ["energy", "uk", "explainer"],
        "",
    ),
    (
        "la Repubblica",
        "repubblica.it",
        "it",
        "Luca Fraioli",
        "Siccità al Sud, gli invasi sono al minimo storico",
        [
            "In Sicilia e in Basilicata le riserve d'acqua sono scese sotto il 30 per cento "
            "della capacità. Diversi comuni hanno avviato il razionamento.",
            "Gli esperti chiedono investimenti sulle reti, che perdono in media il 40 per "
            "cento dell'acqua immessa.",
        ],
        ["climate", "italy", "water"],
        "",
    ),
    (
        "The Economist",
        "economist.com",
        "en",
        "",
        "Why container shipping rates are soaring again",
        [
            "Freight rates on the main east-west routes have more than doubled since the "
            "spring, as diversions tie up capacity.",
            "Shippers are front-loading orders ahead of expected tariffs, adding to the squeeze.",
        ],
        ["shipping", "trade", "economy"],
        "",
    ),
    (
        "Le Figaro",
        "lefigaro.fr",
        "fr",
        "Anne de Guigné",
        "Le retour de l'inflation alimentaire inquiète les distributeurs",
        [
            "Après une accalmie, les prix de certains produits alimentaires repartent à la "
            "hausse, notamment le cacao, le café et l'huile d'olive.",
            "Les négociations commerciales annuelles s'annoncent tendues.",
        ],
        ["economy", "food"],
        "",
    ),
    (
        "Süddeutsche Zeitung",
        "sueddeutsche.de",
        "de",
        "Michael Bauchmüller",
        "Wasserstoff: Die Pipeline-Pläne werden kleiner",
        [
            "Das geplante Wasserstoff-Kernnetz soll bis 2032 rund 9000 Kilometer umfassen. "
            "Doch die Nachfrage entwickelt sich langsamer als erwartet.",
            "Industrievertreter fordern mehr Planungssicherheit.",
        ],
        ["energy", "germany", "hydrogen"],
        "",
    ),
    (
        "Associated Press",
        "apnews.com",
        "en",
        "Seth Borenstein",
        "Earth just had its hottest year on record, scientists say",
        [
            "Last year was the hottest since records began, several agencies confirmed, "
            "with average temperatures about 1.5C above pre-industrial levels.",
            "Scientists said the El Niño weather pattern added to the long-term warming "
            "caused by burning fossil fuels.",
        ],
        ["climate"],
        "Key number for the explainer: 1.55C (WMO).",
    ),
    (
        "Il Sole 24 Ore",
        "ilsole24ore.com",
        "it",
        "Celestina Dominelli",
        "Bollette, cosa cambia con la fine del mercato tutelato",
        [
            "Dal primo luglio milioni di famiglie sono passate al servizio a tutele "
            "graduali. Ecco cosa succede alle tariffe.",
            "Le associazioni dei consumatori consigliano di confrontare le offerte prima "
            "di firmare un nuovo contratto.",
        ],
        ["energy", "italy", "explainer"],
        "",
    ),
    (
        "Mediapart",
        "mediapart.fr",
        "fr",
        "Jade Lindgaard",
        "Mégabassines : l'eau au cœur d'un conflit agricole",
        [
            "Les retenues de substitution opposent agriculteurs irrigants et défenseurs de "
            "l'environnement dans les Deux-Sèvres.",
            "Une étude du BRGM, contestée, estime leur impact sur les nappes.",
        ],
        ["climate", "water", "france"],
        "",
    ),
    (
        "Frankfurter Allgemeine",
        "faz.net",
        "de",
        "Johannes Pennekamp",
        "Die Industrie verliert an Boden",
        [
            "Die Produktion im verarbeitenden Gewerbe ist erneut gesunken. Besonders "
            "energieintensive Branchen kämpfen mit hohen Kosten.",
            "Ökonomen sehen strukturelle Probleme, nicht nur eine konjunkturelle Delle.",
        ],
        ["economy", "germany"],
        "",
    ),
    (
        "The New York Times",
        "nytimes.com",
        "en",
        "Brad Plumer",
        "How the grid could handle a surge in electric cars",
        [
            "Utilities have worried that millions of electric vehicles charging at once "
            "could overwhelm local transformers.",
            "New research suggests smart charging and modest upgrades can handle the load, "
            "if regulators plan ahead.",
        ],
        ["energy", "transport"],
        "",
    ),
    (
        "Internazionale",
        "internazionale.it",
        "it",
        "Annalisa Camilli",
        "Le rotte migratorie nel Mediterraneo centrale",
        [
            "Gli sbarchi in Italia sono diminuiti rispetto all'anno scorso, ma le partenze "
            "dalla Libia orientale sono aumentate.",
            "Le organizzazioni umanitarie denunciano i ritardi nell'assegnazione dei porti.",
        ],
        ["migration", "italy"],
        "",
    ),
]


def article_for(index: int, story: tuple, variant: int = 0) -> Article:
    source, host, language, author, title, paragraphs, _tags, _note = story
    slug = "-".join(title.lower().split()[:6]).replace("'", "").replace(",", "").replace(":", "")
    suffix = f"-{variant}" if variant else ""
    url = f"https://www.{host}/{2025 - index % 2}/{slug}{suffix}"
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    if index % 4 == 0:
        image = f"https://img.{host}/photo-{index}.jpg"
        body = (
            f'<figure><img src="{image}" alt="Photo: {html.escape(source)}" width="1200"'
            ' height="800"/><figcaption>Photograph from the agency</figcaption></figure>' + body
        )
    if index % 3 == 1:
        body += "<h2>What happens next</h2><p>" + html.escape(paragraphs[0]) + "</p>"
    text = "\n\n".join(paragraphs)
    return Article(
        url=url,
        canonical_url=url,
        title=title if not variant else f"{title} ({variant})",
        html=body,
        text=text,
        site_name=source,
        source=source,
        author=author,
        published_at=None,
        language=language,
        excerpt=paragraphs[0][:280],
    )


def build(path: Path, count: int = 0, seed: int = 7) -> Library:
    rng = random.Random(seed)
    library = Library(path)
    now = datetime.now(UTC).replace(microsecond=0)
    # The hand-written stories: the first two today, the next two yesterday, then spread.
    offsets = [
        timedelta(minutes=25),
        timedelta(hours=2, minutes=10),
        timedelta(days=1, hours=1),
        timedelta(days=1, hours=4),
    ]
    for i, story in enumerate(STORIES):
        ago = (
            offsets[i] if i < len(offsets) else timedelta(days=2 + i * 5, hours=rng.randint(0, 12))
        )
        clipped = now - ago
        published = (clipped - timedelta(hours=rng.randint(2, 40))).astimezone(UTC)
        article = article_for(i, story)
        article = Article(
            **{**_fields(article), "published_at": published.isoformat(timespec="minutes")}
        )
        library.add(article, tags=story[6], clipped_at=clipped, note=story[7])
    for n in range(count):
        story = STORIES[n % len(STORIES)]
        clipped = now - timedelta(days=30 + n * 0.05 + rng.random())
        library.add(article_for(n, story, variant=n + 1), tags=story[6][:2], clipped_at=clipped)
    return library


def _fields(article: Article) -> dict:
    return {name: getattr(article, name) for name in Article.__dataclass_fields__}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path)
    parser.add_argument("--count", type=int, default=0, help="extra generated clips")
    args = parser.parse_args()
    if args.path.exists():
        print(f"{args.path} exists; remove it first", file=sys.stderr)
        return 1
    start = time.perf_counter()
    build(args.path, args.count).close()
    print(f"built {args.path} in {time.perf_counter() - start:.1f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
