"""The answer the coach gives for one interviewer utterance.

Kept apart from the rules so the GUI, the command line and the reports can depend on these
two small types without loading any rule file.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Label(StrEnum):
    """Utterance types as interview research codes them, best to worst for accuracy."""

    INVITATION = "invitation"
    CUED_INVITATION = "cued_invitation"
    FACILITATOR = "facilitator"
    DIRECTIVE = "directive"
    OPTION_POSING = "option_posing"
    SUGGESTIVE = "suggestive"
    UNCLASSIFIED = "unclassified"


# The labels a rule may give; UNCLASSIFIED is the coach's own "I cannot tell".
RULE_LABELS = frozenset(label for label in Label if label is not Label.UNCLASSIFIED)


@dataclass(frozen=True)
class Coaching:
    """What the coach says about one utterance.

    ``reason`` names the cue that decided the label so that a person (or a court) can check it;
    ``suggestion`` is an open alternative, given for option-posing and suggestive utterances.
    """

    label: Label
    reason: str
    suggestion: str | None
    language: str
