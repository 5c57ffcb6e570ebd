"""The page's language: its declared locale, else a guess from its text."""

from __future__ import annotations

import re

from cuttings.core.metadata.page import Page, clean, json_text

_LANGUAGE_CODE = re.compile(r"^([a-zA-Z]{2,3})(?:[-_]([a-zA-Z0-9]{2,8}))?")


def read_locale(page: Page) -> str:
    """The page's declared locale (``"it-IT"``, ``"en"``…), or ``""``."""
    declared: list[str] = []
    if page.root is not None:
        declared.append(page.root.get("lang") or page.root.get("xml:lang") or "")
    declared.append(page.first_meta("og:locale"))
    declared.append(
        page.first_meta("content-language", "language", "dc.language", "dcterms.language")
    )
    declared.append(json_text(page.article.get("inLanguage")))
    primary = ""
    for value in declared:
        match = _LANGUAGE_CODE.match(value.strip().split(",")[0])
        if not match or match[1].lower() in {"und", "mul", "zxx"}:
            continue
        if not primary:
            primary = match[1].lower()
            if match[2]:
                return f"{primary}-{match[2].upper()}"
        elif match[1].lower() == primary and match[2]:
            return f"{primary}-{match[2].upper()}"
    return primary


def primary_language(locale: str) -> str:
    return locale.split("-", 1)[0]


def detect_language(text: str) -> str:
    sample = clean(text)[:3000]
    if len(sample) < 40:
        return ""
    # Imported late: loading the model costs a second and most pages say their language.
    import py3langid

    language, _score = py3langid.classify(sample)
    return str(language)
