"""Welsh (issue 18) on the Houses board, its dialogs, the Referrals and Residents pages, the
start-intake question and the date entry: the words come out in Welsh through Qt's own
translators (the built .qm), counts take Qt's plural forms, day names come from QLocale, and
a Welsh tile still fits. Switching back leaves the English exactly as it was."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QPushButton, QRadioButton

from refugedesk import arrivals, capacity, houses, i18n, referrals, residents
from refugedesk.db.models import ReferralChannel, ReferralSource, RiskLevel
from refugedesk.ui import board_model
from refugedesk.ui.board_corrections import CorrectArrivalDialog
from refugedesk.ui.board_dialogs import CloseDialog, OfferDialog
from refugedesk.ui.board_export import ExportOccupancyDialog
from refugedesk.ui.board_manage_houses import ManageHousesDialog
from refugedesk.ui.board_model import TileRole
from refugedesk.ui.dates import DayEdit, date_line, parse_day, typed_day
from refugedesk.ui.houses_page import HousesPage
from refugedesk.ui.referrals_page import ReferralsPage
from refugedesk.ui.residents_page import ResidentsPage
from refugedesk.ui.start_intake import ReturningDialog
from ui.drive import settled

TODAY = date.today()
OPENED = TODAY - timedelta(days=400)


@pytest.fixture
def welsh(qapp):
    assert i18n.use("cy"), "the .qm files are missing: run `make translations`"
    yield
    i18n.use("en")


@pytest.fixture
def board(new_vault):
    """Elm House: E1 with a family of two children here five nights, E2 free (one child place,
    one cot, wheelchair accessible); an open referral for Xena Vale."""
    vault, _ = new_vault
    elm = houses.add_house(vault, name="Elm House", area="Northtown", opened_on=OPENED)
    e1 = houses.add_room(vault, house_id=elm, name="E1", child_places=2, cots=1,
                         opened_on=OPENED)
    e2 = houses.add_room(vault, house_id=elm, name="E2", child_places=1, cots=1,
                         wheelchair_accessible=True, opened_on=OPENED)
    stay = capacity.arrive(vault, room_id=e1, on=TODAY - timedelta(days=5),
                           household_ref="H-0002", name="Yana Pell", children_count=2)
    referrals.receive(vault, name="Xena Vale", channel=ReferralChannel.PHONE,
                      source=ReferralSource.POLICE, risk_level=RiskLevel.HIGH,
                      children_count=1)
    return vault, {"E1": e1, "E2": e2}, stay


def tiles(page: HousesPage) -> dict[str, str]:
    out = {}
    for section in page.sections.values():
        for row in range(section.model.rowCount()):
            index = section.model.index(row)
            out[index.data(TileRole).room] = index.data(Qt.ItemDataRole.DisplayRole)
    return out


def board_page(qtbot, vault) -> HousesPage:
    page = HousesPage(vault)
    qtbot.addWidget(page)
    page.resize(1024, 600)
    page.show()
    page.finish_building()
    return page


def test_the_board_speaks_welsh_with_welsh_day_names_and_counts(qtbot, welsh, board):
    vault, rooms, _stay = board
    page = board_page(qtbot, vault)
    assert page.findChild(QPushButton, "boardPrevDay").text() == "◀ Diwrnod cynt"
    assert page.findChild(QPushButton, "offerButton").text() == "Cynnig…"
    assert page.findChild(QLabel, "boardLegendNotBack").text() == "Heb ddod yn ôl"
    summary = page.findChild(QLabel, "vacancySummary").text()
    # Plurals: Qt's Welsh forms (after a figure the noun stays singular).
    assert "<b>Heno: 1 ystafell yn rhydd, 2 lle plentyn yn rhydd</b>" in summary
    assert "gan gynnwys cotiau" in summary
    text = tiles(page)
    assert "2 plentyn · 5 noson" in text["E1"] and "H-0002" in text["E1"]
    assert "1 lle plentyn + 1 cot" in text["E2"]

    page.select_room(rooms["E1"])
    detail = page.findChild(QLabel, "tileDetail").text()
    assert "2 plentyn · 5 noson hyd yma" in detail and "(aelwyd H-0002)" in detail
    assert page.findChild(QPushButton, "startIntakeButton").text() == "Dechrau ei derbyn…"

    # Another night: its day named in Welsh by QLocale, not strftime.
    monday = TODAY + timedelta(days=7 - TODAY.weekday())
    page.date.setDate(QDate(monday.year, monday.month, monday.day))
    summary = page.findChild(QLabel, "vacancySummary").text()
    assert f"Noson Llun {monday:%d} " in summary
    assert page.date.weekday.text() == "Llun"


def test_a_welsh_tile_fits_and_says_not_back_in_welsh(qtbot, welsh, qapp):
    font = qapp.font()
    size = board_model.size_tiles(font)
    tile = board_model.Tile(room_id=1, room="Ystafell 12", state=board_model.TileState.OCCUPIED,
                            child_places=2, cots=1, wheelchair_accessible=True,
                            self_contained=False, household_ref="H-0012", initials="A.B.C.",
                            children=3, nights_so_far=40, away="not back")
    lines = board_model.tile_lines(tile)
    assert lines[0].endswith(" · HEB DDOD YN ÔL")
    assert lines[2] == "3 plentyn · 40 noson"
    assert board_model.tile_clipping(tile, font, size) == []
    i18n.use("en")
    assert board_model.tile_lines(tile)[0] == "OCCUPIED · NOT BACK"
    assert board_model.size_tiles(font).width() <= size.width()


def test_the_board_dialogs_speak_welsh(qtbot, welsh, board):
    vault, rooms, _stay = board
    page = board_page(qtbot, vault)
    tile = page.select_room(rooms["E2"])
    offer = OfferDialog(vault, tile, TODAY, page)
    qtbot.addWidget(offer)
    assert offer.windowTitle() == "Cynnig E2"
    item = offer.referral.itemText(0)
    assert " · 1 plentyn · risg: " in item and " · daeth i law " in item
    close = CloseDialog(vault, tile, TODAY, page)
    qtbot.addWidget(close)
    assert close.findChild(QCheckBox, "closeOpenEnded").text() == "Dim dyddiad ailagor eto"

    manage = ManageHousesDialog(vault, page)
    qtbot.addWidget(manage)
    assert manage.windowTitle() == "Tai ac ystafelloedd"
    rows = [manage.room_model.index(r, 0).data() for r in range(manage.room_model.rowCount())]
    assert "E2 — 1 lle plentyn, 1 cot, hygyrch i gadair olwyn" in rows

    export = ExportOccupancyDialog(vault, page)
    qtbot.addWidget(export)
    assert export.windowTitle() == "Allforio deiliadaeth"
    outside = export.findChild(QRadioButton, "exportForOutside").text()
    assert outside.startswith("Cyllidwyr, comisiynwyr: cyfrifon o dan ")

    correct = CorrectArrivalDialog(vault, page.select_room(rooms["E1"]), TODAY, page)
    qtbot.addWidget(correct)
    assert correct.windowTitle() == "Cywiro cofnod cyrraedd aelwyd H-0002"
    kinds = correct.findChild(QComboBox, "correctKind")
    assert [kinds.itemText(i) for i in range(kinds.count())][:2] == [
        "Dyddiad ei chyrraedd", "Ei hystafell"]


def test_the_referrals_page_and_find_a_room_speak_welsh(qtbot, welsh, board):
    vault, _rooms, _stay = board
    page = ReferralsPage(vault)
    qtbot.addWidget(page)
    model = page.table.model()
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Daeth i law"
    assert page.filter.itemText(0) == "Yn aros am ganlyniad"
    page.table.selectRow(0)
    detail = page.findChild(QLabel, "referralDetail").text()
    assert "Xena Vale · 1 plentyn" in detail and "Risg adeg yr atgyfeirio: " in detail
    page.find_room()
    summary = page.dialog.findChild(QLabel, "findSummary").text()
    assert summary.startswith("1 ystafell yn addas, y fwyaf addas yn gyntaf.")
    assert page.dialog.left_out.headerData(3, Qt.Orientation.Horizontal) == \
        "Y dyddiad agosaf sy'n addas"


def test_the_residents_page_speaks_welsh(qtbot, welsh, board):
    vault, _rooms, stay = board
    nadia = residents.create_resident(vault, reference="R-0001", name="Nadia Brook",
                                      known_as="Nad")
    residents.link_stay(vault, resident_id=nadia, stay_id=stay)
    page = ResidentsPage(vault)
    qtbot.addWidget(page)
    settled(page.search_job)
    assert page.model.headerData(2, Qt.Orientation.Horizontal) == "Ble nawr"
    assert page.shown_names() == ["Nadia Brook (a elwir yn Nad)"]
    assert page.findChild(QLabel, "residentsStatus").text() == "1 preswylydd."
    show = page.findChild(QComboBox, "residentsShowFilter")
    assert show.currentText() == "Yn y lloches nawr"


def test_is_she_already_on_file_speaks_welsh(qtbot, welsh, board):
    vault, _rooms, stay = board
    found = vault.read(lambda session: arrivals.stay_for_intake(session, stay, today=TODAY))
    dialog = ReturningDialog(vault, found)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Ydy hi ar gofnod yn barod?"
    intro = dialog.findChild(QLabel, "returningIntro").text()
    assert intro.startswith("Cyrhaeddodd Yana Pell E1, Elm House ar ")
    assert "(aelwyd H-0002)" in intro


def test_the_date_entry_speaks_welsh_and_reads_a_welsh_date(qtbot, welsh):
    edit = DayEdit(date(2026, 11, 30), name="day", accessible="Dyddiad")
    qtbot.addWidget(edit)
    assert edit.weekday.text() == "Llun" and edit.weekday.accessibleName() == "Dydd Llun"
    assert edit.line.placeholderText() == "dd/mm/bbbb"
    assert edit.pick.accessibleName() == "Dyddiad: dewis ar galendr"
    edit.line.setText("Maw 1 Rhag 2026")  # as RefugeDesk shows a day in Welsh
    edit._commit()
    assert edit.date() == QDate(2026, 12, 1) and edit.weekday.text() == "Maw"
    line = date_line("born", "Dyddiad geni")
    qtbot.addWidget(line)
    line.setText("31/02/2020")
    with pytest.raises(Exception, match="Ysgrifennwch y dyddiad fel diwrnod/mis/blwyddyn"):
        typed_day(line, "date_of_birth")
    assert parse_day("") is None


def test_english_is_unchanged_after_welsh(qtbot, qapp, board):
    assert i18n.use("cy")
    i18n.use("en")
    vault, rooms, _stay = board
    page = board_page(qtbot, vault)
    assert page.findChild(QPushButton, "boardPrevDay").text() == "◀ Day before"
    summary = page.findChild(QLabel, "vacancySummary").text()
    assert "<b>Tonight: 1 room free, 2 child places free</b>" in summary
    assert "2 children · 5 nights" in tiles(page)["E1"]
    assert "1 child place + 1 cot" in tiles(page)["E2"]
    page.select_room(rooms["E2"])
    assert "1 child place, 1 cot · wheelchair accessible" in \
        page.findChild(QLabel, "tileDetail").text()
    edit = DayEdit(date(2026, 11, 30), name="day", accessible="Day")
    qtbot.addWidget(edit)
    assert edit.weekday.text() == "Mon" and edit.line.placeholderText() == "dd/mm/yyyy"


def test_offer_held_until_before_arrival_is_said_and_taken_back_in_welsh(qtbot, welsh, board):
    """The hold-problem message is cleared by what was said, not by its English words."""
    vault, rooms, _stay = board
    page = board_page(qtbot, vault)
    offer = OfferDialog(vault, page.select_room(rooms["E2"]), TODAY + timedelta(days=5), page)
    qtbot.addWidget(offer)
    offer.held_until.setDateTime(offer.held_until.dateTime().addDays(10))
    assert offer.message.text() == ""
    offer.held_until.setDateTime(offer.held_until.dateTime().addDays(-10))
    said = offer.message.text()
    offer.held_until.setDateTime(offer.held_until.dateTime().addDays(10))
    assert said and offer.message.text() == ""
