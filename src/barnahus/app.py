"""Start the desktop app: wire logging, the Qt application and the main window together."""

from __future__ import annotations

import sys

from barnahus.cli.options import GlobalOptions
from barnahus.logs import configure_logging, log


def _disable_core_dumps() -> None:
    """A core dump would write decrypted notes and keys to disk; forbid it for this process."""
    try:
        import resource
    except ImportError:  # Windows has no core dumps of this kind
        return
    try:
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ValueError, OSError):
        log.warning("core dumps could not be disabled")


def run_gui(options: GlobalOptions, *, smoke_test: bool = False) -> int:
    _disable_core_dumps()
    configure_logging()
    from barnahus.gui.launch import launch

    return launch(sys.argv[:1], options.store, smoke_test=smoke_test)
