"""How the interview page's parts talk: every tab's requests become controller actions.

Kept apart from :mod:`page` so that the page module stays about showing state, and so that
one place lists every action a person can take on an interview.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QPushButton, QWidget

from barnahus.gui.ui_loader import child
from barnahus.services import interview_actions as act

if TYPE_CHECKING:
    from barnahus.gui.interview.page import InterviewPage


def wire(page: InterviewPage, form: QWidget) -> None:
    """Connect the tabs, the child screen and the workspace to the page's controller."""
    c, w = page.controller, page.workspace
    c.listings_changed.connect(page.show_listings)
    c.state_changed.connect(page.show_state)
    c.failed.connect(page.show_failure)
    c.draft_loaded.connect(page.restore_draft)
    w.case_changed.connect(page.follow_case)
    w.locked.connect(page.on_locked)
    w.unlocked.connect(lambda: page.follow_case(w.case_id))
    page.session_combo.activated.connect(page.session_chosen)
    page.new_button.clicked.connect(page.new_plan)
    child(form, QPushButton, "childBreakButton").clicked.connect(page.child_break_now)
    child(form, QPushButton, "dismissBreakButton").clicked.connect(page.break_frame.hide)
    p = page.planning
    p.plan_requested.connect(page.save_plan)
    p.further_reason_requested.connect(
        lambda reason: page.do(lambda db, k, s: act.record_further_reason(db, k, s, reason))
    )
    p.cancel_requested.connect(
        lambda reason: page.do(lambda db, k, s: act.cancel(db, k, s, reason))
    )
    r = page.preparation
    r.readiness_requested.connect(
        lambda answers: page.do(lambda db, k, s: act.record_readiness(db, k, s, answers))
    )
    r.step_requested.connect(page.show_step)
    r.waiting_requested.connect(lambda: page.show_step(""))
    r.practice_requested.connect(
        lambda step, ok: page.do(lambda db, k, s: act.record_practice(db, k, s, step, ok))
    )
    r.open_child_requested.connect(page.link.open)
    r.close_child_requested.connect(page.link.close)
    page.link.open_changed.connect(r.set_child_open)
    page.link.break_pressed.connect(page.child_pressed_break)
    page.link.feeling_chosen.connect(
        lambda face: page.do(lambda db, k, s: act.record_feeling(db, k, s, face))
    )
    g = page.running
    g.start_requested.connect(
        lambda offset: page.do(lambda db, k, s: act.start_interview(db, k, s, offset))
    )
    g.end_requested.connect(lambda: page.do(act.end_interview))
    g.phase_requested.connect(
        lambda phase: page.do(lambda db, k, s: act.enter_phase(db, k, s, phase))
    )
    g.question_requested.connect(
        lambda text: page.do(lambda db, k, s: act.log_question(db, k, s, text), g.clear_question)
    )
    g.note_requested.connect(
        lambda text: page.do(lambda db, k, s: act.add_note(db, k, s, text), g.clear_note)
    )
    g.marker_requested.connect(
        lambda key, text: page.do(
            lambda db, k, s: act.add_marker(db, k, s, key, text), g.clear_marker_text
        )
    )
    g.break_requested.connect(
        lambda reason: page.do(lambda db, k, s: act.take_break(db, k, s, reason))
    )
    g.end_break_requested.connect(lambda: page.do(act.end_break))
    g.offset_requested.connect(
        lambda seconds: page.do(lambda db, k, s: act.set_recording_offset(db, k, s, seconds))
    )
    g.typing.connect(c.typing)
    o = page.observers
    o.question_requested.connect(
        lambda agency, text: page.do(
            lambda db, k, s: act.add_observer_question(db, k, s, agency, text), o.clear_entry
        )
    )
    o.decision_requested.connect(page.decide)
    o.typing.connect(c.typing)
    m = page.summary
    m.finalise_requested.connect(lambda: page.do(act.finalise, page.announce_finalised))
    m.pdf_requested.connect(page.save_pdf)
    m.addendum_requested.connect(
        lambda text: page.do(lambda db, k, s: act.add_addendum(db, k, s, text), m.clear_addendum)
    )
