"""Guard against a Qt binding that miscounts references to None, True and False.

PySide6 6.12.0 on Python 3.11 drops a reference to None for every call of a Qt method that
returns nothing, and one to True/False for every bool signal emitted from Python. Python
3.11's None is not immortal, so after some thousands of calls the interpreter aborts with
"none_dealloc" — in the middle of an interview. pyproject.toml excludes that release; this
test fails if a future upgrade brings the fault back.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QLabel

CALLS = 2000
# Other code may take or drop a few references while the loop runs; a leak drops one per call.
SLACK = 50


class _Switch(QObject):
    toggled = Signal(bool)


def test_void_qt_calls_keep_the_none_reference_count(qapp: QApplication) -> None:
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        label.setText("x")
    assert sys.getrefcount(None) >= before - SLACK


def test_emitting_bool_signals_keeps_the_true_reference_count(qapp: QApplication) -> None:
    switch = _Switch()
    received: list[bool] = []
    switch.toggled.connect(received.append)
    before = sys.getrefcount(True)
    for _ in range(CALLS):
        switch.toggled.emit(True)
    received.clear()
    assert sys.getrefcount(True) >= before - SLACK
