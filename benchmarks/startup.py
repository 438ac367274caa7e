"""Start-up: `barnahus --smoke-test` against a bare PySide6 window opened and closed alike.

Both programs run the way an installed one does: from compiled bytecode, kept in a private
cache in the temporary folder and filled by an untimed first run (a wheel is compiled when it
is installed and a frozen build ships bytecode). Without that, a shell that sets
``PYTHONDONTWRITEBYTECODE`` would have every run compile the app's start-up modules from source,
a cost users never pay and only the app side has (the bare script has no Python of its own), so
the ratio would depend on the developer's shell. The second pair of rows runs both programs as
the shell would, so that case stays visible.

Runs alternate (bare, app, bare, app, ...) so drift hits both alike. The per-user folders point
into the temporary folder, so the developer's own settings (language, contrast) do not count.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Mapping, Sequence

from benchmarks.timing import Budget, Sample, group, report, scaled

BARE_WINDOW = (
    "from PySide6.QtCore import QTimer\n"
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "app = QApplication([])\n"
    "w = QMainWindow(); w.resize(1100, 720); w.show()\n"
    "QTimer.singleShot(0, lambda: QTimer.singleShot(0, app.quit))\n"
    "app.exec()\n"
)

REPEAT = 7


def _environment(tmp: str, bytecode: str | None) -> dict[str, str]:
    """Private per-user folders; with ``bytecode``, a bytecode cache there (else the shell's)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for name, sub in (
        ("BARNAHUS_LOG_DIR", "logs"),
        ("BARNAHUS_CONFIG_DIR", "config"),
        ("BARNAHUS_DATA_DIR", "data"),
    ):
        env[name] = os.path.join(tmp, sub)
    if bytecode is not None:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = bytecode
    return env


def time_alternately(
    commands: Mapping[str, Sequence[str]], repeat: int, env: dict[str, str]
) -> list[Sample]:
    def once(command: Sequence[str]) -> float:
        start = time.perf_counter()
        subprocess.run(list(command), check=True, env=env, capture_output=True)
        return time.perf_counter() - start

    for command in commands.values():
        once(command)  # warm the file cache (and the bytecode cache) outside the figures
    seconds: dict[str, list[float]] = {label: [] for label in commands}
    for _ in range(repeat):
        for label, command in commands.items():
            seconds[label].append(once(command))
    return [Sample(label, values) for label, values in seconds.items()]


def run() -> None:
    group("Start-up to an idle main window (subprocess, offscreen):")
    repeat = scaled(REPEAT, 2)
    with tempfile.TemporaryDirectory() as tmp:
        app = [sys.executable, "-m", "barnahus", "--smoke-test", "--store", f"{tmp}/s.sqlite3"]
        bare = [sys.executable, "-c", BARE_WINDOW]
        installed = _environment(tmp, os.path.join(tmp, "bytecode"))
        baseline, smoke = time_alternately(
            {"bare PySide6 window": bare, "barnahus --smoke-test": app}, repeat, installed
        )
        as_shell = _environment(tmp, None)
        shell_baseline, shell_smoke = time_alternately(
            {"bare window, shell's bytecode": bare, "smoke test, shell's bytecode": app},
            repeat,
            as_shell,
        )
    report(baseline, baseline)
    report(smoke, baseline, Budget(1.5, "ratio"))
    report(shell_baseline, shell_baseline)
    report(shell_smoke, shell_baseline)
