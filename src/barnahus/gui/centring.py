"""Keep a screen's panel centred at a comfortable reading width.

The panel fills its layout; this keeps the layout's side margins so that the panel is at most
``width`` wide and sits in the middle. Word-wrapped labels inside it then get the height their
text needs (Qt gives a centred or spacer-bound widget only its preferred height).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QLayout, QWidget

MARGIN = 24


class CentredPanel(QObject):
    def __init__(self, host: QWidget, width: int) -> None:
        super().__init__(host)
        self.width = width
        layout = host.layout()
        assert isinstance(layout, QLayout)
        self.layout = layout
        host.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            side = max(MARGIN, (watched.width() - self.width) // 2)
            self.layout.setContentsMargins(side, MARGIN, side, MARGIN)
        return False


def centre(host: QWidget, width: int) -> CentredPanel:
    return CentredPanel(host, width)
