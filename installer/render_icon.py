"""Render resources/icons/barnahus.svg into the bitmaps the Windows and macOS installers need.

    python installer/render_icon.py --ico build/icons/barnahus.ico        (Windows)
    python installer/render_icon.py --png build/icons/barnahus.png --size 1024   (macOS: sips
        scales it and iconutil packs the .icns, see installer/macos/build.sh)

Qt draws the SVG with the renderer the app itself uses, so no other tool is needed; Pillow
(installed with reportlab) packs the Windows .ico.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path

SVG = Path(__file__).resolve().parent.parent / "resources" / "icons" / "barnahus.svg"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render_png(size: int, out: Path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"render_icon: cannot read {SVG}")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    if not image.save(str(out), "PNG"):
        raise SystemExit(f"render_icon: cannot write {out}")


def write_ico(path: Path) -> None:
    from PIL import Image

    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        largest = Path(tmp) / "icon.png"
        render_png(max(ICO_SIZES), largest)
        with Image.open(largest) as image:
            image.save(path, format="ICO", sizes=[(size, size) for size in ICO_SIZES])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ico", type=Path, help="write a Windows .ico with several sizes")
    parser.add_argument("--png", type=Path, help="write one PNG of --size pixels")
    parser.add_argument("--size", type=int, default=1024, help="PNG size (default 1024)")
    args = parser.parse_args()
    if not (args.ico or args.png):
        parser.error("give --ico and/or --png")
    # Painting needs a QGuiApplication; the offscreen platform needs no display.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication([])
    if args.ico:
        write_ico(args.ico)
    if args.png:
        args.png.parent.mkdir(parents=True, exist_ok=True)
        render_png(args.size, args.png)
    del app


if __name__ == "__main__":
    main()
