"""Her contact rules on the contact form: a text message to a woman who asked not to be
texted asks first ("Go back" is the default and keeps what was typed), and her code word and
times to avoid are there to read before the phone rings."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QMessageBox, QPlainTextEdit, QPushButton

from refugedesk import capacity, contacts, houses, residents
from refugedesk.db.models import ContactMode
from refugedesk.ui.residents_page import ResidentsPage
from ui.drive import settled

TODAY = date.today()


@pytest.fixture
def record(qtbot, new_vault):
    """Her record open on the Residents page: in refuge now, "Do not text her", phoning not
    asked yet, a code word and times to avoid."""
    vault, _ = new_vault
    house = houses.add_house(vault, name="Elm House", area="Northtown",
                             opened_on=TODAY - timedelta(days=400))
    room = houses.add_room(vault, house_id=house, name="Room 1", child_places=2,
                           opened_on=TODAY - timedelta(days=400))
    rid = residents.create_resident(vault, reference="R-0001", name="Nadia Brook",
                                    safe_to_text=False, code_word="bluebell",
                                    times_to_avoid="after 6pm and weekends")
    stay = capacity.arrive(vault, room_id=room, on=TODAY - timedelta(days=10),
                           household_ref="H-0001", name="Nadia Brook")
    residents.link_stay(vault, resident_id=rid, stay_id=stay)
    page = ResidentsPage(vault)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    settled(page.search_job)
    return page.open_resident(rid)


def contacts_of(record) -> list[tuple[ContactMode, str]]:
    with record.vault.session() as session:
        return [(c.mode, c.notes) for c in contacts.contacts_for(session, record.resident_id)]


def open_contact(qtbot, record):
    qtbot.mouseClick(record.findChild(QPushButton, "recordAddContactButton"),
                     Qt.MouseButton.LeftButton)
    dialog = record.dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_a_text_to_a_woman_who_asked_not_to_be_texted_asks_first(qtbot, record):
    dialog = open_contact(qtbot, record)
    mode = dialog.findChild(QComboBox, "contactMode")
    mode.setCurrentIndex(mode.findText("Text message"))
    notes = dialog.findChild(QPlainTextEdit, "contactNotes")
    qtbot.keyClicks(notes, "Sent the time of the solicitor visit")
    save = dialog.findChild(QPushButton, "contactDialogSave")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)

    question = dialog.rule_question
    assert isinstance(question, QMessageBox) and question.isVisible()
    assert question.objectName() == "contactRuleWarning"
    assert question.text() == ("She asked not to be texted.\n\n"
                               "Save this text-message contact anyway?")
    go_back = question.findChild(QPushButton, "confirmCancelButton")
    assert go_back.text() == "Go back" and question.defaultButton() is go_back
    qtbot.mouseClick(go_back, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and notes.toPlainText() == "Sent the time of the solicitor visit"
    assert contacts_of(record) == []

    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)  # asked again: nothing was agreed
    question = dialog.rule_question
    assert question.isVisible()
    qtbot.keyClick(question, Qt.Key.Key_Escape)  # Escape is "Go back" too
    assert dialog.isVisible() and contacts_of(record) == []

    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.rule_question.findChild(QPushButton, "confirmYesButton"),
                     Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert contacts_of(record) == [(ContactMode.TEXT, "Sent the time of the solicitor visit")]


def test_a_call_nobody_has_asked_her_about_asks_first_and_face_to_face_does_not(qtbot, record):
    dialog = open_contact(qtbot, record)
    mode = dialog.findChild(QComboBox, "contactMode")
    mode.setCurrentIndex(mode.findText("Phone"))
    qtbot.mouseClick(dialog.findChild(QPushButton, "contactDialogSave"),
                     Qt.MouseButton.LeftButton)
    question = dialog.rule_question
    assert question.text().startswith("Nobody has asked her yet whether phone calls are safe.")
    qtbot.mouseClick(question.findChild(QPushButton, "confirmCancelButton"),
                     Qt.MouseButton.LeftButton)
    mode.setCurrentIndex(mode.findText("Face to face"))
    dialog.rule_question = None
    qtbot.mouseClick(dialog.findChild(QPushButton, "contactDialogSave"),
                     Qt.MouseButton.LeftButton)
    assert dialog.rule_question is None and not dialog.isVisible()
    assert [m for m, _ in contacts_of(record)] == [ContactMode.FACE_TO_FACE]


def test_her_code_word_and_times_to_avoid_are_shown_as_a_reminder(qtbot, record):
    dialog = open_contact(qtbot, record)
    avoid = dialog.findChild(QLabel, "contactReminderText")
    assert avoid.isVisible() and avoid.text() == (
        "Times to avoid: after 6pm and weekends. She has a code word: check it before you talk.")
    word = dialog.findChild(QLineEdit, "contactCodeWord")
    assert word.echoMode() == QLineEdit.EchoMode.Password  # not on screen until asked for
    show = dialog.findChild(QPushButton, "contactShowCodeWord")
    qtbot.mouseClick(show, Qt.MouseButton.LeftButton)
    assert word.echoMode() == QLineEdit.EchoMode.Normal and word.displayText() == "bluebell"
    assert show.text() == "Hide"
    assert not dialog.typed_work()  # looking at the code word is not typing
