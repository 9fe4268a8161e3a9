"""Houses and rooms: who may change them, retiring keeps history, the schema guards the data."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from conftest import reopen
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError

from refugedesk import capacity, houses, staff
from refugedesk.db import migrate
from refugedesk.db.models import AuditEvent, DepartureReason, House, Role, Room
from refugedesk.errors import NotAllowed, RoomClosed, RoomNotFree, ValidationError

pytestmark = pytest.mark.both_engines  # each test on a file and on a server

OPENED = date(2020, 1, 1)
D = date(2030, 3, 10)


@pytest.mark.file_only("a file vault's migrations; a server's schema is tests/server/test_schema.py")
def test_migrated_schema_matches_the_models_and_head(new_vault):
    vault, _ = new_vault
    from alembic.script import ScriptDirectory

    assert ScriptDirectory.from_config(migrate.alembic_config()).get_current_head() \
        == migrate.HEAD
    with vault.engine.connect() as conn:
        assert migrate.current_revision(conn) == migrate.HEAD
        assert migrate.schema_problems(conn) == []


def test_add_house_and_rooms_confidential_details_stay_out_of_the_audit(new_vault):
    vault, _ = new_vault
    house = houses.add_house(vault, name="Elm House", area="Northtown",
                             address="12 Secret Lane", phone="01632 960000", opened_on=OPENED)
    houses.add_room(vault, house_id=house, name="Room 1", child_places=2, cots=1,
                    opened_on=OPENED)
    houses.edit_house(vault, house, address="14 Secret Lane")
    with pytest.raises(ValidationError, match="already a house"):
        houses.add_house(vault, name="Elm House", area="Elsewhere")
    with pytest.raises(ValidationError, match="already has a room"):
        houses.add_room(vault, house_id=house, name="Room 1")
    with vault.session() as s:
        h = s.get(House, house)
        assert (h.address, h.rooms[0].child_places, h.created_by_id) == (
            "14 Secret Lane", 2, vault.person.id)
        details = " ".join(e.detail for e in s.scalars(select(AuditEvent)))
        kinds = [e.kind for e in s.scalars(select(AuditEvent))]
    assert "Secret" not in details and "01632" not in details
    assert kinds[-3:] == ["house_added", "room_added", "house_changed"]

WORKER_PASSWORD = "juniper teapot harbour 7"


def test_only_managers_and_administrators_change_houses(new_vault, vault_path):
    admin, _ = new_vault
    house = houses.add_house(admin, name="Elm House", area="Northtown", opened_on=OPENED)
    room = houses.add_room(admin, house_id=house, name="R1", opened_on=OPENED)
    staff.add_staff(admin, username="worker", display_name="A Worker",
                    role=Role.SUPPORT_WORKER, password=WORKER_PASSWORD)
    vault = reopen(vault_path, "worker", WORKER_PASSWORD)
    with pytest.raises(NotAllowed):
        houses.add_house(vault, name="Oak House", area="Westford")
    with pytest.raises(NotAllowed):
        houses.retire_room(vault, room)
    # Day-to-day, any worker may close a room for a deep clean.
    houses.close_room(vault, room_id=room, starts_on=D, ends_on=D + timedelta(days=1),
                      reason="deep_clean")
    vault.close()


def test_retiring_keeps_history_and_is_refused_while_occupied(new_vault):
    vault, _ = new_vault
    house = houses.add_house(vault, name="Elm House", area="Northtown", opened_on=OPENED)
    r1 = houses.add_room(vault, house_id=house, name="R1", opened_on=OPENED)
    r2 = houses.add_room(vault, house_id=house, name="R2", opened_on=OPENED)
    stay = capacity.arrive(vault, room_id=r1, on=D, household_ref="H-1", name="J D")
    with pytest.raises(RoomNotFree):
        houses.retire_room(vault, r1, on=D + timedelta(days=5))
    capacity.depart(vault, stay_id=stay, on=D + timedelta(days=5),
                    reason=DepartureReason.PLANNED_MOVE_ON)
    houses.retire_room(vault, r1, on=D + timedelta(days=5))
    with pytest.raises(RoomClosed, match="retired"):
        capacity.arrive(vault, room_id=r1, on=D + timedelta(days=6), household_ref="H-2",
                        name="K L")
    with vault.session() as s:
        assert s.get(Room, r1).retired_on == D + timedelta(days=5)  # the row is kept
        before = [t.room for t in capacity.board(s, on=D + timedelta(days=4)).houses[0].tiles]
        after = [t.room for t in capacity.board(s, on=D + timedelta(days=5)).houses[0].tiles]
        assert [r.name for r in houses.list_rooms(s)] == ["R2"]
    assert (before, after) == (["R1", "R2"], ["R2"])
    houses.retire_house(vault, house, on=D + timedelta(days=10))
    with vault.session() as s:
        assert s.get(Room, r2).retired_on == D + timedelta(days=10)
        assert capacity.board(s, on=D + timedelta(days=10)).houses == []


def test_schema_refuses_negative_places_and_closures_out_of_order(new_vault):
    vault, _ = new_vault
    house = houses.add_house(vault, name="Elm House", area="Northtown", opened_on=OPENED)
    room = houses.add_room(vault, house_id=house, name="R1", opened_on=OPENED)
    with pytest.raises(ValidationError):
        houses.add_room(vault, house_id=house, name="R2", child_places=-1)
    with pytest.raises(IntegrityError), vault.transaction() as s:
        s.execute(text("UPDATE room SET cots = -1 WHERE id = :id"), {"id": room})
    with pytest.raises(IntegrityError), vault.transaction() as s:
        s.execute(text(
            "INSERT INTO room_closure (room_id, starts_on, ends_on, reason, note, created_at, "
            "updated_at) VALUES (:id, '2030-03-10', '2030-03-09', 'repairs', '', '', '')"),
            {"id": room})
    with pytest.raises(IntegrityError), vault.transaction() as s:
        s.execute(text(
            "INSERT INTO room_closure (room_id, starts_on, reason, note, created_at, "
            "updated_at) VALUES (:id, '2030-03-10', 'flood', '', '', '')"), {"id": room})
