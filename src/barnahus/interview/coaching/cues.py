"""What a check returns, and the few helpers both kinds of check share.

A check hands back the words it found so the reason can quote them: a reason that names its cue
("did he", "your brother said") is one a person can verify against the recording.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from barnahus.interview.coaching.clauses import Clause, Utterance
from barnahus.interview.coaching.rulebook import Rule, RuleBook


@dataclass(frozen=True)
class Hit:
    cue: str
    lead: str = ""


Check = Callable[[Utterance, Rule, RuleBook], "Hit | None"]


def short(text: str, limit: int = 4) -> str:
    return " ".join(text.split()[:limit])


def first(hits: Iterable[Hit | None]) -> Hit | None:
    return next((hit for hit in hits if hit is not None), None)


def child_cue(utterance: Utterance, book: RuleBook) -> str | None:
    """The words by which the interviewer quotes the child ("you said"), if any.

    "Tell me what you said to him" asks about the child's words without quoting them, so a
    cue right after "what" or "everything" does not count.
    """
    for found in book.word_set("child_words").anywhere.finditer(utterance.text):
        before = utterance.text[: found.start()].split()[-1:]
        if before not in (["what"], ["everything"], ["anything"]):
            return found.group(0)
    return None


def echo_question(clause: Clause, book: RuleBook) -> bool:
    """A short question without a subject ("The van?") repeats the child's words."""
    subjects = book.word_set("subjects").members - book.word_set("determiners").members
    return len(clause.words) <= 4 and not subjects & set(clause.words)


def quotes_child_at_start(clause: Clause, book: RuleBook) -> bool:
    return book.word_set("child_words").start(clause.text) is not None
