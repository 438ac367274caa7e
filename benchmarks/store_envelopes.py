"""Sealing and opening 10,000 notes, against bare AES-256-GCM on the same bytes.

Every field goes through ``crypto.envelope``: the binding to table, row, column and revision,
the key id, the version byte and the keyring lookup. The ratio against a bare AES-GCM loop over
the same plaintexts and associated data shows what that safety costs per note.
"""

from __future__ import annotations

import os
import uuid

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from barnahus.crypto.envelope import Binding, open_sealed, seal
from barnahus.crypto.secret import SecretKey
from benchmarks.store_support import time_interleaved
from benchmarks.timing import group, report, scaled

NOTES = 10_000
NOTE_BYTES = 2048
REPEAT = 5


def _notes() -> list[tuple[bytes, Binding]]:
    words = b"calm factual note about the plan review school guardian safety "
    body = (words * (NOTE_BYTES // len(words) + 1))[:NOTE_BYTES]
    return [
        (body[:-8] + f"{i:08d}".encode(), Binding("revisions", str(uuid.uuid4()), "body", 1))
        for i in range(scaled(NOTES, 500))
    ]


def run() -> None:
    group(f"Encrypt and decrypt {scaled(NOTES, 500):,} notes of {NOTE_BYTES} bytes:")
    key = SecretKey.generate()
    keys = {key.key_id: key}
    notes = _notes()
    with_ad = [(plain, binding.associated_data()) for plain, binding in notes]
    bare = AESGCM(key.material())

    def bare_encrypt() -> list[tuple[bytes, bytes, bytes]]:
        return [(n := os.urandom(12), bare.encrypt(n, p, ad), ad) for p, ad in with_ad]

    def envelope_seal() -> list[tuple[bytes, Binding]]:
        return [(seal(key, plain, binding), binding) for plain, binding in notes]

    sealed_bare = bare_encrypt()
    sealed = envelope_seal()

    def bare_decrypt() -> None:
        for nonce, ciphertext, ad in sealed_bare:
            bare.decrypt(nonce, ciphertext, ad)

    def envelope_open() -> None:
        for blob, binding in sealed:
            open_sealed(keys, blob, binding)

    encrypt_base, encrypted, decrypt_base, decrypted = time_interleaved(
        [
            ("bare AES-GCM encrypt", bare_encrypt),
            ("envelope.seal", envelope_seal),
            ("bare AES-GCM decrypt", bare_decrypt),
            ("envelope.open_sealed", envelope_open),
        ],
        scaled(REPEAT, 1),
    )
    report(encrypt_base, encrypt_base)
    report(encrypted, encrypt_base)
    report(decrypt_base, decrypt_base)
    report(decrypted, decrypt_base)
    key.wipe()
