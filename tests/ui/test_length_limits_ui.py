"""The staff name field keeps to what the record keeps: typing (or pasting) more stops at 120."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit

from refugedesk.ui.staff_dialogs import AddStaffDialog


def test_the_staff_name_field_stops_at_120_characters(qtbot, new_vault):
    vault, _ = new_vault
    dialog = AddStaffDialog(vault)
    qtbot.addWidget(dialog)
    dialog.show()
    name = dialog.findChild(QLineEdit, "addStaffName")
    name.insert("N" * 5000)  # as a paste would
    assert len(name.text()) == 120
