"""What the child screen shows during preparation, composed for one age band and language.

The child screen is built only from a :class:`ChildScript`: words and pictures from forms/ and
resources/, chosen by age band and language. No field of it can carry a name, a case number or
a note, which is how "the child screen never shows anything about the case" is kept by
construction rather than by care. Warnings for the interviewer (texts not reviewed by a native
speaker, steps missing in the child's language) are kept apart and never reach the child.

How the words are written and spoken (direction, script, speech locale) comes from
resources/child_text/languages.yaml for the language whose texts are shown, through the same
``language_facts`` as the child's plan PDF: when the child's language has no texts the screen
shows English, so it is laid out, drawn and read aloud as English too.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from barnahus.formdefs.child_languages import ChildLanguage, language_facts
from barnahus.formdefs.interview import interview_setup
from barnahus.formdefs.preparation import (
    FALLBACK_LANGUAGE,
    ChildTexts,
    child_texts,
    fallback_texts,
    picture_path,
    preparation,
)

WELCOME_PICTURE = "welcome.svg"
BREAK_CARD_PICTURE = "break_card.svg"


@dataclass(frozen=True)
class FaceView:
    key: str
    label: str
    picture: Path


@dataclass(frozen=True)
class ChildStepView:
    key: str
    kind: str
    index: int
    count: int
    title: str
    text: str
    practice: str
    picture: Path
    faces: tuple[FaceView, ...] = ()
    # The language of this step's words: the script's, or English where its file lacks the step.
    language: str = FALLBACK_LANGUAGE
    rtl: bool = False
    speech: str = FALLBACK_LANGUAGE


@dataclass(frozen=True)
class ChildScreenWords:
    window_title: str
    waiting: str
    break_button: str
    break_button_help: str
    break_pressed: str
    practice_label: str
    feelings_question: str
    feelings_thanks: str
    welcome_picture: Path
    break_card_picture: Path


@dataclass(frozen=True)
class ChildScript:
    band: str
    # The language of the texts shown (English when the child's has none), as languages.yaml
    # describes it: its direction, font script and speech locale for the child screen, and its
    # English name for the interviewer's screen only.
    language: ChildLanguage
    steps: tuple[ChildStepView, ...]
    words: ChildScreenWords
    warnings: tuple[str, ...]

    def step(self, key: str) -> ChildStepView | None:
        return next((s for s in self.steps if s.key == key), None)


def _words(texts: ChildTexts) -> ChildScreenWords:
    s = texts.screen
    return ChildScreenWords(
        s["window_title"],
        s["waiting"],
        s["break_button"],
        s["break_button_help"],
        s["break_pressed"],
        s["practice_label"],
        s["feelings_question"],
        s["feelings_thanks"],
        picture_path(WELCOME_PICTURE),
        picture_path(BREAK_CARD_PICTURE),
    )


def child_script(band: str, language: str, language_name: str = "") -> ChildScript:
    """The steps for ``band`` in ``language`` (English where that language has no text).

    ``language_name`` names a language the centre's list does not have (code "other").
    """
    prep = preparation()
    setup = interview_setup()
    fallback = fallback_texts()
    texts = child_texts(language) or fallback
    warnings: list[str] = []
    name = language_name or setup.language_name(language)
    if texts is fallback and language != FALLBACK_LANGUAGE:
        warnings.append(
            f"There are no child texts in {name}: the child screen shows English, so the "
            "interpreter must translate each step."
        )
    facts = language_facts(texts.language, texts.name)
    english = language_facts(fallback.language, fallback.name)
    # The interviewer reads the language's English name (the files may name it in itself).
    if not texts.reviewed:
        warnings.append(
            f"The {facts.name} child texts have not been reviewed by a native speaker yet."
        )
    chosen = prep.steps_for(band)
    missing = [step.title for step in chosen if texts.text(step.key, band) is None]
    if missing:
        warnings.append(f"Missing in {facts.name}, shown in English instead: {', '.join(missing)}.")
    views: list[ChildStepView] = []
    for index, step in enumerate(chosen):
        words = texts.text(step.key, band) or fallback.text(step.key, band)
        assert words is not None  # the English file is checked to be complete on load
        source = texts if texts.text(step.key, band) is not None else fallback
        spoken = facts if source is texts else english
        faces: tuple[FaceView, ...] = ()
        if step.kind == "feelings":
            faces = tuple(
                FaceView(face.key, source.feelings[face.key], picture_path(face.picture))
                for face in prep.feelings
            )
        views.append(
            ChildStepView(
                step.key,
                step.kind,
                index,
                len(chosen),
                words.title,
                words.text,
                words.practice,
                picture_path(step.picture),
                faces,
                source.language,
                spoken.rtl,
                spoken.speech,
            )
        )
    return ChildScript(band, facts, tuple(views), _words(texts), tuple(warnings))
