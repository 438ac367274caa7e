"""Parse the command line and dispatch; no use-case logic lives here."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from barnahus import __version__
from barnahus.cli.options import GlobalOptions, add_global_options
from barnahus.errors import BarnahusError, ExitCode
from barnahus.logs import log_unexpected

Handler = Callable[[argparse.Namespace, GlobalOptions], int]

# Each entry is a module under barnahus.cli with ``register(subparsers, add_globals)``.
_COMMAND_MODULES: tuple[str, ...] = (
    "setup",
    "users",
    "cases",
    "maintenance",
    "classify",
    "plans",
    "interviews",
)


class _Parser(argparse.ArgumentParser):
    """Usage errors exit with code 2 and one sentence, as the contract says."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        sys.stderr.write(f"barnahus: {message}\n")
        raise SystemExit(ExitCode.USAGE)


_VALUE_OPTIONS = frozenset({"--store", "--user", "--passphrase-file"})


def wants_subcommand(argv: Sequence[str]) -> bool:
    """Whether ``argv`` names a subcommand (or asks for help).

    Opening the desktop app should not pay for importing every command's services, so the
    full parser is only built when a subcommand could be involved.
    """
    skip_next = False
    for token in argv:
        if skip_next:
            skip_next = False
        elif token in ("-h", "--help"):
            return True
        elif token in _VALUE_OPTIONS:
            skip_next = True
        elif not token.startswith("-"):
            return True
    return False


def build_parser(*, with_commands: bool = True) -> argparse.ArgumentParser:
    parser = _Parser(
        prog="barnahus",
        description="Barnahus Desk. Without a command, opens the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"barnahus {__version__}")
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="open the main window, wait until the event loop is idle, and exit",
    )
    add_global_options(parser, suppress_defaults=False)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    def add_globals(sub: argparse.ArgumentParser) -> None:
        add_global_options(sub, suppress_defaults=True)

    import importlib

    for name in _COMMAND_MODULES if with_commands else ():
        module = importlib.import_module(f"barnahus.cli.{name}")
        module.register(subparsers, add_globals)
    return parser


def run(argv: Sequence[str]) -> int:
    parser = build_parser(with_commands=wants_subcommand(argv))
    args = parser.parse_args(list(argv))
    options = GlobalOptions.from_args(args)
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        if args.command is not None:
            parser.error(f"'{args.command}' needs a further command")
        from barnahus.app import run_gui

        return run_gui(options, smoke_test=args.smoke_test)
    try:
        return handler(args, options)
    except BarnahusError as exc:
        sys.stderr.write(f"barnahus: {exc.message}\n")
        return int(exc.exit_code)
    except KeyboardInterrupt:
        sys.stderr.write("barnahus: interrupted.\n")
        return int(ExitCode.ERROR)
    except Exception as unexpected:
        log_unexpected(type(unexpected), unexpected, unexpected.__traceback__)
        sys.stderr.write(
            "barnahus: an unexpected error occurred; details were written to the log.\n"
        )
        return int(ExitCode.ERROR)
