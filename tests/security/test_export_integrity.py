"""Proofs that an encrypted case file cannot be altered, weakened or opened with a wrong
passphrase without the import noticing, and that a refused import writes nothing."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from tests.conftest import Team

from barnahus.errors import AuthenticationFailed, IntegrityFailure, UsageError
from barnahus.roles import Compartment
from barnahus.services.cases import create_case, erase_case, list_cases
from barnahus.services.records import RecordContent, create_record, save_revision
from barnahus.services.transfer import ENCRYPTED_MAGIC, export_case, import_case

pytestmark = pytest.mark.security

NUMBER = "BH-S-0002"
FILE_SECRET = "a separate file passphrase"


@pytest.fixture
def export_file(team: Team, tmp_path: Path) -> Path:
    case = create_case(team.db, team.coordinator, NUMBER)
    record = create_record(team.db, team.psychologist, case.id, "note", Compartment.CAREPLAN)
    save_revision(team.db, team.psychologist, record.id, RecordContent("t", {"text": "x"}))
    out = tmp_path / "case.bhx"
    export_case(team.db, team.psychologist, NUMBER, out, file_passphrase=FILE_SECRET)
    # The original is erased, so a file that does decrypt is refused for its (erased) number;
    # see test_untouched_file_decrypts, the control for every tampering test below.
    erase_case(team.db, team.coordinator, NUMBER, "test")
    return out


def _split(data: bytes) -> tuple[dict[str, Any], bytes]:
    rest = data[len(ENCRYPTED_MAGIC) :]
    header, body = rest.split(b"\n", 1)
    loaded: dict[str, Any] = json.loads(header)
    return loaded, body


def _join(header: dict[str, Any], body: bytes) -> bytes:
    return ENCRYPTED_MAGIC + json.dumps(header).encode() + b"\n" + body


def _assert_nothing_imported(team: Team) -> None:
    assert [c.status for c in list_cases(team.db, include_erased=True)] == ["erased"]


def test_untouched_file_decrypts(team: Team, export_file: Path) -> None:
    with pytest.raises(UsageError, match="was erased here"):
        import_case(team.db, team.psychologist, export_file, lambda: FILE_SECRET)


def test_wrong_file_passphrase_is_an_authentication_failure(team: Team, export_file: Path) -> None:
    with pytest.raises(AuthenticationFailed):
        import_case(team.db, team.psychologist, export_file, lambda: "not the file passphrase")
    _assert_nothing_imported(team)


def test_flipped_byte_in_the_body_is_detected(
    team: Team, export_file: Path, tmp_path: Path
) -> None:
    data = bytearray(export_file.read_bytes())
    data[-20] ^= 0x01
    altered = tmp_path / "altered.bhx"
    altered.write_bytes(bytes(data))
    with pytest.raises(IntegrityFailure, match="damaged or was altered"):
        import_case(team.db, team.psychologist, altered, lambda: FILE_SECRET)
    _assert_nothing_imported(team)


def test_truncated_file_is_detected(team: Team, export_file: Path, tmp_path: Path) -> None:
    altered = tmp_path / "short.bhx"
    altered.write_bytes(export_file.read_bytes()[:-40])
    with pytest.raises(IntegrityFailure):
        import_case(team.db, team.psychologist, altered, lambda: FILE_SECRET)


def test_weakened_kdf_in_the_header_is_refused(
    team: Team, export_file: Path, tmp_path: Path
) -> None:
    header, body = _split(export_file.read_bytes())
    header["kdf"]["memory_kib"] = 1024
    altered = tmp_path / "weak.bhx"
    altered.write_bytes(_join(header, body))
    with pytest.raises(IntegrityFailure, match="weaker than allowed"):
        import_case(team.db, team.psychologist, altered, lambda: FILE_SECRET)


def test_swapped_wrapped_key_is_detected(team: Team, export_file: Path, tmp_path: Path) -> None:
    header, body = _split(export_file.read_bytes())
    wrapped = str(header["wrapped_key"])
    header["wrapped_key"] = wrapped[:-2] + ("00" if wrapped[-2:] != "00" else "01")
    altered = tmp_path / "swapped.bhx"
    altered.write_bytes(_join(header, body))
    with pytest.raises(IntegrityFailure):
        import_case(team.db, team.psychologist, altered, lambda: FILE_SECRET)


def test_newer_wrapper_version_is_refused_without_asking(team: Team, tmp_path: Path) -> None:
    future = tmp_path / "future.bhx"
    future.write_bytes(b"BARNAHUS-EXPORT-2\n{}\n")

    def never() -> str:
        raise AssertionError("the passphrase must not be asked for")

    with pytest.raises(UsageError, match="newer Barnahus Desk"):
        import_case(team.db, team.psychologist, future, never)
