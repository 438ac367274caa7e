"""``barnahus classify``: label interviewer utterances read from stdin, one per line.

Meant for training sessions and for checking a centre's edits to the coaching rules against a
list of sentences, so it needs no store and no passphrase: nothing here is case content that
is stored. Output keeps the input order and is tab-separated so scripts can read it.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterable
from typing import Any, TextIO

from barnahus.cli.options import GlobalOptions

AddGlobals = Callable[[argparse.ArgumentParser], None]


def register(subparsers: Any, add_globals: AddGlobals) -> None:
    classify = subparsers.add_parser(
        "classify",
        help="label interviewer utterances (one per line on stdin) by question type",
        description=(
            "Read interviewer utterances from stdin, one per line, and print "
            "'label<TAB>utterance' for each in the same order. Blank lines are skipped."
        ),
    )
    classify.add_argument(
        "--explain",
        action="store_true",
        help="also print the reason and, for closed or leading questions, an open alternative",
    )
    classify.add_argument(
        "--language",
        metavar="CODE",
        default="en",
        help="language of the utterances (default: en); without rules every line is unclassified",
    )
    add_globals(classify)
    classify.set_defaults(handler=run_classify)


def _cell(text: str) -> str:
    """One output field: a tab inside it would shift every later column."""
    return " ".join(text.split())


def classify_lines(lines: Iterable[str], language: str, explain: bool, out: TextIO) -> int:
    """Write one result line per non-blank input line, in order; return how many."""
    from barnahus.interview.coaching import classify

    count = 0
    for line in lines:
        utterance = _cell(line)
        if not utterance:
            continue
        coaching = classify(utterance, language)
        fields = [coaching.label.value, utterance]
        if explain:
            fields += [_cell(coaching.reason), _cell(coaching.suggestion or "")]
        out.write("\t".join(fields) + "\n")
        count += 1
    return count


def run_classify(args: argparse.Namespace, options: GlobalOptions) -> int:
    from barnahus.interview.coaching import has_rules

    if not has_rules(args.language):
        # Not an error: the lines are still printed, each honestly marked unclassified.
        sys.stderr.write(
            f"barnahus: There are no coaching rules for the language '{args.language}'; "
            "every line is unclassified.\n"
        )
    classify_lines(sys.stdin, args.language, args.explain, sys.stdout)
    return 0
