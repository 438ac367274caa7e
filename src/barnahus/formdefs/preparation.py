"""Load the child's preparation: steps from forms/preparation/, child texts per language.

The steps (order, kind, picture, which age bands see them) are set up by the centre; the words
the child reads live per language in ``resources/child_text/prep_<code>.yaml`` with a flag that
says whether a native speaker has reviewed them. English is the fallback and must be complete;
other languages may lack steps, which the interviewer is told about before the child arrives.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from barnahus.datafiles import data_dir, data_file
from barnahus.errors import FormDefinitionError
from barnahus.formdefs.interview import interview_setup
from barnahus.formdefs.text_spacing import collapse_spaces

STEPS_FILE = "steps.yaml"
FALLBACK_LANGUAGE = "en"
STEP_KINDS = frozenset({"info", "break_card", "practice", "feelings"})
# The words around the steps on the child screen; every language file must have all of them,
# so a child never sees a screen in two languages.
SCREEN_KEYS = (
    "window_title",
    "waiting",
    "break_button",
    "break_button_help",
    "break_pressed",
    "practice_label",
    "feelings_question",
    "feelings_thanks",
)


@dataclass(frozen=True)
class PrepStep:
    key: str
    title: str
    hint: str
    picture: str
    kind: str
    bands: tuple[str, ...]


@dataclass(frozen=True)
class FeelingFace:
    key: str
    picture: str


@dataclass(frozen=True)
class Preparation:
    steps: tuple[PrepStep, ...]
    feelings: tuple[FeelingFace, ...]

    def steps_for(self, band: str) -> tuple[PrepStep, ...]:
        return tuple(step for step in self.steps if band in step.bands)


@dataclass(frozen=True)
class StepText:
    title: str
    text: str
    practice: str = ""


@dataclass(frozen=True)
class ChildTexts:
    language: str
    name: str
    reviewed: bool
    screen: dict[str, str]
    feelings: dict[str, str]
    steps: dict[str, dict[str, StepText]]

    def text(self, step: str, band: str) -> StepText | None:
        return self.steps.get(step, {}).get(band)

    def missing(self, preparation: Preparation) -> list[tuple[str, str]]:
        """(step, band) pairs this language has no text for."""
        return [
            (step.key, band)
            for step in preparation.steps
            for band in step.bands
            if self.text(step.key, band) is None
        ]


def _fail(name: str, where: str, problem: str) -> FormDefinitionError:
    return FormDefinitionError(f"The form file {name} is invalid at {where}: {problem}.")


def _load(path: Path) -> dict[str, Any]:
    try:
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise FormDefinitionError(f"The form file {path.name} could not be read.") from exc
    if not isinstance(doc, dict):
        raise _fail(path.name, "the top level", "it must be a mapping")
    return doc


def _text(name: str, value: Any, where: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise _fail(name, where, "a non-empty text is required (quote yes/no/true/false)")
    return collapse_spaces(value)


def _picture(name: str, value: Any, where: str) -> str:
    picture = _text(name, value, where)
    folder = data_dir("resources") / "pictures"
    if "/" in picture or "\\" in picture or not (folder / picture).is_file():
        raise _fail(name, where, f"there is no picture '{picture}' in resources/pictures")
    return picture


def parse_preparation(path: Path, bands: tuple[str, ...]) -> Preparation:
    doc, name = _load(path), path.name
    raw_steps = doc.get("steps")
    if not isinstance(raw_steps, list) or not raw_steps:
        raise _fail(name, "steps", "a non-empty list of steps is required")
    steps: list[PrepStep] = []
    for index, raw in enumerate(raw_steps):
        where = f"steps[{index}]"
        if not isinstance(raw, dict):
            raise _fail(name, where, "each step needs a key, title, hint, picture and kind")
        key = _text(name, raw.get("key"), f"{where}.key")
        if key in {s.key for s in steps}:
            raise _fail(name, f"{where}.key", f"'{key}' appears twice")
        kind = raw.get("kind")
        if kind not in STEP_KINDS:
            raise _fail(name, f"{where}.kind", f"'{kind}' is not one of {sorted(STEP_KINDS)}")
        step_bands = raw.get("bands", list(bands))
        if not isinstance(step_bands, list) or not step_bands or not set(step_bands) <= set(bands):
            raise _fail(name, f"{where}.bands", f"bands are a list drawn from {list(bands)}")
        steps.append(
            PrepStep(
                key,
                _text(name, raw.get("title"), f"{where}.title"),
                _text(name, raw.get("hint"), f"{where}.hint"),
                _picture(name, raw.get("picture"), f"{where}.picture"),
                str(kind),
                tuple(b for b in bands if b in step_bands),
            )
        )
    raw_faces = doc.get("feelings")
    if not isinstance(raw_faces, list) or len(raw_faces) < 3:
        raise _fail(name, "feelings", "the picture scale needs at least three faces")
    faces = tuple(
        FeelingFace(
            _text(name, raw.get("key") if isinstance(raw, dict) else None, f"feelings[{i}].key"),
            _picture(name, raw.get("picture"), f"feelings[{i}].picture"),
        )
        for i, raw in enumerate(raw_faces)
    )
    return Preparation(tuple(steps), faces)


def parse_child_texts(path: Path, preparation: Preparation) -> ChildTexts:
    doc, name = _load(path), path.name
    language = _text(name, doc.get("language"), "language")
    if path.stem != f"prep_{language}":
        raise _fail(name, "language", f"it must match the file name ('{path.stem}')")
    reviewed = doc.get("reviewed")
    if not isinstance(reviewed, bool):
        raise _fail(name, "reviewed", "write true or false")
    screen_raw, feelings_raw, steps_raw = doc.get("screen"), doc.get("feelings"), doc.get("steps")
    if not isinstance(screen_raw, dict):
        raise _fail(name, "screen", f"the keys {', '.join(SCREEN_KEYS)} are required")
    screen = {key: _text(name, screen_raw.get(key), f"screen.{key}") for key in SCREEN_KEYS}
    if not isinstance(feelings_raw, dict):
        raise _fail(name, "feelings", "a word for every face of the scale is required")
    feelings = {
        face.key: _text(name, feelings_raw.get(face.key), f"feelings.{face.key}")
        for face in preparation.feelings
    }
    if not isinstance(steps_raw, dict):
        raise _fail(name, "steps", "a mapping of step keys to texts per age band is required")
    known = {step.key: step for step in preparation.steps}
    steps: dict[str, dict[str, StepText]] = {}
    for key, per_band in steps_raw.items():
        step = known.get(str(key))
        if step is None:
            raise _fail(name, f"steps.{key}", "there is no such step in forms/preparation")
        if not isinstance(per_band, dict):
            raise _fail(name, f"steps.{key}", "texts are given per age band")
        steps[step.key] = {}
        for band, raw in per_band.items():
            where = f"steps.{key}.{band}"
            if band not in step.bands or not isinstance(raw, dict):
                raise _fail(name, where, f"give title and text for a band of {list(step.bands)}")
            practice = ""
            if step.kind == "practice":
                practice = _text(name, raw.get("practice"), f"{where}.practice")
            steps[step.key][str(band)] = StepText(
                _text(name, raw.get("title"), f"{where}.title"),
                _text(name, raw.get("text"), f"{where}.text"),
                practice,
            )
    texts = ChildTexts(
        language, _text(name, doc.get("name"), "name"), reviewed, screen, feelings, steps
    )
    if language == FALLBACK_LANGUAGE and (gap := texts.missing(preparation)):
        step_key, band = gap[0]
        raise _fail(name, f"steps.{step_key}.{band}", "English is the fallback, so it is needed")
    return texts


@cache
def preparation() -> Preparation:
    bands = tuple(band.key for band in interview_setup().age_bands)
    return parse_preparation(data_file("forms", "preparation", STEPS_FILE), bands)


def _texts_path(language: str) -> Path:
    return data_dir("resources") / "child_text" / f"prep_{language}.yaml"


@cache
def child_texts(language: str) -> ChildTexts | None:
    """The child texts for ``language``, or None when the centre has none in that language."""
    if not language.isalnum():
        return None
    path = _texts_path(language)
    return parse_child_texts(path, preparation()) if path.is_file() else None


def fallback_texts() -> ChildTexts:
    texts = child_texts(FALLBACK_LANGUAGE)
    if texts is None:
        raise FormDefinitionError(
            f"The English child texts (prep_{FALLBACK_LANGUAGE}.yaml) are missing."
        )
    return texts


def check_interview_forms() -> None:
    """Load and check every interview form file; the first mistake is raised (for start-up)."""
    from barnahus.formdefs.interview import available_protocols, protocol

    for key in available_protocols():
        protocol(key)
    fallback_texts()
    for path in sorted((data_dir("resources") / "child_text").glob("prep_*.yaml")):
        child_texts(path.stem.removeprefix("prep_"))


def picture_path(picture: str) -> Path:
    return data_file("resources", "pictures", picture)
