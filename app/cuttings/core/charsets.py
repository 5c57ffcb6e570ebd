"""Which charset a page's bytes are in.

Pages lie about their charset: a Latin-1 page declares UTF-8, a server adds
``charset=ISO-8859-1`` to a windows-1251 page, a page declares nothing at all.
:func:`decode_html` trusts a byte-order mark and valid UTF-8 outright.  Other
bytes are read in each plausible legacy charset (the declared ones, those the
page's language or domain suggests, and the usual ones of each script) and the
reading that looks most like real text wins: no control characters, no odd
symbols inside words, accented letters that one language uses together, the
common letters of its script.  A declaration and the page's language tip a
close call; among Latin readings windows-1252 goes first, as browsers do.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from urllib.parse import urlsplit

import charset_normalizer

_SAMPLE = 8_000  # characters scored per reading: enough to judge, quick to score
_GOOD_ENOUGH = 0.05  # a reading this clean needs no second opinion from charset_normalizer
_HEAD = 8192
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
_HTML_LANG = re.compile(rb"""<html[^>]*?\slang\s*=\s*["']?\s*([a-zA-Z]{2,3}(?:[-_][\w]{2,8})?)""")
_META_LANG = re.compile(
    rb"""<meta[^>]+http-equiv\s*=\s*["']?content-language["']?[^>]*content\s*=\s*["']?"""
    rb"""\s*([a-zA-Z]{2,3}(?:[-_]\w{2,8})?)""",
    re.IGNORECASE,
)


def _each(codes: str, charsets: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    return {code: charsets for code in codes.split()}


_WESTERN = ("cp1252", "iso8859-15")
_CENTRAL = ("cp1250", "iso8859-2")
_CYRILLIC = ("cp1251", "koi8-r", "koi8-u")
_JAPANESE = ("shift_jis", "euc_jp", "cp932")
# The charsets of each language (ISO 639-1), and of country domains.
_BY_LANGUAGE: dict[str, tuple[str, ...]] = {
    **_each("fr it de es pt ca nl en da sv no nb nn fi is ga eu gl oc af sq lb rm", _WESTERN),
    **_each("cs sk pl hu sl hr bs ro", _CENTRAL),
    **_each("ru uk be bg sr mk kk", _CYRILLIC),
    "ja": _JAPANESE,
    "zh": ("gb18030", "big5"),
    "zh-tw": ("big5",),
    "zh-hk": ("big5",),
    "zh-hant": ("big5",),
    "ko": ("euc_kr",),
    "el": ("cp1253", "iso8859-7"),
    "tr": ("cp1254",),
    "he": ("cp1255",),
    "ar": ("cp1256",),
    "lt": ("cp1257",),
    "lv": ("cp1257",),
    "et": ("cp1257",),
    "th": ("cp874",),
    "vi": ("cp1258",),
}
_BY_DOMAIN: dict[str, tuple[str, ...]] = {
    **_each("fr it de es pt at ch be nl lu ie uk dk se no fi is mc ad sm va li", _WESTERN),
    **_each("cz sk pl hu si hr ba ro", _CENTRAL),
    **_each("ru ua by bg rs mk kz su", _CYRILLIC),
    "jp": _JAPANESE,
    "cn": ("gb18030",),
    "tw": ("big5",),
    "hk": ("big5",),
    "kr": ("euc_kr",),
    "gr": ("cp1253", "iso8859-7"),
    "tr": ("cp1254",),
    "il": ("cp1255",),
    "th": ("cp874",),
    "vn": ("cp1258",),
}
# Tried on every page whose bytes are not UTF-8, in this order of preference.
_USUAL = (*_WESTERN, *_CENTRAL, *_CYRILLIC, "shift_jis", "euc_jp", "gb18030", "big5", "euc_kr")
_DECLARED_BONUS = 0.05
_HINTED_BONUS = 0.03

# Accented letters each language writes: a reading whose accented letters no
# one language shares ("Café crčme brűlée") is a misreading.
_ALPHABETS = tuple(
    frozenset(letters)
    for letters in (
        "àâæçéèêëîïôœùûüÿ",  # French
        "àèéìíîòóùú",  # Italian
        "äöüßéàè",  # German (with French loans)
        "áéíñóúüàç",  # Spanish, Catalan
        "àáâãçéêíóôõú",  # Portuguese
        "éëïöüèáó",  # Dutch
        "æøåéäöüóáíúýþð",  # Nordic
        "áčďéěíňóřšťúůýž",  # Czech
        "áäčďéíĺľňóôŕšťúýž",  # Slovak
        "ąćęłńóśźż",  # Polish
        "áéíóöőúüű",  # Hungarian
        "čćđšž",  # Slovene, Croatian
        "ăâîșțşţ",  # Romanian
        "çğıöşüâî",  # Turkish
        "ąčęėįšųūžāēģīķļņõäöü",  # Baltic
    )
)
# The most frequent Cyrillic letters of Russian and Ukrainian: four in five
# letters of real text, under half of a scrambled one (KOI8-R read as 1251).
_CYRILLIC_COMMON = frozenset("оеаинтсрвлкмдпуі")
# Symbols that real text uses; other symbols inside a reading are suspect.
_COMMON_SYMBOLS = frozenset(
    "\u00a0«»\u201c\u201d\u2018\u2019\u201e\u201a\u2013\u2014…•\u00b7€£¥°¿¡©®™§"
    "\u00d7²³ºª\u00ad½\u2032\u2033\u2039\u203a†№\u3000、。〃々〆〇〈〉《》「」『』【】〒〓\u3014"
    "\u3015〜・ー"
)


@dataclass(frozen=True, slots=True)
class _Reading:
    codec: str
    text: str
    cost: float


def decode_html(
    body: bytes, content_type: str = "", *, url: str = "", content_language: str = ""
) -> tuple[str, str]:
    """Decode an HTML body; return the text and the codec used.

    ``content_type`` and ``content_language`` are the HTTP headers; ``url``
    gives the domain, a hint when the page names no language.
    """
    for bom, codec in (
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if body.startswith(bom):
            return body[len(bom) :].decode(codec, errors="replace"), codec
    head = body[:_HEAD]
    meta = _META_CHARSET.search(head)
    declared = [
        name
        for name in (
            _header_charset(content_type),
            codec_name(meta.group(1).decode("ascii", "replace")) if meta else None,
        )
        if name and name not in ("utf-8", "utf-16", "utf-16-le", "utf-16-be")
    ]
    if body.isascii():
        return body.decode("ascii"), declared[0] if declared else "utf-8"
    utf8 = _try_decode(body, "utf-8")
    if utf8 is not None:
        # Legacy bytes are all but never valid UTF-8: whatever the page declares.
        return utf8, "utf-8"
    best = _best_reading(body, declared, _hinted(head, url, content_language))
    if best is None:
        return body.decode("cp1252", errors="replace"), "cp1252"
    return best.text, best.codec


def codec_name(label: str) -> str | None:
    """Python's codec for a charset label, read as browsers read it."""
    try:
        name = codecs.lookup(label.strip().strip("\"'")).name
    except (LookupError, ValueError):
        return None
    # Browsers read Latin-1 labels as windows-1252, GB2312 and GBK as GB18030
    # (WHATWG Encoding).
    if name in ("latin-1", "iso8859-1", "ascii"):
        return "cp1252"
    if name in ("gb2312", "gbk"):
        return "gb18030"
    return name


def _header_charset(content_type: str) -> str | None:
    match = re.search(r"charset\s*=\s*([^;\s]+)", content_type, re.IGNORECASE)
    return codec_name(match.group(1)) if match else None


def _hinted(head: bytes, url: str, content_language: str) -> list[str]:
    """The charsets that the page's declared language, or else its domain, suggests."""
    languages = [content_language.split(",")[0].strip()]
    for pattern in (_HTML_LANG, _META_LANG):
        match = pattern.search(head)
        if match:
            languages.append(match.group(1).decode("ascii"))
    result: list[str] = []
    for language in languages:
        code = language.lower().replace("_", "-")
        result += _BY_LANGUAGE.get(code, _BY_LANGUAGE.get(code.split("-")[0], ()))
    if not result:
        host = urlsplit(url).hostname or ""
        result += _BY_DOMAIN.get(host.rsplit(".", 1)[-1], ())
    return list(dict.fromkeys(result))


def _best_reading(body: bytes, declared: list[str], hinted: list[str]) -> _Reading | None:
    """The likeliest reading of ``body`` among the charsets it decodes in."""
    readings: dict[str, _Reading] = {}

    def read(names: list[str]) -> _Reading | None:
        for name in names:
            if name in readings:
                continue
            text = _try_decode(body, name)
            if text is not None:
                readings[name] = _Reading(name, text, _cost(_sample(text)))
        ranked = [
            (_rank(r, declared, hinted), order, r) for order, r in enumerate(readings.values())
        ]
        return min(ranked)[2] if ranked else None

    # Later groups lack the bonuses of earlier ones: once a reading ranks below the
    # best that a later group could reach, that group need not be read at all.
    best = None
    for group, floor in ((declared, -_HINTED_BONUS), (hinted, 0.0), (_USUAL, 0.0)):
        best = read(list(group))
        if best is not None and _rank(best, declared, hinted) <= floor:
            return best
    if best is None or best.cost > _GOOD_ENOUGH:
        # Greek, Hebrew, Arabic, Thai…: charsets not worth trying on every page.
        guess = charset_normalizer.from_bytes(body[: _SAMPLE * 4]).best()
        if guess is not None and guess.encoding:
            best = read([codec_name(guess.encoding) or "cp1252"])
    return best


def _rank(reading: _Reading, declared: list[str], hinted: list[str]) -> float:
    rank = reading.cost
    rank -= _DECLARED_BONUS if reading.codec in declared else 0.0
    rank -= _HINTED_BONUS if reading.codec in hinted else 0.0
    return rank


def _sample(text: str) -> str:
    """The parts of ``text`` worth scoring: its non-ASCII characters with a few
    characters around them (a page's one word of Russian may sit in its footer)."""
    parts: list[str] = []
    size = end = 0
    for run in _NON_ASCII_RUN.finditer(text):
        start = max(run.start() - _CONTEXT, end)
        if start > end:
            parts.append(" ")
        end = run.end() + _CONTEXT
        parts.append(text[start:end])
        size += end - start
        if size > _SAMPLE:
            break
    return "".join(parts)[:_SAMPLE]


def _try_decode(body: bytes, codec: str) -> str | None:
    try:
        return body.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _cost(text: str) -> float:
    """How unlike real text a reading is: suspect characters per non-ASCII character."""
    counts = Counter(_NON_ASCII.findall(text))
    total = sum(counts.values())
    if not total:
        return 0.0
    bad = 0.0
    latin: Counter[str] = Counter()
    cyrillic: Counter[str] = Counter()
    kana = 0
    for ch, count in counts.items():
        category = unicodedata.category(ch)
        if category[0] == "L":
            name = unicodedata.name(ch, "")
            if name.startswith("LATIN"):
                latin[ch.lower()] += count
            elif name.startswith("CYRILLIC"):
                cyrillic[ch.lower()] += count
            elif name.startswith(("HIRAGANA", "KATAKANA")) and "HALFWIDTH" not in name:
                kana += count
            elif "HALFWIDTH" in name:
                bad += 2 * count  # Chinese read as Shift_JIS
        elif category in ("Cc", "Co", "Cn", "Cs") or ch == "\ufffd":
            bad += 3 * count
        elif (category[0] in "SP" or category == "No") and not (
            ch in _COMMON_SYMBOLS or _is_cjk_punctuation(ch)
        ):
            bad += count
    bad += _symbols_inside_words(text)
    bad += _word_shapes(text)
    bad += _latin_misfits(latin)
    bad += _cyrillic_misfits(cyrillic)
    bad += _han_misfits(counts, kana)
    return bad / total


def _symbols_inside_words(text: str) -> float:
    """Symbols between two letters: "przyj¹³", "bud¿etowej" (Polish read as windows-1252)."""
    bad = 0.0
    for symbol in _SYMBOL.finditer(text):
        at = symbol.start()
        if 0 < at < len(text) - 1 and text[at - 1].isalpha() and text[at + 1].isalpha():
            bad += 2
    return bad


def _is_cjk_punctuation(ch: str) -> bool:
    return "\u3000" <= ch <= "\u303f" or "\uff01" <= ch <= "\uff5e"


# Symbols, and the number signs that re counts as word characters ("³").
_SYMBOL = re.compile(
    r"[^\w\s'\u2019\u00ad\u00b7\u30fb\u3000-\u303f\x00-\x7f]|[\u00b2\u00b3\u00b9\u00bc-\u00be]"
)
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]+")
_CONTEXT = 30
_WORD = re.compile(r"[^\W\d_]*[^\x00-\x7f\W\d_][^\W\d_]*")
# Letters of two scripts side by side in a word: Latin and Cyrillic, Greek, Hebrew, Arabic.
_MIXED_SCRIPTS = re.compile(
    r"[A-Za-z\u00c0-\u024f][\u0370-\u06ff]|[\u0370-\u06ff][A-Za-z\u00c0-\u024f]"
    r"|[\u0370-\u03ff][\u0400-\u06ff]|[\u0400-\u052f][\u0370-\u03ff\u0590-\u06ff]"
)


def _word_shapes(text: str) -> float:
    """Words mixing scripts, or with a capital after a small letter ("пРАВИТЕЛЬСТВО")."""
    bad = 2.0 * len(_MIXED_SCRIPTS.findall(text))
    for word in _WORD.findall(text):
        tail = word[1:]
        if tail != tail.lower() and word != word.upper():
            bad += 1
    return bad


def _latin_misfits(letters: Counter[str]) -> float:
    """Accented letters that the language using most of them does not write."""
    total = sum(letters.values())
    if not total:
        return 0.0
    covered = max(sum(n for ch, n in letters.items() if ch in abc) for abc in _ALPHABETS)
    return float(total - covered)


def _cyrillic_misfits(letters: Counter[str]) -> float:
    """Letters beyond what a scrambled reading's share of common letters allows."""
    total = sum(letters.values())
    if not total:
        return 0.0
    common = sum(n for ch, n in letters.items() if ch in _CYRILLIC_COMMON) / total
    return max(0.0, 0.7 - common) * total * 2


def _han_misfits(counts: Counter[str], kana: int) -> float:
    """Han characters that the language of the reading rarely writes.

    A misread page still decodes to valid Han characters, but to rare ones: the
    first level of each national standard (JIS X 0208, GB 2312, Big5) holds
    the few thousand that most text uses.
    """
    han = {ch: n for ch, n in counts.items() if "\u4e00" <= ch <= "\u9fff"}
    total = sum(han.values())
    if not total:
        return 0.0
    japanese = kana > 0.1 * (total + kana)
    rare = 0
    for ch, count in han.items():
        if japanese:
            common = _in_level_one(ch, "euc_jp", 0xB0, 0xD0)
        else:
            common = _in_level_one(ch, "gb2312", 0xB0, 0xD8) or _in_level_one(
                ch, "big5", 0xA4, 0xC7
            )
        rare += 0 if common else count
    return float(rare + (0 if japanese else kana))


def _in_level_one(ch: str, codec: str, first: int, end: int) -> bool:
    try:
        lead = ch.encode(codec)[0]
    except UnicodeEncodeError:
        return False
    return first <= lead < end
