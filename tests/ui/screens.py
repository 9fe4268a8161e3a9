"""Every screen of the app, reached the way a worker reaches it, and whether it fits.

`walk` signs in to a vault full of demo records and visits each page, each tab of a resident's
record, and every window a button marked "…" opens from them (and from those windows, one
level down), with a row chosen in each list first so buttons that need one are enabled. It
calls `visit(name, window)` for each, with the window shown; the window is closed afterwards
without asking about typed work. `fit_problems` says what of a window would not fit a screen
of a given size in logical pixels: a minimum size larger than the screen, a scroll area that
would scroll sideways (a page or form wider than the screen), or a button outside the window or
cut off by what holds it (buttons inside a scroll area scroll into view, so they are left out). tests/ui/test_fit.py uses both; tests/ui/render_screens.py draws the gallery.

The demo vault is made by refugedesk.demo (obviously fictional), with the light Argon2id
profile.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from refugedesk.ui import dialogs, jobs
from refugedesk.ui.controller import AppController

#: Logical pixels a window may use: a 1024×600 screen, and 1366×768 at 150% scaling, each less a
#: 40-pixel taskbar.
SCREENS = {"1024x600": QSize(1024, 560), "1366x768 at 150%": QSize(910, 472)}

Visit = Callable[[str, QWidget], None]


def pump(rounds: int = 3) -> None:
    for _ in range(rounds):
        QApplication.processEvents()


def settle() -> None:
    """Let background work started by a click end and show what it opens."""
    pump()
    jobs.wait_all(30_000)
    pump(6)


def wait_for(job: object, timeout: float = 30.0) -> None:
    """Wait for a background job (sign-in, a record opening) as a person would."""
    deadline = time.monotonic() + timeout
    while job is not None and not getattr(job, "delivered", True):
        assert time.monotonic() < deadline, "a background job did not finish in time"
        time.sleep(0.005)
        QApplication.processEvents()


def _in_scroll_area(widget: QWidget, top: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, QScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _name(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, QAbstractButton) else ""
    return widget.objectName() or repr(text) or type(widget).__name__


def fit_problems(window: QWidget, screen: QSize) -> list[str]:
    """What of `window` would not fit a screen of `screen` logical pixels, once it is sized
    as Qt sizes it there (its size hint, never below its minimum, never above the screen; the
    main window fills the screen)."""
    found = []
    need = window.minimumSizeHint().expandedTo(window.minimumSize())
    if need.width() > screen.width() or need.height() > screen.height():
        found.append(f"needs at least {need.width()}×{need.height()}")
    if isinstance(window, QMainWindow):  # the main window is used full screen
        window.resize(screen)
    else:
        window.resize(window.sizeHint().expandedTo(need).boundedTo(screen))
    pump()
    for area in window.findChildren(QScrollArea):
        content = area.widget()
        if not area.isVisibleTo(window) or content is None or not area.widgetResizable():
            continue
        wide = content.minimumSizeHint().expandedTo(content.minimumSize()).width()
        if wide > area.viewport().width():
            found.append(f"{_name(area)} scrolls sideways: its content needs {wide} pixels, "
                         f"{area.viewport().width()} are there")
    for button in window.findChildren(QAbstractButton):
        if not button.isVisibleTo(window) or _in_scroll_area(button, window):
            continue
        holder: QWidget | None = button.parentWidget()
        while holder is not None:
            shown = QRect(button.mapTo(holder, QPoint(0, 0)), button.size())
            if not holder.rect().contains(shown):
                where = "the window" if holder is window else _name(holder)
                found.append(f"button {_name(button)} is cut off by {where}")
                break
            if holder is window:
                break
            holder = holder.parentWidget()
    return found


def _letter(text: str) -> str | None:
    found = re.search(r"&([^&])", text)
    return found.group(1).lower() if found else None


def mnemonic_clashes(window: QWidget) -> list[str]:
    """Alt-letters used twice among what `window` shows now: its menus, buttons, labels of
    fields and tabs (Alt+H once meant both Houses and the Help menu)."""
    texts: list[str] = []
    if isinstance(window, QMainWindow):
        texts += [a.text() for a in window.menuBar().actions() if a.isVisible()]
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        if isinstance(widget, (QAbstractButton, QLabel)):
            texts.append(widget.text())
        elif isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count()) if widget.isTabVisible(i)]
    seen: dict[str, str] = {}
    found = []
    for text in texts:
        letter = _letter(text)
        if letter is None:
            continue
        if letter in seen:
            found.append(f"Alt+{letter.upper()}: {seen[letter]!r} and {text!r}")
        else:
            seen[letter] = text
    return found


def _choose_first_rows(widget: QWidget) -> None:
    for view in widget.findChildren(QAbstractItemView):
        model, chosen = view.model(), view.selectionModel()
        if not view.isVisible() or model is None or chosen is None or model.rowCount() == 0:
            continue
        if not chosen.hasSelection():
            flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect
                     | QItemSelectionModel.SelectionFlag.Rows)
            chosen.setCurrentIndex(model.index(0, 0), flags)
    pump()


def _openers(widget: QWidget) -> list[QPushButton]:
    return [b for b in widget.findChildren(QPushButton)
            if b.isVisible() and b.isEnabled() and b.text().rstrip().endswith("…")]


def _shown_windows() -> set[QWidget]:
    return {w for w in QApplication.topLevelWidgets() if w.isVisible()}


def _close(window: QWidget) -> None:
    """Close what the walk opened, and any question it left behind (a walk that typed or
    ticked on its way may have been asked "Leave without saving?"): nothing stays open for
    the next test."""
    dialogs.leave_without_asking(window)
    window.close()
    pump()
    for left in QApplication.topLevelWidgets():
        if left.isVisible() and left.objectName().endswith("Leave"):
            dialogs.leave_without_asking(left)
            left.close()
    pump()


def _label(button: QPushButton) -> str:
    return button.text().replace("&", "").rstrip("…").strip()


def open_each(where: str, widget: QWidget, visit: Visit, *, depth: int = 1) -> None:
    """Click each "…" button in `widget`, visit what it opens, close it again."""
    _choose_first_rows(widget)
    seen: set[str] = set()
    for button in _openers(widget):
        label = _label(button)
        if label in seen or not (button.isVisible() and button.isEnabled()):
            continue
        seen.add(label)
        before = _shown_windows()
        button.click()
        settle()
        for window in _shown_windows() - before:
            name = f"{where} › {label}"
            if not isinstance(window, QFileDialog):  # the system's own on a real desktop
                visit(name, window)
                if depth > 0:
                    open_each(name, window, visit, depth=depth - 1)
            _close(window)


def _record_tabs(record: QWidget) -> Iterator[tuple[str, QWidget]]:
    tabs = record.findChild(QTabWidget)
    assert tabs is not None, "her record has no tabs"
    for i in range(tabs.count()):
        tabs.setCurrentIndex(i)
        pump()
        yield tabs.tabText(i).replace("&", ""), tabs.widget(i)


@contextmanager
def signed_in(path: Path, username: str, password: str) -> Iterator[AppController]:
    controller = AppController(path)
    window = controller.start()
    window.findChild(QLineEdit, "signInUsername").setText(username)
    window.findChild(QLineEdit, "signInPassword").setText(password)
    window.sign_in()
    wait_for(window.job)
    try:
        yield controller
    finally:
        controller.dispose()
        pump()


def walk(controller: AppController, visit: Visit) -> None:
    """Visit every page, her record's tabs and every window their "…" buttons open."""
    from refugedesk.ui import pages

    main = controller.window
    main.resize(main.sizeHint())
    open_each("rail", main.findChild(QWidget, "navRail"), visit)
    for spec in pages.PAGES:
        if not main.show_page(spec.key):
            continue
        settle()
        visit(f"page {spec.key}", main)
        open_each(f"page {spec.key}", main.page_widget(spec.key), visit)
    _board(main, visit)
    main.show_page("residents")
    residents = main.page_widget("residents")
    _choose_first_rows(residents)
    view = residents.table
    record = residents.open_resident(view.currentIndex().data(0x0100).id)
    settle()
    record = record or residents.record
    assert record is not None, "her record did not open"
    for tab, widget in _record_tabs(record):
        visit(f"record › {tab}", main)
        open_each(f"record › {tab}", widget, visit)


def _board(main: QWidget, visit: Visit) -> None:
    """The room's actions under the board, for a room in each state the board shows."""
    main.show_page("houses")
    page = main.page_widget("houses")
    page.finish_building()
    settle()
    first_of: dict[object, int] = {}
    for section in page.sections.values():
        for tile in section.model.tiles:
            first_of.setdefault(tile.state, tile.room_id)
    for state, room in first_of.items():
        page.select_room(room)
        settle()
        open_each(f"board, a room {getattr(state, 'label', state)}",
                  page.findChild(QWidget, "tilePanel"), visit)


# --- the keyboard: a Tab walk ---------------------------------------------------------------------

def _called(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, QAbstractButton) else ""
    return (widget.objectName() or widget.accessibleName() or (repr(text) if text else "")
            or f"a {type(widget).__name__} in {type(widget.parentWidget()).__name__}")


def _tab_stop(widget: QWidget, window: QWidget) -> bool:
    """Whether Tab should reach `widget`: shown in `window`, enabled, and taking Tab focus itself
    (not through a focus proxy, and not the edit inside a combo or spin box)."""
    if widget.window() is not window or not widget.isVisibleTo(window) or not widget.isEnabled():
        return False
    if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus or widget.focusProxy() is not None:
        return False
    parent = widget.parentWidget()
    return not isinstance(parent, (QComboBox, QAbstractSpinBox))


def tab_stops(window: QWidget) -> list[QWidget]:
    """Every enabled, shown control of `window` that Tab should reach."""
    return [w for w in window.findChildren(QWidget) if _tab_stop(w, window)]


def _focus(window: QWidget) -> QWidget | None:
    widget = QApplication.focusWidget()
    if widget is not None and widget.window() is window:
        return widget
    return window.focusWidget()


def tab_walk(window: QWidget, *, backwards: bool = False) -> tuple[list[QWidget], list[str]]:
    """Press Tab (Shift+Tab when `backwards`) from the window's focus (or its first control) until
    focus comes back round. Returns the widgets reached in order and the traps met: focus that
    does not move, or a widget reached twice before the round closes."""
    window.activateWindow()
    pump()
    start = _focus(window)
    if start is None or not _tab_stop(start, window):
        stops = tab_stops(window)
        if not stops:
            return [], []
        stops[0].setFocus(Qt.FocusReason.TabFocusReason)
        pump()
        start = _focus(window)
    assert start is not None
    reached = [start]
    traps: list[str] = []
    key = Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab
    modifier = Qt.KeyboardModifier.ShiftModifier if backwards else Qt.KeyboardModifier.NoModifier
    for _ in range(len(tab_stops(window)) * 2 + 10):
        here = _focus(window)
        assert here is not None
        QTest.keyClick(here, key, modifier)
        pump(1)
        there = _focus(window)
        if there is None or there is here:
            traps.append(f"Tab stays on {_called(here)}")
            break
        if there is start:
            return reached, traps
        if there in reached:
            traps.append(f"Tab goes round {_called(there)} again without coming back to the start")
            break
        reached.append(there)
    else:
        traps.append(f"Tab never came back round to {_called(start)}")
    return reached, traps


def keyboard_problems(window: QWidget) -> list[str]:
    """What a worker on a keyboard cannot do in `window`: traps on the Tab walk (either way),
    and enabled controls Tab never reaches. Focus is put back where it was."""
    before = _focus(window)
    reached, traps = tab_walk(window)
    _, back_traps = tab_walk(window, backwards=True)
    problems = traps + [f"Shift+{trap}" for trap in back_traps]
    got = set(reached)
    problems += [f"Tab never reaches {_called(w)}" for w in tab_stops(window) if w not in got]
    if before is not None:
        before.setFocus()
        pump(1)
    return problems


def _value_of(widget: QWidget) -> str:
    """What a control shows as its value (a reader saying only this has not said what it is)."""
    if isinstance(widget, QComboBox):
        return widget.currentText()
    if isinstance(widget, QAbstractSpinBox):
        return widget.text()
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        return widget.toPlainText()
    return ""


def labelled_by(widget: QWidget) -> str:
    """The text of the label a screen reader is told names `widget` (its Label relation)."""
    face = QAccessible.queryAccessibleInterface(widget)
    if face is None:
        return ""
    texts = [other.text(QAccessible.Text.Name).strip()
             for other, _relation in face.relations(QAccessible.RelationFlag.Label)]
    return " ".join(t for t in texts if t)


def unnamed_controls(window: QWidget) -> list[str]:
    """Each focusable, visible, enabled control of `window` whose accessible name (what a screen
    reader says, through QAccessibleInterface) is empty or only its current value."""
    problems = []
    for widget in window.findChildren(QWidget):
        if (widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisibleTo(window)
                or not widget.isEnabled() or widget.window() is not window):
            continue
        if isinstance(widget, QScrollArea) or widget.focusProxy() is not None:
            continue  # a scroll area is a container; a proxy's target is checked itself
        if isinstance(widget.parentWidget(), (QAbstractSpinBox, QComboBox)):
            continue  # the line edit inside a spin box or editable combo: its owner is checked
        face = QAccessible.queryAccessibleInterface(widget)
        said = face.text(QAccessible.Text.Name).strip() if face is not None else ""
        value = _value_of(widget).strip()
        if isinstance(widget, QComboBox) or said == value:
            # On Linux Qt names a combo box by its value and tells its label through the
            # "labelled by" relation (a label whose buddy it is); Orca reads that label.
            said = labelled_by(widget) or ("" if said == value else said)
        if not said:
            problems.append(f"{_name(widget)} ({type(widget).__name__}) has no accessible name")
        elif value and said == value:
            problems.append(f"{_name(widget)} ({type(widget).__name__}) is named only by its "
                            f"value {said!r}")
    return problems


__all__ = ["SCREENS", "fit_problems", "keyboard_problems", "labelled_by", "mnemonic_clashes",
           "open_each", "pump", "signed_in", "tab_stops", "tab_walk", "unnamed_controls", "walk"]
