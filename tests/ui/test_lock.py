"""Locking: nothing sensitive stays visible or reachable until a password is given again."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QTableView, QWidget
from sqlalchemy import select

from refugedesk import access, errors
from refugedesk.db.models import AuditEvent
from refugedesk.ui import dialogs
from refugedesk.ui.main_window import MainWindow
from ui.drive import click, find, settle, sign_in, type_into


@pytest.fixture
def demo_path(demo_vault, vault_path):
    demo_vault.close()
    return vault_path


def signed_in(qtbot, start_app, path, username="admin", **kwargs) -> MainWindow:
    controller = start_app(path, **kwargs)
    main = sign_in(qtbot, controller, username, "demo")
    assert isinstance(main, MainWindow)
    return main


def assert_locked(main: MainWindow) -> None:
    assert main.is_locked
    assert find(main, QWidget, "lockPage").isVisible()
    assert not find(main, QWidget, "shell").isVisible()
    assert not find(main, QWidget, "navRail").isVisible()
    assert not find(main, QLabel, "statusPerson").isVisible()
    assert main.windowTitle() == "RefugeDesk — locked"
    assert "Demo Refuge" not in main.windowTitle()


def unlock(qtbot, main: MainWindow, username: str, password: str) -> None:
    """Type and press Unlock; wait for the password check (in the background) to end."""
    before = main.unlock_job
    type_into(qtbot, main, "lockUsername", username)
    type_into(qtbot, main, "lockPassword", password)
    click(qtbot, main, "unlockButton")
    if main.unlock_job is not before:
        settle(qtbot, main.unlock_job)


def test_lock_now_hides_everything(qtbot, start_app, demo_path):
    main = signed_in(qtbot, start_app, demo_path)
    click(qtbot, main, "navAdmin")
    table = find(main, QTableView, "staffTable")
    assert table.isVisible()
    click(qtbot, main, "lockButton")
    assert_locked(main)
    assert not table.isVisible()
    assert find(main, QLineEdit, "lockUsername").text() == "admin"
    assert main.focusWidget() is find(main, QLineEdit, "lockPassword")
    # Navigating while locked is refused.
    assert main.show_page("today") is False
    assert find(main, QWidget, "lockPage").isVisible()
    # The lock is in the audit trail (written in the background, after any job before it).
    vault = main.vault

    def last_event() -> tuple[str, str]:
        with vault.session() as session:
            last = session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
        return last.kind, last.actor

    qtbot.waitUntil(lambda: last_event() == ("lock", "admin"))


def test_ctrl_l_locks_even_with_a_dialog_open_and_she_gets_her_work_back(
        qtbot, start_app, demo_path):
    main = signed_in(qtbot, start_app, demo_path)
    click(qtbot, main, "navAdmin")
    click(qtbot, main, "addStaffButton")
    dialog = main.page_widget("admin").dialog
    qtbot.waitUntil(dialog.isVisible)
    type_into(qtbot, dialog, "addStaffName", "Half Typed")
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.keyClick(find(dialog, QLineEdit, "addStaffName"), Qt.Key.Key_L,
                   Qt.KeyboardModifier.ControlModifier)
    assert_locked(main)
    assert not dialog.isVisible()

    unlock(qtbot, main, "admin", "wrong")
    assert find(main, QLabel, "lockMessage").text() == errors.WrongPassword.message
    assert_locked(main)

    unlock(qtbot, main, "admin", "demo")
    assert not main.is_locked
    assert find(main, QTableView, "staffTable").isVisible()
    assert dialog.isVisible()
    assert find(dialog, QLineEdit, "addStaffName").text() == "Half Typed"
    assert main.windowTitle().startswith("RefugeDesk — Demo Refuge")


def test_idle_lock_after_a_short_timeout(qtbot, start_app, demo_path):
    main = signed_in(qtbot, start_app, demo_path, idle_lock_ms=300)
    assert not main.is_locked
    qtbot.waitUntil(lambda: main.is_locked, timeout=5000)
    assert_locked(main)


def test_idle_lock_default_comes_from_the_organisation(qtbot, start_app, demo_path):
    main = signed_in(qtbot, start_app, demo_path)
    assert access.organisation(main.vault).idle_lock_minutes == 10
    assert main.idle.timer.interval() == 10 * 60_000
    assert main.idle.timer.isActive()


def test_unlock_by_another_person_rebuilds_for_her_role(qtbot, start_app, demo_path):
    main = signed_in(qtbot, start_app, demo_path)
    click(qtbot, main, "navAdmin")
    click(qtbot, main, "addStaffButton")
    dialog = main.page_widget("admin").dialog
    qtbot.waitUntil(dialog.isVisible)
    type_into(qtbot, dialog, "addStaffName", "Half Typed")
    main.lock_action.trigger()
    assert_locked(main)

    unlock(qtbot, main, "worker", "demo")
    assert not main.is_locked
    assert find(main, QLabel, "statusPerson").text() == (
        "Signed in: Sam Worker (demo) · Support worker")
    assert main.findChild(QPushButton, "navAdmin") is None
    assert main.current_page == "today"
    assert main.show_page("admin") is False
    # The administrator's half-typed dialog is gone, not handed to her colleague.
    qtbot.waitUntil(lambda: not dialogs.alive(dialog) or not dialog.isVisible())  # or deleted
    visible = [w for w in main.findChildren(QLineEdit) if w.isVisible()
               and w.text() == "Half Typed"]
    assert visible == []


def test_repeated_wrong_unlocks_make_her_wait(qtbot, start_app, demo_path):
    main = signed_in(qtbot, start_app, demo_path)
    main.lock_action.trigger()
    for _ in range(4):
        unlock(qtbot, main, "admin", "guess")
    assert "Please wait" in find(main, QLabel, "lockMessage").text()
    button = find(main, QPushButton, "unlockButton")
    assert not button.isEnabled()
    qtbot.waitUntil(button.isEnabled, timeout=5000)
    unlock(qtbot, main, "admin", "demo")
    assert not main.is_locked
    # The failed attempts are in the audit trail, written by the successful unlock.
    with main.vault.session() as session:
        kinds = session.scalars(select(AuditEvent.kind)).all()
    assert kinds.count("sign_in_failed") >= 3


def test_switched_off_while_signed_in_locks_at_her_next_action(qtbot, start_app, demo_path):
    from refugedesk import staff
    from refugedesk.ui.password_dialog import ChangePasswordDialog

    main = signed_in(qtbot, start_app, demo_path, username="worker")
    admin = access.sign_in(demo_path, "admin", "demo")  # a colleague, elsewhere
    try:
        with admin.session() as session:
            worker_id = next(r.id for r in staff.list_staff(session) if r.username == "worker")
        staff.deactivate(admin, worker_id)
    finally:
        admin.close()
    click(qtbot, main, "changePasswordButton")
    dialog = find(main, ChangePasswordDialog, "changePasswordDialog")
    qtbot.waitUntil(dialog.isVisible)
    type_into(qtbot, dialog, "currentPassword", "demo")
    type_into(qtbot, dialog, "newPasswordPassword", "harbour lantern violet 8")
    type_into(qtbot, dialog, "newPasswordConfirm", "harbour lantern violet 8")
    click(qtbot, dialog, "changePasswordSave")
    qtbot.waitUntil(lambda: main.is_locked)
    assert_locked(main)
    unlock(qtbot, main, "worker", "demo")
    assert main.is_locked  # her way in is gone
    unlock(qtbot, main, "admin", "demo")
    assert not main.is_locked
    assert find(main, QLabel, "statusPerson").text().endswith("· Administrator")
