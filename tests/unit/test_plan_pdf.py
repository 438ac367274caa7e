"""The plan's PDFs: everything filled is in the professional version; the child's version has
only the child's parts, in the child's language, in large type; exports are private and audited."""

from __future__ import annotations

import copy
import io
import re
import shutil
import stat
import tempfile
from pathlib import Path
from typing import Any

import pypdf
import pytest
from pypdf.generic import ContentStream
from tests.conftest import REPO_ROOT, Team

from barnahus.careplan.diff import value_text
from barnahus.careplan.values import Values, value_of
from barnahus.formdefs.plan import life_project_form
from barnahus.formdefs.plan_child_text import child_text_path
from barnahus.services import audit
from barnahus.services.cases import create_case
from barnahus.services.demo_plans import plan_versions
from barnahus.services.keyring import AccessDenied
from barnahus.services.plan_pdf import Audience, export_plan_pdf, preview_plan_pdf
from barnahus.services.plans import approve_plan, save_plan, submit_plan

NUMBER = "BH-PDF-7"
UKRAINIAN = "Я хочу вчитися в школі"
GREEK = "Μου αρέσει να ζωγραφίζω"


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def pdf_text(data: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return flat(" ".join(page.extract_text() for page in reader.pages))


@pytest.fixture
def plan(team: Team) -> tuple[str, Values]:
    """An approved plan with words in Cyrillic and Greek, plus a draft version 2."""
    values = copy.deepcopy(plan_versions("DEMO-0001")[0])
    values["child_views"]["wishes"].append(
        {"words": UKRAINIAN, "recorded_by": "Interpreter (demo)", "recorded_on": "2026-10-01"}
    )
    values["child_views"]["strengths"].append(
        {"words": GREEK, "recorded_by": "Interpreter (demo)", "recorded_on": "2026-10-01"}
    )
    values["about"]["child_language"] = "en"
    case_id = create_case(team.db, team.coordinator, NUMBER).id
    submit_plan(team.db, team.psychologist, case_id, values)
    approve_plan(team.db, team.coordinator, case_id, 1)
    later = copy.deepcopy(values)
    later["reviews"]["next_review"] = "2027-01-12"
    save_plan(team.db, team.psychologist, case_id, later)
    return case_id, values


def test_the_professional_version_holds_every_filled_section(
    team: Team, plan: tuple[str, Values]
) -> None:
    case_id, values = plan
    pdf = preview_plan_pdf(team.db, team.coordinator, case_id, Audience.PROFESSIONAL)
    assert (pdf.version, pdf.status.value) == (1, "approved")  # the one in force by default
    text = pdf_text(pdf.data)
    form = life_project_form()
    for section in form.sections:
        assert flat(section.title) in text, section.title
        for field in section.fields:
            value = value_of(values, field.path)
            if field.type in ("text", "paragraphs", "date", "language"):
                assert flat(value.lstrip("-* "))[:40] in text, field.path
            elif field.type == "choice":
                assert field.label_of(value) in text, field.path
    for words in (UKRAINIAN, GREEK, "I want to go back to school"):
        assert words in text
    for risk in ("Previous missing episodes", "Debt the traffickers say is owed"):
        assert risk in text


def test_every_page_says_case_version_status_and_confidential(
    team: Team, plan: tuple[str, Values]
) -> None:
    case_id, _values = plan
    pdf = preview_plan_pdf(team.db, team.coordinator, case_id, Audience.PROFESSIONAL, number=2)
    reader = pypdf.PdfReader(io.BytesIO(pdf.data))
    assert len(reader.pages) == pdf.pages >= 3
    for number, page in enumerate(reader.pages, start=1):
        text = flat(page.extract_text())
        assert "CONFIDENTIAL" in text
        assert f"Life project · Case {NUMBER}" in text
        assert "Version 2 · Draft" in text
        assert f"Page {number} of {pdf.pages}" in text
    assert "DRAFT – NOT APPROVED" in pdf_text(pdf.data)


@pytest.mark.parametrize(("paper", "size"), [("a4", (595, 842)), ("letter", (612, 792))])
def test_a4_and_letter(
    team: Team, plan: tuple[str, Values], paper: str, size: tuple[int, int]
) -> None:
    case_id, _values = plan
    for audience in Audience:
        pdf = preview_plan_pdf(team.db, team.coordinator, case_id, audience, paper=paper)
        box = pypdf.PdfReader(io.BytesIO(pdf.data)).pages[0].mediabox
        assert (round(float(box.width)), round(float(box.height))) == size


def test_fonts_are_embedded(team: Team, plan: tuple[str, Values]) -> None:
    case_id, _values = plan
    pdf = preview_plan_pdf(team.db, team.coordinator, case_id, Audience.PROFESSIONAL)
    reader = pypdf.PdfReader(io.BytesIO(pdf.data))
    for page in reader.pages:
        resources: Any = page["/Resources"]
        fonts = [f.get_object() for f in resources["/Font"].values()]
        assert fonts
        for font in fonts:
            assert "DejaVuSans" in str(font["/BaseFont"])
            assert "/FontFile2" in font["/FontDescriptor"].get_object()


def test_the_child_version_has_only_the_child_parts(team: Team, plan: tuple[str, Values]) -> None:
    case_id, values = plan
    pdf = preview_plan_pdf(team.db, team.coordinator, case_id, Audience.CHILD)
    text = pdf_text(pdf.data)
    for heading in ("My plan", "My wishes", "Who helps me", "My goals", "When we meet next"):
        assert heading in text
    assert "Hello Wren!" in text
    assert UKRAINIAN in text
    assert GREEK in text
    assert "I go to school and learn the language" in text  # a goal in the child's words
    assert "We will meet again on 8 December 2026" in text
    form = life_project_form()
    safety = form.section("safety")
    assert safety is not None
    left_out = [field.label for field in safety.fields]
    for path in ("safety.missing_risks", "safety.trafficking_risks"):
        field = form.field(path)
        assert field is not None
        assert field.risks is not None
        left_out += [risk.label for risk in field.risks.risks]
        left_out += value_text(field, value_of(values, path)).splitlines()
    left_out += [row["words"] for row in values["child_views"]["worries"]]
    left_out += [NUMBER, "Confidential", "CONFIDENTIAL", "Risk", "trafficker", "missing"]
    left_out += [values["legal_status"]["proceedings"][:30], values["care"]["accommodation"][:30]]
    for words in left_out:
        assert flat(words) not in text, words


def test_the_child_version_is_in_large_type(team: Team, plan: tuple[str, Values]) -> None:
    case_id, _values = plan
    pdf = preview_plan_pdf(team.db, team.coordinator, case_id, Audience.CHILD)
    reader = pypdf.PdfReader(io.BytesIO(pdf.data))
    sizes: set[float] = set()
    for page in reader.pages:
        size = 0.0
        for operands, operator in ContentStream(page.get_contents(), reader).operations:
            if operator == b"Tf":
                size = float(operands[1])
            elif operator in (b"Tj", b"TJ", b"'", b'"'):
                sizes.add(size)
    assert sizes
    assert min(sizes) >= 14


@pytest.fixture
def greek(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A Greek child text (a test copy of the data folders)."""
    root = tmp_path / "data"
    for name in ("forms", "resources", "ui"):
        shutil.copytree(REPO_ROOT / name, root / name)
    monkeypatch.setenv("BARNAHUS_DATA_ROOT", str(root))
    child_text_path("el").write_text(
        "language: el\nname: Ελληνικά\nreviewed: false\n"
        "document: {title: Το σχέδιό μου, page: 'Σελίδα {page} από {pages}',"
        " intro_named: 'Γεια σου {name}! Αυτό είναι το σχέδιό σου.'}\n"
        "dates: {pattern: '{day} {month} {year}', months: [Ιανουαρίου, Φεβρουαρίου, Μαρτίου, "
        "Απριλίου, Μαΐου, Ιουνίου, Ιουλίου, Αυγούστου, Σεπτεμβρίου, Οκτωβρίου, Νοεμβρίου, "
        "Δεκεμβρίου]}\n"
        "sections: {child_views: Οι ευχές μου, goals: Οι στόχοι μου}\n",
        encoding="utf-8",
    )


def test_the_child_version_uses_the_child_language(
    team: Team, plan: tuple[str, Values], greek: None
) -> None:
    case_id, values = plan
    values["about"]["child_language"] = "el"
    save_plan(team.db, team.psychologist, case_id, values)
    pdf = preview_plan_pdf(team.db, team.coordinator, case_id, Audience.CHILD, number=2)
    text = pdf_text(pdf.data)
    assert (pdf.language, pdf.fallback_from) == ("el", "")
    for words in (
        "Το σχέδιό μου",
        "Γεια σου Wren!",
        "Οι ευχές μου",
        "Οι στόχοι μου",
        "Σελίδα 1 από",
    ):
        assert words in text
    assert "My wishes" not in text
    assert "Who helps me" in text  # not yet translated: taken from English


def test_a_language_without_words_falls_back_to_english_with_a_note(
    team: Team, plan: tuple[str, Values]
) -> None:
    case_id, values = plan
    values["about"]["child_language"] = "so"
    save_plan(team.db, team.psychologist, case_id, values)
    pdf = preview_plan_pdf(team.db, team.coordinator, case_id, Audience.CHILD, number=2)
    assert (pdf.language, pdf.fallback_from) == ("en", "so")
    assert "not yet ready in your language" in pdf_text(pdf.data)


def test_only_coordinators_make_pdfs(team: Team, plan: tuple[str, Values], tmp_path: Path) -> None:
    case_id, _values = plan
    for keyring in (team.psychologist, team.interviewer, team.admin):
        with pytest.raises(AccessDenied):
            preview_plan_pdf(team.db, keyring, case_id, Audience.PROFESSIONAL)
        with pytest.raises(AccessDenied):
            export_plan_pdf(team.db, keyring, NUMBER, tmp_path / "x.pdf", Audience.CHILD)
    assert not (tmp_path / "x.pdf").exists()


def test_export_writes_a_private_file_audits_it_and_uses_no_temp_folder(
    team: Team, plan: tuple[str, Values], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    out = tmp_path / "out" / "plan.pdf"
    out.parent.mkdir()
    pdf = export_plan_pdf(team.db, team.coordinator, NUMBER, out, Audience.CHILD, paper="letter")
    assert out.read_bytes() == pdf.data
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert list(temp.iterdir()) == []
    assert sorted(p.name for p in out.parent.iterdir()) == ["plan.pdf"]
    with team.db.transaction() as tx:
        entries = [(r.action, r.detail) for r in tx.audit_records()]
    assert (audit.EXPORTED, f"life project version 1, child version, {pdf.pages} pages") in entries
    with pytest.raises(Exception, match="already exists"):
        export_plan_pdf(team.db, team.coordinator, NUMBER, out, Audience.PROFESSIONAL)
    assert out.read_bytes() == pdf.data


def test_previews_are_audited_as_views(team: Team, plan: tuple[str, Values]) -> None:
    case_id, _values = plan
    pdf = preview_plan_pdf(team.db, team.coordinator, case_id, Audience.PROFESSIONAL)
    with team.db.transaction() as tx:
        details = [r.detail for r in tx.audit_records() if r.action == audit.RECORD_VIEWED]
    assert f"preview of life project version 1, professional version, {pdf.pages} pages" in details
