"""``barnahus plan pdf|versions|reviews``: the life project without the GUI.

``plan pdf`` writes the professional or the child's version to a file the person names (never
over an existing file, readable by them alone) and audits the export. ``versions`` lists
version numbers, statuses and dates; ``reviews`` lists plans due for review. Neither prints
plan content.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from barnahus.cli.common import out, session, warn
from barnahus.cli.options import GlobalOptions
from barnahus.errors import UsageError

AddGlobals = Callable[[argparse.ArgumentParser], None]


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError("must be a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def register(subparsers: Any, add_globals: AddGlobals) -> None:
    plan = subparsers.add_parser("plan", help="life projects: PDFs, versions, reviews due")
    add_globals(plan)
    commands = plan.add_subparsers(dest="plan_command", metavar="ACTION")

    pdf = commands.add_parser("pdf", help="write a plan as PDF (coordinators)")
    pdf.add_argument("case_number", metavar="CASE")
    pdf.add_argument(
        "--audience",
        required=True,
        choices=("professional", "child"),
        help="the full plan for professionals, or the child's version in the child's language",
    )
    pdf.add_argument(
        "--version",
        type=_positive,
        metavar="N",
        dest="plan_version",
        help="version number (default: the approved version in force, else the newest)",
    )
    pdf.add_argument("--out", type=Path, required=True, metavar="FILE", help="file to write")
    pdf.add_argument("--paper", choices=("a4", "letter"), default="a4", help="paper size")
    add_globals(pdf)
    pdf.set_defaults(handler=run_pdf)

    versions = commands.add_parser("versions", help="a plan's versions and their statuses")
    versions.add_argument("case_number", metavar="CASE")
    add_globals(versions)
    versions.set_defaults(handler=run_versions)

    reviews = commands.add_parser("reviews", help="approved plans whose review is due")
    reviews.add_argument(
        "--within", type=int, default=14, metavar="DAYS", help="days ahead to look (default 14)"
    )
    add_globals(reviews)
    reviews.set_defaults(handler=run_reviews)


def run_pdf(args: argparse.Namespace, options: GlobalOptions) -> int:
    from barnahus.services.plan_pdf import Audience, export_plan_pdf

    if args.out.suffix.lower() != ".pdf":
        raise UsageError("The output file name must end in .pdf.")
    with session(options) as opened:
        pdf = export_plan_pdf(
            opened.db,
            opened.keyring,
            args.case_number,
            args.out,
            Audience(args.audience),
            args.plan_version,
            args.paper,
        )
    out(
        f"Wrote the {pdf.audience.value} version of plan version {pdf.version} "
        f"({pdf.status.label.lower()}, {pdf.pages} pages) to {args.out}."
    )
    if pdf.fallback_from:
        warn(
            f"There is no child text in '{pdf.fallback_from}' yet, so the child's version is in "
            "English; read it with the child in their language."
        )
    warn("The PDF is not encrypted: keep it safe and delete it when it is no longer needed.")
    return 0


def run_versions(args: argparse.Namespace, options: GlobalOptions) -> int:
    from barnahus.services.cases import find_case
    from barnahus.services.common import as_utc
    from barnahus.services.plans import open_plan

    with session(options) as opened:
        with opened.db.transaction() as tx:
            case = find_case(tx, args.case_number)
        state = open_plan(opened.db, opened.keyring, case.id)
    if not state.versions:
        out("This case has no life project yet.")
    for version in state.versions:
        when = as_utc(version.approved_at or version.saved_at).date().isoformat()
        where = (
            "" if version.origin is None else f"\tat the other centre: {version.origin.standing()}"
        )
        out(f"{version.number}\t{version.status.value}\t{when}{where}")
    return 0


def run_reviews(args: argparse.Namespace, options: GlobalOptions) -> int:
    from barnahus.services.plan_reviews import reviews_due

    if args.within < 0:
        raise UsageError("--within must be 0 or more days.")
    with session(options) as opened:
        due = reviews_due(opened.db, opened.keyring, args.within)
    for review in due:
        out(f"{review.case_number}\t{review.next_review.isoformat()}\t{review.days_left}")
    return 0
