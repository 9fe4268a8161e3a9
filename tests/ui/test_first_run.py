"""First run: setting up the service's vault, or trying the demo, ends in the main window."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QPushButton

from refugedesk.db.keyslots import keyfile_path
from refugedesk.ui.first_run import FirstRunWindow
from refugedesk.ui.main_window import MainWindow
from refugedesk.ui.sign_in import SignInWindow
from ui.drive import click, find, type_into

PASSWORD = "quiet harbour kettle 7"


def fill_set_up(qtbot, window, *, username="ada", password=PASSWORD, confirm=PASSWORD):
    type_into(qtbot, window, "organisationEdit", "Riverside Test Refuge")
    type_into(qtbot, window, "displayNameEdit", "Ada Test")
    type_into(qtbot, window, "usernameEdit", username)
    type_into(qtbot, window, "setupPassword", password)
    type_into(qtbot, window, "setupConfirm", confirm)


def test_set_up_from_first_run_to_main_window(qtbot, start_app, vault_path):
    controller = start_app(vault_path)
    window = controller.window
    assert isinstance(window, FirstRunWindow)
    click(qtbot, window, "setUpButton")
    assert find(window, QLineEdit, "organisationEdit").isVisible()
    assert find(window, QLineEdit, "locationEdit").text() == str(vault_path)

    # Live strength feedback beside the field, from the same rule the domain enforces.
    strength = find(window, QLabel, "setupStrength")
    type_into(qtbot, window, "setupPassword", "short")
    assert strength.text().startswith("Use at least 10 characters")
    fill_set_up(qtbot, window)
    assert strength.text() == "Strong enough."
    assert find(window, QLabel, "setupConfirmStatus").text() == "The two passwords match."

    click(qtbot, window, "createVaultButton")
    code = find(window, QLabel, "recoveryCode")
    assert code.isVisible()
    assert re.fullmatch(r"([A-Z2-9]{4}-){5}[A-Z2-9]{4}", code.text())
    assert "offline" in find(window, QLabel, "recoveryAdvice").text()
    assert vault_path.exists() and keyfile_path(vault_path).exists()

    # Continue only once she says the code is kept safe.
    go_on = find(window, QPushButton, "recoveryContinueButton")
    assert not go_on.isEnabled()
    find(window, QCheckBox, "keptSafeCheck").click()
    assert go_on.isEnabled()
    click(qtbot, window, "recoveryContinueButton")

    main = controller.window
    assert isinstance(main, MainWindow)
    assert main.windowTitle() == "RefugeDesk — Riverside Test Refuge"
    assert find(main, QLabel, "statusPerson").text() == "Signed in: Ada Test · Administrator"
    assert not find(main, QLabel, "statusDemo").isVisible()
    assert find(main, QPushButton, "navAdmin").isVisible()


def test_failed_set_up_keeps_what_was_typed(qtbot, start_app, vault_path):
    controller = start_app(vault_path)
    window = controller.window
    click(qtbot, window, "setUpButton")
    fill_set_up(qtbot, window, username="9lives")
    click(qtbot, window, "createVaultButton")

    error = find(window, QLabel, "usernameError")
    assert error.isVisible()
    assert error.text().startswith("A username starts with a letter")
    assert find(window, QLineEdit, "organisationEdit").text() == "Riverside Test Refuge"
    assert find(window, QLineEdit, "setupPassword").text() == PASSWORD
    assert not vault_path.exists()

    # Passwords that differ are caught before anything is written.
    type_into(qtbot, window, "usernameEdit", "ada")
    type_into(qtbot, window, "setupConfirm", PASSWORD + "x")
    assert find(window, QLabel, "setupConfirmStatus").text() == (
        "The two passwords are not the same yet.")
    click(qtbot, window, "createVaultButton")
    assert find(window, QLabel, "passwordError").text().startswith("The two passwords are not")
    assert not find(window, QLabel, "usernameError").isVisible()
    assert not vault_path.exists()

    # Fixed, it goes through.
    type_into(qtbot, window, "setupConfirm", PASSWORD)
    click(qtbot, window, "createVaultButton")
    assert find(window, QLabel, "recoveryCode").isVisible()


def test_demo_choice_opens_a_marked_demo(qtbot, start_app, vault_path):
    controller = start_app(vault_path)
    click(qtbot, controller.window, "tryDemoButton")
    main = controller.window
    assert isinstance(main, MainWindow)
    assert main.windowTitle().endswith("— DEMO")
    assert find(main, QLabel, "statusDemo").isVisible()
    # The demo sits beside the service's own vault and never takes its place.
    demo = vault_path.with_name("demo.rdb")
    assert demo.exists()
    assert not vault_path.exists()


def test_demo_choice_again_goes_to_its_sign_in(qtbot, start_app, demo_vault, vault_path):
    demo_vault.close()
    own = vault_path.with_name("own.rdb")
    vault_path.rename(vault_path.with_name("demo.rdb"))
    keyfile_path(vault_path).rename(keyfile_path(vault_path.with_name("demo.rdb")))
    controller = start_app(own)
    click(qtbot, controller.window, "tryDemoButton")
    assert isinstance(controller.window, SignInWindow)
    assert find(controller.window, QLabel, "demoNote").isVisible()
