"""``barnahus case list|new|close|erase|import|export``: cases without the GUI.

Listing shows only case numbers and statuses (plaintext metadata), never names. Erasing is
irreversible, so it needs ``--yes``. Exports are encrypted unless ``--plaintext`` is given, and
then a warning says plainly that anyone who gets the file can read it.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from barnahus.cli.common import Passphrase, out, read_secret_file, session, warn
from barnahus.cli.options import GlobalOptions
from barnahus.errors import UsageError
from barnahus.services import cases

AddGlobals = Callable[[argparse.ArgumentParser], None]
ERASE_REASON = "erased on request"


def register(subparsers: Any, add_globals: AddGlobals) -> None:
    case = subparsers.add_parser("case", help="list, open, close, erase, import, export cases")
    add_globals(case)
    commands = case.add_subparsers(dest="case_command", metavar="ACTION")

    listing = commands.add_parser("list", help="case numbers and statuses")
    add_globals(listing)
    listing.set_defaults(handler=run_list)

    new = commands.add_parser("new", help="open a new case")
    new.add_argument("--number", metavar="N", help="case number (default: the next BH-YEAR-NNNN)")
    add_globals(new)
    new.set_defaults(handler=run_new)

    close = commands.add_parser("close", help="close a case (coordinators)")
    close.add_argument("case_number", metavar="CASE")
    add_globals(close)
    close.set_defaults(handler=run_close)

    erase = commands.add_parser("erase", help="erase a case irrecoverably")
    erase.add_argument("case_number", metavar="CASE")
    erase.add_argument("--yes", action="store_true", help="confirm that this cannot be undone")
    add_globals(erase)
    erase.set_defaults(handler=run_erase)

    imp = commands.add_parser("import", help="import a case file (plain or encrypted)")
    imp.add_argument("file", type=Path, metavar="FILE")
    _add_file_passphrase(imp, "the passphrase of an encrypted file")
    add_globals(imp)
    imp.set_defaults(handler=run_import)

    exp = commands.add_parser("export", help="export a case to a file, encrypted by default")
    exp.add_argument("case_number", metavar="CASE")
    exp.add_argument("--out", type=Path, required=True, metavar="FILE", help="file to write")
    exp.add_argument(
        "--plaintext", action="store_true", help="write readable JSON (anyone can read it)"
    )
    _add_file_passphrase(exp, "encrypt the file with this passphrase")
    add_globals(exp)
    exp.set_defaults(handler=run_export)


def _add_file_passphrase(parser: argparse.ArgumentParser, purpose: str) -> None:
    parser.add_argument(
        "--file-passphrase-file",
        type=Path,
        metavar="FILE",
        help=f"{purpose}, read from FILE (default: your own passphrase)",
    )


def run_list(args: argparse.Namespace, options: GlobalOptions) -> int:
    with session(options) as opened:
        found = cases.list_cases(opened.db)
    for case in sorted(found, key=lambda c: c.case_number):
        out(f"{case.case_number}\t{case.status}")
    return 0


def run_new(args: argparse.Namespace, options: GlobalOptions) -> int:
    with session(options) as opened:
        case = cases.create_case(opened.db, opened.keyring, args.number)
    out(case.case_number)
    return 0


def run_close(args: argparse.Namespace, options: GlobalOptions) -> int:
    with session(options) as opened:
        cases.close_case(opened.db, opened.keyring, args.case_number)
    out(f"Closed case {args.case_number}.")
    return 0


def run_erase(args: argparse.Namespace, options: GlobalOptions) -> int:
    if not args.yes:
        raise UsageError("Erasing a case cannot be undone; add --yes to confirm.")
    with session(options) as opened:
        cases.erase_case(opened.db, opened.keyring, args.case_number, ERASE_REASON)
    out(f"Erased case {args.case_number}; its content can no longer be decrypted.")
    return 0


def _file_passphrase(args: argparse.Namespace, own: Passphrase) -> Callable[[], str]:
    source: Path | None = args.file_passphrase_file
    if source is None:
        return own
    return lambda: read_secret_file(source, "file passphrase")


def run_import(args: argparse.Namespace, options: GlobalOptions) -> int:
    from barnahus.services.transfer import import_case

    own = Passphrase(options)
    with session(options, own) as opened:
        result = import_case(opened.db, opened.keyring, args.file, _file_passphrase(args, own))
    out(f"Imported case {result.case_number} with {result.records} records.")
    if not result.status_kept:
        warn("The case was closed in the file; it is open here until a coordinator closes it.")
    if result.omitted_compartments:
        left_out = ", ".join(c.value for c in result.omitted_compartments)
        warn(f"The file did not include these compartments: {left_out}.")
    if result.plan_versions:
        count = f"{result.plan_versions} version" + ("s" if result.plan_versions != 1 else "")
        warn(
            f"The life project arrived as history ({count}); it must be submitted and approved "
            "here before a plan is in force here."
        )
    return 0


def run_export(args: argparse.Namespace, options: GlobalOptions) -> int:
    from barnahus.services.transfer import export_case

    if args.plaintext and args.file_passphrase_file is not None:
        raise UsageError("Give either --plaintext or --file-passphrase-file, not both.")
    own = Passphrase(options)
    with session(options, own) as opened:
        file_passphrase = "" if args.plaintext else _file_passphrase(args, own)()
        result = export_case(
            opened.db,
            opened.keyring,
            args.case_number,
            args.out,
            file_passphrase=file_passphrase,
            plaintext=args.plaintext,
        )
    out(f"Exported case {result.case_number} ({result.records} records) to {args.out}.")
    if args.plaintext:
        warn("The file is NOT encrypted: anyone who gets it can read it. Delete it when done.")
    elif args.file_passphrase_file is None:
        out("The file is encrypted with your own passphrase.")
    if result.omitted_compartments:
        left_out = ", ".join(c.value for c in result.omitted_compartments)
        warn(f"Left out, because your account cannot open them: {left_out}.")
    if result.skipped_records:
        warn(f"Left out {result.skipped_records} records of kinds this file format does not carry.")
    return 0
