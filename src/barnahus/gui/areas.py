"""The workspace areas in the navigation and which roles see each one."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from barnahus.roles import Role


@dataclass(frozen=True)
class Area:
    key: str
    title: str
    summary: str
    roles: frozenset[Role]


def _tr(text: str) -> str:
    return QCoreApplication.translate("Area", text)


def workspace_areas() -> tuple[Area, ...]:
    return (
        Area(
            "cases",
            _tr("Cases"),
            _tr("The children this centre is supporting, their profiles and contacts."),
            frozenset({Role.COORDINATOR, Role.INTERVIEWER, Role.PSYCHOLOGIST}),
        ),
        Area(
            "interview",
            _tr("Interview"),
            _tr("Prepare the child, run the one coordinated interview and relay questions."),
            frozenset({Role.INTERVIEWER, Role.PSYCHOLOGIST, Role.COORDINATOR}),
        ),
        Area(
            "careplan",
            _tr("Care plan"),
            _tr("The child's life project: written with the child, reviewed and printed."),
            frozenset({Role.PSYCHOLOGIST, Role.COORDINATOR}),
        ),
        Area(
            "administration",
            _tr("Administration"),
            _tr("Accounts, audit log and backups. No case content is shown here."),
            frozenset({Role.ADMINISTRATOR}),
        ),
    )


def areas_for(roles: frozenset[Role] | None) -> tuple[Area, ...]:
    """Areas visible to someone holding ``roles``; ``None`` means no one is signed in yet."""
    areas = workspace_areas()
    if roles is None:
        return areas
    return tuple(area for area in areas if area.roles & roles)
