"""``barnahus user roles NAME --role ROLE...``: the command-line contract of changing roles."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import PASSPHRASES, Team

from barnahus.cli.main import run
from barnahus.roles import Compartment
from barnahus.services.signin import sign_in

NEW_SECRET = "a brand new passphrase"


def _file(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / f"{name}.secret"
    path.write_text(text + "\n", encoding="utf-8")
    return str(path)


def _as(team: Team, tmp_path: Path, name: str, passphrase: str | None = None) -> list[str]:
    secret = _file(tmp_path, name, passphrase or PASSPHRASES[name])
    return ["--store", str(team.path), "--user", name, "--passphrase-file", secret]


def test_round_trip_add_then_remove_a_role(
    team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    new_pw = _file(tmp_path, "new", NEW_SECRET)
    add = ["user", "add", "nadia", "--role", "interviewer", "--new-passphrase-file", new_pw]
    assert run([*add, *_as(team, tmp_path, "admin")]) == 0
    assert run(["user", "grant", "nadia", *_as(team, tmp_path, "interviewer")]) == 0
    capsys.readouterr()

    widen = ["user", "roles", "nadia", "--role", "interviewer", "--role", "coordinator"]
    assert run([*widen, *_as(team, tmp_path, "admin")]) == 0
    out = capsys.readouterr().out
    assert "'nadia' now has roles: coordinator, interviewer." in out
    assert "Still missing for 'nadia': careplan." in out
    assert "barnahus user grant nadia" in out
    assert run(["user", "list", *_as(team, tmp_path, "admin")]) == 0
    assert "nadia\tcoordinator,interviewer\tactive" in capsys.readouterr().out

    assert run([*widen, *_as(team, tmp_path, "admin")]) == 0
    assert "already has roles: coordinator, interviewer; nothing changed." in (
        capsys.readouterr().out
    )

    narrow = ["user", "roles", "nadia", "--role", "coordinator"]
    assert run([*narrow, *_as(team, tmp_path, "admin")]) == 0
    out = capsys.readouterr().out
    assert "'nadia' now has roles: coordinator." in out
    assert "Deleted their keys for: interview." in out
    keyring = sign_in(team.db, "nadia", NEW_SECRET)
    assert set(keyring.compartments) == {Compartment.IDENTITY}


def test_refusals_and_their_exit_codes(
    team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    demote = ["user", "roles", "admin", "--role", "coordinator"]
    assert run([*demote, *_as(team, tmp_path, "admin")]) == 2
    err = capsys.readouterr().err
    assert err == (
        "barnahus: The store needs at least one administrator; make another account "
        "administrator first.\n"
    )

    widen = ["user", "roles", "interviewer", "--role", "psychologist"]
    assert run([*widen, *_as(team, tmp_path, "coordinator")]) == 1
    assert "administrator" in capsys.readouterr().err

    assert run([*widen, *_as(team, tmp_path, "admin", "not the passphrase at all")]) == 3
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == "barnahus: The account name or passphrase is not right.\n"

    assert run(["user", "disable", "interviewer", *_as(team, tmp_path, "admin")]) == 0
    capsys.readouterr()
    assert run([*widen, *_as(team, tmp_path, "admin")]) == 2
    assert "disabled" in capsys.readouterr().err


@pytest.mark.parametrize(
    "args",
    [
        ["user", "roles", "nadia"],  # --role is required
        ["user", "roles", "--role", "interviewer"],  # NAME is required
        ["user", "roles", "nadia", "--role", "wizard"],
    ],
)
def test_usage_errors_exit_2(args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        run(args)
    assert exit_info.value.code == 2
    assert "Traceback" not in capsys.readouterr().err
