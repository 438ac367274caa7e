"""``barnahus init`` and ``barnahus demo`` on the command line."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from barnahus.cli.main import build_parser, run
from barnahus.cli.options import GlobalOptions
from barnahus.crypto.recovery import parse_recovery_key
from barnahus.services.accounts import grant_access, list_accounts
from barnahus.services.session import open_session, open_store
from barnahus.services.store_access import kdf_choice

FAST = ["--kdf-memory-kib", "65536", "--kdf-lanes", "1"]
ADMIN_SECRET = "first administrator passphrase"
RECOVERY = re.compile(r"[A-Z2-7]{7}(?:-[A-Z2-7]{7}){7}")


def _secret_file(tmp_path: Path, text: str = ADMIN_SECRET) -> str:
    path = tmp_path / "secret.txt"
    path.write_text(text + "\n", encoding="utf-8")
    return str(path)


def test_init_prints_the_recovery_key_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = tmp_path / "s.sqlite3"
    code = run(["init", "--store", str(store), "--passphrase-file", _secret_file(tmp_path), *FAST])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    keys = RECOVERY.findall(captured.out)
    assert len(keys) == 1
    assert "Print this key" in captured.out
    assert "safe" in captured.out
    parse_recovery_key(keys[0])  # a well-formed key, checksum included
    with open_session(store, "admin", lambda: ADMIN_SECRET) as session:
        assert [a.name for a in list_accounts(session.db)] == ["admin"]
        # The printed key is this store's recovery key: it opens the recovery slots.
        assert grant_access(session.db, session.keyring, "admin", keys[0]) == []
        with session.db.transaction() as tx:
            assert kdf_choice(tx).memory_kib == 65536


def test_init_names_the_administrator(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    store = tmp_path / "s.sqlite3"
    args = ["init", "--admin", "maria", "--store", str(store), *FAST]
    code = run([*args, "--passphrase-file", _secret_file(tmp_path)])
    assert code == 0
    with open_store(store) as db:
        assert [a.name for a in list_accounts(db)] == ["maria"]
    assert "'maria'" in capsys.readouterr().out


def test_init_takes_the_passphrase_from_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BARNAHUS_PASSPHRASE", ADMIN_SECRET)
    store = tmp_path / "s.sqlite3"
    assert run(["--user", "lead", "init", "--store", str(store), *FAST]) == 0
    with open_session(store, "lead", lambda: ADMIN_SECRET) as session:
        assert session.keyring.account.name == "lead"


@pytest.mark.parametrize(
    ("flag", "value"),
    [("--kdf-memory-kib", "32768"), ("--kdf-iterations", "2"), ("--kdf-lanes", "0")],
)
def test_kdf_below_the_floor_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], flag: str, value: str
) -> None:
    store = tmp_path / "s.sqlite3"
    args = ["init", "--store", str(store), "--passphrase-file", _secret_file(tmp_path)]
    code = run([*args, *FAST, flag, value])
    err = capsys.readouterr().err
    assert code == 2
    assert flag in err
    assert "Traceback" not in err
    assert not store.exists()


def test_init_refuses_an_existing_store(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    store = tmp_path / "s.sqlite3"
    args = ["init", "--store", str(store), "--passphrase-file", _secret_file(tmp_path), *FAST]
    assert run(args) == 0
    capsys.readouterr()
    assert run(args) == 2
    assert "already exists" in capsys.readouterr().err


def test_init_refuses_a_weak_passphrase(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    store = tmp_path / "s.sqlite3"
    code = run(
        ["init", "--store", str(store), "--passphrase-file", _secret_file(tmp_path, "short")]
    )
    assert code == 1
    assert "at least" in capsys.readouterr().err
    assert not store.exists()


def test_init_without_passphrase_or_terminal_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = run(["init", "--store", str(tmp_path / "s.sqlite3"), *FAST])
    assert code == 2
    assert "--passphrase-file" in capsys.readouterr().err


def test_interactive_init_asks_twice_and_refuses_a_mismatch(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import getpass
    import sys

    answers = iter([ADMIN_SECRET, ADMIN_SECRET + " typo"])
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": next(answers))
    store = tmp_path / "s.sqlite3"
    assert run(["init", "--store", str(store), *FAST]) == 2
    assert "do not match" in capsys.readouterr().err
    assert not store.exists()


def test_demo_creates_a_demo_store(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("barnahus.services.demo")
    from barnahus.services.store_info import describe_store

    store = tmp_path / "demo.sqlite3"
    code = run(["demo", "--store", str(store), "--passphrase-file", _secret_file(tmp_path), *FAST])
    assert code == 0, capsys.readouterr().err
    assert "demo" in capsys.readouterr().out
    assert describe_store(store).is_demo


def test_database_url_is_kept_as_typed() -> None:
    url = "postgresql+psycopg://centre@db.example/barnahus"
    args = build_parser().parse_args(["case", "list", "--store", url])
    assert GlobalOptions.from_args(args).store_location == url
    args = build_parser().parse_args(["--store", "plain/file.sqlite3", "case", "list"])
    assert GlobalOptions.from_args(args).store_location == Path("plain/file.sqlite3")
