"""GUI-thread stalls: the event loop's lag while typing autosaves and while a PDF is built.

A precise 5 ms timer runs on the GUI thread and records, tick by tick, how much later than
5 ms it came (:class:`~benchmarks.gui_support.LagProbe`). A stall of the GUI thread, or a
worker thread keeping the GIL from it, shows up as lag; the issue's budget is p99 at most
16 ms (one frame at 60 Hz) and no tick later than 50 ms.

Everything goes through the real app: the main window on a real store (fast KDF), signed in on
the sign-in page, the care-plan area with a 20-page plan.

1. Baseline: the probe with the signed-in window idle (2 s before each scenario).
2. Typing: a psychologist types into a free-text field of the plan (10 characters a second in
   bursts of 1.5 s with 2.5 s pauses), so the page's autosave (``DraftKeeper``: a tick every
   400 ms, a draft written on the pool 2 s after typing stops) and the debounced validation
   run as they do for a person.
3. PDF: a coordinator opens the print preview of the approved 20-page plan (built and
   rasterised on the pool through ``Workspace.run``, pages shown on the GUI thread), then
   changes the paper twice, which builds it again each time.

Each scenario runs in a fresh interpreter (``python -m benchmarks.gui_stalls STORE CASE
typing|pdf``) and signs in once, as a person starting the app would: what it has imported, and
how many objects the garbage collector has to walk, are the app's own, not those of the
benchmarks that ran before. The store is built here first.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

from benchmarks import timing
from benchmarks.fresh_process import run_round
from benchmarks.gui_support import (
    LagProbe,
    application,
    close_window,
    open_window,
    pump,
    run_loop,
    sign_in,
)
from benchmarks.timing import Budget, Sample, group, report, scaled

if TYPE_CHECKING:
    from barnahus.gui.careplan.page import CarePlanPage
    from barnahus.gui.main_window import MainWindow

TARGET_PAGES = 20  # as careplan_pdf.py, which the window's process must not import (reportlab)

CHARS_PER_SECOND = 10
BURST_SECONDS = 1.5
PAUSE_SECONDS = 2.5  # longer than the 2 s after which autosave writes
AUTOSAVE_SLACK_SECONDS = 1.0
QUICK_PAUSE_SECONDS = 0.3  # quick mode: no autosave is due yet, only the path is run
TYPING_CYCLES = 2
IDLE_SECONDS = 4.0
PDF_BUILDS = 3
TRAIL_SECONDS = 0.5  # the probe keeps running after the pages are shown (painting them)
BUDGETS = (Budget(16, "ms", "p99"), Budget(50, "ms", "max"))
TYPED = "She wants to walk to school with her friend again. "


def _store(folder: Path, pages: int) -> tuple[Path, str, int]:
    """A store with a psychologist and a coordinator and one case whose plan (about ``pages``
    pages) is approved; the case id and the number of pages."""
    from barnahus.services.cases import create_case
    from barnahus.services.plans import approve_plan, submit_plan
    from benchmarks.careplan_pdf import plan_of_pages
    from benchmarks.store_support import build_team

    path = folder / "stalls.sqlite3"
    values, made = plan_of_pages(pages)
    db, keyrings = build_team(path, ["psychologist", "coordinator"])
    try:
        case_id = create_case(db, keyrings["coordinator"], "BH-2026-0001").id
        submit_plan(db, keyrings["psychologist"], case_id, values)
        approve_plan(db, keyrings["coordinator"], case_id, 1)
    finally:
        for keyring in keyrings.values():
            keyring.lock()
        db.dispose()
    return path, case_id, made


def _plan_page(window: MainWindow, name: str, case_id: str) -> CarePlanPage:
    from barnahus.gui.careplan.page import CarePlanPage
    from barnahus.gui.tasks import tasks_running

    shell = sign_in(window, name)
    shell.show_area("careplan")
    page = shell.pages["careplan"]
    assert isinstance(page, CarePlanPage)
    shell.workspace.choose_case(case_id)
    pump(lambda: page.state is not None and tasks_running() == 0)
    return page


def _type(page: CarePlanPage, probe: LagProbe, cycles: int, burst: float) -> tuple[Sample, int]:
    """Type in bursts into the first free-text field; the lag and the drafts written."""
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QPlainTextEdit

    editor = next(e for e in page.editor.editors.values() if e.field.type == "paragraphs")
    page.editor.focus_field(editor.field.path)
    box = editor.focus_widget
    assert isinstance(box, QPlainTextEdit)
    box.moveCursor(box.textCursor().MoveOperation.End)
    assert page.keeper is not None
    saves: list[float] = []
    page.keeper.draft_saved.connect(lambda: saves.append(time.perf_counter()))
    period = burst + (QUICK_PAUSE_SECONDS if timing.QUICK else PAUSE_SECONDS)
    typed = [0]
    started = time.perf_counter()

    def key() -> None:
        if (time.perf_counter() - started) % period < burst:
            QTest.keyClicks(box, TYPED[typed[0] % len(TYPED)])
            typed[0] += 1

    typist = QTimer()
    typist.setInterval(1000 // CHARS_PER_SECOND)
    typist.timeout.connect(key)
    probe.start()
    typist.start()
    # The last pause's draft is written up to one autosave tick after its 2 s; wait for it.
    run_loop(cycles * period + (0 if timing.QUICK else AUTOSAVE_SLACK_SECONDS))
    typist.stop()
    sample = probe.stop("typing + autosave (care plan)")
    print(f"  ({typed[0]} characters typed, drafts autosaved: {len(saves)})")
    return sample, len(saves)


def _preview(page: CarePlanPage, probe: LagProbe, builds: int) -> Sample:
    from barnahus.gui.careplan.preview import PreviewDialog

    probe.start()
    started = time.perf_counter()
    page.buttons["preview"].click()
    dialog = page.findChild(PreviewDialog)
    assert isinstance(dialog, PreviewDialog)
    shown: list[float] = []
    papers = ["letter", "a4"]
    for build in range(builds):
        if build:
            paper = papers[(build - 1) % 2]
            started = time.perf_counter()
            dialog.paper.setCurrentIndex(dialog.paper.findData(paper))
        else:
            paper = "a4"

        def shown_on(wanted: str = paper) -> bool:
            pdf = dialog.pdf
            return pdf is not None and pdf.paper == wanted and bool(dialog.page_labels)

        run_loop(TRAIL_SECONDS, until=shown_on)
        shown.append(time.perf_counter() - started - TRAIL_SECONDS)
    sample = probe.stop("PDF preview build + show (care plan)")
    pages = dialog.pdf.pages if dialog.pdf is not None else 0
    print(
        f"  ({builds} previews of {pages} pages; click to pages shown: "
        + ", ".join(f"{s * 1000:.0f} ms" for s in shown)
        + ")"
    )
    dialog.reject()
    return sample


def measure_in_window(store: Path, case_id: str, scenario: str) -> dict[str, list[float]]:
    """In this process: sign in, probe the idle loop, then the scenario; lags in seconds."""
    application()
    probe = LagProbe(5)
    window = open_window(store)
    try:
        page = _plan_page(
            window, "psychologist" if scenario == "typing" else "coordinator", case_id
        )
        probe.start()
        run_loop(0.5 if timing.QUICK else IDLE_SECONDS / 2)
        idle = probe.stop("idle")
        if scenario == "typing":
            burst = 0.5 if timing.QUICK else BURST_SECONDS
            measured, _saves = _type(page, probe, scaled(TYPING_CYCLES, 1), burst)
        else:
            measured = _preview(page, probe, scaled(PDF_BUILDS, 1))
    finally:
        close_window(window)
    return {"idle": idle.seconds, scenario: measured.seconds}


def _in_fresh_process(
    folder: Path, store: Path, case_id: str, scenario: str
) -> dict[str, list[float]]:
    lags: dict[str, list[float]] = run_round(
        "benchmarks.gui_stalls",
        [str(store), case_id, scenario],
        folder / scenario,
        "the GUI stall probe",
        echo=True,
    )
    return lags


def measure(folder: Path) -> tuple[Sample, Sample, Sample]:
    """Build the store here; each scenario signs in once in a fresh interpreter, as a person
    starting the app would."""
    store, case_id, made = _store(folder, scaled(TARGET_PAGES, 6))
    print(f"  (plan of {made} pages)")
    typing = _in_fresh_process(folder, store, case_id, "typing")
    pdf = _in_fresh_process(folder, store, case_id, "pdf")
    return (
        Sample("idle event loop (signed in)", typing["idle"] + pdf["idle"]),
        Sample("typing + autosave (care plan)", typing["typing"]),
        Sample("PDF preview build + show (care plan)", pdf["pdf"]),
    )


def run() -> None:
    group("GUI-thread lag (5 ms precise timer) while typing autosaves and a PDF is built:")
    with tempfile.TemporaryDirectory() as tmp:
        idle, typing, pdf = measure(Path(tmp))
    report(idle, idle)
    for sample in (typing, pdf):
        report(sample, idle, *BUDGETS)
    for sample in (idle, typing, pdf):
        print(
            f"  {sample.label}: p50 {sample.median * 1000:.2f} ms, "
            f"p99 {sample.percentile(99) * 1000:.2f} ms, worst {max(sample.seconds) * 1000:.2f} ms"
            f" ({len(sample.seconds)} ticks)"
        )


def main(argv: list[str]) -> int:
    """The window's side: ``python -m benchmarks.gui_stalls STORE CASE_ID typing|pdf
    [--quick]``."""
    timing.QUICK = "--quick" in argv
    store, case_id, scenario = argv[0], argv[1], argv[2]
    lags = measure_in_window(Path(store), case_id, scenario)
    print(json.dumps(lags), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
