"""Render the current screens to PNG for the README and for reviewing layouts by eye.

Runs offscreen, so it works on a build machine without a display.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(argv: list[str]) -> int:
    out_dir = Path(argv[0] if argv else "docs/screenshots")
    out_dir.mkdir(parents=True, exist_ok=True)
    from PySide6.QtCore import QSize
    from PySide6.QtWidgets import QApplication

    from barnahus.gui.application import create_application
    from barnahus.gui.main_window import MainWindow

    app = create_application(["barnahus"])
    with tempfile.TemporaryDirectory() as tmp:
        window = MainWindow(Path(tmp) / "barnahus.sqlite3")
        window.resize(QSize(1100, 700))
        window.show()
        QApplication.processEvents()
        window.grab().save(str(out_dir / "main-window.png"))
        window.close()
    app.processEvents()
    print(f"screenshots written to {out_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
