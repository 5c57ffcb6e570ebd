"""Two versions of a clip compared, and a diff written for a terminal or a plain file."""

from typing import Protocol

from cuttings.core.cleaning import strip_control_chars
from cuttings.core.errors import CuttingsError
from cuttings.core.versions.diff import DiffOp, Side, VersionDiff, diff_versions
from cuttings.core.versions.models import Version

_GREEN, _RED, _RESET = "\x1b[32m", "\x1b[31;9m", "\x1b[0m"


class VersionSource(Protocol):
    def versions(self, clip_id: int) -> list[Version]: ...

    def version(self, clip_id: int, number: int) -> Version: ...


def pick_pair(numbers: list[int], a: int | None, b: int | None) -> tuple[int, int]:
    """The versions to compare: ``a`` and ``b``; ``a`` and the newest; else the newest two."""
    if len(numbers) < 2 and (a is None or b is None):
        raise CuttingsError("the clip has one version only: nothing to compare")
    if a is None:
        return numbers[-2], numbers[-1]
    if b is None:
        b = numbers[-1]
    for number in (a, b):
        if number not in numbers:
            raise CuttingsError(f"no version {number} (the clip has versions 1 to {numbers[-1]})")
    return a, b


def side(version: Version) -> Side:
    return Side(version.title, version.author, version.published_at or "", version.text or "")


def compare(
    library: VersionSource, clip_id: int, a: int | None = None, b: int | None = None
) -> tuple[Version, Version, VersionDiff]:
    """Versions ``a`` and ``b`` of a clip (see :func:`pick_pair`) and their diff."""
    numbers = [version.number for version in library.versions(clip_id)]
    first, second = pick_pair(numbers, a, b)
    old, new = library.version(clip_id, first), library.version(clip_id, second)
    return old, new, diff_versions(side(old), side(new))


def render_ops(ops: tuple[DiffOp, ...], *, color: bool) -> str:
    """Operations as text: coloured (green inserted, red struck deleted) or ``{+ +}``/``[- -]``."""
    out = []
    for op in ops:
        text = strip_control_chars(op.text) if op.op != "equal" else op.text
        if op.op == "equal":
            out.append(text)
        elif color:
            out.append(f"{_GREEN if op.op == 'insert' else _RED}{text}{_RESET}")
        else:
            out.append(f"{{+{text}+}}" if op.op == "insert" else f"[-{text}-]")
    return "".join(out)


def render_diff(diff: VersionDiff, *, color: bool) -> str:
    """The changed details, then the whole body with its changes marked."""
    lines = []
    labels = {"title": "headline", "author": "byline", "published_at": "date"}
    for field in diff.fields:
        if field.changed:
            lines.append(
                f"{labels.get(field.name, field.name)}: {render_ops(field.ops, color=color)}"
            )
    if lines:
        lines.append("")
    lines.append(render_ops(diff.body, color=color))
    return "\n".join(lines)
