"""The care-plan area: the life-project editor, versions, comparison, preview and printing."""

from barnahus.gui.careplan.page import CarePlanPage

__all__ = ["CarePlanPage"]
