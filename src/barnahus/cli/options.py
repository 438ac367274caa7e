"""Global options shared by every subcommand, accepted before or after the subcommand name."""

from __future__ import annotations

import argparse
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from barnahus.errors import UsageError
from barnahus.locations import default_store_path


def add_global_options(parser: argparse.ArgumentParser, *, suppress_defaults: bool) -> None:
    """Add the global options.

    On subparsers the defaults are suppressed so that an option given before the subcommand is
    not overwritten by the subparser's default.
    """
    default = argparse.SUPPRESS if suppress_defaults else None
    group = parser.add_argument_group("global options")
    group.add_argument(
        "--store",
        metavar="PATH",
        default=default,
        help="store file (default: the user data folder, or $BARNAHUS_STORE)",
    )
    group.add_argument("--user", metavar="NAME", default=default, help="account name")
    group.add_argument(
        "--passphrase-file",
        metavar="FILE",
        default=default,
        help="read the passphrase from FILE (or $BARNAHUS_PASSPHRASE) instead of prompting",
    )


@dataclass(frozen=True)
class GlobalOptions:
    store: Path
    user: str | None
    passphrase_file: Path | None
    # The --store text as given: ``Path`` would fold the "//" of a database URL.
    store_text: str | None = None

    @classmethod
    def from_args(cls, args: argparse.Namespace) -> GlobalOptions:
        store = getattr(args, "store", None)
        pf = getattr(args, "passphrase_file", None)
        return cls(
            store=Path(store) if store else default_store_path(),
            user=getattr(args, "user", None),
            passphrase_file=Path(pf) if pf else None,
            store_text=store or os.environ.get("BARNAHUS_STORE") or None,
        )

    @property
    def store_location(self) -> str | Path:
        """Where the store is: a file path, or a database URL kept exactly as typed."""
        if self.store_text and "://" in self.store_text:
            return self.store_text
        return self.store


def prompt_secret(prompt: str, hint: str) -> str:
    """Ask on the terminal without echo; without a terminal, a usage error that says ``hint``.

    Refusing early keeps scripts from hanging on a prompt nobody sees.
    """
    if not sys.stdin.isatty():
        raise UsageError(hint)
    import getpass

    try:
        return getpass.getpass(prompt)
    except (EOFError, KeyboardInterrupt) as exc:
        raise UsageError("No passphrase was given.") from exc


def read_passphrase(options: GlobalOptions, prompt: str = "Passphrase: ") -> str:
    """Passphrase from file, environment or terminal, in that order.

    Only the final newline of a file is stripped: a passphrase may contain spaces.
    """
    if options.passphrase_file is not None:
        try:
            text = options.passphrase_file.read_text(encoding="utf-8")
        except OSError as exc:
            raise UsageError("The passphrase file could not be read.") from exc
        return text[:-1] if text.endswith("\n") else text
    env = os.environ.get("BARNAHUS_PASSPHRASE")
    if env is not None:
        return env
    return prompt_secret(
        prompt, "No passphrase was given; use --passphrase-file or set BARNAHUS_PASSPHRASE."
    )
