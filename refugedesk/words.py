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

from datetime import date

# The domain modules (errors, dates, capacity, the vault...) import these rather than
# refugedesk.i18n: they are loaded by the command line and by the sign-in window's worker,
# which must not load Qt (tests/test_cli.py, tests/ui/test_warmup.py), so Qt is imported
# when a word is first translated. lupdate reads `translate` and `QT_TRANSLATE_NOOP` by their
# names, wherever they come from.


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (Qt's own name, lupdate's)
    """Mark `text` for translation without translating it now (see refugedesk/i18n.py)."""
    return text


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """refugedesk.i18n.translate, with Qt loaded at the first call."""
    from refugedesk import i18n

    return i18n.translate(context, text, disambiguation, n)


def number(value: int | float, decimals: int = 0) -> str:
    """refugedesk.i18n.number ("1,234"), with Qt loaded at the first call."""
    from refugedesk import i18n

    return i18n.number(value, decimals)


def day_name(day: date, *, short: bool = False) -> str:
    """refugedesk.i18n.day_name ("Monday" / "Dydd Llun"), with Qt loaded at the first call."""
    from refugedesk import i18n

    return i18n.day_name(day, short=short)


def month_short(day: date) -> str:
    """The month's short name in the language in use: "Dec", "Rhag". English keeps the names
    RefugeDesk has always written ("Sep", where Qt's British English says "Sept")."""
    from PySide6.QtCore import QDate

    from refugedesk import i18n

    if i18n.current() == i18n.ENGLISH:
        return day.strftime("%b")
    return i18n.locale().toString(QDate(day.year, day.month, day.day), "MMM")


class Counted:
    """Translation with a count, under a context lupdate reads from the object's name."""

    def __init__(self, context: str) -> None:
        self.context = context

    def tr(self, text: str, disambiguation: str | None, n: int) -> str:
        """`text` in the language in use, with `n` for %n and the plural form for `n`."""
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
