"""Opening her record by a click: the audited open and the Overview's reads run in the
background while the page says "Opening her record…"; then the header and tabs show, the
Overview is built and filled from what was read, and the other tabs wait until shown."""

from __future__ import annotations

import threading
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QWidget
from sqlalchemy import func, select

from refugedesk import capacity, houses, residents
from refugedesk.db.models import AuditEvent
from refugedesk.ui.record.window import OpeningView, ResidentRecord
from refugedesk.ui.residents_page import ResidentsPage
from ui.drive import settle

TODAY = date.today()


@pytest.fixture
def nadia(new_vault):
    vault, _ = new_vault
    elm = houses.add_house(vault, name="Elm House", area="Northtown",
                           opened_on=TODAY - timedelta(days=400))
    room = houses.add_room(vault, house_id=elm, name="Room 1", child_places=1,
                           opened_on=TODAY - timedelta(days=400))
    rid = residents.create_resident(vault, reference="R-0001", name="Nadia Brook")
    residents.add_child(vault, resident_id=rid, name="Tomasz Brook",
                        date_of_birth=TODAY - timedelta(days=6 * 365))
    stay = capacity.arrive(vault, room_id=room, on=TODAY - timedelta(days=10),
                           household_ref="H-0001", name="Nadia Brook", children_count=1)
    residents.link_stay(vault, resident_id=rid, stay_id=stay)
    return vault, rid


def opened_count(vault, rid: int) -> int:
    with vault.session() as session:
        return session.scalar(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.kind == "record_opened", AuditEvent.record_id == rid)) or 0


def listed_page(qtbot, vault) -> ResidentsPage:
    page = ResidentsPage(vault)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    edit = page.findChild(QLineEdit, "residentsSearch")
    qtbot.keyClicks(edit, "nadia")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    settle(qtbot, page.search_job)
    page.table.selectRow(0)
    return page


def test_a_click_opens_her_record_in_the_background_then_builds_the_overview(qtbot, nadia):
    vault, rid = nadia
    page = listed_page(qtbot, vault)
    qtbot.mouseClick(page.findChild(QPushButton, "openResidentButton"),
                     Qt.MouseButton.LeftButton)
    # at once: a calm line, nothing about her yet, and the reading is off the window's thread
    waiting = page.stack.currentWidget()
    assert isinstance(waiting, OpeningView)
    assert waiting.findChild(QLabel, "recordOpeningText").text() == "Opening her record…"
    assert page.record is None
    settle(qtbot, page.opening)
    assert page.opening.thread_id != threading.get_ident()

    record = page.record
    assert isinstance(record, ResidentRecord) and page.stack.currentWidget() is record
    assert record.header_view.name.text() == "Nadia Brook"
    assert opened_count(vault, rid) == 1  # the open is audited, once
    overview = record.tabs.widget(0)
    qtbot.waitUntil(lambda: overview.built and not overview.stale)  # the next turn
    assert "Elm House" in overview.shown_text() and "Tomasz Brook" in overview.shown_text()
    # the other tabs are built only when first shown
    contacts = record.tabs.widget(4)
    assert contacts.objectName() == "recordContacts" and not contacts.built
    assert contacts.findChild(QPushButton) is None
    record.show_tab("recordContacts")
    assert contacts.built and not contacts.stale
    assert contacts.findChild(QPushButton) is not None
    assert opened_count(vault, rid) == 1  # showing a tab is not another opening
    assert not page.findChildren(OpeningView)  # the waiting line is gone


def test_a_record_that_cannot_be_opened_says_why_in_the_list(qtbot, nadia):
    vault, rid = nadia
    page = listed_page(qtbot, vault)
    job = page.open_resident_soon(rid + 1000)  # nobody has this id
    settle(qtbot, job)
    assert page.record is None and page.stack.currentWidget() is page.list_view
    assert "could not be found" in page.message.text()
    assert not page.findChildren(OpeningView)
    # the list still opens the one who is there
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    settle(qtbot, page.opening)
    assert page.record is not None and page.record.resident_id == rid


def test_asking_for_another_record_while_one_opens_shows_the_last_asked_for(qtbot, nadia):
    vault, rid = nadia
    other = residents.create_resident(vault, reference="R-0002", name="Olivia Stone")
    page = listed_page(qtbot, vault)
    first = page.open_resident_soon(rid)
    second = page.open_resident_soon(other)
    assert isinstance(page.stack.currentWidget(), OpeningView)
    shown: list[QWidget] = []
    page.stack.currentChanged.connect(lambda i: shown.append(page.stack.widget(i)))
    settle(qtbot, first)
    settle(qtbot, second)
    # Nadia's opening ended first and put nothing on screen: Olivia's record came next
    assert shown == [page.record]
    assert page.record is not None and page.record.resident_id == other
    assert page.stack.currentWidget() is page.record
    assert not page.findChildren(OpeningView)
