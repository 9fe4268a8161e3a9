"""Welsh in the app's shell (issue 18): the sign-in window's language button, her own language
kept and used from sign-in on, the Language setting every worker reaches from the side menu,
the lock screen, first run, Admin, the shared widgets and Qt's own words; and English as it was.

Run with a .qm built from the translations (`make translations`, or lrelease on a part)."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QWidget,
)

from refugedesk import i18n, language
from refugedesk.ui import operations
from refugedesk.ui import settings as look_settings
from refugedesk.ui.first_run import FirstRunWindow
from refugedesk.ui.main_window import MainWindow
from refugedesk.ui.sign_in import SignInWindow
from refugedesk.ui.widgets import WaitCountdown
from ui.drive import click, find, settle, sign_in, type_into


@pytest.fixture
def settings_here(tmp_path: Path) -> Iterator[Path]:
    """This computer's settings in the test's own folder, never the user's."""
    folder = tmp_path / "config"
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(folder))
    yield folder
    default = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, default)


@pytest.fixture
def english_after(qapp, settings_here) -> Iterator[None]:
    """Whatever language a test ends in, the tests after it start in English."""
    assert i18n.current() == "en"
    yield
    i18n.use("en")


@pytest.fixture
def welsh(english_after) -> None:
    assert i18n.use("cy"), "the .qm files are missing: run `make translations`"


@pytest.fixture
def demo_path(demo_vault, vault_path):
    demo_vault.close()
    return vault_path


def _rail(main: MainWindow) -> list[str]:
    return [button.text() for button in main.nav_buttons.values()]


def _unlock(qtbot, main: MainWindow, username: str) -> None:
    type_into(qtbot, main, "lockUsername", username)
    type_into(qtbot, main, "lockPassword", "demo")
    click(qtbot, main, "unlockButton")
    settle(qtbot, main.unlock_job)


# --- the sign-in window ------------------------------------------------------------------------


def test_sign_in_window_offers_welsh_and_switches_at_once_keeping_the_username(
        qtbot, start_app, demo_path, english_after):
    window = start_app(demo_path).window
    assert isinstance(window, SignInWindow)
    toggle = find(window, QPushButton, "signInLanguage")
    assert toggle.text() == "Cymraeg"
    assert toggle.accessibleName() == "Cymraeg: use RefugeDesk in Welsh"
    assert toggle.focusPolicy() & Qt.FocusPolicy.TabFocus  # reachable with Tab
    type_into(qtbot, window, "signInUsername", "worker")

    qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)
    assert i18n.current() == "cy"
    assert window.windowTitle() == "RefugeDesk DEMO — mewngofnodi"
    assert find(window, QLabel, "signInHeading").text() == "Mewngofnodi i RefugeDesk"
    assert find(window, QPushButton, "signInButton").text() == "Mewngofnodi"
    assert find(window, QLineEdit, "signInUsername").accessibleName() == "Enw defnyddiwr"
    assert find(window, QLabel, "demoNote").text().startswith("Cronfa ddiogel DEMO yw hon")
    assert toggle.text() == "English"
    assert toggle.accessibleName() == "English: defnyddio RefugeDesk yn Saesneg"
    assert find(window, QLineEdit, "signInUsername").text() == "worker"

    # And back, from the keyboard.
    toggle.setFocus()
    qtbot.keyClick(toggle, Qt.Key.Key_Space)
    assert i18n.current() == "en"
    assert window.windowTitle() == "RefugeDesk DEMO — sign in"
    assert find(window, QLabel, "signInHeading").text() == "Sign in to RefugeDesk"
    assert toggle.text() == "Cymraeg"
    assert find(window, QLineEdit, "signInUsername").text() == "worker"


def test_welsh_chosen_at_sign_in_becomes_hers_and_the_lock_screen_speaks_it(
        qtbot, start_app, demo_path, english_after):
    controller = start_app(demo_path)
    click(qtbot, controller.window, "signInLanguage")
    main = sign_in(qtbot, controller, "worker", "demo")
    assert isinstance(main, MainWindow)
    assert _rail(main)[:2] == ["&Heddiw", "Ta&i"]
    assert [a.text() for a in main.menuBar().actions()] == ["&RefugeDesk", "C&ymorth"]
    assert find(main, QPushButton, "languageButton").text() == "Iaith…"
    assert find(main, QLabel, "statusPerson").text().startswith("Wedi mewngofnodi: ")
    assert language.mine(main.vault) == "cy"  # hers from now on, kept in the vault
    assert look_settings.language() == "cy"  # and this computer's, for the next sign-in

    click(qtbot, main, "lockButton")
    assert main.windowTitle() == "RefugeDesk — wedi'i gloi"
    assert find(main, QLabel, "lockHeading").text() == "Mae RefugeDesk wedi'i gloi"
    assert find(main, QPushButton, "unlockButton").text() == "Datgloi"
    assert find(main, QLineEdit, "lockPassword").accessibleName() == "Cyfrinair"

    # A colleague who works in English unlocks: the window is hers, in English.
    _unlock(qtbot, main, "admin")
    assert i18n.current() == "en"
    assert _rail(main)[0] == "&Today"
    assert [a.text() for a in main.menuBar().actions()] == ["&RefugeDesk", "&Help"]
    click(qtbot, main, "lockButton")
    assert find(main, QLabel, "lockHeading").text() == "RefugeDesk is locked"


def test_her_own_language_is_used_at_her_next_sign_in(qtbot, start_app, demo_path,
                                                      english_after):
    controller = start_app(demo_path)
    click(qtbot, controller.window, "signInLanguage")
    main = sign_in(qtbot, controller, "worker", "demo")
    click(qtbot, main, "signOutButton")
    window = controller.window
    assert isinstance(window, SignInWindow)  # this computer's last language: hers
    assert find(window, QPushButton, "signInButton").text() == "Mewngofnodi"

    i18n.use("en")  # another day, the sign-in window in English: she signs in without asking
    second = start_app(demo_path)
    main = sign_in(qtbot, second, "worker", "demo")
    assert _rail(main)[0] == "&Heddiw"


# --- her Language setting, for every role ------------------------------------------------------


def _choose(qtbot, main: MainWindow, code: str) -> None:
    click(qtbot, main, "languageButton")
    dialog = main.language_dialog
    choice = find(dialog, QComboBox, "languageChoice")
    choice.setCurrentIndex(choice.findData(code))
    click(qtbot, dialog, "languageDialogSave")


def test_a_worker_changes_her_language_from_the_side_menu_and_stays_signed_in(
        qtbot, start_app, demo_path, english_after):
    controller = start_app(demo_path)
    main = sign_in(qtbot, controller, "worker", "demo")
    assert "admin" not in main.nav_buttons  # Admin is not hers; Language is on the rail
    assert main.show_page("residents")
    click(qtbot, main, "languageButton")
    dialog = main.language_dialog
    choice = find(dialog, QComboBox, "languageChoice")
    assert [choice.itemText(i) for i in range(choice.count())] == ["English", "Cymraeg (drafft)"]
    assert choice.currentData() == "en"
    choice.setCurrentIndex(choice.findData("cy"))
    click(qtbot, dialog, "languageDialogSave")

    assert controller.window is main and not main.is_locked and main.vault.is_open
    assert _rail(main) == ["&Heddiw", "Ta&i", "Atgy&feiriadau", "&Preswylwyr", "Adr&oddiadau"]
    assert main.current_page == "residents"  # where she was
    assert main.statusBar().currentMessage() == "Eich iaith nawr yw Cymraeg."
    assert language.mine(main.vault) == "cy"
    assert look_settings.language() == "cy"

    _choose(qtbot, main, "en")
    assert _rail(main)[0] == "&Today"
    assert find(main, QPushButton, "languageButton").text() == "Language…"
    assert main.statusBar().currentMessage() == "Your language is now English."
    assert language.mine(main.vault) == "en"


def test_language_dialog_speaks_welsh_and_keeps_the_keyboard(qtbot, start_app, demo_path,
                                                            english_after):
    controller = start_app(demo_path)
    main = sign_in(qtbot, controller, "manager", "demo")
    _choose(qtbot, main, "cy")
    click(qtbot, main, "languageButton")
    dialog = main.language_dialog
    assert dialog.windowTitle() == "Iaith"
    assert find(dialog, QPushButton, "languageDialogSave").text() == "Defnyddio'r iaith hon"
    assert find(dialog, QLabel, "welshDraftHint").text().startswith("Drafft yw'r Gymraeg")
    dialog.reject()
    assert [a.text() for a in main.app_menu.actions() if a.text()] == [
        "C&loi nawr", "&Newid fy nghyfrinair…", "&Iaith…", "Gwneud &copi wrth gefn nawr…",
        "&Allgofnodi o RefugeDesk", "&Gadael"]


def test_welsh_alt_letters_of_menus_and_rail_do_not_clash(qtbot, start_app, demo_path,
                                                          english_after):
    controller = start_app(demo_path)
    click(qtbot, controller.window, "signInLanguage")
    main = sign_in(qtbot, controller, "admin", "demo")
    texts = [a.text() for a in main.menuBar().actions()] + _rail(main)
    letters = [re.search(r"&([^&])", t).group(1).lower() for t in texts]
    assert len(set(letters)) == len(letters) == 8, texts
    items = [a.text() for a in main.app_menu.actions() if a.text()]
    item_letters = [re.search(r"&([^&])", t).group(1).lower() for t in items]
    assert len(set(item_letters)) == len(item_letters), items


# --- Admin, and a count in Welsh ---------------------------------------------------------------


def test_admin_page_in_welsh_with_a_count(qtbot, start_app, demo_path, english_after):
    controller = start_app(demo_path)
    click(qtbot, controller.window, "signInLanguage")
    main = sign_in(qtbot, controller, "admin", "demo")
    click(qtbot, main, "navAdmin")
    page = main.page_widget("admin")
    table = find(page, QTableView, "staffTable")
    headers = [table.model().headerData(i, Qt.Orientation.Horizontal) for i in range(4)]
    assert headers == ["Enw", "Enw defnyddiwr", "Rôl", "Cyfrif"]
    assert find(page, QPushButton, "addStaffButton").text() == "Ychwanegu aelod o staff…"
    minutes = find(page, QSpinBox, "idleLockMinutes")
    for value in (1, 6):
        minutes.setValue(value)
        click(qtbot, page, "saveIdleLockButton")
        assert find(page, QLabel, "adminMessage").text() == (
            f"Wedi'i gadw. Bydd RefugeDesk nawr yn cloi ar ôl {value} munud heb ddefnydd.")


def test_the_wait_after_failed_attempts_counts_in_welsh_and_in_english(qapp, english_after):
    button, message = QPushButton(), QLabel()
    countdown = WaitCountdown(button, message)
    countdown.begin(1)
    assert message.text() == "Too many attempts. Please wait 1 second before trying again."
    countdown.begin(5)
    assert message.text() == "Too many attempts. Please wait 5 seconds before trying again."
    assert i18n.use("cy")
    for seconds in (1, 2, 6, 20):
        countdown.begin(seconds)
        assert message.text() == (
            f"Gormod o ymdrechion. Arhoswch {seconds} eiliad cyn rhoi cynnig arall arni.")
    countdown.stop()


# --- first run, Qt's own words, and English unchanged ------------------------------------------


def test_first_run_speaks_welsh(qtbot, vault_path, welsh):
    window = FirstRunWindow(vault_path)
    qtbot.addWidget(window)
    assert window.windowTitle() == "RefugeDesk — croeso"
    assert find(window, QPushButton, "setUpButton").accessibleName() == "Sefydlu fy ngwasanaeth"
    assert find(window, QPushButton, "createVaultButton").text() == "Creu'r gronfa ddiogel"
    assert find(window, QLabel, "lookedForLabel").text() == (
        f"Chwiliodd RefugeDesk am gronfa ddiogel yma: {vault_path}")


def test_the_calm_error_box_and_its_button_are_in_welsh(qtbot, welsh):
    parent = QWidget()
    qtbot.addWidget(parent)
    box = operations.show_unexpected(parent)
    assert box.windowTitle() == "Aeth rhywbeth o'i le"
    assert box.text().startswith("Aeth rhywbeth o'i le, a chafodd hyn mo'i wneud.")
    assert box.button(QMessageBox.StandardButton.Ok).text() == "Iawn"
    box.close()


def test_qt_file_dialog_and_wizard_buttons_are_in_welsh(qtbot, tmp_path, welsh):
    from PySide6.QtWidgets import QFileDialog, QHeaderView, QWizard, QWizardPage

    dialog = QFileDialog(None, "", str(tmp_path), "PDF (*.pdf)")
    qtbot.addWidget(dialog)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.show()
    labels = [label.text() for label in dialog.findChildren(QLabel) if label.text()]
    assert labels == ["Edrych &yn:", "&Enw’r ffeil:", "Ffeiliau o’r &math:"]
    assert [b.text() for b in dialog.findChildren(QPushButton)] == ["&Cadw", "Canslo"]
    header = dialog.findChildren(QHeaderView)[0]
    assert header.model().headerData(0, header.orientation()) == "Enw"
    wizard = QWizard()
    qtbot.addWidget(wizard)
    wizard.addPage(QWizardPage())
    wizard.addPage(QWizardPage())
    assert [wizard.buttonText(which) for which in (
        QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
        QWizard.WizardButton.CancelButton)] == ["< &Yn ôl", "&Nesaf >", "Canslo"]


def test_english_is_as_it_was(qtbot, start_app, demo_path, english_after):
    controller = start_app(demo_path)
    window = controller.window
    assert window.windowTitle() == "RefugeDesk DEMO — sign in"
    assert find(window, QPushButton, "signInButton").text() == "Sign in"
    main = sign_in(qtbot, controller, "worker", "demo")
    assert _rail(main) == ["&Today", "Ho&uses", "Referra&ls", "Resi&dents", "Report&s"]
    assert [a.text() for a in main.menuBar().actions()] == ["&RefugeDesk", "&Help"]
    assert find(main, QPushButton, "changePasswordButton").text() == "Change my password…"
    assert find(main, QPushButton, "lockButton").accessibleName() == "Lock now"
    assert look_settings.language() == "en"
