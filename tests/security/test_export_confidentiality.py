"""Proofs that an exported case file does not give away what it should not.

* an encrypted export holds no case text, not even in the temporary file written on the way;
* an export holds nothing from compartments the exporting person cannot open;
* the file is readable by its owner only.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from tests.conftest import Team

from barnahus.roles import Compartment
from barnahus.services import transfer
from barnahus.services.cases import create_case
from barnahus.services.records import RecordContent, create_record, save_revision
from barnahus.services.transfer import export_case

pytestmark = pytest.mark.security

NUMBER = "BH-S-0001"
CANARY = "Canary7ZQX"
FILE_SECRET = "a separate file passphrase"


def _fill(team: Team) -> None:
    case = create_case(team.db, team.coordinator, NUMBER)
    pseudonym = f"{CANARY}-pseudonym"
    plan = [
        ("child_profile", Compartment.IDENTITY, RecordContent(pseudonym, {"pseudonym": pseudonym})),
        ("note", Compartment.IDENTITY, RecordContent("Arrival", {"text": f"{CANARY}-identity"})),
        ("note", Compartment.INTERVIEW, RecordContent("Plan", {"text": f"{CANARY}-interview"})),
        ("note", Compartment.CAREPLAN, RecordContent("School", {"text": f"{CANARY}-careplan"})),
    ]
    for kind, compartment, content in plan:
        record = create_record(team.db, team.psychologist, case.id, kind, compartment)
        save_revision(team.db, team.psychologist, record.id, content)


def _encodings(text: str) -> list[bytes]:
    return [text.encode("utf-8"), text.encode("utf-16-le"), text.encode("ascii").hex().encode()]


def test_encrypted_export_contains_no_case_text(team: Team, tmp_path: Path) -> None:
    _fill(team)
    out = tmp_path / "case.bhx"
    export_case(team.db, team.psychologist, NUMBER, out, file_passphrase=FILE_SECRET)
    data = out.read_bytes()
    for needle in (CANARY, NUMBER, "Arrival", "pseudonym", FILE_SECRET):
        for encoded in _encodings(needle):
            assert encoded not in data, needle
    # Control: the same case exported in plaintext does contain the canary.
    plain = tmp_path / "case.json"
    export_case(team.db, team.psychologist, NUMBER, plain, plaintext=True)
    assert CANARY.encode() in plain.read_bytes()


def test_temporary_file_holds_only_encrypted_bytes(
    team: Team, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fill(team)
    seen: list[tuple[bytes, int]] = []
    real_replace = os.replace

    def spying_replace(src: Any, dst: Any) -> None:
        seen.append((Path(src).read_bytes(), Path(src).stat().st_mode & 0o777))
        real_replace(src, dst)

    monkeypatch.setattr("barnahus.services.private_files.os.replace", spying_replace)
    export_case(team.db, team.psychologist, NUMBER, tmp_path / "c.bhx", file_passphrase=FILE_SECRET)
    [(temp_bytes, temp_mode)] = seen
    assert temp_bytes.startswith(transfer.ENCRYPTED_MAGIC)
    assert CANARY.encode() not in temp_bytes
    assert temp_mode == 0o600


def test_failed_audit_leaves_no_file_behind(
    team: Team, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fill(team)

    def broken_append(*args: Any, **kwargs: Any) -> None:
        raise RuntimeError("audit unavailable")

    exports = tmp_path / "exports"
    exports.mkdir()
    monkeypatch.setattr("barnahus.services.audit.append", broken_append)
    with pytest.raises(RuntimeError):
        export_case(team.db, team.psychologist, NUMBER, exports / "c.json", plaintext=True)
    assert list(exports.iterdir()) == []


@pytest.mark.parametrize("plaintext", [True, False])
def test_export_file_is_private(team: Team, tmp_path: Path, plaintext: bool) -> None:
    _fill(team)
    out = tmp_path / "case.out"
    old_umask = os.umask(0o002)  # a permissive umask must not widen the file's mode
    try:
        export_case(
            team.db,
            team.psychologist,
            NUMBER,
            out,
            plaintext=plaintext,
            file_passphrase="" if plaintext else FILE_SECRET,
        )
    finally:
        os.umask(old_umask)
    assert out.stat().st_mode & 0o777 == 0o600


def test_export_holds_nothing_from_compartments_the_exporter_cannot_open(
    team: Team, tmp_path: Path
) -> None:
    _fill(team)
    out = tmp_path / "case.json"
    result = export_case(team.db, team.coordinator, NUMBER, out, plaintext=True)
    data = out.read_text(encoding="utf-8")
    assert result.omitted_compartments == (Compartment.INTERVIEW,)
    assert f"{CANARY}-interview" not in data
    assert f"{CANARY}-careplan" in data
    assert '"omitted_compartments": [\n    "interview"\n  ]' in data
