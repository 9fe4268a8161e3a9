"""Recording an incident from her record, through the dialog, on a real vault.

The dialog once kept its "What was done" box in `self.done`, which hid QDialog.done(): Qt calls
done() from accept() and reject(), so saving or cancelling the form crashed the whole app
(a segmentation fault, no traceback). mypy's method-assign check found it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QPlainTextEdit, QPushButton

from refugedesk import incidents
from ui.test_residents_page import make_page, people  # noqa: F401  (the fixture)


def test_save_an_incident_closes_the_dialog_and_lists_it(qtbot, people):  # noqa: F811
    vault, ids = people
    page = make_page(qtbot, vault)
    record = page.open_resident(ids["nadia"])
    tab = record.show_tab("recordIncidents")
    dialog = tab.add_incident()
    qtbot.keyClicks(dialog.findChild(QPlainTextEdit, "incidentWhat"), "Raised voices at the door")
    qtbot.keyClicks(dialog.findChild(QPlainTextEdit, "incidentDone"), "Police called")
    dialog.findChild(QPushButton, "incidentDialogSave").click()

    assert dialog.result() == QDialog.DialogCode.Accepted and not dialog.isVisible()
    with vault.session() as session:
        [row] = incidents.incidents_for(session, ids["nadia"])
    assert (row.what_happened, row.action_taken) == ("Raised voices at the door",
                                                     "Police called")


def test_cancel_closes_the_incident_dialog_and_saves_nothing(qtbot, people):  # noqa: F811
    vault, ids = people
    page = make_page(qtbot, vault)
    record = page.open_resident(ids["nadia"])
    dialog = record.show_tab("recordIncidents").add_incident()
    qtbot.keyClicks(dialog.findChild(QPlainTextEdit, "incidentWhat"), "Not saved")
    # something is typed: Cancel asks first, and "Keep editing" keeps every word
    dialog.findChild(QPushButton, "incidentDialogCancel").click()
    assert dialog.confirm_box.objectName() == "incidentDialogLeave" and dialog.isVisible()
    dialog.confirm_box.findChild(QPushButton, "confirmCancelButton").click()
    assert dialog.isVisible()
    assert dialog.findChild(QPlainTextEdit, "incidentWhat").toPlainText() == "Not saved"
    # Escape asks the same; leaving throws it away
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    dialog.confirm_box.findChild(QPushButton, "confirmYesButton").click()

    assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible()
    with vault.session() as session:
        assert incidents.incidents_for(session, ids["nadia"]) == []
