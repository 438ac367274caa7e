"""The completeness check behind `make i18n-check`: real files pass, broken ones fail clearly."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from barnahus import i18n_check
from barnahus.datafiles import data_dir
from barnahus.errors import FormDefinitionError
from barnahus.formdefs.child_languages import child_languages, is_rtl
from barnahus.formdefs.plan import life_project_form
from barnahus.formdefs.plan_child_text import child_text_path, parse_child_text
from barnahus.formdefs.preparation import child_texts
from barnahus.i18n_check import (
    Problem,
    Report,
    TsMessage,
    check_ts_messages,
    compare_to_reference,
    has_accelerator,
    main,
    parse_ts,
    placeholders,
    qt_markers,
    run,
)

CODES = [language.code for language in child_languages()]
FOLDER = "resources/child_text"

# --- the shipped files ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def shipped() -> Report:
    return run(data_dir("resources"))


def _lines(problems: list[Problem]) -> str:
    return "\n".join(str(problem) for problem in problems)


@pytest.mark.parametrize("code", CODES)
def test_every_listed_language_has_both_files(code: str) -> None:
    folder = data_dir("resources") / "child_text"
    assert (folder / f"prep_{code}.yaml").is_file()
    assert (folder / f"plan_{code}.yaml").is_file()


@pytest.mark.parametrize("code", CODES)
def test_shipped_language_is_complete(shipped: Report, code: str) -> None:
    files = {f"{FOLDER}/prep_{code}.yaml", f"{FOLDER}/plan_{code}.yaml"}
    problems = [problem for problem in shipped.problems if problem.file in files]
    assert problems == [], _lines(problems)


def test_no_child_text_file_outside_the_list(shipped: Report) -> None:
    listed = {f"{FOLDER}/{kind}_{code}.yaml" for code in CODES for kind in ("prep", "plan")}
    strays = [p for p in shipped.problems if p.file.startswith(FOLDER) and p.file not in listed]
    assert strays == [], _lines(strays)


def test_shipped_ui_translations_keep_markers_and_accelerators(shipped: Report) -> None:
    problems = [problem for problem in shipped.problems if problem.file.endswith(".ts")]
    assert problems == [], _lines(problems)


@pytest.mark.parametrize("code", CODES)
def test_shipped_language_loads_in_the_app(code: str) -> None:
    texts = child_texts(code)
    assert texts is not None
    assert texts.language == code
    plan = parse_child_text(child_text_path(code), life_project_form(), complete=True)
    assert plan.language == code


def test_right_to_left_languages_are_arabic_and_dari() -> None:
    rtl = {language.code for language in child_languages() if language.direction == "rtl"}
    assert rtl == {"ar", "prs"}
    assert {language.code for language in child_languages() if is_rtl(language.code)} == rtl
    for language in child_languages():
        if language.script == "arabic":  # Arabic letters are only ever written right to left
            assert language.rtl


# --- broken examples ------------------------------------------------------------------------------

LANGUAGES = {
    "languages": [
        {
            "code": code,
            "name": name,
            "native_name": name,
            "direction": "ltr",
            "script": "latin",
            "speech": code,
        }
        for code, name in (("en", "English"), ("sv", "Swedish"))
    ]
}


def _shipped_english(kind: str, code: str) -> dict[str, Any]:
    """The shipped English file relabelled as ``code``: the app's loaders check a text against
    the bundled forms, so an example must cover them as the real files do."""
    path = data_dir("resources") / "child_text" / f"{kind}_en.yaml"
    document: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    document.update(language=code, name=code, reviewed=False)
    return document


def _prep(code: str) -> dict[str, Any]:
    return _shipped_english("prep", code)


def _plan(code: str) -> dict[str, Any]:
    return _shipped_english("plan", code)


TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>AccountsTab</name>
    <message>
        <source>Can read %1</source>
        <translation>Kan läsa %1</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) shown</source>
        <translation>
            <numerusform>%n post visas</numerusform>
            <numerusform>%n poster visas</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
"""


def _write(path: Path, document: Any) -> None:
    path.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")


@pytest.fixture
def resources(tmp_path: Path) -> Path:
    """A complete resources folder: English and Swedish, one .ts file."""
    root = tmp_path / "resources"
    (root / "child_text").mkdir(parents=True)
    (root / "i18n").mkdir()
    _write(root / "child_text" / "languages.yaml", LANGUAGES)
    for code in ("en", "sv"):
        _write(root / "child_text" / f"prep_{code}.yaml", _prep(code))
        _write(root / "child_text" / f"plan_{code}.yaml", _plan(code))
    (root / "i18n" / "barnahus_sv.ts").write_text(TS, encoding="utf-8")
    return root


def _break(root: Path, name: str, change: Any) -> None:
    path = root / "child_text" / name
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(document)
    _write(path, document)


def _messages(root: Path) -> list[str]:
    return [str(problem) for problem in run(root).problems]


def test_complete_example_passes(resources: Path) -> None:
    report = run(resources)
    assert report.problems == []
    assert report.lines[0].split() == [
        "en",
        "English",
        "prep",
        "ok",
        "plan",
        "ok",
        "not",
        "reviewed",
    ]


def test_missing_key(resources: Path) -> None:
    _break(resources, "prep_sv.yaml", lambda doc: doc["steps"]["room"]["3-6"].pop("text"))
    assert _messages(resources) == [
        f"{FOLDER}/prep_sv.yaml: steps.room.3-6.text: missing (English has it)"
    ]


def test_extra_key_is_reported_as_a_likely_typo(resources: Path) -> None:
    _break(resources, "prep_sv.yaml", lambda doc: doc["screen"].update(wating="Hej!"))
    assert _messages(resources) == [
        f"{FOLDER}/prep_sv.yaml: screen.wating: not in English (a typo?)"
    ]


def test_placeholder_mismatch(resources: Path) -> None:
    _break(resources, "plan_sv.yaml", lambda doc: doc["document"].update(intro_named="Hej {namn}!"))
    assert _messages(resources) == [
        f"{FOLDER}/plan_sv.yaml: document.intro_named: "
        "placeholders differ from English: missing {name}; unexpected {namn}"
    ]


def test_malformed_braces(resources: Path) -> None:
    _break(
        resources, "plan_sv.yaml", lambda doc: doc["document"].update(page="Sida {page av {pages}")
    )
    (message,) = _messages(resources)
    assert message.startswith(f"{FOLDER}/plan_sv.yaml: document.page: malformed braces")


def test_missing_file(resources: Path) -> None:
    (resources / "child_text" / "plan_sv.yaml").unlink()
    assert _messages(resources) == [
        f"{FOLDER}/plan_sv.yaml: missing: 'sv' is listed in languages.yaml"
    ]
    assert "plan missing" in run(resources).lines[1]


def test_file_for_an_unlisted_language(resources: Path) -> None:
    _write(resources / "child_text" / "prep_de.yaml", _prep("de"))
    assert _messages(resources) == [f"{FOLDER}/prep_de.yaml: 'de' is not in languages.yaml"]


def test_wrong_language_code(resources: Path) -> None:
    _break(resources, "prep_sv.yaml", lambda doc: doc.update(language="se"))
    _break(resources, "plan_sv.yaml", lambda doc: doc.update(language="se"))
    assert _messages(resources) == [
        f"{FOLDER}/prep_sv.yaml: language: it must match the file name ('prep_sv')",
        f"{FOLDER}/plan_sv.yaml: language: is 'se' but the file name says 'sv'",
    ]


def test_reviewed_must_be_a_boolean(resources: Path) -> None:
    _break(resources, "plan_sv.yaml", lambda doc: doc.update(reviewed="yes"))
    assert _messages(resources) == [f"{FOLDER}/plan_sv.yaml: reviewed: must be true or false"]


def test_a_year_has_twelve_months(resources: Path) -> None:
    _break(resources, "plan_sv.yaml", lambda doc: doc["dates"]["months"].pop())
    assert _messages(resources) == [
        f"{FOLDER}/plan_sv.yaml: dates.months: the twelve month names are required"
    ]


def test_a_header_problem_found_by_the_loader_names_the_file(resources: Path) -> None:
    # Only the preparation loader checks these: this check has no rule of its own for them.
    _break(resources, "prep_sv.yaml", lambda doc: doc.update(reviewed="yes"))
    _break(resources, "prep_en.yaml", lambda doc: doc.update(name=""))
    assert _messages(resources) == [
        f"{FOLDER}/prep_en.yaml: name: a non-empty text is required (quote yes/no/true/false)",
        f"{FOLDER}/prep_sv.yaml: reviewed: write true or false",
    ]
    assert "prep 1 problem(s)" in run(resources).lines[1]


def test_english_must_be_complete_as_the_app_loads_it(resources: Path) -> None:
    # English is the reference, so no comparison would notice a gap in it; the loader does.
    _break(resources, "plan_en.yaml", lambda doc: doc["document"].pop("closing"))
    assert _messages(resources) == [
        f"{FOLDER}/plan_en.yaml: document.closing: a text is required",
        f"{FOLDER}/plan_sv.yaml: document.closing: not in English (a typo?)",
    ]


def test_a_fault_found_by_both_is_reported_once(resources: Path) -> None:
    _break(resources, "prep_sv.yaml", lambda doc: doc["screen"].update(waiting=""))
    assert _messages(resources) == [f"{FOLDER}/prep_sv.yaml: screen.waiting: is empty"]


def test_a_broken_form_is_reported_once_and_the_comparison_still_runs(
    resources: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = "The form file steps.yaml is invalid at steps[0].key: 'room' appears twice."

    def refuse() -> None:
        raise FormDefinitionError(broken)

    monkeypatch.setattr(i18n_check, "app_forms", refuse)
    _break(resources, "prep_sv.yaml", lambda doc: doc["screen"].update(wating="Hej!"))
    assert _messages(resources) == [
        f"forms: {broken} No child text was loaded.",
        f"{FOLDER}/prep_sv.yaml: screen.wating: not in English (a typo?)",
    ]


def test_a_loader_message_without_a_place_is_kept_whole(
    resources: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(path: Path, *_args: object, **_kwargs: object) -> None:
        raise FormDefinitionError(f"The text file {path.name} could not be read.")

    monkeypatch.setattr(i18n_check, "parse_child_text", refuse)
    assert _messages(resources) == [
        f"{FOLDER}/plan_en.yaml: The text file plan_en.yaml could not be read.",
        f"{FOLDER}/plan_sv.yaml: The text file plan_sv.yaml could not be read.",
    ]


def test_repeated_key_is_caught(resources: Path) -> None:
    path = resources / "child_text" / "prep_sv.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "screen: {}\n", encoding="utf-8")
    assert any("key 'screen' appears twice" in message for message in _messages(resources))


def test_reviewed_languages_are_reported(resources: Path) -> None:
    for name in ("prep_sv.yaml", "plan_sv.yaml"):
        _break(resources, name, lambda doc: doc.update(reviewed=True))
    _break(resources, "plan_en.yaml", lambda doc: doc.update(reviewed=True))
    lines = run(resources).lines
    assert lines[0].endswith("prep not reviewed, plan reviewed")
    assert lines[1].endswith("  reviewed")


def test_shape_differences() -> None:
    reference = {"steps": {"room": {"3-6": {"title": "Room"}}}, "dates": {"months": ["a", "b"]}}
    document = {"steps": {"room": "Rummet"}, "dates": {"months": ["a", 2]}}
    assert [str(p) for p in compare_to_reference(reference, document, "f.yaml")] == [
        "f.yaml: steps.room: must be a group of keys, as in English",
        "f.yaml: dates.months[1]: must be a text (put it in quotes)",
    ]


def test_placeholders() -> None:
    assert placeholders("Page {page} of {pages}") == {"{page}", "{pages}"}
    assert placeholders("{{literal}} braces") == frozenset()
    for broken in ("Hello {name", "Hello name}", "Hello {}", "Hello {0}", "Hello { name }"):
        with pytest.raises(ValueError, match="malformed braces"):
            placeholders(broken)


# --- Qt Linguist files ----------------------------------------------------------------------------


def test_qt_markers_and_accelerators() -> None:
    assert qt_markers("%n of %L1, 50 %") == {"%n", "%1"}
    assert has_accelerator("&Save")
    assert has_accelerator("Sk&apa")
    assert not has_accelerator("Tom && Jerry")
    assert not has_accelerator("Tom & Jerry")


def test_ts_example_passes_and_counts_unfinished(resources: Path) -> None:
    report = run(resources)
    assert report.lines[-1].split()[:4] == ["barnahus_sv.ts", "4", "messages", "ok"]
    assert "warning: 1 unfinished" in report.lines[-1]


def test_ts_placeholder_and_accelerator_mismatch(resources: Path) -> None:
    path = resources / "i18n" / "barnahus_sv.ts"
    text = path.read_text(encoding="utf-8")
    text = text.replace("Kan läsa %1", "Kan läsa").replace("&amp;Spara", "Spara")
    text = text.replace("%n poster visas", "poster visas")
    path.write_text(text, encoding="utf-8")
    file = "resources/i18n/barnahus_sv.ts"
    assert _messages(resources) == [
        f'{file}: AccountsTab "Can read %1": placeholders differ from the source: missing %1',
        f'{file}: AccountsTab "&Save": & accelerator: the translation has none',
        f'{file}: AccountsTab "%n entry(ies) shown": plural form 2: '
        "placeholders differ from the source: missing %n",
    ]


def test_unfinished_and_vanished_translations_are_not_checked() -> None:
    messages = [
        TsMessage("C", "Page %1 of %2", ("Sida %1",), "unfinished"),
        TsMessage("C", "Old %1", ("Gammal",), "vanished"),
        TsMessage("C", "Empty %1", ("",)),
    ]
    assert check_ts_messages(messages, "x.ts") == ([], 2)


def test_ts_parse_reads_plural_forms() -> None:
    plural = parse_ts(TS)[2]
    assert plural.translations == ("%n post visas", "%n poster visas")
    assert not plural.unfinished


# --- the command ----------------------------------------------------------------------------------


def test_main_is_quiet_when_complete(resources: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--resources", str(resources)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 4  # two languages, one .ts file, the summary
    assert lines[-1] == "i18n-check: complete; 0 of 2 child languages reviewed"


def test_main_fails_with_one_line_per_problem(
    resources: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (resources / "child_text" / "prep_sv.yaml").unlink()
    _break(resources, "plan_sv.yaml", lambda doc: doc.update(language="se"))
    assert main(["--resources", str(resources)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[:2] == [
        f"{FOLDER}/prep_sv.yaml: missing: 'sv' is listed in languages.yaml",
        f"{FOLDER}/plan_sv.yaml: language: is 'se' but the file name says 'sv'",
    ]
    assert out[-1].startswith("i18n-check: 2 problem(s)")
