"""Right-to-left and left-to-right text in one line: which character goes where (Unicode UAX #9).

A line of a Dari plan may hold a helper's name in Latin letters and a date in digits; the
Unicode Bidirectional Algorithm says in which order such pieces are shown. The drawing code
needs more than a reordered string: it must know, for every character, its *embedding level*
(even: left to right, odd: right to left) so that each piece keeps its own font, its bold and
its HarfBuzz shaping, and so that lines can be broken in logical order before they are
reordered. rlbidi (reportlab's bidi) is not in our registries, and python-bidi's supported API
returns only the reordered string (its levels exist only in a debug dump), so this module
resolves the levels itself with the standard library's ``unicodedata.bidirectional``.

It implements what the layout needs: P2/P3 (paragraph direction), isolates (LRI, RLI, FSI ...
PDI; X5a-X5c, X6a), W1-W7 (weak types), N0 (paired brackets, for the common brackets), N1-N2
(neutrals), I1-I2 (implicit levels) and L1-L2 (per line). Explicit controls typed into the text
(embeddings, overrides, isolates) are removed by :func:`plain` first, as X9 removes
embeddings; the layout itself isolates each typed value inside translated words, where it
knows isolation is needed. The tests check the result against python-bidi (Rust
``unicode-bidi``) on random mixed Arabic, Latin, digits, punctuation, brackets and isolates.
A character's bidi class does not depend on its neighbours, so the layout looks a paragraph's
classes up once (:func:`classes`) and hands each step (levels, isolates, line ends, the font
choice in ``shaped_text``) its slice, instead of asking ``unicodedata`` again at every step.
Mirroring (L4: "(" drawn as ")" in right-to-left text) is left to HarfBuzz, which mirrors
when it shapes a run in the right-to-left direction.
"""

from __future__ import annotations

from collections.abc import Sequence
from unicodedata import bidirectional

LTR, RTL = 0, 1
# Typed explicit controls: see the module's docstring.
_CONTROLS = dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))
_INITIATORS = frozenset({"LRI", "RLI", "FSI"})
FSI, PDI = "\u2068", "\u2069"
_STRONG = frozenset({"L", "R", "AL"})
_NEUTRAL = frozenset({"B", "S", "WS", "ON", "PDI", *_INITIATORS})  # NI in UAX #9
# Reset to the paragraph level at a line's end (L1).
_TRAILING = frozenset({"WS", "BN", "PDI", *_INITIATORS})
_OPENERS = {
    "(": ")",
    "[": "]",
    "{": "}",
    "\uff08": "\uff09",
    "\uff3b": "\uff3d",
    "\uff5b": "\uff5d",
}
_CLOSERS = frozenset(_OPENERS.values())
_MAX_BRACKET_DEPTH = 63  # BD16: deeper nesting stops pairing
_ISOLATE = "\ufffc"  # stands for an isolate in the text around it: a neutral (ON) character


def plain(text: str) -> str:
    """``text`` without explicit embedding, override and isolate controls."""
    return text.translate(_CONTROLS)


def bidi_class(char: str) -> str:
    return bidirectional(char) or "L"  # unassigned code points: left to right


_ISOLATE_CLASS = bidi_class(_ISOLATE)


def classes(text: str) -> list[str]:
    """The bidi class of every character of ``text``, to be handed to the functions below."""
    return [bidi_class(char) for char in text]


def paragraph_level(text: str, default: int = LTR) -> int:
    """P2/P3: the direction of the first strong letter, else ``default``."""
    return _first_strong(classes(text), default)


def _first_strong(kinds: Sequence[str], default: int) -> int:
    depth = 0  # letters inside an isolate do not count
    for kind in kinds:
        if kind in _INITIATORS:
            depth += 1
        elif kind == "PDI":
            depth = max(depth - 1, 0)
        elif depth == 0 and kind in _STRONG:
            return LTR if kind == "L" else RTL
    return default


def _strong_direction(kind: str) -> str | None:
    """For N0/N1, numbers count as right to left."""
    if kind == "L":
        return "L"
    if kind in ("R", "EN", "AN"):
        return "R"
    return None


def _weak(types: list[str], sos: str) -> None:
    """W1-W7 on ``types`` (no BN in it), in place."""
    previous = sos
    for i, kind in enumerate(types):  # W1: a mark takes the type before it
        if kind == "NSM":
            types[i] = "ON" if previous in ("LRI", "RLI", "FSI", "PDI") else previous
        previous = types[i]
    last_strong = sos
    for i, kind in enumerate(types):  # W2: numbers after Arabic letters are Arabic numbers
        if kind in _STRONG:
            last_strong = kind
        elif kind == "EN" and last_strong == "AL":
            types[i] = "AN"
    types[:] = ["R" if kind == "AL" else kind for kind in types]  # W3
    for i in range(1, len(types) - 1):  # W4: one separator between two numbers joins them
        before, kind, after = types[i - 1], types[i], types[i + 1]
        if kind == "ES" and before == after == "EN":
            types[i] = "EN"
        elif kind == "CS" and before == after and before in ("EN", "AN"):
            types[i] = before
    i = 0
    while i < len(types):  # W5: terminators (%, currency) next to a number join it
        if types[i] != "ET":
            i += 1
            continue
        end = i
        while end < len(types) and types[end] == "ET":
            end += 1
        if (i > 0 and types[i - 1] == "EN") or (end < len(types) and types[end] == "EN"):
            types[i:end] = ["EN"] * (end - i)
        i = end
    types[:] = ["ON" if kind in ("ES", "ET", "CS") else kind for kind in types]  # W6
    last_strong = sos
    for i, kind in enumerate(types):  # W7: numbers in left-to-right text are left to right
        if kind in ("L", "R"):
            last_strong = kind
        elif kind == "EN" and last_strong == "L":
            types[i] = "L"


def _bracket_pairs(chars: Sequence[str], types: Sequence[str]) -> list[tuple[int, int]]:
    """BD16: matching bracket pairs among characters still neutral, ordered by the opener."""
    stack: list[tuple[str, int]] = []
    pairs: list[tuple[int, int]] = []
    for i, char in enumerate(chars):
        if types[i] != "ON":
            continue
        if char in _OPENERS:
            if len(stack) == _MAX_BRACKET_DEPTH:
                break
            stack.append((_OPENERS[char], i))
        elif char in _CLOSERS:
            for depth in range(len(stack) - 1, -1, -1):
                if stack[depth][0] == char:
                    pairs.append((stack[depth][1], i))
                    del stack[depth:]
                    break
    return sorted(pairs)


def _brackets(
    chars: Sequence[str], types: list[str], marks: Sequence[bool], sos: str, e: str
) -> None:
    """N0: a bracket pair takes the direction of what it encloses, seen from its context."""
    opposite = "L" if e == "R" else "R"
    for opener, closer in _bracket_pairs(chars, types):
        inside = {_strong_direction(kind) for kind in types[opener + 1 : closer]}
        if e in inside:
            resolved = e
        elif opposite in inside:
            context = sos
            for kind in reversed(types[:opener]):
                direction = _strong_direction(kind)
                if direction is not None:
                    context = direction
                    break
            resolved = opposite if context == opposite else e
        else:
            continue
        for position in (opener, closer):
            types[position] = resolved
            following = position + 1
            while following < len(types) and marks[following]:
                types[following] = resolved
                following += 1


def _neutrals(types: list[str], sos: str, e: str) -> None:
    """N1-N2: runs of neutrals between two of the same direction take it, else ``e``."""
    i = 0
    while i < len(types):
        if types[i] not in _NEUTRAL:
            i += 1
            continue
        end = i
        while end < len(types) and types[end] in _NEUTRAL:
            end += 1
        before = _strong_direction(types[i - 1]) if i > 0 else sos
        after = _strong_direction(types[end]) if end < len(types) else sos
        types[i:end] = [before if before == after and before else e] * (end - i)
        i = end


def _isolates(kinds: Sequence[str]) -> list[tuple[int, int]]:
    """BD9: top-level isolates as (initiator, matching PDI or the end); nested ones inside."""
    found: list[tuple[int, int]] = []
    depth, start = 0, 0
    for i, kind in enumerate(kinds):
        if kind in _INITIATORS:
            if depth == 0:
                start = i
            depth += 1
        elif kind == "PDI" and depth:
            depth -= 1
            if depth == 0:
                found.append((start, i))
    if depth:
        found.append((start, len(kinds)))  # an unmatched initiator isolates to the end
    return found


def levels(text: str, base: int, kinds: Sequence[str] | None = None) -> list[int]:
    """The resolved embedding level of every character of one paragraph (no line rules).

    Isolates (LRI, RLI or FSI ... PDI) are laid out on their own (X5a-X5c, X6a): the text
    around sees each as one neutral character, and FSI takes the direction of its first letter
    (left to right when it has none). The child's plan wraps typed values (a name, a phone
    number, the child's words) in FSI ... PDI, so "+00 555 0101" in an Arabic sentence still
    reads as typed. ``kinds``, the text's :func:`classes`, is passed by a caller that has them.
    """
    if kinds is None:
        kinds = classes(text)
    spans = _isolates(kinds)
    if not spans:
        return _levels(text, kinds, base)
    outer: list[str] = []
    outer_kinds: list[str] = []
    position = 0
    for start, end in spans:
        outer.append(text[position:start] + _ISOLATE)
        outer_kinds += [*kinds[position:start], _ISOLATE_CLASS]
        position = end + 1
    outer_kinds += kinds[position:]
    outside = iter(_levels("".join(outer) + text[position:], outer_kinds, base))
    resolved: list[int] = []
    for start, end in spans:
        resolved += [next(outside) for _ in range(start - len(resolved))]
        level = next(outside)  # the initiator and its PDI are neutrals of the text around
        inner, inner_kinds = text[start + 1 : end], kinds[start + 1 : end]
        first = _first_strong(inner_kinds, LTR)
        rtl = {"RLI": True, "LRI": False}.get(kinds[start], first == RTL)
        # X5a-X5c: the least odd (right to left) or even level above the paragraph's
        inside = base + 1 if (base % 2 == 0) == rtl else base + 2
        resolved += [level, *levels(inner, inside, inner_kinds)]
        if end < len(text):
            resolved.append(level)
    resolved += list(outside)
    return resolved


def _levels(text: str, kinds: Sequence[str], base: int) -> list[int]:
    kept = [i for i, kind in enumerate(kinds) if kind != "BN"]  # X9
    types = [kinds[i] for i in kept]
    chars = [text[i] for i in kept]
    marks = [kind == "NSM" for kind in types]
    sos = e = "R" if base % 2 else "L"  # no explicit embeddings: sos and eos are the base
    _weak(types, sos)
    _brackets(chars, types, marks, sos, e)
    _neutrals(types, sos, e)
    resolved = [base] * len(text)
    for position, kind in zip(kept, types, strict=True):  # I1-I2
        if base % 2 == 0:
            resolved[position] = base + {"R": 1, "AN": 2, "EN": 2}.get(kind, 0)
        else:
            resolved[position] = base + (1 if kind in ("L", "EN", "AN") else 0)
    for i, kind in enumerate(kinds):  # a removed BN goes with the character before it
        if kind == "BN":
            resolved[i] = resolved[i - 1] if i > 0 else base
    return resolved


def line_levels(
    text: str, paragraph: Sequence[int], base: int, kinds: Sequence[str] | None = None
) -> list[int]:
    """L1 for one line: whitespace before a tab and at the line's end goes to ``base``.

    ``kinds``, the line's :func:`classes`, is passed by a caller that has them for the paragraph.
    """
    if kinds is None:
        kinds = classes(text)
    result = list(paragraph)
    reset = True  # at the end of the line
    for i in range(len(text) - 1, -1, -1):
        kind = kinds[i]
        if kind in ("S", "B"):
            result[i] = base
            reset = True
        elif reset and kind in _TRAILING:
            result[i] = base
        else:
            reset = False
    return result


def visual_order(line: Sequence[int]) -> list[int]:
    """L2: positions of a line's characters (or runs) from left to right, given their levels."""
    order = list(range(len(line)))
    odd = [level for level in line if level % 2]
    if not odd:
        return order
    for level in range(max(line), min(odd) - 1, -1):
        i = 0
        while i < len(order):
            if line[order[i]] < level:
                i += 1
                continue
            end = i
            while end < len(order) and line[order[end]] >= level:
                end += 1
            order[i:end] = order[i:end][::-1]
            i = end
    return order
