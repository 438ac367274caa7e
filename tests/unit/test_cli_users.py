"""``barnahus user add|list|disable|passwd|grant`` and sign-in failures on the command line."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import PASSPHRASES, Team

from barnahus.cli.main import run
from barnahus.roles import Compartment
from barnahus.services.accounts import list_accounts
from barnahus.services.signin import sign_in

NEW_SECRET = "a brand new passphrase"


def _file(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / f"{name}.secret"
    path.write_text(text + "\n", encoding="utf-8")
    return str(path)


def _as(team: Team, tmp_path: Path, name: str) -> list[str]:
    secret = _file(tmp_path, name, PASSPHRASES[name])
    return ["--store", str(team.path), "--user", name, "--passphrase-file", secret]


def test_add_user_says_which_compartments_are_missing(
    team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    new_pw = _file(tmp_path, "new", NEW_SECRET)
    args = ["user", "add", "nadia", "--role", "interviewer", "--new-passphrase-file", new_pw]
    code = run([*args, *_as(team, tmp_path, "admin")])
    out = capsys.readouterr().out
    assert code == 0
    assert "Added 'nadia' with roles: interviewer." in out
    assert "Still missing for 'nadia': identity, interview." in out
    assert "barnahus user grant nadia" in out
    keyring = sign_in(team.db, "nadia", NEW_SECRET)
    assert keyring.compartments == {}


def test_grant_by_a_holder_gives_the_keys(
    team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    new_pw = _file(tmp_path, "new", NEW_SECRET)
    add = ["user", "add", "nadia", "--role", "interviewer", "--new-passphrase-file", new_pw]
    assert run([*add, *_as(team, tmp_path, "admin")]) == 0
    assert run(["user", "grant", "nadia", *_as(team, tmp_path, "interviewer")]) == 0
    assert "every compartment" in capsys.readouterr().out
    keyring = sign_in(team.db, "nadia", NEW_SECRET)
    assert set(keyring.compartments) == {Compartment.IDENTITY, Compartment.INTERVIEW}


def test_grant_with_the_recovery_key(
    team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    new_pw = _file(tmp_path, "new", NEW_SECRET)
    add = ["user", "add", "paula", "--role", "psychologist", "--new-passphrase-file", new_pw]
    assert run([*add, *_as(team, tmp_path, "admin")]) == 0
    recovery = _file(tmp_path, "recovery", team.recovery_key)
    grant = ["user", "grant", "paula", "--recovery-key-file", recovery]
    assert run([*grant, *_as(team, tmp_path, "admin")]) == 0
    assert set(sign_in(team.db, "paula", NEW_SECRET).compartments) == set(Compartment)


def test_wrong_recovery_key_is_an_authentication_failure(
    team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    wrong = _file(tmp_path, "recovery", "AAAAAAA-" * 7 + "AAAAAAA")
    grant = ["user", "grant", "coordinator", "--recovery-key-file", wrong]
    assert run([*grant, *_as(team, tmp_path, "admin")]) == 3


def test_user_list_shows_names_roles_and_state(
    team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["user", "disable", "interviewer", *_as(team, tmp_path, "admin")]) == 0
    capsys.readouterr()
    assert run(["user", "list", *_as(team, tmp_path, "coordinator")]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines == [
        "admin\tadministrator\tactive",
        "coordinator\tcoordinator\tactive",
        "interviewer\tinterviewer\tdisabled",
        "psychologist\tpsychologist\tactive",
    ]


def test_disabled_account_cannot_sign_in(
    team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["user", "disable", "interviewer", *_as(team, tmp_path, "admin")]) == 0
    capsys.readouterr()
    assert run(["case", "list", *_as(team, tmp_path, "interviewer")]) == 3
    assert "disabled" in capsys.readouterr().err


def test_only_an_administrator_adds_accounts(
    team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    new_pw = _file(tmp_path, "new", NEW_SECRET)
    args = ["user", "add", "nadia", "--role", "interviewer", "--new-passphrase-file", new_pw]
    assert run([*args, *_as(team, tmp_path, "coordinator")]) == 1
    assert "administrator" in capsys.readouterr().err
    assert "nadia" not in {a.name for a in list_accounts(team.db)}


def test_passwd_changes_the_passphrase(
    team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    new_pw = _file(tmp_path, "new", NEW_SECRET)
    args = ["user", "passwd", "--new-passphrase-file", new_pw]
    assert run([*args, *_as(team, tmp_path, "coordinator")]) == 0
    assert "Changed the passphrase of 'coordinator'" in capsys.readouterr().out
    assert sign_in(team.db, "coordinator", NEW_SECRET).account.name == "coordinator"
    assert run(["case", "list", *_as(team, tmp_path, "coordinator")]) == 3


def test_wrong_passphrase_exits_3_with_one_line(
    team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    wrong = _file(tmp_path, "wrong", "not the passphrase at all")
    code = run(
        ["user", "list", "--store", str(team.path), "--user", "admin", "--passphrase-file", wrong]
    )
    captured = capsys.readouterr()
    assert code == 3
    assert captured.out == ""
    assert captured.err == "barnahus: The account name or passphrase is not right.\n"


@pytest.mark.parametrize(
    "args",
    [
        ["user"],
        ["user", "add", "nadia"],  # --role is required
        ["user", "add", "nadia", "--role", "wizard"],
        ["user", "frobnicate"],
    ],
)
def test_usage_errors_exit_2(args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        run(args)
    assert exit_info.value.code == 2
    assert "Traceback" not in capsys.readouterr().err


def test_missing_user_without_a_terminal_is_a_usage_error(
    team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    secret = _file(tmp_path, "admin", PASSPHRASES["admin"])
    assert run(["user", "list", "--store", str(team.path), "--passphrase-file", secret]) == 2
    assert "--user" in capsys.readouterr().err
