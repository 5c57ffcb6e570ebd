"""A comparison of two versions as HTML for a QTextBrowser, coloured for light or dark themes.

Insertions are underlined on green, deletions struck through on red: colour is
never the only sign (the marks read in grey scale and for colour-blind readers
too).  The colours come from the theme's darkness: pale tints on a light
background, deep ones on a dark background, each with enough contrast for the
text drawn over it.
"""

from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from cuttings.core.versions.diff import DiffOp, VersionDiff
from cuttings.core.versions.models import Version

_LABELS = {
    "title": QT_TRANSLATE_NOOP("versions.render", "Headline"),
    "author": QT_TRANSLATE_NOOP("versions.render", "Byline"),
    "published_at": QT_TRANSLATE_NOOP("versions.render", "Published"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("versions.render", text)


@dataclass(frozen=True, slots=True)
class DiffColors:
    inserted_bg: str
    inserted_fg: str
    deleted_bg: str
    deleted_fg: str


LIGHT = DiffColors("#d6f5d6", "#0b3d0b", "#fbd9d6", "#5c0f08")
DARK = DiffColors("#1e4d2b", "#d9f7dd", "#5c1f1a", "#ffd9d4")


def colors_for(dark: bool) -> DiffColors:
    return DARK if dark else LIGHT


def _ops_html(ops: tuple[DiffOp, ...], colors: DiffColors) -> str:
    out = []
    for op in ops:
        text = escape(op.text)
        if op.op == "insert":
            out.append(
                f'<span style="background-color:{colors.inserted_bg};color:{colors.inserted_fg};'
                f'text-decoration:underline">{text}</span>'
            )
        elif op.op == "delete":
            out.append(
                f'<span style="background-color:{colors.deleted_bg};color:{colors.deleted_fg};'
                f'text-decoration:line-through">{text}</span>'
            )
        else:
            out.append(text)
    # Paragraph breaks of the body are blank lines.
    return "".join(out).replace("\n\n", "<br><br>").replace("\n", "<br>")


def legend_html(colors: DiffColors) -> str:
    return (
        f'<span style="background-color:{colors.inserted_bg};color:{colors.inserted_fg};'
        'text-decoration:underline">&nbsp;'
        + escape(QCoreApplication.translate("versions.render", "added"))
        + "&nbsp;</span> "
        f'<span style="background-color:{colors.deleted_bg};color:{colors.deleted_fg};'
        'text-decoration:line-through">&nbsp;'
        + escape(QCoreApplication.translate("versions.render", "removed"))
        + "&nbsp;</span>"
    )


def comparison_html(old: Version, new: Version, diff: VersionDiff, *, dark: bool) -> str:
    """The details (changed ones marked) and the whole body with its changes marked."""
    colors = colors_for(dark)
    rows = []
    for field in diff.fields:
        if not (field.old or field.new):
            continue
        value = _ops_html(field.ops, colors) if field.changed else escape(field.new)
        label = escape(_tr(_LABELS[field.name]))
        rows.append(f"<tr><th align='left'>{label}&nbsp;</th><td>{value}</td></tr>")
    # The summary line is the dialog's own label, above this text.
    versions = QCoreApplication.translate(
        "versions.render",
        "<b>Version {old}</b> ({old_fetched_at}) → <b>Version {new}</b> ({new_fetched_at})",
    ).format(
        old=old.number,
        old_fetched_at=escape(old.fetched_at),
        new=new.number,
        new_fetched_at=escape(new.fetched_at),
    )
    header = f"<p>{versions}<br>{legend_html(colors)}</p>"
    return f"{header}<table>{''.join(rows)}</table><hr><p>{_ops_html(diff.body, colors)}</p>"
