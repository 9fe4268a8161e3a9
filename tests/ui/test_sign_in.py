"""The sign-in window: plain messages, the demo note, the wait after repeated failures."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton

from refugedesk import errors
from refugedesk.db.keyslots import keyfile_path
from refugedesk.ui.main_window import MainWindow
from refugedesk.ui.sign_in import SignInWindow
from ui.drive import find, sign_in


@pytest.fixture
def demo_path(demo_vault, vault_path):
    demo_vault.close()
    return vault_path


def test_demo_sign_in_window_says_demo_and_gives_accounts(qtbot, start_app, demo_path):
    window = start_app(demo_path).window
    assert isinstance(window, SignInWindow)
    assert "DEMO" in window.windowTitle()
    note = find(window, QLabel, "demoNote")
    assert note.isVisible()
    for word in ("admin", "manager", "worker", "demo"):
        assert word in note.text()


def test_real_vault_sign_in_has_no_demo_note(qtbot, start_app, new_vault, vault_path):
    new_vault[0].close()
    window = start_app(vault_path).window
    assert "DEMO" not in window.windowTitle()
    assert not find(window, QLabel, "demoNote").isVisible()


@pytest.mark.parametrize("username, password, expected", [
    ("worker", "not the password", errors.WrongPassword.message),
    ("nobody", "demo", errors.UnknownUser.message),
])
def test_failed_sign_in_shows_plain_message(qtbot, start_app, demo_path, username, password,
                                            expected):
    controller = start_app(demo_path)
    window = sign_in(qtbot, controller, username, password)
    assert window is controller.window and isinstance(window, SignInWindow)
    message = find(window, QLabel, "signInMessage")
    assert message.isVisible()
    assert message.text() == expected
    assert find(window, QLineEdit, "signInUsername").text() == username
    assert find(window, QLineEdit, "signInPassword").text() == ""


def test_missing_key_file_is_explained(qtbot, start_app, demo_path):
    keyfile_path(demo_path).unlink()
    controller = start_app(demo_path)
    sign_in(qtbot, controller, "admin", "demo")
    assert find(controller.window, QLabel, "signInMessage").text() == (
        errors.KeyFileMissing.message)


def test_empty_fields_are_asked_for(qtbot, start_app, demo_path):
    controller = start_app(demo_path)
    window = controller.window
    find(window, QPushButton, "signInButton").click()
    assert find(window, QLabel, "signInMessage").text() == "Enter your username."


def test_too_many_attempts_counts_down_then_lets_her_try(qtbot, start_app, demo_path):
    controller = start_app(demo_path)
    window = controller.window
    for _ in range(3):
        sign_in(qtbot, controller, "worker", "wrong guess")
    sign_in(qtbot, controller, "worker", "wrong guess")
    message = find(window, QLabel, "signInMessage")
    button = find(window, QPushButton, "signInButton")
    assert "Please wait" in message.text()
    assert not button.isEnabled()
    qtbot.waitUntil(button.isEnabled, timeout=5000)
    assert message.text() == "You can try again now."
    assert isinstance(sign_in(qtbot, controller, "worker", "demo"), MainWindow)


def test_demo_worker_signs_in(qtbot, start_app, demo_path):
    controller = start_app(demo_path)
    main = sign_in(qtbot, controller, "worker", "demo")
    assert isinstance(main, MainWindow)
    assert find(main, QLabel, "statusPerson").text() == (
        "Signed in: Sam Worker (demo) · Support worker")
