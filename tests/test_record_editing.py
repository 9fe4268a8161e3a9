"""Keeping her record up to date after intake (issue 13): her children (with their sex, and
removing one added by mistake), consent added, changed and withdrawn, the person she fled and
his known areas, and a resident under 18 flagged on her header, on Today and in the handover.

Each change is audited (the kind and the fields, never a value); a refused change says why
in plain words, names its field, and leaves what was saved as it was.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from refugedesk import capacity, handover, houses, residents, today
from refugedesk.capacity_rules import excluded_areas
from refugedesk.db.models import (
    Abuser,
    AuditEvent,
    Child,
    ChildSex,
    Consent,
    DepartureReason,
    Organisation,
    Stay,
)
from refugedesk.errors import (
    ChildCountedInStay,
    DateInFuture,
    DatesOutOfOrder,
    NotFound,
    ValidationError,
)
from refugedesk.resident_header import UNDER_18_DEFAULT_NOTE, header

TODAY = date.today()
OPENED = TODAY - timedelta(days=3000)


def _years_ago(years: int, days: int = 0) -> date:
    """The day `years` whole years before today (29 Feb falls back to 28 Feb), less `days`."""
    try:
        day = TODAY.replace(year=TODAY.year - years)
    except ValueError:
        day = TODAY.replace(year=TODAY.year - years, day=28)
    return day - timedelta(days=days)


@pytest.fixture
def home(new_vault):
    """One house in Northtown with a room for a family, and Amy's record (no stay yet)."""
    vault, _ = new_vault
    house = houses.add_house(vault, name="Elm House", area="Northtown", opened_on=OPENED)
    room = houses.add_room(vault, house_id=house, name="Room 1", child_places=3,
                           opened_on=OPENED)
    amy = residents.create_resident(vault, reference="R-1", name="Amy Example")
    return {"vault": vault, "house": house, "room": room, "amy": amy}


def _stay(home, *, on: date, children: int, ages: str = "", ref: str = "H-1") -> int:
    vault = home["vault"]
    stay = capacity.arrive(vault, room_id=home["room"], on=on, household_ref=ref,
                           name="Amy Example", children_count=children, children_ages=ages)
    residents.link_stay(vault, resident_id=home["amy"], stay_id=stay)
    return stay


def _events(vault, kind: str) -> list[str | None]:
    with vault.session() as s:
        return list(s.scalars(select(AuditEvent.detail).where(AuditEvent.kind == kind)
                              .order_by(AuditEvent.id)))


def _child(vault, child_id: int) -> Child | None:
    with vault.session() as s:
        child = s.get(Child, child_id)
        if child is not None:
            s.expunge(child)
        return child


# --- children ----------------------------------------------------------------------------------


def test_a_childs_sex_is_recorded_changed_and_can_be_not_recorded(home):
    vault = home["vault"]
    kit = residents.add_child(vault, resident_id=home["amy"], name="Kit Example",
                              date_of_birth=_years_ago(6), sex=ChildSex.BOY)
    ada = residents.add_child(vault, resident_id=home["amy"], name="Ada Example")
    assert _child(vault, kit).sex is ChildSex.BOY
    assert _child(vault, ada).sex is None  # not recorded
    assert _events(vault, "child_added") == [f"child={kit}", f"child={ada}"]

    residents.update_child(vault, ada, sex="girl", school="Hill Primary")
    residents.update_child(vault, kit, sex=None)
    assert _child(vault, ada).sex is ChildSex.GIRL and _child(vault, ada).school == "Hill Primary"
    assert _child(vault, kit).sex is None
    assert _events(vault, "child_changed") == [f"child={ada} fields=school,sex",
                                               f"child={kit} fields=sex"]
    residents.update_child(vault, kit, sex=None)  # nothing changed: nothing recorded
    assert len(_events(vault, "child_changed")) == 2


def test_a_bad_change_to_a_child_is_refused_and_loses_nothing(home):
    vault = home["vault"]
    kit = residents.add_child(vault, resident_id=home["amy"], name="Kit Example",
                              date_of_birth=_years_ago(6), sex=ChildSex.BOY,
                              needs="Asthma inhaler")
    with pytest.raises(ValidationError) as info:
        residents.update_child(vault, kit, sex="dragon", name="Kit Renamed")
    assert info.value.field == "sex" and str(info.value) == "Choose girl, boy, or not recorded."
    with pytest.raises(ValidationError) as info:
        residents.update_child(vault, kit, name="K" * 121)
    assert info.value.field == "name" and "keep it to 120 characters" in str(info.value)
    with pytest.raises(ValidationError) as info:
        residents.update_child(vault, kit, needs="x" * 4001)
    assert info.value.field == "needs"
    with pytest.raises(DateInFuture):
        residents.update_child(vault, kit, date_of_birth=TODAY + timedelta(days=3))
    with pytest.raises(NotFound):
        residents.update_child(vault, kit + 99, name="Nobody")
    child = _child(vault, kit)
    assert (child.name, child.sex, child.needs, child.date_of_birth) == (
        "Kit Example", ChildSex.BOY, "Asthma inhaler", _years_ago(6))
    assert _events(vault, "child_changed") == []


def test_a_child_is_17_or_younger_on_the_day_she_arrived(home):
    vault = home["vault"]
    # No stay yet: checked against today.
    with pytest.raises(ValidationError) as info:
        residents.add_child(vault, resident_id=home["amy"], name="Too Old",
                            date_of_birth=_years_ago(18))
    assert info.value.field == "date_of_birth"
    assert str(info.value).startswith("With this date of birth the child is 18 today.")
    residents.add_child(vault, resident_id=home["amy"], name="Nearly Grown",
                        date_of_birth=_years_ago(18, days=-1))  # 18 tomorrow: still 17
    # With a stay: checked against the day she arrived, so a 17-year-old then stays hers.
    arrived = TODAY - timedelta(days=400)
    _stay(home, on=arrived, children=1)
    teen = residents.add_child(vault, resident_id=home["amy"], name="Sam Example",
                               date_of_birth=arrived - timedelta(days=17 * 365 + 30))
    residents.update_child(vault, teen, school="Sixth form college")
    with pytest.raises(ValidationError) as info:
        residents.update_child(vault, teen, date_of_birth=arrived - timedelta(days=19 * 366))
    assert "was 19 on" in str(info.value) and "the day she arrived" in str(info.value)
    # A baby born during her stay is fine.
    residents.add_child(vault, resident_id=home["amy"], name="New Baby",
                        date_of_birth=TODAY - timedelta(days=10))
    with vault.session() as s:
        assert s.scalar(select(Child.school).where(Child.id == teen)) == "Sixth form college"


def test_a_child_added_by_mistake_is_removed_and_audited(home):
    vault = home["vault"]
    _stay(home, on=TODAY - timedelta(days=5), children=1)
    kit = residents.add_child(vault, resident_id=home["amy"], name="Kit Example")
    wrong = residents.add_child(vault, resident_id=home["amy"], name="Quentin Mistake")
    with vault.session() as s:
        assert [r.name for r in residents.search_residents(s, "quentin")] == ["Amy Example"]
    residents.remove_child(vault, wrong)
    assert _child(vault, wrong) is None and _child(vault, kit) is not None
    assert _events(vault, "child_removed") == [f"child={wrong}"]
    with vault.session() as s:  # no longer findable by the mistaken name
        assert residents.search_residents(s, "quentin") == []
    with pytest.raises(NotFound):
        residents.remove_child(vault, wrong)


def test_a_child_her_stay_counts_cannot_be_removed(home):
    vault = home["vault"]
    stay = _stay(home, on=TODAY - timedelta(days=5), children=1)
    kit = residents.add_child(vault, resident_id=home["amy"], name="Kit Example")
    with pytest.raises(ChildCountedInStay) as info:
        residents.remove_child(vault, kit)
    said = str(info.value)
    assert said.startswith("Kit Example is counted among the children of her stay in Elm "
                           "House, Room 1")
    assert "1 child)" in said and "use Edit… to put them right" in said
    assert _child(vault, kit) is not None and _events(vault, "child_removed") == []
    # A stay recorded in error counts nobody.
    with vault.transaction() as s:
        row = s.get_one(Stay, stay)
        row.left_on, row.departure_reason = row.arrived_on, DepartureReason.RECORDED_IN_ERROR
    residents.remove_child(vault, kit)
    assert _child(vault, kit) is None


def test_a_stay_that_lists_ages_counts_the_child_of_that_age(home):
    vault = home["vault"]
    arrived = TODAY - timedelta(days=30)
    _stay(home, on=arrived, children=2, ages="4, 7")

    def born(age: int) -> date:
        return arrived - timedelta(days=age * 365 + 100)

    four = residents.add_child(vault, resident_id=home["amy"], name="Ann Four",
                               date_of_birth=born(4))
    seven = residents.add_child(vault, resident_id=home["amy"], name="Bo Seven",
                                date_of_birth=born(7))
    twelve = residents.add_child(vault, resident_id=home["amy"], name="Cy Twelve",
                                 date_of_birth=born(12))
    with vault.session() as s:
        assert residents.stay_counting_child(s, seven) is not None  # the stay's 7-year-old
        assert residents.stay_counting_child(s, twelve) is None  # no 12 on the stay
    with pytest.raises(ChildCountedInStay):
        residents.remove_child(vault, seven)
    residents.remove_child(vault, twelve)
    with pytest.raises(ChildCountedInStay):  # now the count needs both who are left
        residents.remove_child(vault, four)
    with vault.session() as s:
        assert sorted(s.scalars(select(Child.name))) == ["Ann Four", "Bo Seven"]


# --- consent -----------------------------------------------------------------------------------


def test_consent_is_changed_and_withdrawn_with_audit_events(home):
    vault = home["vault"]
    cid = residents.add_consent(vault, resident_id=home["amy"], what="Her risk assessment",
                                shared_with="MARAC", given_on=TODAY - timedelta(days=10))
    residents.update_consent(vault, cid, what="Her risk assessment",
                             shared_with="MARAC and the police")
    assert _events(vault, "consent_changed") == [f"consent={cid} fields=shared_with"]
    residents.update_consent(vault, cid, what="Her risk assessment",
                             shared_with="MARAC and the police")  # no change, no event
    assert len(_events(vault, "consent_changed")) == 1
    residents.withdraw_consent(vault, cid, on=TODAY - timedelta(days=2))
    assert _events(vault, "consent_withdrawn") == [f"consent={cid}"]
    with vault.session() as s:
        consent = s.get_one(Consent, cid)
        assert (consent.shared_with, consent.withdrawn_on) == ("MARAC and the police",
                                                               TODAY - timedelta(days=2))
    # Withdrawn is history: no change, no second withdrawal.
    with pytest.raises(ValidationError, match="add a new consent") as info:
        residents.update_consent(vault, cid, what="Everything", shared_with="Anyone")
    assert info.value.field == "consent"
    with pytest.raises(ValidationError, match="already withdrawn on"):
        residents.withdraw_consent(vault, cid, on=TODAY)
    with vault.session() as s:
        consent = s.get_one(Consent, cid)
        assert (consent.what, consent.withdrawn_on) == ("Her risk assessment",
                                                        TODAY - timedelta(days=2))


def test_consent_cannot_be_withdrawn_before_it_was_given_or_in_the_future(home):
    vault = home["vault"]
    given = TODAY - timedelta(days=10)
    cid = residents.add_consent(vault, resident_id=home["amy"], what="Her GP records",
                                shared_with="Health visitor", given_on=given)
    with pytest.raises(DatesOutOfOrder) as info:
        residents.withdraw_consent(vault, cid, on=given - timedelta(days=1))
    assert info.value.field == "withdrawn_on"
    assert str(info.value).startswith("Consent cannot be withdrawn before it was given (on ")
    with pytest.raises(DateInFuture):
        residents.withdraw_consent(vault, cid, on=TODAY + timedelta(days=1))
    with pytest.raises(ValidationError) as info:
        residents.update_consent(vault, cid, what="  ", shared_with="Health visitor")
    assert info.value.field == "what"
    with pytest.raises(ValidationError) as info:
        residents.update_consent(vault, cid, what="GP", shared_with="x" * 501)
    assert info.value.field == "shared_with"
    residents.withdraw_consent(vault, cid, on=given)  # the same day is fine
    with vault.session() as s:
        consent = s.get_one(Consent, cid)
        assert (consent.what, consent.shared_with, consent.withdrawn_on) == (
            "Her GP records", "Health visitor", given)


# --- the person she fled -----------------------------------------------------------------------


def test_his_known_areas_feed_her_excluded_areas_and_changes_are_audited(home):
    vault = home["vault"]
    aid = residents.add_abuser(vault, resident_id=home["amy"], name="Dan Example",
                               known_areas="Southbury\nEastfield")
    with vault.session() as s:
        assert excluded_areas(s, home["amy"]) == ["Southbury", "Eastfield"]
    residents.update_abuser(vault, aid, known_areas="Northtown\n\n  Southbury  ",
                            vehicle="Blue van")
    with vault.session() as s:
        assert excluded_areas(s, home["amy"]) == ["Northtown", "Southbury"]
        # Elm House is in Northtown: no room for her there now.
        assert residents.rooms_for_resident(s, home["amy"], on=TODAY, nights=7) == []
    assert _events(vault, "safety_changed") == [f"abuser={aid} fields=known_areas,vehicle"]
    with pytest.raises(ValidationError) as info:
        residents.update_abuser(vault, aid, known_areas="A" * 121, name="Changed")
    assert info.value.field == "known_areas"
    with pytest.raises(ValidationError) as info:
        residents.update_abuser(vault, aid, description="d" * 4001)
    assert info.value.field == "description"
    with vault.session() as s:
        abuser = s.get_one(Abuser, aid)
        assert (abuser.name, abuser.known_areas) == ("Dan Example", "Northtown\nSouthbury")


# --- under 18 ----------------------------------------------------------------------------------


def test_a_resident_under_18_is_flagged_on_her_header_with_the_services_note(home):
    vault = home["vault"]
    residents.update_resident(vault, home["amy"], date_of_birth=_years_ago(17))
    with vault.session() as s:
        alerts = header(s, home["amy"]).alerts
    assert alerts[0].kind == "under_18" and alerts[0].urgent
    assert alerts[0].message == f"Under 18 (she is 17). {UNDER_18_DEFAULT_NOTE}"
    with vault.transaction() as s:
        s.get_one(Organisation, 1).under_18_note = "Ring the safeguarding lead, Jo, today."
    with vault.session() as s:
        assert header(s, home["amy"]).alerts[0].message == (
            "Under 18 (she is 17). Ring the safeguarding lead, Jo, today.")
    residents.update_resident(vault, home["amy"], date_of_birth=_years_ago(18))  # 18 today
    with vault.session() as s:
        assert "under_18" not in [a.kind for a in header(s, home["amy"]).alerts]


def test_today_and_the_handover_list_a_resident_under_18_who_is_staying(home):
    vault = home["vault"]
    residents.update_resident(vault, home["amy"], date_of_birth=_years_ago(16, days=3))
    adult = residents.create_resident(vault, reference="R-2", name="Bea Adult",
                                      date_of_birth=_years_ago(30))
    with vault.session() as s:  # not staying: not on Today
        assert [i for i in today.items(s, vault.person) if i.group == "under_18"] == []
    _stay(home, on=TODAY - timedelta(days=3), children=0)
    other = houses.add_room(vault, house_id=home["house"], name="Room 2", opened_on=OPENED)
    stay = capacity.arrive(vault, room_id=other, on=TODAY - timedelta(days=3),
                           household_ref="H-2", name="Bea Adult")
    residents.link_stay(vault, resident_id=adult, stay_id=stay)
    line = f"R-1 (Elm House): Under 18 (she is 16). {UNDER_18_DEFAULT_NOTE}"
    with vault.session() as s:
        flagged = [i for i in today.items(s, vault.person) if i.group == "under_18"]
        assert [(i.text, i.record_type, i.record_id, i.urgent) for i in flagged] == [
            (line, "resident", home["amy"], True)]
        draft = handover.draft(s)
    elm = next(p for p in draft.houses if p.house_id == home["house"])
    assert [(ln.text, ln.record_id) for ln in elm.section("under_18")] == [
        (f"R-1: Under 18 (she is 16). {UNDER_18_DEFAULT_NOTE}", home["amy"])]
    assert ("Under 18", elm.section("under_18")) in elm.headed()
    assert draft.service.section("under_18") == []
