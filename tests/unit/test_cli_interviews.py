"""``barnahus interview list|report``: metadata for everyone, the summary PDF for the team."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from tests.conftest import PASSPHRASES, Team
from tests.interview_kit import run_session

from barnahus.cli import main as cli_main
from barnahus.cli.main import run
from barnahus.services.cases import create_case


def test_interview_commands_are_registered() -> None:
    assert "interviews" in cli_main._COMMAND_MODULES


def _as(team: Team, tmp_path: Path, name: str) -> list[str]:
    secret = tmp_path / f"{name}.secret"
    secret.write_text(PASSPHRASES[name] + "\n", encoding="utf-8")
    return ["--store", str(team.path), "--user", name, "--passphrase-file", str(secret)]


def test_list_shows_metadata_even_to_the_coordinator(
    team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    case = create_case(team.db, team.coordinator, "BH-L-0001")
    create_case(team.db, team.coordinator, "BH-L-0002")
    state = run_session(team.db, team.interviewer, case.id)

    assert run(["interview", "list", *_as(team, tmp_path, "coordinator")]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    fields = line.split("\t")
    assert fields[:6] == [
        state.session_id,
        "BH-L-0001",
        "2026-10-20 08:30",
        "finalised",
        "Lantern room (interview room 1)",
        "interviewer",
    ]
    assert fields[6].count(":") == 2  # h:mm:ss
    assert "CANARY" not in line

    assert run(["interview", "list", "BH-L-0002", *_as(team, tmp_path, "coordinator")]) == 0
    assert capsys.readouterr().out == ""
    assert run(["interview", "list", "BH-NOPE", *_as(team, tmp_path, "coordinator")]) == 2


def test_report_writes_the_summary_pdf(
    team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    case = create_case(team.db, team.coordinator, "BH-R-0001")
    state = run_session(team.db, team.interviewer, case.id)
    target = tmp_path / "summary.pdf"

    me = _as(team, tmp_path, "psychologist")
    code = run(["interview", "report", state.session_id[:8], "--out", str(target), *me])

    assert code == 0
    assert state.session_id in capsys.readouterr().out
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(target).pages).split())
    assert "Free recall" in text
    assert "Declined" in text


def test_report_is_refused_without_the_interview_key(
    team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    case = create_case(team.db, team.coordinator, "BH-R-0002")
    state = run_session(team.db, team.interviewer, case.id)
    target = tmp_path / "summary.pdf"

    coordinator = _as(team, tmp_path, "coordinator")
    code = run(["interview", "report", state.session_id, "--out", str(target), *coordinator])

    assert code == 1
    assert "cannot open interview records" in capsys.readouterr().err
    assert not target.exists()
    interviewer = _as(team, tmp_path, "interviewer")
    assert run(["interview", "report", "nope", "--out", str(target), *interviewer]) == 2
