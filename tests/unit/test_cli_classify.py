"""``barnahus classify`` on a small parser built here, and on the real one once registered.

The command must work without a store or a passphrase, keep the input order, skip blank lines
and keep its tab-separated columns intact whatever the input holds.
"""

from __future__ import annotations

import argparse
import io
from pathlib import Path

import pytest

from barnahus.cli import classify as classify_command
from barnahus.cli import main as cli_main
from barnahus.cli.options import GlobalOptions, add_global_options

STDIN = "Tell me, did he hit you?\n\n   \nMm-hm.\nWas the car red or blue?\nWhere was that?\n"


def _run(
    argv: list[str], stdin: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> tuple[int, str, str]:
    parser = argparse.ArgumentParser(prog="barnahus")
    add_global_options(parser, suppress_defaults=False)
    subparsers = parser.add_subparsers(dest="command")
    classify_command.register(
        subparsers, lambda sub: add_global_options(sub, suppress_defaults=True)
    )
    args = parser.parse_args(argv)
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = args.handler(args, GlobalOptions.from_args(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_labels_each_line_in_order_and_skips_blank_lines(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _run(["classify"], STDIN, monkeypatch, capsys)
    assert code == 0
    assert err == ""
    assert out.splitlines() == [
        "option_posing\tTell me, did he hit you?",
        "facilitator\tMm-hm.",
        "option_posing\tWas the car red or blue?",
        "directive\tWhere was that?",
    ]


def test_explain_adds_reason_and_suggestion_columns(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _, out, _ = _run(["classify", "--explain"], STDIN, monkeypatch, capsys)
    rows = [line.split("\t") for line in out.splitlines()]
    assert all(len(row) == 4 for row in rows)
    assert rows[0][2] == 'starts with "tell me", then asks a yes/no question ("did he")'
    assert rows[0][3].startswith("Tell me")
    assert rows[1][3] == ""  # a facilitator needs no alternative
    assert rows[2][3] == "Tell me about the car."


def test_tabs_inside_an_utterance_do_not_shift_columns(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _, out, _ = _run(["classify", "--explain"], "Was it\tday or night?\r\n", monkeypatch, capsys)
    assert out.split("\t")[:2] == ["option_posing", "Was it day or night?"]
    assert out.count("\t") == 3


def test_language_without_rules_marks_every_line_and_says_why(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _run(["classify", "--language", "de"], STDIN, monkeypatch, capsys)
    assert code == 0
    assert [line.split("\t")[0] for line in out.splitlines()] == ["unclassified"] * 4
    assert "no coaching rules for the language 'de'" in err


def test_needs_no_store_or_passphrase(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    store = tmp_path / "absent.sqlite3"
    code, out, _ = _run(["--store", str(store), "classify"], "Okay.\n", monkeypatch, capsys)
    assert code == 0
    assert out == "facilitator\tOkay.\n"
    assert not store.exists()


@pytest.mark.skipif(
    "classify" not in cli_main._COMMAND_MODULES,
    reason="the classify command is not registered in barnahus.cli.main yet",
)
def test_registered_command_runs_through_main(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(STDIN))
    assert cli_main.run(["classify"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 4
