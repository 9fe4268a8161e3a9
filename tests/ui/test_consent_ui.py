"""Consent and small numbers through the screens: a referral out her consent covers goes ahead;
once she withdraws it (on her Overview) the same referral warns before saving and needs the
lawful basis; the export dialogs ask who a spreadsheet is for (outside by default), and an
administrator sets the small-number threshold."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
)
from sqlalchemy import select

from refugedesk import consent_rules, residents
from refugedesk.db.models import AuditEvent, ConsentHow, ReferralOut
from refugedesk.reports.suppression import small_number_threshold
from refugedesk.ui.admin_page import AdminPage
from refugedesk.ui.dates import DayEdit
from refugedesk.ui.reports_page import ReportsPage
from refugedesk.ui.residents_page import ResidentsPage
from ui.drive import settle, settled

TODAY = date.today()
GIVEN = TODAY - timedelta(days=20)


def _click(qtbot, widget, name: str) -> None:
    button = widget.findChild(QPushButton, name)
    assert button is not None, name
    assert button.isEnabled(), f"{name} is off: {button.toolTip()}"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _choose(widget, name: str, text: str) -> None:
    box = widget.findChild(QComboBox, name)
    index = box.findText(text)
    assert index >= 0, f"{text!r} not offered in {name}"
    box.setCurrentIndex(index)


def _set_day(edit: DayEdit, day: date) -> None:
    edit.setDate(QDate(day.year, day.month, day.day))


@pytest.fixture
def amy(new_vault):
    vault, _ = new_vault
    rid = residents.create_resident(vault, reference="R-1", name="Amy Example")
    consent = residents.add_consent(vault, resident_id=rid, what="Her risk assessment",
                                    given_on=GIVEN, covers=["agency:police", "marac"],
                                    how_given=ConsentHow.VERBAL)
    return vault, rid, consent


def _record(qtbot, vault, resident_id):
    page = ResidentsPage(vault)
    qtbot.addWidget(page)
    page.resize(1024, 600)
    page.show()
    settled(page.search_job)
    return page.open_resident(resident_id)


def _referral_dialog(qtbot, record, agency: str, made_on: date):
    _click(qtbot, record, "referralOutAddButton")
    dialog = record.dialog
    _choose(dialog, "referralOutAgency", agency)
    _set_day(dialog.findChild(DayEdit, "referralOutMadeOn"), made_on)
    return dialog


def test_withdrawing_consent_changes_what_a_referral_out_allows(qtbot, amy):
    vault, rid, _consent = amy
    record = _record(qtbot, vault, rid)
    overview = record.show_tab("recordOverview")
    assert overview.lists.consents.shown()[0][1] == (
        "She agreed to share with: MARAC, the police")
    record.show_tab("recordReferralsOut")

    # Covered: said so, no lawful basis asked for (the field is off, and says why).
    dialog = _referral_dialog(qtbot, record, "Police", TODAY - timedelta(days=10))
    consent = dialog.findChild(QLabel, "referralOutConsent")
    basis = dialog.findChild(QPlainTextEdit, "referralOutLawfulBasis")
    assert consent.text() == "Her consent covers sharing with the police."
    assert not basis.isEnabled() and "no lawful basis is needed" in basis.toolTip()
    # Another agency on the same day is not covered: said before saving.
    _choose(dialog, "referralOutAgency", "GP")
    assert consent.text() == ("Her consent does not cover sharing with her GP. Record the "
                              "lawful basis to go ahead.")
    assert basis.isEnabled()
    _choose(dialog, "referralOutAgency", "Police")
    _click(qtbot, dialog, "referralOutDialogSave")
    assert not dialog.isVisible()

    # She withdraws it on her Overview.
    record.show_tab("recordOverview")
    overview.lists.consents.table.selectRow(0)
    _click(qtbot, record, "overviewWithdrawConsent")
    withdraw = record.dialog
    _set_day(withdraw.findChild(DayEdit, "consentWithdrawnOn"), TODAY - timedelta(days=2))
    _click(qtbot, withdraw, "withdrawConsentDialogSave")
    assert not withdraw.isVisible()

    # The same referral, after: warned, refused without a basis, nothing saved.
    record.show_tab("recordReferralsOut")
    dialog = _referral_dialog(qtbot, record, "Police", TODAY)
    consent = dialog.findChild(QLabel, "referralOutConsent")
    assert consent.text() == ("Her consent does not cover sharing with the police. Record "
                              "the lawful basis to go ahead.")
    # Dated before she withdrew it, it is covered again.
    _set_day(dialog.findChild(DayEdit, "referralOutMadeOn"), TODAY - timedelta(days=3))
    assert consent.text() == "Her consent covers sharing with the police."
    _set_day(dialog.findChild(DayEdit, "referralOutMadeOn"), TODAY)
    _click(qtbot, dialog, "referralOutDialogSave")
    said = dialog.findChild(QLabel, "referralOutDialog_lawful_basisMessage")
    assert dialog.isVisible() and said.text().startswith(
        "Her consent does not cover sharing with the police.")
    with vault.session() as s:
        assert len(s.scalars(select(ReferralOut)).all()) == 1
    qtbot.keyClicks(dialog.findChild(QPlainTextEdit, "referralOutLawfulBasis"),
                    "Risk to her life: police must know")
    _click(qtbot, dialog, "referralOutDialogSave")
    assert not dialog.isVisible()
    with vault.session() as s:
        bases = s.scalars(select(ReferralOut.lawful_basis).order_by(ReferralOut.id)).all()
    assert bases == ["", "Risk to her life: police must know"]


def test_a_consent_is_ticked_and_an_unticked_older_one_asks(qtbot, new_vault):
    vault, _ = new_vault
    rid = residents.create_resident(vault, reference="R-2", name="Bea Sample")
    residents.add_consent(vault, resident_id=rid, what="Everything", shared_with="MARAC",
                          given_on=GIVEN)  # as before the ticks: covers "[]"
    record = _record(qtbot, vault, rid)
    consents = record.show_tab("recordOverview").lists.consents
    assert consents.shown()[0][1] == (
        "MARAC. Nothing ticked: ask her and change this consent.")
    consents.table.selectRow(0)
    _click(qtbot, record, "overviewChangeConsent")
    dialog = record.dialog
    ticks = [dialog.findChild(QCheckBox, f"consentCovers_{k.replace(':', '_')}")
             for k in consent_rules.COVER_KEYS]
    assert all(t is not None and t.accessibleName() for t in ticks)
    assert not any(t.isChecked() for t in ticks)
    dialog.findChild(QCheckBox, "consentCovers_marac").setChecked(True)
    dialog.findChild(QCheckBox, "consentCovers_national_datasets").setChecked(True)
    _choose(dialog, "consentHowGiven", "She signed")
    _click(qtbot, dialog, "consentDialogSave")
    assert not dialog.isVisible()
    row = consents.shown()[0]
    assert row[1] == "She agreed to share with: MARAC, national datasets"
    assert row[2].endswith("(she signed)")
    with vault.session() as s:
        assert consent_rules.covers(s, rid, consent_rules.NATIONAL_DATASETS, TODAY)


# --- who a spreadsheet is for --------------------------------------------------------------


@pytest.fixture
def outcomes_vault(new_vault):
    from test_outcomes_export import build

    vault, _ = new_vault
    build(vault, random.Random(1))
    return vault


def _export(qtbot, page, button: str, prefix: str, target, inside: bool = False):
    _click(qtbot, page, button)
    dialog = page.dialog
    qtbot.waitUntil(dialog.isVisible)
    from test_outcomes_export import END, START

    _set_day(dialog.findChild(DayEdit, f"{prefix}From"), START)
    _set_day(dialog.findChild(DayEdit, f"{prefix}To"), END)
    outside = dialog.findChild(QRadioButton, f"{prefix}ForOutside")
    assert outside.isChecked()  # outside the service is the default
    assert outside.text() == "Funders, commissioners: counts under 5 hidden"
    if inside:
        dialog.findChild(QRadioButton, f"{prefix}ForInside").click()
    dialog.findChild(QLineEdit, f"{prefix}Path").setText(str(target))
    _click(qtbot, dialog, f"{dialog.objectName()}Save")
    settle(qtbot, dialog.job)
    assert dialog.job.outcome.ok
    return dialog


def test_the_export_dialogs_ask_who_it_is_for_and_outside_is_the_default(
        qtbot, outcomes_vault, tmp_path):
    vault = outcomes_vault
    page = ReportsPage(vault)
    qtbot.addWidget(page)
    page.show()
    _export(qtbot, page, "reportsOutcomesButton", "outcomes", tmp_path / "out.xlsx")
    _export(qtbot, page, "reportsOutcomesButton", "outcomes", tmp_path / "in.xlsx",
            inside=True)
    assert load_workbook(tmp_path / "out.xlsx").sheetnames == ["Summary"]
    assert len(load_workbook(tmp_path / "in.xlsx").sheetnames) == 4
    outside_cells = [c for r in load_workbook(tmp_path / "out.xlsx")["Summary"].iter_rows(
        min_row=5, max_row=7, min_col=2, values_only=True) for c in r]
    assert "fewer than 5" in outside_cells
    assert not [c for c in outside_cells if isinstance(c, int) and 0 < c < 5]

    # Occupancy: names only inside, and the checkbox says why it is off.
    _click(qtbot, page, "reportsOccupancyButton")
    dialog = page.dialog
    names = dialog.findChild(QCheckBox, "exportIncludeNames")
    assert not names.isEnabled()
    assert names.toolTip() == "Names are only in the version for inside the service."
    dialog.findChild(QRadioButton, "exportForInside").click()
    assert names.isEnabled()  # ada is an administrator
    dialog.findChild(QRadioButton, "exportForOutside").click()
    assert not names.isEnabled() and not names.isChecked()
    dialog.close()
    with vault.session() as s:
        details = s.scalars(select(AuditEvent.detail).where(
            AuditEvent.kind == "outcomes_exported").order_by(AuditEvent.id)).all()
    assert [d.rsplit(" ", 1)[-1] for d in details] == ["for=outside", "for=inside"]


def test_an_administrator_sets_the_threshold_on_the_admin_page(qtbot, new_vault):
    vault, _ = new_vault
    page = AdminPage(vault)
    qtbot.addWidget(page)
    page.resize(1024, 600)
    page.show()
    _click(qtbot, page, "smallNumbersButton")
    dialog = page.dialog
    spin = dialog.findChild(QSpinBox, "smallNumberThreshold")
    assert spin.value() == 5 and spin.accessibleName()
    spin.setValue(8)
    _click(qtbot, dialog, "smallNumbersDialogSave")
    assert not dialog.isVisible()
    assert page.message.text() == "Saved the small-number threshold."
    with vault.session() as s:
        assert small_number_threshold(s) == 8
    with vault.session() as s:
        assert s.scalar(select(AuditEvent.detail).where(
            AuditEvent.kind == "small_number_threshold_changed")) == "threshold=8"
