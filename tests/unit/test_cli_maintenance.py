"""``barnahus verify``, ``backup`` and ``restore`` on the command line, plus real processes.

The subprocess tests run ``python -m barnahus`` so the exit codes are the ones a shell script
sees, with no in-process shortcuts.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest
from tests.conftest import PASSPHRASES, Team

from barnahus.cli.main import run
from barnahus.roles import Compartment
from barnahus.services.cases import create_case, list_cases
from barnahus.services.records import RecordContent, create_record, save_revision
from barnahus.services.session import open_store


def _file(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / f"{name}.secret"
    path.write_text(text + "\n", encoding="utf-8")
    return str(path)


def _as(team: Team, tmp_path: Path, name: str) -> list[str]:
    secret = _file(tmp_path, name, PASSPHRASES[name])
    return ["--store", str(team.path), "--user", name, "--passphrase-file", secret]


def _note(team: Team) -> str:
    case = create_case(team.db, team.coordinator, "BH-M-0001")
    record = create_record(team.db, team.psychologist, case.id, "note", Compartment.CAREPLAN)
    save_revision(team.db, team.psychologist, record.id, RecordContent("t", {"text": "x"}))
    return record.id


def test_verify_intact_store_exits_0(
    team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("barnahus.services.verify")
    _note(team)
    assert run(["verify", *_as(team, tmp_path, "psychologist")]) == 0
    assert "The store is intact: 1 records" in capsys.readouterr().out


def test_verify_damaged_record_exits_4_naming_it(
    team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("barnahus.services.verify")
    record_id = _note(team)
    with closing(sqlite3.connect(team.path)) as connection, connection:
        connection.execute(
            "UPDATE revisions SET body = zeroblob(length(body)) WHERE record_id = ?", (record_id,)
        )
    assert run(["verify", *_as(team, tmp_path, "psychologist")]) == 4
    err = capsys.readouterr().err
    assert record_id in err
    assert "Traceback" not in err


def test_backup_and_restore_round_trip(
    team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("barnahus.services.backup")
    _note(team)
    backup = tmp_path / "store.backup"
    assert run(["backup", "--out", str(backup), *_as(team, tmp_path, "admin")]) == 0
    assert backup.is_file()
    target = tmp_path / "restored" / "store.sqlite3"
    restore = ["restore", str(backup), "--store", str(target), "--user", "coordinator"]
    secret = _file(tmp_path, "coordinator", PASSPHRASES["coordinator"])
    assert run([*restore, "--passphrase-file", secret]) == 0
    with open_store(target) as db:
        assert [c.case_number for c in list_cases(db)] == ["BH-M-0001"]
    # The target now exists, so a second restore there is refused.
    capsys.readouterr()
    assert run([*restore, "--passphrase-file", secret]) == 2
    assert "already exists" in capsys.readouterr().err


def _barnahus(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "barnahus", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        timeout=120,
        check=False,
    )


@pytest.mark.slow
def test_exit_codes_of_a_real_process(tmp_path: Path) -> None:
    store = str(tmp_path / "s.sqlite3")
    good = _file(tmp_path, "good", PASSPHRASES["admin"])
    wrong = _file(tmp_path, "wrong", "this is not the passphrase")
    fast = ["--kdf-memory-kib", "65536", "--kdf-lanes", "1"]

    created = _barnahus("init", "--store", store, "--passphrase-file", good, *fast, cwd=tmp_path)
    assert created.returncode == 0, created.stderr
    assert "RECOVERY KEY" in created.stdout

    denied = _barnahus(
        "case",
        "list",
        "--store",
        store,
        "--user",
        "admin",
        "--passphrase-file",
        wrong,
        cwd=tmp_path,
    )
    assert denied.returncode == 3
    assert denied.stderr.count("\n") == 1
    assert "Traceback" not in denied.stderr

    listed = _barnahus(
        "--store", store, "--user", "admin", "--passphrase-file", good, "case", "list", cwd=tmp_path
    )
    assert (listed.returncode, listed.stdout) == (0, "")

    usage = _barnahus("case", "erase", "BH-1", "--store", store, cwd=tmp_path)
    assert usage.returncode == 2
    assert "--yes" in usage.stderr

    missing = _barnahus(
        "case", "list", "--store", str(tmp_path / "none.sqlite3"), "--user", "admin", cwd=tmp_path
    )
    assert missing.returncode == 1
    assert "barnahus init" in missing.stderr
