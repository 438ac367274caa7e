"""Question coaching: time per utterance, against one bare compiled-regex search.

The coach runs while the interviewer types, so each utterance must take well under a
millisecond. A single ``re.search`` over the same sentence is the cheapest thing any
cue-based coach could do; the ratio says what the clause analysis and the ordered rules add.
"""

from __future__ import annotations

import gc
import re
import time
from collections.abc import Callable
from pathlib import Path

from barnahus.interview.coaching import classify
from barnahus.interview.coaching.scoring import read_examples
from benchmarks.timing import Budget, Sample, group, report, scaled

TRAINING = Path(__file__).resolve().parent.parent / "tests" / "data" / "coaching_train.tsv"
REPEAT = 20
BUDGET_SECONDS = 0.001
_BASELINE = re.compile(r"\b(?:tell me|did he|didn't|was it|or)\b", re.IGNORECASE)


def _per_utterance(label: str, func: Callable[[str], object], utterances: list[str]) -> Sample:
    """Each utterance's time is its best of REPEAT calls, as ``timeit`` advises.

    On a shared machine a call can be pre-empted; that adds time but says nothing about the
    coach, so the minimum is the honest cost. The median and p99 are then taken over the
    distinct utterances, so the p99 is the cost of the slowest one percent of sentences.
    """
    best = [float("inf")] * len(utterances)
    clock = time.perf_counter
    collecting = gc.isenabled()
    gc.disable()
    try:
        for _ in range(scaled(REPEAT, 2)):
            for index, utterance in enumerate(utterances):
                start = clock()
                func(utterance)
                best[index] = min(best[index], clock() - start)
    finally:
        if collecting:
            gc.enable()
    return Sample(label, best)


def run() -> None:
    utterances = [example.utterance for example in read_examples(TRAINING)]
    group(
        f"Question coaching: {len(utterances)} training utterances, time per utterance "
        f"(best of {scaled(REPEAT, 2)} calls each):"
    )
    classify(utterances[0])  # load and validate the rule file outside the timing
    baseline = _per_utterance("bare re.search", _BASELINE.search, utterances)
    coach = _per_utterance("classify", classify, utterances)
    report(baseline, baseline)
    report(coach, baseline, Budget(BUDGET_SECONDS * 1000, "ms", "p99"))


if __name__ == "__main__":
    run()
