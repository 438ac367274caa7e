"""The command-line contract: version, smoke test, usage errors."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from barnahus import __version__
from barnahus.cli.main import run


def test_version_flag(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        run(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.strip() == f"barnahus {__version__}"


def test_unknown_command_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        run(["no-such-command"])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert "invalid choice" in err


def _run_module(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "barnahus", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        timeout=120,
        check=False,
    )


def test_python_dash_m_version(tmp_path: Path) -> None:
    result = _run_module("--version", cwd=tmp_path)
    assert result.returncode == 0
    assert result.stdout.strip() == f"barnahus {__version__}"


def test_smoke_test_opens_window_and_exits(tmp_path: Path) -> None:
    result = _run_module("--smoke-test", "--store", str(tmp_path / "s.sqlite3"), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    log_text = (tmp_path / "home" / "logs" / "barnahus.log").read_text(encoding="utf-8")
    assert "main window shown" in log_text
