"""Languages: English (the source) and Cymraeg, through Qt's own translation system.

Every word a person reads goes through `translate`, which is Qt's
QCoreApplication.translate under a name lupdate finds in Python (it reads
`translate("Context", "Text", None, n)` calls by their name). The context is a literal,
one short name per screen or module ("Board", "Errors"), so the same English word can be
translated differently where it means something different:

    translate("Board", "Save")
    translate("Board", "{name} arrived on {day}").format(name=name, day=long_date(day))
    Board = Counted("Board")                               # once, at module level
    Board.tr("%n free rooms", "%n free room", free)        # %n and the plural form, by Qt

Rules that keep a translation possible:
- whole sentences with named `{placeholders}`, never a sentence glued from fragments (word
  order differs between languages);
- a count goes in as `n` with `%n` in the text, never "room" + "s": through a `Counted`
  object, not translate's own `n` (lupdate reads that only when it is a written figure; see
  "counts" below for `Counted`, `put_count`, `with_count` and `english_count`);
- a constant defined at import time is marked with `QT_TRANSLATE_NOOP("Context", "Text")`
  and passed through `translate("Context", constant)` where it is shown, because the
  language is chosen after import, at sign-in (`Texts` and `Labels` do that for a list or a
  table of them);
- dates and numbers are written by `long_date`, `day_name`, `month_year` and `number`
  (QLocale), never by strftime, whose names are always English.

Any module may import from here: Qt is loaded only when a language other than English is
spoken or a date is written (or a number, once Qt is loaded), so the command line and the
sign-in window's worker stay light.

The language is chosen per person (Staff.language) and takes effect when she signs in; the
sign-in window itself uses the last language used on this computer (look/language in the
app's QSettings). Documents for a resident use her own choice (Resident.documents_language,
`documents_in`), made inside `with speaking(code):`, which changes the language of this
thread only (a document made in the background leaves the window's words alone).

Translations live in resources/translations/: refugedesk_cy.ts (kept current by lupdate in
`make lint`) and qt_cy.ts (Qt's own words: the Cancel of a message box, a text box's
right-click menu), built to .qm files by `make translations`. Missing .qm files leave the
app in English rather than failing: it must always start.
"""

from __future__ import annotations

import contextlib
import logging
import re
import sys
import threading
from collections.abc import Iterable, Iterator, Mapping
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, SupportsIndex, TypeVar, overload

if TYPE_CHECKING:
    from PySide6.QtCore import QDate, QLocale, QTranslator

# PySide6 is imported inside the functions that need it, never here: the domain modules, the
# command line (`--help` stays quick, tests/test_cli.py) and the sign-in window's worker
# (tests/ui/test_warmup.py) import this module and must not load Qt. While English is spoken
# and no translator is installed, `translate` answers without Qt at all.

log = logging.getLogger(__name__)

#: The languages RefugeDesk speaks, by code, each named in its own language.
LANGUAGES: dict[str, str] = {"en": "English", "cy": "Cymraeg"}
ENGLISH = "en"
WELSH = "cy"

#: resources/ sits beside the package in a checkout and in a bundle alike.
TRANSLATIONS = Path(__file__).resolve().parents[1] / "resources" / "translations"

#: The QLocale of each language, made at the first use (`_locales`).
_LOCALES: dict[str, QLocale] = {}

_current = ENGLISH
_installed: list[QTranslator] = []
#: Loaded translators by language, for `speaking` (kept: loading a .qm takes a moment).
_loaded: dict[str, list[QTranslator]] = {}
#: A language spoken for a while on one thread (a document in her language), without
#: touching the app's own language: a PDF made in the background must not turn the
#: window's words Welsh while it runs.
_local = threading.local()

K = TypeVar("K")


def _locales() -> dict[str, QLocale]:
    """The QLocale of each language (Qt loaded here, at the first date or number)."""
    if not _LOCALES:
        from PySide6.QtCore import QLocale

        _LOCALES.update({
            ENGLISH: QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
            WELSH: QLocale(QLocale.Language.Welsh, QLocale.Country.UnitedKingdom),
        })
    return _LOCALES


def _speaking_now() -> str | None:
    code: str | None = getattr(_local, "code", None)
    return code


def translate(context: str, text: str, disambiguation: str | None = None,
              n: int = -1) -> str:
    """`text` in the language in use (the English itself when there is no translation)."""
    code = _speaking_now()
    if (code or _current) == ENGLISH and not _installed:
        # English, the source, with nothing installed: what Qt would answer, without Qt.
        return text.replace("%n", str(n)) if n >= 0 else text
    if code is None or code == _current:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate(context, text, disambiguation, n)
    found = ""
    for translator in _translators(code):
        found = translator.translate(context, text, disambiguation, n) or ""
        if found:
            break
    result = found or text
    if n >= 0:
        result = result.replace("%n", _locales()[code].toString(n))
    return result


def _translators(code: str) -> list[QTranslator]:
    """The translators of `code` (none for English, or when its files are missing)."""
    if code == ENGLISH:
        return []
    if code not in _loaded:
        from PySide6.QtCore import QTranslator

        translators = []
        for name in (f"refugedesk_{code}.qm", f"qt_{code}.qm"):
            translator = QTranslator()
            if translator.load(str(TRANSLATIONS / name)):
                translators.append(translator)
            else:
                log.warning("translation %s not found in %s: run `make translations`",
                            name, TRANSLATIONS)
        if len(translators) < 2:
            return []  # not cached: a later `make translations` is picked up
        _loaded[code] = translators
    return _loaded[code]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (Qt's own name, lupdate's)
    """Mark `text` for translation without translating it now (for import-time constants)."""
    return text


def current() -> str:
    """The code of the language being spoken on this thread: the app's own (`use`), or a
    document's for a while (`speaking`)."""
    return _speaking_now() or _current


def known(code: str | None) -> str:
    """`code` when RefugeDesk speaks it, else English (a stored value from a newer version)."""
    return code if code in LANGUAGES else ENGLISH


def use(code: str | None) -> bool:
    """Speak `code` from now on: translators installed, QLocale's default set (so date
    boxes and calendars follow). Returns False, and stays in English, when the language's
    translation files are missing. Needs the QApplication (or QCoreApplication) to exist."""
    global _current
    from PySide6.QtCore import QCoreApplication, QLocale

    code = known(code)
    if code != ENGLISH and QCoreApplication.instance() is None:
        raise RuntimeError("i18n.use needs the QApplication first")
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    _loaded.pop(code, None)  # read the files afresh: they may have been rebuilt
    translators = _translators(code)
    ok = code == ENGLISH or bool(translators)
    if not ok:
        code = ENGLISH
    for translator in translators:
        QCoreApplication.installTranslator(translator)
        _installed.append(translator)
    _current = code
    QLocale.setDefault(_locales()[code])
    return ok


@contextlib.contextmanager
def speaking(code: str | None) -> Iterator[None]:
    """Speak `code` on this thread for a while (a document made in her language), leaving
    the app's own language, and every other thread, as they are."""
    before = _speaking_now()
    _local.code = known(code)
    try:
        yield
    finally:
        _local.code = before


def locale(code: str | None = None) -> QLocale:
    """The QLocale of `code`, or of the language being spoken on this thread."""
    if code:
        return _locales()[known(code)]
    return _locales()[_speaking_now() or _current]


def _qdate(day: date) -> QDate:
    from PySide6.QtCore import QDate

    return QDate(day.year, day.month, day.day)


def long_date(day: date | datetime, *, weekday: bool = False) -> str:
    """"30 November 2026" / "30 Tachwedd 2026"; with weekday, "Monday 30 November 2026"."""
    if isinstance(day, datetime):
        day = day.date()
    return locale().toString(_qdate(day), "dddd d MMMM yyyy" if weekday else "d MMMM yyyy")


def short_date(day: date | datetime) -> str:
    """"Mon 30 Nov" / "Llun 30 Tach": a day on a board or list where the year is plain."""
    if isinstance(day, datetime):
        day = day.date()
    return locale().toString(_qdate(day), "ddd d MMM")


def day_name(day: date | datetime, *, short: bool = False) -> str:
    """"Monday" / "Dydd Llun" ("Mon" / "Llun" with short)."""
    if isinstance(day, datetime):
        day = day.date()
    return locale().toString(_qdate(day), "ddd" if short else "dddd")


def month_short(day: date) -> str:
    """The month's short name in the language in use: "Dec", "Rhag". English keeps the names
    RefugeDesk has always written ("Sep", where Qt's British English says "Sept")."""
    if current() == ENGLISH:
        # Not strftime("%b"): that follows the computer's locale, which Qt sets from the
        # system's (so a Welsh desktop would write Welsh here), and costs an import each call.
        return ENGLISH_MONTHS[day.month - 1]
    return locale().toString(_qdate(day), "MMM")


ENGLISH_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
                  "Dec")


def month_year(day: date | datetime) -> str:
    """"November 2026" / "Tachwedd 2026"."""
    if isinstance(day, datetime):
        day = day.date()
    return locale().toString(_qdate(day), "MMMM yyyy")


def time_of_day(moment: datetime) -> str:
    """"16:30": 24-hour, the same in both languages."""
    from PySide6.QtCore import QTime

    return locale().toString(QTime(moment.hour, moment.minute), "HH:mm")


def date_and_time(moment: datetime) -> str:
    """"30 November 2026, 16:30"."""
    from PySide6.QtCore import QDateTime, QTime

    return locale().toString(
        QDateTime(_qdate(moment.date()), QTime(moment.hour, moment.minute)),
        "d MMMM yyyy, HH:mm")


def number(value: int | float, decimals: int = 0) -> str:
    """A number with the language's separators ("1,234")."""
    if isinstance(value, int) and decimals == 0:
        if current() == ENGLISH and "PySide6.QtCore" not in sys.modules:
            # A whole number as British English's QLocale writes it, without loading Qt (the
            # command line, the sign-in window's worker). Not a fraction: Qt rounds halves up.
            return f"{value:,}"
        return locale().toString(value)
    return locale().toString(float(value), "f", decimals)


def documents_in(resident_choice: str | None) -> str:
    """The language for a document made for her: her own choice, else the one in use."""
    return known(resident_choice) if resident_choice else current()


# --- counts ----------------------------------------------------------------------------------
#
# lupdate's Python reader marks `translate("Ctx", "%n rooms", None, n)` as a plural (a numerus
# entry, with Welsh's five forms) only when the count is a figure written in the call: a name
# in the fourth place it takes for PyQt4's old encoding argument, and an attribute or a call
# (`tile.children`, `len(rows)`) makes it drop the message, or loop. Qt finds a plain entry
# for no count but 0, so the Welsh would be lost. Which to use:
#
# - `Counted`: the one way for new code. `Name = Counted("Name")` at module level (or
#   `tr = staticmethod(Counted("Page").tr)` on a class named as its context), then
#   `Name.tr("%n rooms are free", "%n room is free", n)`: a numerus entry with the Welsh
#   plural forms, whatever the count's expression.
# - `put_count`: a text already translated without a count (a plain entry, one Welsh form for
#   every count: after a figure a Welsh noun stays singular), with the figure put in for %n;
#   English picks its singular or plural entry itself (`... if n == 1 else ...`).
# - `with_count`: the same, for English written with markers: "%n step(s) (is/are) logged".
# - `english_count`: the same, with English's singular (and "none") given by the caller.
#
# The last three exist because plain entries for them are in the translations already; moving
# such a text to `Counted` makes a new numerus entry that needs its Welsh forms written.


class Counted:
    """Words with a count in one context, read by lupdate with Qt's plural forms.

    `FindARoom = Counted("FindARoom")` (the object named as its context: lupdate reads the
    context from the name before `.tr`, tests/test_welsh_g4a.py checks it), then
    `FindARoom.tr(text, one, n)`: `text` in the language in use with the figure for %n and
    the plural form for `n`. `one` is English's singular ("%n room is free"), said for a
    count of 1 while English is spoken; it is also the entry's disambiguation, so
    translators see both English forms. With `one` None (or ""), English says `text` for
    every count: write two calls ("%n room is free" / "%n rooms are free"), each with its
    Welsh forms, or give `one`.
    """

    def __init__(self, context: str) -> None:
        self.context = context

    def tr(self, text: str, one: str | None = None, n: int = -1) -> str:
        if n == 1 and one and current() == ENGLISH:
            return one.replace("%n", number(n))
        return translate(self.context, text, one or None, n)

    def __repr__(self) -> str:
        return f"Counted({self.context!r})"


def put_count(text: str, n: int) -> str:
    """`text`, translated already, with the figure `n` (`number`: "1,234") for its %n:
    `put_count(translate("Ctx", "%n day") if n == 1 else translate("Ctx", "%n days"), n)`.
    For a plain entry (see "counts" above); new code says `Counted`."""
    return text.replace("%n", number(n))


_ENDING = re.compile(r"(?<=\w)\((s|es|ren)\)")
_CHOICE = re.compile(r"\((\w+)/(\w+)\)")


def with_count(text: str, n: int) -> str:
    """A count put into its sentence: `with_count(translate(ctx, "%n step(s) logged"), n)`.

    For a plain entry (see "counts" above) whose English carries markers, put right here for
    English (the source, untranslated): "1 step logged", "2 steps logged"; "(s)", "(es)",
    "(ren)" are left out for 1; "(is/are)" is "is" for 1, else "are". The Welsh has none."""
    text = _ENDING.sub(lambda m: "" if n == 1 else m.group(1), text)
    text = _CHOICE.sub(lambda m: m.group(1) if n == 1 else m.group(2), text)
    return text.replace("%n", str(n))


def english_count(text: str, n: int, *, one: str, none: str | None = None) -> str:
    """`text`, a count's sentence translated with its `%n` (`translate(ctx, "%n goals")`),
    with the count `n` put in for %n; while English is spoken, `one` for 1 and `none` (when
    given) for 0 ("no stays"). For a plain entry (see "counts" above): one Welsh form serves
    every count, and English, which has no translation file, gets its singular from the
    caller."""
    if current() == ENGLISH:
        if n == 1:
            return one
        if n == 0 and none is not None:
            return none
    return text.replace("%n", str(n))


# --- import-time texts -----------------------------------------------------------------------


class Texts(list[str]):
    """A fixed list of texts marked with QT_TRANSLATE_NOOP(context, ...), translated each time
    one is read, by index or by going through them (as `Labels`, for a list: the DASH
    questions, a table's column headings). The list holds the English."""

    def __init__(self, context: str, texts: Iterable[str]) -> None:
        super().__init__(texts)
        self._context = context

    @overload
    def __getitem__(self, index: SupportsIndex) -> str: ...
    @overload
    def __getitem__(self, index: slice) -> list[str]: ...
    def __getitem__(self, index: SupportsIndex | slice) -> str | list[str]:
        if isinstance(index, slice):
            return [translate(self._context, t) for t in super().__getitem__(index)]
        return translate(self._context, super().__getitem__(index))

    def __iter__(self) -> Iterator[str]:
        return (translate(self._context, t) for t in super().__iter__())

    def __repr__(self) -> str:
        return f"Texts({self._context!r}, {list(super().__iter__())!r})"


class Labels(Mapping[K, str]):
    """Labels by key, marked with QT_TRANSLATE_NOOP(context, ...) and translated each time one
    is read, so a module-level table of headings speaks the language chosen at sign-in (and
    code that reads it, `TABLE[key]` or `.items()`, needs no change of its own)."""

    def __init__(self, context: str, labels: Mapping[K, str]) -> None:
        self._context = context
        self._labels = dict(labels)

    def __getitem__(self, key: K) -> str:
        return translate(self._context, self._labels[key])

    def __iter__(self) -> Iterator[K]:
        return iter(self._labels)

    def __len__(self) -> int:
        return len(self._labels)

    def __repr__(self) -> str:
        return f"Labels({self._context!r}, {self._labels!r})"


__all__ = ["ENGLISH", "LANGUAGES", "QT_TRANSLATE_NOOP", "TRANSLATIONS", "WELSH", "Counted",
           "Labels", "Texts", "current", "date_and_time", "day_name", "documents_in",
           "english_count", "known", "locale", "long_date", "month_short", "month_year",
           "number", "put_count", "short_date", "speaking", "time_of_day", "translate", "use",
           "with_count"]
