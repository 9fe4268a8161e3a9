"""The resident's record: her details and children, the header's alerts, the audit trail, the
residents list search, and her safety record reaching find-a-room. Real vaults, no Qt."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from refugedesk import capacity, houses, residents, risk, staff
from refugedesk.db.models import (
    AuditEvent,
    Child,
    CourtOrderKind,
    DepartureReason,
    ReferralChannel,
    ReferralSource,
    Resident,
    RiskLevel,
    Role,
    Stay,
)
from refugedesk.errors import DateInFuture, NotFound, ReferenceTaken, ValidationError

pytestmark = pytest.mark.both_engines  # each test on a file and on a server

TODAY = date(2030, 6, 15)


def _resident(vault, ref="R-1", name="Amy Example", **kw):
    return residents.create_resident(vault, reference=ref, name=name, today=TODAY, **kw)


def _count(vault, model) -> int:
    with vault.session() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_a_childs_date_of_birth_in_the_future_is_refused_plainly(new_vault):
    vault, _ = new_vault
    rid = _resident(vault)
    with pytest.raises(DateInFuture) as info:
        residents.add_child(vault, resident_id=rid, name="Baby Example",
                            date_of_birth=TODAY + timedelta(days=1), today=TODAY)
    assert info.value.field == "date_of_birth"
    assert str(info.value).startswith("A child's date of birth cannot be in the future.")
    assert _count(vault, Child) == 0
    # today itself is fine (born today), and so is no date at all
    residents.add_child(vault, resident_id=rid, name="Baby Example", date_of_birth=TODAY,
                        today=TODAY)
    residents.add_child(vault, resident_id=rid, name="Unborn Example", today=TODAY)
    cid = residents.add_child(vault, resident_id=rid, name="Kit Example", today=TODAY)
    with pytest.raises(DateInFuture):
        residents.update_child(vault, cid, date_of_birth=TODAY + timedelta(days=30),
                               today=TODAY)
    assert _count(vault, Child) == 3


def test_her_details_are_checked(new_vault):
    vault, _ = new_vault
    with pytest.raises(ValidationError, match="Enter her name") as info:
        _resident(vault, name="  ")
    assert info.value.field == "name"
    with pytest.raises(DateInFuture):
        _resident(vault, date_of_birth=TODAY + timedelta(days=1))
    rid = _resident(vault)
    with pytest.raises(ReferenceTaken):
        _resident(vault, name="Bea Sample")
    other = _resident(vault, ref="R-2", name="Bea Sample")
    with pytest.raises(ReferenceTaken):
        residents.update_resident(vault, other, reference="R-1")
    residents.update_resident(vault, rid, reference="R-1")  # her own reference: no clash
    with pytest.raises(NotFound):
        residents.add_child(vault, resident_id=999, name="Nobody", today=TODAY)
    assert _count(vault, Resident) == 2


def test_court_order_expiry_warns_from_28_days_and_shows_a_lapse(new_vault):
    vault, _ = new_vault
    rid = _resident(vault, safe_to_call=True, safe_to_text=True)  # only court orders alert
    residents.add_court_order(vault, resident_id=rid, kind=CourtOrderKind.NON_MOLESTATION,
                              made_on=date(2029, 7, 1), expires_on=TODAY + timedelta(days=29))
    residents.add_court_order(vault, resident_id=rid, kind=CourtOrderKind.OCCUPATION,
                              expires_on=None)
    assert residents.open_record(vault, rid, today=TODAY).alerts == ()
    header = residents.open_record(vault, rid, today=TODAY + timedelta(days=1))
    assert [a.message for a in header.alerts] == [
        "Non-molestation order ends on 14 Jul 2030 (in 28 days)."]
    assert header.alerts[0].kind == "court_order" and not header.alerts[0].urgent
    last_week = residents.open_record(vault, rid, today=date(2030, 7, 10))
    assert last_week.alerts[0].message.endswith("(in 4 days).") and last_week.alerts[0].urgent
    lapsed = residents.open_record(vault, rid, today=date(2030, 7, 20))
    assert [a.message for a in lapsed.alerts] == ["Non-molestation order lapsed on 14 Jul 2030."]
    # a new order of the same kind replaces the lapsed one: no more alarm
    residents.add_court_order(vault, resident_id=rid, kind=CourtOrderKind.NON_MOLESTATION,
                              made_on=date(2030, 7, 18), expires_on=date(2031, 7, 18))
    assert residents.open_record(vault, rid, today=date(2030, 7, 20)).alerts == ()
    with pytest.raises(ValidationError, match="ends before it was made"):
        residents.add_court_order(vault, resident_id=rid, kind=CourtOrderKind.RESTRAINING,
                                  made_on=TODAY, expires_on=TODAY - timedelta(days=1))


def test_contact_restrictions_show_on_the_header_without_the_code_word(new_vault):
    vault, _ = new_vault
    rid = _resident(vault, safe_to_call=False, code_word="bluebell",
                    times_to_avoid="weekday evenings")
    alerts = residents.open_record(vault, rid, today=TODAY).alerts
    text = " ".join(a.message for a in alerts)
    assert "Do not phone her." in text and "weekday evenings" in text
    assert "code word" in text and "bluebell" not in text
    assert "Do not text her." not in text


def test_opening_and_changing_a_record_are_audited_without_her_details(new_vault):
    vault, _ = new_vault
    rid = _resident(vault, name="Zinnia Quillfeather", known_as="Zin", code_word="marigold")
    residents.add_child(vault, resident_id=rid, name="Ottoline Quillfeather",
                        date_of_birth=date(2025, 2, 3), today=TODAY)
    residents.add_abuser(vault, resident_id=rid, name="Barnaby Grimthorpe",
                         vehicle="red van", known_areas="Snodsbury")
    residents.update_resident(vault, rid, gp="Dr Wendleby, Snodsbury Surgery")
    residents.add_consent(vault, resident_id=rid, what="Her address", shared_with="Dr Wendleby",
                          given_on=TODAY, today=TODAY)
    residents.add_court_order(vault, resident_id=rid, kind=CourtOrderKind.RESTRAINING,
                              expires_on=date(2031, 1, 1), notes="Grimthorpe to stay away")
    with vault.session() as s:
        before = s.scalar(select(func.max(AuditEvent.id)))
    header = residents.open_record(vault, rid, today=TODAY)
    assert header.name == "Zinnia Quillfeather"
    with vault.session() as s:
        events = list(s.scalars(select(AuditEvent).order_by(AuditEvent.id)))
    opened = [e for e in events if e.id > before]
    assert [(e.kind, e.record_type, e.record_id, e.actor) for e in opened] == [
        ("record_opened", "resident", rid, "ada")]
    kinds = [e.kind for e in events if e.record_type == "resident"]
    assert kinds == ["resident_created", "child_added", "safety_recorded", "resident_changed",
                     "consent_recorded", "court_order_recorded", "record_opened"]
    changed = next(e for e in events if e.kind == "resident_changed")
    assert changed.detail == "fields=gp"
    everything = " ".join(f"{e.kind} {e.record_type} {e.detail}" for e in events).casefold()
    for secret in ("zinnia", "quillfeather", "zin ", "ottoline", "marigold", "barnaby",
                   "grimthorpe", "red van", "snodsbury", "wendleby", "address", "2025-02-03"):
        assert secret not in everything


def _house_with_rooms(vault, name, area, rooms=1):
    house_id = houses.add_house(vault, name=name, area=area, opened_on=date(2020, 1, 1))
    return house_id, [houses.add_room(vault, house_id=house_id, name=f"Room {i + 1}",
                                      child_places=2, opened_on=date(2020, 1, 1))
                      for i in range(rooms)]


def test_the_abusers_known_areas_keep_her_out_of_rooms_there(new_vault):
    vault, _ = new_vault
    _house_with_rooms(vault, "Elm House", "Northtown")
    _house_with_rooms(vault, "Oak House", "Eastbridge")
    _house_with_rooms(vault, "Ash House", "Southmere")
    rid = _resident(vault)
    residents.add_child(vault, resident_id=rid, name="Kit Example", date_of_birth=date(2024, 1, 1),
                        today=TODAY)
    with vault.session() as s:
        everywhere = {f.house for f in residents.rooms_for_resident(s, rid, on=TODAY, nights=7)}
    assert everywhere == {"Elm House", "Oak House", "Ash House"}
    residents.add_abuser(vault, resident_id=rid, known_areas="northtown\nEastbridge, Farfield")
    with vault.session() as s:
        assert residents.excluded_areas(s, rid) == ["northtown", "Eastbridge", "Farfield"]
        fits = residents.rooms_for_resident(s, rid, on=TODAY, nights=7)
    assert {f.house for f in fits} == {"Ash House"}


def test_a_referrals_excluded_areas_count_too_once_her_stay_is_linked(new_vault):
    from refugedesk import referrals

    vault, _ = new_vault
    _, (elm_room, _free) = _house_with_rooms(vault, "Elm House", "Northtown", rooms=2)
    _house_with_rooms(vault, "Oak House", "Eastbridge")
    ref = referrals.receive(vault, name="A.E.", channel=ReferralChannel.PHONE,
                            source=ReferralSource.POLICE, risk_level=RiskLevel.HIGH,
                            excluded_areas="Eastbridge")
    stay = capacity.arrive(vault, room_id=elm_room, on=TODAY, household_ref="H-1",
                           name="Amy Example", referral_id=ref)
    rid = _resident(vault)
    residents.link_stay(vault, resident_id=rid, stay_id=stay)
    with vault.session() as s:
        assert residents.excluded_areas(s, rid) == ["Eastbridge"]
        assert {f.house for f in residents.rooms_for_resident(
            s, rid, on=TODAY + timedelta(days=30), nights=3)} == {"Elm House"}


def test_the_header_shows_where_she_is_and_a_move_keeps_the_link(new_vault):
    vault, _ = new_vault
    _, (room1, room2) = _house_with_rooms(vault, "Elm House", "Northtown", rooms=2)
    stay = capacity.arrive(vault, room_id=room1, on=TODAY, household_ref="H-1",
                           name="Amy Example")
    worker = staff.add_staff(vault, username="kim", display_name="Kim Keyworker",
                             role=Role.SUPPORT_WORKER, password="a long enough password 9")
    rid = _resident(vault, key_worker_id=worker)
    residents.link_stay(vault, resident_id=rid, stay_id=stay)
    header = residents.open_record(vault, rid, today=TODAY)
    assert (header.house, header.room, header.key_worker) == ("Elm House", "Room 1",
                                                              "Kim Keyworker")
    capacity.move(vault, stay_id=stay, to_room_id=room2, on=TODAY + timedelta(days=3))
    later = residents.open_record(vault, rid, today=TODAY + timedelta(days=4))
    assert (later.house, later.room) == ("Elm House", "Room 2")
    other = _resident(vault, ref="R-2", name="Bea Sample")
    with pytest.raises(ValidationError, match="another resident"):
        residents.link_stay(vault, resident_id=other, stay_id=stay)


def test_her_current_stay_is_one_rule_the_latest_arrival_not_yet_left(new_vault):
    """residents.current_stay is the one rule the header and her record's move-on use: arrived
    by today and not left (her leaving day is not hers any more); of two that overlap, the later
    arrival, and of two arriving the same day, the later made."""
    vault, _ = new_vault
    _, (room1, room2, room3) = _house_with_rooms(vault, "Elm House", "Northtown", rooms=3)
    rid = _resident(vault)
    first = capacity.arrive(vault, room_id=room1, on=TODAY - timedelta(days=20),
                            household_ref="H-1", name="Amy Example")
    later = capacity.arrive(vault, room_id=room2, on=TODAY - timedelta(days=5),
                            household_ref="H-2", name="Amy Example")
    for stay in (later, first):  # linked out of order: the rule must not depend on it
        residents.link_stay(vault, resident_id=rid, stay_id=stay)

    def current(on: date) -> int | None:
        with vault.session() as s:
            here = residents.current_stay(s, rid, today=on)
            return here[0].id if here else None

    assert current(TODAY - timedelta(days=21)) is None  # not arrived yet
    assert current(TODAY - timedelta(days=10)) == first
    assert current(TODAY) == later  # both open: the later arrival
    capacity.depart(vault, stay_id=later, on=TODAY + timedelta(days=1),
                    reason=DepartureReason.PLANNED_MOVE_ON)
    assert current(TODAY) == later  # leaving tomorrow: tonight is still hers
    assert current(TODAY + timedelta(days=1)) == first  # her leaving day is over
    same_day = capacity.arrive(vault, room_id=room3, on=TODAY - timedelta(days=5),
                               household_ref="H-3", name="Amy Example")
    residents.link_stay(vault, resident_id=rid, stay_id=same_day)
    assert current(TODAY) == same_day  # same arrival day: the later made
    with vault.session() as s:
        header = residents.header(s, rid, today=TODAY)
    assert header.room == "Room 3"


# --- the residents list ------------------------------------------------------------------------


@pytest.fixture
def population(new_vault):
    """Four women: two in refuge now (in two houses), one who left this spring, one long ago."""
    vault, _ = new_vault
    _, (elm,) = _house_with_rooms(vault, "Elm House", "Northtown")
    oak_id, (oak,) = _house_with_rooms(vault, "Oak House", "Eastbridge")
    worker = staff.add_staff(vault, username="kim", display_name="Kim Keyworker",
                             role=Role.SUPPORT_WORKER, password="a long enough password 9")
    ids = {}
    for ref, name, known_as in [("R-1", "Amy Example", "Ames"), ("R-2", "Amira Sample", ""),
                                ("R-3", "Bea Madeup", "Trixie"), ("R-4", "Cara Notreal", "")]:
        ids[ref] = _resident(vault, ref=ref, name=name, known_as=known_as,
                             key_worker_id=worker if ref in ("R-2", "R-3") else None)
    residents.add_child(vault, resident_id=ids["R-3"], name="Zebedee Madeup", today=TODAY)
    placements = [("R-4", oak, date(2027, 1, 1), date(2027, 3, 1)),
                  ("R-3", elm, TODAY - timedelta(days=200), TODAY - timedelta(days=60)),
                  ("R-1", elm, TODAY - timedelta(days=20), None),
                  ("R-2", oak, TODAY - timedelta(days=5), None)]
    for ref, room, arrived, left in placements:
        stay = capacity.arrive(vault, room_id=room, on=arrived, household_ref=f"H-{ref}",
                               name="x")
        if left:
            capacity.depart(vault, stay_id=stay, on=left, reason=DepartureReason.PLANNED_MOVE_ON)
        residents.link_stay(vault, resident_id=ids[ref], stay_id=stay)
    risk.assess(vault, resident_id=ids["R-2"], answers=["yes"] * 15 + ["no"] * 9)
    return vault, ids, worker, oak_id


def _refs(rows):
    return [r.reference for r in rows]


def test_search_by_name_known_as_reference_and_a_childs_name(population):
    vault, ids, _worker, _oak = population
    with vault.session() as s:
        find = lambda text, **kw: _refs(residents.search_residents(s, text, today=TODAY, **kw))  # noqa: E731
        assert find("am") == ["R-2", "R-1"]  # ordered by name: Amira, then Amy
        assert find("AMI") == ["R-2"]
        assert find("exa") == ["R-1"]  # the start of any word of her name
        assert find("trix") == ["R-3"]  # known-as
        assert find("r-4") == ["R-4"]  # reference
        assert find("zebedee") == ["R-3"]  # her child's name
        assert find("amy ex") == ["R-1"] and find("amy sample") == []
        assert find("") == ["R-2", "R-1", "R-3", "R-4"]
        assert find("xylophone") == []
        assert find("", limit=2) == ["R-2", "R-1"]
        assert find("", limit=2, offset=2) == ["R-3", "R-4"]
        # a % or _ typed is a character like any other, not a wildcard
        assert find("%") == [] and find("_") == []
        rows = residents.search_residents(s, "amira", today=TODAY)
    assert rows[0].house == "Oak House" and rows[0].in_refuge
    assert rows[0].risk_level is RiskLevel.HIGH and rows[0].key_worker == "Kim Keyworker"


def test_search_filters(population):
    vault, ids, worker, oak = population
    with vault.session() as s:
        find = lambda text="", **kw: _refs(residents.search_residents(s, text, today=TODAY, **kw))  # noqa: E731
        assert find(in_refuge_now=True) == ["R-2", "R-1"]
        assert find(house_id=oak) == ["R-2"]
        assert find(key_worker_id=worker) == ["R-2", "R-3"]
        assert find(risk_level=RiskLevel.HIGH) == ["R-2"]
        assert find(left_in_last_year=True) == ["R-3"]
        assert find("a", in_refuge_now=True, key_worker_id=worker) == ["R-2"]
        # a year later R-3 left more than a year before, R-1 and R-2 are still here
        later = TODAY + timedelta(days=400)
        assert _refs(residents.search_residents(s, left_in_last_year=True, today=later)) == []
        assert residents.count_residents(s, "am") == 2


def test_a_new_name_is_found_and_sorted_by_and_the_old_one_is_not(population):
    vault, ids, _worker, _oak = population
    residents.update_resident(vault, ids["R-4"], name="Aaliyah Notreal")
    residents.update_child(vault, next(iter(_children(vault, ids["R-3"]))), name="Quentin")
    with vault.session() as s:
        assert [r.reference for r in residents.search_residents(s, "a", today=TODAY)] == [
            "R-4", "R-2", "R-1"]
        assert residents.search_residents(s, "cara") == []
        assert [r.reference for r in residents.search_residents(s, "quen")] == ["R-3"]
        assert residents.search_residents(s, "zebedee") == []


def _children(vault, resident_id):
    with vault.session() as s:
        return list(s.scalars(select(Child.id).where(Child.resident_id == resident_id)))


def test_a_move_into_an_area_on_her_safety_record_is_refused(new_vault):
    from refugedesk.errors import ExcludedArea

    vault, _ = new_vault
    _, (elm,) = _house_with_rooms(vault, "Elm House", "Northtown")
    _, (oak,) = _house_with_rooms(vault, "Oak House", "Eastbridge")
    _, (ash,) = _house_with_rooms(vault, "Ash House", "Southmere")
    stay = capacity.arrive(vault, room_id=elm, on=TODAY, household_ref="H-1", name="Amy")
    rid = _resident(vault)
    residents.link_stay(vault, resident_id=rid, stay_id=stay)
    residents.add_abuser(vault, resident_id=rid, known_areas="Eastbridge")
    with pytest.raises(ExcludedArea, match="Oak House is in Eastbridge"):
        capacity.move(vault, stay_id=stay, to_room_id=oak, on=TODAY + timedelta(days=2))
    moved = capacity.move(vault, stay_id=stay, to_room_id=ash, on=TODAY + timedelta(days=2))
    with vault.session() as s:
        assert s.get(Stay, moved).resident_id == rid


def test_safe_to_phone_and_text_start_not_asked_and_keep_each_answer(new_vault):
    """Nobody's guess is stored as "safe": a new record says "not asked yet" (None), and
    each of the three answers is kept as given, None included (never turned into "no")."""
    vault, _ = new_vault
    rid = _resident(vault)
    with vault.session() as s:
        her = s.get(Resident, rid)
        assert (her.safe_to_call, her.safe_to_text) == (None, None)
    messages = [a.message for a in residents.open_record(vault, rid, today=TODAY).alerts]
    assert messages == ["Not asked yet whether it is safe to phone or text her: ask her "
                        "before phoning or texting."]
    residents.update_resident(vault, rid, safe_to_call=True, safe_to_text=False)
    alerts = residents.open_record(vault, rid, today=TODAY).alerts
    assert [(a.message, a.urgent) for a in alerts] == [("Do not text her.", True)]
    residents.update_resident(vault, rid, safe_to_text=None)
    with vault.session() as s:
        her = s.get(Resident, rid)
        assert (her.safe_to_call, her.safe_to_text) == (True, None)
    alerts = residents.open_record(vault, rid, today=TODAY).alerts
    assert [(a.message, a.urgent) for a in alerts] == [
        ("Not asked yet whether it is safe to text her: ask her before texting.", False)]
