"""What the team agrees before the child arrives: when, where, who watches, interpreter, child.

The plan is encrypted with the rest of the interview; only the date, the room and the
interviewer are copied into plaintext metadata, so the coordinator can schedule without the
interview key. Everything here is checked against the centre's set-up (forms/interview/).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from barnahus.formdefs.interview import InterviewSetup

MAX_TEXT = 2000
# The language code for "a language the centre's list does not have"; its name is then typed.
OTHER_LANGUAGE = "other"


@dataclass(frozen=True)
class Observer:
    """Someone watching from the observation room, by agency (the name is optional)."""

    agency: str
    name: str = ""


@dataclass(frozen=True)
class Interpreter:
    needed: bool = False
    language: str = ""  # the language name as the team writes it ("Dari", "Freedonian")
    name: str = ""
    briefed: bool = False


@dataclass(frozen=True)
class InterviewPlan:
    scheduled_for: datetime
    room: str
    interviewer_id: str
    age_band: str
    child_language: str  # a code from forms/interview/setup.yaml, or "other"
    child_language_other: str = ""  # the language's name when the code is "other"
    special_needs: str = ""
    observers: tuple[Observer, ...] = ()
    interpreter: Interpreter = field(default_factory=Interpreter)
    recording_reference: str = ""
    protocol: str = "nichd"
    # The child already had a forensic interview that this store does not hold as a session
    # (another centre, the police, before the app was used): this one then needs a reason.
    interviewed_before: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "scheduled_for": self.scheduled_for.isoformat(),
            "room": self.room,
            "interviewer_id": self.interviewer_id,
            "age_band": self.age_band,
            "child_language": self.child_language,
            "child_language_other": self.child_language_other,
            "special_needs": self.special_needs,
            "observers": [{"agency": o.agency, "name": o.name} for o in self.observers],
            "interpreter": {
                "needed": self.interpreter.needed,
                "language": self.interpreter.language,
                "name": self.interpreter.name,
                "briefed": self.interpreter.briefed,
            },
            "recording_reference": self.recording_reference,
            "protocol": self.protocol,
            "interviewed_before": self.interviewed_before,
        }

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> InterviewPlan:
        interpreter = raw.get("interpreter") or {}
        return cls(
            scheduled_for=datetime.fromisoformat(str(raw["scheduled_for"])),
            room=str(raw.get("room", "")),
            interviewer_id=str(raw.get("interviewer_id", "")),
            age_band=str(raw.get("age_band", "")),
            child_language=str(raw.get("child_language", "")),
            child_language_other=str(raw.get("child_language_other", "")),
            special_needs=str(raw.get("special_needs", "")),
            observers=tuple(
                Observer(str(o.get("agency", "")), str(o.get("name", "")))
                for o in raw.get("observers", [])
            ),
            interpreter=Interpreter(
                bool(interpreter.get("needed", False)),
                str(interpreter.get("language", "")),
                str(interpreter.get("name", "")),
                bool(interpreter.get("briefed", False)),
            ),
            recording_reference=str(raw.get("recording_reference", "")),
            protocol=str(raw.get("protocol", "nichd")),
            interviewed_before=bool(raw.get("interviewed_before", False)),
        )

    def problems(self, setup: InterviewSetup) -> list[str]:
        """Every way this plan does not fit the centre's set-up, as plain sentences."""
        found: list[str] = []
        if self.scheduled_for.tzinfo is None:
            found.append("The date and time need a time zone.")
        if self.room not in setup.rooms:
            found.append("Choose one of the centre's interview rooms.")
        if not self.interviewer_id:
            found.append("Choose the interviewer.")
        if self.age_band not in {b.key for b in setup.age_bands}:
            found.append("Choose the child's age band.")
        languages = {lang.code for lang in setup.languages}
        if self.child_language not in languages:
            found.append("Choose the child's language.")
        elif self.child_language == OTHER_LANGUAGE and not self.child_language_other.strip():
            found.append("Write which language the child speaks.")
        agencies = {a.key for a in setup.agencies}
        if any(o.agency not in agencies for o in self.observers):
            found.append("Each observer must belong to one of the listed agencies.")
        if self.interpreter.needed and not self.interpreter.language.strip():
            found.append("Write the interpreter's language.")
        texts = (
            self.special_needs,
            self.child_language_other,
            self.interpreter.language,
            self.recording_reference,
            self.interpreter.name,
            *(o.name for o in self.observers),
        )
        if any(len(text) > MAX_TEXT for text in texts):
            found.append(f"Texts in the plan can be at most {MAX_TEXT} characters long.")
        return found

    def language_name(self, setup: InterviewSetup) -> str:
        if self.child_language == OTHER_LANGUAGE:
            return self.child_language_other
        return setup.language_name(self.child_language)
