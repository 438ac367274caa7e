"""Load and validate a language's coaching rules from ``forms/coaching/<language>.yaml``.

The cue lists are data so that a centre can read, check and extend them without code, and so
that every label the coach gives can be traced to a line of that file. Because the file is
edited by hand, it is validated on load and every problem names the file and the field.
"""

from __future__ import annotations

import re
import string
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from barnahus.errors import FormDefinitionError
from barnahus.interview.coaching.model import RULE_LABELS, Label

# Rule kinds: the structural checks in matchers.py. Only the first two read ``phrases``.
PHRASE_KINDS = frozenset({"contains", "clause_starts"})
STRUCTURAL_KINDS = frozenset(
    {
        "tag_question",
        "negative_question",
        "faux_invitation",
        "embedded_yes_no",
        "either_or",
        "yes_no_question",
        "declarative_question",
        "request_for_detail",
        "memory_question",
        "wh_question",
        "quotes_child",
        "more_about_detail",
        "echo_then_invitation",
        "invitation",
        "acknowledgement",
        "statement",
    }
)
MATCH_KINDS = PHRASE_KINDS | STRUCTURAL_KINDS

# Word sets the clause analysis reads by name; a file may add more for use in phrases.
REQUIRED_WORD_SETS = (
    "fillers",
    "conjunctions",
    "subordinators",
    "softeners",
    "auxiliaries",
    "negative_auxiliaries",
    "request_modals",
    "subjects",
    "wh_words",
    "question_prepositions",
    "request_verbs",
    "request_lead_ins",
    "memory_verbs",
    "memory_open",
    "child_words",
    "open_starts",
    "open_whole",
    "acknowledgements",
    "acknowledgement_starts",
    "yes_no_links",
    "detail_wh",
    "detail_words",
    "detail_nouns",
    "back_references",
    "interviewer_words",
    "tag_words",
    "more_about",
    "pronoun_topics",
    "place_prepositions",
    "determiners",
    "topic_determiners",
    "people",
    "modifiers",
    "compound_tails",
    "not_topics",
)
SUGGESTION_KEYS = ("place", "topic", "generic")
REASON_FIELDS = frozenset({"cue", "lead"})

_WORD = re.compile(r"[a-z0-9]+(?:['-][a-z0-9]+)*")
_PLACEHOLDER = re.compile(r"^\{([a-z_]+)\}$")
_BOUNDARY_BEFORE = r"(?<![\w'-])"
_BOUNDARY_AFTER = r"(?![\w'-])"


def normalise(text: str) -> str:
    """Lower case with typographic quotes folded to ASCII; same length as ``text``."""
    return text.lower().translate(_QUOTES)


_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})


def words_of(text: str) -> list[str]:
    return _WORD.findall(normalise(text))


@dataclass(frozen=True)
class WordSet:
    """A list of words or short phrases, matched whole-word, longest first."""

    items: tuple[str, ...]
    members: frozenset[str]
    alternation: str
    at_start: re.Pattern[str]
    anywhere: re.Pattern[str]

    @classmethod
    def of(cls, phrases: list[str]) -> WordSet:
        items = tuple(sorted({" ".join(words_of(p)) for p in phrases} - {""}, key=len)[::-1])
        alternation = "(?:" + "|".join(re.escape(item) for item in items) + ")"
        return cls(
            items,
            frozenset(items),
            alternation,
            re.compile(alternation + _BOUNDARY_AFTER),
            re.compile(_BOUNDARY_BEFORE + alternation + _BOUNDARY_AFTER),
        )

    def start(self, text: str) -> str | None:
        """The longest member that ``text`` (words joined by single spaces) starts with."""
        found = self.at_start.match(text)
        return found.group(0) if found else None


@dataclass(frozen=True)
class Rule:
    name: str
    label: Label
    match: str
    reason: str
    patterns: tuple[re.Pattern[str], ...] = ()
    unless_child_words: bool = False
    statements_only: bool = False


@dataclass(frozen=True)
class RuleBook:
    language: str
    source: str
    words: Mapping[str, WordSet]
    rules: tuple[Rule, ...]
    suggestions: Mapping[str, str]

    def word_set(self, name: str) -> WordSet:
        return self.words[name]

    def members(self, *names: str) -> frozenset[str]:
        """All single entries of the named word sets together."""
        return frozenset().union(*(self.words[name].members for name in names))


class _Checker:
    """Raises errors that name the file and the field, in the style of the other form files."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def fail(self, where: str, problem: str) -> FormDefinitionError:
        return FormDefinitionError(
            f"The coaching rules file {self.path.name} is invalid at {where}: {problem}."
        )

    def text(self, value: object, where: str) -> str:
        if isinstance(value, bool):
            raise self.fail(where, "put words such as yes, no, on and true in quotes")
        if not isinstance(value, str) or not value.strip():
            raise self.fail(where, "a non-empty text is required")
        return value

    def text_list(self, value: object, where: str) -> list[str]:
        if not isinstance(value, list) or not value:
            raise self.fail(where, "a non-empty list of texts is required")
        for index, item in enumerate(value):
            self.text(item, f"{where}[{index}]")
        return [str(item) for item in value]


def _compile_phrase(
    phrase: str, words: Mapping[str, WordSet], check: _Checker, where: str
) -> re.Pattern[str]:
    parts: list[str] = []
    for token in phrase.split():
        placeholder = _PLACEHOLDER.match(token)
        if placeholder:
            name = placeholder.group(1)
            if name not in words:
                raise check.fail(where, f"'{{{name}}}' is not a word set under 'words'")
            parts.append(words[name].alternation)
        elif "{" in token or "}" in token:
            raise check.fail(where, f"'{token}' is not a valid placeholder such as '{{people}}'")
        else:
            parts.extend(re.escape(w) for w in words_of(token))
    if not parts:
        raise check.fail(where, "the phrase has no words")
    return re.compile(_BOUNDARY_BEFORE + " ".join(parts) + _BOUNDARY_AFTER)


def _parse_rule(raw: object, index: int, words: Mapping[str, WordSet], check: _Checker) -> Rule:
    where = f"rules[{index}]"
    if not isinstance(raw, dict):
        raise check.fail(where, "each rule must be a mapping")
    name = check.text(raw.get("name"), f"{where}.name")
    label = raw.get("label")
    if label not in RULE_LABELS:
        raise check.fail(f"{where}.label", f"'{label}' is not one of {sorted(RULE_LABELS)}")
    kind = raw.get("match")
    if kind not in MATCH_KINDS:
        raise check.fail(f"{where}.match", f"'{kind}' is not one of {sorted(MATCH_KINDS)}")
    reason = check.text(raw.get("reason"), f"{where}.reason")
    try:
        fields = {f for _, f, _, _ in string.Formatter().parse(reason) if f is not None}
    except ValueError as exc:
        raise check.fail(f"{where}.reason", "braces must enclose {cue} or {lead}") from exc
    if not fields <= REASON_FIELDS or "cue" not in fields:
        raise check.fail(f"{where}.reason", "it must name the cue with {cue} (and may use {lead})")
    patterns: tuple[re.Pattern[str], ...] = ()
    if kind in PHRASE_KINDS:
        phrases = check.text_list(raw.get("phrases"), f"{where}.phrases")
        patterns = tuple(
            _compile_phrase(p, words, check, f"{where}.phrases[{i}]") for i, p in enumerate(phrases)
        )
    elif "phrases" in raw:
        raise check.fail(f"{where}.phrases", f"a '{kind}' rule does not read phrases")
    flags = {}
    for flag in ("unless_child_words", "statements_only"):
        value = raw.get(flag, False)
        if not isinstance(value, bool):
            raise check.fail(f"{where}.{flag}", "it must be true or false")
        flags[flag] = value
    unknown = set(raw) - {"name", "label", "match", "reason", "phrases", *flags}
    if unknown:
        raise check.fail(f"{where}.{sorted(unknown)[0]}", "this key is not known")
    return Rule(name, Label(label), str(kind), reason, patterns, **flags)


def parse_rulebook(path: Path) -> RuleBook:
    """Read and validate one rules file; raise :class:`FormDefinitionError` if it is malformed."""
    check = _Checker(path)
    try:
        doc: Any = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        message = f"The coaching rules file {path.name} could not be read."
        raise FormDefinitionError(message) from exc
    if not isinstance(doc, dict):
        raise check.fail("the top level", "it needs 'language', 'words', 'rules', 'suggestions'")
    language = check.text(doc.get("language"), "language")
    raw_words = doc.get("words")
    if not isinstance(raw_words, dict):
        raise check.fail("words", "a mapping of word-set names to lists is required")
    words: dict[str, WordSet] = {}
    for name, items in raw_words.items():
        if not isinstance(name, str) or not re.fullmatch(r"[a-z_]+", name):
            raise check.fail(f"words.{name}", "a word-set name uses only a-z and '_'")
        words[name] = WordSet.of(check.text_list(items, f"words.{name}"))
    for name in REQUIRED_WORD_SETS:
        if name not in words:
            raise check.fail(f"words.{name}", "this word set is required")
    raw_rules = doc.get("rules")
    if not isinstance(raw_rules, list) or not raw_rules:
        raise check.fail("rules", "a non-empty list of rules is required")
    rules = tuple(_parse_rule(raw, i, words, check) for i, raw in enumerate(raw_rules))
    raw_suggestions = doc.get("suggestions")
    if not isinstance(raw_suggestions, dict):
        raise check.fail("suggestions", "a mapping with 'place', 'topic' and 'generic' is needed")
    suggestions: dict[str, str] = {}
    for key in SUGGESTION_KEYS:
        template = check.text(raw_suggestions.get(key), f"suggestions.{key}")
        if not template.startswith("Tell me") or template.rstrip().endswith("?"):
            raise check.fail(f"suggestions.{key}", "it must be an open 'Tell me ...' invitation")
        if (key == "generic") == ("{topic}" in template):
            need = "must not" if key == "generic" else "must"
            raise check.fail(f"suggestions.{key}", f"it {need} contain {{topic}}")
        suggestions[key] = template
    return RuleBook(language, path.name, words, rules, suggestions)
