"""The Admin page: administrators only; staff, idle lock, backup and key rotation through it."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
)

from refugedesk import access, errors
from refugedesk.db.models import Role
from refugedesk.ui.admin_page import AdminPage
from refugedesk.ui.main_window import MainWindow
from refugedesk.ui.password_dialog import ChangePasswordDialog
from refugedesk.ui.sign_in import SignInWindow
from ui.drive import click, find, settle, sign_in, type_into

NEW_PASSWORD = "violet ferry biscuit 3"


@pytest.fixture
def demo_path(demo_vault, vault_path):
    demo_vault.close()
    return vault_path


def admin_page(qtbot, controller) -> tuple[MainWindow, AdminPage]:
    main = sign_in(qtbot, controller, "admin", "demo")
    assert isinstance(main, MainWindow)
    click(qtbot, main, "navAdmin")
    page = main.page_widget("admin")
    assert page.isVisible()
    return main, page


def table_column(page: AdminPage, column: int) -> list[str]:
    model = find(page, QTableView, "staffTable").model()
    return [model.index(r, column).data() for r in range(model.rowCount())]


def sign_out(qtbot, controller, main: MainWindow) -> None:
    click(qtbot, main, "signOutButton")
    assert isinstance(controller.window, SignInWindow)


def test_support_worker_cannot_reach_admin(qtbot, start_app, demo_path):
    controller = start_app(demo_path)
    main = sign_in(qtbot, controller, "worker", "demo")
    assert main.findChild(QPushButton, "navAdmin") is None
    assert [b.text().replace("&", "") for b in main.nav_group.buttons()] == [
        "Today", "Houses", "Referrals", "Residents", "Reports"]
    assert main.show_page("admin") is False
    assert main.current_page == "today"
    assert main.statusBar().currentMessage() == "The Admin page is for administrators only."
    assert main.findChild(AdminPage) is None
    # Nor by building the page directly.
    with pytest.raises(errors.NotAllowed):
        AdminPage(main.vault, None)


def test_manager_does_not_see_admin_either(qtbot, start_app, demo_path):
    controller = start_app(demo_path)
    main = sign_in(qtbot, controller, "manager", "demo")
    assert main.findChild(QPushButton, "navAdmin") is None
    assert main.show_page("admin") is False


def test_reports_page_exports_the_outcomes_spreadsheet(qtbot, start_app, demo_path, tmp_path):
    from openpyxl import load_workbook
    from PySide6.QtWidgets import QLineEdit

    controller = start_app(demo_path)
    main = sign_in(qtbot, controller, "manager", "demo")
    click(qtbot, main, "navReports")
    assert main.current_page == "reports"
    page = main.page_widget("reports")
    click(qtbot, page, "reportsOutcomesButton")
    dialog = page.dialog
    qtbot.waitUntil(dialog.isVisible)
    target = tmp_path / "outcomes.xlsx"
    find(dialog, QLineEdit, "outcomesPath").setText(str(target))
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):  # closes once written
        click(qtbot, dialog, "outcomesDialogSave")
    assert target.exists()
    assert str(target) in find(page, QLabel, "reportsMessage").text()
    assert "Summary" in load_workbook(target, read_only=True).sheetnames


def test_admin_adds_staff_and_she_can_sign_in(qtbot, start_app, demo_path):
    controller = start_app(demo_path)
    main, page = admin_page(qtbot, controller)
    assert table_column(page, 1) == ["admin", "manager", "worker"]
    click(qtbot, page, "addStaffButton")
    dialog = page.dialog
    qtbot.waitUntil(dialog.isVisible)
    type_into(qtbot, dialog, "addStaffName", "Bea Newcomer")
    type_into(qtbot, dialog, "addStaffUsername", "bea")
    find(dialog, QComboBox, "addStaffRole").setCurrentIndex(1)  # Manager
    type_into(qtbot, dialog, "addStaffPassword", "short")
    type_into(qtbot, dialog, "addStaffConfirm", "short")
    click(qtbot, dialog, "addStaffSave")
    # Too weak: said beside the password, nothing saved, the dialog stays with her typing.
    assert find(dialog, QLabel, "addStaffPasswordError").text().startswith("Use at least 10")
    assert dialog.isVisible()
    assert "bea" not in table_column(page, 1)

    type_into(qtbot, dialog, "addStaffPassword", NEW_PASSWORD)
    type_into(qtbot, dialog, "addStaffConfirm", NEW_PASSWORD)
    click(qtbot, dialog, "addStaffSave")
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert "bea" in table_column(page, 1)
    assert find(page, QLabel, "adminMessage").text() == "Bea Newcomer can now sign in as “bea”."

    sign_out(qtbot, controller, main)
    newcomer = sign_in(qtbot, controller, "bea", NEW_PASSWORD)
    assert isinstance(newcomer, MainWindow)
    assert find(newcomer, QLabel, "statusPerson").text() == "Signed in: Bea Newcomer · Manager"


def test_username_taken_is_said_beside_the_username(qtbot, start_app, demo_path):
    controller = start_app(demo_path)
    _main, page = admin_page(qtbot, controller)
    click(qtbot, page, "addStaffButton")
    dialog = page.dialog
    type_into(qtbot, dialog, "addStaffName", "Another Sam")
    type_into(qtbot, dialog, "addStaffUsername", "worker")
    type_into(qtbot, dialog, "addStaffPassword", NEW_PASSWORD)
    type_into(qtbot, dialog, "addStaffConfirm", NEW_PASSWORD)
    click(qtbot, dialog, "addStaffSave")
    error = find(dialog, QLabel, "addStaffUsernameError")
    assert error.isVisible() and "already used" in error.text()


def test_switch_off_and_on_again(qtbot, start_app, demo_path):
    controller = start_app(demo_path)
    main, page = admin_page(qtbot, controller)
    assert page.select("worker")
    click(qtbot, page, "deactivateButton")
    box = page.dialog
    assert isinstance(box, QMessageBox)
    click(qtbot, box, "confirmYesButton")
    assert table_column(page, 3)[2] == "Switched off"
    assert not find(page, QPushButton, "deactivateButton").isEnabled()

    sign_out(qtbot, controller, main)
    sign_in(qtbot, controller, "worker", "demo")
    assert isinstance(controller.window, SignInWindow)
    assert find(controller.window, QLabel, "signInMessage").text() == errors.UnknownUser.message

    main, page = admin_page(qtbot, controller)
    page.select("worker")
    click(qtbot, page, "reactivateButton")
    dialog = page.dialog
    type_into(qtbot, dialog, "setPasswordPassword", NEW_PASSWORD)
    type_into(qtbot, dialog, "setPasswordConfirm", NEW_PASSWORD)
    click(qtbot, dialog, "setPasswordSave")
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert table_column(page, 3)[2] == "On"
    sign_out(qtbot, controller, main)
    assert isinstance(sign_in(qtbot, controller, "worker", NEW_PASSWORD), MainWindow)


def test_last_administrator_cannot_lose_the_role(qtbot, start_app, demo_path):
    controller = start_app(demo_path)
    _main, page = admin_page(qtbot, controller)
    page.select("admin")
    click(qtbot, page, "changeRoleButton")
    dialog = page.dialog
    find(dialog, QComboBox, "roleCombo").setCurrentIndex(0)
    click(qtbot, dialog, "roleSave")
    assert find(dialog, QLabel, "roleMessage").text().startswith("This is the only active")
    assert table_column(page, 2)[0] == Role.ADMINISTRATOR.label


def test_idle_lock_setting_is_saved(qtbot, start_app, demo_path):
    controller = start_app(demo_path)
    main, page = admin_page(qtbot, controller)
    find(page, QSpinBox, "idleLockMinutes").setValue(3)
    click(qtbot, page, "saveIdleLockButton")
    assert access.organisation(main.vault).idle_lock_minutes == 3
    assert main.idle.timer.interval() == 3 * 60_000
    assert "locks after 3 minutes" in find(page, QLabel, "adminMessage").text()


def test_backup_and_rotate_key(qtbot, start_app, demo_path, tmp_path):
    controller = start_app(demo_path)
    main, page = admin_page(qtbot, controller)
    click(qtbot, page, "backupButton")
    chooser = page.dialog
    assert isinstance(chooser, QFileDialog)
    dest = tmp_path / "backups" / "monday.rdb"
    dest.parent.mkdir()
    chooser.selectFile(str(dest))
    chooser.accept()
    settle(qtbot, page.job)
    assert dest.exists() and dest.with_suffix(".rdkeys").exists()
    assert "Backup saved: monday.rdb" in find(page, QLabel, "adminMessage").text()

    generation = main.vault.keyfile.generation
    click(qtbot, page, "rotateKeyButton")
    click(qtbot, page.dialog, "confirmYesButton")
    settle(qtbot, page.job)
    assert main.vault.keyfile.generation == generation + 1
    assert find(page, QLabel, "adminMessage").text().startswith("The vault has a new key.")
    sign_out(qtbot, controller, main)
    assert isinstance(sign_in(qtbot, controller, "worker", "demo"), MainWindow)


def test_check_the_records_from_admin(qtbot, start_app, demo_path):
    """`refugedesk check`, from the screens, in the background: a sound vault says so."""
    controller = start_app(demo_path)
    _main, page = admin_page(qtbot, controller)
    click(qtbot, page, "checkRecordsButton")
    assert page.job is not None
    settle(qtbot, page.job)
    text = find(page, QLabel, "adminMessage").text()
    assert text.startswith("Checked: the records are sound"), text
    assert "events are unbroken" in text


def test_change_my_password(qtbot, start_app, demo_path):
    controller = start_app(demo_path)
    main = sign_in(qtbot, controller, "worker", "demo")
    click(qtbot, main, "changePasswordButton")
    dialog = find(main, ChangePasswordDialog, "changePasswordDialog")
    qtbot.waitUntil(dialog.isVisible)
    type_into(qtbot, dialog, "currentPassword", "not it")
    type_into(qtbot, dialog, "newPasswordPassword", NEW_PASSWORD)
    type_into(qtbot, dialog, "newPasswordConfirm", NEW_PASSWORD)
    click(qtbot, dialog, "changePasswordSave")
    settle(qtbot, dialog.job)
    assert find(dialog, QLabel, "currentPasswordError").text() == errors.WrongPassword.message
    assert dialog.isVisible()

    type_into(qtbot, dialog, "currentPassword", "demo")
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):  # closes once changed
        click(qtbot, dialog, "changePasswordSave")
    assert main.statusBar().currentMessage().startswith("Your password has been changed")

    sign_out(qtbot, controller, main)
    sign_in(qtbot, controller, "worker", "demo")
    assert find(controller.window, QLabel, "signInMessage").text() == (
        errors.WrongPassword.message)
    assert isinstance(sign_in(qtbot, controller, "worker", NEW_PASSWORD), MainWindow)
    # Colleagues are untouched.
    sign_out(qtbot, controller, controller.window)
    assert isinstance(sign_in(qtbot, controller, "manager", "demo"), MainWindow)


def test_administrator_who_gives_up_the_role_is_locked_then_sees_her_new_rail(
        qtbot, start_app, demo_path):
    controller = start_app(demo_path)
    main, page = admin_page(qtbot, controller)
    page.select("manager")
    click(qtbot, page, "changeRoleButton")
    find(page.dialog, QComboBox, "roleCombo").setCurrentIndex(2)  # Administrator
    click(qtbot, page.dialog, "roleSave")
    page.select("admin")
    click(qtbot, page, "changeRoleButton")
    find(page.dialog, QComboBox, "roleCombo").setCurrentIndex(0)  # Support worker
    click(qtbot, page.dialog, "roleSave")
    assert main.is_locked
    type_into(qtbot, main, "lockPassword", "demo")
    click(qtbot, main, "unlockButton")
    settle(qtbot, main.unlock_job)
    assert not main.is_locked
    assert main.findChild(QPushButton, "navAdmin") is None
    assert find(main, QLabel, "statusPerson").text().endswith("· Support worker")


def test_rotate_key_while_open_elsewhere_says_so(qtbot, start_app, demo_path):
    controller = start_app(demo_path)
    main, page = admin_page(qtbot, controller)
    elsewhere = access.sign_in(demo_path, "manager", "demo")  # another copy of the app
    try:
        with elsewhere.session() as session:
            session.connection().exec_driver_sql("SELECT 1").all()
            generation = main.vault.keyfile.generation
            click(qtbot, page, "rotateKeyButton")
            click(qtbot, page.dialog, "confirmYesButton")
            settle(qtbot, page.job)  # the key change runs while the other copy is open
    finally:
        elsewhere.close()
    message = find(page, QLabel, "adminMessage").text()
    assert "open on another computer or window" in message
    assert main.vault.keyfile.generation == generation
    sign_out(qtbot, controller, main)
    assert isinstance(sign_in(qtbot, controller, "worker", "demo"), MainWindow)


def test_a_manager_backs_up_from_the_menu_and_a_worker_cannot(qtbot, start_app, demo_path,
                                                            tmp_path):
    from PySide6.QtGui import QAction

    from refugedesk.db.vault import Vault

    controller = start_app(demo_path)
    main = sign_in(qtbot, controller, "manager", "demo")
    action = main.findChild(QAction, "backupAction")
    assert action.isVisible() and main.findChild(QPushButton, "navAdmin") is None
    action.trigger()
    dialog = main.backup_dialog
    qtbot.waitUntil(dialog.isVisible)
    dialog.fileSelected.emit(str(tmp_path / "from-the-menu.rdb"))
    settle(qtbot, main.backup_job)
    assert main.statusBar().currentMessage().startswith("Backup saved: from-the-menu.rdb")
    Vault.unlock(tmp_path / "from-the-menu.rdb", "manager", "demo").close()
    dialog.close()
    sign_out(qtbot, controller, main)
    main = sign_in(qtbot, controller, "worker", "demo")
    assert not main.findChild(QAction, "backupAction").isVisible()
