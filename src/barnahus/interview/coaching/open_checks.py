"""Checks for the open forms: cued invitations, invitations and facilitators.

They run after the closed checks, so by the time one of them is asked the utterance holds no
leading, yes/no or detail question; what is left is to tell whether it re-uses the child's
words, invites free recall, or only acknowledges.
"""

from __future__ import annotations

from collections.abc import Iterable

from barnahus.interview.coaching.clauses import Ask, Clause, Shape, Utterance
from barnahus.interview.coaching.cues import Hit, child_cue, echo_question, short
from barnahus.interview.coaching.rulebook import Rule, RuleBook


def _invitation(utterance: Utterance) -> Clause | None:
    return next((c for c in utterance.clauses if c.inviting), None)


def quotes_child(utterance: Utterance, rule: Rule, book: RuleBook) -> Hit | None:
    invitation = _invitation(utterance)
    cue = child_cue(utterance, book)
    return Hit(cue, invitation.lead) if invitation and cue else None


def more_about_detail(utterance: Utterance, rule: Rule, book: RuleBook) -> Hit | None:
    for clause in utterance.clauses:
        if clause.shape is not Shape.REQUEST or clause.ask is not Ask.OPEN:
            continue
        more = book.word_set("more_about").start(clause.rest)
        topic = clause.rest[len(more) :].strip() if more else ""
        if topic and not book.word_set("pronoun_topics").start(topic):
            return Hit(_noun_phrase(topic, book), f"{clause.lead} {more}")
    return None


def _noun_phrase(topic: str, book: RuleBook) -> str:
    """'the man at the door' -> 'the man': stop at the first preposition or relative word."""
    stops = book.members("place_prepositions", "question_prepositions", "wh_words") | (
        book.word_set("subjects").members - book.word_set("determiners").members
    )
    words = topic.split()
    kept = words[:1] + list(_takewhile_not(words[1:4], stops))
    return " ".join(kept)


def _takewhile_not(words: list[str], stops: frozenset[str] | set[str]) -> Iterable[str]:
    for word in words:
        if word in stops:
            return
        yield word


def _content(text: str, book: RuleBook) -> set[str]:
    small = set().union(
        *(book.word_set(n).members for n in ("subjects", "determiners", "pronoun_topics"))
    )
    return {w for w in text.split() if len(w) > 3 and w not in small}


def echo_then_invitation(utterance: Utterance, rule: Rule, book: RuleBook) -> Hit | None:
    clauses = utterance.clauses
    own = book.word_set("interviewer_words").members
    for index, echo in enumerate(clauses):
        if echo.shape is not Shape.STATEMENT or echo.words[0] in own:
            continue
        for later in clauses[index + 1 :]:
            if not later.inviting:
                continue
            refers = book.word_set("back_references").anywhere.search(later.rest)
            if refers or _content(echo.text, book) & _content(later.rest, book):
                return Hit(short(echo.text), later.lead)
    return None


def invitation(utterance: Utterance, rule: Rule, book: RuleBook) -> Hit | None:
    found = _invitation(utterance)
    return Hit(found.lead) if found else None


def acknowledgement(utterance: Utterance, rule: Rule, book: RuleBook) -> Hit | None:
    clauses = utterance.clauses
    if clauses and all(c.shape is Shape.ACKNOWLEDGEMENT for c in clauses):
        return Hit(short(clauses[0].lead))
    return None


def statement(utterance: Utterance, rule: Rule, book: RuleBook) -> Hit | None:
    said = [
        c
        for c in utterance.clauses
        if c.shape is not Shape.ACKNOWLEDGEMENT
        and not (c.shape is Shape.DECLARATIVE_QUESTION and echo_question(c, book))
    ]
    if not utterance.clauses or any(c.shape is not Shape.STATEMENT for c in said):
        return None
    return Hit(short(said[0].text if said else utterance.clauses[0].text))
