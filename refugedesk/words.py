"""Counts in words.

`Counted` is how RefugeDesk's own code says a count in the language in use, with Qt's plural
forms: `FindARoom = Counted("FindARoom")`, then `FindARoom.tr("%n rooms are occupied", None,
n)`. Why not `translate("FindARoom", "%n ...", None, n)`: lupdate's Python reader takes an
identifier in translate's fourth place for a text encoding (PyQt4's `UnicodeUTF8`), so a count
given by name (`n`, `count`) leaves the entry without plural forms, and Qt then finds its
translation only for the count 0. `Name.tr(text, disambiguation, n)` is read with the context
`Name` and its plural forms, whatever the count's expression. The object's name must be its
context (tests/test_welsh_g4a.py checks it for the modules that use it). English, which has
no translation file, reads the source text as written: say one and many with two entries
("%n room is free" / "%n rooms are free"), each with its Welsh forms.

`plural` and `against_needed` are the English-only helpers older screens still use: "1 child"
and "2 children", never "1 children" or "2 child".
"""

from __future__ import annotations


class Counted:
    """Translation with a count, under a context lupdate reads from the object's name."""

    def __init__(self, context: str) -> None:
        self.context = context

    def tr(self, text: str, disambiguation: str | None, n: int) -> str:
        """`text` in the language in use, with `n` for %n and the plural form for `n`."""
        from refugedesk.i18n import translate  # here: errors.py, which the CLI loads at start,
        # uses Counted, and Qt is loaded only when a message is put into words

        return translate(self.context, text, disambiguation, n)


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
