"""Need-to-know on a server: row-level security, so a worker's own login reads only the records
she may open, whatever program she connects with (issue 17).

In the app the rule is refugedesk/need_to_know.py's `may_open`: managers and administrators
see every record in full; so does a support worker with no houses set; a worker with houses
sees the women whose stay now (or last stay) is in one of her houses, the women she is key
worker for, a record she started that has no stay yet, and (after "Open anyway", with a
reason kept for managers) the record she opened so. `refugedesk_may_open(resident)` is the same
rule in SQL, and a policy on every table that holds part of one woman's record holds every
staff login to it: reading, adding, changing and deleting. A row she may not read is simply
not there for her; a row she may not write is refused (`insufficient_privilege`).

Which tables, and how each reaches the woman (every table of models.py was gone through; a
test holds the lists to the models, so a new table cannot arrive undecided):

- `GUARDED`: the tables with her id in `resident_id` (her abuser, court orders, children,
  consents, keywork, risk, MARAC, needs, plans, reviews, referrals out, the incidents she is
  in, programmes, the long forms' unsaved work): `refugedesk_may_open(resident_id)`.
- `THROUGH_PARENT`: the rows that belong to one of those, or to one of her stays, reached
  through the parent row: saved review versions (review), her goals and plan actions (support
  plan), need scores in her words (needs assessment), which goals a contact worked on
  (contact), her sign-outs, move-on and stay corrections (stay), the steps taken while she was
  not back (sign-out, then stay). A stay not yet linked to any record (`resident_id` empty:
  stays from before records, an arrival whose intake is not done) has no record to guard, so
  what hangs from it is readable as the stay itself is (the board).
- `NULL_MEANS_NO_RECORD`: rows that may name no one yet or any more: an intake not finished
  (no record exists until it is; the list of intakes to carry on is the whole team's, as in
  the app), an erasure or subject access request carried out (it no longer names her), a
  retention decision about a referral rather than a woman.
- `incident`: shared between women. An incident is visible to a worker when it involves at
  least one woman whose record she may open, or when it involves no one (a house's own
  incident, or one being written: its links are added after it in the same transaction, and
  the row must be readable to be returned). An incident involving only women she may not
  open is not there for her. Which women it involved is `incident_resident`, guarded by
  each woman's own record: she sees the links to the women she may open and not the others,
  so the incident's list and her record's incident tab show what the app's rule allows; the
  incident's own words are shared by everyone it involved (the app keeps one text per
  incident), so a worker who may open one of them reads all of it. The test of "involves"
  reads every link (`refugedesk_incident_open`, SECURITY DEFINER), since the links a worker
  can see are filtered already and would make an incident of other women look like a
  house's own.

What stays readable to every worker, as in the app, and why:

- the resident row itself (name, reference, key worker, risk level: the board, search and
  the minimal card), but NOT its sealed columns (code word, GP, immigration status, access
  needs, times to avoid): the worker groups hold SELECT on the other columns only, and
  `refugedesk_resident_sealed(id, column)` (SECURITY DEFINER) gives the stored (sealed) text
  to a login that may open her record and an empty text to anyone else; the ORM reads those
  columns through it on a server (db/sealed.py, `Sealed.column_expression`). Writing them is
  refused unless she may open the record (`resident_sealed_kept`). Managers and
  administrators, who may open every record, keep SELECT on the whole row.
- her stays and offers (the board), the search words (the residents list finds a woman by
  her or her children's names and then shows the card), referrals in (worked by whoever is
  on duty before there is any record), the handovers and their addenda (one handover covers
  every house and is addressed to the worker on the next shift), the programmes and their
  sessions (not anyone's record), staff, houses, rooms, the rota and the audit trail (which
  names records, never what they say).

"Open anyway" on a server goes through `refugedesk_open_anyway(resident, sealed reason)`
(SECURITY DEFINER): the reason is recorded under her own name and the audit event
"record_opened_anyway" is chained in the same statement; nobody may INSERT into
`access_reason` directly (roles.py), so there is no way to widen need-to-know unaudited. A
worker reads her own reasons (the rule reads them); managers read everyone's (Today).
"""

from __future__ import annotations

from sqlalchemy import Connection

from refugedesk.db.models import Base
from refugedesk.db.sealed import Sealed
from refugedesk.server.audit_chain import NOW_TEXT, execute_script
from refugedesk.server.roles import MANAGER, WORKER

#: The tables of her record proper: what happened to her, who hurt her, her children, her
#: consents, her plan and its work, her reviews. Each has the resident's id in `resident_id`.
GUARDED = ("abuser", "court_order", "child", "consent", "contact", "risk_assessment",
           "marac_referral", "needs_assessment", "support_plan", "review", "referral_out",
           "incident_resident", "programme_enrolment", "attendance", "form_draft")


def _opens(resident: str) -> str:
    """A policy's test that the signed-in worker may open the record of `resident` (a column):
    refugedesk_may_open, asked of each row, after two quicker tests that give the same
    answers for every woman staying tonight: yes for those in her houses
    (STAYING_IN_MY_HOUSES), no for those elsewhere who are not hers by key work or a reason
    given (STAYING_ELSEWHERE)."""
    return (f"({resident} IN (SELECT refugedesk_staying_in_my_houses()) "
            f"OR ({resident} NOT IN (SELECT refugedesk_staying_elsewhere()) "
            f"AND refugedesk_may_open({resident})))")


def _stay_open(stay_id: str) -> str:
    return (f"EXISTS (SELECT 1 FROM stay s WHERE s.id = {stay_id} AND "
            f"(s.resident_id IS NULL OR {_opens('s.resident_id')}))")


def _parent_open(parent: str, key: str) -> str:
    return (f"EXISTS (SELECT 1 FROM {parent} p WHERE p.id = {key} AND "
            f"{_opens('p.resident_id')})")


#: table -> the policy's test: the rows that are part of her record through their parent.
THROUGH_PARENT = {
    "review_version": _parent_open("review", "review_version.review_id"),
    "goal": _parent_open("support_plan", "goal.plan_id"),
    "plan_action": _parent_open("support_plan", "plan_action.plan_id"),
    "need_score": _parent_open("needs_assessment", "need_score.assessment_id"),
    "contact_goal": _parent_open("contact", "contact_goal.contact_id"),
    "sign_out": _stay_open("sign_out.stay_id"),
    "move_on": _stay_open("move_on.stay_id"),
    "stay_correction": _stay_open("stay_correction.stay_id"),
    "whereabouts_step": ("EXISTS (SELECT 1 FROM sign_out o WHERE o.id = "
                         "whereabouts_step.sign_out_id AND "
                         f"{_stay_open('o.stay_id')})"),
}

#: table -> the policy's test, for rows that may name no woman (yet, or any more).
NULL_MEANS_NO_RECORD = {
    "intake_draft": f"resident_id IS NULL OR {_opens('resident_id')}",
    "erasure_request": f"resident_id IS NULL OR {_opens('resident_id')}",
    "subject_access": f"resident_id IS NULL OR {_opens('resident_id')}",
    "retention_decision": f"record_type <> 'resident' OR {_opens('record_id')}",
}

#: Shared between women: see the module's docstring.
SHARED = {"incident": "refugedesk_incident_open(id)"}

#: Readable by every worker, on purpose (the module's docstring says why). `resident` is
#: readable except its sealed columns.
OPEN_TO_ALL = ("resident", "resident_search_term", "stay", "reservation", "referral",
               "handover", "handover_addendum", "programme", "programme_session", "house",
               "room", "room_closure", "on_call", "staff_member", "staff_house",
               "staff_roster", "organisation", "reference_counter", "audit_event",
               "access_reason")

def _counts(stay: str) -> str:
    """SQL: the stay `stay` counts for need-to-know: she had arrived by today, and it was not
    recorded in error. One text for the rule and both quick sets, which must agree with it."""
    return (f"{stay}.arrived_on <= current_date AND ({stay}.departure_reason IS NULL "
            f"OR {stay}.departure_reason <> 'recorded_in_error')")


def _tonight(stay: str) -> str:
    """SQL: the stay `stay` has not ended by today (with _counts: she is staying tonight)."""
    return f"({stay}.left_on IS NULL OR {stay}.left_on > current_date)"


MAY_OPEN = f"""
CREATE FUNCTION refugedesk_may_open(p_resident integer) RETURNS boolean
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, public, pg_temp AS $$
-- plpgsql, not sql: a policy calls it once a row, and plpgsql keeps its statements' plans for
-- the session, where an sql function that cannot be inlined (it has SET) plans them afresh.
-- Three statements, not five: a worker held to houses pays for each, once a row she reads.
DECLARE
    me_id integer;
    sees_all boolean;
    her record;
    in_my_house boolean;
BEGIN
    SELECT id, role IN ('manager', 'administrator')
               OR NOT EXISTS (SELECT 1 FROM staff_house WHERE staff_id = staff_member.id)
      INTO me_id, sees_all FROM staff_member
     WHERE username = session_user AND active;
    IF NOT FOUND THEN
        RETURN false;
    END IF;
    IF sees_all THEN
        RETURN true;
    END IF;
    SELECT key_worker_id, created_by_id INTO her FROM resident WHERE id = p_resident;
    IF her.key_worker_id = me_id THEN
        RETURN true;
    END IF;
    -- need_to_know._last_house: her stay tonight, else her last stay (arrived by today, not
    -- recorded in error), latest arrival first; and whether that house is one of hers.
    SELECT EXISTS (SELECT 1 FROM staff_house WHERE staff_id = me_id
                    AND house_id = room.house_id)
      INTO in_my_house FROM stay JOIN room ON room.id = stay.room_id
     WHERE stay.resident_id = p_resident AND {_counts("stay")}
     ORDER BY {_tonight("stay")} DESC,
              stay.arrived_on DESC, stay.id DESC
     LIMIT 1;
    IF FOUND THEN
        IF in_my_house THEN
            RETURN true;
        END IF;
    ELSIF her.created_by_id = me_id THEN
        RETURN true;
    END IF;
    RETURN EXISTS (SELECT 1 FROM access_reason
                    WHERE staff_id = me_id AND resident_id = p_resident);
END $$"""

#: The women staying tonight in the houses of the worker signed in whose records she may open
#: for that stay: those for whom refugedesk_may_open's third test (her stay tonight, else her
#: last, is in one of the worker's houses) says yes on its own, and no one else, so a policy
#: may ask this before refugedesk_may_open without changing its answer (_opens).
#: A policy asks it as `resident_id IN (SELECT ...)`, which PostgreSQL works out once per
#: statement and keeps as a hash table: the records a worker reads most, those of the women in
#: her houses, cost one lookup a row instead of refugedesk_may_open's three statements (about
#: 90 us; 120 contacts counted in 10 ms before this, 0.5 ms after). Small by construction:
#: at most one woman a room in her houses.
#: The room is read by a sub-select: planned as a join, before the tables' statistics are
#: first gathered, PostgreSQL read every room once per woman.
STAYING_IN_MY_HOUSES = f"""
CREATE FUNCTION refugedesk_staying_in_my_houses() RETURNS SETOF integer
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    RETURN QUERY
    SELECT here.resident_id
      FROM (SELECT DISTINCT s.resident_id
              FROM staff_member me JOIN staff_house sh ON sh.staff_id = me.id
              JOIN room r ON r.house_id = sh.house_id JOIN stay s ON s.room_id = r.id
             WHERE me.username = session_user AND me.active AND s.resident_id IS NOT NULL
               AND {_counts("s")} AND {_tonight("s")}
           ) here
     CROSS JOIN LATERAL (
            -- refugedesk_may_open's choice of her stay, to the letter
            SELECT (SELECT r.house_id FROM room r WHERE r.id = s.room_id) AS house_id
              FROM stay s
             WHERE s.resident_id = here.resident_id AND {_counts("s")}
             ORDER BY {_tonight("s")} DESC,
                      s.arrived_on DESC, s.id DESC
             LIMIT 1) chosen
     WHERE chosen.house_id IN (SELECT sh.house_id FROM staff_member me
                                 JOIN staff_house sh ON sh.staff_id = me.id
                                WHERE me.username = session_user AND me.active);
END $$"""

#: Its counterpart: the women staying tonight whose records refugedesk_may_open would not let
#: the worker signed in open, so a policy may refuse their rows without asking it. Their stay
#: tonight (the latest arrival, then the latest made, as the rule chooses when there are two)
#: is in a house not hers, she is not their key worker, and she has given no reason to open
#: theirs. What the rule would otherwise say no to row by row in a list across every house
#: (the handover draft's actions and referrals, Today's lists) costs a lookup a row; the set
#: costs one pass over the stays of tonight (ix_stay_left_on) per statement that needs it.
#: A wrong member would refuse a record she may open, never show one she may not.
STAYING_ELSEWHERE = f"""
CREATE FUNCTION refugedesk_staying_elsewhere() RETURNS SETOF integer
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    RETURN QUERY
    SELECT tonight.resident_id
      FROM (SELECT DISTINCT ON (s.resident_id) s.resident_id, s.room_id
              FROM stay s
             WHERE s.resident_id IS NOT NULL AND {_counts("s")} AND {_tonight("s")}
             ORDER BY s.resident_id, s.arrived_on DESC, s.id DESC) tonight
      JOIN room r ON r.id = tonight.room_id
      JOIN resident her ON her.id = tonight.resident_id
      JOIN staff_member me ON me.username = session_user AND me.active
           -- held to houses: no one else is refused a record (refugedesk_sees_all)
           AND me.role NOT IN ('manager', 'administrator')
           AND EXISTS (SELECT 1 FROM staff_house held WHERE held.staff_id = me.id)
     WHERE her.key_worker_id IS DISTINCT FROM me.id
       AND NOT EXISTS (SELECT 1 FROM staff_house sh
                        WHERE sh.staff_id = me.id AND sh.house_id = r.house_id)
       AND NOT EXISTS (SELECT 1 FROM access_reason a
                        WHERE a.staff_id = me.id AND a.resident_id = tonight.resident_id);
END $$"""

#: The first two tests of refugedesk_may_open, which do not depend on the row: a manager or an
#: administrator, or a worker with no houses set, sees every record. Each policy asks this
#: first as an uncorrelated sub-select, which PostgreSQL runs once per statement (an InitPlan)
#: rather than once per row, so only a worker held to houses pays for the rule row by row
#: (measured: 120 contacts counted in 7.5 ms as the administrator before this, ~60 µs a row).
SEES_ALL = """
CREATE FUNCTION refugedesk_sees_all() RETURNS boolean
LANGUAGE sql STABLE SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT EXISTS (SELECT 1 FROM staff_member me
                    WHERE me.username = session_user AND me.active
                      AND (me.role IN ('manager', 'administrator')
                           OR NOT EXISTS (SELECT 1 FROM staff_house sh
                                           WHERE sh.staff_id = me.id)))
$$"""

#: Whether an incident is hers to see: it involves no one, or someone she may open. SECURITY
#: DEFINER so it reads every link (hers to see or not); refugedesk_may_open still judges the
#: person signed in (session_user).
INCIDENT_OPEN = """
CREATE FUNCTION refugedesk_incident_open(p_incident integer) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT NOT EXISTS (SELECT 1 FROM incident_resident WHERE incident_id = p_incident)
        OR EXISTS (SELECT 1 FROM incident_resident
                    WHERE incident_id = p_incident AND refugedesk_may_open(resident_id))
$$"""


def resident_sealed_columns() -> list[str]:
    """The sealed columns of `resident`, from the models (db/sealed.py reads them through
    `refugedesk_resident_sealed` on a server)."""
    return [c.name for c in Base.metadata.tables["resident"].columns
            if isinstance(c.type, Sealed)]


def _kept_unless_may_open(name: str, changed: str) -> str:
    """A trigger function on `resident` refusing a change (`changed`, in NEW and OLD) by
    anyone but a manager or a superuser, unless she may open that record already."""
    return f"""
CREATE FUNCTION {name}() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF ({changed})
       AND NOT pg_has_role(session_user, '{MANAGER}', 'MEMBER')
       AND NOT (SELECT rolsuper FROM pg_roles WHERE rolname = session_user)
       AND NOT refugedesk_may_open(OLD.id) THEN
        RAISE EXCEPTION 'need-to-know: not a record she may open'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END $$"""


def _resident_functions() -> list[str]:
    sealed = resident_sealed_columns()
    choose = " ".join(f"WHEN '{c}' THEN {c}" for c in sealed)
    changed = " OR ".join(f"NEW.{c} IS DISTINCT FROM OLD.{c}" for c in sealed)
    return [
        # The stored (sealed) text to whoever may open her record; to anyone else an empty
        # text, as if nothing were recorded (she is shown only the card in the app anyway).
        # A superuser (the move, a restore's check) reads it as it is.
        # plpgsql for the reason refugedesk_may_open is: it runs once per sealed column of
        # every resident row read, and its plans are kept for the session.
        f"""
CREATE FUNCTION refugedesk_resident_sealed(p_resident integer, p_column text) RETURNS text
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    v text;
BEGIN
    SELECT CASE p_column {choose} END INTO v FROM resident WHERE id = p_resident;
    IF v IS NULL OR v = '' OR refugedesk_may_open(p_resident)
       OR (SELECT rolsuper FROM pg_roles WHERE rolname = session_user) THEN
        RETURN v;
    END IF;
    RETURN '';
END $$""",
        _kept_unless_may_open("refugedesk_resident_sealed_kept", changed),
        f"""CREATE TRIGGER resident_sealed_kept BEFORE UPDATE OF {', '.join(sealed)}
            ON resident FOR EACH ROW EXECUTE FUNCTION refugedesk_resident_sealed_kept()""",
    ]


#: "Open anyway": the reason (sealed by the app, as every sealed column is) and its audit
#: event, together, under the name of the person signed in: the only way a reason is written.
OPEN_ANYWAY = f"""
CREATE FUNCTION refugedesk_open_anyway(p_resident integer, p_reason text) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    me record;
    kept integer;
BEGIN
    SELECT id, username INTO me FROM staff_member WHERE username = session_user AND active;
    IF NOT FOUND OR NOT pg_has_role(session_user, '{WORKER}', 'MEMBER') THEN
        RAISE EXCEPTION 'only a staff member can open a record anyway'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM resident WHERE id = p_resident) THEN
        RAISE EXCEPTION 'no such resident' USING ERRCODE = 'foreign_key_violation';
    END IF;
    -- The app seals the reason before it is sent (db/sealed.py): it never arrives in clear.
    IF p_reason IS NULL OR p_reason NOT LIKE 'rd1:%' THEN
        RAISE EXCEPTION 'the reason must arrive sealed' USING ERRCODE = 'check_violation';
    END IF;
    INSERT INTO access_reason (staff_id, resident_id, reason, at)
    VALUES (me.id, p_resident, p_reason, {NOW_TEXT})
    RETURNING id INTO kept;
    -- need_to_know.open_anyway's event, word for word; the chain trigger fills in the rest.
    INSERT INTO audit_event (actor_id, actor, kind, record_type, record_id, detail, prev_hash,
                             hash)
    VALUES (me.id, left(me.username, 64), 'record_opened_anyway', 'resident', p_resident,
            'reason=' || kept, '', '');
    RETURN kept;
END $$"""


#: What the rule itself reads must not be hers to bend: a worker may not make herself a
#: woman's key worker or the one who started her record unless she may open it already
#: (a manager may), and a reason for "Open anyway" is recorded only through
#: refugedesk_open_anyway, under her own name.
GUARDS = [
    _kept_unless_may_open("refugedesk_rule_kept",
                          "NEW.key_worker_id IS DISTINCT FROM OLD.key_worker_id "
                          "OR NEW.created_by_id IS DISTINCT FROM OLD.created_by_id"),
    """CREATE TRIGGER resident_rule_kept BEFORE UPDATE OF key_worker_id, created_by_id
       ON resident FOR EACH ROW EXECUTE FUNCTION refugedesk_rule_kept()""",
    "ALTER TABLE access_reason ENABLE ROW LEVEL SECURITY",
    # Her own reasons (the rule reads them); a manager reads everyone's (Today). No INSERT
    # policy: no staff group is granted INSERT (roles.py), refugedesk_open_anyway writes.
    f"""CREATE POLICY read_reasons ON access_reason FOR SELECT TO "{WORKER}"
        USING (staff_id = (SELECT id FROM staff_member WHERE username = session_user)
               OR pg_has_role(session_user, '{MANAGER}', 'MEMBER'))""",
    # Managers blank and delete reasons (forgetting a record: anonymising replaces her
    # reasons' words, erasing deletes them): roles.py grants them UPDATE and DELETE. Without
    # a policy for it, RLS would let an UPDATE through silently changing nothing.
    f"""CREATE POLICY managers_delete_reasons ON access_reason FOR DELETE
        TO "{MANAGER}" USING (true)""",
    f"""CREATE POLICY managers_blank_reasons ON access_reason FOR UPDATE
        TO "{MANAGER}" USING (true) WITH CHECK (true)""",
]


def _policy(table: str, test: str) -> list[str]:
    test = f"(SELECT refugedesk_sees_all()) OR ({test})"
    return [f'ALTER TABLE "{table}" ENABLE ROW LEVEL SECURITY',
            f'CREATE POLICY need_to_know ON "{table}" FOR ALL TO "{WORKER}" '
            f"USING ({test}) WITH CHECK ({test})"]


def policies() -> dict[str, str]:
    """Every guarded table and its policy's test."""
    every = {table: _opens("resident_id") for table in GUARDED}
    every |= THROUGH_PARENT | NULL_MEANS_NO_RECORD | SHARED
    return every


def install(conn: Connection) -> None:
    """The rule and a policy on each guarded table, as the schema's owner (who, owning them,
    is not held by the policies; nor is a superuser), after roles.grant_privileges."""
    execute_script(conn, MAY_OPEN)
    execute_script(conn, STAYING_IN_MY_HOUSES)
    execute_script(conn, STAYING_ELSEWHERE)
    execute_script(conn, SEES_ALL)
    execute_script(conn, INCIDENT_OPEN)
    for sql in _resident_functions():
        execute_script(conn, sql)
    execute_script(conn, OPEN_ANYWAY)
    for signature in ("refugedesk_may_open(integer)", "refugedesk_staying_in_my_houses()",
                      "refugedesk_staying_elsewhere()", "refugedesk_sees_all()",
                      "refugedesk_incident_open(integer)",
                      "refugedesk_resident_sealed(integer, text)",
                      "refugedesk_open_anyway(integer, text)"):
        conn.exec_driver_sql(f"REVOKE ALL ON FUNCTION {signature} FROM PUBLIC")
        conn.exec_driver_sql(f'GRANT EXECUTE ON FUNCTION {signature} TO "{WORKER}"')
    for table, test in policies().items():
        for statement in _policy(table, test):
            conn.exec_driver_sql(statement)
    # The resident row: every column but the sealed ones to every worker; the whole row to
    # managers and administrators, who may open every record. A column grant means nothing
    # beside a table grant, so the table's SELECT goes first.
    sealed = set(resident_sealed_columns())
    readable = [c.name for c in Base.metadata.tables["resident"].columns
                if c.name not in sealed]
    conn.exec_driver_sql(f'REVOKE SELECT ON resident FROM "{WORKER}"')
    conn.exec_driver_sql(
        f'GRANT SELECT ({", ".join(readable)}) ON resident TO "{WORKER}"')
    conn.exec_driver_sql(f'GRANT SELECT ON resident TO "{MANAGER}"')
    for statement in GUARDS:
        execute_script(conn, statement)
