"""The occupancy board (Houses page) on a real vault, driven by object name."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QRadioButton, QSpinBox
from sqlalchemy import select

from refugedesk import capacity, houses, i18n, referrals
from refugedesk.db.models import (
    AuditEvent,
    ClosureReason,
    DepartureReason,
    ReferralChannel,
    ReferralSource,
    RiskLevel,
)
from refugedesk.ui.board_model import TileRole
from refugedesk.ui.houses_page import HousesPage

TODAY = date.today()
OPENED = TODAY - timedelta(days=400)


@pytest.fixture
def network(new_vault):
    """Two houses; on a past night one family is leaving and one is staying, on a future night
    a room is closed and one is offered."""
    vault, _ = new_vault
    elm = houses.add_house(vault, name="Elm House", area="Northtown", opened_on=OPENED)
    oak = houses.add_house(vault, name="Oak House", area="Southbury", opened_on=OPENED)
    rooms = {name: houses.add_room(vault, house_id=h, name=name, child_places=2, cots=1,
                                   opened_on=OPENED)
             for h, name in [(elm, "E1"), (elm, "E2"), (elm, "E3"), (oak, "O1"), (oak, "O2")]}
    past = TODAY - timedelta(days=30)
    gone = capacity.arrive(vault, room_id=rooms["E1"], on=past - timedelta(days=20),
                           household_ref="H-0001", name="Zara Quill", children_count=1)
    capacity.depart(vault, stay_id=gone, on=past, reason=DepartureReason.PLANNED_MOVE_ON)
    capacity.arrive(vault, room_id=rooms["E2"], on=past - timedelta(days=5),
                    household_ref="H-0002", name="Yana Pell", children_count=2)
    future = TODAY + timedelta(days=20)
    houses.close_room(vault, room_id=rooms["O1"], starts_on=future - timedelta(days=2),
                      ends_on=future + timedelta(days=3), reason=ClosureReason.REPAIRS)
    referral = referrals.receive(vault, name="Xena Vale", channel=ReferralChannel.PHONE,
                                 source=ReferralSource.POLICE, risk_level=RiskLevel.HIGH,
                                 children_count=1)
    capacity.offer(vault, referral_id=referral, room_id=rooms["O2"], arriving=future,
                   nights=7, held_until=datetime.now(UTC) + timedelta(days=22))
    return vault, rooms, past, future


def tiles_text(page: HousesPage) -> dict[str, str]:
    out = {}
    for section in page.sections.values():
        model = section.model
        for row in range(model.rowCount()):
            index = model.index(row)
            out[index.data(TileRole).room] = index.data(Qt.ItemDataRole.DisplayRole)
    return out


def show(qtbot, page: HousesPage, day: date) -> dict[str, str]:
    page.findChild(type(page.date), "boardDate").setDate(QDate(day.year, day.month, day.day))
    return tiles_text(page)


def test_board_shows_the_right_states_on_a_past_and_a_future_date(qtbot, network):
    vault, rooms, past, future = network
    page = HousesPage(vault)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()

    then = show(qtbot, page, past)
    assert "LEAVING TODAY" in then["E1"] and "H-0001" in then["E1"]
    assert "OCCUPIED" in then["E2"] and "H-0002 Y.P." in then["E2"]
    assert "2 children · 5 nights" in then["E2"]
    assert all("FREE" in then[r] for r in ("E3", "O1", "O2"))
    # Full names are never written on a tile, only in the tooltip and the selected room.
    assert not any("Yana" in text or "Zara" in text for text in then.values())
    summary = page.findChild(QLabel, "vacancySummary").text()
    # The day in the language's own names (QLocale: English writes September "Sept").
    assert i18n.locale().toString(QDate(past.year, past.month, past.day),
                                  "ddd dd MMM yyyy") in summary and "4 rooms free" in summary

    later = show(qtbot, page, future)
    assert "CLOSED" in later["O1"] and "Repairs" in later["O1"]
    assert "OFFERED to X.V." in later["O2"]
    assert "OCCUPIED" in later["E2"] and "FREE" in later["E1"]
    assert "Elm House: <b>2</b> rooms" in page.findChild(QLabel, "vacancySummary").text()

    tile = page.select_room(rooms["E2"])
    detail = page.findChild(QLabel, "tileDetail").text()
    assert "Yana Pell" in detail and tile.state is capacity.TileState.OCCUPIED
    assert page.findChild(QPushButton, "moveButton").isEnabled()
    assert not page.findChild(QPushButton, "offerButton").isEnabled()

    page.findChild(QPushButton, "boardToday").click()
    assert page.on == TODAY


def test_offer_then_arrive_through_the_dialogs(qtbot, network):
    vault, rooms, _past, _future = network
    page = HousesPage(vault)
    qtbot.addWidget(page)
    page.select_room(rooms["E3"])
    referral = referrals.receive(vault, name="Wendy Ash", channel=ReferralChannel.EMAIL,
                                 source=ReferralSource.HEALTH, risk_level=RiskLevel.MEDIUM,
                                 children_count=4)
    page.findChild(QPushButton, "offerButton").click()
    dialog = page.dialog
    combo = dialog.findChild(type(dialog.referral), "offerReferral")
    combo.setCurrentIndex(combo.findData(referral))
    # Four children do not fit two child places and a cot: said in the dialog, which stays.
    dialog.findChild(QPushButton, "offerDialogSave").click()
    message = dialog.findChild(QLabel, "offerDialogMessage")
    assert "4 children" in message.text() and dialog.isVisible()

    small = referrals.receive(vault, name="Vera Bloom", channel=ReferralChannel.EMAIL,
                              source=ReferralSource.HEALTH, risk_level=RiskLevel.MEDIUM,
                              children_count=1)
    dialog.reject()
    page.findChild(QPushButton, "offerButton").click()
    dialog = page.dialog
    dialog.referral.setCurrentIndex(dialog.referral.findData(small))
    dialog.findChild(QPushButton, "offerDialogSave").click()
    assert not dialog.isVisible()
    assert "OFFERED to V.B." in tiles_text(page)["E3"]

    page.findChild(QPushButton, "arriveButton").click()
    dialog = page.dialog
    assert dialog.findChild(QLineEdit, "arriveName").text() == "Vera Bloom"
    qtbot.keyClicks(dialog.findChild(QLineEdit, "arriveHousehold"), "H-0777")
    dialog.findChild(QSpinBox, "arriveChildren").setValue(1)
    dialog.findChild(QPushButton, "arriveDialogSave").click()
    assert "OCCUPIED" in tiles_text(page)["E3"] and "H-0777 V.B." in tiles_text(page)["E3"]


def test_refused_arrival_keeps_what_was_typed(qtbot, network):
    vault, rooms, _past, _future = network
    page = HousesPage(vault)
    qtbot.addWidget(page)
    page.select_room(rooms["E2"])  # occupied: arrive is not offered at all
    assert not page.findChild(QPushButton, "arriveButton").isEnabled()
    page.select_room(rooms["O1"])
    page.findChild(QPushButton, "arriveButton").click()
    dialog = page.dialog
    qtbot.keyClicks(dialog.findChild(QLineEdit, "arriveHousehold"), "H-0900")
    qtbot.keyClicks(dialog.findChild(QLineEdit, "arriveName"), "Una Tide")
    dialog.findChild(QPushButton, "arriveDialogSave").click()  # O1 closes in 18 days
    text = dialog.findChild(QLabel, "arriveDialogMessage").text()
    assert "closed" in text and "repairs" in text
    assert dialog.findChild(QLineEdit, "arriveName").text() == "Una Tide"
    assert "FREE" in tiles_text(page)["O1"]


def test_depart_close_and_reopen_through_the_dialogs(qtbot, network):
    vault, rooms, _past, _future = network
    page = HousesPage(vault)
    qtbot.addWidget(page)
    page.select_room(rooms["E2"])
    page.findChild(QPushButton, "departButton").click()
    page.dialog.findChild(QPushButton, "departDialogSave").click()  # leaving today
    assert "LEAVING TODAY" in tiles_text(page)["E2"]

    page.select_room(rooms["E3"])
    page.findChild(QPushButton, "closeButton").click()
    page.dialog.findChild(type(page.dialog.open_ended), "closeOpenEnded").setChecked(True)
    page.dialog.findChild(QPushButton, "closeDialogSave").click()
    assert "CLOSED" in tiles_text(page)["E3"]
    assert page.findChild(QPushButton, "reopenButton").isEnabled()
    page.findChild(QPushButton, "reopenButton").click()
    page.dialog.findChild(QPushButton, "reopenDialogSave").click()
    assert "FREE" in tiles_text(page)["E3"]


def test_export_from_the_houses_page(qtbot, network, tmp_path):
    from openpyxl import load_workbook

    vault, _rooms, past, _future = network
    page = HousesPage(vault)
    qtbot.addWidget(page)
    page.findChild(QPushButton, "exportOccupancyButton").click()
    dialog = page.dialog
    dialog.start.setDate(QDate(past.year, past.month, past.day))
    dialog.end.setDate(QDate(TODAY.year, TODAY.month, TODAY.day))
    target = tmp_path / "occ.xlsx"
    # Choose… opens a non-modal file dialog (the lock screen can hide it) that fills the path.
    dialog.findChild(QPushButton, "exportBrowse").click()
    chooser = dialog.file_dialog
    qtbot.waitUntil(chooser.isVisible)
    chooser.fileSelected.emit(str(target))
    chooser.close()
    assert dialog.findChild(QLineEdit, "exportPath").text() == str(target)
    dialog.findChild(QRadioButton, "exportForInside").click()  # the stays: inside only
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):  # closes once written
        dialog.findChild(QPushButton, "exportDialogSave").click()
    assert target.exists()
    assert str(target) in page.findChild(QLabel, "boardMessage").text()
    stays = list(load_workbook(target)["Stays"].iter_rows(values_only=True))
    # H-0001 left on the first day: her last night was before the period, so no row.
    assert [r[0] for r in stays[1:]] == ["H-0002"]


def test_manager_adds_a_house_and_room_and_retires_it(qtbot, network):
    vault, _rooms, _past, _future = network
    page = HousesPage(vault)
    qtbot.addWidget(page)
    page.findChild(QPushButton, "manageHousesButton").click()
    manage = page.dialog
    manage.findChild(QPushButton, "addHouseButton").click()
    form = manage.dialog
    qtbot.keyClicks(form.findChild(QLineEdit, "houseName"), "Pine House")
    form.findChild(QPushButton, "addHouseDialogSave").click()
    assert "town or area" in form.findChild(QLabel, "addHouseDialogMessage").text()
    qtbot.keyClicks(form.findChild(QLineEdit, "houseArea"), "Westford")
    qtbot.keyClicks(form.findChild(QLineEdit, "houseAddress"), "3 Quiet Close")
    form.findChild(QPushButton, "addHouseDialogSave").click()
    houses_listed = [manage.house_model.index(r, 0).data()
                     for r in range(manage.house_model.rowCount())]
    assert "Pine House · Westford" in houses_listed
    manage.house_list.setCurrentIndex(
        manage.house_model.index(houses_listed.index("Pine House · Westford"), 0))
    manage.findChild(QPushButton, "addRoomButton").click()
    form = manage.dialog
    qtbot.keyClicks(form.findChild(QLineEdit, "roomName"), "P1")
    form.findChild(QSpinBox, "roomChildPlaces").setValue(3)
    form.findChild(QPushButton, "addRoomDialogSave").click()
    assert manage.room_model.index(0, 0).data() == "P1 — 3 child places, 0 cots"
    text = tiles_text(page)
    assert "FREE" in text["P1"] and "3 child places" in text["P1"]

    # Edit: the confidential address is shown (and that it was shown is audited), then changed.
    manage.findChild(QPushButton, "editHouseButton").click()
    form = manage.dialog
    assert form.findChild(QLineEdit, "houseAddress").text() == "3 Quiet Close"
    form.findChild(QLineEdit, "houseAddress").clear()
    qtbot.keyClicks(form.findChild(QLineEdit, "houseAddress"), "5 Quiet Close")
    form.findChild(QPushButton, "editHouseDialogSave").click()
    assert not form.isVisible()
    house_id = manage._selected(manage.house_list)
    assert houses.house_details(vault, house_id).address == "5 Quiet Close"
    with vault.session() as s:
        kinds = [e.kind for e in s.scalars(select(AuditEvent).order_by(AuditEvent.id))]
        details = " ".join(s.scalars(select(AuditEvent.detail)))
    assert "house_address_viewed" in kinds and "Quiet Close" not in details
    manage.room_list.setCurrentIndex(manage.room_model.index(0, 0))
    manage.findChild(QPushButton, "editRoomButton").click()
    form = manage.dialog
    assert form.findChild(QLineEdit, "roomName").text() == "P1"
    form.findChild(QSpinBox, "roomCots").setValue(1)
    form.findChild(QPushButton, "editRoomDialogSave").click()
    assert manage.room_model.index(0, 0).data() == "P1 — 3 child places, 1 cot"

    manage.room_list.setCurrentIndex(manage.room_model.index(0, 0))
    manage.findChild(QPushButton, "retireRoomButton").click()
    manage.dialog.findChild(QPushButton, "retireDialogSave").click()
    assert "P1" not in tiles_text(page)


def test_support_worker_cannot_manage_houses(qtbot, network):
    vault, _rooms, _past, _future = network
    admin = vault.person
    vault.person = type(admin)(admin.id, "worker", "A Worker", admin.role.SUPPORT_WORKER)
    page = HousesPage(vault)
    qtbot.addWidget(page)
    assert not page.findChild(QPushButton, "manageHousesButton").isEnabled()


def test_closed_dialogs_stop_listening_for_changes(qtbot, network):
    vault, _rooms, _past, _future = network
    page = HousesPage(vault)
    qtbot.addWidget(page)
    first = page.manage_houses()
    first.close()  # deleted on close
    qtbot.waitUntil(lambda: not first.isVisible())
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    second = page.manage_houses()
    second.add_house()
    form = second.dialog
    qtbot.keyClicks(form.findChild(QLineEdit, "houseName"), "Fir House")
    qtbot.keyClicks(form.findChild(QLineEdit, "houseArea"), "Eastham")
    form.findChild(QPushButton, "addHouseDialogSave").click()  # announces "houses"
    # (pytest-qt fails the test if the deleted dialog's slot raised.)
    listed = [second.house_model.index(r, 0).data()
              for r in range(second.house_model.rowCount())]
    assert "Fir House · Eastham" in listed


def test_not_back_has_its_own_word_and_colour_on_the_tile_and_in_the_legend(qtbot, network):
    """A resident signed out and overdue: "OCCUPIED · NOT BACK" in amber, not Occupied's
    blue, on the model and as painted; the legend names the colour."""
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtWidgets import QStyleOptionViewItem

    from refugedesk import whereabouts
    from refugedesk.db.types import utcnow
    from refugedesk.ui.board_model import COLOURS, NOT_BACK_COLOURS, TileDelegate

    vault, rooms, _past, _future = network
    capacity.arrive(vault, room_id=rooms["E3"], on=TODAY, household_ref="H-0004",
                    name="Willa Snow")  # in, not signed out: plain Occupied
    staying = next(iter(capacity_stays(vault, rooms["E2"])))
    now = utcnow()
    whereabouts.sign_out(vault, stay_id=staying, out_at=now - timedelta(hours=3),
                         expected_back=now - timedelta(minutes=30))
    page = HousesPage(vault)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    text = show(qtbot, page, TODAY)
    assert text["E2"].splitlines()[1] == "OCCUPIED · NOT BACK"
    assert text["E3"].splitlines()[1] == "OCCUPIED"

    model = page.sections[next(iter(page.sections))].model
    index = {model.index(r).data(TileRole).room: model.index(r) for r in range(model.rowCount())}
    late, plain = index["E2"], index["E3"]
    assert late.data(Qt.ItemDataRole.BackgroundRole) == QColor(NOT_BACK_COLOURS[0])
    assert plain.data(Qt.ItemDataRole.BackgroundRole) == QColor(
        COLOURS[capacity.TileState.OCCUPIED][0])

    def painted(idx) -> QColor:
        image = QImage(200, 100, QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        option = QStyleOptionViewItem()
        option.rect = image.rect()
        option.font = page.font()
        option.palette = page.palette()
        painter = QPainter(image)
        TileDelegate().paint(painter, option, idx)
        painter.end()
        return image.pixelColor(image.width() - 20, 14)  # inside the card, clear of text

    assert painted(late) == QColor(NOT_BACK_COLOURS[0])
    assert painted(plain) == QColor(COLOURS[capacity.TileState.OCCUPIED][0])
    legend = page.findChild(QLabel, "boardLegendNotBack")
    assert legend.isVisible() and legend.text() == "Not back"
    assert NOT_BACK_COLOURS[0].lower() in legend.styleSheet().lower()


def capacity_stays(vault, room_id: int) -> list[int]:
    """The stays in a room still open (set-up helper)."""
    from refugedesk.db.models import Stay

    with vault.session() as s:
        return list(s.scalars(select(Stay.id).where(Stay.room_id == room_id,
                                                    Stay.left_on.is_(None))))
