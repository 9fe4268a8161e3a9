"""Welsh (issue 18) on the Today page, the rota, the handover screens and the rights dialogs:
switched to Cymraeg, the real widgets show Welsh (counts in whole sentences, days by QLocale);
switched back, the English is as it was."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from conftest import reopen
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QSpinBox
from test_handover import PASSWORD, _resident_in, service  # noqa: F401  (the fixture)

from refugedesk import handover, i18n, whereabouts
from refugedesk.db.types import utcnow
from refugedesk.need_to_know import Card
from refugedesk.ui.audit_dialog import AuditDialog
from refugedesk.ui.contact_safety import answer_choice
from refugedesk.ui.handover_dialogs import HandoverDialog, WriteHandoverDialog, shown_when
from refugedesk.ui.handover_history import HistoryDialog
from refugedesk.ui.handover_whereabouts import WhereaboutsDialog
from refugedesk.ui.need_to_know_dialogs import CardDialog
from refugedesk.ui.oncall_dialog import OnCallDialog
from refugedesk.ui.privacy_notice_ui import PrivacyNoticeBox
from refugedesk.ui.reports_page import ReportsPage
from refugedesk.ui.retention_dialogs import DueForReviewDialog, RetentionScheduleDialog
from refugedesk.ui.service_rules_dialog import ServiceRulesDialog
from refugedesk.ui.small_numbers_dialog import SmallNumbersDialog
from refugedesk.ui.star_chart import Spoke, StarChart
from refugedesk.ui.today_page import TodayPage
from ui.drive import find, settle

TODAY = date.today()


@pytest.fixture
def welsh(qapp):
    assert i18n.use("cy"), "the .qm files are missing: run `make translations`"
    yield
    i18n.use("en")


def _click(qtbot, widget, name: str) -> None:
    qtbot.mouseClick(find(widget, QPushButton, name), Qt.MouseButton.LeftButton)


def _today(qtbot, vault) -> TodayPage:
    page = TodayPage(vault)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    settle(qtbot, page.refresh_job)
    return page


def _send_from_nina(svc) -> int:
    nina = reopen(svc["path"], "nina", PASSWORD)
    try:
        with nina.session() as s:
            d = handover.draft(s)
        return handover.send(nina, d, to_staff_id=svc["vault"].person.id, shift="Nos",
                             notes={None: ""})
    finally:
        nina.close()


def _rota(qtbot, page: TodayPage) -> OnCallDialog:
    _click(qtbot, page, "onCallRotaButton")
    dialog = page.dialog
    assert isinstance(dialog, OnCallDialog)
    return dialog


def _set_nights(qtbot, dialog: OnCallDialog, who: str, count: int) -> str:
    dialog.select_nights(TODAY, count)
    dialog.who.setCurrentIndex(dialog.who.findText(who))
    _click(qtbot, dialog, "onCallSetButton")
    return find(dialog, QLabel, "onCallMessage").text()


def test_today_and_the_rota_in_welsh_with_their_counts(qtbot, service, welsh):  # noqa: F811
    vault = service["vault"]
    _send_from_nina(service)
    page = _today(qtbot, vault)
    assert find(page, QPushButton, "writeHandoverButton").text() == "Ysgrifennu trosglwyddiad…"
    assert find(page, QPushButton, "whereaboutsButton").text() == "Wedi mynd allan…"
    assert find(page, QLabel, "todayDate").text() == i18n.long_date(
        utcnow().astimezone(), weekday=True)
    assert find(page, QLabel, "todayDate").text().startswith("Dydd ")
    # the handover to read is marked ●: a count in a whole Welsh sentence
    assert find(page, QLabel, "todaySummary").text() == \
        "1 peth heddiw; edrychwch yn gyntaf ar y 1 sydd â ●."

    dialog = _rota(qtbot, page)
    assert dialog.windowTitle() == "Rota ar alwad"
    model = dialog.table.model()
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)] == \
        ["Noson", "Diwrnod", "Ar alwad", "Nodyn"]
    assert model.index(0, 0).data().endswith(" (heno)")
    assert model.index(0, 1).data() == i18n.day_name(TODAY)
    assert model.index(0, 2).data() == "Neb wedi'i osod"
    assert _set_nights(qtbot, dialog, "Omar Manager", 3) == "Mae Omar Manager ar alwad am 3 noson."
    assert _set_nights(qtbot, dialog, "Nina Night", 1) == "Mae Nina Night ar alwad am 1 noson."
    dialog.select_nights(TODAY, 2)
    _click(qtbot, dialog, "onCallClearButton")
    assert find(dialog, QLabel, "onCallMessage").text() == \
        "Does neb wedi'i osod ar gyfer y nosweithiau hynny nawr."


def test_today_and_the_rota_stay_english_in_english(qtbot, service):  # noqa: F811
    vault = service["vault"]
    _send_from_nina(service)
    page = _today(qtbot, vault)
    assert find(page, QLabel, "todaySummary").text() == \
        "1 thing today, 1 marked ● to look at first."
    local = utcnow().astimezone()
    assert find(page, QLabel, "todayDate").text() == f"{local:%A} {local.day} {local:%B %Y}"
    dialog = _rota(qtbot, page)
    assert dialog.table.model().index(0, 1).data() == f"{TODAY:%A}"
    assert _set_nights(qtbot, dialog, "Omar Manager", 3) == "Omar Manager is on call for 3 nights."
    assert _set_nights(qtbot, dialog, "Nina Night", 1) == "Nina Night is on call for 1 night."


def test_the_handover_screens_in_welsh(qtbot, service, welsh):  # noqa: F811
    vault = service["vault"]
    _, stay = _resident_in(service, "R-1")
    now = utcnow()
    whereabouts.sign_out(vault, stay_id=stay, out_at=now - timedelta(hours=3),
                         expected_back=now - timedelta(minutes=40), contactable=False)
    hid = _send_from_nina(service)
    page = _today(qtbot, vault)

    settle(qtbot, page.write_handover())
    write = page.dialog
    assert isinstance(write, WriteHandoverDialog)
    assert write.windowTitle() == "Ysgrifennu trosglwyddiad"
    assert find(write, QPushButton, "handoverSendButton").text() == "Anfon y trosglwyddiad"
    elm = write.lines.index(write.lines.starts[0]).data()
    count = write.lines.counts[0]
    assert elm == f"Elm House ({count} llinell)"
    write.part_index(service["house"])
    assert find(write, QLabel, "handoverNotesFor").text() == "Eich nodiadau ar gyfer Elm House:"
    write.to.setCurrentIndex(write.to.findText("Omar Manager"))
    _click(qtbot, write, "handoverSendButton")
    confirm = write.confirm_box
    assert confirm.windowTitle() == "Anfon y trosglwyddiad?"
    assert confirm.text().startswith("Anfon y trosglwyddiad hwn at Omar Manager? Mae ynddo ")
    confirm.reject()
    write.mark_clean()
    write.close()

    opened = page.open_whereabouts()
    assert isinstance(opened, WhereaboutsDialog)
    assert opened.model.horizontalHeaderItem(1).text() == "Preswylydd"
    assert opened.model.item(0, 0).text() == "● Heb ddod yn ôl"
    assert opened.model.item(0, 5).text() == "Nac oes"

    history = page.handover_history()
    assert isinstance(history, HistoryDialog)
    assert history.windowTitle() == "Hanes trosglwyddiadau"
    assert history.found.text() == "Wedi dod o hyd i 1 trosglwyddiad."
    assert history.model.horizontalHeaderItem(0).text() == "Cyfnod"

    read = history.open_row(0)
    assert isinstance(read, HandoverDialog) and read.view.id == hid
    assert find(read, QLabel, "handoverStatus").text() == \
        "Wedi'i drosglwyddo i chi: darllenwch ef, yna cydnabyddwch ef."
    _click(qtbot, read, "handoverAcknowledgeButton")
    assert find(read, QLabel, "handoverStatus").text().startswith(
        "Cydnabuwyd gan Ada Test ")
    # days and months in Welsh, by QLocale
    assert shown_when(datetime(2026, 11, 30, 12, tzinfo=UTC)).startswith("Llun 30 Tach 2026 ")


def test_the_rights_dialogs_in_welsh(qtbot, new_vault, welsh):
    vault, _ = new_vault
    schedule = RetentionScheduleDialog(vault)
    qtbot.addWidget(schedule)
    assert schedule.windowTitle() == "Amserlen cadw cofnodion"
    adult = find(schedule, QSpinBox, "retentionAdultYears")
    assert adult.suffix() == " o flynyddoedd"
    adult.setValue(1)
    assert (adult.prefix(), adult.suffix()) == ("", " flwyddyn")
    child = find(schedule, QSpinBox, "retentionChildAge")
    assert (child.prefix(), child.suffix()) == ("pen-blwydd yn ", " oed")
    assert child.text() == f"pen-blwydd yn {child.value()} oed"

    due = DueForReviewDialog(vault)
    qtbot.addWidget(due)
    settle(qtbot, due.job)
    assert due.windowTitle() == "Cofnodion i'w hadolygu"
    assert due.summary.text() == "Does dim yn ddyledus i'w adolygu."
    assert find(due, QPushButton, "dueEraseButton").text() == "&Dileu…"

    small = SmallNumbersDialog(vault)
    qtbot.addWidget(small)
    threshold = find(small, QSpinBox, "smallNumberThreshold")
    assert threshold.text() == f"Cuddio niferoedd o dan {threshold.value()}"

    rules = ServiceRulesDialog(vault)
    qtbot.addWidget(rules)
    boys = find(rules, QSpinBox, "boysAgeLimit")
    boys.setValue(12)
    assert boys.text() == "12 oed neu hŷn"

    audit = AuditDialog(vault)
    qtbot.addWidget(audit)
    settle(qtbot, audit.job)
    assert audit.windowTitle() == "Trywydd archwilio"
    assert find(audit, QPushButton, "auditExportButton").text() == "Allforio ar gyfer ymchwiliad…"

    reports = ReportsPage(vault)
    qtbot.addWidget(reports)
    assert find(reports, QPushButton, "reportsAuditButton").text() == "Trywydd archwilio…"

    box = PrivacyNoticeBox()
    qtbot.addWidget(box)
    assert box.title() == "Hysbysiad preifatrwydd"
    assert box.given.text() == "Rydw i wedi rhoi'r hysbysiad preifatrwydd iddi"

    phone = answer_choice("phoneSafe", "phone")
    qtbot.addWidget(phone)
    assert phone.accessibleName() == "Ydy hi'n ddiogel ei ffonio hi?"
    assert [phone.itemText(i) for i in range(phone.count())] == [
        "Heb ofyn eto", "Ydy, mae'n ddiogel ei ffonio hi", "Na, peidiwch â'i ffonio hi"]
    assert isinstance(phone, QComboBox) and phone.currentData() is None

    chart = StarChart()
    qtbot.addWidget(chart)
    assert chart.accessibleName().startswith("Siart seren o'i hanghenion")
    chart.set_spokes([Spoke("Tai", 2, 4)])
    assert chart.accessibleDescription() == "Tai: cyntaf 2, diweddaraf 4"

    card = CardDialog(vault, Card(1, "Amy Example", "R-1", True, None))
    qtbot.addWidget(card)
    assert find(card, QPushButton, "openAnywayButton").text() == "Agor beth bynnag…"
    assert find(card, QLabel, "cardInRefuge").text() == "Ydy, yn aros nawr"
    assert find(card, QLabel, "cardKeyWorker").text() == "Dim wedi'i gofnodi"


def test_the_rights_dialogs_stay_english_in_english(qtbot, new_vault):
    vault, _ = new_vault
    schedule = RetentionScheduleDialog(vault)
    qtbot.addWidget(schedule)
    adult = find(schedule, QSpinBox, "retentionAdultYears")
    assert (adult.prefix(), adult.suffix()) == ("", " years")
    adult.setValue(1)
    assert adult.suffix() == " year"
    child = find(schedule, QSpinBox, "retentionChildAge")
    assert (child.prefix(), child.suffix()) == ("", "th birthday")
    small = SmallNumbersDialog(vault)
    qtbot.addWidget(small)
    threshold = find(small, QSpinBox, "smallNumberThreshold")
    assert (threshold.prefix(), threshold.suffix()) == ("Hide counts below ", "")
    rules = ServiceRulesDialog(vault)
    qtbot.addWidget(rules)
    boys = find(rules, QSpinBox, "boysAgeLimit")
    assert (boys.prefix(), boys.suffix()) == ("Aged ", " or older")
    phone = answer_choice("phoneSafe", "text")
    qtbot.addWidget(phone)
    assert phone.accessibleName() == "Is it safe to text her?"
    assert phone.toolTip().startswith("What she told you about texting her.")
