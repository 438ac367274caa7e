"""The dates the case list shows from other parts of the workspace: next interview, plan review.

A coordinator needs to see at a glance when each child is next interviewed and when a plan
review is due. Each function here is a ``case_index.FactSource``: it gives a date per case id
for every case at once (one query, not one per case), because the index is built for up to
10,000 cases. They are registered in ``case_index.FACT_SOURCES`` where that dictionary is
defined, so the command line, the GUI and the tests all see them; this module does not import
``case_index``, which keeps the import one-way.

- **Next interview:** the local date of the earliest session still *planned* or *preparing*
  (booked or planned, not yet started) whose date is today or later. A session that started,
  ended or was cancelled is not a next interview; one whose date has passed without starting
  is overdue paperwork, not an appointment. Only plaintext metadata is read (date, status), so
  it needs no interview key: anyone who schedules interviews (coordinator, interviewer,
  psychologist) gets it; other roles get nothing.
- **Plan review due:** the next review date of the approved plan in force of each open case,
  from :func:`barnahus.services.plan_reviews.next_reviews` (the same rule as ``plan reviews``).
  Needs the careplan key; without it (an interviewer, a locked or damaged key slot) there are
  no dates and no error. A plan that cannot be read gives no date; opening it reports the
  damage. Reading only dates for people who may read the plans writes no audit entry per case
  (docs/careplan.md, "Reviews"); the index's ``case_list_viewed`` entry records the view.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from barnahus.interview.state import BEFORE_START
from barnahus.roles import Compartment
from barnahus.services.common import as_utc
from barnahus.services.interviews import SCHEDULING_ROLES
from barnahus.services.keyring import Keyring
from barnahus.services.plan_reviews import next_reviews
from barnahus.services.plans import READERS
from barnahus.store.database import StoreDatabase
from barnahus.store.entities import CaseInfo


def next_interview_dates(
    db: StoreDatabase, keyring: Keyring, cases: Sequence[CaseInfo], today: date
) -> dict[str, date]:
    """Per case id, the local date of its earliest session not yet started, from ``today`` on."""
    if keyring.locked or not keyring.roles & set(SCHEDULING_ROLES):
        return {}
    wanted = {case.id for case in cases}
    with db.transaction() as tx:
        planned = tx.interview_times([status.value for status in BEFORE_START])
    found: dict[str, date] = {}
    for case_id, when in planned:
        # The day on the coordinator's calendar, as the interview page shows it.
        day = as_utc(when).astimezone().date()
        if case_id in wanted and day >= today and (case_id not in found or day < found[case_id]):
            found[case_id] = day
    return found


def plan_review_dates(
    db: StoreDatabase, keyring: Keyring, cases: Sequence[CaseInfo], today: date
) -> dict[str, date]:
    """Per open case id, the next review date of its approved plan in force (past ones too:
    an overdue review is what the "overdue" filter is for)."""
    if not keyring.holds(Compartment.CAREPLAN) or not keyring.roles & set(READERS):
        return {}
    found = next_reviews(db, keyring, cases)
    return {case_id: when for case_id, (when, _version) in found.dates.items()}
