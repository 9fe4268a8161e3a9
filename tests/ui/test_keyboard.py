"""Every screen by keyboard alone (issue 18, Keyboard).

One walk of every screen (tests/ui/screens.py) presses Tab round each window, and Shift+Tab
back: Tab must reach every enabled control that is shown, leave every table, list and text
box, and come back round to where it started without sticking anywhere.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import func, select

from refugedesk.db.models import Contact, Referral
from refugedesk.demo import DEMO_PASSWORD, create_demo_vault
from refugedesk.ui.dates import DayEdit
from refugedesk.ui.dialogs import alive
from refugedesk.ui.forms import FormDialog
from refugedesk.ui.widgets import line_edit, list_table
from ui.screens import keyboard_problems, pump, signed_in, tab_walk, walk


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("kbd") / "demo.rdb"
    create_demo_vault(path).close()
    return path


def test_tab_reaches_every_control_of_every_screen_and_is_never_trapped(qapp, demo_path):
    seen: list[str] = []
    problems: list[str] = []

    on_risk: list[str] = []

    def visit(name: str, window: QWidget) -> None:
        seen.append(name)
        problems.extend(f"{name}: {p}" for p in keyboard_problems(window))
        if name == "record › Risk":  # once unreachable behind the tables (issue 18)
            on_risk.extend(w.objectName() for w in tab_walk(window)[0])

    with signed_in(demo_path, "admin", DEMO_PASSWORD) as controller:
        walk(controller, visit)
    assert "record › Risk" in seen and len(seen) >= 75, seen
    assert problems == [], "\n".join(problems)
    assert "maracActionsButton" in on_risk


# --- the traps, one by one (and that the walk finds each) -----------------------------------------

def _window_with(middle: QWidget) -> tuple[QDialog, QLineEdit, QLineEdit]:
    window = QDialog()
    column = QVBoxLayout(window)
    first, last = QLineEdit(objectName="first"), QLineEdit(objectName="last")  # type: ignore[call-overload]
    for widget in (first, middle, last):
        column.addWidget(widget)
    window.show()
    first.setFocus()
    pump()
    return window, first, last


def _table(view: QTableWidget) -> QTableWidget:
    view.setRowCount(3)
    view.setColumnCount(2)
    for r in range(3):
        for c in range(2):
            view.setItem(r, c, QTableWidgetItem(f"{r}{c}"))
    return view


def test_tab_leaves_a_list_table_and_arrows_still_move_in_it(qapp):
    table = _table(list_table(QTableWidget(), "aTable", "A table"))
    window, first, last = _window_with(table)
    table.setFocus()
    table.setCurrentCell(0, 0)
    QTest.keyClick(table, Qt.Key.Key_Down)
    assert table.currentRow() == 1
    QTest.keyClick(table, Qt.Key.Key_Tab)
    assert window.focusWidget() is last
    assert keyboard_problems(window) == []
    window.close()


def test_the_walk_finds_a_table_that_walks_its_cells(qapp):
    table = _table(QTableWidget(objectName="trapTable"))  # type: ignore[call-overload]
    window, _first, _last = _window_with(table)
    assert any("trapTable" in p for p in keyboard_problems(window))
    window.close()


def test_the_walk_finds_a_text_box_that_types_a_tab(qapp):
    box = QPlainTextEdit(objectName="tabTyper")  # type: ignore[call-overload]
    window, _first, last = _window_with(box)
    problems = keyboard_problems(window)
    assert any("tabTyper" in p for p in problems), problems
    box.setTabChangesFocus(True)
    assert keyboard_problems(window) == []
    window.close()


class _Skip(QObject):
    """Sends Tab (and Shift+Tab) from one field straight to another, as a wrong order would."""

    def __init__(self, to: QWidget) -> None:
        super().__init__(to)
        self.to = to

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802  (Qt's name)
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Tab,
                                                                      Qt.Key.Key_Backtab):
            self.to.setFocus()
            return True
        return False


def test_the_walk_finds_a_control_tab_never_reaches(qapp):
    window, first, last = _window_with(QLineEdit(objectName="unreached"))  # type: ignore[call-overload]
    first.installEventFilter(_Skip(last))
    last.installEventFilter(_Skip(first))
    assert any("never reaches unreached" in p for p in keyboard_problems(window))
    window.close()


class _DateInARow(FormDialog):
    """A form whose date sits in a row of its own widgets, as Arrive's does."""

    def __init__(self, vault) -> None:
        super().__init__(vault, name="dateRow", title="A date in a row", intro="", save="Save")
        self.name = line_edit("rowName", "Her name")
        row = QWidget()
        inner = QHBoxLayout(row)
        self.other = line_edit("rowOther", "Something else")
        self.on = DayEdit(QDate(2026, 3, 12), name="rowOn", accessible="On")
        inner.addWidget(self.other)
        inner.addWidget(self.on)
        self.add_field("Her name", self.name)
        self.add_field("Other and date", row)

    def action(self):
        return lambda: None


def test_tab_from_save_comes_back_to_the_first_field_past_a_date_in_a_row(qapp, new_vault):
    dialog = _DateInARow(new_vault[0])
    dialog.show()
    pump()
    reached, traps = tab_walk(dialog)
    assert traps == []
    assert [w.objectName() for w in reached] == [
        "rowName", "rowOther", "rowOnText", "dateRowCancel", "dateRowSave"]
    dialog.close()



def test_a_session_row_added_on_screen_comes_before_the_buttons_in_tab_order(qapp, new_vault):
    from refugedesk.ui.record.programme_dialogs import ProgrammeSetUpDialog

    dialog = ProgrammeSetUpDialog(new_vault[0], [("Any house", None)])
    dialog.show()
    dialog.activateWindow()
    pump()
    dialog.findChild(QWidget, "programmeAddSessionRow").setFocus()
    _press(Qt.Key.Key_Space)  # Add a session
    reached, traps = tab_walk(dialog)
    names = [w.objectName() for w in reached]
    start = names.index("programmeName")
    names = names[start:] + names[:start]  # the round, read from the top of the form
    assert traps == [], traps
    assert names == ["programmeName", "programmeFacilitator", "programmeDelivery", "programmeHouse",
                     "sessionNumber0", "sessionDate0Text", "sessionTopic0",
                     "sessionNumber1", "sessionDate1Text", "sessionTopic1",
                     "programmeAddSessionRow", "programmeRemoveSessionRow", "programmeToComplete",
                     "programmeSetUpDialogCancel", "programmeSetUpDialogSave"]
    dialog.close()


# --- the whole journey without a mouse ------------------------------------------------------------

def _focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def _press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(_focus(), key, modifier)
    pump()


def _type(text: str) -> None:
    QTest.keyClicks(_focus(), text)
    pump()


def _tab_to(name: str, *, most: int = 60) -> QWidget:
    """Press Tab until the named control has the focus (as a worker does, looking at it)."""
    for _ in range(most):
        if _focus().objectName() == name:
            return _focus()
        _press(Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {name} (stuck on {_focus().objectName()})")


def _back_to(window: QWidget) -> None:
    """What the desktop does when a dialog closes: its window is active again (the offscreen
    test screen has no window manager to do it)."""
    window.activateWindow()
    pump()


def _wait(qtbot, condition) -> None:
    qtbot.waitUntil(condition, timeout=30_000)


def test_a_referral_and_a_contact_by_keyboard_alone(qtbot, vault_path, start_app):
    create_demo_vault(vault_path).close()
    controller = start_app(vault_path)
    window = controller.window
    window.activateWindow()
    pump()
    # Sign in: the cursor starts in the username; Tab to the password; Enter.
    assert _focus().objectName() == "signInUsername"
    _type("admin")
    _press(Qt.Key.Key_Tab)
    assert _focus().objectName() == "signInPassword"
    _type(DEMO_PASSWORD)
    _press(Qt.Key.Key_Return)
    _wait(qtbot, lambda: window.job is None or window.job.delivered)
    main = controller.window
    main.activateWindow()
    pump()

    # Referrals (Alt+L), then New referral… reached by Tab and pressed with Space.
    _press(Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    _wait(qtbot, lambda: main.current_page == "referrals")  # a mnemonic clicks after a moment
    _tab_to("newReferralButton")
    _press(Qt.Key.Key_Space)
    dialog = QApplication.activeModalWidget() or QApplication.activeWindow()
    assert dialog is not None and dialog.objectName() == "newReferralDialog"
    assert _focus().objectName() == "referralName"
    _type("K.Q.")
    _tab_to("referralContact")
    _type("Duty desk 01234 000000")
    _tab_to("referralExcludedAreas")
    _type("Northtown")
    _press(Qt.Key.Key_Tab)  # moves on: no tab character typed into her areas
    _tab_to("newReferralDialogSave")
    _press(Qt.Key.Key_Space)
    _wait(qtbot, lambda: not alive(dialog) or not dialog.isVisible())
    _back_to(main)
    assert _focus().objectName() == "newReferralButton"  # where she left off
    with main.vault.session() as session:
        saved = session.scalars(select(Referral).where(Referral.name == "K.Q.")).one()
        assert "Northtown" in str(saved.excluded_areas)
        assert "\t" not in str(saved.excluded_areas)

    # Residents (Alt+D), Tab into the list, Enter opens the first resident's record.
    _press(Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    _wait(qtbot, lambda: main.current_page == "residents")
    residents = main.page_widget("residents")
    _tab_to("residentsTable")
    rows_before = residents.table.model().rowCount()
    _press(Qt.Key.Key_Tab)  # Tab leaves the list, loading no more rows
    assert _focus() is not residents.table
    assert residents.table.model().rowCount() == rows_before
    _press(Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert _focus() is residents.table
    _press(Qt.Key.Key_Return)
    _wait(qtbot, lambda: residents.record is not None and residents.record.isVisible())
    record = residents.record
    # Ctrl+Tab moves through her record's tabs.
    tabs = record.tabs
    first = tabs.currentIndex()
    for step in range(1, tabs.count()):
        _press(Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
        assert tabs.currentIndex() == (first + step) % tabs.count()
    _press(Qt.Key.Key_Backtab, Qt.KeyboardModifier.ControlModifier
           | Qt.KeyboardModifier.ShiftModifier)
    assert tabs.currentIndex() == (first + tabs.count() - 2) % tabs.count()
    # Ctrl+K: add a contact; Tab to Save; Space.
    with main.vault.session() as session:
        contacts_before = session.scalar(select(func.count()).select_from(Contact))
    _press(Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    contact = QApplication.activeModalWidget() or QApplication.activeWindow()
    assert contact is not None and contact.objectName() == "contactDialog"
    _tab_to("contactDialogSave")
    _press(Qt.Key.Key_Space)
    _wait(qtbot, lambda: not alive(contact) or not contact.isVisible())
    with main.vault.session() as session:
        assert session.scalar(select(func.count()).select_from(Contact)) == contacts_before + 1
