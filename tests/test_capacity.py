"""Placements: the rules that stop two families being put in one room, on a real vault."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from refugedesk import capacity, houses, referrals
from refugedesk.capacity import TileState
from refugedesk.db.models import (
    AuditEvent,
    ClosureReason,
    DepartureReason,
    Referral,
    ReferralChannel,
    ReferralSource,
    ReferralStatus,
    Reservation,
    RiskLevel,
    Stay,
)
from refugedesk.errors import (
    DatesOutOfOrder,
    ExcludedArea,
    NotEnoughPlaces,
    OfferLapsed,
    RoomClosed,
    RoomNotFree,
)

pytestmark = pytest.mark.both_engines  # each test on a file and on a server

OPENED = date(2020, 1, 1)
D = date(2030, 3, 10)


def soon(hours: float = 48) -> datetime:
    """A hold that lasts past the arrival days these tests use (an offer held only until
    before her arrival is refused)."""
    return datetime.combine(D + timedelta(days=90), datetime.min.time(), UTC) \
        + timedelta(hours=hours)


def make_house(vault, name="Elm House", area="Northtown", rooms=(("Room 1", 2, 1),), **kw):
    house_id = houses.add_house(vault, name=name, area=area, opened_on=OPENED, **kw)
    ids = [houses.add_room(vault, house_id=house_id, name=n, child_places=c, cots=k,
                           opened_on=OPENED) for n, c, k in rooms]
    return house_id, ids


def make_referral(vault, name="Jane Doe", children=0, ages=(), **kw):
    return referrals.receive(vault, name=name, channel=ReferralChannel.PHONE,
                             source=ReferralSource.POLICE, risk_level=RiskLevel.HIGH,
                             children_count=children, children_ages=ages, **kw)


def place(vault, room_id, on, ref="H-1", name="Jane Doe", children=0, ages=()):
    return capacity.arrive(vault, room_id=room_id, on=on, household_ref=ref, name=name,
                           children_count=children, children_ages=ages)


def test_double_booking_refused_and_clash_named_without_her_name(new_vault):
    vault, _ = new_vault
    _, (room,) = make_house(vault)
    place(vault, room, D, ref="H-0042", name="Zara Quill")
    with pytest.raises(RoomNotFree) as err:
        place(vault, room, D + timedelta(days=30), ref="H-0043")
    assert "H-0042" in str(err.value) and "Room 1 at Elm House" in str(err.value)
    assert "Zara" not in str(err.value)
    with pytest.raises(RoomNotFree):
        capacity.offer(vault, referral_id=make_referral(vault), room_id=room,
                       arriving=D - timedelta(days=3), nights=5, held_until=soon())
    with vault.session() as s:
        assert s.scalar(select(func.count()).select_from(Stay)) == 1
        assert s.scalar(select(func.count()).select_from(Reservation)) == 0


def test_offers_cannot_overlap_but_back_to_back_is_fine(new_vault):
    vault, _ = new_vault
    _, (room,) = make_house(vault)
    capacity.offer(vault, referral_id=make_referral(vault), room_id=room, arriving=D,
                   nights=7, held_until=soon())
    with pytest.raises(RoomNotFree, match="offered"):
        capacity.offer(vault, referral_id=make_referral(vault), room_id=room,
                       arriving=D + timedelta(days=6), nights=2, held_until=soon())
    # An offer becomes a stay with no leaving date, so it holds the room from her arrival on:
    # a second offer after its nights would be refused at the first family's arrival.
    with pytest.raises(RoomNotFree, match="offered"):
        capacity.offer(vault, referral_id=make_referral(vault), room_id=room,
                       arriving=D + timedelta(days=7), nights=2, held_until=soon())
    # ... and a stay that left on D can be followed by one arriving on D.
    _, (other,) = make_house(vault, name="Ash House", area="Southbury")
    stay = place(vault, other, D - timedelta(days=5))
    capacity.depart(vault, stay_id=stay, on=D, reason=DepartureReason.PLANNED_MOVE_ON)
    place(vault, other, D, ref="H-2")


def test_same_day_arrive_and_leave_takes_no_night(new_vault):
    vault, _ = new_vault
    _, (room,) = make_house(vault)
    stay = place(vault, room, D)
    capacity.depart(vault, stay_id=stay, on=D, reason=DepartureReason.LEFT_WITHOUT_NOTICE)
    place(vault, room, D, ref="H-2")  # the same night is still free
    with vault.session() as s:
        tiles = capacity.board(s, on=D).houses[0].tiles
    assert tiles[0].state is TileState.OCCUPIED and tiles[0].household_ref == "H-2"


def test_closures_and_stays_do_not_overlap(new_vault):
    vault, _ = new_vault
    _, (room,) = make_house(vault)
    closure = houses.close_room(vault, room_id=room, starts_on=D, ends_on=D + timedelta(days=5),
                                reason=ClosureReason.REPAIRS)
    with pytest.raises(RoomClosed, match="repairs"):
        place(vault, room, D + timedelta(days=2))
    # An open-ended stay before the closure would run into it.
    with pytest.raises(RoomClosed):
        place(vault, room, D - timedelta(days=10))
    with pytest.raises(RoomClosed, match="already closed"):
        houses.close_room(vault, room_id=room, starts_on=D + timedelta(days=4),
                          reason=ClosureReason.DEEP_CLEAN)
    with pytest.raises(DatesOutOfOrder):
        houses.close_room(vault, room_id=room, starts_on=D, ends_on=D,
                          reason=ClosureReason.OTHER)
    place(vault, room, D + timedelta(days=5))  # the morning it reopens
    # And the other way round: a room with someone in it cannot be closed over her nights.
    with pytest.raises(RoomNotFree):
        houses.close_room(vault, room_id=room, starts_on=D + timedelta(days=40),
                          reason=ClosureReason.HELD_FOR_SAFETY)
    houses.reopen_room(vault, closure_id=closure, on=D + timedelta(days=1))  # shortening
    with vault.session() as s:
        assert capacity.board(s, on=D).houses[0].tiles[0].state is TileState.CLOSED
        assert capacity.board(s, on=D + timedelta(days=1)).houses[0].tiles[0].state \
            is TileState.FREE


def test_open_ended_closure_until_reopened(new_vault):
    vault, _ = new_vault
    _, (room,) = make_house(vault)
    closure = houses.close_room(vault, room_id=room, starts_on=D,
                                reason=ClosureReason.HELD_FOR_SAFETY)
    with pytest.raises(RoomClosed, match="no reopening date"):
        place(vault, room, D + timedelta(days=400))
    houses.reopen_room(vault, closure_id=closure, on=D + timedelta(days=3))
    place(vault, room, D + timedelta(days=3))


def test_child_places_and_cots(new_vault):
    vault, _ = new_vault
    _, (room,) = make_house(vault, rooms=(("Room 1", 1, 1),))  # one child place, one cot
    with pytest.raises(NotEnoughPlaces, match="3 children"):
        place(vault, room, D, children=3)
    with pytest.raises(NotEnoughPlaces, match="too old for a cot"):
        place(vault, room, D, children=2, ages=(5, 7))
    stay = place(vault, room, D, children=2, ages=(0, 7))  # the baby takes the cot
    with pytest.raises(NotEnoughPlaces):
        houses.edit_room(vault, room, cots=0)
    referral = make_referral(vault, children=4)
    with pytest.raises(NotEnoughPlaces):
        capacity.offer(vault, referral_id=referral, room_id=room, arriving=D + timedelta(80),
                       nights=3, held_until=soon())
    assert stay


def test_dates_out_of_order(new_vault):
    vault, _ = new_vault
    _, (room,) = make_house(vault)
    stay = place(vault, room, D)
    with pytest.raises(DatesOutOfOrder):
        capacity.depart(vault, stay_id=stay, on=D - timedelta(days=1),
                        reason=DepartureReason.OTHER)
    with pytest.raises(DatesOutOfOrder):
        capacity.offer(vault, referral_id=make_referral(vault), room_id=room, arriving=D,
                       nights=0, held_until=soon())
    # The schema refuses it too, whatever code writes the row.
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError), vault.transaction() as s:
        s.execute(update(Stay).where(Stay.id == stay).values(
            left_on=D - timedelta(days=2), departure_reason="other"))


def _expire(vault, reservation_id):
    with vault.transaction() as s:
        s.execute(update(Reservation).where(Reservation.id == reservation_id).values(
            held_until=datetime.now(UTC) - timedelta(minutes=1)))


def test_offer_lapses_by_itself(new_vault):
    vault, _ = new_vault
    _, (room,) = make_house(vault)
    referral = make_referral(vault)
    offer = capacity.offer(vault, referral_id=referral, room_id=room, arriving=D, nights=14,
                           held_until=soon())
    with vault.session() as s:
        assert capacity.board(s, on=D).houses[0].tiles[0].state is TileState.RESERVED
    _expire(vault, offer)
    # Lapsed at read time, before anything marks it: the board shows the room free ...
    with vault.session() as s:
        assert capacity.board(s, on=D).houses[0].tiles[0].state is TileState.FREE
        assert [f.room_id for f in capacity.find_rooms(s, on=D, nights=3)] == [room]
    # ... she can no longer arrive on it ...
    with pytest.raises(OfferLapsed):
        capacity.arrive(vault, reservation_id=offer, on=D, household_ref="H-1", name="J D")
    # ... and the next write marks it and puts the referral back to assessing.
    second = capacity.offer(vault, referral_id=make_referral(vault), room_id=room, arriving=D,
                            nights=3, held_until=soon())
    with vault.session() as s:
        assert s.get(Reservation, offer).state == "lapsed"
        assert s.get(Referral, referral).status == ReferralStatus.ASSESSING.value
        assert s.scalar(select(func.count()).select_from(AuditEvent)
                        .where(AuditEvent.kind == "offer_lapsed")) == 1
    assert second


def test_offer_then_arrival_becomes_a_stay(new_vault):
    vault, _ = new_vault
    _, (room,) = make_house(vault, rooms=(("Room 1", 2, 0),))
    referral = make_referral(vault, children=2, ages=(4, 9))
    offer = capacity.offer(vault, referral_id=referral, room_id=room, arriving=D, nights=3,
                           held_until=soon())
    stay = capacity.arrive(vault, reservation_id=offer, on=D + timedelta(days=1),
                           household_ref="H-7", name="Jane Doe", children_count=2,
                           children_ages="4, 9")
    with vault.session() as s:
        assert s.get(Reservation, offer).state == "converted"
        assert s.get(Referral, referral).status == ReferralStatus.ARRIVED.value
        assert s.get(Stay, stay).left_on is None
        tile = capacity.board(s, on=D + timedelta(days=3)).houses[0].tiles[0]
    assert (tile.state, tile.household_ref, tile.initials, tile.children,
            tile.nights_so_far) == (TileState.OCCUPIED, "H-7", "J.D.", 2, 2)


def test_move_keeps_first_arrival_and_frees_the_old_room(new_vault):
    vault, _ = new_vault
    _, (a, b, c) = make_house(vault, rooms=(("A", 1, 0), ("B", 1, 0), ("C", 1, 0)))
    stay = place(vault, a, D, children=1)
    place(vault, c, D, ref="H-9")
    with pytest.raises(RoomNotFree, match="H-9"):
        capacity.move(vault, stay_id=stay, to_room_id=c, on=D + timedelta(days=4))
    new = capacity.move(vault, stay_id=stay, to_room_id=b, on=D + timedelta(days=4))
    with vault.session() as s:
        tiles = {t.room: t for t in capacity.board(s, on=D + timedelta(days=4)).houses[0].tiles}
        old = s.get(Stay, stay)
        assert (old.left_on, old.departure_reason) == (D + timedelta(days=4), "moved_room")
    assert tiles["A"].state is TileState.FREE  # a move is not "leaving today"
    assert tiles["B"].state is TileState.OCCUPIED and tiles["B"].nights_so_far == 4
    assert tiles["B"].stay_id == new


def test_planned_departure_lets_the_room_be_offered_after(new_vault):
    vault, _ = new_vault
    _, (room,) = make_house(vault)
    stay = place(vault, room, D)
    referral = make_referral(vault)
    with pytest.raises(RoomNotFree):
        capacity.offer(vault, referral_id=referral, room_id=room, arriving=D + timedelta(30),
                       nights=5, held_until=soon())
    capacity.depart(vault, stay_id=stay, on=D + timedelta(days=30),
                    reason=DepartureReason.PLANNED_MOVE_ON)
    capacity.offer(vault, referral_id=referral, room_id=room, arriving=D + timedelta(days=30),
                   nights=5, held_until=soon())
    # Her leaving date cannot now be pushed into the offered nights.
    with pytest.raises(RoomNotFree, match="offered"):
        capacity.depart(vault, stay_id=stay, on=D + timedelta(days=32),
                        reason=DepartureReason.PLANNED_MOVE_ON)
    with vault.session() as s:
        states = [capacity.board(s, on=D + timedelta(days=n)).houses[0].tiles[0].state
                  for n in (29, 30)]
    # On the 30th she leaves in the morning and the offered family is expected that night.
    assert states == [TileState.OCCUPIED, TileState.RESERVED]


def test_board_states_on_a_past_and_a_future_date(new_vault):
    vault, _ = new_vault
    _, rooms = make_house(vault, rooms=[(f"R{i}", 1, 0) for i in range(5)])
    past, future = D - timedelta(days=100), D + timedelta(days=60)
    old = place(vault, rooms[0], past - timedelta(days=10), ref="H-OLD")
    capacity.depart(vault, stay_id=old, on=past, reason=DepartureReason.PLANNED_MOVE_ON)
    place(vault, rooms[1], past - timedelta(days=2), ref="H-NOW", children=1)
    houses.close_room(vault, room_id=rooms[2], starts_on=future, ends_on=future + timedelta(3),
                      reason=ClosureReason.DEEP_CLEAN)
    capacity.offer(vault, referral_id=make_referral(vault), room_id=rooms[3],
                   arriving=future - timedelta(days=1), nights=5, held_until=soon())
    with vault.session() as s:
        then = {t.room: t.state for t in capacity.board(s, on=past).houses[0].tiles}
        later = {t.room: t.state for t in capacity.board(s, on=future).houses[0].tiles}
        summary = capacity.board(s, on=past)
    assert then == {"R0": TileState.LEAVING_TODAY, "R1": TileState.OCCUPIED,
                    "R2": TileState.FREE, "R3": TileState.FREE, "R4": TileState.FREE}
    assert later == {"R0": TileState.FREE, "R1": TileState.OCCUPIED, "R2": TileState.CLOSED,
                     "R3": TileState.RESERVED, "R4": TileState.FREE}
    assert summary.free_rooms == 4  # leaving today counts as free for the night


def test_find_a_room_respects_excluded_areas_and_access_needs(new_vault):
    vault, _ = new_vault
    north, (n1, n2) = make_house(vault, name="Elm House", area="Northtown",
                                 rooms=(("N1", 2, 0), ("N2", 3, 1)))
    _, (s1, s2) = make_house(vault, name="Ash House", area="Southbury",
                             rooms=(("S1", 2, 0), ("S2", 2, 0)), languages="Polish, Urdu")
    access = houses.add_room(vault, house_id=north, name="N3", child_places=4,
                             wheelchair_accessible=True, opened_on=OPENED)
    with vault.session() as s:
        fits = capacity.find_rooms(s, on=D, nights=7, children_count=2)
        assert [f.room for f in fits] == ["S1", "S2", "N1", "N2", "N3"]  # tight; accessible last
        fits = capacity.find_rooms(s, on=D, nights=7, children_count=2,
                                   excluded_areas="northtown")
        assert {f.room for f in fits} == {"S1", "S2"}
        fits = capacity.find_rooms(s, on=D, nights=7, needs_wheelchair=True)
        assert [f.room_id for f in fits] == [access]
        assert capacity.find_rooms(s, on=D, nights=7, needs_wheelchair=True,
                                   excluded_areas=["Northtown"]) == []
        fits = capacity.find_rooms(s, on=D, nights=7, language="urdu")
        assert [f.room for f in fits][:2] == ["S1", "S2"]
    place(vault, s1, D + timedelta(days=6))
    with vault.session() as s:
        fits = capacity.find_rooms(s, on=D, nights=7, excluded_areas=["Northtown"])
        assert [f.room_id for f in fits] == [s2]
    referral = make_referral(vault, excluded_areas="Northtown\nEastham")
    with pytest.raises(ExcludedArea, match="Northtown"):
        capacity.offer(vault, referral_id=referral, room_id=n1, arriving=D, nights=3,
                       held_until=soon())
    with vault.session() as s:
        assert [f.room_id for f in capacity.rooms_for_referral(
            s, referral, on=D, nights=7)] == [s2]
    assert n2


RACER = textwrap.dedent("""
    import os, sys, time
    from datetime import UTC, date, datetime, timedelta
    from pathlib import Path
    from refugedesk.db import keyslots
    keyslots.set_kdf_profile(keyslots.KdfProfile(time_cost=1, memory_kib=8 * 1024,
                                                 parallelism=1))
    from refugedesk import capacity
    from refugedesk.db.vault import Vault
    from refugedesk.errors import RoomNotFree
    path, password, referral, room, go = sys.argv[1:]
    vault = Vault.unlock(Path(path), "ada", password)
    print("ready", flush=True)
    while not os.path.exists(go):  # the starting gun: both processes are waiting here
        time.sleep(0.0002)
    try:
        capacity.offer(vault, referral_id=int(referral), room_id=int(room),
                       arriving=date(2030, 3, 10), nights=7,
                       held_until=datetime(2030, 3, 11, tzinfo=UTC))
        print("won", flush=True)
    except RoomNotFree:
        print("refused", flush=True)
""")


def _race(vault_path: Path, pairs) -> list[str]:
    """Start one process per (referral, room); each unlocks the vault and says it is ready,
    then all are let go at once to try their offer."""
    from conftest import ADMIN_PASSWORD

    go = vault_path.with_name("go")
    procs = [subprocess.Popen([sys.executable, "-c", RACER, str(vault_path), ADMIN_PASSWORD,
                               str(referral), str(room), str(go)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for referral, room in pairs]
    for p in procs:
        assert p.stdout.readline().strip() == "ready", p.stderr.read()
    go.touch()
    outs = []
    for p in procs:
        out, err = p.communicate(timeout=60)
        assert p.returncode == 0, err
        outs.append(out.strip())
    return outs


@pytest.mark.slow
@pytest.mark.file_only("processes racing on one file; the server's race is tests/server/test_double_booking.py")
def test_two_processes_racing_for_one_room_only_one_wins(new_vault, vault_path: Path):
    vault, _ = new_vault
    _, (room,) = make_house(vault)
    pairs = [(make_referral(vault, name=f"R{i}"), room) for i in range(2)]
    outcomes = _race(vault_path, pairs)
    assert sorted(outcomes) == ["refused", "won"]
    with vault.session() as s:
        offers = s.scalars(select(Reservation)).all()
    assert len(offers) == 1 and offers[0].room_id == room
