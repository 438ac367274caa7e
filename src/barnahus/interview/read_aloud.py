"""What read-aloud says on the child screen, and which of the computer's voices says it.

The child screen's speaker button reads the words the child sees, never anything else: the
text comes from a :class:`~barnahus.interview.preparation.ChildStepView` (or the welcome
words), which by construction holds no case data. The voice is chosen by locale: the language's
``speech`` value from languages.yaml (``ar``, ``fa_AF``) against the locales the system's
text-to-speech engine offers. The language must match; a matching territory is preferred, so
Dari (``fa_AF``) is read by an Afghan voice when there is one and by another Persian voice
otherwise. Qt is not needed here; the GUI asks the engine for its locales and passes their names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from barnahus.interview.preparation import ChildScreenWords, ChildStepView

# Ends of a sentence, in the scripts of the child languages (Arabic has its own question mark).
_SENTENCE_ENDS = ".!?…:;؟؛。"
_SEPARATOR = re.compile(r"[-_.@]")


@dataclass(frozen=True)
class LocaleName:
    """A locale split into its language (lower case) and territory (upper case, may be empty)."""

    language: str
    territory: str


def parse_locale(name: str) -> LocaleName | None:
    """``fa_AF``, ``fa-AF``, ``sr_Latn_RS``, ``es_419``, ``sv`` -> language and territory.

    None for names that are no language at all (``C``, ``POSIX``, empty).
    """
    parts = [part for part in _SEPARATOR.split(name.strip()) if part]
    if not parts or not parts[0].isalpha() or not 2 <= len(parts[0]) <= 3:
        return None
    territory = ""
    for part in parts[1:]:
        if (len(part) == 2 and part.isalpha()) or (len(part) == 3 and part.isdigit()):
            territory = part.upper()
            break
    return LocaleName(parts[0].lower(), territory)


def choose_voice(locales: Iterable[str], wanted: str) -> str | None:
    """The locale among ``locales`` that best speaks ``wanted``, or None when none does.

    Order of preference: the same language and territory; the bare language (``fr``); the
    language's home territory (``fr_FR``); then the others of that language in name order, so
    the choice does not depend on the order the engine happens to list them in.
    """
    target = parse_locale(wanted)
    if target is None:
        return None
    same_language: list[tuple[int, str]] = []
    for name in locales:
        found = parse_locale(name)
        if found is None or found.language != target.language:
            continue
        if target.territory and found.territory == target.territory:
            rank = 0
        elif not found.territory:
            rank = 1
        elif found.territory == found.language.upper():
            rank = 2
        else:
            rank = 3
        same_language.append((rank, name))
    return min(same_language)[1] if same_language else None


@dataclass(frozen=True)
class VoiceCatalogue:
    """What the computer can speak: the engine's name ("" when there is none) and its locales."""

    engine: str
    locales: tuple[str, ...]

    def locale_for(self, speech: str) -> str | None:
        return choose_voice(self.locales, speech) if self.engine else None


NO_SPEECH = VoiceCatalogue("", ())


def _sentence(text: str) -> str:
    text = text.strip()
    return text if not text or text[-1] in _SENTENCE_ENDS else text + "."


def spoken_text(step: ChildStepView | None, words: ChildScreenWords) -> str:
    """What the speaker button reads: the welcome words, or the step's title, text, practice
    question and the names of the faces to choose from, each ending as a sentence so the voice
    pauses between them."""
    if step is None:
        return _sentence(words.waiting)
    parts = [step.title, step.text, step.practice, *(face.label for face in step.faces)]
    return " ".join(_sentence(part) for part in parts if part.strip())
