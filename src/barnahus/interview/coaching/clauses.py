"""Split an utterance into clauses and give each one a shape.

The rules in the YAML file are cue lists; what they cannot say is structure: where a clause
starts, whether "can you" is a yes/no question or a polite way of saying "tell me", and what
follows the "tell me" (an open topic, a detail, or a yes/no question in disguise). That small
amount of grammar lives here, driven by the word sets of the rule book.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from barnahus.interview.coaching.rulebook import RuleBook, normalise, words_of


class Shape(StrEnum):
    ACKNOWLEDGEMENT = "acknowledgement"  # "Mm-hm.", "Okay, take your time."
    OPEN = "open"  # "What happened next?", "And then?"
    REQUEST = "request"  # "Tell me ...", "Can you describe ..."
    MEMORY = "memory"  # "Do you remember ...", "Do you know ..."
    YES_NO = "yes_no"  # starts with an auxiliary: "Did he ...", "Was it ..."
    WH = "wh"  # "Where was that?"
    DECLARATIVE_QUESTION = "declarative_question"  # "He had a knife?"
    STATEMENT = "statement"  # "The van.", "You were scared."


class Ask(StrEnum):
    """What a request or memory clause really asks for."""

    OPEN = "open"
    DETAIL = "detail"  # "tell me where ...", "do you remember what ..."
    EMBEDDED_YES_NO = "embedded_yes_no"  # "tell me if ..."
    FAUX_YES_NO = "faux_yes_no"  # "tell me, did he ..."
    FAUX_WH = "faux_wh"  # "tell me, where did he ..."


@dataclass(frozen=True)
class Clause:
    raw: str  # the clause as typed (for suggestions, which keep the speaker's capitals)
    text: str  # lower-case words joined by single spaces, leading fillers dropped
    parts: tuple[str, ...]  # the same, split at commas and dashes
    question: bool
    shape: Shape
    lead: str = ""  # the words that decided the shape: "can you tell me", "did he"
    ask: Ask | None = None
    cue: str = ""  # what the request asks for: "where", "if", "did he"
    rest: str = ""  # what follows the lead in its part

    @property
    def words(self) -> list[str]:
        return self.text.split()

    @property
    def inviting(self) -> bool:
        return self.shape is Shape.OPEN or (
            self.shape in (Shape.REQUEST, Shape.MEMORY) and self.ask is Ask.OPEN
        )


@dataclass(frozen=True)
class Utterance:
    raw: str  # whitespace collapsed; same length as ``norm``
    norm: str  # lower case with quotes folded
    text: str  # all words joined by single spaces
    clauses: tuple[Clause, ...]


_SENTENCE = re.compile(r"[^.?!;]+[.?!;]*")
_PART_BREAK = re.compile(r"\s[-–—]\s|[,:—–()]")


def analyse(utterance: str, book: RuleBook) -> Utterance:
    raw = " ".join(utterance.split())
    norm = normalise(raw)
    clauses = []
    for found in _SENTENCE.finditer(norm):
        parts = [" ".join(words_of(p)) for p in _PART_BREAK.split(found.group(0))]
        parts = [p for p in parts if p]
        if parts:
            span = raw[found.start() : found.end()]
            clauses.append(_clause(span, parts, "?" in found.group(0), book))
    return Utterance(raw, norm, " ".join(words_of(norm)), tuple(clauses))


def _drop_start(parts: list[str], names: tuple[str, ...], book: RuleBook) -> list[str]:
    """Remove leading words of the given sets (fillers, conjunctions) until none is left."""
    parts = list(parts)
    while parts:
        head = next((h for n in names if (h := book.word_set(n).start(parts[0]))), None)
        if head is None:
            break
        parts[0] = parts[0][len(head) :].lstrip()
        if not parts[0]:
            parts.pop(0)
    return parts


def _clause(raw: str, all_parts: list[str], question: bool, book: RuleBook) -> Clause:
    full = " ".join(all_parts)
    if not _drop_start(all_parts, ("fillers", "acknowledgements"), book):
        return Clause(raw, full, tuple(all_parts), question, Shape.ACKNOWLEDGEMENT, full)
    parts = _drop_start(all_parts, ("fillers",), book)
    text = " ".join(parts)
    main = _main_parts(parts, book)
    for candidate in (" ".join(main), " ".join(_drop_start(main, ("conjunctions",), book))):
        lead = book.word_set("open_starts").start(candidate)
        if candidate in book.word_set("open_whole").members or lead:
            return Clause(raw, text, tuple(parts), question, Shape.OPEN, lead or candidate)
    core = _drop_start(main, ("conjunctions", "fillers"), book) or main
    made = _question_shape(raw, text, core, question, book)
    if made is not None:
        return made
    if question:
        return Clause(raw, text, tuple(parts), question, Shape.DECLARATIVE_QUESTION, text)
    ack = book.word_set("acknowledgement_starts").start(text)
    shape = Shape.ACKNOWLEDGEMENT if ack else Shape.STATEMENT
    return Clause(raw, text, tuple(parts), question, shape, ack or text)


def _main_parts(parts: list[str], book: RuleBook) -> list[str]:
    """Skip a leading time clause: in "when you got there, what happened?" the question is
    the part after the comma. "When did ..." is a question itself, so a subject must follow."""
    if len(parts) < 2:
        return parts
    link = book.word_set("subordinators").start(parts[0])
    after = parts[0][len(link) :].split()[:1] if link else []
    if after and after[0] in book.word_set("subjects").members:
        return _drop_start(parts[1:], ("fillers",), book) or parts
    return parts


def _question_shape(
    raw: str, text: str, core: list[str], question: bool, book: RuleBook
) -> Clause | None:
    words = core[0].split()
    if (
        len(words) > 1
        and words[0] in book.word_set("question_prepositions").members
        and words[1] in book.word_set("wh_words").members
    ):
        words = words[1:]  # "at what time" asks like "what time"
    first, second = words[0], words[1] if len(words) > 1 else ""
    wh = book.word_set("wh_words")
    if first in wh.members:
        detail = f"{first} {second}" if second else first
        return Clause(raw, text, tuple(core), question, Shape.WH, detail)
    auxiliaries = book.members("auxiliaries", "negative_auxiliaries")
    if first in auxiliaries:
        after = _skip_softeners(" ".join(words[2:]), book)
        subject_is_you = second in ("you", "we")
        verb = book.word_set("request_verbs").start(after)
        if verb and subject_is_you and first in book.word_set("request_modals").members:
            lead = " ".join(words[: len(words) - len(after.split()) + len(verb.split())])
            return _with_ask(raw, text, core, question, Shape.REQUEST, lead, book)
        memory = book.word_set("memory_verbs").start(after)
        if memory and subject_is_you:
            lead = " ".join(words[: len(words) - len(after.split()) + len(memory.split())])
            return _with_ask(raw, text, core, question, Shape.MEMORY, lead, book)
        return Clause(raw, text, tuple(core), question, Shape.YES_NO, f"{first} {second}".strip())
    for index, part in enumerate(core):
        found = book.word_set("request_verbs").anywhere.search(part)
        before = part[: found.start()].split()[-2:] if found else []
        if (
            found
            and before[-1:] == ["to"]
            and before[:1] != ["to"]
            and before[0] not in book.word_set("request_lead_ins").members
        ):
            continue  # "it's hard to talk about" describes; "I'd like you to tell me" asks
        if found:
            head = core[index:]
            head[0] = part[found.start() :]
            return _with_ask(raw, text, head, question, Shape.REQUEST, found.group(0), book)
    return None


def _skip_softeners(text: str, book: RuleBook) -> str:
    return " ".join(_drop_start([text], ("softeners",), book)) if text else ""


def _with_ask(
    raw: str, text: str, parts: list[str], question: bool, shape: Shape, lead: str, book: RuleBook
) -> Clause:
    """Decide what a request or memory clause asks for from what follows its lead."""
    rest = _skip_softeners(parts[0][len(lead) :].strip(), book)
    made = Clause(raw, text, tuple(parts), question, shape, lead, Ask.OPEN, "", rest)

    def asks(kind: Ask, cue: str) -> Clause:
        return Clause(raw, text, tuple(parts), question, shape, lead, kind, cue, rest)

    link = book.word_set("yes_no_links").start(rest)
    if link:
        return asks(Ask.EMBEDDED_YES_NO, f"{lead} {link}")
    auxiliaries = book.members("auxiliaries", "negative_auxiliaries")
    for later in _drop_start(list(parts[1:]), ("fillers", "conjunctions"), book):
        words = later.split()
        if book.word_set("open_starts").start(later):
            continue
        if words[0] in auxiliaries and len(words) > 1 and words[1] in _subjects(book):
            return asks(Ask.FAUX_YES_NO, f"{words[0]} {words[1]}")
        if words[0] in book.word_set("wh_words").members:
            return asks(Ask.FAUX_WH, " ".join(words[:2]))
    detail = _detail(rest, book)
    if shape is Shape.MEMORY:
        if not rest:  # "Do you remember?" asks only yes or no
            return Clause(
                raw, text, tuple(parts), question, Shape.YES_NO, " ".join(lead.split()[:2])
            )
        if book.word_set("memory_open").start(rest):
            return made
        first = rest.split()[0]
        wh = first if first in book.word_set("wh_words").members else None
        return asks(Ask.DETAIL, detail or wh or " ".join(rest.split()[:2]))
    return asks(Ask.DETAIL, detail) if detail else made


def _subjects(book: RuleBook) -> frozenset[str]:
    return book.word_set("subjects").members | book.word_set("determiners").members


def _detail(rest: str, book: RuleBook) -> str | None:
    """'where', 'how many', 'what colour', 'his name': a request for one detail."""
    found = book.word_set("detail_wh").start(rest)
    if found:
        return found
    words = rest.split()
    if len(words) >= 2 and words[0] in ("what", "which") and words[1] in _detail_words(book):
        return f"{words[0]} {words[1]}"
    if words and words[0] in book.word_set("determiners").members:
        words = words[1:]
    noun = book.word_set("detail_nouns").start(" ".join(words))
    if noun:
        return " ".join(rest.split()[: len(rest.split()) - len(words) + len(noun.split())])
    return None


def _detail_words(book: RuleBook) -> frozenset[str]:
    return book.word_set("detail_words").members
