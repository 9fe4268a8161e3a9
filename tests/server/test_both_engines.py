"""The domain on both engines (issue 17): each test here runs once on a SQLCipher file vault
and once on the PostgreSQL server (a ServerVault, her own login over verified TLS, sealed
columns), through the same domain functions, and must give the same answers and the same
refusals. It covers what a server could answer differently: the booking rules under another
isolation, text search over sealed columns, dates read as text, names searched by prefix."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import cast

import pytest

from refugedesk import (
    access,
    audit,
    capacity,
    handover,
    houses,
    referrals,
    resident_search,
    residents,
    retention,
    staff,
)
from refugedesk.db.models import (
    DepartureReason,
    ReferralChannel,
    ReferralSource,
    RiskLevel,
    Role,
)
from refugedesk.db.vault import Vault
from refugedesk.errors import DatesOutOfOrder, NotEnoughPlaces, RoomNotFree
from refugedesk.server.vault import ServerVault

PASSWORD = "fictional orchard lantern 42"
TODAY = date.today()


@pytest.fixture(params=["sqlcipher", "postgresql"])
def vault(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Vault]:
    """An administrator's open vault: a new file, or a new server database."""
    if request.param == "sqlcipher":
        opened, _code = access.set_up(tmp_path / "refuge.rdb",
                                      organisation="Fictional Test Refuge", username="ada",
                                      display_name="Ada Test", password=PASSWORD)
        yield opened
        opened.close()
        return
    db = request.getfixturevalue("pg_secured")
    profile = request.getfixturevalue("profile")
    server = ServerVault.unlock(profile, db.admin, db.admin_password)
    yield cast(Vault, server)  # the domain names Vault; a ServerVault has what it uses
    server.close()


def _rooms(vault: Vault) -> tuple[int, int]:
    house = houses.add_house(vault, name="Hollyhock House", area="Northtown",
                             address="17 Zebrafinch Crescent", opened_on=TODAY - timedelta(
                                 days=400))
    return (houses.add_room(vault, house_id=house, name="1", child_places=1,
                            opened_on=TODAY - timedelta(days=400)),
            houses.add_room(vault, house_id=house, name="2", child_places=2,
                            opened_on=TODAY - timedelta(days=400)))


def _referral(vault: Vault, name: str = "Fictional Person") -> int:
    return referrals.receive(vault, name=name, channel=ReferralChannel.PHONE,
                             source=ReferralSource.POLICE, risk_level=RiskLevel.HIGH)


def test_the_booking_rules_answer_the_same(vault: Vault) -> None:
    one, two = _rooms(vault)
    held_until = datetime.now(UTC) + timedelta(days=1)
    first = _referral(vault)
    offer = capacity.offer(vault, referral_id=first, room_id=one, arriving=TODAY, nights=14,
                           held_until=held_until)
    with pytest.raises(RoomNotFree):
        capacity.offer(vault, referral_id=_referral(vault, "Another Person"), room_id=one,
                       arriving=TODAY + timedelta(days=3), nights=7,
                       held_until=held_until + timedelta(days=3))
    stay = capacity.arrive(vault, on=TODAY, name="Fictional Person", reservation_id=offer)
    with pytest.raises(RoomNotFree):
        capacity.arrive(vault, on=TODAY, name="Someone Else", room_id=one)
    with pytest.raises(NotEnoughPlaces):  # an over-full room: two children, one child place
        capacity.arrive(vault, on=TODAY, name="Third Person", room_id=one,
                        children_count=2, children_ages=(3, 5))
    moved = capacity.move(vault, stay_id=stay, to_room_id=two, on=TODAY + timedelta(days=1))
    with pytest.raises(DatesOutOfOrder):
        capacity.depart(vault, stay_id=moved, on=TODAY - timedelta(days=5),
                        reason=DepartureReason.PLANNED_MOVE_ON)
    capacity.depart(vault, stay_id=moved, on=TODAY + timedelta(days=10),
                    reason=DepartureReason.PLANNED_MOVE_ON)
    # The room she left is free again from her leaving day.
    capacity.arrive(vault, on=TODAY + timedelta(days=10), name="Fourth Person", room_id=two)
    with vault.session() as session:
        assert audit.verify(session).ok


def _prefix(request: pytest.FixtureRequest) -> str:
    """On the server a login is the whole server's: named so the test's cleanup drops it."""
    if "pg_secured" in request.fixturenames:
        return str(request.getfixturevalue("pg_secured").prefix)
    return ""


def test_a_sent_handover_is_found_by_a_word_in_its_notes_or_an_addendum(
        vault: Vault, request: pytest.FixtureRequest) -> None:
    on_call = staff.add_staff(vault, username=f"{_prefix(request)}oncall{secrets.token_hex(3)}",
                              display_name="On-call Fictional", role=Role.SUPPORT_WORKER,
                              password=PASSWORD)
    with vault.session() as session:
        draft = handover.draft(session)
    sent = handover.send(vault, draft, to_staff_id=on_call,
                         notes={None: "Watch for the mauve estate near Tamarisk Lane"})
    handover.add_addendum(vault, sent, "Quillbury police rang back")
    with vault.session() as session:
        assert [r.id for r in handover.search(session, word="tamarisk")] == [sent]
        assert [r.id for r in handover.search(session, word="Quillbury")] == [sent]
        assert handover.search(session, word="Nowhere-in-it") == []


def test_residents_are_found_by_the_start_of_a_name(vault: Vault) -> None:
    rid = residents.create_resident(vault, reference="R-0001", name="Marigold Fictional",
                                    known_as="Goldie")
    residents.create_resident(vault, reference="R-0002", name="Another Person")
    with vault.session() as session:
        assert [r.id for r in resident_search.search_residents(session, "mari")] == [rid]
        assert [r.id for r in resident_search.search_residents(session, "GOLD")] == [rid]
        assert resident_search.count_residents(session, "fict") == 1


def test_the_retention_list_reads_her_last_contact_by_day(vault: Vault) -> None:
    residents.create_resident(vault, reference="R-0001", name="Fictional Person")
    with vault.session() as session:
        now = retention.due(session, TODAY, viewer=vault.person)
        later = retention.due(session, TODAY.replace(year=TODAY.year + 10),
                              viewer=vault.person)
    assert now == []
    assert [item.kind for item in later] == ["resident"]


def test_her_plan_contacts_and_an_incident_and_the_spreadsheets(vault: Vault,
                                                                 tmp_path: Path) -> None:
    """Her support through the same functions, sealed where a server keeps it, and the two
    spreadsheets re-opened and read."""
    from openpyxl import load_workbook

    from refugedesk import contacts, incidents, plans, today
    from refugedesk.db.models import (
        ActionOwner,
        ContactMode,
        ContactPlace,
        ContactState,
        IncidentKind,
    )
    from refugedesk.reports.occupancy import export_occupancy
    from refugedesk.reports.outcomes import export_outcomes

    one, _two = _rooms(vault)
    stay = capacity.arrive(vault, on=TODAY - timedelta(days=20), name="Marigold Fictional",
                           room_id=one)
    rid = residents.create_resident(vault, reference="R-0001", name="Marigold Fictional")
    residents.link_stay(vault, stay_id=stay, resident_id=rid)
    plan = plans.start_plan(vault, resident_id=rid)
    goal = plans.add_goal(vault, plan_id=plan, her_words="A flat near my sister's, in my words")
    plans.add_action(vault, plan_id=plan, goal_id=goal, what="Ring the housing officer",
                     owner=ActionOwner.KEY_WORKER, due_on=TODAY - timedelta(days=1))
    contacts.log_contact(vault, resident_id=rid, at=datetime.now(UTC) - timedelta(hours=1),
                         mode=ContactMode.FACE_TO_FACE, place=ContactPlace.HER_ROOM,
                         state=ContactState.ATTENDED, notes="Talked about the Saltmarsh flat")
    incidents.log_incident(vault, at=datetime.now(UTC) - timedelta(hours=2),
                           kind=list(IncidentKind)[0], resident_ids=[rid],
                           what_happened="A mauve estate car parked outside for an hour")
    with vault.session() as session:
        assert plans.open_goals(session, rid)[0].her_words == \
            "A flat near my sister's, in my words"
        assert contacts.contacts_for(session, rid)[-1].notes == "Talked about the Saltmarsh flat"
        assert [a.what for a in plans.overdue_actions(session, resident_id=rid)] == [
            "Ring the housing officer"]
        assert today.items(session, vault.person) is not None
    occupancy = export_occupancy(vault, start=TODAY - timedelta(days=30), end=TODAY,
                                 out=tmp_path / "occupancy.xlsx")
    outcomes = export_outcomes(vault, start=TODAY - timedelta(days=30), end=TODAY,
                               out=tmp_path / "outcomes.xlsx")
    assert load_workbook(occupancy).sheetnames and load_workbook(outcomes).sheetnames
    with vault.session() as session:
        assert audit.verify(session).ok
