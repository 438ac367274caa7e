"""``barnahus user add|list|roles|disable|passwd|grant``: manage accounts without the GUI.

The administrator who adds a person holds no content keys, so adding an account usually leaves
compartments to be granted by a colleague who holds them (or with the recovery key). The
command says so plainly and prints the exact command to run, instead of leaving a new colleague
puzzled by an empty workspace.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from barnahus.cli.common import (
    Passphrase,
    account_name,
    new_account_passphrase,
    out,
    read_secret_file,
    session,
)
from barnahus.cli.options import GlobalOptions
from barnahus.roles import Compartment, Role
from barnahus.services import account_roles, accounts
from barnahus.services.session import open_store

AddGlobals = Callable[[argparse.ArgumentParser], None]


def register(subparsers: Any, add_globals: AddGlobals) -> None:
    user = subparsers.add_parser(
        "user", help="add, list, change roles of, disable accounts; grant access"
    )
    add_globals(user)
    commands = user.add_subparsers(dest="user_command", metavar="ACTION")

    add = commands.add_parser("add", help="add an account (acting administrator: --user)")
    add.add_argument("name", metavar="NAME")
    add.add_argument(
        "--role",
        action="append",
        required=True,
        choices=[r.value for r in Role],
        help="a role of the new account; repeat for several",
    )
    add.add_argument(
        "--new-passphrase-file",
        type=Path,
        metavar="FILE",
        help="read the new account's passphrase from FILE instead of prompting",
    )
    add_globals(add)
    add.set_defaults(handler=run_add)

    listing = commands.add_parser("list", help="list accounts: name, roles, active or disabled")
    add_globals(listing)
    listing.set_defaults(handler=run_list)

    roles = commands.add_parser(
        "roles",
        help="give NAME exactly these roles (acting administrator: --user); "
        "added roles wait for a grant, keys of removed roles are deleted",
    )
    roles.add_argument("name", metavar="NAME")
    roles.add_argument(
        "--role",
        action="append",
        required=True,
        choices=[r.value for r in Role],
        help="a role the account keeps or gets; repeat for several",
    )
    add_globals(roles)
    roles.set_defaults(handler=run_roles)

    disable = commands.add_parser("disable", help="disable an account and delete its keys")
    disable.add_argument("name", metavar="NAME")
    add_globals(disable)
    disable.set_defaults(handler=run_disable)

    passwd = commands.add_parser("passwd", help="change the passphrase of --user")
    passwd.add_argument(
        "--new-passphrase-file",
        type=Path,
        metavar="FILE",
        help="read the new passphrase from FILE instead of prompting",
    )
    add_globals(passwd)
    passwd.set_defaults(handler=run_passwd)

    grant = commands.add_parser(
        "grant", help="grant NAME the compartment keys their roles call for"
    )
    grant.add_argument("name", metavar="NAME")
    grant.add_argument(
        "--recovery-key-file",
        type=Path,
        metavar="FILE",
        help="an administrator grants with the recovery key read from FILE",
    )
    add_globals(grant)
    grant.set_defaults(handler=run_grant)


def _report_missing(name: str, missing: list[Compartment]) -> None:
    if not missing:
        out(f"'{name}' has been offered every compartment their roles need.")
        return
    out(f"Still missing for '{name}': {', '.join(c.value for c in missing)}.")
    out(
        f"A colleague who holds them grants them with: barnahus user grant {name} --user THEIR_NAME"
    )
    out(
        "or an administrator with the recovery key: "
        f"barnahus user grant {name} --recovery-key-file FILE"
    )


def run_add(args: argparse.Namespace, options: GlobalOptions) -> int:
    passphrase = Passphrase(options)
    with session(options, passphrase) as opened:
        new_passphrase = new_account_passphrase(args.new_passphrase_file)
        account, missing = accounts.add_user(
            opened.db, opened.keyring, args.name, set(args.role), new_passphrase
        )
    out(f"Added '{account.name}' with roles: {', '.join(sorted(account.roles))}.")
    _report_missing(account.name, missing)
    return 0


def run_list(args: argparse.Namespace, options: GlobalOptions) -> int:
    with session(options) as opened:
        found = accounts.list_accounts(opened.db)
    for account in sorted(found, key=lambda a: a.name):
        state = "disabled" if account.disabled else "active"
        out(f"{account.name}\t{','.join(sorted(account.roles))}\t{state}")
    return 0


def run_roles(args: argparse.Namespace, options: GlobalOptions) -> int:
    with session(options) as opened:
        change = account_roles.change_roles(opened.db, opened.keyring, args.name, set(args.role))
    roles = ", ".join(sorted(r.value for r in change.after))
    if not change.changed:
        out(f"'{change.name}' already has roles: {roles}; nothing changed.")
        return 0
    out(f"'{change.name}' now has roles: {roles}.")
    if change.removed:
        removed = ", ".join(sorted(c.value for c in change.removed))
        out(
            f"Deleted their keys for: {removed}. A session already open keeps them until it "
            "signs out or locks."
        )
    _report_missing(change.name, sorted(change.waiting))
    return 0


def run_disable(args: argparse.Namespace, options: GlobalOptions) -> int:
    with session(options) as opened:
        accounts.disable_user(opened.db, opened.keyring, args.name)
    out(f"Disabled '{args.name}' and deleted the account's keys.")
    return 0


def run_passwd(args: argparse.Namespace, options: GlobalOptions) -> int:
    name = account_name(options)
    with open_store(options.store_location) as db:
        old = Passphrase(options)()
        new = new_account_passphrase(args.new_passphrase_file)
        accounts.change_passphrase(db, name, old, new)
    out(f"Changed the passphrase of '{name}'.")
    return 0


def run_grant(args: argparse.Namespace, options: GlobalOptions) -> int:
    recovery = None
    if args.recovery_key_file is not None:
        recovery = read_secret_file(args.recovery_key_file, "recovery key")
    with session(options) as opened:
        missing = accounts.grant_access(opened.db, opened.keyring, args.name, recovery)
    out(f"Granted what you could; '{args.name}' receives the keys at their next sign-in.")
    _report_missing(args.name, missing)
    return 0
