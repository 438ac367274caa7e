"""Roles, compartments and the one matrix that says which role may decrypt what.

Keeping the matrix in a single module means a reviewer checks one table to know who can read
a child's interview notes. The matrix decides which compartment keys a new account is *offered*;
possession of the wrapped keys, not this table or a role column, is what grants access.
"""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    ADMINISTRATOR = "administrator"
    COORDINATOR = "coordinator"
    INTERVIEWER = "interviewer"
    PSYCHOLOGIST = "psychologist"


class Compartment(StrEnum):
    IDENTITY = "identity"
    INTERVIEW = "interview"
    CAREPLAN = "careplan"


ROLE_COMPARTMENTS: dict[Role, frozenset[Compartment]] = {
    Role.INTERVIEWER: frozenset({Compartment.IDENTITY, Compartment.INTERVIEW}),
    Role.PSYCHOLOGIST: frozenset(
        {Compartment.IDENTITY, Compartment.INTERVIEW, Compartment.CAREPLAN}
    ),
    # Coordinators see interview metadata (dates, status, durations), which is plaintext
    # metadata, but never the interview notes themselves.
    Role.COORDINATOR: frozenset({Compartment.IDENTITY, Compartment.CAREPLAN}),
    # Administrators manage accounts, audit and backups without holding any content key.
    Role.ADMINISTRATOR: frozenset(),
}


def compartments_for(roles: frozenset[Role] | set[Role]) -> frozenset[Compartment]:
    """Union of the compartments of every role a person holds."""
    result: set[Compartment] = set()
    for role in roles:
        result |= ROLE_COMPARTMENTS[role]
    return frozenset(result)
