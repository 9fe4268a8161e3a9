"""The Referrals page: a new referral, finding her a room away from excluded areas, offering
it, and recording an outcome with its reason."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QSpinBox

from refugedesk import houses
from refugedesk.db.models import DeclineReason
from refugedesk.ui.referrals_page import ReferralsPage

OPENED = date(2020, 1, 1)


def column(page: ReferralsPage, col: int) -> list[str]:
    model = page.model
    return [model.index(r, col).data() for r in range(model.rowCount())]


def test_new_referral_find_a_room_offer_and_outcome(qtbot, new_vault):
    vault, _ = new_vault
    north = houses.add_house(vault, name="Elm House", area="Northtown", opened_on=OPENED)
    south = houses.add_house(vault, name="Ash House", area="Southbury", opened_on=OPENED)
    houses.add_room(vault, house_id=north, name="N1", child_places=2, opened_on=OPENED)
    houses.add_room(vault, house_id=south, name="S1", child_places=2, opened_on=OPENED)
    houses.add_room(vault, house_id=south, name="S2", child_places=0, opened_on=OPENED)
    page = ReferralsPage(vault)
    qtbot.addWidget(page)

    page.findChild(QPushButton, "newReferralButton").click()
    dialog = page.dialog
    dialog.findChild(QPushButton, "newReferralDialogSave").click()
    assert "initials or name" in dialog.findChild(QLabel, "newReferralDialogMessage").text()
    qtbot.keyClicks(dialog.findChild(QLineEdit, "referralName"), "Tara Lind")
    dialog.findChild(QSpinBox, "referralChildren").setValue(2)
    qtbot.keyClicks(dialog.findChild(QLineEdit, "referralAges"), "3, 9")
    dialog.findChild(QPlainTextEdit, "referralExcludedAreas").setPlainText("Northtown")
    dialog.findChild(QPushButton, "newReferralDialogSave").click()
    assert not dialog.isVisible()
    assert column(page, 1) == ["T.L."] and column(page, 6) == ["New"]

    page.table.selectRow(0)
    assert "Tara Lind" in page.findChild(QLabel, "referralDetail").text()
    page.findChild(QPushButton, "findReferralButton").click()
    dialog = page.dialog
    rooms = dialog.fits
    offered = [rooms.index(r, 0).data() for r in range(rooms.rowCount())]
    assert offered == ["S1, Ash House (Southbury) — 2 child places, 0 cots"]  # not Northtown
    dialog.findChild(QPushButton, "findRoomDialogSave").click()
    assert not dialog.isVisible()
    assert column(page, 6) == ["Room offered"]

    page.table.selectRow(0)
    page.findChild(QPushButton, "outcomeReferralButton").click()
    dialog = page.dialog
    combo = dialog.findChild(QComboBox, "outcomeChoice")
    combo.setCurrentIndex(combo.findData(f"decline:{DeclineReason.NO_VACANCY.value}"))
    dialog.findChild(QPushButton, "outcomeDialogSave").click()
    assert page.model.rowCount() == 0  # no longer waiting for an outcome
    page.findChild(QComboBox, "referralsFilter").setCurrentIndex(1)
    assert column(page, 6) == ["Declined by service: no vacancy"]
    assert page.table.model().index(0, 1).data(Qt.ItemDataRole.DisplayRole) == "T.L."
