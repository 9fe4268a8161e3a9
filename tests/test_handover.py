"""The shift handover: the draft is built from the records of the period since the previous
sent handover, sending seals it, only the receiver acknowledges it, corrections are addenda."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from conftest import reopen
from sqlalchemy.exc import DBAPIError

from refugedesk import capacity, handover, houses, incidents, referrals, residents, staff
from refugedesk.db.models import (
    CourtOrderKind,
    Handover,
    IncidentKind,
    ReferralChannel,
    ReferralSource,
    RiskLevel,
    Role,
)
from refugedesk.db.types import utcnow
from refugedesk.errors import NotAllowed, ValidationError

pytestmark = pytest.mark.both_engines  # each test on a file and on a server

PASSWORD = "handover test pass 7"


@pytest.fixture
def service(new_vault, vault_path):
    """Ada (admin) with one house, two rooms, Nina (support worker) and Omar (manager)."""
    vault, _ = new_vault
    hid = houses.add_house(vault, name="Elm House", area="Northtown", opened_on=date(2020, 1, 1))
    rooms = [houses.add_room(vault, house_id=hid, name=n, child_places=2,
                             opened_on=date(2020, 1, 1)) for n in ("1", "2")]
    other = houses.add_house(vault, name="Oak House", area="Southtown",
                             opened_on=date(2020, 1, 1))
    houses.add_room(vault, house_id=other, name="A", opened_on=date(2020, 1, 1))
    nina = staff.add_staff(vault, username="nina", display_name="Nina Night",
                           role=Role.SUPPORT_WORKER, password=PASSWORD, check_strength=False)
    omar = staff.add_staff(vault, username="omar", display_name="Omar Manager",
                           role=Role.MANAGER, password=PASSWORD, check_strength=False)
    return {"vault": vault, "path": vault_path, "house": hid, "oak": other, "rooms": rooms,
            "nina": nina, "omar": omar}


def _resident_in(svc, ref: str, *, room: int = 0, on: date | None = None,
                 children: int = 0) -> tuple[int, int]:
    vault = svc["vault"]
    stay = capacity.arrive(vault, on=on or date.today() - timedelta(days=3), household_ref=ref,
                           name="Amy Example", room_id=svc["rooms"][room],
                           children_count=children, children_ages=[4] * children)
    rid = residents.create_resident(vault, reference=ref, name="Amy Example",
                                    key_worker_id=vault.person.id)
    residents.link_stay(vault, resident_id=rid, stay_id=stay)
    return rid, stay


def _texts(part: handover.HousePart, section: str) -> list[str]:
    return [line.text for line in part.section(section)]


def test_the_draft_has_an_incident_a_minute_old_and_not_one_from_before_the_last_handover(
        service):
    vault = service["vault"]
    rid, stay = _resident_in(service, "R-1", children=2)
    now = utcnow()
    old = incidents.log_incident(vault, at=now - timedelta(hours=3), house_id=service["house"],
                                 kind=IncidentKind.DAMAGE, what_happened="Broken window")
    with vault.session() as s:
        first = handover.draft(s, since=now - timedelta(hours=6),
                               until=now - timedelta(hours=2))
    assert [ln.record_id for ln in first.lines() if ln.section == "incident"] == [old]
    handover.send(vault, first, to_staff_id=service["nina"], shift="Night on call")

    recent = incidents.log_incident(vault, at=now - timedelta(minutes=1), resident_ids=[rid],
                                    kind=IncidentKind.ABUSER_CONTACT,
                                    what_happened="His car seen outside", police_ref="CAD 42")
    with vault.session() as s:
        d = handover.draft(s, until=now)
    assert d.period_start == first.period_end  # since the previous sent handover
    elm = d.houses[0]
    assert elm.name == "Elm House"
    [line] = elm.section("incident")
    assert (line.record_type, line.record_id) == ("incident", recent)
    assert "Abuser contact or sighting (R-1)" in line.text
    assert "His car seen outside" in line.text and "CAD 42" in line.text
    assert all(ln.record_id != old for ln in d.lines() if ln.section == "incident")
    assert _texts(elm, "in") == ["R-1 (A.E.), room 1, 2 children"]
    assert elm.section("in")[0].record_id == stay
    assert d.houses[1].name == "Oak House" and d.houses[1].lines == ()


def test_every_line_of_the_draft_names_the_record_it_comes_from(service):
    vault = service["vault"]
    today = date.today()
    rid, _ = _resident_in(service, "R-1", on=today)
    residents.add_court_order(vault, resident_id=rid, kind=CourtOrderKind.NON_MOLESTATION,
                              made_on=today - timedelta(days=300),
                              expires_on=today + timedelta(days=10))
    from refugedesk import plans
    from refugedesk.db.models import ActionOwner

    plan = plans.start_plan(vault, resident_id=rid)
    plans.add_action(vault, plan_id=plan, what="Call the solicitor", owner=ActionOwner.KEY_WORKER,
                     due_on=today - timedelta(days=2))
    plans.add_action(vault, plan_id=plan, what="Far future", owner=ActionOwner.HER,
                     due_on=today + timedelta(days=30))
    ref = referrals.receive(vault, name="Bea Sample", channel=ReferralChannel.PHONE,
                            source=ReferralSource.POLICE, risk_level=RiskLevel.HIGH)
    offered = referrals.receive(vault, name="Cat Other", channel=ReferralChannel.PHONE,
                                source=ReferralSource.POLICE, risk_level=RiskLevel.MEDIUM,
                                children_count=1, children_ages=[3])
    offer = capacity.offer(vault, referral_id=offered, room_id=service["rooms"][1],
                           arriving=today, nights=30, held_until=utcnow() + timedelta(hours=6))
    with vault.session() as s:
        d = handover.draft(s)
    elm = d.houses[0]
    assert [(ln.record_type, ln.record_id) for ln in elm.section("arrived")] == [
        ("stay", elm.section("in")[0].record_id)]
    assert _texts(elm, "risk") == [
        f"R-1: Non-molestation order ends {(today + timedelta(days=10)).day} "
        f"{(today + timedelta(days=10)):%b %Y}"]
    assert [t.split(" (")[0] for t in _texts(elm, "action")] == ["R-1: Call the solicitor"]
    assert [(ln.record_type, ln.record_id) for ln in elm.section("expected")] == [
        ("reservation", offer)]
    assert "C.O." in elm.section("expected")[0].text
    assert [(ln.record_type, ln.record_id) for ln in d.service.section("referral")] == [
        ("referral", ref)]
    for line in d.lines():
        assert line.record_type in {"stay", "reservation", "resident", "referral", "incident"}
        assert line.record_id > 0


def test_sending_seals_it_and_corrections_are_addenda(service):
    vault = service["vault"]
    _resident_in(service, "R-1")
    with vault.session() as s:
        d = handover.draft(s)
    kept = handover.save(vault, d, to_staff_id=service["nina"], notes={None: "Quiet so far"})
    # an unsent draft can still be changed by its writer
    handover.save(vault, d, to_staff_id=service["nina"], handover_id=kept,
                  notes={None: "Quiet day", service["house"]: "Boiler engineer at 9"})
    hid = handover.send(vault, d, to_staff_id=service["nina"], shift="Night on call",
                        handover_id=kept,
                        notes={None: "Quiet day", service["house"]: "Boiler engineer at 9"})
    assert hid == kept
    with pytest.raises(handover.HandoverSealed):
        handover.save(vault, d, to_staff_id=service["nina"], handover_id=hid,
                      notes={None: "Rewritten"})
    with pytest.raises(handover.HandoverSealed):
        handover.send(vault, d, to_staff_id=service["nina"], handover_id=hid)
    # the schema itself refuses a change to the sealed text, and its deletion
    with vault.transaction() as s, pytest.raises(DBAPIError, match="sealed"):
        s.get(Handover, hid).notes = '{"service": "Rewritten"}'
        s.flush()
    # (On a server, nobody may delete a handover at all: the grant refuses it first.)
    with vault.transaction() as s, pytest.raises(DBAPIError, match="sealed|permission denied"):
        s.delete(s.get(Handover, hid))
        s.flush()
    handover.add_addendum(vault, hid, "The boiler engineer is coming at 10, not 9.")
    with pytest.raises(ValidationError):
        handover.add_addendum(vault, hid, "   ")
    view = handover.open_handover(vault, hid)
    assert view.notes == {"service": "Quiet day", str(service["house"]): "Boiler engineer at 9"}
    assert [a.text for a in view.addenda] == ["The boiler engineer is coming at 10, not 9."]
    assert view.addenda[0].by == "Ada Test"
    assert view.draft == d and view.sealed_at is not None and view.shift == "Night on call"


def test_only_the_receiver_acknowledges(service):
    vault = service["vault"]
    with vault.session() as s:
        d = handover.draft(s)
    hid = handover.send(vault, d, to_staff_id=service["nina"])
    with vault.session() as s:
        assert [r.id for r in handover.waiting(s, vault.person.id)] == [hid]
        assert [r.id for r in handover.waiting(s, service["nina"])] == [hid]
        assert handover.waiting(s, service["omar"]) == []
    with pytest.raises(handover.NotTheReceiver):
        handover.acknowledge(vault, hid)
    omar = reopen(service["path"], "omar", PASSWORD)
    try:
        with pytest.raises(NotAllowed, match="Only the person it was handed to"):
            handover.acknowledge(omar, hid)
    finally:
        omar.close()
    nina = reopen(service["path"], "nina", PASSWORD)
    try:
        handover.acknowledge(nina, hid)
        handover.acknowledge(nina, hid)  # twice changes nothing
        view = handover.get(nina.session(), hid)
    finally:
        nina.close()
    assert view.acknowledged_by == "Nina Night" and view.acknowledged_at is not None
    with vault.session() as s:
        assert handover.waiting(s, vault.person.id) == []
        assert handover.waiting(s, service["nina"]) == []
    with pytest.raises(ValidationError, match="someone else"):
        handover.send(vault, d, to_staff_id=vault.person.id)


def test_a_handover_after_the_weekend_covers_the_whole_weekend(service):
    vault = service["vault"]
    friday_1630 = datetime(2026, 11, 6, 16, 30, tzinfo=UTC)  # a Friday
    monday_1630 = datetime(2026, 11, 9, 16, 30, tzinfo=UTC)
    assert friday_1630.weekday() == 4
    rid, _ = _resident_in(service, "R-1", on=date(2026, 11, 2))
    before = incidents.log_incident(vault, at=friday_1630 - timedelta(minutes=30),
                                    house_id=service["house"], kind=IncidentKind.DAMAGE)
    with vault.session() as s:
        friday = handover.draft(s, since=friday_1630 - timedelta(hours=24), until=friday_1630)
    assert friday.next_handover_on == date(2026, 11, 9)  # Friday looks ahead to Monday
    handover.send(vault, friday, to_staff_id=service["nina"], shift="Weekend on call")

    saturday = incidents.log_incident(vault, at=datetime(2026, 11, 7, 2, 10, tzinfo=UTC),
                                      resident_ids=[rid], kind=IncidentKind.POLICE_CALLED)
    sunday = incidents.log_incident(vault, at=datetime(2026, 11, 8, 23, 59, tzinfo=UTC),
                                    house_id=service["house"],
                                    kind=IncidentKind.HEALTH_EMERGENCY)
    capacity.arrive(vault, on=date(2026, 11, 7), household_ref="R-9", name="Dee Weekend",
                    room_id=service["rooms"][1])
    with vault.session() as s:
        monday = handover.draft(s, until=monday_1630)
    assert monday.period_start == friday_1630
    elm = monday.houses[0]
    assert [ln.record_id for ln in elm.section("incident")] == [saturday, sunday]
    assert before not in [ln.record_id for ln in monday.lines() if ln.section == "incident"]
    assert [t.split(" arrived")[0] for t in _texts(elm, "arrived")] == ["R-9 (D.W.)"]
    assert "Sat 7 Nov 02:10" in elm.section("incident")[0].text


def test_history_search_by_date_house_reference_and_word(service):
    vault = service["vault"]
    _resident_in(service, "R-77", on=date(2026, 11, 1))
    monday = datetime(2026, 11, 9, 16, 30, tzinfo=UTC)
    with vault.session() as s:
        first = handover.draft(s, since=monday - timedelta(days=1), until=monday)
    a = handover.send(vault, first, to_staff_id=service["nina"],
                      notes={service["oak"]: "Smoke alarm tested"})
    with vault.session() as s:
        second = handover.draft(s)
    b = handover.send(vault, second, to_staff_id=service["nina"])
    handover.add_addendum(vault, b, "Keys returned to the office safe")
    with vault.session() as s:
        assert [r.id for r in handover.search(s)] == [b, a]
        assert [r.id for r in handover.search(s, on=date(2026, 11, 8))] == [a]
        assert [r.id for r in handover.search(s, on=date(2026, 11, 9))] == [b, a]  # both
        assert [r.id for r in handover.search(s, on=date.today())] == [b]
        assert [r.id for r in handover.search(s, on=date(2026, 11, 1))] == []
        assert [r.id for r in handover.search(s, house_id=service["oak"])] == [a]
        assert [r.id for r in handover.search(s, house_id=service["house"])] == [b, a]
        assert [r.id for r in handover.search(s, reference="r-77")] == [b, a]
        assert [r.id for r in handover.search(s, word="smoke")] == [a]
        assert [r.id for r in handover.search(s, word="office safe")] == [b]
        assert handover.search(s, word="100%") == []
        assert [r.from_name for r in handover.search(s)] == ["Ada Test", "Ada Test"]


def test_the_draft_json_round_trips_and_lines_can_be_left_out(service):
    _resident_in(service, "R-1")
    with service["vault"].session() as s:
        d = handover.draft(s)
    assert handover.Draft.from_json(d.to_json()) == d
    line = d.houses[0].lines[0]
    shorter = d.leaving_out([line])
    assert line not in shorter.lines() and len(shorter.lines()) == len(d.lines()) - 1


def test_she_left_during_the_shift_her_incident_and_dash_stay_under_her_house(service):
    """Issue 13: a woman who moved on today is no longer "in", but what happened to her on the
    shift (an incident with no house given, her DASH) is handed over under her house, not
    under the whole service."""
    from refugedesk import risk
    from refugedesk.db.models import DashAnswer, DepartureReason

    vault = service["vault"]
    rid, stay = _resident_in(service, "R-7")
    now = utcnow()
    incidents.log_incident(vault, at=now - timedelta(minutes=30), resident_ids=[rid],
                           kind=IncidentKind.ABUSER_CONTACT, what_happened="He rang the bell")
    risk.assess(vault, resident_id=rid, answers=[DashAnswer.YES] * 14 + [DashAnswer.NO] * 10)
    capacity.depart(vault, stay_id=stay, on=date.today(),
                    reason=DepartureReason.PLANNED_MOVE_ON)
    with vault.session() as s:
        d = handover.draft(s, since=now - timedelta(hours=6), until=utcnow())
    elm = d.houses[0]
    assert elm.house_id == service["house"] and elm.section("in") == []
    assert [ln.record_type for ln in elm.section("incident")] == ["incident"]
    assert any(t.startswith("R-7: DASH") for t in _texts(elm, "risk"))
    assert any(t.startswith("R-7 (A.E.) left") for t in _texts(elm, "left"))
    assert not [ln for ln in d.service.lines if "R-7" in ln.text]
