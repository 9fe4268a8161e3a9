"""Plain errors at the edges, in the app: a read-only vault and a full drive say so in the
form, never the "Something went wrong" box; password and username fields take no more than the
domain accepts; date fields keep to the dates RefugeDesk takes."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.mounts import Drives
from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QLineEdit

from refugedesk import access, credentials, dates
from refugedesk.ui import operations
from refugedesk.ui.dates import check_date, date_edit, date_time_edit, day_of
from refugedesk.ui.password_dialog import ChangePasswordDialog
from refugedesk.ui.sign_in import SignInWindow
from refugedesk.ui.widgets import message_label
from ui.drive import click, find, settle, sign_in

PASSWORD = "plum orchard lantern 42"


@pytest.fixture
def drives():
    made = Drives()
    yield made
    made.release()


def unexpected_boxes() -> list:
    return [w for w in QApplication.topLevelWidgets()
            if w.objectName() == "unexpectedErrorBox" and w.isVisible()]


@pytest.fixture
def demo_path(demo_vault, vault_path):
    demo_vault.close()
    return vault_path


def test_sign_in_on_a_read_only_vault_says_so_and_leaves_nothing(qtbot, start_app, drives,
                                                                 demo_path):
    before = {p.name for p in demo_path.parent.iterdir()}
    drives.read_only(demo_path)
    controller = start_app(demo_path)
    window = sign_in(qtbot, controller, "admin", "demo")
    assert isinstance(window, SignInWindow)
    message = find(window, QLabel, "signInMessage").text()
    assert "read-only" in message and "Nothing was changed." in message
    assert unexpected_boxes() == []
    assert {p.name for p in demo_path.parent.iterdir()} == before  # no -wal, no -shm


def test_full_drive_in_a_form_is_said_in_the_form(qtbot, drives, tmp_path):
    drive = drives.tmpfs(tmp_path / "small", "8m")
    vault, _code = access.set_up(drive / "refuge.rdb", organisation="Fictional Refuge",
                                 username="ada", display_name="Ada", password=PASSWORD)
    try:
        dialog = ChangePasswordDialog(vault)
        qtbot.addWidget(dialog)
        drives.fill(drive)
        find(dialog, QLineEdit, "currentPassword").setText(PASSWORD)
        find(dialog, QLineEdit, "newPasswordPassword").setText("quince harbour violet 7")
        find(dialog, QLineEdit, "newPasswordConfirm").setText("quince harbour violet 7")
        click(qtbot, dialog, "changePasswordSave")
        settle(qtbot, dialog.job)
        shown = " ".join(find(dialog, QLabel, name).text() for name in (
            "changePasswordMessage", "newPasswordError", "currentPasswordError"))
        assert "The drive is full" in shown
        assert unexpected_boxes() == []
        assert dialog.result() != QDialog.DialogCode.Accepted
        # Nothing typed is lost: the new password is still in the form.
        assert find(dialog, QLineEdit, "newPasswordPassword").text() == "quince harbour violet 7"
    finally:
        vault.close()
    # The old password still opens it once there is room again.
    (drive / "filler").unlink()
    access.sign_in(drive / "refuge.rdb", "ada", PASSWORD).close()


def test_a_disk_error_in_operations_run_is_known_not_a_bug(qtbot, error_log):
    """operations.run (and the controller, through the same show_error) use the shared
    mapping: an OSError about the disk is a plain message, and nothing is logged as a bug."""
    message = message_label("m")
    qtbot.addWidget(message)

    def write_to_full_device() -> None:
        with open("/dev/full", "wb") as fh:  # a device that is always full: ENOSPC
            fh.write(b"x" * 65536)
            fh.flush()

    outcome = operations.run(None, write_to_full_device, message=message)
    assert not outcome.ok
    assert "The drive is full" in message.text()
    assert unexpected_boxes() == []
    assert not error_log.exists() or "OSError" not in error_log.read_text()


def test_password_and_username_fields_take_no_more_than_the_domain(qtbot, demo_path):
    window = SignInWindow(demo_path)
    qtbot.addWidget(window)
    password = find(window, QLineEdit, "signInPassword")
    username = find(window, QLineEdit, "signInUsername")
    password.setText("p" * 10_000)
    username.setText("u" * 500)
    assert len(password.text()) == credentials.MAX_PASSWORD_LENGTH
    assert len(username.text()) == credentials.MAX_USERNAME_LENGTH


def test_change_password_fields_are_capped(qtbot, new_vault):
    dialog = ChangePasswordDialog(new_vault[0])
    qtbot.addWidget(dialog)
    for name in ("currentPassword", "newPasswordPassword", "newPasswordConfirm"):
        edit = find(dialog, QLineEdit, name)
        edit.setText("w" * 5000)
        assert len(edit.text()) == credentials.MAX_PASSWORD_LENGTH, name


def test_date_fields_keep_to_the_dates_refugedesk_takes(qtbot):
    day = date_edit("d", "Day", date.today())
    qtbot.addWidget(day)
    day.setDate(QDate(9999, 12, 31))
    assert day_of(day) == dates.LATEST
    day.setDate(QDate(1, 1, 1))
    assert day_of(day) == dates.EARLIEST
    when = date_time_edit("w", "When")
    qtbot.addWidget(when)
    when.setDateTime(QDateTime(QDate(9999, 12, 31), QTime(23, 0)))
    assert when.date().year() == dates.LATEST.year


@pytest.mark.parametrize("typed", ["01/01/0001", "31/12/9999", "31/12/1899"])
def test_a_typed_date_out_of_range_is_said_beside_the_field(qtbot, typed):
    edit = QLineEdit()
    qtbot.addWidget(edit)
    message = message_label("dateMessage")
    qtbot.addWidget(message)
    edit.setText(typed)
    assert check_date(edit, message) is False
    assert "check the year" in message.text()
    edit.setText("14/03/2019")
    assert check_date(edit, message) is True and message.text() == ""
