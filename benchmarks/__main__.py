"""``make bench``: run every benchmark and print figures as ratios against same-run baselines.

Absolute times differ from machine to machine; a ratio against a baseline measured in the same
run (a bare PySide6 window, a bare AES-GCM loop) says what our code adds.
"""

from __future__ import annotations

import platform
import sys

from benchmarks import startup


def describe_machine() -> str:
    import os

    return (
        f"{platform.system()} {platform.release()}, {platform.machine()}, "
        f"{os.cpu_count()} CPUs, Python {platform.python_version()}"
    )


def main() -> int:
    print(f"Machine: {describe_machine()}")
    for benchmark in (startup,):
        benchmark.run()
    return 0


if __name__ == "__main__":
    sys.exit(main())
