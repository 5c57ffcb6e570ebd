"""The language of a clipping's text: what the page declares, when the text agrees.

Pages declare their language in four places (``<html lang>``, og:locale,
content-language, JSON-LD ``inLanguage``) and usually say the site's language,
not the article's: an aggregator in Italian that quotes a Guardian story in
full is ``lang="it"``.  So the text is read too; a declaration is kept when the
text could be in it (with its region, "en-GB"), the text's language wins when
it plainly is another.  Short texts (a title, a two-line brief) are too short to
tell, so there the declaration stands.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from cuttings.core.metadata.page import Page, clean, json_text

_LANGUAGE_CODE = re.compile(r"^([a-zA-Z]{2,3})(?:[-_]([a-zA-Z0-9]{2,8}))?")
_NOT_A_LANGUAGE = frozenset({"und", "mul", "zxx"})
# Codes pages write for a language the detector names otherwise (old ISO 639
# codes, Norwegian Bokmål): compared as the detector's, kept as the page wrote them.
_DETECTOR_CODE = {"iw": "he", "in": "id", "ji": "yi", "jw": "jv", "nb": "no"}
# Unspaced scripts: a character is about half a word (editors count them one by one).
_UNSPACED = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_WORD = re.compile(r"[^\W\d_]+")
# Under this many words a detector guesses; the declaration is more likely right.
_MIN_WORDS = 20
# A declared language keeps the text unless the detector gives it less than
# this: close relatives (Italian and Venetian, Spanish and Asturian, Dutch and
# Afrikaans) share most of their words and the detector leans to either.
_DECLARED_FLOOR = 0.02
_SAMPLE = 3000


def read_language(page: Page, text: str) -> str:
    """The language of the clipping's ``text`` (the page's story when empty), as a tag.

    ``"en-GB"`` when declared so and the text is English, ``"en"`` when the
    page says ``it`` but the text is plainly English, ``""`` when nothing is
    declared and the text is too short to tell.
    """
    declared = _declared(page)
    sample = clean(text or page.content[page.region[0] : page.region[1]])[:_SAMPLE]
    if _word_count(sample) < _MIN_WORDS:
        if declared:
            return _tag(declared[0][0], declared)
        return _detected(sample) if len(sample) >= 40 else ""
    ranking = _rank(sample)
    best = ranking[0][0] if ranking else ""
    for primary, _region in declared:
        if _DETECTOR_CODE.get(primary, primary) == best:
            return _tag(primary, declared)
    scores = dict(ranking)
    for primary, _region in declared:
        if scores.get(_DETECTOR_CODE.get(primary, primary), 0.0) >= _DECLARED_FLOOR:
            return _tag(primary, declared)
    return best


def _declared(page: Page) -> list[tuple[str, str]]:
    """The declared (language, region) pairs, the article's own first.

    JSON-LD ``inLanguage`` describes the article; ``<html lang>`` and
    og:locale are usually set once for the whole site.
    """
    values = [json_text(page.article.get("inLanguage"))]
    if page.root is not None:
        values.append(page.root.get("lang") or page.root.get("xml:lang") or "")
    values.append(page.first_meta("og:locale"))
    values.append(
        page.first_meta("content-language", "language", "dc.language", "dcterms.language")
    )
    result: list[tuple[str, str]] = []
    for value in values:
        match = _LANGUAGE_CODE.match(value.strip().split(",")[0])
        if not match or match[1].lower() in _NOT_A_LANGUAGE:
            continue
        result.append((match[1].lower(), _region(match[2] or "")))
    return result


def _region(subtag: str) -> str:
    """BCP 47 casing: regions upper ("GB"), scripts title ("Hant"), numbers as they are."""
    if len(subtag) == 2:
        return subtag.upper()
    if len(subtag) == 4 and subtag.isalpha():
        return subtag.title()
    return subtag if subtag.isdigit() and len(subtag) == 3 else ""


def _tag(primary: str, declared: list[tuple[str, str]]) -> str:
    """``primary`` with the first region declared for it ("en" + og:locale en_GB → "en-GB")."""
    region = next((r for p, r in declared if p == primary and r), "")
    return f"{primary}-{region}" if region else primary


def primary_language(locale: str) -> str:
    return locale.split("-", 1)[0]


def _word_count(text: str) -> int:
    unspaced = len(_UNSPACED.findall(text))
    return len(_WORD.findall(_UNSPACED.sub(" ", text))) + unspaced // 2


def _detected(sample: str) -> str:
    ranking = _rank(sample)
    return ranking[0][0] if ranking else ""


def _rank(sample: str) -> list[tuple[str, float]]:
    """Languages by probability, best first (only those above one in a thousand)."""
    ranking = _identifier().rank(sample)
    result = []
    for language, probability in ranking:
        if probability < 0.001:
            break
        result.append((str(language), float(probability)))
    return result


@functools.cache
def _identifier() -> Any:
    # Loaded on first use: it costs a second and most short pages never need it.
    # Its own instance, with probabilities that sum to one, so that the
    # module-level one py3langid keeps for others is left as it is.
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
