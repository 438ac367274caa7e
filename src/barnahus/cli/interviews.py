"""``barnahus interview list [CASE]`` and ``barnahus interview report SESSION --out FILE``.

The list shows only plaintext metadata (id, case number, date, status, room, interviewer,
duration), so a coordinator can use it without the interview key. The report decrypts the
session, so it needs an account holding the interview compartment; the export is audited.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from barnahus.cli.common import out, session
from barnahus.cli.options import GlobalOptions

AddGlobals = Callable[[argparse.ArgumentParser], None]


def register(subparsers: Any, add_globals: AddGlobals) -> None:
    interview = subparsers.add_parser("interview", help="list interviews, write their summaries")
    add_globals(interview)
    commands = interview.add_subparsers(dest="interview_command", metavar="ACTION")

    listing = commands.add_parser(
        "list",
        help="interviews (all, or of one case): id, case, date, status, room, duration",
        description=(
            "Print one tab-separated line per interview: id, case number, planned date and "
            "time (UTC), status, room, interviewer, duration (h:mm:ss, '-' until it ends)."
        ),
    )
    listing.add_argument("case_number", nargs="?", metavar="CASE", help="only this case")
    add_globals(listing)
    listing.set_defaults(handler=run_list)

    report = commands.add_parser(
        "report", help="write the summary of one interview as a PDF (audited)"
    )
    report.add_argument("session", metavar="SESSION", help="interview id (or its first 8+ chars)")
    report.add_argument("--out", type=Path, required=True, metavar="FILE", help="PDF to write")
    add_globals(report)
    report.set_defaults(handler=run_report)


def _duration(seconds: float | None) -> str:
    from barnahus.interview.clock import timecode

    return "-" if seconds is None else timecode(seconds)


def run_list(args: argparse.Namespace, options: GlobalOptions) -> int:
    from barnahus.services.cases import find_case
    from barnahus.services.interviews import list_sessions

    with session(options) as opened:
        case_id: str | None = None
        if args.case_number:
            with opened.db.transaction() as tx:
                case_id = find_case(tx, args.case_number).id
        found = list_sessions(opened.db, opened.keyring, case_id)
    for item in sorted(found, key=lambda s: (s.scheduled_for, s.id)):
        when = item.scheduled_for.strftime("%Y-%m-%d %H:%M")
        fields = [
            item.id,
            item.case_number,
            when,
            item.status,
            item.room,
            item.interviewer_name,
            _duration(item.duration_seconds),
        ]
        out("\t".join(fields))
    return 0


def run_report(args: argparse.Namespace, options: GlobalOptions) -> int:
    from barnahus.services.interview_report import export_summary

    with session(options) as opened:
        session_id = export_summary(opened.db, opened.keyring, args.session, args.out)
    out(f"Wrote the summary of interview {session_id} to {args.out}.")
    return 0
