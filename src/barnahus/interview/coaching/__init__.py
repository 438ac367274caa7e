"""Question coaching: say what kind of question an interviewer just asked, and why.

Interview research ranks interviewer utterances from open invitations (most and most accurate
detail) to option-posing and suggestive questions (where errors come from). This package labels
an utterance with one of those types using transparent, ordered rules kept as data in
``forms/coaching/<language>.yaml``, so every label comes with a reason a person can check, no
interview text leaves the centre, and the same words always get the same answer. No Qt here.
"""

from __future__ import annotations

from barnahus.interview.coaching.classifier import (
    classify,
    classify_with,
    has_rules,
    rulebook_for,
)
from barnahus.interview.coaching.model import Coaching, Label
from barnahus.interview.coaching.rulebook import RuleBook, parse_rulebook

__all__ = [
    "Coaching",
    "Label",
    "RuleBook",
    "classify",
    "classify_with",
    "has_rules",
    "parse_rulebook",
    "rulebook_for",
]
