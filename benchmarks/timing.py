"""Timing helpers and the one results table every benchmark reports into.

Each figure is a :class:`Sample` of repeated runs (seconds, or MiB for memory), reported
against a baseline measured in the same run, optionally with the budgets it must meet.
``make bench`` prints the table at the end; ``--quick`` (used by ``make test``) runs every
benchmark small, only to prove it works. A benchmark that cannot run here (a missing tool)
leaves a :func:`note` in the table instead of a figure.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

QUICK = False

Stat = Literal["median", "p99", "max"]
Unit = Literal["s", "MB"]


@dataclass(frozen=True)
class Sample:
    """Repeated measurements: seconds, or MiB when ``unit`` is ``"MB"`` (the field keeps its
    name so that every time-based benchmark reads naturally)."""

    label: str
    seconds: list[float]
    unit: Unit = "s"

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
    """A limit from the performance issue: a ratio to the baseline, an absolute time in ms,
    milliseconds beyond the baseline (for "at most 1 s beyond the KDF itself"), or MiB of
    memory."""

    limit: float
    kind: Literal["ratio", "ms", "extra_ms", "MB"]
    stat: Stat = "median"

    def value(self, sample: Sample, baseline: Sample) -> float:
        if self.kind == "ratio":
            return sample.stat(self.stat) / baseline.stat(self.stat)
        if self.kind == "ms":
            return sample.stat(self.stat) * 1000
        if self.kind == "MB":
            return sample.stat(self.stat)
        return (sample.stat(self.stat) - baseline.stat(self.stat)) * 1000

    def met(self, sample: Sample, baseline: Sample) -> bool:
        return self.value(sample, baseline) <= self.limit

    def describe(self) -> str:
        unit = {"ratio": "x", "ms": " ms", "extra_ms": " ms extra", "MB": " MB"}[self.kind]
        prefix = "" if self.stat == "median" else f"{self.stat} "
        return f"{prefix}<= {self.limit:g}{unit}"


@dataclass(frozen=True)
class Row:
    group: str
    sample: Sample
    baseline: Sample
    budgets: tuple[Budget, ...]

    @property
    def verdict(self) -> str:
        if not self.budgets:
            return ""
        return "ok" if all(b.met(self.sample, self.baseline) for b in self.budgets) else "OVER"


@dataclass(frozen=True)
class Note:
    """A benchmark that did not run here, and why; a line of the table without figures."""

    group: str
    label: str
    text: str


ROWS: list[Row | Note] = []
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


def report(sample: Sample, baseline: Sample, *budgets: Budget | None) -> None:
    """Print one line now and keep the row (with its budgets, if any) for the final table."""
    row = Row(_group[0], sample, baseline, tuple(b for b in budgets if b is not None))
    if sample is not baseline:
        ROWS.append(row)
    print(
        f"  {sample.label:<46} median {_value(sample.median, sample.unit):>11}   "
        f"{_ratio(sample, baseline):>7} vs {baseline.label}"
    )


def note(label: str, text: str) -> None:
    """Leave a line in the table for a benchmark that could not run here."""
    ROWS.append(Note(_group[0], label, text))
    print(f"  {label}: {text}")


def _value(value: float, unit: Unit) -> str:
    if unit == "MB":
        return f"{value:.0f} MB"
    return f"{value * 1000:.2f} ms"


def _ratio(sample: Sample, baseline: Sample) -> str:
    if baseline.median <= 0:
        return "-"
    return f"x{sample.median / baseline.median:.2f}"


def _cells(row: Row | Note) -> tuple[str, ...]:
    if isinstance(row, Note):
        return (row.label, "", "", "", "", "", "", row.text, "skipped")
    s, b = row.sample, row.baseline
    measured = "; ".join(f"{x.value(s, b):.2f} {x.describe()}" for x in row.budgets)
    return (
        s.label,
        _value(s.median, s.unit),
        _value(min(s.seconds), s.unit),
        _value(max(s.seconds), s.unit),
        b.label,
        _value(b.median, b.unit),
        _ratio(s, b),
        measured,
        row.verdict,
    )


HEADER = (
    "what",
    "median",
    "min",
    "max",
    "baseline",
    "baseline median",
    "ratio",
    "budget",
    "verdict",
)


def print_table(markdown: bool = False) -> None:
    """The results of the whole run; ``markdown`` prints it as a Markdown table (README)."""
    lines = [HEADER] + [_cells(row) for row in ROWS]
    print()
    if markdown:
        for index, line in enumerate(lines):
            print("| " + " | ".join(cell.replace("|", "/") for cell in line) + " |")
            if index == 0:
                print("|" + "---|" * len(HEADER))
        return
    widths = [max(len(line[i]) for line in lines) for i in range(len(HEADER))]
    for index, line in enumerate(lines):
        print(" | ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)))
        if index == 0:
            print("-+-".join("-" * width for width in widths))
