"""Derive every raster app icon from the SVG master.

Renders ``resources/icons/cuttings.svg`` with Qt's SVG renderer (offscreen, no
display needed) at each hicolor size, then lets Pillow pack the Windows ``.ico``
and the macOS ``.icns``. The outputs are committed, so only rerun this after
changing the SVG::

    python packaging/make_icons.py
"""

from __future__ import annotations

import argparse
import io
import os
import sys
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
MASTER = ICONS / "cuttings.svg"

HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
# Windows shows 16..256; larger entries only bloat the file.
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# The sizes macOS icon sets carry (Retina @2x variants reuse 32..1024).
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def render_png(svg: Path, size: int) -> bytes:
    """Return the SVG rendered at ``size`` x ``size`` as PNG bytes.

    Each size is rendered from the vector rather than downscaled, so small icons
    stay crisp instead of blurring.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    if QGuiApplication.instance() is None:
        # Kept alive on the function: QPainter needs an application object.
        render_png.app = QGuiApplication([])  # type: ignore[attr-defined]
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"cannot parse {svg}")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def render_image(svg: Path, size: int) -> Image.Image:
    """Return the SVG rendered at ``size`` as an RGBA Pillow image."""
    return Image.open(io.BytesIO(render_png(svg, size))).convert("RGBA")


def hicolor_path(icons: Path, size: int) -> Path:
    """Where the freedesktop theme layout keeps the ``size`` px icon."""
    return icons / "hicolor" / f"{size}x{size}" / "apps" / "cuttings.png"


def make_icons(svg: Path, icons: Path) -> list[Path]:
    """Write the hicolor PNGs, the .ico and the .icns; return the written paths."""
    rendered = {size: render_image(svg, size) for size in {*HICOLOR_SIZES, *ICNS_SIZES}}
    written: list[Path] = []
    for size in HICOLOR_SIZES:
        path = hicolor_path(icons, size)
        path.parent.mkdir(parents=True, exist_ok=True)
        rendered[size].save(path, optimize=True)
        written.append(path)

    ico = icons / "cuttings.ico"
    largest = max(ICO_SIZES)
    rendered[largest].save(
        ico,
        format="ICO",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=[rendered[s] for s in ICO_SIZES if s != largest],
    )
    written.append(ico)

    icns = icons / "cuttings.icns"
    largest = max(ICNS_SIZES)
    rendered[largest].save(
        icns,
        format="ICNS",
        append_images=[rendered[s] for s in ICNS_SIZES if s != largest],
    )
    written.append(icns)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--svg", type=Path, default=MASTER, help="SVG master")
    parser.add_argument("--out", type=Path, default=ICONS, help="icons folder")
    args = parser.parse_args(argv)
    for path in make_icons(args.svg, args.out):
        print(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
