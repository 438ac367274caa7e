"""``barnahus plan pdf|versions|reviews`` on the command line."""

from __future__ import annotations

import copy
import io
import stat
from pathlib import Path

import pypdf
import pytest
from tests.conftest import PASSPHRASES, Team

from barnahus.cli import main as cli_main
from barnahus.cli.main import run
from barnahus.services.cases import create_case
from barnahus.services.demo_plans import plan_versions
from barnahus.services.plans import approve_plan, save_plan, submit_plan

NUMBER = "BH-CLI-3"


def test_plan_command_is_registered() -> None:
    assert "plans" in cli_main._COMMAND_MODULES


def _as(team: Team, tmp_path: Path, name: str) -> list[str]:
    secret = tmp_path / f"{name}.secret"
    secret.write_text(PASSPHRASES[name] + "\n", encoding="utf-8")
    return ["--store", str(team.path), "--user", name, "--passphrase-file", str(secret)]


@pytest.fixture
def plan(team: Team) -> None:
    values = copy.deepcopy(plan_versions("DEMO-0002")[0])
    case_id = create_case(team.db, team.coordinator, NUMBER).id
    submit_plan(team.db, team.psychologist, case_id, values)
    approve_plan(team.db, team.coordinator, case_id, 1)
    values["reviews"]["next_review"] = "2027-01-20"
    save_plan(team.db, team.psychologist, case_id, values)


@pytest.mark.usefixtures("plan")
@pytest.mark.parametrize("audience", ["professional", "child"])
def test_plan_pdf_writes_a_private_pdf(
    team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str], audience: str
) -> None:
    out = tmp_path / f"{audience}.pdf"
    args = ["plan", "pdf", NUMBER, "--audience", audience, "--out", str(out), "--paper", "letter"]
    assert run([*args, *_as(team, tmp_path, "coordinator")]) == 0
    reader = pypdf.PdfReader(io.BytesIO(out.read_bytes()))
    assert round(float(reader.pages[0].mediabox.width)) == 612
    text = " ".join(p.extract_text() for p in reader.pages)
    assert ("CONFIDENTIAL" in text) is (audience == "professional")
    assert ("My goals" in text) is (audience == "child")
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    captured = capsys.readouterr()
    assert f"Wrote the {audience} version of plan version 1 (approved" in captured.out
    assert "not encrypted" in captured.err


@pytest.mark.usefixtures("plan")
def test_plan_pdf_of_a_chosen_version(team: Team, tmp_path: Path) -> None:
    out = tmp_path / "v2.pdf"
    args = ["plan", "pdf", NUMBER, "--audience", "professional", "--version", "2"]
    assert run([*args, "--out", str(out), *_as(team, tmp_path, "coordinator")]) == 0
    text = pypdf.PdfReader(io.BytesIO(out.read_bytes())).pages[0].extract_text()
    assert "Version 2 · Draft" in text


@pytest.mark.usefixtures("plan")
@pytest.mark.parametrize(
    ("who", "extra", "code", "message"),
    [
        ("psychologist", [], 1, "Only a coordinator can do this."),
        ("interviewer", [], 1, "Only a coordinator can do this."),
        ("coordinator", ["--version", "9"], 2, "This plan has no version 9."),
    ],
)
def test_plan_pdf_refusals(
    team: Team,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    who: str,
    extra: list[str],
    code: int,
    message: str,
) -> None:
    out = tmp_path / "refused.pdf"
    args = ["plan", "pdf", NUMBER, "--audience", "child", "--out", str(out), *extra]
    assert run([*args, *_as(team, tmp_path, who)]) == code
    assert message in capsys.readouterr().err
    assert not out.exists()


def test_plan_pdf_usage_errors_exit_with_2(
    team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["plan", "pdf", NUMBER, "--audience", "child", "--out", str(tmp_path / "x.pdf")]
    for extra in (["--version", "0"], ["--paper", "a3"], ["--audience", "everyone"]):
        with pytest.raises(SystemExit) as raised:
            run([*args, *extra, *_as(team, tmp_path, "coordinator")])
        assert raised.value.code == 2
    assert "must be 1 or more" in capsys.readouterr().err


@pytest.mark.usefixtures("plan")
def test_plan_pdf_never_overwrites(
    team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "kept.pdf"
    out.write_bytes(b"someone else's file")
    args = ["plan", "pdf", NUMBER, "--audience", "child", "--out", str(out)]
    assert run([*args, *_as(team, tmp_path, "coordinator")]) == 2
    assert out.read_bytes() == b"someone else's file"
    assert "already exists" in capsys.readouterr().err


@pytest.mark.usefixtures("plan")
def test_plan_versions_and_reviews(
    team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["plan", "versions", NUMBER, *_as(team, tmp_path, "psychologist")]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split("\t")[:2] for line in lines] == [["1", "approved"], ["2", "draft"]]
    args = ["plan", "reviews", "--within", "36500", *_as(team, tmp_path, "coordinator")]
    assert run(args) == 0
    assert capsys.readouterr().out.split("\t")[:2] == [NUMBER, "2026-12-17"]
