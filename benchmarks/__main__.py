"""``make bench``: run every benchmark and print figures as ratios against same-run baselines.

Absolute times differ from machine to machine; a ratio against a baseline measured in the same
run (a bare PySide6 window, a bare AES-GCM loop) says what our code adds.
"""

from __future__ import annotations

import platform
import sys

from benchmarks import (
    careplan_pdf,
    case_list,
    coaching,
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
    case_list,
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


def describe_machine() -> str:
    import os

    return (
        f"{platform.system()} {platform.release()}, {platform.machine()}, {cpu_model()}, "
        f"{os.cpu_count()} CPUs, Python {platform.python_version()}"
    )


def main(argv: list[str]) -> int:
    """Run everything; ``--quick`` runs small sizes to prove the benchmarks still work.

    Budgets are reported, never asserted: a timing test on a shared machine would be flaky,
    and an over-budget figure is a finding to profile, not a broken build.
    """
    timing.QUICK = "--quick" in argv
    mode = " (quick mode: sizes reduced, figures not meaningful)" if timing.QUICK else ""
    print(f"Machine: {describe_machine()}{mode}")
    for benchmark in BENCHMARKS:
        benchmark.run()
    timing.print_table()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
