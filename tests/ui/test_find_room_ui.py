"""Find a room through the screens: a referral with two children and one excluded town lists
that town's rooms with the reason; an offer held until before she arrives is said in the form;
the service's rules set by an administrator on the Admin page and refused for a worker."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
)
from sqlalchemy import func, select

from refugedesk import houses, service_rules
from refugedesk.db.models import Organisation, Reservation
from refugedesk.ui.dates import DayEdit, DayTimeEdit
from refugedesk.ui.referrals_page import ReferralsPage
from refugedesk.ui.service_rules_dialog import ServiceRulesDialog
from ui.drive import click, find, sign_in

OPENED = date(2020, 1, 1)


@pytest.fixture
def demo_path(demo_vault, vault_path):
    demo_vault.close()
    return vault_path


def left_out_rows(dialog) -> list[list[str]]:
    model = find(dialog, QTableView, "findLeftOut").model()
    return [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def new_referral(qtbot, page: ReferralsPage) -> None:
    """Two children (3 and 9), one excluded town, typed into the New referral form."""
    click(qtbot, page, "newReferralButton")
    dialog = page.dialog
    qtbot.keyClicks(find(dialog, QLineEdit, "referralName"), "Tara Lind")
    children = find(dialog, QSpinBox, "referralChildren")
    children.setFocus()
    children.selectAll()
    qtbot.keyClicks(children, "2")
    qtbot.keyClicks(find(dialog, QLineEdit, "referralAges"), "3, 9")
    areas = find(dialog, QPlainTextEdit, "referralExcludedAreas")
    areas.setFocus()
    qtbot.keyClicks(areas, "Northtown")
    click(qtbot, dialog, "newReferralDialogSave")
    assert not dialog.isVisible(), find(dialog, QLabel, "newReferralDialogMessage").text()
    page.table.selectRow(0)


def test_find_a_room_lists_the_excluded_towns_rooms_with_the_reason(qtbot, new_vault):
    vault, _ = new_vault
    north = houses.add_house(vault, name="Elm House", area="Northtown", opened_on=OPENED)
    south = houses.add_house(vault, name="Ash House", area="Southbury", opened_on=OPENED)
    houses.add_room(vault, house_id=north, name="N1", child_places=2, opened_on=OPENED)
    houses.add_room(vault, house_id=north, name="N2", child_places=3, opened_on=OPENED)
    houses.add_room(vault, house_id=south, name="S1", child_places=2, opened_on=OPENED)
    houses.add_room(vault, house_id=south, name="S2", child_places=1, opened_on=OPENED)
    page = ReferralsPage(vault)
    qtbot.addWidget(page)
    new_referral(qtbot, page)

    click(qtbot, page, "findReferralButton")
    dialog = page.dialog
    fits = [dialog.fits.index(r, 0).data() for r in range(dialog.fits.rowCount())]
    assert fits == ["S1, Ash House (Southbury) — 2 child places, 0 cots"]
    rows = {row[0]: row for row in left_out_rows(dialog)}
    assert rows["N1"][1:3] == ["Elm House (Northtown)",
                               "In Northtown, an area she must not be placed in"]
    assert rows["N2"][2] == "In Northtown, an area she must not be placed in"
    assert rows["N1"][3] == "No date: in an excluded area"
    assert rows["S2"][2].startswith("Too few child places or cots")
    assert "1 room fits" in find(dialog, QLabel, "findSummary").text()

    # The first fitting room is offered; then nothing fits, and the sentence says why.
    click(qtbot, dialog, "findRoomDialogSave")
    assert not dialog.isVisible()
    page.table.selectRow(0)
    new_referral(qtbot, page)
    click(qtbot, page, "findReferralButton")
    dialog = page.dialog
    summary = find(dialog, QLabel, "findSummary").text()
    assert summary == ("No room fits on these dates. 1 room is offered, 1 too small for her "
                       "children and 2 in an excluded area: see the list below.")
    offered = {row[0]: row for row in left_out_rows(dialog)}["S1"]
    assert offered[2].startswith("Offered to referral 1 until")
    assert offered[3] == "None in the next 60 days"
    # Sorting by the reason column keeps every row.
    view = find(dialog, QTableView, "findLeftOut")
    view.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    assert len(left_out_rows(dialog)) == 4


def test_boys_ages_asked_only_when_the_service_has_the_rule(qtbot, new_vault):
    vault, _ = new_vault
    south = houses.add_house(vault, name="Ash House", area="Southbury", opened_on=OPENED)
    houses.add_room(vault, house_id=south, name="S1", child_places=2, opened_on=OPENED)
    page = ReferralsPage(vault)
    qtbot.addWidget(page)
    new_referral(qtbot, page)
    click(qtbot, page, "findReferralButton")
    dialog = page.dialog
    assert find(dialog, QLineEdit, "findBoysAges").isHidden()  # no rule: not asked
    dialog.close()
    service_rules.set_service_rules(vault, boys_age_limit=9, under_18_note="")
    click(qtbot, page, "findReferralButton")
    dialog = page.dialog
    boys = find(dialog, QLineEdit, "findBoysAges")
    assert not boys.isHidden()
    qtbot.keyClicks(boys, "9")
    assert find(dialog, QLabel, "findSummary").text() == (
        "No room fits: the service cannot house boys aged 9 or older, and her son is 9.")
    assert left_out_rows(dialog)[0][2] == ("The service cannot house boys aged 9 or older, "
                                           "and her son is 9")
    boys.clear()
    qtbot.keyClicks(boys, "3")
    assert [dialog.fits.index(r, 0).data() for r in range(dialog.fits.rowCount())] == [
        "S1, Ash House (Southbury) — 2 child places, 0 cots"]


def test_an_offer_held_until_before_she_arrives_is_said_in_the_form(qtbot, new_vault):
    vault, _ = new_vault
    south = houses.add_house(vault, name="Ash House", area="Southbury", opened_on=OPENED)
    houses.add_room(vault, house_id=south, name="S1", child_places=2, opened_on=OPENED)
    page = ReferralsPage(vault)
    qtbot.addWidget(page)
    new_referral(qtbot, page)
    click(qtbot, page, "findReferralButton")
    dialog = page.dialog
    arriving = date.today() + timedelta(days=30)
    find(dialog, DayEdit, "findArriving").setDate(QDate(arriving))
    held = date.today() + timedelta(days=1)
    find(dialog, DayTimeEdit, "findHeldUntil").setDateTime(QDateTime(QDate(held),
                                                                        QTime(12, 0)))
    message = find(dialog, QLabel, "findRoomDialogMessage")
    expected = (f"The room would stop being held on {held.day} {held:%b}"
                + (f" {held.year}" if held.year != arriving.year else "")
                + f", before she arrives on {arriving.day} {arriving:%b}"
                + (f" {arriving.year}" if held.year != arriving.year else "")
                + ". Hold it until at least her arrival day.")
    assert message.isVisible() and message.text() == expected
    click(qtbot, dialog, "findRoomDialogSave")
    assert dialog.isVisible() and message.text() == expected  # refused by the domain too
    with vault.session() as s:
        assert s.scalar(select(func.count()).select_from(Reservation)) == 0
    # Held until her arrival day: the message goes and the offer is made.
    find(dialog, DayTimeEdit, "findHeldUntil").setDateTime(QDateTime(QDate(arriving),
                                                                        QTime(18, 0)))
    assert not message.isVisible()
    click(qtbot, dialog, "findRoomDialogSave")
    assert not dialog.isVisible()


def test_service_rules_set_by_an_administrator(qtbot, start_app, demo_path):
    controller = start_app(demo_path)
    main = sign_in(qtbot, controller, "admin", "demo")
    click(qtbot, main, "navAdmin")
    page = main.page_widget("admin")
    button = find(page, QPushButton, "serviceRulesButton")
    assert button.isEnabled()
    assert find(page, QLabel, "serviceRulesHint").text().startswith("No rule on boys' ages.")
    click(qtbot, page, "serviceRulesButton")
    dialog = page.dialog
    boys = find(dialog, QSpinBox, "boysAgeLimit")
    assert boys.text() == "No rule: boys of any age"
    boys.setFocus()
    boys.selectAll()
    qtbot.keyClicks(boys, "14")
    note = find(dialog, QPlainTextEdit, "under18Note")
    note.setFocus()
    qtbot.keyClicks(note, "Tell the safeguarding lead the same day.")
    click(qtbot, dialog, "serviceRulesDialogSave")
    assert not dialog.isVisible()
    assert find(page, QLabel, "adminMessage").text() == "Saved the service's rules."
    assert find(page, QLabel, "serviceRulesHint").text() == (
        "Boys aged 14 or older cannot be housed. A safeguarding note is shown beside "
        "residents under 18.")
    with main.vault.session() as s:
        rules = service_rules.service_rules(s)
    assert rules == service_rules.ServiceRules(14, "Tell the safeguarding lead the same day.")

    # Typed work is not thrown away without asking.
    click(qtbot, page, "serviceRulesButton")
    dialog = page.dialog
    qtbot.keyClicks(find(dialog, QPlainTextEdit, "under18Note"), " More.")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.confirm_box.isVisible()
    click(qtbot, dialog.confirm_box, "confirmYesButton")
    assert not dialog.isVisible()


def test_service_rules_refused_for_a_worker(qtbot, start_app, demo_path):
    controller = start_app(demo_path)
    main = sign_in(qtbot, controller, "worker", "demo")
    assert main.findChild(QPushButton, "navAdmin") is None  # no Admin page for her
    # Even with the form in front of her, saving is refused and nothing changes.
    dialog = ServiceRulesDialog(main.vault, main)
    qtbot.addWidget(dialog)
    dialog.show()
    boys = find(dialog, QSpinBox, "boysAgeLimit")
    boys.setFocus()
    boys.selectAll()
    qtbot.keyClicks(boys, "12")
    click(qtbot, dialog, "serviceRulesDialogSave")
    assert dialog.isVisible()
    assert find(dialog, QLabel, "serviceRulesDialogMessage").text() == (
        "Only an administrator can change the service's rules.")
    with main.vault.session() as s:
        assert s.scalars(select(Organisation.boys_age_limit)).one() is None
