"""Folded YAML child texts lose their line breaks but keep the spaces that carry meaning."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from barnahus.formdefs.text_spacing import collapse_spaces


def test_layout_whitespace_collapses_to_one_space() -> None:
    assert collapse_spaces("  Hello\n   there\t you \n") == "Hello there you"


def test_non_breaking_space_before_french_question_mark_is_kept() -> None:
    assert collapse_spaces("Comment tu te sens\u00a0?") == "Comment tu te sens\u00a0?"
    assert collapse_spaces("Bravo\u202f!") == "Bravo\u202f!"


def test_zero_width_non_joiner_in_dari_is_kept() -> None:
    word = "می\u200cخواهی"
    assert collapse_spaces(f"  {word}\n") == word


@given(st.text())
def test_collapsing_is_idempotent_and_never_leaves_runs(text: str) -> None:
    once = collapse_spaces(text)
    assert collapse_spaces(once) == once
    assert "  " not in once
    assert "\n" not in once
