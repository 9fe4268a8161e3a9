"""Need-to-know enforced by the server (issue 17): row-level security holds a worker's own
login to the records the app's rule lets her open (refugedesk/need_to_know.py), case by case,
whatever program she uses; the card (her name, reference, stays) stays readable to all."""

from __future__ import annotations

import secrets
from datetime import date, timedelta
from pathlib import Path
from typing import cast

import psycopg
import pytest
from psycopg import errors, sql
from sqlalchemy import select

from refugedesk import capacity, houses, need_to_know, residents, staff
from refugedesk.db.models import Abuser, DepartureReason, House, Role, StaffMember, Stay
from refugedesk.db.vault import Person, Vault
from refugedesk.server.vault import ServerVault

from .conftest import SecuredDatabase, office_profile

PASSWORD = "fictional orchard lantern 42"
TODAY = date.today()


@pytest.fixture
def service(pg_secured: SecuredDatabase, tmp_path: Path):
    """Two houses; Ann works in the first, Bea has no houses set (she sees everything, as in
    the app); six women in the situations the rule tells apart, each with her abuser's row."""
    profile = office_profile(pg_secured.server, pg_secured.name, tmp_path)
    ann = (f"{pg_secured.prefix}ann", PASSWORD)
    bea = (f"{pg_secured.prefix}bea", PASSWORD)
    women: dict[str, int] = {}
    with ServerVault.unlock(profile, pg_secured.admin, pg_secured.admin_password) as server:
        admin = cast(Vault, server)
        opened = TODAY - timedelta(days=100)
        a = houses.add_house(admin, name="Ash House", area="Northtown", opened_on=opened)
        b = houses.add_house(admin, name="Birch House", area="Southtown", opened_on=opened)
        rooms = {h: [houses.add_room(admin, house_id=h, name=f"{h}-{n}", opened_on=opened)
                     for n in range(3)] for h in (a, b)}
        ann_id = staff.add_staff(admin, username=ann[0], display_name="Ann", password=PASSWORD,
                                 role=Role.SUPPORT_WORKER)
        staff.add_staff(admin, username=bea[0], display_name="Bea", password=PASSWORD,
                        role=Role.SUPPORT_WORKER)
        need_to_know.set_houses(admin, ann_id, [a])

        def woman(key: str, *, house: int | None = None, left: bool = False,
                  key_worker: int | None = None, days_ago: int = 20) -> None:
            rid = residents.create_resident(admin, reference=f"R-{len(women) + 1:04d}",
                                            name=f"{key.title()} Fictional",
                                            key_worker_id=key_worker)
            if house is not None:
                stay = capacity.arrive(admin, on=TODAY - timedelta(days=days_ago),
                                       name=f"{key.title()} Fictional",
                                       room_id=rooms[house].pop())
                residents.link_stay(admin, stay_id=stay, resident_id=rid)
                if left:
                    capacity.depart(admin, stay_id=stay, on=TODAY - timedelta(days=days_ago - 5),
                                    reason=DepartureReason.PLANNED_MOVE_ON)
            women[key] = rid

        woman("rosa", house=a)                      # in Ann's house now
        woman("wren", house=b)                      # in the other house now
        woman("lark", house=a, left=True, days_ago=60)   # left Ann's house
        woman("iris", house=b, key_worker=ann_id)   # the other house, Ann her key worker
        woman("june")                               # no stay yet, started by the admin
        woman("moss", house=a)                      # in Ann's house, and since 5 days
        moved = capacity.arrive(admin, on=TODAY - timedelta(days=5), name="Moss Fictional",
                                room_id=rooms[b].pop())    # also in the other (a fault):
        residents.link_stay(admin, stay_id=moved, resident_id=women["moss"])  # the later counts
        with server.transaction() as session:
            for rid in women.values():
                session.add(Abuser(resident_id=rid, name="Fictional Abuser"))
    # A record Ann starts herself, before any stay.
    with ServerVault.unlock(profile, *ann) as her:
        women["skye"] = residents.create_resident(cast(Vault, her), reference="R-0099",
                                                  name="Skye Fictional")
    with ServerVault.unlock(profile, pg_secured.admin, pg_secured.admin_password) as server, \
            server.transaction() as session:
        session.add(Abuser(resident_id=women["skye"], name="Fictional Abuser"))
    return pg_secured, profile, ann, bea, women


def _abusers_seen(db: SecuredDatabase, who: tuple[str, str]) -> set[int]:
    with psycopg.connect(db.conninfo(*who)) as conn:
        return {r for (r,) in conn.execute("SELECT resident_id FROM abuser")}


def test_the_server_holds_each_login_to_the_apps_rule_case_by_case(service) -> None:
    db, profile, ann, bea, women = service
    seen = _abusers_seen(db, ann)
    with ServerVault.unlock(profile, db.admin, db.admin_password) as server, \
            server.session() as session:
        ann_id = session.scalar(select(StaffMember.id).where(StaffMember.username == ann[0]))
        ann_person = Person(ann_id, ann[0], "Ann", Role.SUPPORT_WORKER)
        expected = {rid for rid in women.values()
                    if need_to_know.may_open(session, ann_person, rid)}
    assert seen == expected
    assert seen == {women[k] for k in ("rosa", "lark", "iris", "skye")}
    # A worker with no houses set, and the administrator, see every record in full.
    assert _abusers_seen(db, bea) == set(women.values())
    assert _abusers_seen(db, (db.admin, db.admin_password)) == set(women.values())
    # The card stays readable: every woman's name and reference, and the board's stays.
    with psycopg.connect(db.conninfo(*ann)) as conn:
        assert len(conn.execute("SELECT name FROM resident").fetchall()) == len(women)


def test_the_quick_test_for_the_women_in_her_houses_never_widens_the_rule(service) -> None:
    """The policies ask refugedesk_staying_in_my_houses() before refugedesk_may_open: it must
    name only women the rule lets her open. Moss stays in Ann's house but arrived later in
    the other, which is the stay the rule goes by; Lark has left; Iris is Ann's through being
    her key worker, which only the rule itself knows."""
    db, _profile, ann, bea, women = service
    with psycopg.connect(db.conninfo(*ann)) as conn:
        quick = {r for (r,) in conn.execute("SELECT refugedesk_staying_in_my_houses()")}
    assert quick == {women["rosa"]}
    with psycopg.connect(db.conninfo(*bea)) as conn:  # no houses: she sees all by the rule
        assert conn.execute("SELECT refugedesk_staying_in_my_houses()").fetchall() == []
    assert women["moss"] not in _abusers_seen(db, ann)


def test_the_quick_refusal_for_women_elsewhere_names_only_those_the_rule_refuses(
        service) -> None:
    """refugedesk_staying_elsewhere() lets the policies refuse a row without asking the rule:
    it must name no woman the rule lets her open. Wren and Moss stay (by the stay the rule
    goes by) in the other house; Iris too, but Ann is her key worker; Rosa is in Ann's house;
    Lark has left. A reason given for Wren takes her out of it."""
    db, profile, ann, _bea, women = service

    def elsewhere() -> set[int]:
        with psycopg.connect(db.conninfo(*ann)) as conn:
            return {r for (r,) in conn.execute("SELECT refugedesk_staying_elsewhere()")}

    assert elsewhere() == {women["wren"], women["moss"]}
    with ServerVault.unlock(profile, *ann) as her:
        need_to_know.open_anyway(cast(Vault, her), women["wren"], reason="On call tonight")
    assert elsewhere() == {women["moss"]}
    assert _abusers_seen(db, ann) == {women[k] for k in ("rosa", "lark", "iris", "skye",
                                                         "wren")}


def test_a_temporary_table_of_her_own_does_not_stand_in_for_the_rules_tables(service) -> None:
    """PostgreSQL looks in a session's temporary schema first unless the search_path names it:
    a temporary staff_member saying she is a manager would make the rule let her read every
    record. She may not make temporary tables; and were that privilege given back, the rule's
    functions name pg_temp last, so they still read the real table."""
    db, _profile, ann, _bea, women = service
    with psycopg.connect(db.conninfo(*ann)) as conn, \
            pytest.raises(errors.InsufficientPrivilege):
        conn.execute("CREATE TEMP TABLE staff_member (id integer)")
    with psycopg.connect(db.superuser_conninfo(), autocommit=True) as conn:
        conn.execute(sql.SQL("GRANT TEMPORARY ON DATABASE {} TO refugedesk_worker").format(
            sql.Identifier(db.name)))
    try:
        with psycopg.connect(db.conninfo(*ann)) as conn:
            conn.execute("CREATE TEMP TABLE staff_member AS SELECT * FROM public.staff_member")
            conn.execute("UPDATE staff_member SET role = 'manager'")
            conn.execute("CREATE TEMP TABLE staff_house AS "
                         "SELECT * FROM public.staff_house WHERE false")
            seen = {r for (r,) in conn.execute("SELECT resident_id FROM abuser")}
    finally:
        with psycopg.connect(db.superuser_conninfo(), autocommit=True) as conn:
            conn.execute(sql.SQL("REVOKE TEMPORARY ON DATABASE {} FROM refugedesk_worker")
                         .format(sql.Identifier(db.name)))
    assert seen == {women[k] for k in ("rosa", "lark", "iris", "skye")}


def test_neither_quick_set_ever_disagrees_with_the_rule(service) -> None:
    """For each login, no one in refugedesk_staying_in_my_houses() is refused by the rule and
    no one in refugedesk_staying_elsewhere() is let in by it; also for the stays at the edges
    of "tonight" in Ann's house: Dawn leaves it today, Fern's stay there was recorded in
    error, Gale arrives tomorrow."""
    from refugedesk import stay_corrections

    db, profile, ann, bea, women = service
    with ServerVault.unlock(profile, db.admin, db.admin_password) as server:
        admin = cast(Vault, server)
        with server.session() as s:
            ash = s.scalar(select(House.id).where(House.name == "Ash House"))
        assert ash is not None
        rooms = [houses.add_room(admin, house_id=ash, name=f"Edge {n}",
                                 opened_on=TODAY - timedelta(days=100)) for n in range(3)]
        edge: dict[str, int] = {}
        for key, room in zip(("dawn", "fern", "gale"), rooms, strict=True):
            edge[key] = residents.create_resident(admin, reference=f"R-E{room}",
                                                  name=f"{key.title()} Fictional")
            stay = capacity.arrive(admin, on=TODAY - timedelta(days=10),
                                   name=f"{key.title()} Fictional", room_id=room)
            residents.link_stay(admin, stay_id=stay, resident_id=edge[key])
            if key == "dawn":
                capacity.depart(admin, stay_id=stay, on=TODAY,
                                reason=DepartureReason.PLANNED_MOVE_ON)
            elif key == "fern":
                stay_corrections.record_in_error(admin, stay, "Booked against the wrong room")
            else:
                with server.transaction() as s:  # (a stay booked ahead: tomorrow)
                    s.get_one(Stay, stay).arrived_on = TODAY + timedelta(days=1)
    for who in (ann, bea):
        with psycopg.connect(db.conninfo(*who)) as conn:
            assert conn.execute("SELECT r FROM refugedesk_staying_in_my_houses() r "
                                "WHERE NOT refugedesk_may_open(r)").fetchall() == []
            assert conn.execute("SELECT r FROM refugedesk_staying_elsewhere() r "
                                "WHERE refugedesk_may_open(r)").fetchall() == []
            quick = {r for (r,) in conn.execute(
                "SELECT refugedesk_staying_in_my_houses() UNION "
                "SELECT refugedesk_staying_elsewhere()")}
            assert not quick & set(edge.values())  # left, in error, not yet: the rule's own
    with psycopg.connect(db.conninfo(*ann)) as conn:
        assert conn.execute("SELECT refugedesk_may_open(%s)", (edge["dawn"],)).fetchone()[0]


def test_she_cannot_write_into_a_record_she_may_not_open(service) -> None:
    db, _profile, ann, _bea, women = service
    with psycopg.connect(db.conninfo(*ann)) as conn, \
            pytest.raises(errors.InsufficientPrivilege):
        conn.execute("INSERT INTO abuser (resident_id, name, description, vehicle, "
                     "known_areas, created_at, updated_at) VALUES (%s, '', '', '', '', "
                     "'2026-12-01T00:00:00+00:00', '2026-12-01T00:00:00+00:00')",
                     (women["wren"],))
    with psycopg.connect(db.conninfo(*ann), autocommit=True) as conn:
        changed = conn.execute("UPDATE abuser SET vehicle = 'x' WHERE resident_id = %s",
                               (women["wren"],)).rowcount
        mine = conn.execute("UPDATE abuser SET updated_by_id = NULL WHERE resident_id = %s",
                            (women["rosa"],)).rowcount
    assert (changed, mine) == (0, 1)  # hers to change; the other house's not there at all


def test_open_anyway_with_a_reason_lets_her_read_that_record(service) -> None:
    db, profile, ann, _bea, women = service
    assert women["wren"] not in _abusers_seen(db, ann)
    with ServerVault.unlock(profile, *ann) as her:
        need_to_know.open_anyway(cast(Vault, her), women["wren"],
                                 reason=f"On call tonight, she rang in distress {secrets.token_hex(2)}")
    assert women["wren"] in _abusers_seen(db, ann)


def test_the_rule_itself_is_not_hers_to_bend(service) -> None:
    """She may not make herself a woman's key worker (or the one who started her record) to
    read it, nor record a reason under a colleague's name."""
    db, _profile, ann, _bea, women = service
    with psycopg.connect(db.conninfo(*ann)) as conn:
        ann_id = conn.execute("SELECT id FROM staff_member WHERE username = %s",
                              (ann[0],)).fetchone()[0]
        bea_id = conn.execute("SELECT id FROM staff_member WHERE username <> %s AND "
                              "role = 'support_worker'", (ann[0],)).fetchone()[0]
    for statement, params in (
            ("UPDATE resident SET key_worker_id = %s WHERE id = %s", (ann_id, women["wren"])),
            ("UPDATE resident SET created_by_id = %s WHERE id = %s", (ann_id, women["june"])),
            ("INSERT INTO access_reason (staff_id, resident_id, reason, at) VALUES "
             "(%s, %s, 'x', '2026-12-01T00:00:00+00:00')", (bea_id, women["wren"]))):
        with psycopg.connect(db.conninfo(*ann)) as conn, \
                pytest.raises(errors.InsufficientPrivilege):
            conn.execute(statement, params)
    assert women["wren"] not in _abusers_seen(db, ann)
    # On a record she may open, she may still be made its key worker (the app does that).
    with psycopg.connect(db.conninfo(*ann)) as conn:
        assert conn.execute("UPDATE resident SET key_worker_id = %s WHERE id = %s",
                            (ann_id, women["rosa"])).rowcount == 1
