"""English left on a screen that should be in Welsh.

`english_left(window, allowed)` reads what a person sees and what a screen reader says of a
window (labels, buttons, group and window titles, tabs, placeholders, tooltips, column
headers, combo items, accessible names and descriptions) and returns each text that still holds
an English word. What people typed (text boxes, table cells) is left out: it is in whatever
language it was written in; so are the names and references of records shown inside a text
(`data_values`: "Rowan House (fictional)" is a name, "House" on its own is English), and the
names of things (RefugeDesk, SafeLives, the Freedom Programme).

The test is a list of common English words that are not also Welsh words: Welsh shares "a",
"i", "am", "at", "hi", "o", "to", "all" (can), "dim", "data", "staff" and a few more with English, so those
are never counted.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabWidget,
    QWidget,
)

_ENGLISH = """
the and of for with from this that these those your you she her hers they their them
will would can cannot could should must not yes any some none nothing there here when
where who what which why how has have had was were been being are be it its by or but if
then than so up out into about after before over under until each every one two three
new open close save cancel add edit remove delete change choose show hide print export
back next finish today tomorrow yesterday week weeks month months year years day days
night nights room rooms house houses bed beds free occupied reserved resident residents
worker workers manager managers referral referrals plan plans goal goals review reviews
support safety needs notes note date name names children child incident incidents handover
sign password record records report reports settings language search list page pages
keep kept leave left arrived arrive moved move moving contact contacts programme session
sessions outcome outcomes consent assessment started start end ended due overdue done
nobody someone everyone only also just still again more less most least first last
"""
ENGLISH = frozenset(_ENGLISH.split())

#: Names of things, which stay as they are in Welsh (resources/translations/README.md).
_NAMES = "refugedesk safelives dash marac freedom postgresql english cymraeg pdf xlsx csv orca nvda ok"
NAMES = frozenset(_NAMES.split())

_WORD = re.compile(r"[A-Za-z][A-Za-z']*")
_TAG = re.compile(r"<[^>]+>")


def words(text: str) -> list[str]:
    return [w.lower().strip("'") for w in _WORD.findall(_TAG.sub(" ", text.replace("&", "")))]


def _texts(window: QWidget) -> Iterable[tuple[str, str]]:
    """(where, text) for every text of `window` a person sees or a screen reader says."""
    widgets = [window, *window.findChildren(QWidget)]
    yield "window title", window.windowTitle()
    for widget in widgets:
        if not widget.isVisibleTo(window) and widget is not window:
            continue
        kind = type(widget).__name__
        if isinstance(widget, (QLabel, QAbstractButton)):
            yield kind, widget.text()
        elif isinstance(widget, QGroupBox):
            yield kind, widget.title()
        elif isinstance(widget, QLineEdit):
            yield f"{kind} placeholder", widget.placeholderText()
        elif isinstance(widget, QComboBox):
            yield from ((f"{kind} item", widget.itemText(i)) for i in range(widget.count()))
        elif isinstance(widget, QTabWidget):
            yield from ((f"{kind} tab", widget.tabText(i)) for i in range(widget.count()))
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            try:
                columns = model.columnCount(QModelIndex())
            except TypeError:  # a model of Qt's own that keeps columnCount private
                columns = 0
            yield from ((f"{kind} header", str(model.headerData(c, Qt.Orientation.Horizontal)
                                               or ""))
                        for c in range(columns))
        yield f"{kind} tooltip", widget.toolTip()
        yield f"{kind} accessible name", widget.accessibleName()
        yield f"{kind} accessible description", widget.accessibleDescription()


def english_left(window: QWidget, data: Iterable[str] = ()) -> list[str]:
    """Each text of `window` that still holds an English word, with the words. `data`: the
    names and references of records (`data_values`), taken out of a text before it is read."""
    values = sorted((v for v in data if v in _shown(window)), key=len, reverse=True)
    found: list[str] = []
    seen: set[str] = set()
    for where, text in _texts(window):
        if not text or text in seen:
            continue
        seen.add(text)
        plain = text
        for value in values:
            plain = plain.replace(value, " ")
        english = [w for w in words(plain) if w in ENGLISH and w not in NAMES]
        if english:
            found.append(f"{where}: {text[:90]!r} ({', '.join(sorted(set(english)))})")
    return found


def _shown(window: QWidget) -> str:
    return "\n".join(text for _where, text in _texts(window))


def data_values(path: Path, username: str, password: str) -> frozenset[str]:
    """What a vault's records hold as text (names, references, goals in her words, notes),
    three letters or more: shown as it was typed, in the language it was typed in."""
    from sqlalchemy import String, select

    from refugedesk.db.models import Base
    from refugedesk.db.sealed import Sealed
    from refugedesk.db.vault import Vault

    found: set[str] = set()
    with Vault.unlock(path, username, password) as vault, vault.session() as s:
        for table in Base.metadata.sorted_tables:
            columns = [c for c in table.columns if isinstance(c.type, (String, Sealed))]
            if not columns:
                continue
            for row in s.execute(select(*columns)):
                for value in row:
                    if isinstance(value, str) and len(value.strip()) >= 3:
                        found.add(value.strip())
    return frozenset(found)
