"""``barnahus case export|import`` with a life project: the command-line contract holds."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.conftest import PASSPHRASES, Team, make_team

from barnahus.cli.main import run
from barnahus.services.cases import create_case, list_cases
from barnahus.services.demo_plans import plan_versions
from barnahus.services.plans import approve_plan, save_plan, submit_plan

NUMBER = "BH-C-0042"


def _as(team: Team, tmp_path: Path, name: str) -> list[str]:
    secret = tmp_path / f"{name}.secret"
    secret.write_text(PASSPHRASES[name] + "\n", encoding="utf-8")
    return ["--store", str(team.path), "--user", name, "--passphrase-file", str(secret)]


@pytest.fixture
def other(tmp_path: Path) -> Iterator[Team]:
    built = make_team(tmp_path / "other" / "store.sqlite3")
    yield built
    built.db.dispose()


def _export_plan(team: Team, tmp_path: Path) -> Path:
    approved, draft = plan_versions("DEMO-0003")
    case = create_case(team.db, team.coordinator, NUMBER)
    submit_plan(team.db, team.psychologist, case.id, approved)
    approve_plan(team.db, team.coordinator, case.id, 1)
    save_plan(team.db, team.psychologist, case.id, draft)
    out = tmp_path / "case.json"
    export = ["case", "export", NUMBER, "--out", str(out), "--plaintext"]
    assert run([*export, *_as(team, tmp_path, "coordinator")]) == 0
    return out


def test_plan_round_trip_on_the_command_line(
    team: Team, other: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = _export_plan(team, tmp_path)
    assert "(1 records)" in capsys.readouterr().out
    assert run(["case", "import", str(out), *_as(other, tmp_path, "coordinator")]) == 0
    captured = capsys.readouterr()
    assert f"Imported case {NUMBER} with 1 records." in captured.out
    assert "arrived as history (2 versions)" in captured.err
    assert run(["plan", "versions", NUMBER, *_as(other, tmp_path, "coordinator")]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split("\t")[:2] for line in lines] == [["1", "imported"], ["2", "imported"]]
    assert lines[0].split("\t")[3].startswith("at the other centre: approved by ")
    assert lines[1].split("\t")[3] == "at the other centre: draft"


def test_interviewer_export_leaves_the_plan_out(
    team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _export_plan(team, tmp_path)
    out = tmp_path / "by-interviewer.json"
    export = ["case", "export", NUMBER, "--out", str(out), "--plaintext"]
    assert run([*export, *_as(team, tmp_path, "interviewer")]) == 0
    assert "cannot open them: careplan." in capsys.readouterr().err
    data = json.loads(out.read_text(encoding="utf-8"))
    assert (data["care_plan"], data["omitted_compartments"]) == (None, ["careplan"])


def test_import_without_the_careplan_key_is_an_error_and_leaves_nothing(
    team: Team, other: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = _export_plan(team, tmp_path)
    capsys.readouterr()
    assert run(["case", "import", str(out), *_as(other, tmp_path, "interviewer")]) == 1
    err = capsys.readouterr().err
    assert "care_plan" in err
    assert err.count("\n") == 1
    assert list_cases(other.db, include_erased=True) == []


@pytest.mark.parametrize(
    ("change", "named", "code"),
    [
        (lambda d: d["care_plan"]["versions"][0].update(number=2), "versions[0].number", 2),
        (lambda d: d["care_plan"]["versions"][1].update(colour="x"), "versions[1].colour", 2),
        (
            lambda d: d["care_plan"]["versions"][0]["values"]["about"].update(valid_until="soon"),
            "versions[0].values.about.valid_until",
            2,
        ),
        (lambda d: d.update(version=1), "at care_plan:", 2),
        (lambda d: d.update(version=3), "newer Barnahus Desk", 2),
    ],
)
def test_malformed_plan_is_refused_in_one_sentence(
    team: Team,
    other: Team,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    change: object,
    named: str,
    code: int,
) -> None:
    out = _export_plan(team, tmp_path)
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert callable(change)
    change(doc)
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(doc), encoding="utf-8")
    capsys.readouterr()
    assert run(["case", "import", str(bad), *_as(other, tmp_path, "coordinator")]) == code
    err = capsys.readouterr().err
    assert named in err
    assert err.count("\n") == 1
    assert "Traceback" not in err
    assert list_cases(other.db, include_erased=True) == []
