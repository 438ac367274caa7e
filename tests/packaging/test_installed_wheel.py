"""Build the wheel, install it into a fresh venv, and run it from outside the repository.

This proves ui/, resources/ and forms/ travel inside the wheel: the source tree is not on the
path, so a missing data directory makes the smoke test fail.
"""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.slow


def _run(cmd: list[str], cwd: Path, env: dict[str, str] | None = None) -> str:
    result = subprocess.run(
        cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=600, check=False
    )
    assert result.returncode == 0, f"{cmd} failed:\n{result.stdout}\n{result.stderr}"
    return result.stdout


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    _run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(out), "."],
        cwd=REPO,
    )
    wheels = list(out.glob("barnahus_desk-*.whl"))
    assert len(wheels) == 1
    return wheels[0]


def test_wheel_contains_data_directories(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    for expected in (
        "barnahus/_data/ui/workspace_shell.ui",
        "barnahus/_data/resources/icons/barnahus.svg",
        "barnahus/_data/resources/style.qss",
    ):
        assert expected in names
    assert any(n.startswith("barnahus/_data/forms/") for n in names)


def test_installed_wheel_finds_its_data_and_opens(wheel: Path, tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    _run([sys.executable, "-m", "venv", "--without-pip", str(venv)], cwd=tmp_path)
    python = venv / "bin" / "python"
    # Dependencies come from the test environment through a plain path entry; the project's own
    # editable hook is a .pth file there, which a plain path entry does not execute.
    site = Path(
        _run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            cwd=tmp_path,
        ).strip()
    )
    (site / "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    _run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(python),
            "install",
            "--no-deps",
            "--no-index",
            "--quiet",
            str(wheel),
        ],
        cwd=tmp_path,
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    probe = (
        "import barnahus, barnahus.datafiles as d; "
        "print(barnahus.__file__); print(d.data_dir('ui')); print(d.data_dir('forms'))"
    )
    lines = _run([str(python), "-c", probe], cwd=tmp_path, env=env).splitlines()
    for line in lines:
        assert Path(line).is_relative_to(venv), line
    _run([str(venv / "bin" / "barnahus"), "--smoke-test"], cwd=tmp_path, env=env)
