"""resident_views: what her record's Overview and Programmes tabs read, and the date checks the
intake wizard runs as she types. No Qt."""

from __future__ import annotations

from datetime import date, timedelta

from refugedesk import capacity, houses, programmes, resident_views, residents
from refugedesk.db.models import AttendanceState, CourtOrderKind, DepartureReason
from refugedesk.errors import DateInFuture

TODAY = date.today()


def test_details_hold_her_children_consent_safety_orders_and_stays(new_vault):
    vault, _ = new_vault
    house = houses.add_house(vault, name="Elm House", area="Northtown",
                             opened_on=TODAY - timedelta(days=400))
    room = houses.add_room(vault, house_id=house, name="Room 3", child_places=2,
                           opened_on=TODAY - timedelta(days=400))
    rid = residents.create_resident(vault, reference="R-1", name="Nadia Brook",
                                    key_worker_id=vault.person.id, nrpf=True)
    residents.add_child(vault, resident_id=rid, name="Younger", date_of_birth=date(2021, 5, 1))
    residents.add_child(vault, resident_id=rid, name="Older", date_of_birth=date(2015, 1, 9))
    residents.add_child(vault, resident_id=rid, name="Unknown")
    residents.add_consent(vault, resident_id=rid, what="Risk", shared_with="MARAC",
                          given_on=TODAY)
    residents.add_abuser(vault, resident_id=rid, name="M", known_areas="Southbury, Eastfield")
    residents.add_court_order(vault, resident_id=rid, kind=CourtOrderKind.RESTRAINING,
                              expires_on=TODAY + timedelta(days=40))
    first = capacity.arrive(vault, room_id=room, on=TODAY - timedelta(days=300),
                            household_ref="H-1", name="Nadia Brook")
    capacity.depart(vault, stay_id=first, on=TODAY - timedelta(days=200),
                    reason=DepartureReason.RETURNED_TO_ABUSER)
    again = capacity.arrive(vault, room_id=room, on=TODAY - timedelta(days=5),
                            household_ref="H-2", name="Nadia Brook")
    residents.link_stay(vault, resident_id=rid, stay_id=first)
    residents.link_stay(vault, resident_id=rid, stay_id=again)

    with vault.session() as session:
        d = resident_views.resident_details(session, rid)
    assert (d.name, d.reference, d.nrpf, d.key_worker) == ("Nadia Brook", "R-1", True,
                                                           "Ada Test")
    assert [c.name for c in d.children] == ["Older", "Younger", "Unknown"]  # eldest first
    assert d.children[0].age(date(2025, 1, 9)) == 10 and d.children[2].age(TODAY) is None
    assert d.consents[0].explained_by == "Ada Test" and d.consents[0].withdrawn_on is None
    assert d.abusers[0].known_areas == ("Southbury", "Eastfield")
    assert d.court_orders[0].kind is CourtOrderKind.RESTRAINING
    assert [(s.house, s.room, s.left_on is None) for s in d.stays] == [
        ("Elm House", "Room 3", True), ("Elm House", "Room 3", False)]  # newest first
    assert d.stays[1].departure_reason is DepartureReason.RETURNED_TO_ABUSER


def test_programmes_for_counts_her_attendance(new_vault):
    vault, _ = new_vault
    rid = residents.create_resident(vault, reference="R-1", name="Olivia Stone")
    other = residents.create_resident(vault, reference="R-2", name="Priya Lane")
    freedom = programmes.create_programme(vault, name="Freedom Programme",
                                          sessions_to_complete=2)
    sessions = [programmes.add_session(vault, programme_id=freedom, number=n,
                                       held_on=TODAY - timedelta(days=30 - n)) for n in (1, 2, 3)]
    programmes.record_attendance(vault, community_support=True, session_id=sessions[0], resident_id=rid,
                                 state=AttendanceState.ATTENDED)
    programmes.record_attendance(vault, community_support=True, session_id=sessions[1], resident_id=rid,
                                 state=AttendanceState.MISSED)
    programmes.record_attendance(vault, community_support=True, session_id=sessions[2], resident_id=other,
                                 state=AttendanceState.ATTENDED)
    with vault.session() as session:
        mine = resident_views.programmes_for(session, rid)
        none = resident_views.programmes_for(session, residents.create_resident(
            vault, reference="R-3", name="Quinn Vale"))
    assert [(p.name, p.attended, p.missed, p.to_complete, p.completed) for p in mine] == [
        ("Freedom Programme", 1, 1, 2, False)]
    assert mine[0].last_session_on == TODAY - timedelta(days=28)
    assert none == []


def test_the_wizards_date_checks_use_the_domains_rules_and_words():
    tomorrow = TODAY + timedelta(days=1)
    err = resident_views.child_date_problem(tomorrow)
    assert isinstance(err, DateInFuture) and err.field == "date_of_birth"
    assert str(err).startswith("A child's date of birth cannot be in the future.")
    assert resident_views.child_date_problem(TODAY) is None
    assert resident_views.child_date_problem(None) is None
    assert str(resident_views.resident_date_problem(tomorrow)) == \
        "Her date of birth cannot be in the future."
    assert resident_views.resident_date_problem(date(1990, 1, 1)) is None
