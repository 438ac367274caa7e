"""``make bench``: run every benchmark and print figures as ratios against same-run baselines.

Absolute times differ from machine to machine; a ratio against a baseline measured in the same
run (a bare PySide6 window, a bare AES-GCM loop) says what our code adds.
"""

from __future__ import annotations

import platform
import sys

from benchmarks import (
    careplan_libreoffice,
    careplan_pdf,
    case_list,
    case_list_gui,
    coaching,
    gui_stalls,
    startup,
    store_autosave,
    store_cases,
    store_envelopes,
    store_unlock,
    timing,
)

BENCHMARKS = (
    startup,
    store_unlock,
    store_envelopes,
    store_cases,
    store_autosave,
    coaching,
    careplan_pdf,
    careplan_libreoffice,
    gui_stalls,
    case_list,  # builds the 10,000-case store that case_list_gui reuses
    case_list_gui,
)


def cpu_model() -> str:
    """The processor's name where the platform tells it (``/proc/cpuinfo`` on Linux)."""
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as cpuinfo:
            for line in cpuinfo:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def _memory_gib() -> str:
    try:
        with open("/proc/meminfo", encoding="utf-8") as meminfo:
            for line in meminfo:
                if line.startswith("MemTotal:"):
                    return f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB RAM"
    except OSError:
        pass
    return "RAM unknown"


def _os_name() -> str:
    try:
        return platform.freedesktop_os_release()["PRETTY_NAME"]
    except (OSError, KeyError):
        return f"{platform.system()} {platform.release()}"


def describe_machine() -> str:
    import os

    import PySide6

    return (
        f"{_os_name()} ({platform.system()} {platform.release()}, {platform.machine()}), "
        f"{cpu_model()}, {os.cpu_count()} CPUs, {_memory_gib()}, "
        f"Python {platform.python_version()}, PySide6 {PySide6.__version__}"
    )


def main(argv: list[str]) -> int:
    """Run everything; ``--quick`` runs small sizes to prove the benchmarks still work.

    Budgets are reported, never asserted: a timing test on a shared machine would be flaky,
    and an over-budget figure is a finding to profile, not a broken build. ``--markdown``
    prints the final table as Markdown too (for the README).
    """
    timing.QUICK = "--quick" in argv
    mode = " (quick mode: sizes reduced, figures not meaningful)" if timing.QUICK else ""
    print(f"Machine: {describe_machine()}{mode}")
    for benchmark in BENCHMARKS:
        benchmark.run()
    timing.print_table()
    if "--markdown" in argv:
        timing.print_table(markdown=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
