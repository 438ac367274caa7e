"""Checks for the closed and leading forms: suggestive, option-posing and directive.

These run first in the rule file because one leading or closed element makes the whole
utterance closed: "Tell me, did he hit you?" is a yes/no question however it starts.
"""

from __future__ import annotations

from barnahus.interview.coaching.clauses import Ask, Clause, Shape, Utterance
from barnahus.interview.coaching.cues import (
    Hit,
    child_cue,
    echo_question,
    first,
    quotes_child_at_start,
    short,
)
from barnahus.interview.coaching.rulebook import Rule, RuleBook

_QUESTION_SHAPES = (Shape.YES_NO, Shape.WH, Shape.DECLARATIVE_QUESTION, Shape.MEMORY)


def tag_question(utterance: Utterance, rule: Rule, book: RuleBook) -> Hit | None:
    """ ", didn't he?", ", right?", ", did he not?" after a statement; "he hurt you didnt he"."""
    any_auxiliary = book.members("auxiliaries", "negative_auxiliaries")
    negatives = book.word_set("negative_auxiliaries").members
    subjects = book.word_set("subjects").members
    for clause in utterance.clauses:
        words = clause.words
        if len(words) < 3 or words[0] in any_auxiliary | book.word_set("wh_words").members:
            continue  # a question already, not a statement with a tag
        last, separate = clause.parts[-1], len(clause.parts) > 1
        if separate and last in book.word_set("tag_words").members:
            return Hit(last)
        pair = words[-2:]
        if pair[0] in negatives and pair[1] in subjects and len(words) >= 4:
            return Hit(" ".join(pair))
        tag = last.split()
        if (
            separate
            and len(tag) in (2, 3)
            and tag[0] in any_auxiliary
            and tag[1] in subjects
            and tag[2:] in ([], ["not"])
        ):
            return Hit(last)
    return None


def contains(utterance: Utterance, rule: Rule, book: RuleBook) -> Hit | None:
    if rule.unless_child_words and child_cue(utterance, book):
        return None
    for clause in utterance.clauses:
        if quotes_child_at_start(clause, book):
            continue  # the child's own words, repeated back, are not the interviewer's idea
        texts = _statement_parts(clause, book) if rule.statements_only else [clause.text]
        for text in texts:
            for pattern in rule.patterns:
                found = pattern.search(text)
                if found and not (rule.statements_only and _requested(text[: found.start()], book)):
                    return Hit(found.group(0))
    return None


def _statement_parts(clause: Clause, book: RuleBook) -> list[str]:
    """The comma-separated parts of a clause that state rather than ask.

    "Your brother said he hit you" states what someone said; "do you know if your brother saw
    it" and "what did you do after your mum said that" ask, so a citing cue there is not one.
    """
    asking = set().union(
        *(
            book.word_set(n).members
            for n in ("auxiliaries", "negative_auxiliaries", "wh_words", "yes_no_links")
        )
    )
    kept = []
    for part in clause.parts:
        words = part.split()
        while words and words[0] in book.word_set("conjunctions").members:
            words = words[1:]
        if words and words[0] not in asking:
            kept.append(" ".join(words))
    return kept


def _requested(before: str, book: RuleBook) -> bool:
    """True when a request ("tell me about what your mum said") comes before the cue."""
    return book.word_set("request_verbs").anywhere.search(before) is not None


def clause_starts(utterance: Utterance, rule: Rule, book: RuleBook) -> Hit | None:
    if rule.unless_child_words and child_cue(utterance, book):
        return None
    for clause in utterance.clauses:
        for pattern in rule.patterns:
            found = pattern.match(clause.text)
            if found:
                return Hit(found.group(0))
    return None


def negative_question(utterance: Utterance, rule: Rule, book: RuleBook) -> Hit | None:
    negatives = book.word_set("negative_auxiliaries").members
    subjects = book.word_set("subjects").members
    for clause in utterance.clauses:
        words = clause.words
        if len(words) >= 2 and words[0] in negatives and words[1] in subjects:
            return Hit(f"{words[0]} {words[1]}")
    return None


def _asking(utterance: Utterance, shapes: tuple[Shape, ...], asks: tuple[Ask, ...]) -> Hit | None:
    return first(
        Hit(c.cue, c.lead) if c.shape in shapes and c.ask in asks else None
        for c in utterance.clauses
    )


def faux_invitation(utterance: Utterance, rule: Rule, book: RuleBook) -> Hit | None:
    return _asking(utterance, (Shape.REQUEST,), (Ask.FAUX_YES_NO,))


def embedded_yes_no(utterance: Utterance, rule: Rule, book: RuleBook) -> Hit | None:
    return _asking(utterance, (Shape.REQUEST, Shape.MEMORY), (Ask.EMBEDDED_YES_NO,))


def request_for_detail(utterance: Utterance, rule: Rule, book: RuleBook) -> Hit | None:
    return _asking(utterance, (Shape.REQUEST,), (Ask.DETAIL, Ask.FAUX_WH))


def memory_question(utterance: Utterance, rule: Rule, book: RuleBook) -> Hit | None:
    return _asking(utterance, (Shape.MEMORY,), (Ask.DETAIL,))


def either_or(utterance: Utterance, rule: Rule, book: RuleBook) -> Hit | None:
    joiners = (
        book.word_set("determiners").members
        | book.word_set("place_prepositions").members
        | book.word_set("subjects").members
    )
    for clause in utterance.clauses:
        closed = clause.shape in _QUESTION_SHAPES or (
            clause.shape is Shape.REQUEST and clause.ask is not Ask.OPEN
        )
        words = clause.words
        if not closed or "or" not in words:
            continue
        at = words.index("or")
        end = at + 2
        if end < len(words) and words[at + 1] in joiners:
            end += 1
        return Hit(" ".join(words[max(0, at - 1) : end]))
    return None


def yes_no_question(utterance: Utterance, rule: Rule, book: RuleBook) -> Hit | None:
    return first(Hit(c.lead) if c.shape is Shape.YES_NO else None for c in utterance.clauses)


def declarative_question(utterance: Utterance, rule: Rule, book: RuleBook) -> Hit | None:
    for clause in utterance.clauses:
        if clause.shape is Shape.DECLARATIVE_QUESTION and not echo_question(clause, book):
            return Hit(short(clause.text))
    return None


def wh_question(utterance: Utterance, rule: Rule, book: RuleBook) -> Hit | None:
    return first(Hit(c.lead) if c.shape is Shape.WH else None for c in utterance.clauses)
