"""Unlock at the default key-derivation cost, against Argon2id at the enforced floor.

Signing in is the one moment a person waits on purpose: Argon2id is meant to be slow. The
ratios show what the default parameters (256 MiB, 3 passes, 4 lanes) cost over the floor
(64 MiB, 3 passes, 1 lane), and how little the rest of signing in (opening the slot, unwrapping
three compartment keys, the signed audit entry) adds on top of the key derivation.
"""

from __future__ import annotations

import secrets
import tempfile
from pathlib import Path

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from barnahus.crypto.kdf import (
    DEFAULT_ITERATIONS,
    DEFAULT_LANES,
    DEFAULT_MEMORY_KIB,
    FLOOR_ITERATIONS,
    FLOOR_MEMORY_KIB,
)
from barnahus.services.cases import create_case, list_cases
from barnahus.services.signin import sign_in
from barnahus.services.store_access import KdfChoice
from barnahus.store.database import StoreDatabase
from benchmarks.store_support import PASSPHRASE, build_team, time_interleaved
from benchmarks.timing import Budget, group, report, scaled

REPEAT = 5


def _bare_argon2id(memory_kib: int, iterations: int, lanes: int) -> None:
    kdf = Argon2id(
        salt=secrets.token_bytes(16),
        length=32,
        iterations=iterations,
        lanes=lanes,
        memory_cost=memory_kib,
    )
    kdf.derive(PASSPHRASE.encode())


CASES = 1000


def _unlock_and_list(db: StoreDatabase) -> None:
    keyring = sign_in(db, "psychologist", PASSPHRASE)
    assert len(list_cases(db)) == scaled(CASES, 50)
    keyring.lock()


def run() -> None:
    cases = scaled(CASES, 50)
    group(f"Unlock (sign in) at the default KDF cost, then list {cases:,} cases:")
    with tempfile.TemporaryDirectory() as tmp:
        db, keyrings = build_team(Path(tmp) / "unlock.sqlite3", ["psychologist"], KdfChoice())
        for n in range(1, cases + 1):
            create_case(db, keyrings["psychologist"], f"BH-2026-{n:05d}")
        try:
            baseline, bare_default, unlock, unlock_list = time_interleaved(
                [
                    (
                        "bare Argon2id at the floor (64 MiB/3/1)",
                        lambda: _bare_argon2id(FLOOR_MEMORY_KIB, FLOOR_ITERATIONS, 1),
                    ),
                    (
                        "bare Argon2id at the default (256 MiB/3/4)",
                        lambda: _bare_argon2id(
                            DEFAULT_MEMORY_KIB, DEFAULT_ITERATIONS, DEFAULT_LANES
                        ),
                    ),
                    (
                        "sign_in at the default (3 compartments)",
                        lambda: sign_in(db, "psychologist", PASSPHRASE).lock(),
                    ),
                    (
                        f"sign_in + list {cases:,} cases",
                        lambda: _unlock_and_list(db),
                    ),
                ],
                scaled(REPEAT, 1),
            )
        finally:
            db.dispose()
    report(baseline, baseline)
    report(bare_default, baseline)
    report(unlock, baseline)
    report(unlock_list, bare_default, Budget(1000, "extra_ms"))
