"""Render the interview screens to PNG (docs/screenshots/) on a fresh demo centre.

Usage: ``python -m benchmarks.interview_screenshots [FOLDER]``. Runs offscreen. Shows the
finished demo interview (every tab), an interview in progress, the planned further interview,
the coordinator's view and the child screen in each age band, so layouts can be reviewed by eye.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PASSPHRASE = "lantern harbour demo centre"
TABS = ("planning", "preparation", "running", "observers", "summary")


def _running_session(location: Path) -> None:
    """An interview on DEMO-0003 that started 23 minutes ago and is in free recall."""
    from barnahus.interview.events import EventKind, NewEvent
    from barnahus.interview.plan import Interpreter, InterviewPlan, Observer
    from barnahus.services import interview_actions as act
    from barnahus.services.cases import list_cases
    from barnahus.services.interviews import plan_interview, record
    from barnahus.services.session import open_session

    with open_session(location, "interviewer", lambda: PASSPHRASE) as opened:
        db, me = opened.db, opened.keyring
        case = next(c for c in list_cases(db) if c.case_number == "DEMO-0003")
        start = datetime.now(UTC) - timedelta(minutes=23)
        plan = InterviewPlan(
            scheduled_for=start.replace(second=0, microsecond=0),
            room="Harbour room (interview room 2)",
            interviewer_id=me.user_id,
            age_band="12-17",
            child_language="other",
            child_language_other="Ruritanian",
            observers=(Observer("police"), Observer("prosecutor"), Observer("guardian")),
            interpreter=Interpreter(True, "Ruritanian", "Demo Interpreter", True),
            recording_reference="NV-REC-2026-0500 (demo)",
        )
        s = plan_interview(db, me, case.id, plan, at=start - timedelta(days=2))
        ready = {"rested": "yes", "eaten": "yes", "toilet": "yes", "medication": "not_needed"}
        s = act.record_readiness(db, me, s, {**ready, "support_person": "yes"})
        steps = [
            (0, NewEvent(EventKind.STARTED, {"recording_offset": 35.0})),
            (0, NewEvent(EventKind.PHASE, {"phase": "introduction"})),
            (3, NewEvent(EventKind.PHASE, {"phase": "rapport"})),
            (9, NewEvent(EventKind.PHASE, {"phase": "ground_rules"})),
            (12, NewEvent(EventKind.PHASE, {"phase": "practice_narrative"})),
            (15, NewEvent(EventKind.PHASE, {"phase": "transition"})),
            (16, NewEvent(EventKind.PHASE, {"phase": "free_recall"})),
            (19, NewEvent(EventKind.MARKER, {"marker": "disclosure", "text": "", "source": "x"})),
        ]
        for minute, event in steps:
            s = record(db, me, s, [event], at=start + timedelta(minutes=minute))
        for text in (
            "Tell me about things you like to do.",
            "Tell me why you came to talk to me today.",
            "Tell me everything about that.",
            "Did he take your phone?",
            "Then what happened?",
        ):
            s = act.log_question(db, me, s, text)
        s = act.add_note(db, me, s, "Speaks calmly through the interpreter; open account.")
        act.add_observer_question(db, me, s, "police", "Was the door locked?")


def main(argv: list[str]) -> int:
    out = Path(argv[0] if argv else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QApplication, QWidget

    from barnahus.gui.application import create_application
    from barnahus.gui.interview import ChildScreen, InterviewPage
    from barnahus.gui.workspace import Workspace
    from barnahus.interview.preparation import child_script
    from barnahus.services.cases import list_cases
    from barnahus.services.demo import create_demo_store
    from barnahus.services.signin import sign_in
    from barnahus.services.store_access import KdfChoice, open_database

    app = create_application(["barnahus"])

    def settle() -> None:
        for _ in range(30):
            QThreadPool.globalInstance().waitForDone()
            QApplication.processEvents()

    def save(widget: QWidget, name: str) -> None:
        settle()
        widget.grab().save(str(out / f"interview-{name}.png"))

    with tempfile.TemporaryDirectory() as tmp:
        location = Path(tmp) / "demo.sqlite3"
        create_demo_store(location, PASSPHRASE, KdfChoice(memory_kib=65536, iterations=3, lanes=1))
        _running_session(location)
        db = open_database(location)
        cases = {c.case_number: c.id for c in list_cases(db)}
        for user in ("interviewer", "coordinator"):
            keyring = sign_in(db, user, PASSPHRASE)
            workspace = Workspace(db, keyring, store_location=str(location), is_demo=True)
            page = InterviewPage(workspace)
            page.resize(1180, 800)
            page.show()
            for number, label in (
                ("DEMO-0002", "finished"),
                ("DEMO-0003", "live"),
                ("DEMO-0001", "planned"),
            ):
                workspace.choose_case(cases[number])
                settle()
                if page.metadata is not None:
                    save(page, f"coordinator-{label}")
                    continue
                for index, tab in enumerate(TABS):
                    page.tabs.setCurrentIndex(index)
                    save(page, f"{label}-{tab}")
            page.close()
            keyring.lock()
        db.dispose()
    for band in ("3-6", "7-11", "12-17"):
        script = child_script(band, "en")
        screen = ChildScreen()
        screen.set_words(script.words, band)
        screen.resize(1024, 720)
        screen.show()
        screen.show_waiting()
        save(screen, f"child-{band}-welcome")
        for key in ("interviewer", "watchers", "break_card", "rule_dont_know", "feelings"):
            step = script.step(key)
            if step is not None:
                screen.show_step(step)
                save(screen, f"child-{band}-{key}")
        screen.close()
    app.processEvents()
    sys.stdout.write(f"screenshots written to {out}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
