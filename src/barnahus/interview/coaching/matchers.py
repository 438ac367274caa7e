"""Map the ``match`` names of the rule file to the checks that implement them.

The order in which checks run is the order of the rules in the YAML file, not anything here:
the first rule whose check finds a cue decides the label.
"""

from __future__ import annotations

from barnahus.interview.coaching import closed_checks as closed
from barnahus.interview.coaching import open_checks as opened
from barnahus.interview.coaching.cues import Check

CHECKS: dict[str, Check] = {
    "tag_question": closed.tag_question,
    "contains": closed.contains,
    "clause_starts": closed.clause_starts,
    "negative_question": closed.negative_question,
    "faux_invitation": closed.faux_invitation,
    "embedded_yes_no": closed.embedded_yes_no,
    "either_or": closed.either_or,
    "yes_no_question": closed.yes_no_question,
    "declarative_question": closed.declarative_question,
    "request_for_detail": closed.request_for_detail,
    "memory_question": closed.memory_question,
    "wh_question": closed.wh_question,
    "quotes_child": opened.quotes_child,
    "more_about_detail": opened.more_about_detail,
    "echo_then_invitation": opened.echo_then_invitation,
    "invitation": opened.invitation,
    "acknowledgement": opened.acknowledgement,
    "statement": opened.statement,
}
