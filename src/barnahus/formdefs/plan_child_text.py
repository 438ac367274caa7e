"""The words of the child's version of the life project, per language, from resources/child_text/.

Each language is one file, ``plan_<code>.yaml``, with a ``reviewed`` flag so
staff know whether a native speaker has checked it. English is the fallback and must be
complete; another language may leave keys out, which are then taken from English. The file may
only name sections and fields that the form marks ``child: true``, so editing these words can
never put a risk or another adult-only field into the child's hands.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import yaml

from barnahus.datafiles import data_dir
from barnahus.errors import FormDefinitionError
from barnahus.formdefs.plan import PlanForm
from barnahus.formdefs.text_spacing import collapse_spaces

FALLBACK = "en"
DOCUMENT_KEYS = ("title", "intro", "intro_named", "made_on", "closing", "page", "fallback_note")
_CODE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")


@dataclass(frozen=True)
class PlanChildText:
    language: str
    name: str
    reviewed: bool
    document: dict[str, str]
    date_pattern: str
    months: tuple[str, ...]
    sections: dict[str, str]
    fields: dict[str, str]
    columns: dict[str, str]
    requested: str = ""  # the language asked for, when it differs (a fallback was used)

    @property
    def is_fallback(self) -> bool:
        return bool(self.requested) and self.requested != self.language

    def date(self, iso: str) -> str:
        """An ISO date in the child's words ("3 March 2027"); the text itself if not a date."""
        try:
            day = dt.date.fromisoformat(iso)
        except ValueError:
            return iso
        return self.date_pattern.format(
            day=day.day, month=self.months[day.month - 1], year=day.year
        )


def child_text_path(language: str) -> Path:
    return data_dir("resources") / "child_text" / f"plan_{language}.yaml"


def _fail(path: Path, where: str, problem: str) -> FormDefinitionError:
    return FormDefinitionError(f"The text file {path.name} is invalid at {where}: {problem}.")


def _texts(path: Path, doc: dict[str, Any], name: str) -> dict[str, str]:
    raw = doc.get(name, {})
    if not isinstance(raw, dict):
        raise _fail(path, name, "must be a mapping of keys to texts")
    for key, value in raw.items():
        if not isinstance(value, str):
            raise _fail(path, f"{name}.{key}", "must be a text")
    return {str(k): collapse_spaces(str(v)) for k, v in raw.items()}


def _check_targets(path: Path, form: PlanForm, text: PlanChildText) -> None:
    """Only child-visible sections, fields and columns may be given words."""
    for key in text.sections:
        section = form.section(key)
        if section is None or not section.child:
            raise _fail(path, f"sections.{key}", "this section is not meant for the child")
    visible = {f.path: f for s in form.sections for f in s.child_fields()}
    for key in text.fields:
        if key not in visible:
            raise _fail(path, f"fields.{key}", "this field is not meant for the child")
    for key in text.columns:
        field_path, _, column = key.rpartition(".")
        field = visible.get(field_path)
        if field is None or not any(c.key == column and c.child for c in field.columns):
            raise _fail(path, f"columns.{key}", "this column is not meant for the child")


def _check_complete(path: Path, form: PlanForm, text: PlanChildText) -> None:
    for key in DOCUMENT_KEYS:
        if not text.document.get(key):
            raise _fail(path, f"document.{key}", "a text is required")
    for key in text.sections:
        section = form.section(key)
        assert section is not None
        for field in section.child_fields():
            if field.path not in text.fields:
                raise _fail(path, f"fields.{field.path}", "a text is required")
            for column in field.columns:
                named = f"{field.path}.{column.key}" in text.columns
                if column.child and field.type == "table" and not named:
                    raise _fail(path, f"columns.{field.path}.{column.key}", "a text is required")


def parse_child_text(path: Path, form: PlanForm, *, complete: bool) -> PlanChildText:
    try:
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise FormDefinitionError(f"The text file {path.name} could not be read.") from exc
    if not isinstance(doc, dict):
        raise _fail(path, "the top level", "it must be a mapping")
    language = doc.get("language")
    if not isinstance(language, str) or not _CODE.match(language):
        raise _fail(path, "language", "a language code such as en or uk is required")
    if not isinstance(doc.get("reviewed"), bool):
        raise _fail(path, "reviewed", "must be true or false")
    dates = doc.get("dates", {})
    months = dates.get("months") if isinstance(dates, dict) else None
    if not isinstance(months, list) or len(months) != 12:
        raise _fail(path, "dates.months", "the twelve month names are required")
    pattern = dates.get("pattern", "")
    if not isinstance(pattern, str) or "{day}" not in pattern or "{year}" not in pattern:
        raise _fail(path, "dates.pattern", "a pattern with {day}, {month} and {year} is required")
    text = PlanChildText(
        language=language,
        name=str(doc.get("name", language)),
        reviewed=doc["reviewed"],
        document=_texts(path, doc, "document"),
        date_pattern=pattern,
        months=tuple(str(m) for m in months),
        sections=_texts(path, doc, "sections"),
        fields=_texts(path, doc, "fields"),
        columns=_texts(path, doc, "columns"),
    )
    _check_targets(path, form, text)
    if complete:
        _check_complete(path, form, text)
    return text


def plan_child_text(language: str, form: PlanForm) -> PlanChildText:
    """The words for ``language``; English (marked as a fallback) when there is no file."""
    english = parse_child_text(child_text_path(FALLBACK), form, complete=True)
    if language == FALLBACK or not _CODE.match(language or ""):
        return english if language == FALLBACK else replace(english, requested=language or "?")
    path = child_text_path(language)
    if not path.is_file():
        return replace(english, requested=language)
    own = parse_child_text(path, form, complete=False)
    return replace(
        own,
        document={**english.document, **own.document},
        sections={**english.sections, **own.sections} if own.sections else english.sections,
        fields={**english.fields, **own.fields},
        columns={**english.columns, **own.columns},
    )
