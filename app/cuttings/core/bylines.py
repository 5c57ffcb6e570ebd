"""The people and credits in a byline.

A byline arrives as the page wrote it: a meta author, the visible byline text,
a JSON-LD name.  :func:`parse_byline` returns the credits it names, in order:
people ("Jane Q. Reporter"), staff credits ("Our Foreign Staff") and news
agencies ("ANSA", "dpa").  Prefixes ("By", "di", "Par", "Von", "Autor:"),
roles ("Staff Writer", "inviato a Roma"), dates and words glued on after the
name, e-mail addresses and handles are dropped; a newsroom desk alone
("Redazione") credits nobody.  Names written "Surname, Given" come back in
reading order, so names joined by ", " can be split again.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_MAX_NAMES = 10


def _listed(text: str, separator: str = " ") -> frozenset[str]:
    return frozenset(word.strip() for word in text.split(separator))


_AGENCIES = {
    name.casefold(): name
    for name in _listed(
        "ANSA|AGI|Adnkronos|LaPresse|Askanews|Dire|AFP|Agence France-Presse|AP|Associated Press"
        "|The Associated Press|Reuters|dpa|Deutsche Presse-Agentur|APA|KNA|epd|AFX|SDA"
        "|Keystone-SDA|EFE|Europa Press|Lusa|ČTK|TASR|PAP|MTI|Belga|ANP|Kyodo|Xinhua|Bloomberg"
        "|PTI|IANS|ANI|UPI|CP|PA|PA Media|AAP|TASS|RIA Novosti|Interfax|Ukrinform|Notimex|Telam"
        "|Anadolu",
        "|",
    )
}
_AGENCIES["ctk"] = "ČTK"
# Words naming a newsroom, not a person: alone they credit nobody, and before an
# agency ("Redazione ANSA", "Agencia EFE", "Reuters Staff") they add nothing.
_DESK = re.compile(
    r"^(?:(?:la|the|a|par|di|by|de)\s+)*(?:(?:redazione|redaktion|redacción|redaccion|rédaction"
    r"|redaction|redação|redacao|redakce|redakcia|redakcja|redactie|editorial|newsroom|staff"
    r"|team|desk|online|web|digital|agenzia|agencia|agence|agentur|agency|agencies|admin"
    r"|administrator|webmaster|editors?|wire|services?|sport|cronaca|news)\b\s*)+$",
    re.IGNORECASE,
)
_DESK_WORD = re.compile(
    r"\b(?:redazione|redaktion|redacción|rédaction|redação|redakce|agenzia|agencia|staff)\b\s*",
    re.IGNORECASE,
)
_NEWSROOM = re.compile(
    r"\b(?:redazione|redaktion|redacción|rédaction|redação|redakce|redakcja|redactie|newsroom)\b",
    re.IGNORECASE,
)

_PREFIX = re.compile(
    r"^(?:dal(?:la)?\s+nostr[oa]\s+(?:inviat[oa]|corrispondente)(?:\s+(?:a|da|in)\s+\S+)?"
    r"|de\s+not(?:re|s)\s+(?:envoyée?s?\s+spéciale?s?|correspondante?s?)(?:\s+(?:à|au|en)\s+\S+)?"
    r"|von\s+unsere[mr]\s+(?:korrespondent(?:en|in)?|reporter(?:in)?)"
    r"|enviad[oa]\s+especial(?:\s+a\s+\S+)?"
    r"|from\s+our\s+(?:own\s+)?correspondent(?:\s+in\s+\S+)?"
    r"|(?:(?:written|posted|reported|reporting|story|text|words|analysis|opinion|commentary"
    r"|testo|texte|texto|ein\s+kommentar|eine\s+analyse|ein\s+gastbeitrag|propos\s+recueillis"
    r"|inviat[oa](?:\s+speciale)?)\s+)?(?:by|di|a\s+cura\s+(?:di|del|della|dell['\u2019])|par"
    r"|von|por|door|af|av|de|da|dalla|della)\b\s*:?"
    r"|(?:mit\s+)?material\s+(?:von|aus)\b"
    r"|(?:text|texto|testo|texte|autor|autore|autoři|autorka|autori|auteur|author|authors"
    r"|napsal[a]?|текст|автор)\b\s*:?)\s*,?\s*",
    re.IGNORECASE,
)
# Credits for other work than the text.
_OTHER_CREDIT = re.compile(
    r"^(?:editing|edited|photos?|photography|video|graphics?|illustrations?|foto|fotos"
    r"|fotografie|bild|bilder|grafik|grafika|infografica|immagini)\b",
    re.IGNORECASE,
)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_HANDLE = re.compile(r"(?<!\w)@\w+")
_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_DOMAIN = re.compile(r"\.(?:com|net|org|it|fr|de|es|cz|sk|pl|co\.uk|uk|info|news)$", re.IGNORECASE)
# "Jeff FoustMonday, November 18, 2019": a date glued to the name by the markup.
_GLUED_DATE = re.compile(
    r"(?<=[a-z])(?=(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:January|February|March|April"
    r"|May|June|July|August|September|October|November|December)\s+\d)"
)
# Where a byline runs into its date: "Par Jeanne Le Goff Publié le …", "Aleš Vávra,
# před 2 hodinami", "Matthew Digby on Monday".
_DATE_START = re.compile(
    r"[\s,]+(?=\d|(?:publi|pubblicat|aggiornat|updated|modifi|mis\s+à\s+jour|veröffentlicht"
    r"|aktualisiert|actualizad|atualizad|bijgewerkt|gepubliceerd|posted|aktualizováno"
    r"|publikováno|ore\s|il\s+y\s+a\b|hace\b|vor\s+\d|před\b"
    r"|(?-i:dnes|včera|ayer|hier|ieri|oggi|heute|gestern|today|yesterday)\b)"
    r"|(?:le|il|am|el|em|op|on|at)\s+\d|(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d)",
    re.IGNORECASE,
)
# "Madrid (EFE)", "NEW YORK (AP)", "Roma, 3 marzo 2025 (ANSA)": a dateline before the agency.
_DATELINE = re.compile(
    r"^(?:[A-ZÀ-Ý][^\W\d_]+|[A-ZÀ-Ý]+(?:[ -][A-ZÀ-Ý]+)+)\s*(?:,[^()]{0,40})?"
    r"\s*\((?P<agency>[^()]+)\)"
)
# "By Jane Doe For Dailymail.com": the outlet a writer works for is not a credit.
_FOR_OUTLET = re.compile(r"\s+for\s+.*$", re.IGNORECASE)
_SEPARATORS = re.compile(r"\s*[|·•;/\n]\s*|\s+[-\u2013\u2014]\s+")
_JOINERS = re.compile(
    r"\s*,?\s+(?:with\s+additional\s+reporting\s+by|additional\s+reporting\s+by"
    r"|con\s+la\s+collaborazione\s+di|avec|with|con|com|mit|and|und|et|e|y|a|s|en|og)\s+"
    r"|\s+&\s+",
    re.IGNORECASE,
)
_LEADING_JOINER = re.compile(
    r"^(?:with\s+additional\s+reporting\s+by|additional\s+reporting\s+by"
    r"|con\s+la\s+collaborazione\s+di|avec|with|con|com|mit|and|und|et|s)\s+",
    re.IGNORECASE,
)
# Job titles: after a name ("Sarah Hughes, Local Democracy Reporter") they go.
_ROLE = re.compile(
    r"\b(?:reporters?|correspondents?|editors?|writer|staff|contributor|columnist|journalist"
    r"|producer|redattore|redattrice|corrispondente|inviat[oa]|giornalista|journaliste"
    r"|envoyée?|correspondante?|redakteur(?:in)?|korrespondent(?:in)?|corresponsal|periodista"
    r"|redaktor(?:ka)?|zpravodaj(?:ka)?|reportér(?:ka)?|spolupracovník)\b",
    re.IGNORECASE,
)
_ROLE_MODIFIERS = _listed(
    "senior chief staff special local democracy political politics foreign economics economic"
    " business health science tech technology sports sport deputy associate managing executive"
    " contributing national international home security defence defense diplomatic legal"
    " investigative data digital news community education environment climate"
    " culture arts"
)
# "Our Foreign Staff", "A Staff Reporter", "Telegraph Reporters": a credit as a whole.
_STAFF_CREDIT = re.compile(
    r"^(?:our|a)\s+(?:[A-Za-z]+\s+){0,3}(?:staff|reporters?|correspondents?|editors?)$"
    r"|^[A-Z][\w-]+\s+(?:reporters|staff)$",
    re.IGNORECASE,
)
_CREDENTIAL = re.compile(r"^(?:[A-Z][A-Za-z]?\.?){1,3}$|^Ph\.?D\.?$|^(?:RDN|MPH|MBA|CFA|CPA)$")
_PARTICLES = _listed(
    "de di da del della dei degli van von der den du le la les des dos das do i ten ter op bin"
    " al el zu y"
)
_APOSTROPHE_PARTICLE = re.compile(r"^(?:d|dell|dall|l|degl)['\u2019]\w", re.IGNORECASE)
_INITIALS = re.compile(r"^(?:[A-ZÀ-Ý]\.\s*){1,3}$|^[A-ZÀ-Ý]$")
_NOT_NAMES = frozenset({"admin", "administrator", "editor", "webmaster", "user", "guest", "by"})
_SPACES = re.compile(r"\s+")


def parse_byline(raw: str) -> list[str]:
    """The credits one byline names, in order, without repeats."""
    text = _SPACES.sub(" ", raw).strip()
    text = _HANDLE.sub(" ", _EMAIL.sub(" ", _URL.sub(" ", text)))
    text = _GLUED_DATE.split(text, maxsplit=1)[0]
    dateline = _DATELINE.match(text)
    if dateline and dateline["agency"].casefold() in _AGENCIES:
        text = text[dateline.start("agency") - 1 :]  # "Roma, 3 marzo (ANSA)": the place goes
    # "Martin Untersinger (avec Damien Leloup)", "Mario Rossi (ANSA)": the parenthesis
    # holds more credits (or a role, dropped below).
    text = re.sub(r"\s*[()\[\]]\s*", " | ", text)
    all_caps = _is_all_caps(text)
    names: list[str] = []
    in_capitals = False
    for segment in _SEPARATORS.split(text):
        segment = _strip(segment)
        if not segment or _OTHER_CREDIT.match(segment):
            continue
        segment = _strip(_PREFIX.sub("", segment, count=1))
        segment = _DATE_START.split(segment, maxsplit=1)[0]
        for part in _comma_parts(segment):
            for piece in _JOINERS.split(part) if not _keeps_ampersand(part) else [part]:
                name = _credit(piece, after_person=bool(names))
                # "By TOM KRISHER, AP Auto Writer": names in capitals, but "USA TODAY"
                # after "Kevin McCoy" is the paper's own spelling.
                if _is_capitals(name) and (all_caps or not names or in_capitals):
                    name, in_capitals = _title(name), True
                if name:
                    names.append(name)
    return _distinct_names(names)


def parse_bylines(values: Iterable[str]) -> list[str]:
    """The credits of several bylines (a page's author list), without repeats."""
    return _distinct_names([name for value in values for name in parse_byline(value)])


def _distinct_names(names: list[str]) -> list[str]:
    """Names without repeats, nor run-ons of another ("Anna MeninShare",
    "Roger Gonzalez CBS Sports"), at most ten."""
    keys = [_key(name) for name in names]
    result: list[str] = []
    seen: set[str] = set()
    for name, key in zip(names, keys, strict=True):
        if not key or key in seen:
            continue
        if any(
            other != key and key.startswith(other) and " " in names[i]
            for i, other in enumerate(keys)
        ):
            continue
        seen.add(key)
        result.append(name)
    return result[:_MAX_NAMES]


def _comma_parts(segment: str) -> list[str]:
    """``segment`` split at commas, with "Surname, Given" pairs put back in reading order."""
    parts = [p.strip() for p in segment.split(",")]
    result: list[str] = []
    index = 0
    while index < len(parts):
        part = parts[index]
        given = parts[index + 1] if index + 1 < len(parts) else ""
        if _is_surname(part) and _is_given(given, alone=len(parts) == 2):
            result.append(f"{given} {part}")
            index += 2
            continue
        result.append(part)
        index += 1
    return result


def _is_surname(part: str) -> bool:
    return (
        bool(re.fullmatch(r"[A-ZÀ-Ýa-z'\u2019-]*[A-ZÀ-Ý][\w'\u2019-]+", part))
        and part.casefold() not in _AGENCIES
        and not _DESK.match(part)
        and not _ROLE.search(part)
    )


def _is_given(part: str, *, alone: bool) -> bool:
    """Given names after "Surname, ": initials, or names ending in a particle
    ("Michiel de"); a plain given name only when the byline is just the pair."""
    if _INITIALS.match(part):
        return True
    words = part.split()
    if not 1 <= len(words) <= 3 or not words[0][:1].isupper() or _ROLE.search(part):
        return False
    if part.casefold() in _AGENCIES or _DESK.match(part):
        return False
    if words[-1] in _PARTICLES and len(words) >= 2:
        return True
    return alone and len(words) == 1 and words[0].isalpha() and not words[0].isupper()


def _keeps_ampersand(part: str) -> bool:
    """ "Mac & i", "Simon & Schuster": an ampersand between single words is one name."""
    if " & " not in part or _JOINERS.sub("", part.replace(" & ", " ")) != part.replace(" & ", " "):
        return False
    left, _, right = part.partition(" & ")
    return len(left.split()) < 2 and len(right.split()) < 2


def _credit(piece: str, *, after_person: bool) -> str:
    """The credit ``piece`` names, or "" when it names none."""
    piece = _strip(_LEADING_JOINER.sub("", _strip(piece)))
    piece = _strip(_PREFIX.sub("", piece, count=1))
    if not piece or _OTHER_CREDIT.match(piece) or _DESK.match(piece):
        return ""
    agency = _AGENCIES.get(_DESK_WORD.sub("", piece).strip().casefold())
    if agency:
        return agency
    if _NEWSROOM.search(piece):
        return ""  # "Ouest Rédaction", "Redazione Milano": an outlet's desk
    if _STAFF_CREDIT.match(piece):
        return piece[0].upper() + piece[1:]
    role = _ROLE.search(piece)
    if role and not re.search(r"\b[A-Z]\.\s*$", piece[: role.start()]):  # not "Jane Q. Reporter"
        if after_person or role.start() == 0:
            return ""  # "Mario Rossi, inviato a Roma": the title of the name before
        words = piece[: role.start()].split()
        while words and words[-1].casefold() in _ROLE_MODIFIERS:
            words.pop()
        if len(words) < 2:
            return ""  # "Metro Reporter": a desk's title, no person
        piece = " ".join(words)
    piece = _until_lowercase_word(_FOR_OUTLET.sub("", piece))
    if not piece or piece.casefold() in _NOT_NAMES or _DOMAIN.search(piece):
        return ""
    if len(piece) > 60 or len(piece.split()) > 6 or any(ch.isdigit() for ch in piece):
        return ""
    if after_person and (_CREDENTIAL.match(piece) or piece.islower()):
        return ""  # "Ilana Muhlstein, MS, RDN"; "Eva Dvořáková, včera"
    if after_person and " " not in piece and "-" not in piece and "." not in piece:
        return ""  # "Max Mustermann, Berlin": the dateline's place
    words = piece.split()
    half = len(words) // 2
    if len(words) % 2 == 0 and half and words[:half] == words[half:]:
        piece = " ".join(words[:half])  # "Jane Doe Jane Doe"
    return piece


def _until_lowercase_word(piece: str) -> str:
    """``piece`` up to the first lowercase word that is not a name particle:
    "Jane Doe in Washington" → "Jane Doe".  A lone handle ("kevin-r") stays."""
    words = piece.split()
    if len(words) == 1:
        return piece
    kept: list[str] = []
    for index, word in enumerate(words):
        lower = word[:1].islower()
        if lower and index > 0 and word not in _PARTICLES and not _APOSTROPHE_PARTICLE.match(word):
            break
        kept.append(word)
    return _strip(" ".join(kept))


def _is_capitals(name: str) -> bool:
    """Whether ``name`` is a person's name written in capitals ("JANE DOE")."""
    return name.isupper() and len(name.split()) >= 2 and name.casefold() not in _AGENCIES


def _is_all_caps(text: str) -> bool:
    """Whether the byline's names are written in capitals ("By JANE DOE and JOHN ROE")."""
    words = [w for w in re.findall(r"[^\W\d_]+", text) if w.casefold() not in _JOIN_WORDS]
    return bool(words) and all(w.isupper() for w in words)


_JOIN_WORDS = _listed("by di par von por and e et und y a with avec con mit s")


def _title(name: str) -> str:
    titled = name.title().replace("'S ", "'s ").replace("\u2019S ", "\u2019s ")
    return " ".join(
        w.lower() if w.lower() in ("van", "von", "der", "den") else w for w in titled.split()
    )


def _strip(text: str) -> str:
    text = text.strip(" ,:;|·•-\u2013\u2014\"'“”«»")
    # A trailing full stop ends a sentence, not an initial ("Sputnik International.").
    if text.endswith(".") and len(text.rsplit(" ", 1)[-1]) > 3:
        text = text[:-1]
    return text


def _key(name: str) -> str:
    return re.sub(r"[\W_]+", "", name.casefold())
