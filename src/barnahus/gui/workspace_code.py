"""Import the workspace's code on the pool while the person types their passphrase.

The workspace's screens, and through them the services, forms and store code they use, are
several hundred modules. Imported when the person signs in, they held the GUI thread for about
a quarter of a second (docs/benchmarks.md, "Sign-in"); imported on the pool as soon as the
sign-in screen shows, they overlap the typing and the key derivation. The forms those screens
read are read there too, and the start-up heap is frozen there (see
:func:`barnahus.gui.workspace.freeze_startup_heap`): the sign-in screen runs no Python while
the person types, so that collection stops nothing they can see.

The GUI thread builds the workspace only once that import has finished. Importing the same
modules from two threads at the same moment is safe in Python except around an import cycle,
where one thread can be handed a half-initialised module; waiting rules that out.
"""

from __future__ import annotations

from collections.abc import Callable

from barnahus.gui.tasks import run_task


def _import_workspace_code() -> None:
    from barnahus.formdefs.child_languages import child_languages
    from barnahus.formdefs.interview import available_protocols, interview_setup, protocol
    from barnahus.formdefs.plan import life_project_form
    from barnahus.formdefs.profile import child_profile_form
    from barnahus.gui.shell import area_pages
    from barnahus.gui.workspace import freeze_startup_heap

    area_pages()
    # The forms the screens read while they are built (each is read once, then kept).
    for read_form in (child_profile_form, life_project_form, child_languages, interview_setup):
        read_form()
    for key in available_protocols():
        protocol(key)
    freeze_startup_heap()


class WorkspaceCode:
    """Whether the workspace's code is being imported, and who waits for it."""

    def __init__(self) -> None:
        self._started = False
        self._loading = False
        self._waiting: list[Callable[[], None]] = []

    def load(self) -> None:
        """Start importing on the pool, once; later calls do nothing."""
        if not self._started:
            self._started = self._loading = True
            run_task(_import_workspace_code, self._finished, self._finished)

    def when_loaded(self, callback: Callable[[], None]) -> None:
        """Call ``callback`` now if nothing is being imported, else as soon as it is in."""
        if self._loading:
            self._waiting.append(callback)
        else:
            callback()

    def _finished(self, _result: object) -> None:
        """Imported, or failed; in that case the GUI thread's own import reports why."""
        self._loading = False
        waiting, self._waiting = self._waiting, []
        for callback in waiting:
            callback()
