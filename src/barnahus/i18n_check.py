"""Check that every child language and the staff UI translations are complete (`make i18n-check`).

The app forgives gaps at run time: a child text that lacks a key falls back to English, and the
plan says so. That is right for a child in the room, but a gap found then is found too late, so
this check is strict and runs with the tests. English is the reference: every language listed in
resources/child_text/languages.yaml needs both files, with English's keys (no more, no fewer)
and English's placeholders in every text. The Qt Linguist files must keep each source's %1/%n
markers and its keyboard accelerator. Each problem is one line: file, key, what is wrong.

Whether a file is one the app can load at all (its header, its twelve months, only child
fields named, English complete) is decided by the app's own loaders, called here as the app
calls them, so that a valid file has one definition and this check cannot pass a file the app
would refuse. A loader stops at its first complaint; it is reported unless it is about a key
this check has already reported, so one fault is one line. Only what the loaders do not check
is checked here.

Everything here takes parsed documents or paths and returns problems, so tests can feed it
broken examples; :func:`main` only prints and picks the exit code.
"""

from __future__ import annotations

import argparse
import re
import string
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from barnahus.datafiles import data_dir
from barnahus.errors import ExitCode, FormDefinitionError
from barnahus.formdefs.child_languages import LANGUAGES_FILE, ChildLanguage, parse_languages
from barnahus.formdefs.plan import PlanForm, life_project_form
from barnahus.formdefs.plan_child_text import parse_child_text
from barnahus.formdefs.preparation import Preparation, parse_child_texts, preparation

REFERENCE = "en"
KINDS = ("prep", "plan")
# They differ per language by design: never compared with English's values.
HEADER_KEYS = ("language", "name", "reviewed")
MONTHS_KEY = "dates.months"
# How the loaders name the place of a problem ("... is invalid at steps.room: ...").
_LOADER_MESSAGE = re.compile(
    r"^The (?:form|text) file (?P<file>\S+) is invalid at (?P<where>.+?): (?P<what>.+?)\.?$",
    re.DOTALL,
)
_WHOLE_FILE = "the top level"
_TEXT_FILE = re.compile(r"^(prep|plan)_([^.]+)\.yaml$")
# %1 … %99 and %n, optionally localised (%L1, %Ln): what QString::arg and tr(..., n) replace.
_QT_MARKER = re.compile(r"%L?(\d{1,2}|n)")
_SHOWN_SOURCE = 40


@dataclass(frozen=True)
class Problem:
    file: str
    key: str
    what: str

    def __str__(self) -> str:
        return f"{self.file}: {self.key}: {self.what}" if self.key else f"{self.file}: {self.what}"


# --- reading YAML -------------------------------------------------------------------------------


class _DuplicateCatchingLoader(yaml.SafeLoader):
    """A safe loader that remembers repeated keys: plain YAML silently keeps only the last one."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.duplicates: list[str] = []

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[tuple[str, str]] = set()
        for key_node, _ in node.value:
            if not isinstance(key_node, yaml.ScalarNode) or key_node.tag.endswith(":merge"):
                continue
            marker = (key_node.tag, key_node.value)
            if marker in seen:
                line = key_node.start_mark.line + 1
                self.duplicates.append(f"key '{key_node.value}' appears twice (line {line})")
            seen.add(marker)
        return super().construct_mapping(node, deep=deep)


def load_yaml(path: Path, shown_as: str) -> tuple[Any, list[Problem]]:
    """The document in ``path`` (None when unreadable) and the problems met reading it."""
    try:
        loader = _DuplicateCatchingLoader(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError):
        return None, [Problem(shown_as, "", "could not be read as UTF-8 text")]
    try:
        document = loader.get_single_data()
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        reason = getattr(exc, "problem", None) or "invalid syntax"
        return None, [Problem(shown_as, "", f"is not valid YAML{where}: {reason}")]
    finally:
        loader.dispose()
    return document, [Problem(shown_as, "", text) for text in loader.duplicates]


# --- placeholders -------------------------------------------------------------------------------


def placeholders(text: str) -> frozenset[str]:
    """The ``{name}`` fields of ``text``; ValueError says how the braces are malformed."""
    found: set[str] = set()
    try:
        parsed = list(string.Formatter().parse(text))
    except ValueError:
        raise ValueError("malformed braces: a { or } without its partner") from None
    for _, name, _, _ in parsed:
        if name is None:
            continue
        if not name.isidentifier():
            raise ValueError(f"malformed braces: '{{{name}}}' is not a named placeholder")
        found.add(f"{{{name}}}")
    return frozenset(found)


def _difference(expected: frozenset[str], actual: frozenset[str], whose: str) -> str:
    parts = []
    if missing := expected - actual:
        parts.append("missing " + " ".join(sorted(missing)))
    if unexpected := actual - expected:
        parts.append("unexpected " + " ".join(sorted(unexpected)))
    return f"placeholders differ from {whose}: " + "; ".join(parts)


# --- child texts ---------------------------------------------------------------------------------


def _child(key: str, name: object) -> str:
    return f"{key}.{name}" if key else str(name)


def texts(document: Any, key: str = "") -> Iterator[tuple[str, str]]:
    """Every (key path, text) in a document, lists included as ``key[index]``."""
    if isinstance(document, dict):
        for name, value in document.items():
            yield from texts(value, _child(key, name))
    elif isinstance(document, list):
        for index, value in enumerate(document):
            yield from texts(value, f"{key}[{index}]")
    elif isinstance(document, str):
        yield key, document


def check_braces(document: Any, shown_as: str) -> list[Problem]:
    """Malformed placeholders anywhere in a document (used on English, which has no reference)."""
    problems = []
    for key, text in texts(document):
        try:
            placeholders(text)
        except ValueError as exc:
            problems.append(Problem(shown_as, key, str(exc)))
    return problems


def compare_to_reference(reference: Any, document: Any, shown_as: str) -> list[Problem]:
    """Keys English has that ``document`` lacks or the reverse, wrong shapes, and placeholders."""
    if not isinstance(reference, dict) or not isinstance(document, dict):
        return [Problem(shown_as, "", "the top level must be a mapping of keys, as in English")]
    problems: list[Problem] = []
    body = {name: value for name, value in document.items() if name not in HEADER_KEYS}
    english = {name: value for name, value in reference.items() if name not in HEADER_KEYS}
    _compare(english, body, "", shown_as, problems)
    return problems


def _compare(reference: Any, value: Any, key: str, shown_as: str, out: list[Problem]) -> None:
    if isinstance(reference, dict):
        if not isinstance(value, dict):
            out.append(Problem(shown_as, key, "must be a group of keys, as in English"))
            return
        for name in reference:
            if name not in value:
                out.append(Problem(shown_as, _child(key, name), "missing (English has it)"))
        for name, inner in value.items():
            if name not in reference:
                out.append(Problem(shown_as, _child(key, name), "not in English (a typo?)"))
            else:
                _compare(reference[name], inner, _child(key, name), shown_as, out)
    elif isinstance(value, dict):
        out.append(Problem(shown_as, key, "must be a single value, not a group of keys"))
    elif isinstance(reference, list):
        if not isinstance(value, list):
            out.append(Problem(shown_as, key, "must be a list, as in English"))
            return
        if len(value) != len(reference) and key != MONTHS_KEY:  # the plan loader wants 12
            out.append(
                Problem(shown_as, key, f"has {len(value)} entries, English {len(reference)}")
            )
        for index, (theirs, ours) in enumerate(zip(reference, value, strict=False)):
            _compare(theirs, ours, f"{key}[{index}]", shown_as, out)
    elif isinstance(reference, str):
        _compare_text(reference, value, key, shown_as, out)
    elif type(value) is not type(reference):
        out.append(Problem(shown_as, key, f"must be a {type(reference).__name__}, as in English"))


def _compare_text(reference: str, value: Any, key: str, shown_as: str, out: list[Problem]) -> None:
    if not isinstance(value, str):
        out.append(Problem(shown_as, key, "must be a text (put it in quotes)"))
        return
    if not value.strip():
        out.append(Problem(shown_as, key, "is empty"))
        return
    try:
        actual = placeholders(value)
    except ValueError as exc:
        out.append(Problem(shown_as, key, str(exc)))
        return
    try:
        expected = placeholders(reference)
    except ValueError:
        return  # English's own braces are reported against the English file
    if actual != expected:
        out.append(Problem(shown_as, key, _difference(expected, actual, "English")))


def check_plan_header(document: Any, code: str, shown_as: str) -> list[Problem]:
    """What the plan text loader leaves open: it takes any well-formed ``language`` (the
    preparation loader ties it to the file name) and lets ``name`` default to the code."""
    if not isinstance(document, dict):
        return []  # the comparison with English (or the loader) says the top level is wrong
    problems = []
    language = document.get("language")
    if language != code:
        problems.append(
            Problem(shown_as, "language", f"is {language!r} but the file name says '{code}'")
        )
    name = document.get("name")
    if not isinstance(name, str) or not name.strip():
        problems.append(Problem(shown_as, "name", "the language's name is needed, as a text"))
    return problems


def check_text_document(
    document: Any, reference: Any, code: str, kind: str, shown_as: str
) -> list[Problem]:
    """The checks of one child text file that no loader makes; ``reference`` is English's
    document of the same kind."""
    problems = check_plan_header(document, code, shown_as) if kind == "plan" else []
    if code == REFERENCE:
        problems += check_braces(document, shown_as)
    elif reference is not None:
        problems += compare_to_reference(reference, document, shown_as)
    return problems


# --- the app's own loaders -----------------------------------------------------------------------


@dataclass(frozen=True)
class AppForms:
    """The forms the loaders check a child text against (which steps, which child fields)."""

    preparation: Preparation
    plan: PlanForm


def app_forms() -> AppForms:
    """The bundled forms, as the app reads them; FormDefinitionError names a broken one."""
    return AppForms(preparation(), life_project_form())


def loader_problem(exc: FormDefinitionError, path: Path, shown_as: str) -> Problem:
    """A loader's complaint about ``path`` as a line of this report: the key and what is
    wrong when the message says where, else the whole message (which names its file)."""
    match = _LOADER_MESSAGE.match(exc.message)
    if match is None or match["file"] != path.name:
        return Problem(shown_as, "", exc.message)
    key = "" if match["where"] == _WHOLE_FILE else match["where"]
    return Problem(shown_as, key, match["what"])


def _overlap(key: str, other: str) -> bool:
    """Whether two keys name the same place or one lies inside the other ("" is the file)."""
    inner, outer = (key, other) if len(key) >= len(other) else (other, key)
    return not outer or inner == outer or inner.startswith((f"{outer}.", f"{outer}["))


def check_with_loader(
    path: Path, code: str, kind: str, forms: AppForms, shown_as: str, found: Sequence[Problem]
) -> list[Problem]:
    """Load ``path`` as the app does (English must be complete, another language may leave
    keys to English) and report the loader's complaint, unless ``found`` already has one
    about the same key: a missing key is also a missing text to the loader."""
    try:
        if kind == "prep":
            parse_child_texts(path, forms.preparation)
        else:
            parse_child_text(path, forms.plan, complete=code == REFERENCE)
    except FormDefinitionError as exc:
        problem = loader_problem(exc, path, shown_as)
        if not any(_overlap(problem.key, other.key) for other in found):
            return [problem]
    return []


def check_file_set(codes: Sequence[str], names: Iterable[str], folder: str) -> list[Problem]:
    """Every listed language has both files, and every text file belongs to a listed language."""
    present: set[tuple[str, str]] = set()
    problems = []
    for name in sorted(names):
        match = _TEXT_FILE.match(name)
        if match:
            present.add((match[1], match[2]))
            if match[2] not in codes:
                problems.append(
                    Problem(f"{folder}/{name}", "", f"'{match[2]}' is not in {LANGUAGES_FILE}")
                )
        elif name.endswith((".yaml", ".yml")) and name != LANGUAGES_FILE:
            problems.append(
                Problem(f"{folder}/{name}", "", "name it prep_<code>.yaml or plan_<code>.yaml")
            )
    for code in codes:
        for kind in KINDS:
            if (kind, code) not in present:
                what = f"missing: '{code}' is listed in {LANGUAGES_FILE}"
                problems.append(Problem(f"{folder}/{kind}_{code}.yaml", "", what))
    return problems


@dataclass
class LanguageStatus:
    language: ChildLanguage
    problems: dict[str, int] = field(default_factory=dict)  # kind -> count; absent: no file
    reviewed: dict[str, bool] = field(default_factory=dict)

    def line(self, width: int) -> str:
        parts = [f"{self.language.code:<4}{self.language.name:<{width}}"]
        for kind in KINDS:
            count = self.problems.get(kind)
            state = "missing" if count is None else "ok" if count == 0 else f"{count} problem(s)"
            parts.append(f"{kind} {state:<12}")
        flags = [self.reviewed.get(kind, False) for kind in KINDS]
        if all(flags) or not any(flags):
            parts.append("reviewed" if all(flags) else "not reviewed")
        else:
            pairs = zip(KINDS, flags, strict=True)
            parts.append(", ".join(f"{k} {'' if f else 'not '}reviewed" for k, f in pairs))
        return "  ".join(parts).rstrip()


@dataclass
class Report:
    problems: list[Problem] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)
    languages: list[LanguageStatus] = field(default_factory=list)


def check_child_texts(folder: Path, shown_as: str) -> Report:
    """Check resources/child_text: the language list, the files and each file against English."""
    report = Report()
    listing, problems = load_yaml(folder / LANGUAGES_FILE, f"{shown_as}/{LANGUAGES_FILE}")
    report.problems += problems
    try:
        languages = parse_languages(listing) if not problems else ()
    except FormDefinitionError as exc:
        report.problems.append(Problem(f"{shown_as}/{LANGUAGES_FILE}", "", exc.message))
        languages = ()
    if not languages:
        return report
    codes = [language.code for language in languages]
    names = [path.name for path in folder.iterdir() if path.is_file()]
    report.problems += check_file_set(codes, names, shown_as)
    try:
        forms: AppForms | None = app_forms()
    except FormDefinitionError as exc:
        report.problems.append(Problem("forms", "", f"{exc.message} No child text was loaded."))
        forms = None
    references: dict[str, Any] = {}
    for language in sorted(languages, key=lambda lang: lang.code != REFERENCE):
        status = LanguageStatus(language)
        for kind in KINDS:
            name = f"{kind}_{language.code}.yaml"
            path, file = folder / name, f"{shown_as}/{name}"
            if not path.is_file():
                continue
            document, found = load_yaml(path, file)
            if document is not None:
                found += check_text_document(
                    document, references.get(kind), language.code, kind, file
                )
                if forms is not None:
                    found += check_with_loader(path, language.code, kind, forms, file, found)
                if language.code == REFERENCE:
                    references[kind] = document
                reviewed = document.get("reviewed") if isinstance(document, dict) else None
                status.reviewed[kind] = reviewed is True
            status.problems[kind] = len(found)
            report.problems += found
        report.languages.append(status)
    report.languages.sort(key=lambda status: codes.index(status.language.code))
    width = max(len(language.name) for language in languages) + 2
    report.lines = [status.line(width) for status in report.languages]
    return report


# --- Qt Linguist files ---------------------------------------------------------------------------


@dataclass(frozen=True)
class TsMessage:
    context: str
    source: str
    translations: tuple[str, ...]  # one text, or one per plural form
    state: str = ""  # "" (finished), "unfinished", "vanished" or "obsolete"

    @property
    def unfinished(self) -> bool:
        return self.state == "unfinished" or not any(text.strip() for text in self.translations)


def parse_ts(text: str) -> list[TsMessage]:
    """The messages of a Qt Linguist .ts document; ET.ParseError when it is not valid XML."""
    root = ET.fromstring(text)
    messages = []
    for context in root.iter("context"):
        context_name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None:
                forms: tuple[str, ...] = ("",)
                state = "unfinished"
            else:
                plural = translation.findall("numerusform")
                forms = tuple(f.text or "" for f in plural) if plural else (translation.text or "",)
                state = translation.get("type", "")
            messages.append(TsMessage(context_name, message.findtext("source") or "", forms, state))
    return messages


def qt_markers(text: str) -> frozenset[str]:
    """The %1 … %99 and %n markers in ``text`` (%L1 counts as %1)."""
    return frozenset(f"%{match[1]}" for match in _QT_MARKER.finditer(text))


def has_accelerator(text: str) -> bool:
    """Whether ``text`` marks a keyboard accelerator: an & not doubled (&& is a literal &)."""
    index = 0
    while (index := text.find("&", index)) != -1:
        following = text[index + 1 : index + 2]
        if following == "&":
            index += 2
            continue
        if following and not following.isspace():
            return True
        index += 1
    return False


def check_ts_messages(messages: Iterable[TsMessage], shown_as: str) -> tuple[list[Problem], int]:
    """Problems in finished translations, and how many translations are unfinished."""
    problems, unfinished = [], 0
    for message in messages:
        if message.state in ("vanished", "obsolete"):
            continue
        if message.unfinished:
            unfinished += 1
            continue
        source = " ".join(message.source.split())
        shown = source if len(source) <= _SHOWN_SOURCE else source[: _SHOWN_SOURCE - 1] + "…"
        key = f'{message.context} "{shown}"'
        plural = len(message.translations) > 1
        for number, text in enumerate(message.translations, start=1):
            form = f"plural form {number}: " if plural else ""
            if (expected := qt_markers(message.source)) != (actual := qt_markers(text)):
                problems.append(
                    Problem(shown_as, key, form + _difference(expected, actual, "the source"))
                )
            if has_accelerator(message.source) != has_accelerator(text):
                lacks = "the translation" if has_accelerator(message.source) else "the source"
                problems.append(Problem(shown_as, key, f"{form}& accelerator: {lacks} has none"))
    return problems, unfinished


def check_ts_folder(folder: Path, shown_as: str) -> Report:
    report = Report()
    for path in sorted(folder.glob("*.ts")):
        file = f"{shown_as}/{path.name}"
        try:
            messages = parse_ts(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, ET.ParseError) as exc:
            report.problems.append(Problem(file, "", f"could not be read: {exc}"))
            continue
        problems, unfinished = check_ts_messages(messages, file)
        report.problems += problems
        state = "ok" if not problems else f"{len(problems)} problem(s)"
        line = f"{path.name:<18}{len(messages)} messages  {state}"
        if unfinished:
            line += f"  warning: {unfinished} unfinished translation(s)"
        report.lines.append(line)
    return report


# --- command line --------------------------------------------------------------------------------


def run(resources: Path) -> Report:
    """Check resources/child_text and resources/i18n under ``resources``."""
    label = resources.name
    child = check_child_texts(resources / "child_text", f"{label}/child_text")
    staff = check_ts_folder(resources / "i18n", f"{label}/i18n")
    return Report(child.problems + staff.problems, child.lines + staff.lines, child.languages)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m barnahus.i18n_check",
        description="Check that the child texts and UI translations are complete.",
    )
    parser.add_argument("--resources", type=Path, help="the resources folder (default: bundled)")
    args = parser.parse_args(argv)
    report = run(args.resources or data_dir("resources"))
    out = sys.stdout
    for problem in report.problems:
        out.write(f"{problem}\n")
    for line in report.lines:
        out.write(f"{line}\n")
    reviewed = [s.language.code for s in report.languages if all(s.reviewed.get(k) for k in KINDS)]
    review_note = f"{len(reviewed)} of {len(report.languages)} child languages reviewed"
    if report.problems:
        out.write(f"i18n-check: {len(report.problems)} problem(s); {review_note}\n")
        return int(ExitCode.ERROR)
    out.write(f"i18n-check: complete; {review_note}\n")
    return int(ExitCode.OK)


if __name__ == "__main__":
    sys.exit(main())
