"""What a screen reader hears: every control says what it is, messages are announced, headings
and the rail report their roles (issue 18, docs/accessibility.md "Screen readers")."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from refugedesk.demo import DEMO_PASSWORD, create_demo_vault
from refugedesk.ui import accessible
from refugedesk.ui.referrals_page import ReferralsPage
from ui.screens import pump, signed_in, unnamed_controls, walk


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("sr") / "demo.rdb"
    create_demo_vault(path).close()
    return path


def test_every_control_on_every_screen_has_a_name_that_is_not_only_its_value(qapp, demo_path):
    seen: list[str] = []
    problems: list[str] = []

    def visit(name: str, window: QWidget) -> None:
        seen.append(name)
        problems.extend(f"{name}: {p}" for p in unnamed_controls(window))

    with signed_in(demo_path, "admin", DEMO_PASSWORD) as controller:
        walk(controller, visit)
    assert len(seen) > 60, seen
    assert "record › Risk › New DASH checklist" in seen
    assert not problems, "\n".join(problems)


def test_a_message_is_named_for_its_form_and_announced_each_time_it_is_said(qtbot, new_vault):
    vault, _ = new_vault
    page = ReferralsPage(vault)
    qtbot.addWidget(page)
    heard: list[tuple[QWidget, str]] = []
    accessible.listeners.append(lambda widget, text: heard.append((widget, text)))
    QAccessible.setActive(True)  # the events go to Qt's accessibility bridge as for a reader
    try:
        page.findChild(QPushButton, "newReferralButton").click()
        dialog = page.dialog
        message = dialog.findChild(QLabel, "newReferralDialogMessage")
        assert not heard and message.isHidden()
        dialog.findChild(QPushButton, "newReferralDialogSave").click()
        said = message.text()
        assert "initials or name" in said
        assert heard == [(message, said)]
        face = QAccessible.queryAccessibleInterface(message)
        assert face.text(QAccessible.Text.Name) == f"{dialog.windowTitle()}: message"
        assert dialog.windowTitle() and face.text(QAccessible.Text.Name) != "Message"
        assert face.text(QAccessible.Text.Description) == said
        dialog.findChild(QPushButton, "newReferralDialogSave").click()
        assert heard == [(message, said), (message, said)]  # she tried again: told again
    finally:
        QAccessible.setActive(False)
        accessible.listeners.clear()


def test_headings_report_the_heading_role_and_their_level(qtbot, new_vault):
    vault, _ = new_vault
    QAccessible.setActive(True)  # as with a reader running: Qt makes interfaces as text is set
    try:
        page = ReferralsPage(vault)
    finally:
        QAccessible.setActive(False)
    qtbot.addWidget(page)
    title = next(w for w in page.findChildren(QLabel) if w.text() == "Referrals")
    face = QAccessible.queryAccessibleInterface(title)
    assert face.role() == QAccessible.Role.Heading
    assert face.text(QAccessible.Text.Name) == "Referrals"
    assert face.text(QAccessible.Text.Description) == "heading level 1"
    plain = QAccessible.queryAccessibleInterface(page.findChild(QLabel, "referralDetail"))
    assert plain.role() == QAccessible.Role.StaticText


def test_the_rail_reports_pages_as_page_tabs_and_which_one_is_open(qapp, demo_path):
    with signed_in(demo_path, "admin", DEMO_PASSWORD) as controller:
        main = controller.window
        today = main.findChild(QPushButton, "navToday")
        houses = main.findChild(QPushButton, "navHouses")
        houses.click()
        pump()
        for button in (today, houses):
            face = QAccessible.queryAccessibleInterface(button)
            assert face.role() == QAccessible.Role.PageTab, button.objectName()
            assert face.text(QAccessible.Text.Name) == button.accessibleName()
        assert QAccessible.queryAccessibleInterface(houses).state().selected
        assert not QAccessible.queryAccessibleInterface(today).state().selected
        today.click()
        pump()
        assert QAccessible.queryAccessibleInterface(today).state().selected
        assert not QAccessible.queryAccessibleInterface(houses).state().selected
