"""The log file stays private and bounded: owner-only at every rotation, at most five old files.

The app's own rotating handler replaces the standard library's (which opens new files with the
process's umask), so these tests pin down what the standard one gave us and what it did not.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from barnahus.logs import LOG_FILE_NAME, PrivateRotatingFile


@pytest.fixture
def logger(tmp_path: Path) -> Iterator[tuple[logging.Logger, PrivateRotatingFile]]:
    handler = PrivateRotatingFile(tmp_path / LOG_FILE_NAME, max_bytes=200, backups=3)
    handler.setFormatter(logging.Formatter("%(message)s"))
    test_logger = logging.getLogger("barnahus.test-rotation")
    test_logger.addHandler(handler)
    test_logger.setLevel(logging.INFO)
    test_logger.propagate = False
    yield test_logger, handler
    test_logger.removeHandler(handler)
    handler.close()


def _log_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_rotates_at_the_size_and_keeps_only_the_newest_backups(
    tmp_path: Path, logger: tuple[logging.Logger, PrivateRotatingFile]
) -> None:
    test_logger, _ = logger
    for number in range(60):
        test_logger.info("event %03d %s", number, "x" * 30)
    names = _log_files(tmp_path)
    assert names == [LOG_FILE_NAME, *(f"{LOG_FILE_NAME}.{n}" for n in (1, 2, 3))]
    for name in names:
        assert (tmp_path / name).stat().st_size <= 200
    newest = (tmp_path / LOG_FILE_NAME).read_text(encoding="utf-8")
    assert "event 059" in newest
    # Order is kept: .1 holds what came just before the current file, .3 the oldest kept.
    first_in_current = int(newest.split()[1])
    last_in_backup = int((tmp_path / f"{LOG_FILE_NAME}.1").read_text().split("\n")[-2].split()[1])
    assert last_in_backup == first_in_current - 1
    assert "event 000" not in "".join((tmp_path / n).read_text() for n in names)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_every_log_file_is_owner_only_even_with_a_permissive_umask(
    tmp_path: Path, logger: tuple[logging.Logger, PrivateRotatingFile]
) -> None:
    test_logger, _ = logger
    old_umask = os.umask(0o002)
    try:
        for number in range(30):
            test_logger.info("event %03d %s", number, "y" * 30)
    finally:
        os.umask(old_umask)
    names = _log_files(tmp_path)
    assert len(names) > 1  # it rotated
    for name in names:
        assert (tmp_path / name).stat().st_mode & 0o777 == 0o600


def test_reopening_appends_and_counts_what_is_already_there(tmp_path: Path) -> None:
    path = tmp_path / LOG_FILE_NAME
    path.write_text("z" * 190 + "\n", encoding="utf-8")
    handler = PrivateRotatingFile(path, max_bytes=200, backups=2)
    handler.setFormatter(logging.Formatter("%(message)s"))
    try:
        handler.emit(logging.makeLogRecord({"msg": "after restart", "levelno": logging.INFO}))
    finally:
        handler.close()
    assert path.read_text(encoding="utf-8") == "after restart\n"
    assert (tmp_path / f"{LOG_FILE_NAME}.1").read_text(encoding="utf-8") == "z" * 190 + "\n"


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_an_existing_readable_log_is_made_owner_only(tmp_path: Path) -> None:
    path = tmp_path / LOG_FILE_NAME
    path.write_text("from an older version\n", encoding="utf-8")
    path.chmod(0o644)
    handler = PrivateRotatingFile(path, max_bytes=10_000, backups=2)
    handler.close()
    assert path.stat().st_mode & 0o777 == 0o600
