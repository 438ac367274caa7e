"""Start-up: `barnahus --smoke-test` against a bare PySide6 window opened and closed alike.

Both programs run the way an installed one does: from compiled bytecode, kept in a private
cache in the temporary folder and filled by an untimed first run (a wheel is compiled when it
is installed and a frozen build ships bytecode). Without that, a shell that sets
``PYTHONDONTWRITEBYTECODE`` would have every run compile the app's start-up modules from source,
a cost users never pay and only the app side has (the bare script has no Python of its own), so
the ratio would depend on the developer's shell. The second pair of rows runs both programs as
the shell would, so that case stays visible.

Runs alternate (bare, app, bare, app, ...) so drift hits both alike. Both run with a fresh home
folder in the temporary folder, so the developer's own settings (language, contrast) do not
count.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Mapping, Sequence

from barnahus.gui.launch import FIRST_PAINT_MARK
from benchmarks.timing import Budget, Sample, group, report, scaled

# Both programs print FIRST_PAINT_MARK from the same place: two zero-delay timers after show(),
# when the events of the first pass (layout, paint) have run.
BARE_WINDOW = (
    "from PySide6.QtCore import QTimer\n"
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "app = QApplication([])\n"
    "w = QMainWindow(); w.resize(1100, 720); w.show()\n"
    "def painted():\n"
    f"    print({FIRST_PAINT_MARK!r}, flush=True)\n"
    "    QTimer.singleShot(0, app.quit)\n"
    "QTimer.singleShot(0, lambda: QTimer.singleShot(0, painted))\n"
    "app.exec()\n"
)

REPEAT = 7


def _environment(tmp: str, bytecode: str | None) -> dict[str, str]:
    """A fresh home folder; with ``bytecode``, a bytecode cache there (else the shell's).

    The per-user folders are found as for a real person (platformdirs, through ``HOME`` and
    the XDG variables), not through the app's ``BARNAHUS_*_DIR`` overrides, so finding them
    is part of the figure; the developer's own settings (language, contrast) are not.
    """
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=os.path.join(tmp, "home"))
    for name in ("BARNAHUS_LOG_DIR", "BARNAHUS_CONFIG_DIR", "BARNAHUS_DATA_DIR", "BARNAHUS_STORE"):
        env.pop(name, None)
    for name, sub in (
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_DATA_HOME", "data"),
        ("XDG_STATE_HOME", "state"),
        ("XDG_CACHE_HOME", "cache"),
    ):
        env[name] = os.path.join(tmp, "home", sub)
    if bytecode is not None:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = bytecode
    return env


def time_alternately(
    commands: Mapping[str, Sequence[str]], repeat: int, env: dict[str, str]
) -> list[Sample]:
    def once(command: Sequence[str]) -> tuple[float, float]:
        """Seconds from starting the program to its first paint, and to its exit."""
        start = time.perf_counter()
        painted = 0.0
        with subprocess.Popen(
            list(command), env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
        ) as process:
            assert process.stdout is not None
            for line in process.stdout:
                if not painted and line.strip() == FIRST_PAINT_MARK:
                    painted = time.perf_counter() - start
            code = process.wait()
        ended = time.perf_counter() - start
        if code != 0 or not painted:
            raise RuntimeError(f"{command[1:]} failed (exit {code}) or never painted")
        return painted, ended

    for command in commands.values():
        once(command)  # warm the file cache (and the bytecode cache) outside the figures
    to_paint: dict[str, list[float]] = {label: [] for label in commands}
    to_exit: dict[str, list[float]] = {label: [] for label in commands}
    for _ in range(repeat):
        for label, command in commands.items():
            painted, ended = once(command)
            to_paint[label].append(painted)
            to_exit[label].append(ended)
    return [Sample(label, values) for label, values in to_paint.items()] + [
        Sample(f"{label}, to exit", values) for label, values in to_exit.items()
    ]


def run() -> None:
    group("Start-up to the first painted window, and to exit (subprocess, offscreen):")
    repeat = scaled(REPEAT, 2)
    with tempfile.TemporaryDirectory() as tmp:
        app = [sys.executable, "-m", "barnahus", "--smoke-test"]
        bare = [sys.executable, "-c", BARE_WINDOW]
        installed = _environment(tmp, os.path.join(tmp, "bytecode"))
        baseline, smoke, baseline_exit, smoke_exit = time_alternately(
            {"bare PySide6 window": bare, "barnahus --smoke-test": app}, repeat, installed
        )
        as_shell = _environment(tmp, None)
        shell_baseline, shell_smoke, _, _ = time_alternately(
            {"bare window, shell's bytecode": bare, "smoke test, shell's bytecode": app},
            repeat,
            as_shell,
        )
    report(baseline, baseline)
    report(smoke, baseline, Budget(1.5, "ratio"))
    # To exit includes the smoke test's own checks after the first paint (building the
    # session screens); shown for information, the budget is on the first paint.
    report(baseline_exit, baseline_exit)
    report(smoke_exit, baseline_exit)
    report(shell_baseline, shell_baseline)
    report(shell_smoke, shell_baseline)
