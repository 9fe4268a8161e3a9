"""Need-to-know on a server covers the whole of her record (docs/server.md, the security
review's "Still open" 1): every table holding part of one woman's record is held to
`refugedesk_may_open`, through its parent row where it has no resident of its own; the sealed
columns of her resident row are hers only who may open it; and "Open anyway" is the server's
function, which writes the reason and its audit event together. Each test connects as a
worker's own login would (psql-style, psycopg), or through RefugeDesk where that is the point."""

from __future__ import annotations

import secrets
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import cast

import psycopg
import pytest
from psycopg import errors, sql
from sqlalchemy import select

from refugedesk import audit, capacity, houses, need_to_know, residents, staff
from refugedesk.db.models import (
    AccessReason,
    ActionOwner,
    AssessmentStage,
    AuditEvent,
    Base,
    Contact,
    ContactGoal,
    ContactMode,
    ContactPlace,
    Destination,
    ErasureRequest,
    FormDraft,
    Goal,
    Incident,
    IncidentKind,
    IncidentResident,
    IntakeDraft,
    MoveOn,
    NeedArea,
    NeedsAssessment,
    NeedScore,
    PlanAction,
    Resident,
    RetentionChoice,
    RetentionDecision,
    Review,
    ReviewKind,
    ReviewVersion,
    Role,
    SignOut,
    StayCorrection,
    StayCorrectionKind,
    SubjectAccess,
    SupportAfter,
    SupportPlan,
    WhereaboutsStep,
)
from refugedesk.db.vault import Vault
from refugedesk.server import need_to_know as server_ntk
from refugedesk.server.vault import ServerVault

from .conftest import SecuredDatabase, office_profile

PASSWORD = "fictional orchard lantern 42"
TODAY = date.today()
NOW = datetime.now(UTC)

#: The tables guarded by this change (the first set, GUARDED before it, is
#: test_need_to_know_on_server.py's), each with the rows made for each woman below.
NEWLY_GUARDED = ("review_version", "goal", "plan_action", "need_score", "contact_goal",
                 "sign_out", "whereabouts_step", "move_on", "stay_correction", "form_draft",
                 "intake_draft", "erasure_request", "subject_access", "retention_decision",
                 "incident")


def test_every_table_is_decided_guarded_or_open_to_all() -> None:
    """A new table cannot arrive with nobody deciding whether it is part of her record."""
    guarded = set(server_ntk.policies())
    open_to_all = set(server_ntk.OPEN_TO_ALL)
    assert not guarded & open_to_all
    assert guarded | open_to_all == set(Base.metadata.tables)
    assert set(NEWLY_GUARDED) <= guarded


def _pk(table: str) -> list[str]:
    return [c.name for c in Base.metadata.tables[table].primary_key.columns]


def _made(session, obj) -> object:
    session.add(obj)
    session.flush()
    return obj


def _record_rows(session, rid: int, stay_id: int, admin_id: int, n: int) -> dict[str, list]:
    """One row in each newly guarded table for the woman `rid` (her stay `stay_id`), and the
    primary key of each, by table."""
    review = _made(session, Review(resident_id=rid, kind=ReviewKind.INTERIM, version=1,
                                   held_on=TODAY))
    version = _made(session, ReviewVersion(review_id=review.id, version=1, held_on=TODAY,
                                           her_words="What she said"))
    plan = _made(session, SupportPlan(resident_id=rid, version=1))
    goal = _made(session, Goal(plan_id=plan.id, her_words="A home of my own"))
    action = _made(session, PlanAction(plan_id=plan.id, goal_id=goal.id, what="Ring housing",
                                       owner=ActionOwner.HER))
    assessment = _made(session, NeedsAssessment(resident_id=rid, assessed_on=TODAY,
                                                stage=AssessmentStage.INTAKE))
    score = _made(session, NeedScore(assessment_id=assessment.id, area=NeedArea.SAFETY,
                                     score=3, her_words="Scared at night"))
    contact = _made(session, Contact(resident_id=rid, at=NOW, mode=ContactMode.PHONE,
                                     place=ContactPlace.OFFICE, notes="Keywork"))
    _made(session, ContactGoal(contact_id=contact.id, goal_id=goal.id))
    out = _made(session, SignOut(stay_id=stay_id, out_at=NOW, expected_back=NOW + timedelta(
        hours=2), note="To the shops"))
    step = _made(session, WhereaboutsStep(sign_out_id=out.id, what="Rang her", at=NOW))
    move_on = _made(session, MoveOn(stay_id=stay_id, destination=Destination.OWN_TENANCY,
                                    support_after=SupportAfter.OUTREACH, note="Flat"))
    correction = _made(session, StayCorrection(stay_id=stay_id,
                                               kind=StayCorrectionKind.ARRIVAL_DATE,
                                               reason="Typed the wrong day"))
    draft = _made(session, FormDraft(staff_id=admin_id, form="dash", resident_id=rid,
                                     data="{}"))
    intake = _made(session, IntakeDraft(step=3, data="{}", resident_id=rid, finished_at=NOW))
    erasure = _made(session, ErasureRequest(reference=f"E-{n:04d}", received_on=TODAY,
                                            resident_id=rid))
    access = _made(session, SubjectAccess(resident_id=rid, requested_on=TODAY,
                                          due_on=TODAY + timedelta(days=30)))
    decision = _made(session, RetentionDecision(record_type="resident", record_id=rid,
                                                choice=RetentionChoice.KEEP, reason="Court",
                                                keep_until=TODAY + timedelta(days=400),
                                                decided_by_id=admin_id))
    incident = _made(session, Incident(at=NOW, kind=IncidentKind.SAFEGUARDING_CONCERN,
                                       what_happened="Only her"))
    _made(session, IncidentResident(incident_id=incident.id, resident_id=rid))
    return {"review_version": [(version.id,)], "goal": [(goal.id,)],
            "plan_action": [(action.id,)], "need_score": [(score.id,)],
            "contact_goal": [(contact.id, goal.id)], "sign_out": [(out.id,)],
            "whereabouts_step": [(step.id,)], "move_on": [(move_on.id,)],
            "stay_correction": [(correction.id,)], "form_draft": [(draft.id,)],
            "intake_draft": [(intake.id,)], "erasure_request": [(erasure.id,)],
            "subject_access": [(access.id,)], "retention_decision": [(decision.id,)],
            "incident": [(incident.id,)]}


@pytest.fixture
def service(pg_secured: SecuredDatabase, tmp_path: Path):
    """Two houses; Ann works in the first (Ash), Bea has no houses set, Meg is a manager.
    Rosa stays in Ash, Wren in Birch; each has a row in every newly guarded table, her code
    word and GP; one incident involves both, one involves no one."""
    db = pg_secured
    profile = office_profile(db.server, db.name, tmp_path)
    people = {k: (f"{db.prefix}{k}", PASSWORD) for k in ("ann", "bea", "meg")}
    with ServerVault.unlock(profile, db.admin, db.admin_password) as server:
        admin = cast(Vault, server)
        opened = TODAY - timedelta(days=100)
        ash = houses.add_house(admin, name="Ash House", area="Northtown", opened_on=opened)
        birch = houses.add_house(admin, name="Birch House", area="Southtown", opened_on=opened)
        rooms = {h: houses.add_room(admin, house_id=h, name=f"{h}-1", opened_on=opened)
                 for h in (ash, birch)}
        ids = {}
        for key, role in (("ann", Role.SUPPORT_WORKER), ("bea", Role.SUPPORT_WORKER),
                          ("meg", Role.MANAGER)):
            ids[key] = staff.add_staff(admin, username=people[key][0], display_name=key.title(),
                                       password=PASSWORD, role=role)
        need_to_know.set_houses(admin, ids["ann"], [ash])
        women, stays = {}, {}
        for n, (key, house) in enumerate((("rosa", ash), ("wren", birch)), 1):
            rid = residents.create_resident(admin, reference=f"R-{n:04d}",
                                            name=f"{key.title()} Fictional")
            stay = capacity.arrive(admin, on=TODAY - timedelta(days=10),
                                   name=f"{key.title()} Fictional", room_id=rooms[house])
            residents.link_stay(admin, stay_id=stay, resident_id=rid)
            women[key], stays[key] = rid, stay
        rows = {}
        with server.transaction() as session:
            admin_id = server.person.id
            for n, key in enumerate(("rosa", "wren"), 1):
                resident = session.get(Resident, women[key])
                resident.code_word = f"{key} lantern"
                resident.gp = f"Dr {key.title()}"
                rows[key] = _record_rows(session, women[key], stays[key], admin_id, n)
            shared = _made(session, Incident(at=NOW, kind=IncidentKind.POLICE_CALLED,
                                             what_happened="Both of them"))
            for key in ("rosa", "wren"):
                _made(session, IncidentResident(incident_id=shared.id, resident_id=women[key]))
            house_own = _made(session, Incident(at=NOW, kind=IncidentKind.POLICE_CALLED,
                                                house_id=birch, what_happened="The gate"))
    return db, profile, people, women, rows, {"shared": shared.id, "house": house_own.id}


def _ids(conn: psycopg.Connection, table: str) -> set[tuple]:
    cols = ", ".join(_pk(table))
    return {tuple(r) for r in conn.execute(f"SELECT {cols} FROM {table}")}


def _where(table: str, keys: list[tuple]) -> tuple[str, list]:
    cols = _pk(table)
    one = "(" + " AND ".join(f"{c} = %s" for c in cols) + ")"
    return " OR ".join([one] * len(keys)), [v for key in keys for v in key]


def _need_to_know_let_it_through(exc: BaseException) -> bool:
    """A refusal that is not need-to-know's (nor a missing grant): the table's own rules
    (a unique key, a link, a trigger keeping a saved version) came after it."""
    return not isinstance(exc, errors.InsufficientPrivilege)


def _try(conn: psycopg.Connection, statement: str, params) -> int | BaseException:
    """The rows a statement touched, or what refused it; undone either way."""
    try:
        with conn.transaction(force_rollback=True):
            return conn.execute(statement, params).rowcount
    except psycopg.Error as exc:
        return exc


def _copy_insert(conn_su: psycopg.Connection, table: str, key: tuple) -> tuple[str, list]:
    """An INSERT of a copy of one row (its serial id left for the server to give)."""
    where, params = _where(table, [key])
    cur = conn_su.execute(f"SELECT * FROM {table} WHERE {where}", params)
    names = [d.name for d in cur.description]
    row = dict(zip(names, cur.fetchone(), strict=True))
    if _pk(table) == ["id"]:
        row.pop("id")
    if table == "erasure_request":
        row["reference"] = f"E-{secrets.randbelow(9000) + 1000}"
    columns = sql.SQL(", ").join(sql.Identifier(c) for c in row)
    values = sql.SQL(", ").join(sql.Placeholder() * len(row))
    statement = sql.SQL("INSERT INTO {} ({}) VALUES ({})").format(
        sql.Identifier(table), columns, values).as_string(conn_su)
    return statement, list(row.values())


def test_a_worker_reads_no_row_of_a_record_she_may_not_open(service) -> None:
    db, _profile, people, _women, rows, incidents = service
    for who, expected in (("ann", ("rosa",)), ("bea", ("rosa", "wren")),
                          ("meg", ("rosa", "wren"))):
        with psycopg.connect(db.conninfo(*people[who])) as conn:
            for table in NEWLY_GUARDED:
                seen = _ids(conn, table)
                for key in ("rosa", "wren"):
                    mine = set(rows[key][table])
                    if key in expected:
                        assert mine <= seen, (who, table, key)
                    else:
                        assert not mine & seen, (who, table, key)
    # Incidents shared between women: Ann sees the one with Rosa in it, and the house's own,
    # but of its people only Rosa.
    with psycopg.connect(db.conninfo(*people["ann"])) as conn:
        seen = {i for (i,) in conn.execute("SELECT id FROM incident")}
        assert {incidents["shared"], incidents["house"]} <= seen
        linked = {r for (r,) in conn.execute(
            "SELECT resident_id FROM incident_resident WHERE incident_id = %s",
            (incidents["shared"],))}
    assert linked == {service[3]["rosa"]}


def test_she_cannot_write_into_a_record_she_may_not_open_and_may_into_one_she_can(
        service) -> None:
    db, _profile, people, _women, rows, incidents = service
    with psycopg.connect(db.superuser_conninfo()) as su, \
            psycopg.connect(db.conninfo(*people["ann"])) as ann, \
            psycopg.connect(db.conninfo(*people["bea"])) as bea, \
            psycopg.connect(db.conninfo(*people["meg"])) as meg:
        for table in NEWLY_GUARDED:
            pk = _pk(table)[0]
            for key, allowed in (("wren", False), ("rosa", True)):
                keys = rows[key][table]
                where, params = _where(table, keys)
                if table == "incident":
                    # A new incident involves no one until she links someone: linking a
                    # woman is the write into her record (the house's own incident here).
                    insert = "INSERT INTO incident_resident VALUES (%s, %s)"
                    values = [incidents["house"], service[3][key]]
                else:
                    insert, values = _copy_insert(su, table, keys[0])
                update = f"UPDATE {table} SET {pk} = {pk} WHERE {where}"
                delete = f"DELETE FROM {table} WHERE {where}"
                got = {what: _try(ann, statement, p) for what, statement, p in (
                    ("insert", insert, values), ("update", update, params),
                    ("delete", delete, params))}
                if not allowed:
                    assert isinstance(got["insert"], errors.InsufficientPrivilege), table
                    for what in ("update", "delete"):  # not there for her, or no grant
                        assert got[what] == 0 or isinstance(
                            got[what], errors.InsufficientPrivilege), (table, what, got[what])
                    continue
                # Rosa's: whatever Ann's group may do, need-to-know lets through; and a
                # worker with no houses and a manager likewise.
                for conn in (ann, bea, meg):
                    for statement, p in ((insert, values), (update, params)):
                        result = _try(conn, statement, p)
                        if isinstance(result, errors.InsufficientPrivilege):
                            # Refused only where the group has no such grant at all.
                            assert _no_grant(su, conn, table, statement), (table, statement)
                        else:
                            assert not isinstance(result, BaseException) or \
                                _need_to_know_let_it_through(result), (table, result)
                            assert result != 0, (table, statement)


def _no_grant(su: psycopg.Connection, conn: psycopg.Connection, table: str,
              statement: str) -> bool:
    privilege = statement.split()[0].upper()
    user = conn.info.user
    return not su.execute("SELECT has_table_privilege(%s, %s, %s)",
                          (user, table, privilege)).fetchone()[0]


def test_her_sealed_columns_are_only_for_whoever_may_open_her_record(service) -> None:
    db, profile, people, women, _rows, _incidents = service
    with psycopg.connect(db.conninfo(*people["ann"])) as conn:
        assert len(conn.execute("SELECT name, reference, key_worker_id FROM resident")
                   .fetchall()) == 2
        for column in server_ntk.resident_sealed_columns():
            with pytest.raises(errors.InsufficientPrivilege), conn.transaction():
                conn.execute(f"SELECT {column} FROM resident")
        through = dict(conn.execute(
            "SELECT id, refugedesk_resident_sealed(id, 'code_word') FROM resident"))
    assert through[women["wren"]] == ""
    assert through[women["rosa"]].startswith("rd1:")  # sealed: opened by her key, not here
    with psycopg.connect(db.conninfo(*people["meg"])) as conn:
        assert all(v.startswith("rd1:") for (v,) in conn.execute(
            "SELECT code_word FROM resident"))
    # Through RefugeDesk: the same rows, her code word opened where she may open the record.
    with ServerVault.unlock(profile, *people["ann"]) as her, her.session() as session:
        seen = {r.id: (r.name, r.code_word, r.gp) for r in session.scalars(select(Resident))}
    assert seen[women["rosa"]] == ("Rosa Fictional", "rosa lantern", "Dr Rosa")
    assert seen[women["wren"]] == ("Wren Fictional", "", "")
    with ServerVault.unlock(profile, *people["bea"]) as her, her.session() as session:
        assert session.get(Resident, women["wren"]).code_word == "wren lantern"


def test_she_cannot_change_the_sealed_columns_of_a_record_she_may_not_open(service) -> None:
    db, profile, people, women, _rows, _incidents = service
    with psycopg.connect(db.conninfo(*people["ann"])) as conn, \
            pytest.raises(errors.InsufficientPrivilege):
        conn.execute("UPDATE resident SET code_word = 'mine now' WHERE id = %s",
                     (women["wren"],))
    with ServerVault.unlock(profile, *people["ann"]) as her:
        with her.transaction() as session:
            session.get(Resident, women["rosa"]).code_word = "new lantern"
        with her.session() as session:
            assert session.get(Resident, women["rosa"]).code_word == "new lantern"
        # Her other columns stay hers to change, as on the card (a name put right).
        with her.transaction() as session:
            session.get(Resident, women["wren"]).known_as = "Wrennie"
    with ServerVault.unlock(profile, db.admin, db.admin_password) as server, \
            server.session() as session:
        wren = session.get(Resident, women["wren"])
        assert (wren.code_word, wren.known_as) == ("wren lantern", "Wrennie")


def test_open_anyway_is_the_servers_reason_and_audit_event_together(service) -> None:
    db, profile, people, women, _rows, _incidents = service
    with psycopg.connect(db.conninfo(*people["ann"])) as conn:
        ann_id = conn.execute("SELECT id FROM staff_member WHERE username = %s",
                              (people["ann"][0],)).fetchone()[0]
        # Directly, even under her own name: refused (no one may INSERT a reason).
        with pytest.raises(errors.InsufficientPrivilege), conn.transaction():
            conn.execute("INSERT INTO access_reason (staff_id, resident_id, reason, at) "
                         "VALUES (%s, %s, 'rd1:x', '2026-12-01T00:00:00+00:00')",
                         (ann_id, women["wren"]))
        # Through the function, a reason in clear is refused: it must arrive sealed.
        with pytest.raises(errors.CheckViolation), conn.transaction():
            conn.execute("SELECT refugedesk_open_anyway(%s, 'in clear')", (women["wren"],))
        assert conn.execute("SELECT count(*) FROM goal").fetchone()[0] == 1  # Rosa's only
    reason = f"On call tonight, she rang in distress {secrets.token_hex(2)}"
    with ServerVault.unlock(profile, *people["ann"]) as her:
        opened = need_to_know.open_anyway(cast(Vault, her), women["wren"], reason=reason)
        assert opened.reference == "R-0002"
        with her.session() as session:
            assert session.get(Resident, women["wren"]).code_word == "wren lantern"
    with psycopg.connect(db.conninfo(*people["ann"])) as conn:
        assert conn.execute("SELECT count(*) FROM goal").fetchone()[0] == 2
    # The reason and the event, under her name, and the chain verifies.
    with ServerVault.unlock(profile, people["meg"][0], PASSWORD) as server:
        with server.session() as session:
            kept = session.scalars(select(AccessReason)).one()
            event = session.scalars(select(AuditEvent).where(
                AuditEvent.kind == "record_opened_anyway")).one()
            assert audit.verify(session).ok
            assert (kept.staff_id, kept.resident_id, kept.reason) == (
                ann_id, women["wren"], reason)
            assert (event.actor_id, event.actor, event.record_type, event.record_id,
                    event.detail) == (ann_id, people["ann"][0], "resident", women["wren"],
                                      f"reason={kept.id}")
            assert reason not in event.detail
            # Managers' view of the reasons (Today) keeps working.
            outside = need_to_know.opened_outside(session, server.person)
        assert [(o.resident_id, o.reason) for o in outside] == [(women["wren"], reason)]
    # Another worker does not read Ann's reason (the reason is about a record, and hers).
    with psycopg.connect(db.conninfo(*people["bea"])) as conn:
        assert conn.execute("SELECT count(*) FROM access_reason").fetchone()[0] == 0
    with psycopg.connect(db.conninfo(*people["ann"])) as conn:
        assert conn.execute("SELECT count(*) FROM access_reason").fetchone()[0] == 1


def test_a_manager_still_deletes_reasons(service) -> None:
    """Forgetting a record deletes its reasons (a manager's DELETE stays)."""
    db, profile, people, women, _rows, _incidents = service
    with ServerVault.unlock(profile, *people["ann"]) as her:
        need_to_know.open_anyway(cast(Vault, her), women["wren"], reason="Covering tonight")
    with psycopg.connect(db.conninfo(*people["meg"]), autocommit=True) as conn:
        assert conn.execute("DELETE FROM access_reason WHERE resident_id = %s",
                            (women["wren"],)).rowcount == 1
