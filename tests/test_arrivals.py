"""Household references issued by RefugeDesk, and the linked arrival (issue 13): one format,
unique, never reused, a typed duplicate refused; the Arrival form and the intake prefilled
from the referral; a woman who comes back found and linked, not duplicated."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from refugedesk import arrivals, capacity, household_refs, houses, intake, referrals, residents
from refugedesk.db.models import (
    AuditEvent,
    DepartureReason,
    ReferenceCounter,
    ReferralChannel,
    ReferralSource,
    Resident,
    RiskLevel,
    Stay,
)
from refugedesk.errors import HouseholdReferenceTaken, ValidationError

TODAY = date.today()
OPENED = TODAY - timedelta(days=800)


@pytest.fixture
def rooms(new_vault):
    vault, _ = new_vault
    house = houses.add_house(vault, name="Willow House", area="Easton", opened_on=OPENED)
    ids = [houses.add_room(vault, house_id=house, name=f"Room {n}", child_places=3, cots=1,
                           opened_on=OPENED) for n in range(1, 5)]
    return vault, ids


def _stay(vault, stay_id) -> Stay:
    with vault.session() as s:
        stay = s.get_one(Stay, stay_id)
        s.expunge(stay)
        return stay


def _counter(vault) -> int | None:
    with vault.session() as s:
        counter = s.get(ReferenceCounter, household_refs.COUNTER)
        return counter.last if counter else None


def test_references_are_issued_in_one_format_counted_up_and_never_reused(rooms):
    vault, (a, b, c, _d) = rooms
    first = capacity.arrive(vault, room_id=a, on=TODAY, name="Ann Lee")
    second = capacity.arrive(vault, room_id=b, on=TODAY, name="Bea Moss")
    assert _stay(vault, first).household_ref == "H-00001"
    assert _stay(vault, second).household_ref == "H-00002"
    # She leaves; her number is not handed out again to the next family in her room.
    capacity.depart(vault, stay_id=first, on=TODAY, reason=DepartureReason.OTHER)
    third = capacity.arrive(vault, room_id=a, on=TODAY, name="Cat Noor")
    assert _stay(vault, third).household_ref == "H-00003"
    # A typed reference in the format moves the counter past it; the next issued skips it.
    typed = capacity.arrive(vault, room_id=c, on=TODAY, name="Dee Oak", household_ref="H-00010")
    assert _stay(vault, typed).household_ref == "H-00010"
    with vault.transaction() as s:
        assert household_refs.suggested_ref(s) == "H-00011"
        assert household_refs.next_household_ref(s) == "H-00011"
    assert _counter(vault) == 11
    with vault.session() as s:
        kinds = [e.detail for e in s.scalars(select(AuditEvent).where(
            AuditEvent.kind == "stay_arrived"))]
    assert all("Ann" not in d and "H-0" not in d for d in kinds)


def test_a_typed_reference_another_household_has_is_refused_and_nothing_is_saved(rooms):
    vault, (a, b, _c, _d) = rooms
    capacity.arrive(vault, room_id=a, on=TODAY, name="Ann Lee", household_ref="D-00209")
    with vault.session() as s:
        before = s.scalar(select(func.count()).select_from(Stay))
    with pytest.raises(HouseholdReferenceTaken) as refused:
        capacity.arrive(vault, room_id=b, on=TODAY, name="Bea Moss", household_ref=" D-00209 ")
    assert refused.value.field == "household_ref"
    assert "Another household already has the reference “D-00209”" in str(refused.value)
    assert refused.value.suggestion == "H-00001" and "Use H-00001" in str(refused.value)
    with vault.session() as s:
        assert s.scalar(select(func.count()).select_from(Stay)) == before
    # A resident's reference counts too (an intake made without a stay).
    residents.create_resident(vault, reference="R-0123", name="Cat Noor")
    with pytest.raises(HouseholdReferenceTaken):
        capacity.arrive(vault, room_id=b, on=TODAY, name="Dee Oak", household_ref="R-0123")
    with pytest.raises(ValidationError) as long_ref:
        capacity.arrive(vault, room_id=b, on=TODAY, name="Dee Oak", household_ref="X" * 31)
    assert long_ref.value.field == "household_ref"


def test_an_old_vaults_h_references_are_respected(rooms):
    vault, (a, b, c, _d) = rooms
    # Made before RefugeDesk issued references (typed by hand, four digits, on a record).
    capacity.arrive(vault, room_id=a, on=TODAY, name="Ann Lee", household_ref="H-0123")
    residents.create_resident(vault, reference="H-00200", name="Bea Moss")
    with vault.transaction() as s:  # the counter did not exist yet: start above them all
        s.delete(s.get_one(ReferenceCounter, household_refs.COUNTER))
    issued = capacity.arrive(vault, room_id=b, on=TODAY, name="Cat Noor")
    assert _stay(vault, issued).household_ref == "H-00201"
    # A number in use below the counter (typed on a record) is skipped, never issued twice.
    residents.create_resident(vault, reference="H-00202", name="Dee Oak")
    assert _stay(vault, capacity.arrive(vault, room_id=c, on=TODAY, name="Eve Park")
                 ).household_ref == "H-00203"


def test_many_references_at_once_for_the_demo(rooms):
    vault, (a, *_rest) = rooms
    capacity.arrive(vault, room_id=a, on=TODAY, name="Ann Lee", household_ref="H-00003")
    with vault.transaction() as s:
        assert household_refs.issue_many(s, 3) == ["H-00004", "H-00005", "H-00006"]
    assert _counter(vault) == 6


def _referral(vault, **extra) -> int:
    values = dict(name="Rosa Jones", channel=ReferralChannel.PHONE,
                  source=ReferralSource.POLICE, risk_level=RiskLevel.HIGH, children_count=2,
                  children_ages="4, 7", excluded_areas="Northtown", language="Polish",
                  needs_interpreter=True, needs_ground_floor=True)
    values.update(extra)
    return referrals.receive(vault, **values)


def _offer(vault, room, referral, arriving=TODAY) -> int:
    return capacity.offer(vault, referral_id=referral, room_id=room, arriving=arriving,
                          nights=28, held_until=datetime.now(UTC) + timedelta(days=1))


def test_the_arrival_form_and_the_intake_start_from_the_referral(rooms):
    vault, (a, *_rest) = rooms
    offer = _offer(vault, a, _referral(vault), arriving=TODAY - timedelta(days=1))
    with vault.session() as s:
        form = arrivals.arrival_form(s, today=TODAY, reservation_id=offer)
    assert (form.name, form.children_count, form.children_ages) == ("Rosa Jones", 2, "4, 7")
    assert form.arrived_on == TODAY - timedelta(days=1)  # the offer's day, being earlier
    assert form.suggested_ref == "H-00001" and form.excluded_areas == ("Northtown",)
    assert "needs a ground-floor room" in form.needs
    assert "speaks Polish, needs an interpreter" in form.needs
    assert form.matches == ()

    stay = capacity.arrive(vault, reservation_id=offer, on=form.arrived_on, name=form.name,
                           household_ref=form.suggested_ref, children_count=2,
                           children_ages=form.children_ages)
    with vault.session() as s:
        found = arrivals.stay_for_intake(s, stay, today=TODAY)
    data = arrivals.intake_prefill(found)
    assert data["resident"]["reference"] == "H-00001"
    assert data["resident"]["name"] == "Rosa Jones"
    assert data["resident"]["language"] == "Polish" and data["resident"]["needs_interpreter"]
    assert data["resident"]["access_needs"] == "Needs a ground-floor room"
    assert [c["age_on_arrival"] for c in data["children"]] == [4, 7]
    assert data["abusers"][0]["known_areas"] == "Northtown"

    # An intake linked to the stay cannot be finished with the children's names left out...
    draft = intake.save_draft(vault, data=data, step=0, stay_id=stay)
    with pytest.raises(ValidationError) as unnamed:
        intake.finish(vault, draft)
    assert unnamed.value.field == "children.0.name"
    # ...and once they are filled in, her record is made with the stay on it.
    data["children"][0]["name"] = "Mia"
    data["children"][1]["name"] = "Leo"
    intake.save_draft(vault, data=data, step=3, draft_id=draft)
    resident = intake.finish(vault, draft)
    assert _stay(vault, stay).resident_id == resident
    with vault.session() as s:
        assert residents.excluded_areas(s, resident) == ["Northtown"]
        assert s.get_one(Resident, resident).reference == "H-00001"
    # A second intake for the same stay is refused: her record is open instead.
    with pytest.raises(ValidationError) as twice:
        intake.save_draft(vault, data=data, step=0, stay_id=stay)
    assert "already on her record" in str(twice.value)


def test_arrival_date_question():
    assert arrivals.arrival_date_question(TODAY, today=TODAY) is None
    assert arrivals.arrival_date_question(TODAY - timedelta(days=3), today=TODAY) is None
    assert "2 days from now" in arrivals.arrival_date_question(TODAY + timedelta(days=2),
                                                               today=TODAY)
    assert "6 days ago" in arrivals.arrival_date_question(TODAY - timedelta(days=6),
                                                          today=TODAY)


def test_a_returning_woman_is_found_and_linked_not_duplicated(rooms):
    vault, (a, b, c, _d) = rooms
    earlier = capacity.arrive(vault, room_id=a, on=TODAY - timedelta(days=300),
                              name="Rosa Jones")
    capacity.depart(vault, stay_id=earlier, on=TODAY - timedelta(days=200),
                    reason=DepartureReason.RETURNED_TO_ABUSER)
    rosa = residents.create_resident(vault, reference="H-00001", name="Rosa Jones")
    residents.link_stay(vault, resident_id=rosa, stay_id=earlier)
    other = residents.create_resident(vault, reference="H-00050", name="Rosa Jones-Hart")

    offer = _offer(vault, b, _referral(vault, name="Rosa Jones"))
    with vault.session() as s:
        form = arrivals.arrival_form(s, today=TODAY, reservation_id=offer)
    assert [m.resident_id for m in form.matches] == [rosa, other]  # both: she chooses
    assert "last stay ended" in form.matches[0].describe()
    # Initials alone find nobody.
    with vault.session() as s:
        assert arrivals.returning_matches(s, "R. J.", today=TODAY) == []

    # "This is her" at the arrival: her earlier reference, the stay on her record at once.
    stay = capacity.arrive(vault, reservation_id=offer, on=TODAY, name="Rosa Jones",
                           household_ref="H-00001", resident_id=rosa, children_count=2,
                           children_ages="4, 7")
    assert _stay(vault, stay).resident_id == rosa
    with vault.session() as s:
        assert s.scalar(select(func.count()).select_from(Resident)) == 2
        assert residents.current_stay(s, rosa, today=TODAY)[0].id == stay
    # Her reference is still another household's for anyone else.
    with pytest.raises(HouseholdReferenceTaken):
        capacity.arrive(vault, room_id=c, on=TODAY, name="Someone Else",
                        household_ref="H-00001")
    # She cannot arrive twice on the same nights.
    with pytest.raises(ValidationError) as twice:
        capacity.arrive(vault, room_id=c, on=TODAY, name="Rosa Jones", resident_id=rosa)
    assert twice.value.field == "resident"


def test_this_is_her_links_a_stay_made_before_and_gives_it_her_reference(rooms):
    vault, (a, b, _c, _d) = rooms
    earlier = capacity.arrive(vault, room_id=a, on=TODAY - timedelta(days=300),
                              name="Rosa Jones", household_ref="R-0042")
    capacity.depart(vault, stay_id=earlier, on=TODAY - timedelta(days=200),
                    reason=DepartureReason.OTHER)
    rosa = residents.create_resident(vault, reference="R-0042", name="Rosa Jones")
    residents.link_stay(vault, resident_id=rosa, stay_id=earlier)
    stay = capacity.arrive(vault, room_id=b, on=TODAY, name="Rosa Jones")
    assert _stay(vault, stay).household_ref == "H-00001"
    with vault.session() as s:
        found = arrivals.stay_for_intake(s, stay, today=TODAY)
    assert [m.resident_id for m in found.matches] == [rosa]
    arrivals.link_returning(vault, stay_id=stay, resident_id=rosa)
    linked = _stay(vault, stay)
    assert (linked.resident_id, linked.household_ref) == (rosa, "R-0042")
    with vault.session() as s:
        assert s.scalar(select(func.count()).select_from(Resident)) == 1
    # Linking a stay to a woman whose record has a stay on the same nights is refused.
    third = residents.create_resident(vault, reference="H-00077", name="Ann Lee")
    with pytest.raises(ValidationError):
        arrivals.link_returning(vault, stay_id=stay, resident_id=third)
    assert _stay(vault, stay).resident_id == rosa


def test_an_intake_with_no_reference_and_no_stay_is_issued_the_next_one(rooms):
    vault, (a, *_rest) = rooms
    capacity.arrive(vault, room_id=a, on=TODAY, name="Ann Lee")
    draft = intake.save_draft(vault, data={"resident": {"name": "Bea Moss", "reference": " "}},
                              step=0)
    resident = intake.finish(vault, draft)
    with vault.session() as s:
        assert s.get_one(Resident, resident).reference == "H-00002"


def test_the_demo_uses_the_issuer_so_its_references_are_unique(demo_vault):
    vault = demo_vault
    with vault.session() as s:
        refs = list(s.scalars(select(Stay.household_ref)))
        counter = s.get_one(ReferenceCounter, household_refs.COUNTER).last
        assert len(refs) == len(set(refs)) and all(
            household_refs.number_of(r) is not None for r in refs)
        assert max(household_refs.number_of(r) or 0 for r in refs) == counter
        # The next arrival is never given a demo family's reference.
        assert household_refs.suggested_ref(s) == household_refs.format_ref(counter + 1)


def test_an_intake_cannot_take_another_households_reference(rooms):
    vault, (a, b, *_rest) = rooms
    other = capacity.arrive(vault, room_id=a, on=TODAY, name="Ann Lee")  # H-00001, no record
    draft = intake.save_draft(vault, data={"resident": {"name": "Bea Moss",
                                                        "reference": "H-00001"}}, step=0)
    with pytest.raises(HouseholdReferenceTaken) as refused:
        intake.finish(vault, draft)
    assert refused.value.field == "resident.reference"
    with vault.session() as s:
        assert s.scalar(select(func.count()).select_from(Resident)) == 0
    # Her own household's reference, when the intake starts from her stay, is hers.
    mine = intake.save_draft(vault, data={"resident": {"name": "Ann Lee",
                                                       "reference": "H-00001"}},
                             step=0, stay_id=other)
    assert _stay(vault, other).resident_id is None
    resident = intake.finish(vault, mine)
    assert _stay(vault, other).resident_id == resident
    # A typed one in the format is used up: never issued later.
    typed = intake.save_draft(vault, data={"resident": {"name": "Cat Noor",
                                                        "reference": "H-00040"}}, step=0)
    intake.finish(vault, typed)
    assert _stay(vault, capacity.arrive(vault, room_id=b, on=TODAY, name="Dee Oak")
                 ).household_ref == "H-00041"
