"""Timing helpers and the one results table every benchmark reports into.

Each figure is a :class:`Sample` of repeated runs, reported against a baseline measured in
the same run, optionally with the budget it must meet. ``make bench`` prints the table at the
end; ``--quick`` (used by ``make test``) runs every benchmark small, only to prove it works.
"""

from __future__ import annotations

import statistics
import subprocess
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal

QUICK = False

Stat = Literal["median", "p99", "max"]


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

    def stat(self, which: Stat) -> float:
        if which == "median":
            return self.median
        if which == "p99":
            return self.percentile(99)
        return max(self.seconds)


@dataclass(frozen=True)
class Budget:
    """A limit from the performance issue: a ratio to the baseline, an absolute time in ms, or
    milliseconds beyond the baseline (for "at most 1 s beyond the KDF itself")."""

    limit: float
    kind: Literal["ratio", "ms", "extra_ms"]
    stat: Stat = "median"

    def value(self, sample: Sample, baseline: Sample) -> float:
        if self.kind == "ratio":
            return sample.stat(self.stat) / baseline.stat(self.stat)
        if self.kind == "ms":
            return sample.stat(self.stat) * 1000
        return (sample.stat(self.stat) - baseline.stat(self.stat)) * 1000

    def describe(self) -> str:
        unit = {"ratio": "x", "ms": " ms", "extra_ms": " ms extra"}[self.kind]
        prefix = "" if self.stat == "median" else f"{self.stat} "
        return f"{prefix}<= {self.limit:g}{unit}"


@dataclass(frozen=True)
class Row:
    group: str
    sample: Sample
    baseline: Sample
    budget: Budget | None

    @property
    def verdict(self) -> str:
        if self.budget is None:
            return ""
        return (
            "ok" if self.budget.value(self.sample, self.baseline) <= self.budget.limit else "OVER"
        )


ROWS: list[Row] = []
_group = [""]


def scaled(full: int, quick: int) -> int:
    """Problem sizes and repeat counts: the real ones, or small ones in quick mode."""
    return quick if QUICK else full


def group(title: str) -> None:
    _group[0] = title
    print(title)


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


def report(sample: Sample, baseline: Sample, budget: Budget | None = None) -> None:
    """Print one line now and keep the row for the final table."""
    row = Row(_group[0], sample, baseline, budget)
    if sample is not baseline:
        ROWS.append(row)
    ratio = sample.median / baseline.median
    print(
        f"  {sample.label:<46} median {sample.median * 1000:9.2f} ms   "
        f"x{ratio:6.2f} vs {baseline.label}"
    )


def _ms(value: float) -> str:
    return f"{value * 1000:.2f}"


def print_table() -> None:
    header = ("what", "median ms", "min", "max", "baseline", "base ms", "ratio", "budget", "")
    lines = [header]
    for row in ROWS:
        s, b = row.sample, row.baseline
        budget = row.budget
        measured = ""
        if budget is not None:
            measured = f"{budget.value(s, b):.2f} {budget.describe()}"
        lines.append(
            (
                s.label,
                _ms(s.median),
                _ms(min(s.seconds)),
                _ms(max(s.seconds)),
                b.label,
                _ms(b.median),
                f"x{s.median / b.median:.2f}",
                measured,
                row.verdict,
            )
        )
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    print()
    for index, line in enumerate(lines):
        print(" | ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)))
        if index == 0:
            print("-+-".join("-" * width for width in widths))
