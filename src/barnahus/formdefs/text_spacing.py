"""Tidy the line breaks YAML folding leaves in child texts without losing meaningful spaces.

Child texts are written as folded YAML blocks, so runs of ordinary spaces and newlines are
layout, not content. Non-breaking and narrow no-break spaces are content: French puts one
before "?" and "!" so the mark never starts a line, and the zero-width non-joiner shapes Dari
words. ``str.split()`` would treat the first two as ordinary spaces, so it is not used here.
"""

from __future__ import annotations

import re

_LAYOUT_SPACE = re.compile(r"[ \t\r\n]+")


def collapse_spaces(text: str) -> str:
    return _LAYOUT_SPACE.sub(" ", text).strip(" \t\r\n")
