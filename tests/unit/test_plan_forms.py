"""forms/life_project.yaml, forms/risk_lists.yaml, the child texts and the pictures: loaded,
checked, and refused with the file and the place named when a centre breaks them."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from tests.conftest import REPO_ROOT

from barnahus.errors import FormDefinitionError
from barnahus.formdefs.plan import life_project_form
from barnahus.formdefs.plan_child_text import child_text_path, plan_child_text
from barnahus.formdefs.plan_parse import parse_plan_form
from barnahus.reports.pictures import PictureError, parse_picture, picture

PICTURES = REPO_ROOT / "resources" / "pictures"


def test_the_bundled_form_has_every_part_of_a_life_project() -> None:
    form = life_project_form()
    assert [s.key for s in form.sections] == [
        "about", "child_views", "people", "legal_status", "best_interests", "safety", "care",
        "health", "education", "family", "justice", "durable_solution", "goals", "reviews",
        "signatures",
    ]  # fmt: skip
    goals = form.field("goals.goals")
    assert goals is not None
    assert [c.key for c in goals.columns] == [
        "goal", "for_child", "actions", "owner", "due", "success", "status",
    ]  # fmt: skip
    risks = form.field("safety.missing_risks")
    assert risks is not None
    assert risks.risks is not None
    labels = {r.label for r in risks.risks.risks}
    assert {
        "Previous missing episodes",
        "Debt or pressure to send money",
        "Substance use",
    } <= labels


def test_risks_are_never_meant_for_the_child() -> None:
    form = life_project_form()
    visible = {f.path for s in form.sections for f in s.child_fields()}
    assert visible
    assert not any(path.startswith("safety.") for path in visible)
    assert "child_views.worries" not in visible


Edit = Callable[[str, str], tuple[Path, Path]]


@pytest.fixture
def forms_copy(tmp_path: Path) -> Edit:
    """``edit(old, new)`` replaces text in a copy of the form (or, with "risks:" before
    ``old``, of the risk lists) and returns the two paths."""
    plan, risks = tmp_path / "life_project.yaml", tmp_path / "risk_lists.yaml"
    shutil.copy(REPO_ROOT / "forms" / "life_project.yaml", plan)
    shutil.copy(REPO_ROOT / "forms" / "risk_lists.yaml", risks)

    def edit(old: str, new: str) -> tuple[Path, Path]:
        target = risks if old.startswith("risks:") else plan
        old = old.removeprefix("risks:")
        text = target.read_text(encoding="utf-8")
        assert old in text, old
        target.write_text(text.replace(old, new, 1), encoding="utf-8")
        return plan, risks

    return edit


RISKS_FIELD = "        risks: missing\n        required: true\n"
WISHES = "      - key: wishes\n        type: quotes\n        label: Wishes\n"


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            RISKS_FIELD,
            RISKS_FIELD.replace("missing", "nowhere"),
            "life_project.yaml is invalid at sections[5].fields[0].risks",
        ),
        (
            RISKS_FIELD,
            RISKS_FIELD + "        child: true\n",
            "sections[5].fields[0].child: risks never appear",
        ),
        (WISHES, WISHES.replace("        label: Wishes\n", ""), "sections[1].fields[0].label"),
        (WISHES, WISHES.replace("quotes", "sonnet"), "sections[1].fields[0].type"),
        ("key: strengths", "key: wishes", "sections[1].fields[1].key: 'wishes' appears twice"),
        (
            "next_review: reviews.next_review",
            "next_review: reviews.later_reviews",
            "hooks.next_review",
        ),
        ("picture: goals", "picture: unicorn", "sections[12].picture"),
        ("equals: return}", "equals: moon}", "approval_rules[0].when.equals"),
        (
            "values: [child, guardian, case_manager]",
            "values: [child, pet]",
            "approval_rules[1].require[0].has_rows.values",
        ),
        (
            "risks:      - key: substance_use",
            "      - key: previous_missing",
            "risk_lists.yaml is invalid at lists.missing.risks[5].key",
        ),
    ],
)
def test_a_broken_form_names_the_file_and_the_field(
    forms_copy: Edit, old: str, new: str, message: str
) -> None:
    plan, risks = forms_copy(old, new)
    with pytest.raises(FormDefinitionError) as raised:
        parse_plan_form(plan, risks, PICTURES)
    assert message in raised.value.message


def test_a_centre_can_add_a_field_without_code(forms_copy: Edit) -> None:
    plan, risks = forms_copy(
        "      - key: daily_life\n",
        "      - key: pets\n        type: text\n        label: Pets\n        child: true\n"
        "      - key: daily_life\n",
    )
    form = parse_plan_form(plan, risks, PICTURES)
    added = form.field("care.pets")
    assert added is not None
    assert added.label == "Pets"


# child texts --------------------------------------------------------------------------------
def test_english_is_complete_and_says_it_is_not_reviewed_yet() -> None:
    text = plan_child_text("en", life_project_form())
    assert not text.is_fallback
    assert text.reviewed is False  # honest until a native speaker has read it
    assert text.date("2027-03-05") == "5 March 2027"
    assert set(text.sections) == {"child_views", "people", "goals", "reviews"}


def test_a_language_without_a_file_falls_back_to_english() -> None:
    # Somali is on the interview list but has no child texts yet.
    text = plan_child_text("so", life_project_form())
    assert text.language == "en"
    assert text.is_fallback
    assert text.requested == "so"


@pytest.fixture
def data_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "data"
    for name in ("forms", "resources", "ui"):
        shutil.copytree(REPO_ROOT / name, root / name)
    monkeypatch.setenv("BARNAHUS_DATA_ROOT", str(root))
    return root


def test_a_child_text_naming_a_risk_is_refused(data_root: Path) -> None:
    path = child_text_path("en")
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    doc["fields"]["safety.missing_risks"] = "Things that could go wrong"
    path.write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    with pytest.raises(FormDefinitionError) as raised:
        plan_child_text("en", life_project_form())
    assert "plan_en.yaml is invalid at fields.safety.missing_risks" in raised.value.message


def test_english_missing_a_words_is_refused(data_root: Path) -> None:
    path = child_text_path("en")
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    del doc["columns"]["goals.goals.owner"]
    path.write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    with pytest.raises(FormDefinitionError) as raised:
        plan_child_text("en", life_project_form())
    assert "columns.goals.goals.owner" in raised.value.message


def test_another_language_takes_missing_words_from_english(data_root: Path) -> None:
    (child_text_path("el")).write_text(
        "language: el\nname: Ελληνικά\nreviewed: false\n"
        "document: {title: Το σχέδιό μου}\n"
        "dates: {pattern: '{day} {month} {year}', months: [Ιαν, Φεβ, Μαρ, Απρ, Μαΐ, Ιουν, "
        "Ιουλ, Αυγ, Σεπ, Οκτ, Νοε, Δεκ]}\n",
        encoding="utf-8",
    )
    text = plan_child_text("el", life_project_form())
    assert text.language == "el"
    assert not text.is_fallback
    assert text.document["title"] == "Το σχέδιό μου"
    assert text.document["closing"].startswith("You can ask")  # from English
    assert text.date("2027-03-05") == "5 Μαρ 2027"


# pictures -----------------------------------------------------------------------------------
@pytest.mark.parametrize("name", ["wishes", "helpers", "goals", "meeting", "plan"])
def test_every_picture_of_the_child_version_draws(name: str) -> None:
    drawing = picture(name, 60)
    assert drawing.width == 60
    assert drawing.contents


def test_a_picture_with_an_unknown_element_is_refused(tmp_path: Path) -> None:
    broken = tmp_path / "broken.svg"
    broken.write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">'
        '<circle cx="5" cy="5" r="4"/><image href="x.png"/></svg>',
        encoding="utf-8",
    )
    with pytest.raises(PictureError) as raised:
        parse_picture(broken, 20)
    assert raised.value.message == (
        "The picture broken.svg is invalid at element 2: a <image> this reader cannot draw."
    )
