"""Comparing two versions of an article: sentences aligned first, then words.

As in NewsEdits (Spangher et al., NAACL 2022), the body is aligned sentence
by sentence first: a sentence kept as it was is one unchanged unit however
the text around it moved, so the word-level diff runs only inside the
stretches where sentences were deleted and inserted together (an edited
sentence), where it names the words that changed.  Both levels use
diff-match-patch (Google's Myers diff with semantic cleanup) on units mapped
to single characters, as its ``diff_linesToChars`` does for lines: fast, and
never a hand-written diff.  Paragraphs are compared as units for the summary
("2 paragraphs added, 1 removed").
"""

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from diff_match_patch import diff_match_patch

from cuttings.core.versions.content import normalized_text

Op = Literal["equal", "insert", "delete"]
_OPS: dict[int, Op] = {0: "equal", 1: "insert", -1: "delete"}
# A sentence ends after . ! ? … (and a closing quote or bracket) before a space,
# or at a CJK full stop; a paragraph break is a unit of its own.
_SENTENCE = re.compile(
    r"[^\n]*?(?:[.!?\u2026]+[\"'\u201d\u2019\u00bb)\]]*(?=\s)|[\u3002\uff01\uff1f]+|$)\s*|\n+",
    re.DOTALL,
)
_WORD = re.compile(r"\w+|\s+|[^\w\s]", re.UNICODE)
PARAGRAPH_BREAK = "\n\n"


@dataclass(frozen=True, slots=True)
class DiffOp:
    op: Op
    text: str

    def to_json(self) -> list[str]:
        return [self.op, self.text]


@dataclass(frozen=True, slots=True)
class FieldDiff:
    """One detail (headline, byline, date) in both versions; ``ops`` word by word."""

    name: str
    old: str
    new: str
    ops: tuple[DiffOp, ...]

    @property
    def changed(self) -> bool:
        return normalized_text(self.old) != normalized_text(self.new)


@dataclass(frozen=True, slots=True)
class VersionDiff:
    """Two versions compared: details, body operations and paragraph counts."""

    fields: tuple[FieldDiff, ...]
    body: tuple[DiffOp, ...]
    paragraphs_added: int
    paragraphs_removed: int
    paragraphs_changed: int

    @property
    def changed(self) -> bool:
        return bool(self.summary_parts())

    def summary_parts(self) -> list[str]:
        parts = [f"{_FIELD_NAMES.get(f.name, f.name)} changed" for f in self.fields if f.changed]
        counts = (
            (self.paragraphs_added, "added"),
            (self.paragraphs_removed, "removed"),
            (self.paragraphs_changed, "changed"),
        )
        noun_said = False
        for count, verb in counts:
            if count:
                noun = "" if noun_said else (" paragraph" if count == 1 else " paragraphs")
                parts.append(f"{count}{noun} {verb}")
                noun_said = True
        return parts

    def summary(self) -> str:
        """One line: "headline changed, 2 paragraphs added, 1 removed"."""
        parts = self.summary_parts()
        return ", ".join(parts) if parts else "no change"

    def to_json(self) -> dict[str, object]:
        return {
            "summary": self.summary(),
            "fields": [
                {"name": f.name, "old": f.old, "new": f.new, "ops": [op.to_json() for op in f.ops]}
                for f in self.fields
            ],
            "body": [op.to_json() for op in self.body],
            "paragraphs": {
                "added": self.paragraphs_added,
                "removed": self.paragraphs_removed,
                "changed": self.paragraphs_changed,
            },
        }


_FIELD_NAMES = {"title": "headline", "author": "byline", "published_at": "date"}


@dataclass(frozen=True, slots=True)
class Side:
    """What a diff compares of one version."""

    title: str
    author: str
    published_at: str
    text: str


def diff_versions(old: Side, new: Side) -> VersionDiff:
    """``old`` and ``new`` compared: details word by word, body by sentence then word."""
    fields = tuple(
        FieldDiff(
            name,
            getattr(old, name),
            getattr(new, name),
            diff_words(getattr(old, name), getattr(new, name)),
        )
        for name in ("title", "author", "published_at")
    )
    added, removed, changed = paragraph_counts(old.text, new.text)
    return VersionDiff(fields, diff_text(old.text, new.text), added, removed, changed)


def _engine() -> diff_match_patch:
    engine = diff_match_patch()
    engine.Diff_Timeout = 2.0  # a bound, not a target: past it the diff is coarser, still right
    return engine


def _as_chars(units_a: Sequence[str], units_b: Sequence[str]) -> tuple[str, str, list[str]]:
    """Each distinct unit as one character (diff-match-patch's linesToChars trick)."""
    table: dict[str, str] = {}
    units: list[str] = []

    def encode(seq: Sequence[str]) -> str:
        out = []
        for unit in seq:
            char = table.get(unit)
            if char is None:
                # Skip the surrogate range: those are not characters Python can diff safely.
                code = len(units) + (0x800 if len(units) >= 0xD800 else 0)
                char = table[unit] = chr(code)
                units.append(unit)
            out.append(char)
        return "".join(out)

    return encode(units_a), encode(units_b), units


def _unit_diff(
    units_a: Sequence[str], units_b: Sequence[str], *, semantic: bool
) -> list[tuple[int, list[str]]]:
    chars_a, chars_b, units = _as_chars(units_a, units_b)
    engine = _engine()
    diffs = engine.diff_main(chars_a, chars_b, False)
    if semantic:
        engine.diff_cleanupSemantic(diffs)
    table = {chr(i + (0x800 if i >= 0xD800 else 0)): unit for i, unit in enumerate(units)}
    return [(op, [table[c] for c in chars]) for op, chars in diffs]


def diff_words(old: str, new: str) -> tuple[DiffOp, ...]:
    """``old`` → ``new`` word by word (spaces and punctuation are units too)."""
    if old == new:
        return (DiffOp("equal", old),) if old else ()
    ops = _unit_diff(_WORD.findall(old), _WORD.findall(new), semantic=True)
    return _merged(DiffOp(_OPS[op], "".join(units)) for op, units in ops)


def split_sentences(text: str) -> list[str]:
    return [match for match in _SENTENCE.findall(text) if match]


def diff_text(old: str, new: str) -> tuple[DiffOp, ...]:
    """The body ``old`` → ``new``: sentences aligned, words marked inside edited stretches."""
    result: list[DiffOp] = []
    deleted: list[str] = []
    inserted: list[str] = []

    def flush() -> None:
        if deleted and inserted:
            result.extend(diff_words("".join(deleted), "".join(inserted)))
        elif deleted:
            result.append(DiffOp("delete", "".join(deleted)))
        elif inserted:
            result.append(DiffOp("insert", "".join(inserted)))
        deleted.clear()
        inserted.clear()

    for op, units in _unit_diff(split_sentences(old), split_sentences(new), semantic=False):
        if op == 0:
            flush()
            result.append(DiffOp("equal", "".join(units)))
        else:
            (inserted if op == 1 else deleted).extend(units)
    flush()
    return _merged(result)


def _merged(ops: Iterable[DiffOp]) -> tuple[DiffOp, ...]:
    """Adjacent operations of one kind joined, empty ones dropped."""
    merged: list[DiffOp] = []
    for item in ops:
        if not item.text:
            continue
        if merged and merged[-1].op == item.op:
            merged[-1] = DiffOp(item.op, merged[-1].text + item.text)
        else:
            merged.append(item)
    return tuple(merged)


def paragraph_counts(old: str, new: str) -> tuple[int, int, int]:
    """Paragraphs ``(added, removed, changed)`` from ``old`` to ``new`` (whitespace ignored)."""
    paras_a = [normalized_text(p) for p in old.split(PARAGRAPH_BREAK) if p.strip()]
    paras_b = [normalized_text(p) for p in new.split(PARAGRAPH_BREAK) if p.strip()]
    added = removed = changed = 0
    deleted = inserted = 0

    def settle() -> None:
        nonlocal added, removed, changed, deleted, inserted
        pairs = min(deleted, inserted)
        changed += pairs
        removed += deleted - pairs
        added += inserted - pairs
        deleted = inserted = 0

    for op, units in _unit_diff(paras_a, paras_b, semantic=False):
        if op == 0:
            settle()
        elif op == 1:
            inserted += len(units)
        else:
            deleted += len(units)
    settle()
    return added, removed, changed
