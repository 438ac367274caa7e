"""Small timing helpers shared by the benchmarks: repeated runs and percentiles."""

from __future__ import annotations

import statistics
import subprocess
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Sample:
    label: str
    seconds: list[float]

    @property
    def median(self) -> float:
        return statistics.median(self.seconds)

    def percentile(self, p: float) -> float:
        ordered = sorted(self.seconds)
        index = min(len(ordered) - 1, max(0, round(p / 100 * (len(ordered) - 1))))
        return ordered[index]


def time_call(label: str, func: Callable[[], object], repeat: int) -> Sample:
    seconds = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        seconds.append(time.perf_counter() - start)
    return Sample(label, seconds)


def time_command(label: str, command: Sequence[str], repeat: int, env: dict[str, str]) -> Sample:
    def once() -> None:
        subprocess.run(list(command), check=True, env=env, capture_output=True)

    once()  # warm the file cache so the first run does not skew the median
    return time_call(label, once, repeat)


def report(sample: Sample, baseline: Sample) -> None:
    ratio = sample.median / baseline.median
    print(
        f"  {sample.label:<44} median {sample.median * 1000:8.1f} ms   "
        f"x{ratio:5.2f} vs {baseline.label}"
    )
