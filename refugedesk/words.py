"""Counts in plain English: `plural` and `against_needed`, for English-only text ("1 child"
and "2 children", never "1 children" or "2 child").

Words a person reads in the language in use, counts among them, go through refugedesk/i18n.py
(`Counted`, `put_count`, `with_count`, `english_count`), not through these.
"""

from __future__ import annotations


def plural(count: int, one: str, many: str | None = None, *, none: str | None = None) -> str:
    """`count` and the word that goes with it: plural(1, "child", "children") is "1 child",
    plural(2, "cot") is "2 cots" (`many` defaults to `one` + "s"). With `none`, a count of 0
    reads as that instead ("no cots")."""
    if count == 0 and none is not None:
        return none
    return f"{count} {one if count == 1 else (many if many is not None else one + 's')}"


def against_needed(have: int, needed: int, *, done: str) -> str:
    """A count set against what is needed, read at a glance: "8 of 10 needed", and past it
    "12 attended, 2 more than needed" (never "12 of 10 needed"). `done` names the count."""
    if have > needed:
        return f"{have} {done}, {have - needed} more than needed"
    return f"{have} of {needed} needed"
