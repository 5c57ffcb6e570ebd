"""A clipping's metadata: headline, site, original source, byline, date, language.

Everything is read from one lxml parse of the fetched page (:mod:`.page`):
JSON-LD first (publishers fill it for search engines), then OpenGraph and other
metas, then what a reader sees near the headline (:mod:`.content`).  Aggregator
pages that republish another paper's story are common in press reviews, so the
original publisher they credit (:mod:`.source`) is kept apart from the site that
was fetched (:mod:`.site`, :mod:`.logo`), and the language is the text's, not
the page's (:mod:`.language`).  Each field has its module; :mod:`.extract`
assembles them, and dates are parsed by :mod:`.dates`.
"""

from cuttings.core.metadata.dates import FoundDate, find_dates, parse_published_date
from cuttings.core.metadata.extract import Metadata, extract_metadata
from cuttings.core.metadata.site import strip_site_name

__all__ = [
    "FoundDate",
    "Metadata",
    "extract_metadata",
    "find_dates",
    "parse_published_date",
    "strip_site_name",
]
