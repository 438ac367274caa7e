"""Passphrase rules: long enough and not a known common password; no composition rules.

Composition rules ("one digit, one symbol") push people to predictable patterns; length and a
blocklist of common choices protect better and are what current guidance recommends.
"""

from __future__ import annotations

import unicodedata
from functools import cache

from barnahus.datafiles import data_file
from barnahus.errors import BarnahusError

MIN_LENGTH = 10


class WeakPassphrase(BarnahusError):
    pass


@cache
def _common_passwords() -> frozenset[str]:
    text = data_file("resources", "common-passwords.txt").read_text(encoding="utf-8")
    return frozenset(
        line.strip().casefold() for line in text.splitlines() if line.strip() and line[0] != "#"
    )


def normalise(passphrase: str) -> str:
    return unicodedata.normalize("NFC", passphrase)


def check_passphrase(passphrase: str, *, account_name: str = "") -> None:
    """Raise :class:`WeakPassphrase` with a sentence the person can act on."""
    candidate = normalise(passphrase)
    if len(candidate) < MIN_LENGTH:
        raise WeakPassphrase(
            f"The passphrase must be at least {MIN_LENGTH} characters; a few words work well."
        )
    folded = candidate.casefold()
    if folded in _common_passwords() or folded.strip() in _common_passwords():
        raise WeakPassphrase("That passphrase is on a list of common passwords; choose another.")
    if account_name and folded == account_name.casefold():
        raise WeakPassphrase("The passphrase must not be the account name.")
    if len(set(folded)) < 3:
        raise WeakPassphrase("The passphrase repeats too few characters; choose another.")
