"""``barnahus verify``, ``barnahus backup`` and ``barnahus restore``: keeping the store sound.

``verify`` is meant for scheduled checks, so its exit code carries the answer (0 intact,
4 damaged) and each problem goes to stderr as a content-free sentence naming record ids.
The services behind these commands are imported inside the handlers, so the rest of the
command line keeps working in a build where one of them is missing.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from barnahus.cli.common import Passphrase, account_name, out, session, warn
from barnahus.cli.options import GlobalOptions
from barnahus.errors import ExitCode, UsageError
from barnahus.locations import ensure_private_dir

AddGlobals = Callable[[argparse.ArgumentParser], None]


def register(subparsers: Any, add_globals: AddGlobals) -> None:
    verify = subparsers.add_parser(
        "verify", help="check that every record decrypts and the audit chain is intact"
    )
    add_globals(verify)
    verify.set_defaults(handler=run_verify)

    backup = subparsers.add_parser("backup", help="write an encrypted backup of the store")
    backup.add_argument("--out", type=Path, required=True, metavar="FILE", help="backup file")
    add_globals(backup)
    backup.set_defaults(handler=run_backup)

    restore = subparsers.add_parser(
        "restore", help="restore a backup to --store, which must not exist yet"
    )
    restore.add_argument("backup_file", type=Path, metavar="FILE")
    add_globals(restore)
    restore.set_defaults(handler=run_restore)


def run_verify(args: argparse.Namespace, options: GlobalOptions) -> int:
    from barnahus.services.verify import verify_store

    with session(options) as opened:
        report = verify_store(opened.db, opened.keyring)
    if not report.ok:
        for problem in report.problems:
            warn(problem)
        warn(
            f"The store has {len(report.problems)} problems; restore from a backup or ask support."
        )
        return int(ExitCode.INTEGRITY_FAILURE)
    out(
        f"The store is intact: {report.records_checked} records and "
        f"{report.audit_entries} audit entries checked."
    )
    skipped = int(getattr(report, "records_skipped", 0))
    if skipped:
        out(f"{skipped} records were not checked because your account cannot open them.")
    return 0


def run_backup(args: argparse.Namespace, options: GlobalOptions) -> int:
    from barnahus.services.backup import create_backup

    with session(options) as opened:
        create_backup(opened.db, opened.keyring, args.out)
    out(f"Wrote the backup to {args.out}.")
    return 0


def run_restore(args: argparse.Namespace, options: GlobalOptions) -> int:
    from barnahus.services.backup import restore_backup

    target = options.store
    if target.exists():
        raise UsageError("Something already exists at --store; restore into a new path.")
    if not args.backup_file.is_file():
        raise UsageError("There is no backup file at that path.")
    name = account_name(options)
    passphrase = Passphrase(options)()
    # Like init, restore creates the store's folder (owner-only) when it is not there yet.
    ensure_private_dir(target.parent)
    restore_backup(args.backup_file, target, name, passphrase)
    out(f"Restored the backup to {target}.")
    return 0
