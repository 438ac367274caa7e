"""Render the SVG pictures of forms/ and resources/ crisply at any size and screen density."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer


def svg_pixmap(path: Path, size: QSize, ratio: float = 1.0) -> QPixmap:
    """``path`` drawn to fit ``size`` (keeping its proportions), transparent around it."""
    renderer = QSvgRenderer(str(path))
    box = renderer.viewBoxF()
    if box.isEmpty() or size.isEmpty():
        return QPixmap()
    scale = min(size.width() / box.width(), size.height() / box.height())
    width, height = max(1, int(box.width() * scale)), max(1, int(box.height() * scale))
    pixmap = QPixmap(int(width * ratio), int(height * ratio))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    renderer.render(painter, QRectF(0, 0, width * ratio, height * ratio))
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


def svg_icon(path: Path, size: int = 96) -> QIcon:
    return QIcon(svg_pixmap(path, QSize(size, size), 2.0))
