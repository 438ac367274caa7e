"""Read labelled utterance files and score the coach on them: confusion matrix and macro-F1.

Written here rather than borrowed so the figures in docs/coaching.md come from code a reviewer
can read in one sitting, and so neither the tests nor the benchmark need a machine-learning
library. Macro-F1 weighs every label equally, which matters because a coach that is good at
the common invitations but misses suggestive questions is not a good coach.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from barnahus.errors import UsageError
from barnahus.interview.coaching.model import Label

SCORED_LABELS = tuple(label for label in Label if label is not Label.UNCLASSIFIED)


@dataclass(frozen=True)
class Example:
    label: Label
    utterance: str


def read_examples(path: Path) -> list[Example]:
    """Read ``label<TAB>utterance`` lines after a ``label<TAB>utterance`` header."""
    lines = path.read_text(encoding="utf-8").splitlines()
    if not lines or lines[0].strip().split("\t") != ["label", "utterance"]:
        raise UsageError(f"{path.name} must start with the header 'label<TAB>utterance'.")
    examples = []
    for number, line in enumerate(lines[1:], start=2):
        if not line.strip():
            continue
        label, tab, utterance = line.partition("\t")
        if not tab or label.strip() not in Label.__members__.values() or not utterance.strip():
            raise UsageError(f"Line {number} of {path.name} is not 'label<TAB>utterance'.")
        examples.append(Example(Label(label.strip()), utterance.strip()))
    return examples


@dataclass(frozen=True)
class Score:
    """Counts of (expected, predicted) pairs and the figures derived from them."""

    pairs: Counter[tuple[Label, Label]]
    total: int

    def f1(self, label: Label) -> float:
        hits = self.pairs[(label, label)]
        predicted = sum(n for (_, got), n in self.pairs.items() if got is label)
        expected = sum(n for (want, _), n in self.pairs.items() if want is label)
        if hits == 0:
            return 0.0
        precision, recall = hits / predicted, hits / expected
        return 2 * precision * recall / (precision + recall)

    @property
    def macro_f1(self) -> float:
        present = [label for label in SCORED_LABELS if any(w is label for w, _ in self.pairs)]
        return sum(self.f1(label) for label in present) / len(present) if present else 0.0

    @property
    def accuracy(self) -> float:
        right = sum(n for (want, got), n in self.pairs.items() if want is got)
        return right / self.total if self.total else 0.0

    def matrix(self) -> str:
        """A Markdown table: rows are the expected labels, columns what the coach said."""
        columns: Sequence[Label] = (*SCORED_LABELS, Label.UNCLASSIFIED)
        lines = [
            "| expected \\ coach | " + " | ".join(c.value for c in columns) + " | F1 |",
            "| --- |" + " ---: |" * (len(columns) + 1),
        ]
        for want in SCORED_LABELS:
            cells = " | ".join(str(self.pairs[(want, got)]) for got in columns)
            lines.append(f"| {want.value} | {cells} | {self.f1(want):.2f} |")
        return "\n".join(lines)


def score(examples: Iterable[Example], predict: Callable[[str], Label]) -> Score:
    pairs: Counter[tuple[Label, Label]] = Counter()
    for example in examples:
        pairs[(example.label, predict(example.utterance))] += 1
    return Score(pairs, sum(pairs.values()))
