"""Typed work is kept: a form with something typed asks before Cancel, Escape or its close
button throw it away; the handover form counts its notes and unticked lines as typed work (and
opening another house is not); signing out closes forms without asking, as the vault closes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QPushButton
from test_handover import _resident_in, service  # noqa: F401  (the fixture)

from refugedesk.ui.board_manage_houses import AddHouseDialog
from refugedesk.ui.handover_dialogs import WriteHandoverDialog, start_handover


def _write_handover(qtbot, vault) -> WriteHandoverDialog:
    with vault.session() as s:
        start = start_handover(s, me=vault.person.id)
    dialog = WriteHandoverDialog(vault, start)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_form_left_untouched_closes_at_once_and_a_typed_one_asks(qtbot, service):  # noqa: F811
    vault = service["vault"]
    untouched = AddHouseDialog(vault)
    qtbot.addWidget(untouched)
    untouched.show()
    qtbot.keyClick(untouched, Qt.Key.Key_Escape)
    assert not untouched.isVisible()

    typed = AddHouseDialog(vault)
    qtbot.addWidget(typed)
    typed.show()
    field = typed.findChildren(QLineEdit)[0]
    qtbot.keyClicks(field, "Oak House")
    typed.close()  # the window's close button
    assert typed.isVisible() and typed.confirm_box.isVisible()
    assert typed.confirm_box.findChild(QPushButton, "confirmCancelButton").text() == \
        "Keep editing"
    qtbot.mouseClick(typed.confirm_box.findChild(QPushButton, "confirmCancelButton"),
                     Qt.MouseButton.LeftButton)
    assert typed.isVisible() and field.text() == "Oak House"


def test_the_handover_asks_for_notes_and_unticked_lines_not_for_looking(qtbot, service):  # noqa: F811
    vault = service["vault"]
    _resident_in(service, "R-7")
    dialog = _write_handover(qtbot, vault)
    # looking at another part makes its notes box: that is not typed work
    dialog.part_index(None)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()

    dialog = _write_handover(qtbot, vault)
    dialog.line_index(service["house"], 1)
    qtbot.keyClick(dialog.lines_view, Qt.Key.Key_Space)  # unticked
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.confirm_box.objectName() == "writeHandoverDialogLeave"
    qtbot.mouseClick(dialog.confirm_box.findChild(QPushButton, "confirmCancelButton"),
                     Qt.MouseButton.LeftButton)
    qtbot.keyClick(dialog.lines_view, Qt.Key.Key_Space)  # ticked again
    qtbot.keyClicks(dialog.findChild(QPlainTextEdit, f"handoverNotes_{service['house']}"),
                    "Boiler man at nine")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    qtbot.mouseClick(dialog.confirm_box.findChild(QPushButton, "confirmYesButton"),
                     Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def test_send_needs_a_receiver_chosen_first(qtbot, service):  # noqa: F811
    dialog = _write_handover(qtbot, service["vault"])
    assert dialog.to.currentIndex() == -1  # nobody is picked for her
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    assert dialog.to_error.text() == "Choose who the handover is to."
    assert getattr(dialog, "confirm_box", None) is None


def test_signing_out_closes_a_typed_form_without_asking(qtbot, service):  # noqa: F811
    from refugedesk.ui.main_window import MainWindow

    vault = service["vault"]
    window = MainWindow(vault)
    qtbot.addWidget(window)
    window.show()
    form = AddHouseDialog(vault, window)
    form.show()
    qtbot.keyClicks(form.findChildren(QLineEdit)[0], "Oak House")
    window.sign_out()
    assert not form.isVisible()
    assert not [w for w in QApplication.topLevelWidgets()
                if w.isVisible() and w.objectName().endswith("Leave")]
    assert not vault.is_open


def test_enter_in_a_table_inside_a_form_never_submits_it(qtbot, service):  # noqa: F811
    """Enter in the review's Moments table once saved a half-finished review."""
    from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

    from refugedesk.ui.forms import FormDialog

    saves: list[str] = []

    class Form(FormDialog):
        def __init__(self, vault) -> None:  # type: ignore[no-untyped-def]
            super().__init__(vault, name="tableForm", title="A form with a table", intro="",
                             save="Save")
            self.table = QTableWidget(2, 1)
            self.table.setItem(0, 0, QTableWidgetItem("a moment"))
            self.add_field("Moments", self.table)
            self.words = QLineEdit()
            self.add_field("Her words", self.words)

        def action(self):  # type: ignore[no-untyped-def]
            return lambda: saves.append("saved")

    form = Form(service["vault"])
    qtbot.addWidget(form)
    form.show()
    form.activateWindow()
    qtbot.waitActive(form)
    form.table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.table)
    qtbot.keyClick(form.table, Qt.Key.Key_Return)
    qtbot.keyClick(form.table, Qt.Key.Key_Enter)
    assert saves == [] and form.isVisible()
    # the Save button still saves
    qtbot.mouseClick(form.save, Qt.MouseButton.LeftButton)
    assert saves == ["saved"]
