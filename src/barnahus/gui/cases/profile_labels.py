"""Translations of the profile form's texts and of the profile checks.

The labels live in ``forms/child_profile.yaml`` (a centre may change them). The ones shipped
with the app are listed here so the translation tools pick them up; a label a centre changes is
shown as the centre wrote it. The checks (``services/profile.py``) give a code per problem; the
sentence for each code is written here in the UI language.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "ChildProfileForm"

SHIPPED = (
    QT_TRANSLATE_NOOP("ChildProfileForm", "Pseudonym"),
    QT_TRANSLATE_NOOP(
        "ChildProfileForm",
        "The name used for this child on screens and printouts that need no real name.",
    ),
    QT_TRANSLATE_NOOP("ChildProfileForm", "Given names"),
    QT_TRANSLATE_NOOP("ChildProfileForm", "Family name"),
    QT_TRANSLATE_NOOP("ChildProfileForm", "Date of birth"),
    QT_TRANSLATE_NOOP(
        "ChildProfileForm", "Leave empty if unknown and give an estimated age instead."
    ),
    QT_TRANSLATE_NOOP("ChildProfileForm", "Estimated age (years)"),
    QT_TRANSLATE_NOOP("ChildProfileForm", "Presumed to be a child"),
    QT_TRANSLATE_NOOP(
        "ChildProfileForm",
        "When age is uncertain the person is treated as a child until an assessment shows "
        "otherwise.",
    ),
    QT_TRANSLATE_NOOP("ChildProfileForm", "Gender"),
    QT_TRANSLATE_NOOP("ChildProfileForm", "Nationality"),
    QT_TRANSLATE_NOOP("ChildProfileForm", "Languages the child speaks"),
    QT_TRANSLATE_NOOP("ChildProfileForm", "Interpreter needed"),
    QT_TRANSLATE_NOOP("ChildProfileForm", "Interpreter language"),
    QT_TRANSLATE_NOOP("ChildProfileForm", "Guardian"),
    QT_TRANSLATE_NOOP("ChildProfileForm", "Guardian appointed on"),
    QT_TRANSLATE_NOOP("ChildProfileForm", "Legal or immigration status"),
    QT_TRANSLATE_NOOP("ChildProfileForm", "Placement and accommodation"),
    QT_TRANSLATE_NOOP("ChildProfileForm", "citizen"),
    QT_TRANSLATE_NOOP("ChildProfileForm", "resident"),
    QT_TRANSLATE_NOOP("ChildProfileForm", "asylum_seeker"),
    QT_TRANSLATE_NOOP("ChildProfileForm", "refugee"),
    QT_TRANSLATE_NOOP("ChildProfileForm", "unaccompanied_minor"),
    QT_TRANSLATE_NOOP("ChildProfileForm", "undocumented"),
    QT_TRANSLATE_NOOP("ChildProfileForm", "other"),
)


def form_text(text: str) -> str:
    """A label, help text or choice of the form in the UI language (choices: readable words)."""
    translated = QCoreApplication.translate(CONTEXT, text)
    if translated == text and "_" in text:
        return text.replace("_", " ").capitalize()
    if translated == text and text.islower() and " " not in text:
        return text.capitalize()
    return translated


def section_title(section: str) -> str:
    titles = {
        "identity": QCoreApplication.translate("ProfileSection", "Who the child is"),
        "age": QCoreApplication.translate("ProfileSection", "Age"),
        "languages": QCoreApplication.translate("ProfileSection", "Languages and interpreter"),
        "guardian": QCoreApplication.translate("ProfileSection", "Guardian and legal status"),
        "placement": QCoreApplication.translate(
            "ProfileSection", "Placement and safe accommodation"
        ),
    }
    return titles.get(section, QCoreApplication.translate("ProfileSection", "More details"))


def problem_text(code: str) -> str:
    texts = {
        "required": QCoreApplication.translate("FieldProblem", "This must be filled in."),
        "date_format": QCoreApplication.translate(
            "FieldProblem", "Write the date as year-month-day, for example 2014-03-25."
        ),
        "date_future": QCoreApplication.translate("FieldProblem", "This date is in the future."),
        "whole_number": QCoreApplication.translate(
            "FieldProblem", "Write a whole number, for example 14."
        ),
        "age_range": QCoreApplication.translate(
            "FieldProblem", "An age is a number from 0 to 130."
        ),
        "choice": QCoreApplication.translate(
            "FieldProblem", "Choose one of the options in the list."
        ),
        "interpreter_language": QCoreApplication.translate(
            "FieldProblem", "Say which language the interpreter should speak."
        ),
        "email": QCoreApplication.translate(
            "FieldProblem", "This does not look like an e-mail address (name@example.org)."
        ),
        "phone": QCoreApplication.translate("FieldProblem", "Use digits, spaces and + - ( ) only."),
    }
    return texts.get(code, QCoreApplication.translate("FieldProblem", "Check this value."))
