"""``barnahus init`` and ``barnahus demo``: create a store from the command line.

Creating a store is the one moment the recovery key exists in readable form, so ``init``
prints it exactly once, with a plain instruction, and nothing else ever shows it again.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from barnahus.cli.common import (
    add_kdf_options,
    kdf_from_args,
    new_store_passphrase,
    out,
)
from barnahus.cli.options import GlobalOptions
from barnahus.services.accounts import create_store, list_accounts
from barnahus.services.session import open_store

AddGlobals = Callable[[argparse.ArgumentParser], None]


def register(subparsers: Any, add_globals: AddGlobals) -> None:
    init = subparsers.add_parser(
        "init",
        help="create a new store and its first administrator",
        description="Create a new store with its first administrator and print the recovery "
        "key once.",
    )
    init.add_argument(
        "--admin",
        metavar="NAME",
        help="the administrator's account name (default: --user, or 'admin')",
    )
    add_kdf_options(init)
    add_globals(init)
    init.set_defaults(handler=run_init)

    demo = subparsers.add_parser(
        "demo",
        help="create a store filled with a fictional demo centre",
        description="Create a store at --store with fictional accounts and cases for training "
        "and trying the app; every demo account uses the passphrase given.",
    )
    add_kdf_options(demo)
    add_globals(demo)
    demo.set_defaults(handler=run_demo)


def run_init(args: argparse.Namespace, options: GlobalOptions) -> int:
    kdf = kdf_from_args(args)
    admin_name = args.admin or options.user or "admin"
    passphrase = new_store_passphrase(options)
    created = create_store(options.store_location, admin_name, passphrase, kdf)
    try:
        out(f"Created the store at {options.store_location}.")
        out(f"The administrator account is '{admin_name}'.")
        out()
        out("RECOVERY KEY (shown only this once):")
        out()
        out(f"    {created.recovery_key}")
        out()
        out("Print this key now and keep the paper in the centre's safe. It is the only way")
        out("back to the case files if every passphrase is lost, and it is not stored anywhere.")
        out("Do not save it on this computer.")
        out()
        out(f"Next: add colleagues with 'barnahus user add NAME --role ROLE --user {admin_name}'.")
    finally:
        created.admin.lock()
        created.db.dispose()
    return 0


def run_demo(args: argparse.Namespace, options: GlobalOptions) -> int:
    from barnahus.services.demo import create_demo_store

    kdf = kdf_from_args(args)
    passphrase = new_store_passphrase(options)
    create_demo_store(options.store, passphrase, kdf)
    out(f"Created a demo store with fictional data at {options.store}.")
    with open_store(options.store) as db:
        accounts = list_accounts(db)
    if accounts:
        out("Accounts (all use the passphrase you gave):")
        for account in accounts:
            out(f"  {account.name}\t{','.join(sorted(account.roles))}")
    return 0
