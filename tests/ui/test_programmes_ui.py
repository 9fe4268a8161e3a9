"""Issue 13 through the screens: the Freedom Programme set up with its 12 sessions from her
record's Programmes tab, the Programmes manager, enrolling her and recording her attendance; a
session (or an incident) dated before she arrived asks whether it is community support."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QDate, QDateTime, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
)
from sqlalchemy import select

from refugedesk import programmes
from refugedesk.db.models import Attendance, Incident, ProgrammeDelivery
from refugedesk.programmes import SessionPlan
from refugedesk.ui.dates import DayEdit, DayTimeEdit
from refugedesk.ui.record.common import cells
from ui.test_residents_page import TODAY, make_page, people  # noqa: F401  (the fixture)


def _choose(widget, name: str, text: str) -> None:
    combo = widget.findChild(QComboBox, name)
    index = combo.findText(text)
    assert index >= 0, f"{text!r} not offered in {name}: {[combo.itemText(i) for i in range(combo.count())]}"
    combo.setCurrentIndex(index)


def _click(qtbot, widget, name: str) -> None:
    found = widget.findChild(QPushButton, name)
    assert found is not None, name
    qtbot.mouseClick(found, Qt.MouseButton.LeftButton)


def _qdate(day) -> QDate:
    return QDate(day.year, day.month, day.day)


def test_set_up_the_freedom_programme_enrol_her_and_record_attendance(qtbot, people):  # noqa: F811
    vault, ids = people
    page = make_page(qtbot, vault)
    record = page.open_resident(ids["nadia"])  # arrived ten days ago
    tab = record.show_tab("recordProgrammes")
    attendance = record.findChild(QPushButton, "programmeAttendanceButton")
    assert not attendance.isEnabled() and "Enrol her" in attendance.toolTip()

    _click(qtbot, record, "programmeSetUpButton")
    form = record.dialog
    assert form.objectName() == "programmeSetUpDialog" and form.isVisible()
    qtbot.keyClicks(form.findChild(QLineEdit, "programmeName"), "Freedom Programme")
    qtbot.keyClicks(form.findChild(QLineEdit, "programmeFacilitator"), "Jo Facilitator")
    _choose(form, "programmeDelivery", "Online (virtual)")
    _choose(form, "programmeHouse", "Elm House")
    form.findChild(DayEdit, "sessionDate0").setDate(_qdate(TODAY - timedelta(days=7)))
    qtbot.keyClicks(form.findChild(QLineEdit, "sessionTopic0"), "The Bully")
    for _ in range(11):
        _click(qtbot, form, "programmeAddSessionRow")
    _click(qtbot, form, "programmeAddSessionRow")  # one too many: taken off again
    _click(qtbot, form, "programmeRemoveSessionRow")
    to_complete = form.findChild(QSpinBox, "programmeToComplete")
    assert (form.sessions_table.rowCount(), to_complete.value(), to_complete.maximum()) == (
        12, 12, 12)
    assert "of the 12 sessions" in form.findChild(QLabel, "programmeToCompleteHint").text()
    to_complete.setValue(10)
    _click(qtbot, form, "programmeSetUpDialogSave")
    assert not form.isVisible()
    with vault.session() as s:
        (prog,) = programmes.programmes_list(s)
    assert (prog.name, prog.facilitator, prog.delivery, prog.house, prog.sessions_to_complete,
            len(prog.sessions)) == ("Freedom Programme", "Jo Facilitator",
                                    ProgrammeDelivery.VIRTUAL, "Elm House", 10, 12)
    assert prog.sessions[0].topic == "The Bully"
    assert [s.held_on for s in prog.sessions][:2] == [TODAY - timedelta(days=7), TODAY]

    _click(qtbot, record, "programmeEnrolButton")
    enrol = record.dialog
    assert enrol.findChild(QComboBox, "enrolProgramme").currentText().startswith(
        "Freedom Programme (online (virtual), Elm House")
    _click(qtbot, enrol, "enrolDialogSave")
    assert not enrol.isVisible()
    assert cells(tab.programmes_table)[0][:3] == ["Freedom Programme",
                                                  "Online (virtual), Jo Facilitator",
                                                  "0 of 10 needed"]
    assert attendance.isEnabled()
    _click(qtbot, record, "programmeEnrolButton")  # on every programme now: said, not offered
    again = record.dialog
    save = again.findChild(QPushButton, "enrolDialogSave")
    assert not save.isEnabled() and save.toolTip()
    again.close()

    _click(qtbot, record, "programmeAttendanceButton")
    dialog = record.dialog
    combo = dialog.findChild(QComboBox, "attendanceSession")
    combo.setCurrentIndex(combo.findData(prog.sessions[0].id))
    _click(qtbot, dialog, "attendanceDialogSave")
    assert not dialog.isVisible()
    assert cells(tab.programmes_table)[0][2] == "1 of 10 needed"

    # the manager: every programme, its sessions; a 13th session added later
    _click(qtbot, record, "programmesManagerButton")
    manager = record.dialog
    assert manager.shown()[0] == ["Freedom Programme", "Jo Facilitator", "Online (virtual)",
                                  "Elm House", "12", "10 attended", "1"]
    assert cells(manager.sessions)[0][2] == "The Bully"
    _click(qtbot, manager, "programmesAddSessionButton")
    more = manager.dialog
    assert more.findChild(QSpinBox, "addSessionNumber").value() == 13
    qtbot.keyClicks(more.findChild(QLineEdit, "addSessionTopic"), "Looking back")
    _click(qtbot, more, "addSessionDialogSave")
    assert not more.isVisible()
    assert manager.shown()[0][4] == "13" and cells(manager.sessions)[12][2] == "Looking back"
    _click(qtbot, manager, "programmesDialogClose")


def test_completion_cannot_need_more_sessions_than_there_are(qtbot, people):  # noqa: F811
    vault, ids = people
    page = make_page(qtbot, vault)
    record = page.open_resident(ids["nadia"])
    record.show_tab("recordProgrammes")
    form = record.findChild(QPushButton, "programmeSetUpButton")
    form.click()
    form = record.dialog
    _click(qtbot, form, "programmeSetUpDialogSave")  # no name
    assert "Name the programme" in form.findChild(QLabel, "programmeSetUpDialog_nameMessage") \
        .text()
    remove = form.findChild(QPushButton, "programmeRemoveSessionRow")
    assert not remove.isEnabled() and remove.toolTip()  # says why
    spin = form.findChild(QSpinBox, "programmeToComplete")
    spin.setValue(5)
    assert spin.value() == 1  # one session: completion cannot need more
    qtbot.keyClicks(form.findChild(QLineEdit, "programmeName"), "Recovery Toolkit")
    qtbot.keyClick(form, Qt.Key.Key_Escape)  # typed work: asks first
    question = form.confirm_box  # forms.KeepsTypedWork
    assert question is not None and question.isVisible() and form.isVisible()
    question.findChild(QPushButton, "confirmYesButton").click()
    assert not form.isVisible()
    with vault.session() as s:
        assert programmes.programmes_list(s) == []


def test_a_session_before_she_arrived_asks_and_yes_is_community_support(qtbot, people):  # noqa: F811
    vault, ids = people
    prog = programmes.create_programme(
        vault, name="Freedom Programme", sessions_to_complete=2,
        sessions=[SessionPlan(1, TODAY - timedelta(days=20)), SessionPlan(2, TODAY)])
    other = programmes.create_programme(vault, name="Parenting", sessions_to_complete=1,
                                        sessions=[SessionPlan(1, TODAY)])
    programmes.enrol(vault, programme_id=prog, resident_id=ids["nadia"])
    with vault.session() as s:
        first = programmes.programme(s, prog).sessions[0].id
        not_hers = programmes.programme(s, other).sessions[0].id
    page = make_page(qtbot, vault)
    record = page.open_resident(ids["nadia"])
    tab = record.show_tab("recordProgrammes")
    _click(qtbot, record, "programmeAttendanceButton")
    dialog = record.dialog
    combo = dialog.findChild(QComboBox, "attendanceSession")
    assert combo.findData(not_hers) == -1 and combo.count() == 2  # only her programmes
    combo.setCurrentIndex(combo.findData(first))
    _click(qtbot, dialog, "attendanceDialogSave")
    question = dialog.question
    assert question is not None and "before she arrived" in question.text()
    _click(qtbot, question, "communitySupportYes")
    assert not dialog.isVisible()
    with vault.session() as s:
        assert s.scalars(select(Attendance.community_support)).all() == [True]
    assert cells(tab.programmes_table)[0][2] == "1 of 2 needed (1 as community support)"


def test_an_incident_before_she_arrived_asks_and_no_lets_her_correct_the_date(qtbot, people):  # noqa: F811
    vault, ids = people
    page = make_page(qtbot, vault)
    record = page.open_resident(ids["nadia"])
    tab = record.show_tab("recordIncidents")
    _click(qtbot, record, "incidentAddButton")
    dialog = record.dialog
    when = dialog.findChild(DayTimeEdit, "incidentAt")
    when.setDateTime(QDateTime.currentDateTime().addDays(-30))
    qtbot.keyClicks(dialog.findChild(QPlainTextEdit, "incidentWhat"), "He came to the door")
    _click(qtbot, dialog, "incidentDialogSave")
    question = dialog.question
    assert question is not None and question.isVisible()
    _click(qtbot, question, "communitySupportNo")
    assert dialog.isVisible()
    assert "before she arrived" in dialog.findChild(QLabel, "incidentDialog_atMessage").text()
    when.setDateTime(QDateTime.currentDateTime().addSecs(-3600))  # corrected: an hour ago
    _click(qtbot, dialog, "incidentDialogSave")
    assert not dialog.isVisible() and dialog.question is None
    with vault.session() as s:
        assert s.scalars(select(Incident.community_support)).all() == [False]
    assert "He came to the door" in cells(tab.incidents_table)[0][3]
