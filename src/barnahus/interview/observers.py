"""Observers' questions: how each one is coached and what the interviewer may decide.

Observers (police, prosecutor, defence, child protection, guardian) never speak to the child;
their questions go through the interviewer, who decides how and whether to put each one. The
decision is recorded because defence rights require that the defence's questions were
considered, and a declined question must say why.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from barnahus.interview.coaching import Coaching, Label, classify


class DecisionKind(StrEnum):
    ASKED = "asked"  # put to the child as written
    REPHRASED = "rephrased"  # put in new (usually more open) wording
    DECLINED = "declined"  # not put; the reason is required
    DEFERRED = "deferred"  # decided later (next break, or a later step of the case)


DECISION_LABELS = {
    DecisionKind.ASKED: "Asked as written",
    DecisionKind.REPHRASED: "Rephrased",
    DecisionKind.DECLINED: "Declined",
    DecisionKind.DEFERRED: "Deferred",
}
# Wording that should not reach the child as it is: the coach offers an open alternative.
FLAGGED_LABELS = frozenset({Label.OPTION_POSING, Label.SUGGESTIVE})
OPEN_LABELS = frozenset({Label.INVITATION, Label.CUED_INVITATION})
MAX_QUESTION = 2000


@dataclass(frozen=True)
class QuestionCoaching:
    label: str
    reason: str
    suggestion: str
    flagged: bool


def coach_question(text: str, language: str) -> QuestionCoaching:
    """The coach's view of a question as typed (label, reason, open alternative, flag)."""
    coaching: Coaching = classify(text, language)
    return QuestionCoaching(
        coaching.label.value,
        coaching.reason,
        coaching.suggestion or "",
        coaching.label in FLAGGED_LABELS,
    )


def decision_problem(decision: str, wording: str, reason: str, label: str) -> str | None:
    """Why this decision cannot be recorded as given, or None when it can."""
    try:
        kind = DecisionKind(decision)
    except ValueError:
        return "Choose asked, rephrased, declined or deferred."
    if kind is DecisionKind.REPHRASED and not wording.strip():
        return "A rephrased question needs the new wording."
    if kind is DecisionKind.DECLINED and not reason.strip():
        return "A declined question needs the reason it was not put to the child."
    if kind is DecisionKind.ASKED and label == Label.SUGGESTIVE.value and not reason.strip():
        # Putting a leading question as written can taint the child's account; it is allowed
        # (the interviewer decides) but never silently.
        return "A suggestive question asked as written needs a reason."
    if len(wording) > MAX_QUESTION or len(reason) > MAX_QUESTION:
        return f"Wording and reason can be at most {MAX_QUESTION} characters long."
    return None
