"""Counts in plain English (refugedesk/words.py): "1 child", "2 children", never "1 children"."""

from __future__ import annotations

from refugedesk.words import against_needed, plural


def test_plural_picks_the_word_for_the_count():
    assert plural(1, "child", "children") == "1 child"
    assert plural(2, "child", "children") == "2 children"
    assert plural(0, "child", "children") == "0 children"
    assert plural(1, "cot") == "1 cot"
    assert plural(3, "cot") == "3 cots"
    assert plural(0, "cot", none="no cots") == "no cots"
    assert plural(1, "cot", none="no cots") == "1 cot"


def test_a_count_against_what_is_needed():
    assert against_needed(8, 10, done="attended") == "8 of 10 needed"
    assert against_needed(10, 10, done="attended") == "10 of 10 needed"
    assert against_needed(12, 10, done="attended") == "12 attended, 2 more than needed"
