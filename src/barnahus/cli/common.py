"""What every subcommand shares: who signs in, secrets from files or the terminal, output.

Handlers stay short and alike because these helpers decide, in one place, the order in which
secrets are looked for (file, then environment, then a no-echo terminal prompt) and that a
script without a terminal gets a usage error instead of a prompt nobody will answer.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from barnahus.cli.options import GlobalOptions, prompt_secret, read_passphrase
from barnahus.crypto.kdf import (
    DEFAULT_ITERATIONS,
    DEFAULT_LANES,
    DEFAULT_MEMORY_KIB,
    FLOOR_ITERATIONS,
    FLOOR_MEMORY_KIB,
    MAX_ITERATIONS,
    MAX_LANES,
    MAX_MEMORY_KIB,
)
from barnahus.errors import UsageError
from barnahus.services.session import Session, open_session
from barnahus.services.store_access import KdfChoice


def out(line: str = "") -> None:
    """One line of results on stdout."""
    sys.stdout.write(line + "\n")


def warn(line: str) -> None:
    """One line of advice on stderr, kept apart from results that scripts read."""
    sys.stderr.write(f"barnahus: {line}\n")


def read_secret_file(path: Path, what: str) -> str:
    """The text of a secret file; only the final newline is removed (spaces may matter)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        raise UsageError(f"The {what} file could not be read.") from None
    return text[:-1] if text.endswith("\n") else text


def account_name(options: GlobalOptions) -> str:
    """--user, or asked on the terminal."""
    if options.user:
        return options.user
    if not sys.stdin.isatty():
        raise UsageError("Give the account name with --user.")
    try:
        name = input("Account name: ").strip()
    except (EOFError, KeyboardInterrupt):
        name = ""
    if not name:
        raise UsageError("No account name was given.")
    return name


def ask_new_passphrase(hint: str) -> str:
    """A new passphrase typed twice on the terminal, so a typo does not lock anyone out."""
    first = prompt_secret("New passphrase: ", hint)
    second = prompt_secret("Type it again: ", hint)
    if first != second:
        raise UsageError("The two passphrases do not match.")
    return first


def new_store_passphrase(options: GlobalOptions) -> str:
    """The first administrator's passphrase: --passphrase-file, $BARNAHUS_PASSPHRASE or twice
    on the terminal."""
    if options.passphrase_file is not None:
        return read_secret_file(options.passphrase_file, "passphrase")
    env = os.environ.get("BARNAHUS_PASSPHRASE")
    if env is not None:
        return env
    return ask_new_passphrase(
        "No passphrase was given; use --passphrase-file or set BARNAHUS_PASSPHRASE."
    )


def new_account_passphrase(source: Path | None) -> str:
    """Another account's new passphrase: --new-passphrase-file or twice on the terminal."""
    if source is not None:
        return read_secret_file(source, "new passphrase")
    return ask_new_passphrase("No new passphrase was given; use --new-passphrase-file.")


class Passphrase:
    """The signed-in person's passphrase, read at most once however often it is needed."""

    def __init__(self, options: GlobalOptions) -> None:
        self._options = options
        self._value: str | None = None

    def __call__(self) -> str:
        if self._value is None:
            self._value = read_passphrase(self._options)
        return self._value


@contextmanager
def session(options: GlobalOptions, passphrase: Passphrase | None = None) -> Iterator[Session]:
    """Open the store named by the global options and sign in; everything is closed after."""
    name = account_name(options)
    with open_session(options.store_location, name, passphrase or Passphrase(options)) as opened:
        yield opened


def add_kdf_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("key derivation (Argon2id) for new passphrases")
    group.add_argument(
        "--kdf-memory-kib",
        type=int,
        default=DEFAULT_MEMORY_KIB,
        metavar="N",
        help=f"memory per derivation in KiB (default {DEFAULT_MEMORY_KIB}, "
        f"at least {FLOOR_MEMORY_KIB})",
    )
    group.add_argument(
        "--kdf-iterations",
        type=int,
        default=DEFAULT_ITERATIONS,
        metavar="N",
        help=f"passes (default {DEFAULT_ITERATIONS}, at least {FLOOR_ITERATIONS})",
    )
    group.add_argument(
        "--kdf-lanes",
        type=int,
        default=DEFAULT_LANES,
        metavar="N",
        help=f"parallel lanes (default {DEFAULT_LANES})",
    )


def kdf_from_args(args: argparse.Namespace) -> KdfChoice:
    """The chosen cost, refused with a usage error when below the floor or absurdly high."""
    memory, iterations, lanes = args.kdf_memory_kib, args.kdf_iterations, args.kdf_lanes
    if not FLOOR_MEMORY_KIB <= memory <= MAX_MEMORY_KIB:
        raise UsageError(
            f"--kdf-memory-kib must be between {FLOOR_MEMORY_KIB} (64 MiB) and {MAX_MEMORY_KIB}."
        )
    if not FLOOR_ITERATIONS <= iterations <= MAX_ITERATIONS:
        raise UsageError(
            f"--kdf-iterations must be between {FLOOR_ITERATIONS} and {MAX_ITERATIONS}."
        )
    if not 1 <= lanes <= MAX_LANES:
        raise UsageError(f"--kdf-lanes must be between 1 and {MAX_LANES}.")
    return KdfChoice(memory_kib=memory, iterations=iterations, lanes=lanes)
