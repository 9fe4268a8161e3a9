"""Correcting an arrival (stay_corrections.py) on a real vault: each correction and its audit,
the refusals (a clash, no reason, a worker too late, a moved stay), and a stay recorded in
error left out of every count: the board, Today, the handover and both spreadsheets."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from conftest import reopen
from openpyxl import load_workbook
from sqlalchemy import func, select, update
from test_handover import PASSWORD, _resident_in, service  # noqa: F401  (the fixture)

from refugedesk import (
    capacity,
    handover,
    moveon,
    plans,
    referrals,
    residents,
    reviews,
    stay_corrections,
    today,
)
from refugedesk.db.models import (
    ActionOwner,
    AuditEvent,
    ClosureReason,
    DepartureReason,
    Destination,
    ReferralChannel,
    ReferralSource,
    Reservation,
    ReservationState,
    ReviewKind,
    RiskLevel,
    Stay,
    StayCorrection,
    StayCorrectionKind,
    SupportAfter,
)
from refugedesk.errors import (
    CorrectionTooLate,
    DateInFuture,
    DatesOutOfOrder,
    ExcludedArea,
    NotEnoughPlaces,
    RoomClosed,
    RoomNotFree,
    StayNotCorrectable,
    ValidationError,
)
from refugedesk.houses import close_room
from refugedesk.occupancy_board import board
from refugedesk.reports.occupancy import export_occupancy
from refugedesk.reports.outcomes import export_outcomes

TODAY = date.today()
SECRET = "typed the wrong date from the referral form"


def _stay(vault, stay_id) -> Stay:
    with vault.session() as s:
        return s.get_one(Stay, stay_id)


def _corrections(vault) -> list[StayCorrection]:
    with vault.session() as s:
        return list(s.scalars(select(StayCorrection).order_by(StayCorrection.id)))


def _events(vault, kind="stay_corrected") -> list[AuditEvent]:
    with vault.session() as s:
        return list(s.scalars(select(AuditEvent).where(AuditEvent.kind == kind)
                              .order_by(AuditEvent.id)))


def _arrive(svc, room=0, on=None, ref="H-1", children=0):
    return capacity.arrive(svc["vault"], room_id=svc["rooms"][room],
                           on=on or TODAY - timedelta(days=3), household_ref=ref,
                           name="Amy Example", children_count=children,
                           children_ages=[4] * children)


# --- each correction -----------------------------------------------------------------------


def test_change_arrival_date_keeps_what_it_was_and_why_but_not_in_the_audit(service):  # noqa: F811
    vault = service["vault"]
    stay = _arrive(service, on=TODAY - timedelta(days=3))
    new_on = TODAY - timedelta(days=5)
    cid = stay_corrections.change_arrival_date(vault, stay, new_on, f"  {SECRET}  ")

    got = _stay(vault, stay)
    assert (got.arrived_on, got.first_arrived_on) == (new_on, new_on)
    (row,) = _corrections(vault)
    assert (row.id, row.stay_id, row.kind, row.reason) == (
        cid, stay, StayCorrectionKind.ARRIVAL_DATE, SECRET)
    assert (row.was_arrived_on, row.now_arrived_on) == (TODAY - timedelta(days=3), new_on)
    assert row.created_by_id == vault.person.id
    (event,) = _events(vault)
    assert (event.record_type, event.record_id) == ("stay", stay)
    assert f"kind=arrival_date was={TODAY - timedelta(days=3)}" in event.detail
    assert "wrong date" not in event.detail

    # ... and later, into the nights after: the board follows.
    stay_corrections.change_arrival_date(vault, stay, TODAY - timedelta(days=1), "her own word")
    with vault.session() as s:
        tiles = {t.room_id: t for h in board(s, on=TODAY - timedelta(days=2)).houses
                 for t in h.tiles}
    assert tiles[service["rooms"][0]].stay_id is None


def test_change_room_moves_all_her_nights_and_keeps_the_offer_converted(service):  # noqa: F811
    vault = service["vault"]
    referral = referrals.receive(vault, name="Amy Example", channel=ReferralChannel.PHONE,
                                 source=ReferralSource.POLICE, risk_level=RiskLevel.HIGH)
    offer = capacity.offer(vault, referral_id=referral, room_id=service["rooms"][0],
                           arriving=TODAY - timedelta(days=1), nights=7,
                           held_until=datetime.now(UTC) + timedelta(days=1))
    stay = capacity.arrive(vault, on=TODAY - timedelta(days=1), household_ref="H-7",
                           name="Amy Example", reservation_id=offer)
    stay_corrections.change_room(vault, stay, service["rooms"][1], "she is in room 2")

    assert _stay(vault, stay).room_id == service["rooms"][1]
    (row,) = _corrections(vault)
    assert (row.kind, row.was_room_id, row.now_room_id) == (
        StayCorrectionKind.ROOM, service["rooms"][0], service["rooms"][1])
    with vault.session() as s:
        assert s.get_one(Reservation, offer).state == ReservationState.CONVERTED
        tiles = {t.room_id: t for h in board(s, on=TODAY).houses for t in h.tiles}
    assert tiles[service["rooms"][0]].stay_id is None
    assert tiles[service["rooms"][1]].stay_id == stay
    assert "kind=room" in _events(vault)[0].detail


def test_record_in_error_takes_her_nights_out_and_keeps_the_row(service):  # noqa: F811
    vault = service["vault"]
    referral = referrals.receive(vault, name="Amy Example", channel=ReferralChannel.PHONE,
                                 source=ReferralSource.POLICE, risk_level=RiskLevel.HIGH)
    offer = capacity.offer(vault, referral_id=referral, room_id=service["rooms"][0],
                           arriving=TODAY - timedelta(days=2), nights=7,
                           held_until=datetime.now(UTC) + timedelta(days=1))
    stay = capacity.arrive(vault, on=TODAY - timedelta(days=2), household_ref="H-8",
                           name="Amy Example", reservation_id=offer)
    stay_corrections.record_in_error(vault, stay, "this was a test entry")

    got = _stay(vault, stay)
    assert (got.left_on, got.departure_reason) == (got.arrived_on,
                                                    DepartureReason.RECORDED_IN_ERROR)
    (row,) = _corrections(vault)
    assert (row.kind, row.was_arrived_on, row.was_room_id) == (
        StayCorrectionKind.RECORDED_IN_ERROR, got.arrived_on, service["rooms"][0])
    with vault.session() as s:
        assert s.get_one(Reservation, offer).state == ReservationState.CONVERTED
        tiles = {t.room_id: t for h in board(s, on=got.arrived_on).houses for t in h.tiles}
    assert tiles[service["rooms"][0]].stay_id is None
    # The room is free for those nights again, and nothing more can be done to the stay.
    again = _arrive(service, on=got.arrived_on, ref="H-9")
    assert again
    with pytest.raises(ValidationError, match="recorded in error"):
        capacity.depart(vault, stay_id=stay, on=TODAY, reason=DepartureReason.OTHER)
    with pytest.raises(StayNotCorrectable, match="already recorded in error"):
        stay_corrections.change_arrival_date(vault, stay, TODAY - timedelta(days=4), "x")
    with pytest.raises(ValidationError, match="Correct this arrival"):
        capacity.depart(vault, stay_id=again, on=TODAY,
                        reason=DepartureReason.RECORDED_IN_ERROR)
    assert "was_left=none" in _events(vault)[0].detail


# --- refusals: nothing saved -------------------------------------------------------------------


def _unchanged(vault, stay, arrived_on, room_id):
    got = _stay(vault, stay)
    assert (got.arrived_on, got.room_id, got.left_on) == (arrived_on, room_id, None)
    assert _corrections(vault) == [] and _events(vault) == []


def test_a_reason_is_required_and_kept_short(service):  # noqa: F811
    vault = service["vault"]
    on = TODAY - timedelta(days=3)
    stay = _arrive(service, on=on)
    for reason in ("", "   "):
        with pytest.raises(ValidationError) as err:
            stay_corrections.record_in_error(vault, stay, reason)
        assert err.value.field == "reason"
    with pytest.raises(ValidationError, match="500 characters") as err:
        stay_corrections.change_arrival_date(vault, stay, on - timedelta(days=1), "x" * 501)
    assert err.value.field == "reason"
    _unchanged(vault, stay, on, service["rooms"][0])


def test_arrival_date_refused_on_a_clash_a_closure_after_she_left_or_in_the_future(
        service):  # noqa: F811
    vault = service["vault"]
    room = service["rooms"][0]
    before = _arrive(service, on=TODAY - timedelta(days=30), ref="H-0")
    capacity.depart(vault, stay_id=before, on=TODAY - timedelta(days=10),
                    reason=DepartureReason.PLANNED_MOVE_ON)
    on = TODAY - timedelta(days=5)
    stay = _arrive(service, on=on)
    with pytest.raises(RoomNotFree, match="H-0"):
        stay_corrections.change_arrival_date(vault, stay, TODAY - timedelta(days=12), "why")
    close_room(vault, room_id=room, starts_on=TODAY - timedelta(days=9),
               ends_on=TODAY - timedelta(days=7), reason=ClosureReason.REPAIRS)
    with pytest.raises(RoomClosed):
        stay_corrections.change_arrival_date(vault, stay, TODAY - timedelta(days=8), "why")
    with pytest.raises(DateInFuture):
        stay_corrections.change_arrival_date(vault, stay, TODAY + timedelta(days=1), "why")
    with pytest.raises(ValidationError, match="already her arrival date"):
        stay_corrections.change_arrival_date(vault, stay, on, "why")
    _unchanged(vault, stay, on, room)

    capacity.depart(vault, stay_id=stay, on=TODAY - timedelta(days=2),
                    reason=DepartureReason.OTHER)
    with pytest.raises(DatesOutOfOrder, match="She left on"):
        stay_corrections.change_arrival_date(vault, stay, TODAY - timedelta(days=2), "why")
    assert _stay(vault, stay).arrived_on == on


def test_change_room_refused_when_taken_too_small_or_in_an_excluded_area(service):  # noqa: F811
    vault = service["vault"]
    on = TODAY - timedelta(days=3)
    stay = _arrive(service, on=on, children=2)
    other = _arrive(service, room=1, on=TODAY, ref="H-2")
    with pytest.raises(RoomNotFree, match="H-2"):
        stay_corrections.change_room(vault, stay, service["rooms"][1], "why")
    with vault.session() as s:
        oak_room = next(t.room_id for h in board(s, on=TODAY).houses if h.id == service["oak"]
                        for t in h.tiles)
    with pytest.raises(NotEnoughPlaces):
        stay_corrections.change_room(vault, stay, oak_room, "why")  # no child places
    # Her abuser is known in Southtown, where Oak House is.
    rid = residents.create_resident(vault, reference="R-2", name="Bea Example")
    residents.link_stay(vault, resident_id=rid, stay_id=other)
    residents.add_abuser(vault, resident_id=rid, known_areas="Southtown")
    with pytest.raises(ExcludedArea, match="Southtown"):
        stay_corrections.change_room(vault, other, oak_room, "why")
    assert _stay(vault, stay).room_id == service["rooms"][0]
    assert _corrections(vault) == []


def test_a_worker_corrects_within_seven_days_and_a_manager_after(service):  # noqa: F811
    vault = service["vault"]
    early = _arrive(service, on=TODAY - timedelta(days=3))
    late = _arrive(service, room=1, on=TODAY - timedelta(days=20), ref="H-2")
    with vault.transaction() as s:  # recorded 8 days ago (set-up: the clock cannot be turned back)
        s.execute(update(Stay).where(Stay.id == late).values(
            created_at=datetime.now(UTC) - timedelta(days=8)))

    nina = reopen(service["path"], "nina", PASSWORD)
    try:
        stay_corrections.change_arrival_date(nina, early, TODAY - timedelta(days=4), "slip")
        with pytest.raises(CorrectionTooLate, match="manager or an administrator"):
            stay_corrections.change_arrival_date(nina, late, TODAY - timedelta(days=21), "x")
        with pytest.raises(CorrectionTooLate):
            stay_corrections.record_in_error(nina, late, "x")
        with nina.session() as s:
            facts = stay_corrections.correctable(s, late, nina.person)
        assert facts.problem and "more than 7 days" in facts.problem
    finally:
        nina.close()
    assert _stay(vault, late).arrived_on == TODAY - timedelta(days=20)

    omar = reopen(service["path"], "omar", PASSWORD)
    try:
        stay_corrections.change_arrival_date(omar, late, TODAY - timedelta(days=21), "late")
    finally:
        omar.close()
    assert _stay(vault, late).arrived_on == TODAY - timedelta(days=21)
    assert [c.created_by_id for c in _corrections(vault)] == [service["nina"], service["omar"]]


def test_moved_stays_and_a_stay_with_a_move_on_are_refused(service):  # noqa: F811
    vault = service["vault"]
    first = _arrive(service, on=TODAY - timedelta(days=10))
    second = capacity.move(vault, stay_id=first, to_room_id=service["rooms"][1],
                           on=TODAY - timedelta(days=4))
    for stay in (first, second):
        for correct in (
                lambda s: stay_corrections.record_in_error(vault, s, "x"),
                lambda s: stay_corrections.change_arrival_date(vault, s, TODAY - timedelta(
                    days=11), "x"),
                lambda s: stay_corrections.change_room(vault, s, service["rooms"][0], "x")):
            with pytest.raises(StayNotCorrectable, match="moved room"):
                correct(stay)

    moved_on = capacity.arrive(vault, room_id=service["rooms"][0], on=TODAY - timedelta(days=3),
                               household_ref="H-6", name="C D")
    moveon.move_on(vault, stay_id=moved_on, on=TODAY, reason=DepartureReason.PLANNED_MOVE_ON,
                   destination=Destination.SOCIAL_HOUSING, support_after=SupportAfter.NONE)
    with pytest.raises(StayNotCorrectable, match="move-on"):
        stay_corrections.record_in_error(vault, moved_on, "x")
    reviewed = _arrive(service, room=0, on=TODAY, ref="H-7")
    rid = residents.create_resident(vault, reference="R-7", name="Eve Example")
    residents.link_stay(vault, resident_id=rid, stay_id=reviewed)
    reviews.schedule_review(vault, resident_id=rid, kind=ReviewKind.INTERIM,
                            due_on=TODAY + timedelta(days=20), stay_id=reviewed)
    with pytest.raises(StayNotCorrectable, match="review"):
        stay_corrections.record_in_error(vault, reviewed, "x")
    assert _stay(vault, reviewed).departure_reason is None
    # Her arrival date can still be put right (the move-on keeps its own date).
    stay_corrections.change_arrival_date(vault, moved_on, TODAY - timedelta(days=2), "slip")
    assert [c.kind for c in _corrections(vault)] == [StayCorrectionKind.ARRIVAL_DATE]


# --- a stay recorded in error counts nowhere ---------------------------------------------------


def test_recorded_in_error_is_left_out_of_board_today_handover_and_her_header(
        service):  # noqa: F811
    vault = service["vault"]
    rid, stay = _resident_in(service, "R-1", on=TODAY)
    plan = plans.start_plan(vault, resident_id=rid)
    plans.add_action(vault, plan_id=plan, what="Ring housing", owner=ActionOwner.KEY_WORKER,
                     due_on=TODAY - timedelta(days=1))

    def seen():
        with vault.session() as s:
            tiles = [t.stay_id for h in board(s, on=TODAY).houses for t in h.tiles]
            items = [(i.group, i.record_id) for i in today.items(s, vault.person)]
            lines = [(ln.section, ln.record_id) for ln in handover.draft(s).lines()
                     if ln.record_type == "stay"]
            here = residents.current_stay(s, rid, today=TODAY)
        return tiles, items, lines, here

    tiles, items, lines, here = seen()
    assert stay in tiles and ("actions", rid) in items
    assert {("in", stay), ("arrived", stay)} <= set(lines) and here is not None

    stay_corrections.record_in_error(vault, stay, "wrong household")
    tiles, items, lines, here = seen()
    assert stay not in tiles
    assert ("actions", rid) not in items
    assert lines == []
    assert here is None
    with vault.session() as s:  # she did not "leave in the last year" either: she never came
        assert residents.search_residents(s, left_in_last_year=True) == []
        assert [r.id for r in residents.search_residents(s)] == [rid]


def _sheet_rows(path, sheet):
    wb = load_workbook(path, read_only=True)
    try:
        return [list(r) for r in wb[sheet].iter_rows(values_only=True)]
    finally:
        wb.close()


def test_both_spreadsheets_leave_it_out_and_the_notes_say_how_many(service, tmp_path):  # noqa: F811
    vault = service["vault"]
    start, end = TODAY - timedelta(days=10), TODAY
    real = _arrive(service, on=TODAY - timedelta(days=6), ref="H-REAL")
    capacity.depart(vault, stay_id=real, on=TODAY - timedelta(days=2),
                    reason=DepartureReason.PLANNED_MOVE_ON)
    wrong = _arrive(service, room=1, on=TODAY - timedelta(days=5), ref="H-WRONG")
    capacity.depart(vault, stay_id=wrong, on=TODAY - timedelta(days=1),
                    reason=DepartureReason.LEFT_WITHOUT_NOTICE)
    stay_corrections.record_in_error(vault, wrong, "duplicate of H-REAL")

    occ = export_occupancy(vault, start=start, end=end, out=tmp_path / "occ.xlsx")
    summary = _sheet_rows(occ, "Summary")
    header = summary[3]
    total = next(r for r in summary if r and r[0] == "All houses")
    row = dict(zip(header, total, strict=False))
    assert (row["Arrivals"], row["Departures"], row["Room-nights occupied"]) == (1, 1, 4)
    assert row["Women accommodated"] == 1
    notes = [r[0] for r in summary if r and isinstance(r[0], str)]
    assert any(n.startswith("Recorded in error: 1 stay arriving in the period was recorded "
                            "in error") for n in notes)
    assert not any("H-WRONG" in str(c) for r in _sheet_rows(occ, "Stays") for c in r)
    assert not any("duplicate" in str(c) for r in summary for c in r)

    out = export_outcomes(vault, start=start, end=end, out=tmp_path / "out.xlsx")
    osummary = _sheet_rows(out, "Summary")
    oheader = osummary[3]
    ototal = dict(zip(oheader, next(r for r in osummary if r and r[0] == "All houses"),
                      strict=False))
    assert (ototal["Exits"], ototal["Planned exits"], ototal["Unplanned exits"],
            ototal["Other exits"]) == (1, 1, 0, 0)
    assert not any(r[1] == "Recorded in error" for r in _sheet_rows(out, "Exits")[1:] if r)
    assert any(isinstance(r[0], str) and r[0].startswith("Recorded in error: 1 stay")
               for r in osummary if r)
    with vault.session() as s:
        assert s.scalar(select(func.count()).select_from(Stay)) == 2
