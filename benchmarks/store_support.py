"""Shared pieces of the store benchmarks (not a benchmark itself).

Stores are built through the real services (``create_store``/``add_user``/``grant_access``), so
the measured store has the same rows, key slots and audit entries as a centre's; only the KDF
cost is chosen. Measurements are interleaved: on a small shared machine, disk write-back and
CPU frequency drift over seconds, and alternating the measured call with its baseline exposes
both to the same conditions instead of giving the drift to whichever ran second.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from pathlib import Path

from barnahus.services.accounts import add_user, create_store, grant_access
from barnahus.services.keyring import Keyring
from barnahus.services.signin import sign_in
from barnahus.services.store_access import KdfChoice
from barnahus.store.database import StoreDatabase
from benchmarks.timing import Sample

PASSPHRASE = "benchmark passphrase, not a secret"
# Argon2id at the enforced floor with one lane: for building stores, not for measuring unlock.
FAST_KDF = KdfChoice(memory_kib=65536, iterations=3, lanes=1)


def build_team(
    path: Path, roles: Sequence[str], kdf: KdfChoice = FAST_KDF
) -> tuple[StoreDatabase, dict[str, Keyring]]:
    """A new store with an ``admin`` and one account per role (named after it), signed in."""
    created = create_store(path, "admin", PASSPHRASE, kdf)
    keyrings = {"admin": created.admin}
    for role in roles:
        add_user(created.db, created.admin, role, {role}, PASSPHRASE)
        grant_access(created.db, created.admin, role, created.recovery_key)
        keyrings[role] = sign_in(created.db, role, PASSPHRASE)
    return created.db, keyrings


def time_interleaved(
    calls: Sequence[tuple[str, Callable[[], object]]], repeat: int, warmup: int = 1
) -> list[Sample]:
    """Time each call ``repeat`` times, round-robin, after ``warmup`` untimed rounds."""
    seconds: list[list[float]] = [[] for _ in calls]
    for round_number in range(warmup + repeat):
        for index, (_, call) in enumerate(calls):
            start = time.perf_counter()
            call()
            if round_number >= warmup:
                seconds[index].append(time.perf_counter() - start)
    return [Sample(label, times) for (label, _), times in zip(calls, seconds, strict=True)]
