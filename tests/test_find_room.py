"""Find a room explains itself: each reason a room is left out, the nearest dates that fit, the
service's rule on boys' ages, the 1-2 nights bug and an offer held only until before she
arrives. Real vaults, no mocks."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest
from sqlalchemy import func, select

from refugedesk import capacity, houses, referrals, service_rules
from refugedesk.capacity import LeftOutKind
from refugedesk.db.models import (
    AuditEvent,
    Child,
    ChildSex,
    ClosureReason,
    DepartureReason,
    Organisation,
    ReferralChannel,
    ReferralSource,
    Reservation,
    RiskLevel,
    Stay,
)
from refugedesk.errors import (
    BoysAgeRule,
    HoldEndsBeforeArrival,
    NotAllowed,
    RoomNotFree,
    ValidationError,
)

OPENED = date(2020, 1, 1)
TODAY = date.today()


def held(day: date, hour: int = 18) -> datetime:
    """The local instant `hour`:00 on `day`, as the offer form gives it; for a run after that
    hour today, an hour from now instead (an offer cannot be held until a time already gone:
    the tests once failed every evening after 18:00)."""
    at = datetime.combine(day, time(hour)).astimezone().astimezone(UTC)
    return max(at, datetime.now(UTC) + timedelta(hours=1))


def house(vault, name, area, rooms, **kw):
    house_id = houses.add_house(vault, name=name, area=area, opened_on=OPENED, **kw)
    return [houses.add_room(vault, house_id=house_id, name=n, child_places=c, cots=k,
                            **{"opened_on": OPENED, **extra})
            for n, c, k, extra in rooms]


def referral(vault, *, children=0, ages=(), **kw):
    return referrals.receive(vault, name="Tara Lind", channel=ReferralChannel.PHONE,
                             source=ReferralSource.POLICE, risk_level=RiskLevel.HIGH,
                             children_count=children, children_ages=ages, **kw)


def search(vault, referral_id, on=TODAY, nights=28, **kw):
    with vault.session() as s:
        return capacity.search_for_referral(s, referral_id, on=on, nights=nights, **kw)


def test_each_reason_first_and_in_words(new_vault):
    vault, _ = new_vault
    low = {"ground_floor": True}
    (_free, occupied, offered, closed, _small, _upstairs) = house(
        vault, "Elm House", "Southbury",
        [("Free", 2, 0, low), ("Occupied", 2, 0, low), ("Offered", 2, 0, low),
         ("Closed", 2, 0, low), ("Small", 0, 0, low), ("Upstairs", 2, 0, {})])
    house(vault, "Ash House", "Northtown", [("N1", 2, 0, low)])
    house(vault, "Oak House", "Westby",
          [("Later", 2, 0, {**low, "opened_on": TODAY + timedelta(days=10)})])
    stay = capacity.arrive(vault, room_id=occupied, on=TODAY - timedelta(days=3),
                           household_ref="H-0042", name="Zara Quill")
    capacity.depart(vault, stay_id=stay, on=TODAY + timedelta(days=5),
                    reason=DepartureReason.PLANNED_MOVE_ON)
    other = referral(vault)
    capacity.offer(vault, referral_id=other, room_id=offered, arriving=TODAY + timedelta(2),
                   nights=28, held_until=held(TODAY + timedelta(days=2)))
    houses.close_room(vault, room_id=closed, starts_on=TODAY - timedelta(days=1),
                      ends_on=TODAY + timedelta(days=4), reason=ClosureReason.REPAIRS)
    mine = referral(vault, children=2, ages=(3, 9), needs_ground_floor=True,
                    excluded_areas="Northtown")

    found = search(vault, mine)
    assert [f.room for f in found.fits] == ["Free"]
    why = {r.room: (r.kind, r.reason, r.nearest) for r in found.left_out}
    assert why["Occupied"][0] is LeftOutKind.OCCUPIED
    assert "until" in why["Occupied"][1] and "H-0042" in why["Occupied"][1]
    assert "Zara" not in why["Occupied"][1]  # a household reference, never her name
    assert why["Occupied"][2] == TODAY + timedelta(days=5)
    assert why["Offered"][0] is LeftOutKind.OFFERED
    assert f"referral {other}" in why["Offered"][1] and "18:00" in why["Offered"][1]
    assert why["Offered"][2] is None  # the offer becomes a stay with no leaving date
    assert why["Closed"][:1] == (LeftOutKind.CLOSED,) and "repairs" in why["Closed"][1]
    assert why["Closed"][2] == TODAY + timedelta(days=4)
    assert why["Small"][0] is LeftOutKind.CHILDREN and "child place" in why["Small"][1]
    assert why["Upstairs"][:2] == (LeftOutKind.ACCESS, "Not on the ground floor")
    assert why["N1"][0] is LeftOutKind.EXCLUDED_AREA and "Northtown" in why["N1"][1]
    assert why["Later"][0] is LeftOutKind.CLOSED and "opens" in why["Later"][1]
    assert why["Later"][2] == TODAY + timedelta(days=10)
    rows = {r.room: r for r in found.left_out}
    assert rows["Small"].nearest_text.startswith("No date")
    assert rows["Offered"].nearest_text == "None in the next 60 days"
    assert found.summary == ("2 rooms are closed, 1 occupied, 1 offered, 1 too small for her "
                             "children, 1 without the access she needs and 1 in an excluded "
                             "area: see the list below.")


def test_the_first_reason_wins_and_the_nearest_date_looks_60_days_ahead(new_vault):
    vault, _ = new_vault
    (a, b) = house(vault, "Elm House", "Northtown", [("A", 0, 0, {}), ("B", 2, 0, {})])
    stay = capacity.arrive(vault, room_id=a, on=TODAY, household_ref="H-1", name="A B")
    stay_b = capacity.arrive(vault, room_id=b, on=TODAY, household_ref="H-2", name="C D")
    capacity.depart(vault, stay_id=stay_b, on=TODAY + timedelta(days=61),
                    reason=DepartureReason.PLANNED_MOVE_ON)
    mine = referral(vault, children=1, ages=(5,), excluded_areas="Northtown")
    rows = {r.room: r for r in search(vault, mine).left_out}
    # Occupied comes before too small and excluded area; no date helps a room too small.
    assert rows["A"].kind is LeftOutKind.OCCUPIED and not rows["A"].dates_could_help
    assert rows["B"].kind is LeftOutKind.OCCUPIED
    other = referral(vault, children=1, ages=(5,))
    rows = {r.room: r for r in search(vault, other).left_out}
    assert rows["B"].nearest is None  # she leaves on day 61: beyond the 60 days looked at
    capacity.depart(vault, stay_id=stay_b, on=TODAY + timedelta(days=60),
                    reason=DepartureReason.PLANNED_MOVE_ON)
    rows = {r.room: r for r in search(vault, other).left_out}
    assert rows["B"].nearest == TODAY + timedelta(days=60)
    assert stay


def test_short_stay_before_a_later_offer_is_not_offered(new_vault):
    """Issue 13: for 1-2 nights find-a-room offered a room that a later offer held, and the
    arrival was then refused ("it is offered (referral 220)")."""
    vault, _ = new_vault
    (room,) = house(vault, "Elm House", "Southbury", [("R1", 2, 0, {})])
    first = referral(vault)
    capacity.offer(vault, referral_id=first, room_id=room, arriving=TODAY + timedelta(days=2),
                   nights=28, held_until=held(TODAY + timedelta(days=2)))
    mine = referral(vault)
    found = search(vault, mine, nights=1)
    assert found.fits == []
    assert found.left_out[0].kind is LeftOutKind.OFFERED
    with pytest.raises(RoomNotFree, match=f"referral {first}"):
        capacity.offer(vault, referral_id=mine, room_id=room, arriving=TODAY, nights=1,
                       held_until=held(TODAY))
    # And the other way round: after a short offer, the room is not offered again.
    (other,) = house(vault, "Ash House", "Westby", [("R2", 2, 0, {})])
    short = capacity.offer(vault, referral_id=mine, room_id=other, arriving=TODAY, nights=2,
                           held_until=held(TODAY))
    with pytest.raises(RoomNotFree, match="offered"):
        capacity.offer(vault, referral_id=referral(vault), room_id=other,
                       arriving=TODAY + timedelta(days=2), nights=7,
                       held_until=held(TODAY + timedelta(days=2)))
    # So the short offer's arrival goes through.
    stay = capacity.arrive(vault, reservation_id=short, on=TODAY, household_ref="H-9",
                           name="Tara Lind")
    with vault.session() as s:
        assert s.get(Stay, stay).room_id == other


def test_an_offer_held_until_before_she_arrives_is_refused(new_vault):
    vault, _ = new_vault
    (room,) = house(vault, "Elm House", "Southbury", [("R1", 2, 0, {})])
    mine = referral(vault)
    arriving = date(TODAY.year, 12, 30) if date(TODAY.year, 12, 2) > TODAY \
        else date(TODAY.year + 1, 12, 30)
    until = held(arriving.replace(day=1), 12)
    with pytest.raises(HoldEndsBeforeArrival) as err:
        capacity.offer(vault, referral_id=mine, room_id=room, arriving=arriving, nights=7,
                       held_until=until)
    assert str(err.value) == ("The room would stop being held on 1 Dec, before she arrives on "
                              "30 Dec. Hold it until at least her arrival day.")
    assert err.value.field == "held_until"
    with vault.session() as s:
        assert s.scalar(select(func.count()).select_from(Reservation)) == 0
    # Any time on her arrival day is enough.
    assert capacity.offer(vault, referral_id=mine, room_id=room, arriving=arriving, nights=7,
                          held_until=held(arriving, 9))


def _boy_on_record(vault, mine, room, age):
    """She stays once, is taken onto a record with a son of `age`, and leaves."""
    offer = capacity.offer(vault, referral_id=mine, room_id=room, arriving=TODAY, nights=7,
                           held_until=held(TODAY))
    stay = capacity.arrive(vault, reservation_id=offer, on=TODAY, household_ref="H-5",
                           name="Tara Lind", children_count=1, children_ages=[age])
    return stay


def test_the_service_rule_on_boys_ages(new_vault):
    vault, _ = new_vault
    rooms = house(vault, "Elm House", "Southbury", [("R1", 2, 0, {}), ("R2", 2, 0, {})])
    mine = referral(vault, children=1, ages=(15,))
    # No rule: the boy's age is no reason.
    assert len(search(vault, mine, boys_ages=[15]).fits) == 2
    service_rules.set_service_rules(vault, boys_age_limit=14, under_18_note="")
    found = search(vault, mine, boys_ages=[15])
    assert found.fits == [] and {r.kind for r in found.left_out} == {LeftOutKind.BOYS_RULE}
    assert found.summary == ("No room fits: the service cannot house boys aged 14 or older, "
                             "and her son is 15.")
    assert all(not r.dates_could_help for r in found.left_out)
    assert len(search(vault, mine, boys_ages=[13]).fits) == 2
    # The offer re-checks it, and saves nothing.
    with pytest.raises(BoysAgeRule, match="boys aged 14 or older"):
        capacity.offer(vault, referral_id=mine, room_id=rooms[1], arriving=TODAY, nights=7,
                       held_until=held(TODAY), boys_ages=[15])
    with pytest.raises(ValidationError, match="2 boys' ages are given for 1 child"):
        search(vault, mine, boys_ages=[3, 4])
    with vault.session() as s:
        assert s.scalar(select(func.count()).select_from(Reservation)) == 0
    # From her record: a child recorded as a boy, with his date of birth.
    stay = _boy_on_record(vault, mine, rooms[0], 15)
    with vault.transaction() as s:
        resident_id = _record_for(s, vault, stay)
        s.add(Child(resident_id=resident_id, name="Sam", sex=ChildSex.BOY,
                    date_of_birth=TODAY.replace(year=TODAY.year - 15) - timedelta(days=3),
                    created_by_id=vault.person.id, updated_by_id=vault.person.id))
    found = search(vault, mine)
    assert {r.kind for r in found.left_out} == {LeftOutKind.BOYS_RULE}


def _record_for(session, vault, stay_id):
    """Link the stay to a new record (what intake does), inside the caller's transaction."""
    from refugedesk.db.models import Resident

    resident = Resident(reference="R-0001", name="Tara Lind", created_by_id=vault.person.id,
                        updated_by_id=vault.person.id)
    session.add(resident)
    session.flush()
    session.get(Stay, stay_id).resident_id = resident.id
    return resident.id


def test_her_record_adds_its_excluded_areas(new_vault):
    vault, _ = new_vault
    (south,) = house(vault, "Elm House", "Southbury", [("S1", 2, 0, {})])
    (west,) = house(vault, "Oak House", "Westby", [("W1", 2, 0, {})])
    mine = referral(vault)
    stay = capacity.arrive(vault, room_id=south, on=TODAY - timedelta(days=10),
                           household_ref="H-3", name="Tara Lind", referral_id=mine)
    capacity.depart(vault, stay_id=stay, on=TODAY - timedelta(days=1),
                    reason=DepartureReason.OTHER)
    with vault.transaction() as s:
        resident_id = _record_for(s, vault, stay)
        from refugedesk.db.models import Abuser

        s.add(Abuser(resident_id=resident_id, name="Him", known_areas="Westby",
                     created_by_id=vault.person.id, updated_by_id=vault.person.id))
    rows = {r.room: r for r in search(vault, mine).left_out}
    assert rows["W1"].kind is LeftOutKind.EXCLUDED_AREA and "Westby" in rows["W1"].reason
    assert west


def test_service_rules_are_for_administrators_and_audited(demo_vault, vault_path):
    vault = demo_vault
    with pytest.raises(ValidationError, match="from 1 to 17"):
        service_rules.set_service_rules(vault, boys_age_limit=18, under_18_note="")
    with pytest.raises(ValidationError, match="keep it to"):
        service_rules.set_service_rules(vault, boys_age_limit=12, under_18_note="x" * 1001)
    service_rules.set_service_rules(vault, boys_age_limit=12,
                                    under_18_note="  Tell the safeguarding lead the same day. ")
    with vault.session() as s:
        rules = service_rules.service_rules(s)
        events = list(s.scalars(select(AuditEvent.detail).where(
            AuditEvent.kind == "settings_changed")))
    assert rules == service_rules.ServiceRules(12, "Tell the safeguarding lead the same day.")
    assert events == ["boys_age_limit=12 under_18_note=changed"]  # never the note's words
    vault.close()
    from conftest import reopen

    worker = reopen(vault_path, "worker", "demo")
    try:
        with pytest.raises(NotAllowed):
            service_rules.set_service_rules(worker, boys_age_limit=None, under_18_note="")
        with worker.session() as s:
            org = s.scalars(select(Organisation)).one()
            assert (org.boys_age_limit, org.under_18_note) == (
                12, "Tell the safeguarding lead the same day.")
    finally:
        worker.close()
