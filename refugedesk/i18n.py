"""Languages: English (the source) and Cymraeg, through Qt's own translation system.

Every word a person reads goes through `translate`, which is Qt's
QCoreApplication.translate under a name lupdate finds in Python (it reads
`translate("Context", "Text", None, n)` calls by their name). The context is a literal,
one short name per screen or module ("Board", "Errors"), so the same English word can be
translated differently where it means something different:

    translate("Board", "Save")
    translate("Board", "{name} arrived on {day}").format(name=name, day=long_date(day))
    translate("Board", "%n free rooms", None, free)       # %n and the plural form, by Qt

Rules that keep a translation possible:
- whole sentences with named `{placeholders}`, never a sentence glued from fragments (word
  order differs between languages);
- a count goes in as `n` with `%n` in the text, never "room" + "s";
- a constant defined at import time is marked with `QT_TRANSLATE_NOOP("Context", "Text")`
  and passed through `translate("Context", constant)` where it is shown, because the
  language is chosen after import, at sign-in;
- dates and numbers are written by `long_date`, `day_name`, `month_year` and `number`
  (QLocale), never by strftime, whose names are always English.

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
import threading
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime, QTranslator

log = logging.getLogger(__name__)

#: The languages RefugeDesk speaks, by code, each named in its own language.
LANGUAGES: dict[str, str] = {"en": "English", "cy": "Cymraeg"}
ENGLISH = "en"
WELSH = "cy"

#: resources/ sits beside the package in a checkout and in a bundle alike.
TRANSLATIONS = Path(__file__).resolve().parents[1] / "resources" / "translations"

_LOCALES = {
    ENGLISH: QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
    WELSH: QLocale(QLocale.Language.Welsh, QLocale.Country.UnitedKingdom),
}

_current = ENGLISH
_installed: list[QTranslator] = []
#: Loaded translators by language, for `speaking` (kept: loading a .qm takes a moment).
_loaded: dict[str, list[QTranslator]] = {}
#: A language spoken for a while on one thread (a document in her language), without
#: touching the app's own language: a PDF made in the background must not turn the
#: window's words Welsh while it runs.
_local = threading.local()


def _speaking_now() -> str | None:
    code: str | None = getattr(_local, "code", None)
    return code


def translate(context: str, text: str, disambiguation: str | None = None,
              n: int = -1) -> str:
    """`text` in the language in use (the English itself when there is no translation)."""
    code = _speaking_now()
    if code is None or code == _current:
        return QCoreApplication.translate(context, text, disambiguation, n)
    found = ""
    for translator in _translators(code):
        found = translator.translate(context, text, disambiguation, n) or ""
        if found:
            break
    result = found or text
    if n >= 0:
        result = result.replace("%n", _LOCALES[code].toString(n))
    return result


def _translators(code: str) -> list[QTranslator]:
    """The translators of `code` (none for English, or when its files are missing)."""
    if code == ENGLISH:
        return []
    if code not in _loaded:
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
    QLocale.setDefault(_LOCALES[code])
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
        return _LOCALES[known(code)]
    return _LOCALES[_speaking_now() or _current]


def _qdate(day: date) -> QDate:
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


def month_year(day: date | datetime) -> str:
    """"November 2026" / "Tachwedd 2026"."""
    if isinstance(day, datetime):
        day = day.date()
    return locale().toString(_qdate(day), "MMMM yyyy")


def time_of_day(moment: datetime) -> str:
    """"16:30": 24-hour, the same in both languages."""
    return locale().toString(QTime(moment.hour, moment.minute), "HH:mm")


def date_and_time(moment: datetime) -> str:
    """"30 November 2026, 16:30"."""
    return locale().toString(
        QDateTime(_qdate(moment.date()), QTime(moment.hour, moment.minute)),
        "d MMMM yyyy, HH:mm")


def number(value: int | float, decimals: int = 0) -> str:
    """A number with the language's separators ("1,234")."""
    if isinstance(value, int) and decimals == 0:
        return locale().toString(value)
    return locale().toString(float(value), "f", decimals)


def documents_in(resident_choice: str | None) -> str:
    """The language for a document made for her: her own choice, else the one in use."""
    return known(resident_choice) if resident_choice else current()


__all__ = ["ENGLISH", "LANGUAGES", "QT_TRANSLATE_NOOP", "TRANSLATIONS", "WELSH", "current",
           "date_and_time", "day_name", "documents_in", "known", "locale", "long_date",
           "month_year", "number", "short_date", "speaking", "time_of_day", "translate", "use"]
