"""The workspace areas in the navigation and which roles see each one.

Each role sees only its screens: interviewers the cases and the interview; psychologists also
the care plan; coordinators cases (statuses), interview schedules and plans to approve and print
(their keys hold no interview notes); the administrator only administration, never cases.
"""

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


def workspace_areas() -> tuple[Area, ...]:
    translate = QCoreApplication.translate
    return (
        Area(
            "cases",
            translate("Area", "Cases"),
            translate(
                "Area", "The children this centre is supporting, their profiles and contacts."
            ),
            frozenset({Role.COORDINATOR, Role.INTERVIEWER, Role.PSYCHOLOGIST}),
        ),
        Area(
            "interview",
            translate("Area", "Interview"),
            translate(
                "Area", "Prepare the child, run the one coordinated interview and relay questions."
            ),
            frozenset({Role.INTERVIEWER, Role.PSYCHOLOGIST, Role.COORDINATOR}),
        ),
        Area(
            "careplan",
            translate("Area", "Care plan"),
            translate(
                "Area", "The child's life project: written with the child, reviewed and printed."
            ),
            frozenset({Role.PSYCHOLOGIST, Role.COORDINATOR}),
        ),
        Area(
            "administration",
            translate("Area", "Administration"),
            translate("Area", "Accounts, audit log and backups. No case content is shown here."),
            frozenset({Role.ADMINISTRATOR}),
        ),
    )


def areas_for(roles: frozenset[Role] | None) -> tuple[Area, ...]:
    """Areas visible to someone holding ``roles``; ``None`` means no one is signed in yet."""
    areas = workspace_areas()
    if roles is None:
        return areas
    return tuple(area for area in areas if area.roles & roles)


def role_name(role: Role) -> str:
    names = {
        Role.ADMINISTRATOR: QCoreApplication.translate("Role", "Administrator"),
        Role.COORDINATOR: QCoreApplication.translate("Role", "Coordinator"),
        Role.INTERVIEWER: QCoreApplication.translate("Role", "Interviewer"),
        Role.PSYCHOLOGIST: QCoreApplication.translate("Role", "Psychologist"),
    }
    return names[role]
