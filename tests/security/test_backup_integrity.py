"""A damaged, cut, reordered or edited backup is refused as damaged, and nothing is restored.

The backup is made with small chunks so that a store of a few hundred kilobytes spans dozens
of them, which lets the tests reorder, drop and cut chunks.
"""

from __future__ import annotations

import json
import struct
from dataclasses import dataclass
from pathlib import Path

import pytest
from tests.conftest import PASSPHRASES, make_team

from barnahus.errors import AuthenticationFailed, BarnahusError, IntegrityFailure, UsageError
from barnahus.roles import Compartment
from barnahus.services import backup
from barnahus.services.cases import create_case
from barnahus.services.records import RecordContent, create_record, save_revision

SMALL_CHUNK = 4096
STRIDE = SMALL_CHUNK + 1 + 12 + 16  # wrap version byte, nonce, ciphertext, GCM tag


@dataclass(frozen=True)
class BackupFile:
    data: bytes
    header_start: int
    chunks_start: int
    other: bytes  # a second backup of the same store, made later with another key

    @property
    def chunk_count(self) -> int:
        return -(-(len(self.data) - self.chunks_start) // STRIDE)

    def chunk(self, index: int) -> tuple[int, int]:
        start = self.chunks_start + index * STRIDE
        return start, min(start + STRIDE, len(self.data))

    def header(self) -> bytes:
        return self.data[self.header_start : self.chunks_start]


def _layout(data: bytes) -> tuple[int, int]:
    header_start = len(backup.MAGIC) + 5
    (length,) = struct.unpack(">I", data[len(backup.MAGIC) + 1 : header_start])
    return header_start, header_start + length


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> BackupFile:
    root = tmp_path_factory.mktemp("integrity")
    team = make_team(root / "store.sqlite3")
    case = create_case(team.db, team.coordinator, "BH-INT-0001")
    record = create_record(team.db, team.psychologist, case.id, "note", Compartment.CAREPLAN)
    save_revision(
        team.db, team.psychologist, record.id, RecordContent("Plan", {"text": "x" * 9000})
    )
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(backup, "CHUNK_SIZE", SMALL_CHUNK)
        backup.create_backup(team.db, team.admin, root / "a.bhbackup")
        backup.create_backup(team.db, team.admin, root / "b.bhbackup")
    team.db.dispose()
    data = (root / "a.bhbackup").read_bytes()
    header_start, chunks_start = _layout(data)
    made = BackupFile(data, header_start, chunks_start, (root / "b.bhbackup").read_bytes())
    assert made.chunk_count >= 20
    return made


def _restore(tmp_path: Path, data: bytes, name: str = "coordinator") -> None:
    source = tmp_path / "tampered.bhbackup"
    source.write_bytes(data)
    target_dir = tmp_path / "target"
    target_dir.mkdir(exist_ok=True)
    try:
        backup.restore_backup(source, target_dir / "s.sqlite3", name, PASSPHRASES[name])
    finally:
        # Whatever happened, a refused backup leaves nothing behind, not even a temp file.
        leftovers = sorted(p.name for p in target_dir.iterdir())
        if leftovers:
            assert leftovers[0] == "s.sqlite3", leftovers


def _refused(tmp_path: Path, data: bytes) -> None:
    with pytest.raises(IntegrityFailure) as caught:
        _restore(tmp_path, data)
    assert caught.value.message == "The backup file is damaged."
    assert list((tmp_path / "target").iterdir()) == []


def test_untouched_copy_restores(made: BackupFile, tmp_path: Path) -> None:
    """The control: the same helper accepts the original bytes."""
    _restore(tmp_path, made.data)
    assert (tmp_path / "target" / "s.sqlite3").is_file()


# one flipped bit anywhere in the ciphertext part ------------------------------------------
def _flip_positions() -> list[tuple[str, int, int]]:
    """(label, chunk index from the start or -1 for the last, offset inside the chunk)."""
    parts = {"version": 0, "nonce": 5, "ciphertext": 400, "tag": -1}
    return [
        (f"chunk{index}-{part}", index, offset)
        for index in (0, 1, 7, -1)
        for part, offset in parts.items()
    ]


@pytest.mark.parametrize(("label", "index", "offset"), _flip_positions())
def test_flipped_bit_in_any_chunk_is_damage(
    made: BackupFile, tmp_path: Path, label: str, index: int, offset: int
) -> None:
    start, end = made.chunk(index if index >= 0 else made.chunk_count - 1)
    position = start + offset if offset >= 0 else end + offset
    data = bytearray(made.data)
    data[position] ^= 0x01
    _refused(tmp_path, bytes(data))


def test_flipped_bits_across_the_whole_ciphertext_are_damage(
    made: BackupFile, tmp_path: Path
) -> None:
    span = len(made.data) - made.chunks_start
    for step in range(12):
        data = bytearray(made.data)
        data[made.chunks_start + step * span // 12 + 3] ^= 0x80
        _refused(tmp_path, bytes(data))


# cut, reordered, dropped and appended chunks ----------------------------------------------
@pytest.mark.parametrize(
    "cut",
    ["last-byte", "tag", "last-chunk", "mid-chunk", "at-boundary", "all-chunks", "in-header"],
)
def test_truncated_backup_is_damage(made: BackupFile, tmp_path: Path, cut: str) -> None:
    last_start, _ = made.chunk(made.chunk_count - 1)
    third_start, _ = made.chunk(3)
    length = {
        "last-byte": len(made.data) - 1,
        "tag": len(made.data) - 16,
        "last-chunk": last_start,  # whole chunks remain; the new last one is not marked final
        "mid-chunk": third_start + 1000,
        "at-boundary": third_start,
        "all-chunks": made.chunks_start,
        "in-header": made.header_start + 40,
    }[cut]
    _refused(tmp_path, made.data[:length])


def test_reordered_chunks_are_damage(made: BackupFile, tmp_path: Path) -> None:
    a0, a1 = made.chunk(1)
    b0, b1 = made.chunk(2)
    swapped = made.data[:a0] + made.data[b0:b1] + made.data[a0:a1] + made.data[b1:]
    assert len(swapped) == len(made.data)
    _refused(tmp_path, swapped)


def test_dropped_middle_chunk_is_damage(made: BackupFile, tmp_path: Path) -> None:
    start, end = made.chunk(4)
    _refused(tmp_path, made.data[:start] + made.data[end:])


@pytest.mark.parametrize("extra", ["one-byte", "repeated-last-chunk", "full-chunk"])
def test_appended_data_is_damage(made: BackupFile, tmp_path: Path, extra: str) -> None:
    last_start, last_end = made.chunk(made.chunk_count - 1)
    first_start, first_end = made.chunk(0)
    tail = {
        "one-byte": b"\x00",
        "repeated-last-chunk": made.data[last_start:last_end],
        "full-chunk": made.data[first_start:first_end],
    }[extra]
    _refused(tmp_path, made.data + tail)


def test_chunks_of_another_backup_do_not_fit(made: BackupFile, tmp_path: Path) -> None:
    _, other_chunks = _layout(made.other)
    _refused(tmp_path, made.data[: made.chunks_start] + made.other[other_chunks:])


# the header ---------------------------------------------------------------------------------
def _edit_header(made: BackupFile, edit: dict[str, object]) -> bytes:
    doc = json.loads(made.header())
    doc.update(edit)
    raw = json.dumps(doc, sort_keys=True, separators=(",", ":")).encode("ascii")
    preamble = backup.MAGIC + struct.pack(">BI", backup.FORMAT_VERSION, len(raw))
    return preamble + raw + made.data[made.chunks_start :]


def test_edited_header_fields_are_damage(made: BackupFile, tmp_path: Path) -> None:
    doc = json.loads(made.header())
    _refused(tmp_path, _edit_header(made, {"created_at": "2001-01-01T00:00:00+00:00"}))
    _refused(tmp_path, _edit_header(made, {"store_id": "00000000-0000-0000-0000-000000000000"}))
    _refused(tmp_path, _edit_header(made, {"chunk_size": SMALL_CHUNK * 2}))
    _refused(tmp_path, _edit_header(made, {"slots": list(reversed(doc["slots"]))}))


def test_key_slots_swapped_between_accounts_are_damage(made: BackupFile, tmp_path: Path) -> None:
    doc = json.loads(made.header())
    slots = doc["slots"]
    wrapped = [s["wrapped_key"] for s in slots]
    for slot, other in zip(slots, wrapped[1:] + wrapped[:1], strict=True):
        slot["wrapped_key"] = other
    _refused(tmp_path, _edit_header(made, {"slots": slots}))


def test_header_of_another_backup_is_damage(made: BackupFile, tmp_path: Path) -> None:
    _, other_chunks = _layout(made.other)
    _refused(tmp_path, made.other[:other_chunks] + made.data[made.chunks_start :])


def test_flipped_bytes_in_the_header_never_restore(made: BackupFile, tmp_path: Path) -> None:
    """Header damage may read as a wrong passphrase (it cannot always be told apart), but it is
    always one of the two documented failures, never a crash and never a restored store.

    The version byte is left out: a changed version reads as "made by a newer version".
    """
    first = len(backup.MAGIC) + 1
    span = made.chunks_start - first
    for step in range(24):
        data = bytearray(made.data)
        data[first + step * span // 24] ^= 0x04
        with pytest.raises((IntegrityFailure, AuthenticationFailed)):
            _restore(tmp_path, bytes(data))
        assert list((tmp_path / "target").iterdir()) == []


@pytest.mark.parametrize(
    "data",
    [b"", b"BARNAHUS-BACKUP", b"SQLite format 3\x00" + bytes(100), b"PK\x03\x04zip"],
    ids=["empty", "short-magic", "sqlite", "zip"],
)
def test_files_that_are_not_backups_are_usage_errors(tmp_path: Path, data: bytes) -> None:
    with pytest.raises(UsageError) as caught:
        _restore(tmp_path, data)
    assert caught.value.message == "That file is not a Barnahus Desk backup."


def test_newer_format_version_is_refused_plainly(made: BackupFile, tmp_path: Path) -> None:
    data = bytearray(made.data)
    data[len(backup.MAGIC)] = backup.FORMAT_VERSION + 1
    with pytest.raises(UsageError):
        _restore(tmp_path, bytes(data))
    data[len(backup.MAGIC)] = 0
    _refused(tmp_path, bytes(data))


def test_every_failure_message_is_one_content_free_sentence(
    made: BackupFile, tmp_path: Path
) -> None:
    data = bytearray(made.data)
    data[-1] ^= 1
    errors: list[BarnahusError] = []
    for attempt, name in ((bytes(data), "coordinator"), (made.data, "psychologist")):
        passphrase = PASSPHRASES["admin"] if name == "psychologist" else PASSPHRASES[name]
        source = tmp_path / f"{name}.bhbackup"
        source.write_bytes(attempt)
        with pytest.raises(BarnahusError) as caught:
            backup.restore_backup(source, tmp_path / f"{name}.sqlite3", name, passphrase)
        errors.append(caught.value)
    assert isinstance(errors[0], IntegrityFailure)
    assert isinstance(errors[1], AuthenticationFailed)
    for error in errors:
        assert error.message.endswith(".")
        assert error.message.count(". ") == 0
        assert "passphrase for tests" not in error.message
