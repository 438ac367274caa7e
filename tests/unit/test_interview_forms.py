"""The interview's forms/ files load, and a mistake names the file and the field."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
import yaml
from tests.conftest import REPO_ROOT

from barnahus.errors import FormDefinitionError
from barnahus.formdefs.interview import interview_setup, parse_protocol, parse_setup, protocol
from barnahus.formdefs.preparation import (
    child_texts,
    parse_child_texts,
    parse_preparation,
    preparation,
)
from barnahus.interview.preparation import child_script

FORMS = REPO_ROOT / "forms"
BANDS = ("3-6", "7-11", "12-17")


def _edited(tmp_path: Path, source: Path, name: str, edit: object) -> Path:
    doc = yaml.safe_load(source.read_text(encoding="utf-8"))
    assert callable(edit)
    edit(doc)
    target = tmp_path / name
    target.write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    return target


def test_the_shipped_files_load() -> None:
    setup = interview_setup()
    assert [a.key for a in setup.agencies] == [
        "police",
        "prosecutor",
        "defence",
        "child_protection",
        "guardian",
        "psychologist",
    ]
    assert [b.key for b in setup.age_bands] == list(BANDS)
    nichd = protocol(setup.default_protocol)
    assert [p.key for p in nichd.phases] == [
        "introduction",
        "rapport",
        "ground_rules",
        "practice_narrative",
        "transition",
        "free_recall",
        "break",
        "follow_up",
        "disclosure",
        "closing",
        "neutral_topic",
    ]
    assert [p.key for p in nichd.phases if p.consult_observers] == ["break"]
    english = child_texts("en")
    assert english is not None
    assert english.missing(preparation()) == []
    assert english.reviewed is False


@pytest.mark.parametrize(
    ("edit", "where"),
    [
        (lambda d: d["agencies"].append({"key": "police", "label": "Again"}), "agencies[6]"),
        (lambda d: d["rooms"].__setitem__(0, True), "rooms[0]"),
        (lambda d: d.__setitem__("markers", [{"key": "distress", "label": "x"}]), "markers"),
        (lambda d: d["readiness"][0].pop("question"), "readiness[0].question"),
    ],
)
def test_a_broken_setup_names_the_field(tmp_path: Path, edit: object, where: str) -> None:
    path = _edited(tmp_path, FORMS / "interview" / "setup.yaml", "setup.yaml", edit)
    with pytest.raises(FormDefinitionError, match=re.escape(f"setup.yaml is invalid at {where}:")):
        parse_setup(path)


def test_a_protocol_must_match_its_file_and_have_prompts(tmp_path: Path) -> None:
    source = FORMS / "interview" / "protocols" / "nichd.yaml"
    renamed = tmp_path / "other.yaml"
    shutil.copy(source, renamed)
    with pytest.raises(FormDefinitionError, match=r"other\.yaml is invalid at protocol"):
        parse_protocol(renamed)
    no_prompts = _edited(tmp_path, source, "nichd.yaml", lambda d: d["phases"][2].pop("prompts"))
    with pytest.raises(FormDefinitionError, match=r"invalid at phases\[2\]\.prompts"):
        parse_protocol(no_prompts)
    with pytest.raises(FormDefinitionError, match="no file"):
        protocol("../setup")


def test_steps_need_known_pictures_kinds_and_bands(tmp_path: Path) -> None:
    source = FORMS / "preparation" / "steps.yaml"
    for edit, where in [
        (lambda d: d["steps"][0].__setitem__("picture", "nope.svg"), r"steps\[0\]\.picture"),
        (lambda d: d["steps"][1].__setitem__("kind", "quiz"), r"steps\[1\]\.kind"),
        (lambda d: d["steps"][2].__setitem__("bands", ["0-2"]), r"steps\[2\]\.bands"),
    ]:
        path = _edited(tmp_path, source, "steps.yaml", edit)
        with pytest.raises(FormDefinitionError, match=rf"steps\.yaml is invalid at {where}"):
            parse_preparation(path, BANDS)


def test_english_must_be_complete_and_other_languages_may_not_be(tmp_path: Path) -> None:
    source = REPO_ROOT / "resources" / "child_text" / "prep_en.yaml"
    gap = _edited(tmp_path, source, "prep_en.yaml", lambda d: d["steps"]["room"].pop("3-6"))
    with pytest.raises(FormDefinitionError, match=r"invalid at steps\.room\.3-6"):
        parse_child_texts(gap, preparation())

    def swedish(doc: dict[str, object]) -> None:
        doc["language"] = "sv"
        steps = doc["steps"]
        assert isinstance(steps, dict)
        steps.pop("room")

    partial = parse_child_texts(_edited(tmp_path, source, "prep_sv.yaml", swedish), preparation())
    assert ("room", "7-11") in partial.missing(preparation())
    no_practice = _edited(
        tmp_path, source, "prep_en.yaml", lambda d: d["steps"]["rule_truth"]["7-11"].pop("practice")
    )
    with pytest.raises(FormDefinitionError, match=r"steps\.rule_truth\.7-11\.practice"):
        parse_child_texts(no_practice, preparation())


def test_the_child_script_follows_the_age_band_and_warns_the_interviewer() -> None:
    young = child_script("3-6", "en")
    older = child_script("12-17", "en")
    assert "how_long" not in [s.key for s in young.steps]
    assert "how_long" in [s.key for s in older.steps]
    assert young.step("interviewer") != older.step("interviewer")
    assert all(step.picture.is_file() for step in older.steps)
    feelings = older.step("feelings")
    assert feelings is not None
    assert [f.key for f in feelings.faces] == [f.key for f in preparation().feelings]
    assert young.warnings == (
        "The English child texts have not been reviewed by a native speaker yet.",
    )
    other = child_script("7-11", "other", "Freedonian")
    assert other.language.code == "en"
    assert other.warnings[0].startswith("There are no child texts in Freedonian")
