"""Signing in tells mistakes from damage, refuses weakened key derivation and slows guessing.

Proves, on a real store whose ``users.passphrase_slot`` is edited with raw ``sqlite3``:

* a wrong passphrase is an authentication failure (exit 3) while a damaged slot, opened with
  the *right* passphrase, is an integrity failure (exit 4), and each is audited as such;
* a slot re-forged consistently (valid checksum, verifier and ciphertext) with Argon2id
  parameters below the floor is refused, so nobody can cheapen offline guessing by editing it;
* after five failures every further attempt waits a doubling delay, and every failure, refusal
  and throttled attempt leaves an audit entry;
* the passphrase policy: length, the common-password list, and NFC normalisation so a phrase
  typed on a keyboard that sends decomposed accents opens the account.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import unicodedata
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from tests.conftest import FAST_KDF, PASSPHRASES
from tests.reliability.storekit import (
    StoreCopy,
    Template,
    build_template,
    flip_bit,
    read_blob,
    write_value,
)

from barnahus.crypto import keyslot
from barnahus.crypto._primitives import aead_open, aead_seal, hkdf_subkey
from barnahus.crypto.kdf import FLOOR_ITERATIONS, FLOOR_MEMORY_KIB, KdfParams
from barnahus.crypto.keyslot import PassphraseSlot, open_slot, slot_checksum
from barnahus.crypto.secret import SecretKey
from barnahus.datafiles import data_file
from barnahus.errors import AuthenticationFailed, ExitCode, IntegrityFailure
from barnahus.services import audit
from barnahus.services.accounts import add_user, change_passphrase, create_store
from barnahus.services.common import passphrase_slot_context
from barnahus.services.passphrase_policy import MIN_LENGTH, WeakPassphrase
from barnahus.services.signin import WRONG_CREDENTIALS, sign_in

pytestmark = pytest.mark.security

SLOT_SQL = "SELECT passphrase_slot FROM users WHERE name = ?"
SET_SLOT_SQL = "UPDATE users SET passphrase_slot = ? WHERE name = ?"


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    return build_template(tmp_path_factory.mktemp("template"))


@pytest.fixture
def store(template: Template, tmp_path: Path) -> Iterator[StoreCopy]:
    copy = StoreCopy(template, tmp_path / "store" / "barnahus.sqlite3")
    yield copy
    copy.close()


def _audit_actions(store: StoreCopy, target: str) -> list[str]:
    with store.db.transaction() as tx:
        return [r.action for r in tx.audit_records() if r.target == target]


def _user_id(store: StoreCopy, name: str) -> str:
    with store.db.transaction() as tx:
        account = tx.account_by_name(name)
    assert account is not None
    return account.id


def _failed_attempts(store: StoreCopy, name: str) -> int:
    with store.db.transaction() as tx:
        account = tx.account_by_name(name)
    assert account is not None
    return account.failed_attempts


# wrong passphrase versus damaged slot ------------------------------------------------------
def test_wrong_passphrase_is_an_authentication_failure(store: StoreCopy) -> None:
    with pytest.raises(AuthenticationFailed) as caught:
        sign_in(store.db, "interviewer", "not the interviewer passphrase")

    assert caught.value.exit_code == ExitCode.AUTHENTICATION_FAILED
    assert int(caught.value.exit_code) == 3
    assert caught.value.message == WRONG_CREDENTIALS
    assert _audit_actions(store, _user_id(store, "interviewer"))[-1] == audit.LOGIN_FAILED
    assert _failed_attempts(store, "interviewer") == 1


def _flip_in_wrapped(slot: bytes) -> bytes:
    doc = json.loads(slot)
    doc["wrapped"] = flip_bit(bytes.fromhex(doc["wrapped"]), 20).hex()
    return json.dumps(doc, sort_keys=True, separators=(",", ":")).encode("ascii")


def _rewrapped_with_checksum(slot: bytes) -> bytes:
    """Deliberate tampering: ciphertext altered and the unkeyed checksum recomputed."""
    parsed = PassphraseSlot.from_bytes(slot)
    wrapped = flip_bit(parsed.wrapped, -1)
    return PassphraseSlot(
        parsed.params,
        parsed.verifier,
        wrapped,
        slot_checksum(parsed.params, parsed.verifier, wrapped),
    ).to_bytes()


DAMAGE: dict[str, Callable[[bytes], bytes]] = {
    "one raw byte flipped": lambda slot: flip_bit(slot, len(slot) // 2, 1),
    "ciphertext bit flipped": _flip_in_wrapped,
    "truncated": lambda slot: slot[: len(slot) // 3],
    "emptied": lambda slot: b"",
    "ciphertext altered, checksum recomputed": _rewrapped_with_checksum,
}


@pytest.mark.parametrize("damage", DAMAGE, ids=list(DAMAGE))
def test_damaged_slot_is_an_integrity_failure_even_with_the_right_passphrase(
    store: StoreCopy, damage: str
) -> None:
    original = read_blob(store.path, SLOT_SQL, "interviewer")
    damaged = DAMAGE[damage](original)
    assert damaged != original
    write_value(store.path, SET_SLOT_SQL, damaged, "interviewer")

    with pytest.raises(IntegrityFailure) as caught:
        store.sign_in("interviewer")

    assert not isinstance(caught.value, AuthenticationFailed)
    assert caught.value.exit_code == ExitCode.INTEGRITY_FAILURE
    assert int(caught.value.exit_code) == 4
    assert "damaged" in caught.value.message
    assert _audit_actions(store, _user_id(store, "interviewer"))[-1] == audit.INTEGRITY_FAILURE
    assert _failed_attempts(store, "interviewer") == 0  # not counted as a guess


def test_restoring_the_slot_restores_sign_in(store: StoreCopy) -> None:
    original = read_blob(store.path, SLOT_SQL, "interviewer")
    write_value(store.path, SET_SLOT_SQL, flip_bit(original, 40), "interviewer")
    with pytest.raises(IntegrityFailure):
        store.sign_in("interviewer")

    write_value(store.path, SET_SLOT_SQL, original, "interviewer")

    assert store.sign_in("interviewer").compartments


# KDF floor ---------------------------------------------------------------------------------
def _forge_slot(payload: bytes, params: KdfParams, context: bytes, passphrase: str) -> bytes:
    """A fully consistent slot under ``params``, built the way create_slot would if it let us.

    create_slot refuses weak parameters, so the derivation is done by hand with the same
    sub-key labels; the result differs from a genuine slot only in its KDF cost.
    """
    kdf = Argon2id(
        salt=params.salt,
        length=32,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    kek = SecretKey(kdf.derive(passphrase.encode("utf-8")))
    verify_key = hkdf_subkey(kek, info=keyslot._VERIFY_INFO)
    wrap_key = hkdf_subkey(kek, info=keyslot._WRAP_INFO)
    verifier = hmac.new(verify_key.material(), keyslot._VERIFIER_MESSAGE, hashlib.sha256).digest()
    wrapped = aead_seal(wrap_key, payload, keyslot._WRAP_AD_PREFIX + context)
    # Prove the forgery is sound: it decrypts with the weak key, so only the floor can stop it.
    assert aead_open(wrap_key, wrapped, keyslot._WRAP_AD_PREFIX + context) == payload
    slot = PassphraseSlot(params, verifier, wrapped, slot_checksum(params, verifier, wrapped))
    return slot.to_bytes()


@pytest.mark.parametrize(
    ("memory_kib", "iterations"),
    [
        (FLOOR_MEMORY_KIB // 2, FLOOR_ITERATIONS),
        (FLOOR_MEMORY_KIB, FLOOR_ITERATIONS - 1),
        (8, 1),
    ],
)
def test_slot_forged_below_the_kdf_floor_is_refused(
    store: StoreCopy, memory_kib: int, iterations: int
) -> None:
    user_id = _user_id(store, "interviewer")
    context = passphrase_slot_context(user_id)
    genuine = PassphraseSlot.from_bytes(read_blob(store.path, SLOT_SQL, "interviewer"))
    payload = open_slot(PASSPHRASES["interviewer"], genuine, context)
    weak = KdfParams(memory_kib, iterations, 1, genuine.params.salt)
    forged = _forge_slot(payload, weak, context, PASSPHRASES["interviewer"])
    write_value(store.path, SET_SLOT_SQL, forged, "interviewer")

    with pytest.raises(IntegrityFailure) as caught:
        store.sign_in("interviewer")

    assert caught.value.exit_code == ExitCode.INTEGRITY_FAILURE
    assert "weaker than allowed" in caught.value.message
    with store.db.transaction() as tx:
        last = tx.audit_records()[-1]
    assert (last.action, last.target) == (audit.INTEGRITY_FAILURE, user_id)
    assert last.detail == "key slot below KDF floor"


# throttling --------------------------------------------------------------------------------
class FakeClock:
    def __init__(self) -> None:
        self.now = datetime(2030, 5, 6, 7, 8, 9, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


def _attempt(store: StoreCopy, passphrase: str, clock: FakeClock) -> str:
    """'ok', 'wrong' or 'throttled'."""
    try:
        sign_in(store.db, "interviewer", passphrase, clock=clock)
    except AuthenticationFailed as exc:
        return "wrong" if exc.message == WRONG_CREDENTIALS else "throttled"
    return "ok"


def test_five_free_failures_then_a_doubling_delay(store: StoreCopy) -> None:
    clock = FakeClock()
    for _ in range(5):
        assert _attempt(store, "a wrong guess entirely", clock) == "wrong"
        clock.advance(0.5)

    observed: list[int] = []
    for _ in range(4):
        waited = 0
        while _attempt(store, "a wrong guess entirely", clock) == "throttled":
            clock.advance(1)
            waited += 1
        observed.append(waited)
    # Delays after the 5th, 6th, 7th and 8th failures (minus the 0.5 s already gone once).
    assert observed == [2, 4, 8, 16]
    assert _failed_attempts(store, "interviewer") == 9


def test_throttle_holds_even_for_the_right_passphrase_and_then_lets_it_in(
    store: StoreCopy,
) -> None:
    clock = FakeClock()
    for _ in range(5):
        _attempt(store, "a wrong guess entirely", clock)

    clock.advance(1)
    assert _attempt(store, PASSPHRASES["interviewer"], clock) == "throttled"
    clock.advance(1)
    assert _attempt(store, PASSPHRASES["interviewer"], clock) == "ok"
    assert _failed_attempts(store, "interviewer") == 0


def test_every_failed_and_throttled_attempt_is_audited(store: StoreCopy) -> None:
    clock = FakeClock()
    user_id = _user_id(store, "interviewer")
    before = _audit_actions(store, user_id)
    outcomes = [_attempt(store, "a wrong guess entirely", clock) for _ in range(8)]

    after = _audit_actions(store, user_id)[len(before) :]

    assert outcomes == ["wrong"] * 5 + ["throttled"] * 3
    assert after == [audit.LOGIN_FAILED] * 5 + [audit.LOGIN_THROTTLED] * 3
    with store.db.transaction() as tx:
        assert audit.check(tx) == []


def test_unknown_account_is_audited_without_the_typed_name(store: StoreCopy) -> None:
    with pytest.raises(AuthenticationFailed) as caught:
        sign_in(store.db, "nobody-here", "whatever passphrase")

    assert caught.value.message == WRONG_CREDENTIALS  # same words as a wrong passphrase
    with store.db.transaction() as tx:
        last = tx.audit_records()[-1]
    assert last.action == audit.LOGIN_FAILED
    assert "nobody-here" not in f"{last.target} {last.detail}"


# passphrase policy -------------------------------------------------------------------------
@pytest.mark.parametrize(
    "passphrase",
    [
        "",
        "short",
        "nine char",
        "qwertyuiop1",
        "QwertyUiop1",
        "1234567890qwertyuiop",
        "aaaaaaaaaaaa",
    ],
)
def test_weak_passphrases_are_refused_for_new_accounts(store: StoreCopy, passphrase: str) -> None:
    with pytest.raises(WeakPassphrase) as caught:
        add_user(store.db, store.admin, "newcomer", {"interviewer"}, passphrase)

    assert passphrase not in caught.value.message or not passphrase
    with store.db.transaction() as tx:
        assert tx.account_by_name("newcomer") is None


def test_common_password_list_holds_the_example() -> None:
    """The refusals above test the list, not the length rule: these are long enough."""
    listed = data_file("resources", "common-passwords.txt").read_text(encoding="utf-8")

    assert {"qwertyuiop1", "1234567890qwertyuiop"} <= set(listed.splitlines())
    assert min(len("qwertyuiop1"), len("1234567890qwertyuiop")) >= MIN_LENGTH


def test_weak_passphrase_refused_for_a_new_store_and_on_change(
    store: StoreCopy, tmp_path: Path
) -> None:
    with pytest.raises(WeakPassphrase):
        create_store(tmp_path / "other.sqlite3", "admin", "qwertyuiop1", FAST_KDF)
    assert not (tmp_path / "other.sqlite3").exists()

    with pytest.raises(WeakPassphrase):
        change_passphrase(store.db, "interviewer", PASSPHRASES["interviewer"], "tooshort")
    assert store.sign_in("interviewer").compartments  # the old passphrase still works


def test_ten_characters_are_enough(store: StoreCopy) -> None:
    add_user(store.db, store.admin, "newcomer", {"interviewer"}, "ten chars!")

    assert sign_in(store.db, "newcomer", "ten chars!").user_id


@pytest.mark.parametrize(
    ("created_as", "typed_as"), [("NFC", "NFD"), ("NFD", "NFC")], ids=["nfc-nfd", "nfd-nfc"]
)
def test_passphrase_is_compared_after_nfc_normalisation(
    store: StoreCopy, created_as: str, typed_as: str
) -> None:
    phrase = "Crème brûlée à l'été, Ångström Øre"
    created = unicodedata.normalize(created_as, phrase)  # type: ignore[arg-type]
    typed = unicodedata.normalize(typed_as, phrase)  # type: ignore[arg-type]
    assert created != typed
    add_user(store.db, store.admin, "newcomer", {"interviewer"}, created)

    assert sign_in(store.db, "newcomer", typed).user_id
    with pytest.raises(AuthenticationFailed):
        sign_in(store.db, "newcomer", typed + ".")
