"""Move one case between stores as a versioned JSON document, encrypted unless asked otherwise.

Why it looks like this (docs/case-format.md is the reference for the format itself):

* A case leaves the store only as a whole document a person chose to write, and every export
  and import is audited. What the exporting person cannot decrypt is left out and named in
  ``omitted_compartments``, so the reader knows the file is partial.
* The file is encrypted by default (Argon2id over a file passphrase, then AES-256-GCM), and it
  is written atomically with mode 0600; a temporary file only ever holds the bytes that end up
  in the final file, so plaintext reaches the disk only when plaintext was asked for.
* The life project travels with its whole version history (format version 2). On import it
  becomes history: an approval made at another centre is kept, with the approver's name as
  text, but the plan must be submitted and approved here before one is in force here.
* Import is all-or-nothing. The whole document is checked first by a hand-written validator
  whose errors name the field path (``notes[2].compartment``) and never quote a value, since
  values are case content. Only then is the case created; if writing still fails midway, the
  partly imported case is erased so nothing half-imported stays behind.
"""

from barnahus.services.private_files import write_private_file
from barnahus.services.transfer.care_plan import PlanVersionEntry
from barnahus.services.transfer.checks import InvalidCaseFile
from barnahus.services.transfer.document import (
    ENCRYPTED_MAGIC,
    FORMAT,
    IMPORT_FAILED_REASON,
    READABLE_VERSIONS,
    VERSION,
    CaseDocument,
    ExportResult,
    ImportFailed,
    ImportResult,
    parse_document,
    validate_document,
)
from barnahus.services.transfer.exporter import build_document, export_case
from barnahus.services.transfer.importer import import_case, import_document
from barnahus.services.transfer.sealed_file import is_encrypted, load_file, open_file, seal_file

__all__ = [
    "ENCRYPTED_MAGIC",
    "FORMAT",
    "IMPORT_FAILED_REASON",
    "READABLE_VERSIONS",
    "VERSION",
    "CaseDocument",
    "ExportResult",
    "ImportFailed",
    "ImportResult",
    "InvalidCaseFile",
    "PlanVersionEntry",
    "build_document",
    "export_case",
    "import_case",
    "import_document",
    "is_encrypted",
    "load_file",
    "open_file",
    "parse_document",
    "seal_file",
    "validate_document",
    "write_private_file",
]
