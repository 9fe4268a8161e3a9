"""The export dialogs, driven like a user would, asked to save onto the vault itself (here a
vault that happens to be called refuge.xlsx), a symbolic link to it and a hard link to it: the
plain message shows in the dialog, the dialog stays open with her choices, and the vault is
untouched and still opens. Then a folder that cannot be used: a plain message, no crash box."""

from __future__ import annotations

import hashlib
import os
from datetime import date

import pytest
from conftest import ADMIN_PASSWORD, reopen
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QPushButton

from refugedesk import access, capacity, houses
from refugedesk.db.keyslots import keyfile_path
from refugedesk.ui.houses_page import HousesPage
from refugedesk.ui.reports_page import ReportsPage
from ui.drive import settle

MESSAGE = ("That file is the vault (or its key file or a backup). Choose another name: "
           "nothing was written.")
FIRST, LAST = date(2030, 1, 1), date(2030, 1, 31)


@pytest.fixture
def xlsx_vault(tmp_path):
    vault, _code = access.set_up(tmp_path / "refuge.xlsx", organisation="Test Refuge",
                                 username="ada", display_name="Ada Test",
                                 password=ADMIN_PASSWORD)
    hid = houses.add_house(vault, name="Elm House", area="Northtown", opened_on=date(2020, 1, 1))
    room = houses.add_room(vault, house_id=hid, name="E1", opened_on=date(2020, 1, 1))
    capacity.arrive(vault, room_id=room, on=date(2030, 1, 5), household_ref="H-1", name="Test")
    yield vault
    vault.close()


def digests(vault) -> list[str]:
    return [hashlib.sha256(p.read_bytes()).hexdigest()
            for p in (vault.path, keyfile_path(vault.path))]


def targets(vault, tmp_path):
    os.symlink(vault.path, tmp_path / "link.xlsx")
    os.link(vault.path, tmp_path / "hard.xlsx")
    return [vault.path, tmp_path / "link.xlsx", tmp_path / "hard.xlsx"]


def choose_dates(dialog) -> None:
    dialog.start.setDate(QDate(FIRST.year, FIRST.month, FIRST.day))
    dialog.end.setDate(QDate(LAST.year, LAST.month, LAST.day))


def assert_refused_and_kept(dialog, name: str, target) -> None:
    assert dialog.isVisible()  # not closed: her choices are still there
    assert dialog.findChild(QLabel, f"{name}Message").text() == MESSAGE
    assert dialog.findChild(QLineEdit, dialog.path.objectName()).text() == str(target)
    assert (dialog.start.date(), dialog.end.date()) == (
        QDate(FIRST.year, FIRST.month, FIRST.day), QDate(LAST.year, LAST.month, LAST.day))
    assert dialog.written is None


def test_board_export_refuses_the_vault_and_keeps_the_dialog(qtbot, xlsx_vault, tmp_path):
    vault = xlsx_vault
    before = digests(vault)
    page = HousesPage(vault)
    qtbot.addWidget(page)
    page.show()
    for target in targets(vault, tmp_path):
        page.findChild(QPushButton, "exportOccupancyButton").click()
        dialog = page.dialog
        qtbot.waitUntil(dialog.isVisible)
        choose_dates(dialog)
        names = dialog.findChild(QCheckBox, "exportIncludeNames")
        names.setChecked(True)
        # The file chooser, as she would use it.
        dialog.findChild(QPushButton, "exportBrowse").click()
        chooser = dialog.file_dialog
        qtbot.waitUntil(chooser.isVisible)
        chooser.fileSelected.emit(str(target))
        chooser.close()
        dialog.findChild(QPushButton, "exportDialogSave").click()
        assert_refused_and_kept(dialog, "exportDialog", target)
        assert names.isChecked()
        assert MESSAGE not in page.findChild(QLabel, "boardMessage").text()
        dialog.close()
    assert digests(vault) == before
    # A good name then works from the same kind of dialog.
    page.findChild(QPushButton, "exportOccupancyButton").click()
    dialog = page.dialog
    qtbot.waitUntil(dialog.isVisible)
    choose_dates(dialog)
    dialog.path.setText(str(tmp_path / "occupancy.xlsx"))
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):  # closes once written
        dialog.findChild(QPushButton, "exportDialogSave").click()
    assert (tmp_path / "occupancy.xlsx").exists()
    assert digests(vault) == before
    vault.close()
    reopen(vault.path, "ada", ADMIN_PASSWORD).close()


@pytest.mark.parametrize(("button", "name"), [("reportsOccupancyButton", "exportDialog"),
                                               ("reportsOutcomesButton", "outcomesDialog")])
def test_reports_page_refuses_the_vault_and_keeps_the_dialog(qtbot, xlsx_vault, tmp_path,
                                                             button, name):
    vault = xlsx_vault
    before = digests(vault)
    page = ReportsPage(vault)
    qtbot.addWidget(page)
    page.show()
    page.findChild(QPushButton, button).click()
    dialog = page.dialog
    qtbot.waitUntil(dialog.isVisible)
    choose_dates(dialog)
    for target in targets(vault, tmp_path):
        dialog.path.setText(str(target))
        dialog.findChild(QPushButton, f"{name}Save").click()
        assert_refused_and_kept(dialog, name, target)
    assert digests(vault) == before
    assert not page.findChild(QLabel, "reportsMessage").text()


def test_a_folder_that_cannot_be_used_gets_a_plain_message(qtbot, xlsx_vault, tmp_path,
                                                          monkeypatch):
    from refugedesk.ui import operations

    shown = []
    page = ReportsPage(xlsx_vault)
    qtbot.addWidget(page)
    page.show()
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file")
    page.findChild(QPushButton, "reportsOutcomesButton").click()
    dialog = page.dialog
    qtbot.waitUntil(dialog.isVisible)
    choose_dates(dialog)
    dialog.path.setText(str(blocker / "outcomes.xlsx"))
    monkeypatch.setattr(operations, "show_unexpected", shown.append)  # no crash box
    dialog.findChild(QPushButton, "outcomesDialogSave").click()
    settle(qtbot, dialog.job)
    assert shown == []
    assert dialog.isVisible()
    assert dialog.findChild(QLabel, "outcomesDialogMessage").text() == (
        "That folder does not exist or cannot be used, so nothing was written. "
        "Choose another folder.")
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".refugedesk")) == []
