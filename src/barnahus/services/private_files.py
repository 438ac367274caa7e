"""Write a file the person asked for: atomically, readable by its owner only.

A temporary file in the target folder only ever holds the bytes that end up in the final file,
so nothing reaches the disk that the person did not ask to be written.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from barnahus.errors import (
    BarnahusError,
    UsageError,
)


def write_private_file(target: Path, data: bytes, before_replace: Callable[[], None]) -> None:
    """Write ``data`` to ``target`` atomically with mode 0600; refuse to overwrite a file.

    ``before_replace`` runs once the bytes are safely on disk under a temporary name in the
    same folder (for the audit entry); if it fails, the temporary file is removed.
    """
    if target.exists():
        raise UsageError("A file already exists at the export path; choose another name.")
    if not target.parent.is_dir():
        raise UsageError("The folder for the export file does not exist.")
    temp: Path | None = None
    try:
        # mkstemp creates the file with mode 0600, so it is never readable by others.
        fd, temp_name = tempfile.mkstemp(
            prefix=".barnahus-export-", suffix=".tmp", dir=target.parent
        )
        temp = Path(temp_name)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        before_replace()
        os.replace(temp, target)
        temp = None
        _sync_folder(target.parent)
    except OSError:
        raise BarnahusError("The export file could not be written.") from None
    finally:
        if temp is not None:
            temp.unlink(missing_ok=True)


def _sync_folder(folder: Path) -> None:
    """Make the rename durable where the system allows it; the file is already complete."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


# export -------------------------------------------------------------------------------------
