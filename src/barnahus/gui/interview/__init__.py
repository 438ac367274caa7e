"""The interview area: planning, the child screen, the running interview, observers, summary."""

from barnahus.gui.interview.child_screen import ChildScreen
from barnahus.gui.interview.page import InterviewPage

__all__ = ["ChildScreen", "InterviewPage"]
