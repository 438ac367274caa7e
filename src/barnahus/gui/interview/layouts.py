"""Apply the layout stretch factors written in the .ui files.

QUiLoader keeps a box layout's ``stretch`` property from Designer only as a dynamic property
and does not apply it, so a form would hand its spare room to the wrong widget. This reads it
back and applies it, keeping the layout in the .ui file where designers edit it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QBoxLayout, QWidget


def apply_stretch(form: QWidget) -> None:
    layouts = form.findChildren(QBoxLayout)
    top = form.layout()
    if isinstance(top, QBoxLayout):
        layouts.append(top)
    for layout in layouts:
        value = layout.property("stretch")
        if not value:
            continue
        for index, factor in enumerate(str(value).split(",")):
            if index < layout.count() and factor.strip().isdigit():
                layout.setStretch(index, int(factor))
