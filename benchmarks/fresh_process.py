"""One round of a GUI benchmark in a fresh interpreter (``python -m benchmarks.<module> ...``).

A window measured in the benchmark process would carry everything the benchmarks before it
left behind: the modules they imported, the objects the garbage collector has to walk, the
memory they hold. A fresh interpreter starts as a person starting the app does, so start-up,
memory and the garbage collector's pauses are the app's own. Its per-user folders point into
a temporary folder, so no round touches the person's settings, logs or data, and it runs on
the offscreen platform, so no round needs a display.

The round's side prints its result as JSON on the last line of its standard output; lines
before it are notes for the person reading the benchmark's output.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from benchmarks import timing
from benchmarks.gui_support import user_folders

REPO = Path(__file__).resolve().parent.parent


def run_round(
    module: str, arguments: Sequence[str], folder: Path, what: str, *, echo: bool = False
) -> dict[str, Any]:
    """Run ``python -m module arguments...`` (with ``--quick`` in quick mode) from the
    repository and return the JSON of its last output line. ``echo`` prints the lines before
    it, for a round whose notes belong in the benchmark's output. A round that fails, or
    prints nothing, raises :class:`RuntimeError` naming ``what`` with everything it printed,
    since a figure without its round would be a wrong figure."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **user_folders(folder))
    command = [sys.executable, "-m", module, *arguments]
    if timing.QUICK:
        command.append("--quick")
    done = subprocess.run(command, env=env, cwd=REPO, capture_output=True, text=True, check=False)
    lines = [line for line in done.stdout.splitlines() if line.strip()]
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"{what} failed:\n{done.stdout}\n{done.stderr}")
    if echo:
        for line in lines[:-1]:
            print(line)
    result: dict[str, Any] = json.loads(lines[-1])
    return result
