"""Question coaching: the cases that decide quality, reasons, suggestions and the rule file.

Each decisive case from the issue is its own parametrized test id, so a regression names the
sentence it broke. The rule file is data a centre edits by hand, so broken copies of it must
fail with a message naming the file and the field.
"""

from __future__ import annotations

import dataclasses
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st
from tests.conftest import REPO_ROOT

from barnahus.errors import FormDefinitionError
from barnahus.interview.coaching import (
    Coaching,
    Label,
    classify,
    classify_with,
    parse_rulebook,
    rulebook_for,
)

RULES = REPO_ROOT / "forms" / "coaching" / "en.yaml"

DECISIVE = [
    # invitations and their polite forms
    ("Can you tell me what happened?", Label.INVITATION),
    ("Tell me everything that happened.", Label.INVITATION),
    ("Tell me about school or home.", Label.INVITATION),
    # faux invitations: "tell me", then a yes/no question
    ("Tell me, did he hit you?", Label.OPTION_POSING),
    ("Could you maybe tell me if he took your passport?", Label.OPTION_POSING),
    # memory questions ask for a detail
    ("Do you remember what he said?", Label.DIRECTIVE),
    # either/or
    ("Was it day or night?", Label.OPTION_POSING),
    ("Did they move you by bus or by car?", Label.OPTION_POSING),
    # suggestive: tags, leading phrases, presumptions, pressure, citing others
    ("He hurt you, didn't he?", Label.SUGGESTIVE),
    ("He took your phone, didn't he?", Label.SUGGESTIVE),
    ("Isn't it true that your uncle kept your passport?", Label.SUGGESTIVE),
    ("Wouldn't you agree that he was unkind to you?", Label.SUGGESTIVE),
    ("I know that he hurt you.", Label.SUGGESTIVE),
    ("You must have been very frightened.", Label.SUGGESTIVE),
    ("When he touched you, where was everyone else?", Label.SUGGESTIVE),
    ("You'll feel better if you tell me.", Label.SUGGESTIVE),
    ("We can't stop until you tell me what he did.", Label.SUGGESTIVE),
    ("Your brother said he hit you.", Label.SUGGESTIVE),
    ("The police told me you worked at the car wash.", Label.SUGGESTIVE),
    # facilitators: acknowledgements and echoes without a question
    ("Mm-hm.", Label.FACILITATOR),
    ("Okay.", Label.FACILITATOR),
    ("The van.", Label.FACILITATOR),
    ("You were scared.", Label.FACILITATOR),
    # cued invitation: the child's words, then an open prompt
    ("You said the van. Tell me more about the van.", Label.CUED_INVITATION),
    ("You said your uncle kept the money. Tell me more about the money.", Label.CUED_INVITATION),
    # directive: wh- questions about details
    ("Where was that?", Label.DIRECTIVE),
    ("What colour was the car?", Label.DIRECTIVE),
    # option-posing: yes/no questions
    ("Did he have a knife?", Label.OPTION_POSING),
    ("Was it at night?", Label.OPTION_POSING),
]


@pytest.mark.parametrize(("utterance", "expected"), DECISIVE, ids=[u for u, _ in DECISIVE])
def test_decisive_case(utterance: str, expected: Label) -> None:
    coaching = classify(utterance)
    assert coaching.label is expected, coaching.reason
    assert coaching.language == "en"


def _words(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+(?:['-][a-z0-9]+)*", text.lower().replace("’", "'")))


@pytest.mark.parametrize(("utterance", "expected"), DECISIVE, ids=[u for u, _ in DECISIVE])
def test_reason_quotes_a_cue_from_the_utterance(utterance: str, expected: Label) -> None:
    reason = classify(utterance).reason
    quoted = re.findall(r'"([^"]+)"', reason)
    assert quoted, f"no quoted cue in: {reason}"
    assert any(_words(cue) in _words(utterance) for cue in quoted), reason


def test_faux_invitation_reason_names_both_parts() -> None:
    reason = classify("Tell me, did he hit you?").reason
    assert reason == 'starts with "tell me", then asks a yes/no question ("did he")'


CLOSED = [u for u, label in DECISIVE if label in (Label.OPTION_POSING, Label.SUGGESTIVE)]


@pytest.mark.parametrize("utterance", CLOSED)
def test_suggestion_is_an_open_invitation(utterance: str) -> None:
    suggestion = classify(utterance).suggestion
    assert suggestion is not None
    assert suggestion.startswith("Tell me ")
    assert not suggestion.rstrip().endswith("?")
    assert not re.search(r"\b(if|whether|or)\b", suggestion)
    assert classify(suggestion).label in (Label.INVITATION, Label.CUED_INVITATION)


@pytest.mark.parametrize(
    ("utterance", "suggestion"),
    [
        ("Was the car red or blue?", "Tell me about the car."),
        ("Did he hit you at the door?", "Tell me more about what happened at the door."),
        ("Did they take your passport?", "Tell me about your passport."),
        # neither side of a forced choice becomes the topic
        ("Was it in the kitchen or in the bedroom?", "Tell me everything you remember about that."),
        # an indefinite thing the question brought in is not repeated
        ("Did he have a knife?", "Tell me everything you remember about that."),
    ],
)
def test_suggestion_reuses_definite_content(utterance: str, suggestion: str) -> None:
    assert classify(utterance).suggestion == suggestion


@pytest.mark.parametrize(
    "utterance",
    [u for u, label in DECISIVE if label not in (Label.OPTION_POSING, Label.SUGGESTIVE)],
)
def test_open_forms_get_no_suggestion(utterance: str) -> None:
    assert classify(utterance).suggestion is None


@pytest.mark.parametrize("language", ["de", "xx", "../en", "EN-", ""])
def test_language_without_rules_is_unclassified(language: str) -> None:
    coaching = classify("Tell me, did he hit you?", language)
    assert coaching.label is Label.UNCLASSIFIED
    assert "no coaching rules" in coaching.reason
    assert coaching.suggestion is None


def test_language_code_is_case_insensitive() -> None:
    assert classify("Where was that?", "EN").label is Label.DIRECTIVE


@pytest.mark.parametrize("utterance", ["", "   ", "...", "?!"])
def test_utterance_without_words_is_unclassified(utterance: str) -> None:
    assert classify(utterance).label is Label.UNCLASSIFIED


def test_coaching_is_frozen() -> None:
    coaching = classify("Okay.")
    with pytest.raises(dataclasses.FrozenInstanceError):
        coaching.label = Label.DIRECTIVE  # type: ignore[misc]


@given(st.text(max_size=80))
def test_any_text_gets_a_label_and_a_reason(text: str) -> None:
    coaching = classify(text)
    assert isinstance(coaching, Coaching)
    assert coaching.reason
    assert classify(text) == coaching  # deterministic
    if coaching.label in (Label.OPTION_POSING, Label.SUGGESTIVE):
        assert coaching.suggestion is not None
        assert coaching.suggestion.startswith("Tell me")


# --- the rule file --------------------------------------------------------------------------


def test_shipped_rules_load_and_every_rule_label_is_known() -> None:
    book = parse_rulebook(RULES)
    assert book.language == "en"
    assert {rule.label for rule in book.rules} == set(Label) - {Label.UNCLASSIFIED}


def _broken_copy(tmp_path: Path, edit: str) -> Path:
    doc = yaml.safe_load(RULES.read_text(encoding="utf-8"))
    match edit:
        case "unknown-label":
            doc["rules"][0]["label"] = "leading"
        case "unknown-match":
            doc["rules"][3]["match"] = "sounds_leading"
        case "reason-without-cue":
            doc["rules"][0]["reason"] = "this is leading"
        case "missing-word-set":
            del doc["words"]["fillers"]
        case "empty-word-set":
            doc["words"]["tag_words"] = []
        case "unknown-placeholder":
            doc["rules"][1]["phrases"].append("{nobody_knows} said")
        case "phrases-on-structural-rule":
            doc["rules"][0]["phrases"] = ["did he"]
        case "closed-suggestion":
            doc["suggestions"]["generic"] = "Did anything else happen?"
        case "yes-unquoted":
            doc["words"]["tag_words"].append(True)
    path = tmp_path / "en.yaml"
    path.write_text(yaml.safe_dump(doc, sort_keys=False), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("edit", "where"),
    [
        ("unknown-label", "rules[0].label"),
        ("unknown-match", "rules[3].match"),
        ("reason-without-cue", "rules[0].reason"),
        ("missing-word-set", "words.fillers"),
        ("empty-word-set", "words.tag_words"),
        ("unknown-placeholder", "rules[1].phrases["),
        ("phrases-on-structural-rule", "rules[0].phrases"),
        ("closed-suggestion", "suggestions.generic"),
        ("yes-unquoted", "words.tag_words["),
    ],
)
def test_malformed_rules_name_file_and_field(tmp_path: Path, edit: str, where: str) -> None:
    path = _broken_copy(tmp_path, edit)
    with pytest.raises(FormDefinitionError) as caught:
        parse_rulebook(path)
    assert "en.yaml" in caught.value.message
    assert f" {where}" in caught.value.message


def test_unreadable_yaml_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "en.yaml"
    path.write_text("rules: [unclosed\n", encoding="utf-8")
    with pytest.raises(FormDefinitionError, match=r"en\.yaml"):
        parse_rulebook(path)


@pytest.fixture
def edited_rules(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A private copy of forms/ that a test may edit; the cached rule books are reloaded."""
    root = tmp_path / "data"
    shutil.copytree(REPO_ROOT / "forms", root / "forms")
    monkeypatch.setenv("BARNAHUS_DATA_ROOT", str(root))
    rulebook_for.cache_clear()
    yield root / "forms" / "coaching" / "en.yaml"
    rulebook_for.cache_clear()


def test_centre_can_extend_a_cue_list(edited_rules: Path) -> None:
    utterance = "Your godmother said he hit you."
    assert classify(utterance).label is Label.FACILITATOR
    doc = yaml.safe_load(edited_rules.read_text(encoding="utf-8"))
    doc["words"]["sources"].append("godmother")
    edited_rules.write_text(yaml.safe_dump(doc, sort_keys=False), encoding="utf-8")
    rulebook_for.cache_clear()
    assert classify(utterance).label is Label.SUGGESTIVE


def test_broken_installed_rules_fail_loudly(edited_rules: Path) -> None:
    edited_rules.write_text("language: en\n", encoding="utf-8")
    with pytest.raises(FormDefinitionError, match=r"en\.yaml is invalid at words"):
        classify("Where was that?")


def test_classify_with_a_given_rule_book(tmp_path: Path) -> None:
    copy = tmp_path / "en.yaml"
    copy.write_text(RULES.read_text(encoding="utf-8"), encoding="utf-8")
    coaching = classify_with(parse_rulebook(copy), "Where was that?")
    assert coaching.label is Label.DIRECTIVE
