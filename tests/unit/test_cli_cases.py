"""``barnahus case list|new|close|erase|import|export`` on the command line."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.conftest import PASSPHRASES, Team, make_team

from barnahus.cli.main import run
from barnahus.roles import Compartment
from barnahus.services.cases import create_case, list_cases
from barnahus.services.records import (
    RecordContent,
    create_record,
    read_record,
    records_of_case,
    save_revision,
)
from barnahus.services.transfer import ENCRYPTED_MAGIC

NUMBER = "BH-C-0007"
FILE_SECRET = "the passphrase of the file"


def _file(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / f"{name}.secret"
    path.write_text(text + "\n", encoding="utf-8")
    return str(path)


def _as(team: Team, tmp_path: Path, name: str) -> list[str]:
    secret = _file(tmp_path, name, PASSPHRASES[name])
    return ["--store", str(team.path), "--user", name, "--passphrase-file", secret]


def _fill(team: Team) -> None:
    case = create_case(team.db, team.coordinator, NUMBER)
    profile = {"pseudonym": "Wren", "estimated_age": 8}
    for kind, compartment, content in [
        ("child_profile", Compartment.IDENTITY, RecordContent("Wren", profile)),
        ("note", Compartment.INTERVIEW, RecordContent("Plan", {"text": "Soft start."})),
    ]:
        record = create_record(team.db, team.psychologist, case.id, kind, compartment)
        save_revision(team.db, team.psychologist, record.id, content)


@pytest.fixture
def other(tmp_path: Path) -> Iterator[Team]:
    built = make_team(tmp_path / "other" / "store.sqlite3")
    yield built
    built.db.dispose()


def _contents(team: Team) -> list[tuple[str, str, str]]:
    [case] = [c for c in list_cases(team.db) if c.case_number == NUMBER]
    found = []
    for record in records_of_case(team.db, case.id):
        content = read_record(team.db, team.psychologist, record.id, audited=False).content
        found.append((record.kind, record.compartment, content.title))
    return sorted(found)


def test_case_list_shows_numbers_and_statuses(
    team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _fill(team)
    assert run(["case", "new", "--number", "BH-C-0001", *_as(team, tmp_path, "coordinator")]) == 0
    assert run(["case", "close", "BH-C-0001", *_as(team, tmp_path, "coordinator")]) == 0
    capsys.readouterr()
    assert run(["case", "list", *_as(team, tmp_path, "interviewer")]) == 0
    assert capsys.readouterr().out.splitlines() == ["BH-C-0001\tclosed", f"{NUMBER}\topen"]


def test_case_list_needs_sign_in(
    team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _fill(team)
    wrong = _file(tmp_path, "wrong", "certainly not right")
    args = ["case", "list", "--store", str(team.path), "--user", "coordinator"]
    assert run([*args, "--passphrase-file", wrong]) == 3
    captured = capsys.readouterr()
    assert NUMBER not in captured.out + captured.err


def test_case_new_prints_the_next_number(
    team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["case", "new", *_as(team, tmp_path, "interviewer")]) == 0
    number = capsys.readouterr().out.strip()
    assert [c.case_number for c in list_cases(team.db)] == [number]


def test_erase_needs_yes(team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _fill(team)
    assert run(["case", "erase", NUMBER, *_as(team, tmp_path, "coordinator")]) == 2
    assert "--yes" in capsys.readouterr().err
    assert [c.status for c in list_cases(team.db)] == ["open"]
    assert run(["case", "erase", NUMBER, "--yes", *_as(team, tmp_path, "coordinator")]) == 0
    assert [c.status for c in list_cases(team.db, include_erased=True)] == ["erased"]


def test_plaintext_export_round_trip_warns(
    team: Team, other: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _fill(team)
    out = tmp_path / "case.json"
    export = ["case", "export", NUMBER, "--out", str(out), "--plaintext"]
    assert run([*export, *_as(team, tmp_path, "psychologist")]) == 0
    captured = capsys.readouterr()
    assert "NOT encrypted" in captured.err
    assert json.loads(out.read_text(encoding="utf-8"))["case"]["case_number"] == NUMBER
    assert run(["case", "import", str(out), *_as(other, tmp_path, "psychologist")]) == 0
    assert f"Imported case {NUMBER} with 2 records." in capsys.readouterr().out
    assert _contents(other) == _contents(team)


def test_encrypted_export_round_trip_with_own_passphrase(
    team: Team, other: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _fill(team)
    out = tmp_path / "case.bhx"
    assert (
        run(["case", "export", NUMBER, "--out", str(out), *_as(team, tmp_path, "psychologist")])
        == 0
    )
    assert "encrypted with your own passphrase" in capsys.readouterr().out
    assert out.read_bytes().startswith(ENCRYPTED_MAGIC)
    # Both teams give their psychologist the same passphrase, so the default works across.
    assert run(["case", "import", str(out), *_as(other, tmp_path, "psychologist")]) == 0
    assert _contents(other) == _contents(team)


def test_encrypted_export_round_trip_with_a_file_passphrase(
    team: Team, other: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _fill(team)
    out = tmp_path / "case.bhx"
    secret = ["--file-passphrase-file", _file(tmp_path, "file", FILE_SECRET)]
    export = ["case", "export", NUMBER, "--out", str(out), *secret]
    assert run([*export, *_as(team, tmp_path, "psychologist")]) == 0
    # Without the file passphrase, the importer's own passphrase does not open it.
    assert run(["case", "import", str(out), *_as(other, tmp_path, "psychologist")]) == 3
    assert list_cases(other.db, include_erased=True) == []
    assert run(["case", "import", str(out), *secret, *_as(other, tmp_path, "psychologist")]) == 0
    assert _contents(other) == _contents(team)


def test_export_reports_left_out_compartments(
    team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _fill(team)
    out = tmp_path / "case.json"
    export = ["case", "export", NUMBER, "--out", str(out), "--plaintext"]
    assert run([*export, *_as(team, tmp_path, "coordinator")]) == 0
    assert "Left out, because your account cannot open them: interview." in capsys.readouterr().err
    assert json.loads(out.read_text(encoding="utf-8"))["omitted_compartments"] == ["interview"]


@pytest.mark.parametrize(
    ("content", "named"),
    [
        ('{"format": "barnahus-case", "version": 1,', "not valid JSON"),
        ('{"format": "barnahus-case", "version": 7}', "at version"),
        (
            '{"format": "barnahus-case", "version": 1, "exported_at": "2024-01-01T00:00:00Z",'
            ' "case": {"case_number": "BH-X-1", "status": "open"}, "notes": [{"compartment":'
            ' "interview", "title": "t", "text": 5}]}',
            "at notes[0].text",
        ),
        (
            '{"format": "barnahus-case", "version": 1, "exported_at": "2024-01-01T00:00:00Z",'
            ' "case": {"case_number": "BH-X-1", "status": "open"}, "notes": [{"compartment":'
            ' "medical", "title": "t", "text": "x"}]}',
            "at notes[0].compartment",
        ),
    ],
)
def test_malformed_import_is_refused_and_leaves_no_case(
    team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str, named: str
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(content, encoding="utf-8")
    assert run(["case", "import", str(bad), *_as(team, tmp_path, "psychologist")]) == 2
    err = capsys.readouterr().err
    assert named in err
    assert err.count("\n") == 1
    assert "Traceback" not in err
    assert list_cases(team.db, include_erased=True) == []


def test_plaintext_and_file_passphrase_together_are_refused(
    team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _fill(team)
    out = tmp_path / "case.json"
    secret = ["--file-passphrase-file", _file(tmp_path, "file", FILE_SECRET)]
    export = ["case", "export", NUMBER, "--out", str(out), "--plaintext", *secret]
    assert run([*export, *_as(team, tmp_path, "psychologist")]) == 2
    assert not out.exists()


def test_export_of_an_unknown_case_is_an_error(
    team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "case.json"
    export = ["case", "export", "NO-SUCH-1", "--out", str(out), "--plaintext"]
    assert run([*export, *_as(team, tmp_path, "psychologist")]) == 2
    assert "no case with that number" in capsys.readouterr().err
    assert not out.exists()
