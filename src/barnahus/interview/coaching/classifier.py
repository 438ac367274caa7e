"""Run a language's ordered rules over one utterance and explain the first that applies.

Rules are tried in the order the YAML file lists them, so the file reads as the coach's whole
decision procedure: leading and pressuring cues first, then closed questions, then detail
questions, and only then the open forms. A language without a rule file is never guessed at.
"""

from __future__ import annotations

import re
from functools import cache

from barnahus.datafiles import data_dir
from barnahus.interview.coaching.clauses import analyse
from barnahus.interview.coaching.matchers import CHECKS
from barnahus.interview.coaching.model import Coaching, Label
from barnahus.interview.coaching.rulebook import RuleBook, parse_rulebook
from barnahus.interview.coaching.suggest import suggest

_LANGUAGE_CODE = re.compile(r"[a-z]{2,3}(?:-[a-z0-9]{2,8})*")
_SUGGEST_FOR = frozenset({Label.OPTION_POSING, Label.SUGGESTIVE})


@cache
def rulebook_for(language: str) -> RuleBook | None:
    """The validated rules for ``language``, or None when the centre has none for it."""
    if not _LANGUAGE_CODE.fullmatch(language):
        return None
    path = data_dir("forms") / "coaching" / f"{language}.yaml"
    return parse_rulebook(path) if path.is_file() else None


def has_rules(language: str) -> bool:
    """Whether the centre has coaching rules for ``language``."""
    return rulebook_for(language.strip().lower()) is not None


def classify_with(book: RuleBook, utterance: str, language: str | None = None) -> Coaching:
    """Classify with a given rule book (a test copy, or one a centre is editing)."""
    code = language or book.language
    analysed = analyse(utterance, book)
    if not analysed.clauses:
        return Coaching(Label.UNCLASSIFIED, "the utterance has no words to classify", None, code)
    for rule in book.rules:
        hit = CHECKS[rule.match](analysed, rule, book)
        if hit is not None:
            reason = rule.reason.format(cue=hit.cue, lead=hit.lead)
            suggestion = suggest(analysed, book) if rule.label in _SUGGEST_FOR else None
            return Coaching(rule.label, reason, suggestion, code)
    return Coaching(
        Label.UNCLASSIFIED, f"no rule in {book.source} matches this utterance", None, code
    )


def classify(utterance: str, language: str = "en") -> Coaching:
    """Classify one interviewer utterance; see docs/coaching.md for the rules and their order."""
    code = language.strip().lower()
    book = rulebook_for(code)
    if book is None:
        return Coaching(
            Label.UNCLASSIFIED,
            f'there are no coaching rules for the language "{language}"',
            None,
            code,
        )
    return classify_with(book, utterance, code)
