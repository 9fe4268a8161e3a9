"""The privacy notice through the screens: the administrator writes it on the Admin page,
the intake's consent step shows it, the worker ticks that she gave it, and her record's
Overview says when."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QPlainTextEdit, QWizard

from refugedesk.ui.intake_wizard import IntakeWizard
from refugedesk.ui.main_window import MainWindow
from refugedesk.ui.privacy_notice_ui import PrivacyNoticeDialog
from ui.drive import click, find, sign_in, type_into

TEXT = "We keep your details safe. You can ask for a copy at any time."


@pytest.fixture
def demo_path(demo_vault, vault_path):
    demo_vault.close()
    return vault_path


def _intake_to_consent(qtbot, main: MainWindow) -> IntakeWizard:
    click(qtbot, main, "navResidents")
    page = main.page_widget("residents")
    click(qtbot, page, "newIntakeButton")
    wizard = page.dialog
    assert isinstance(wizard, IntakeWizard)
    type_into(qtbot, wizard, "intakeReference", "R-PN1")
    type_into(qtbot, wizard, "intakeName", "Amara Reed")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wizard.currentPage().objectName() == "intakeConsentPage"
    return wizard


def test_the_notice_is_set_shown_at_intake_and_her_record_says_when(qtbot, start_app,
                                                                    demo_path):
    controller = start_app(demo_path)
    main = sign_in(qtbot, controller, "admin", "demo")

    # no notice yet: the consent step says an administrator can set it
    wizard = _intake_to_consent(qtbot, main)
    assert find(wizard, QLabel, "intakePrivacyMissing").isVisible()
    assert not find(wizard, QPlainTextEdit, "intakePrivacyNotice").isVisible()
    wizard.reject()  # kept as an intake saved part-way

    click(qtbot, main, "navAdmin")
    admin = main.page_widget("admin")
    assert "Not set yet" in find(admin, QLabel, "privacyNoticeHint").text()
    click(qtbot, admin, "privacyNoticeButton")
    dialog = admin.dialog
    assert isinstance(dialog, PrivacyNoticeDialog)
    qtbot.keyClicks(find(dialog, QPlainTextEdit, "privacyNoticeText"), TEXT)
    click(qtbot, dialog, "privacyNoticeDialogSave")
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert "Shown at every intake" in find(admin, QLabel, "privacyNoticeHint").text()

    wizard = _intake_to_consent(qtbot, main)
    shown = find(wizard, QPlainTextEdit, "intakePrivacyNotice")
    assert shown.isVisible() and shown.isReadOnly() and shown.toPlainText() == TEXT
    assert not find(wizard, QLabel, "intakePrivacyMissing").isVisible()
    given_on = wizard.findChild(type(wizard.consent.privacy.given_on), "intakePrivacyGivenOn")
    assert not given_on.isEnabled()  # until she ticks that she gave it
    find(wizard, QCheckBox, "intakePrivacyGiven").setChecked(True)
    assert given_on.isEnabled() and given_on.text() == date.today().strftime("%d/%m/%Y")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    page = main.page_widget("residents")
    qtbot.waitUntil(lambda: page.record is not None)
    overview = page.record.show_tab("recordOverview").shown_text()
    assert f"Given on {date.today().day} {date.today():%b %Y}" in overview
    assert "Not given yet" not in overview
