"""Build an open alternative to a closed or leading question from its own words.

Only definite topics are re-used ("the car", "your passport", "at the door"): a definite
phrase points at something already talked about, while an indefinite one ("a knife") is often
exactly the detail the question brought in. People are never turned into topics, and neither
are the two sides of an either/or choice, so the suggestion does not repeat the lead. When
nothing safe is left, the suggestion is the generic invitation of the rule book.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from barnahus.interview.coaching.clauses import Utterance
from barnahus.interview.coaching.rulebook import RuleBook

_B, _E = r"(?<![\w'-])", r"(?![\w'-])"
_NOUN = r"(?P<noun>[a-z]+(?:'s [a-z]+)?)"


def _patterns(book: RuleBook) -> tuple[re.Pattern[str], re.Pattern[str]]:
    words = book.words
    phrase = (
        f"{words['topic_determiners'].alternation} (?:{words['modifiers'].alternation} )?{_NOUN}"
        f"(?: {words['compound_tails'].alternation})?"
    )
    place = re.compile(f"{_B}{words['place_prepositions'].alternation} {phrase}{_E}")
    return place, re.compile(f"{_B}{phrase}{_E}")


def _excluded(book: RuleBook) -> frozenset[str]:
    names = (
        "people",
        "not_topics",
        "subjects",
        "determiners",
        "auxiliaries",
        "negative_auxiliaries",
        "wh_words",
        "place_prepositions",
        "pronoun_topics",
    )
    return frozenset().union(*(book.word_set(n).members for n in names))


def _candidates(utterance: Utterance, pattern: re.Pattern[str], book: RuleBook) -> Iterator[str]:
    excluded = _excluded(book)
    people = book.word_set("people").members
    prepositions = book.word_set("place_prepositions").members
    text = utterance.norm
    for found in pattern.finditer(text):
        head = found.group("noun").split("'s")[0]
        if head in excluded or found.group("noun").split()[-1] in excluded:
            continue
        before = [w.strip(",.?!") for w in text[: found.start()].split()[-2:]]
        if before and before[-1] in prepositions:
            before = before[:-1]  # "or IN the town": look past the preposition
        after = [w.strip(",.?!") for w in text[found.end() :].split()[:1]]
        if before[-1:] == ["or"] or after == ["or"]:
            continue  # one side of a forced choice
        if after and after[0] in people:
            continue  # "the social worker": a person after all
        topic = utterance.raw[found.start() : found.end()]
        yield topic[0].lower() + topic[1:] if topic[:1].isupper() and found.start() == 0 else topic


def suggest(utterance: Utterance, book: RuleBook) -> str:
    """An open "Tell me ..." invitation built from the utterance, or the generic one."""
    place, topic = _patterns(book)
    for key, pattern in (("place", place), ("topic", topic)):
        found = next(_candidates(utterance, pattern, book), None)
        if found:
            return book.suggestions[key].format(topic=found)
    return book.suggestions["generic"]
