"""Load the centre's interview set-up and protocols from forms/interview/.

Agencies, rooms, age bands, readiness items, markers, break reasons, languages and the phases
of each protocol are data a centre edits, so they are validated on load and a mistake names
the file and the field. Keys are stored with interviews and must stay stable; labels may change.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from barnahus.datafiles import data_dir, data_file
from barnahus.errors import FormDefinitionError

SETUP_FILE = "setup.yaml"
# Keys the program writes itself, so the set-up file must keep them.
CHILD_BREAK_MARKER = "break_requested"


@dataclass(frozen=True)
class Choice:
    key: str
    label: str


@dataclass(frozen=True)
class ReadinessItem:
    key: str
    label: str
    question: str
    optional: bool


@dataclass(frozen=True)
class Language:
    code: str
    name: str


@dataclass(frozen=True)
class Phase:
    key: str
    title: str
    prompts: tuple[str, ...]
    consult_observers: bool = False


@dataclass(frozen=True)
class Protocol:
    key: str
    title: str
    phases: tuple[Phase, ...]

    def phase(self, key: str) -> Phase | None:
        return next((p for p in self.phases if p.key == key), None)


@dataclass(frozen=True)
class InterviewSetup:
    default_protocol: str
    question_language: str
    agencies: tuple[Choice, ...]
    rooms: tuple[str, ...]
    age_bands: tuple[Choice, ...]
    readiness: tuple[ReadinessItem, ...]
    markers: tuple[Choice, ...]
    break_reasons: tuple[str, ...]
    languages: tuple[Language, ...]

    def label(self, choices: tuple[Choice, ...], key: str) -> str:
        """The label of ``key`` (the key itself if a centre has since removed it)."""
        return next((c.label for c in choices if c.key == key), key)

    def language_name(self, code: str) -> str:
        return next((lang.name for lang in self.languages if lang.code == code), code)


class _Reader:
    """Checks one YAML document, naming ``file`` and the field in every error."""

    def __init__(self, path: Path) -> None:
        self.name = path.name
        try:
            self.doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (OSError, yaml.YAMLError) as exc:
            raise FormDefinitionError(f"The form file {self.name} could not be read.") from exc
        if not isinstance(self.doc, dict):
            raise self.fail("the top level", "it must be a mapping")

    def fail(self, where: str, problem: str) -> FormDefinitionError:
        return FormDefinitionError(f"The form file {self.name} is invalid at {where}: {problem}.")

    def text(self, value: Any, where: str) -> str:
        if isinstance(value, bool):
            raise self.fail(where, "quote yes/no/true/false to use them as text")
        if not isinstance(value, str) or not value.strip():
            raise self.fail(where, "a non-empty text is required")
        return value.strip()

    def key(self, value: Any, where: str) -> str:
        text = self.text(value, where)
        if not text.replace("-", "_").replace("_", "a").isalnum():
            raise self.fail(where, "a key uses letters, digits, - and _ only")
        return text

    def items(self, value: Any, where: str) -> list[Any]:
        if not isinstance(value, list) or not value:
            raise self.fail(where, "a non-empty list is required")
        return value

    def choices(self, field: str) -> tuple[Choice, ...]:
        found: list[Choice] = []
        for index, raw in enumerate(self.items(self.doc.get(field), field)):
            where = f"{field}[{index}]"
            if not isinstance(raw, dict):
                raise self.fail(where, "each entry needs a key and a label")
            found.append(
                Choice(self.key(raw.get("key"), f"{where}.key"), self.text(raw.get("label"), where))
            )
        self.unique([c.key for c in found], field)
        return tuple(found)

    def unique(self, keys: list[str], where: str) -> None:
        for index, key in enumerate(keys):
            if key in keys[:index]:
                raise self.fail(f"{where}[{index}]", f"'{key}' appears twice")


def parse_setup(path: Path) -> InterviewSetup:
    r = _Reader(path)
    rooms = tuple(
        r.text(room, f"rooms[{i}]") for i, room in enumerate(r.items(r.doc.get("rooms"), "rooms"))
    )
    r.unique(list(rooms), "rooms")
    readiness: list[ReadinessItem] = []
    for index, raw in enumerate(r.items(r.doc.get("readiness"), "readiness")):
        where = f"readiness[{index}]"
        if not isinstance(raw, dict):
            raise r.fail(where, "each item needs a key, a label and a question")
        readiness.append(
            ReadinessItem(
                r.key(raw.get("key"), f"{where}.key"),
                r.text(raw.get("label"), f"{where}.label"),
                r.text(raw.get("question"), f"{where}.question"),
                raw.get("optional", False) is True,
            )
        )
    r.unique([item.key for item in readiness], "readiness")
    languages: list[Language] = []
    for index, raw in enumerate(r.items(r.doc.get("languages"), "languages")):
        where = f"languages[{index}]"
        if not isinstance(raw, dict):
            raise r.fail(where, "each language needs a code and a name")
        languages.append(
            Language(r.key(raw.get("code"), f"{where}.code"), r.text(raw.get("name"), where))
        )
    r.unique([lang.code for lang in languages], "languages")
    markers = r.choices("markers")
    if CHILD_BREAK_MARKER not in {m.key for m in markers}:
        raise r.fail("markers", f"the marker '{CHILD_BREAK_MARKER}' is set by the child screen")
    reasons = tuple(
        r.text(reason, f"break_reasons[{i}]")
        for i, reason in enumerate(r.items(r.doc.get("break_reasons"), "break_reasons"))
    )
    return InterviewSetup(
        default_protocol=r.key(r.doc.get("default_protocol"), "default_protocol"),
        question_language=r.key(r.doc.get("question_language"), "question_language"),
        agencies=r.choices("agencies"),
        rooms=rooms,
        age_bands=r.choices("age_bands"),
        readiness=tuple(readiness),
        markers=markers,
        break_reasons=reasons,
        languages=tuple(languages),
    )


def parse_protocol(path: Path) -> Protocol:
    r = _Reader(path)
    phases: list[Phase] = []
    for index, raw in enumerate(r.items(r.doc.get("phases"), "phases")):
        where = f"phases[{index}]"
        if not isinstance(raw, dict):
            raise r.fail(where, "each phase needs a key, a title and prompts")
        prompts = r.items(raw.get("prompts"), f"{where}.prompts")
        phases.append(
            Phase(
                r.key(raw.get("key"), f"{where}.key"),
                r.text(raw.get("title"), f"{where}.title"),
                tuple(r.text(p, f"{where}.prompts[{i}]") for i, p in enumerate(prompts)),
                raw.get("consult_observers", False) is True,
            )
        )
    r.unique([p.key for p in phases], "phases")
    key = r.key(r.doc.get("protocol"), "protocol")
    if key != path.stem:
        raise r.fail("protocol", f"it must match the file name '{path.stem}'")
    return Protocol(key, r.text(r.doc.get("title"), "title"), tuple(phases))


@cache
def interview_setup() -> InterviewSetup:
    setup = parse_setup(data_file("forms", "interview", SETUP_FILE))
    protocol(setup.default_protocol)  # a missing default protocol is a set-up mistake
    return setup


def available_protocols() -> tuple[str, ...]:
    """Keys of the protocol files the centre has (the default one first)."""
    folder = data_dir("forms") / "interview" / "protocols"
    keys = sorted(path.stem for path in folder.glob("*.yaml"))
    default = interview_setup().default_protocol
    return (default, *(k for k in keys if k != default))


@cache
def protocol(key: str) -> Protocol:
    path = data_dir("forms") / "interview" / "protocols" / f"{key}.yaml"
    if not key.replace("_", "a").isalnum() or not path.is_file():
        raise FormDefinitionError(
            f"The interview protocol '{key[:40]}' has no file in forms/interview/protocols."
        )
    return parse_protocol(path)
