"""Who may do what, enforced by the server (issue 17).

In a file vault everyone with an account holds the whole key, so RefugeDesk's roles guard only
honest users. On a server each staff member signs in as her own PostgreSQL login role and the
server refuses what her role may not do, whatever program she connects with.

Three NOLOGIN group roles, each inside the one below, so a manager can do all a worker can and
an administrator all a manager can (the domain's `Person.is_manager_or_admin`):

    refugedesk_worker  <-  refugedesk_manager  <-  refugedesk_admin

Their GRANTs follow the rules the domain enforces today (`NotAllowed` across refugedesk/):
`GRANTS` below gives each table's privileges per group and why. What the server cannot say
with table grants (a worker's late stay correction) stays the domain's check; need-to-know by
house is row-level security and column grants (need_to_know.py).

The schema belongs to a separate owner role (the one create_schema runs as), never to staff: an
owner may drop triggers and alter tables, and no staff role is one. Staff logins are made and
changed only through two SECURITY DEFINER functions (`refugedesk_add_staff`,
`refugedesk_set_staff`) that only administrators may execute and that check their caller
again, so a staff_member row and its login role cannot drift apart.

Setting up happens in two steps because PostgreSQL roles belong to the whole server while
grants belong to one database:

1. `create_group_roles(conn, owner)`, as a superuser or a role with CREATEROLE (what `server
   init` will run as): the three groups if missing, and the owner allowed to hand them out
   (ADMIN OPTION; PostgreSQL 16 and newer require it of a CREATEROLE role).
2. `grant_privileges(conn)`, as the owner, in the transaction that ran create_schema and
   audit_chain.install: the grants and the staff functions.
"""

from __future__ import annotations

from sqlalchemy import Connection

from refugedesk.db.models import Base
from refugedesk.db.models.enums import Role
from refugedesk.server.audit_chain import NOW_TEXT, execute_script

WORKER, MANAGER, ADMIN = "refugedesk_worker", "refugedesk_manager", "refugedesk_admin"
GROUPS = (WORKER, MANAGER, ADMIN)

#: The group each of the app's roles signs in through.
GROUP_OF_ROLE = {Role.SUPPORT_WORKER.value: WORKER, Role.MANAGER.value: MANAGER,
                 Role.ADMINISTRATOR.value: ADMIN}

READ = "SELECT"
CASEWORK = "SELECT, INSERT, UPDATE"
CASEWORK_DELETE = "SELECT, INSERT, UPDATE, DELETE"
APPEND = "SELECT, INSERT"

#: table -> ((group, privileges), ...), and why. A group not named gets what the group below
#: it has (membership); one named gets that on top. Every table is listed (a test checks), so a
#: new table cannot arrive without someone deciding who may write it.
GRANTS: dict[str, tuple[tuple[tuple[str, str], ...], str]] = {
    # --- who works here, and the trail of what they did -------------------------------------
    "staff_member": (((WORKER, READ),),
                     "Names and roles are shown everywhere; every change goes through "
                     "refugedesk_add_staff / refugedesk_set_staff (administrators only), which "
                     "keep the row and the login role together."),
    "staff_roster": (((WORKER, READ),),
                     "Read at sign-in to check who may do what (db/trust.py); written only when "
                     "an administrator signs a roster, which on a server will be a function "
                     "too: no staff role writes it directly."),
    "audit_event": (((WORKER, APPEND),),
                    "Every action appends an event; sign-in reads the trail (db/trust.py), "
                    "managers read it in the audit view. Never UPDATE, DELETE or TRUNCATE: "
                    "the trail must show what happened, and its chain is the server's "
                    "(audit_chain.py)."),
    "refugedesk_audit_head": ((),
                              "The chain's head: written by the chain trigger (SECURITY "
                              "DEFINER) alone, read through the sqlite_sequence view."),
    "alembic_version": (((WORKER, READ),),
                        "The app reads the schema's revision when it opens; migrations run "
                        "as the owner."),
    "organisation": (((WORKER, READ), (ADMIN, "UPDATE")),
                     "Its settings (idle lock, privacy notice, retention schedule, service "
                     "rules) are administrators' (access.set_idle_lock, privacy_notice, "
                     "retention, service_rules); everyone reads them."),
    "reference_counter": (((WORKER, CASEWORK),),
                          "Household references are issued during case work (counted up, "
                          "never deleted)."),
    "staff_house": (((WORKER, READ), (ADMIN, "INSERT, DELETE")),
                    "Need-to-know: only administrators set the houses a staff member works "
                    "in (need_to_know.set_houses replaces them: delete, then insert)."),
    "access_reason": (((WORKER, READ), (MANAGER, "UPDATE, DELETE")),
                      "A worker outside a house records why she opened a record only through "
                      "refugedesk_open_anyway, which writes the reason and its audit event "
                      "together (need_to_know.py): no one may INSERT one directly. Kept, and "
                      "blanked or removed only when a resident is forgotten (manager, "
                      "erasure)."),
    # --- houses and rooms: managers' (houses._require_manager) ------------------------------
    "house": (((WORKER, READ), (MANAGER, "INSERT, UPDATE")),
              "Only a manager or an administrator changes houses and rooms."),
    "room": (((WORKER, READ), (MANAGER, "INSERT, UPDATE")),
             "Only a manager or an administrator changes houses and rooms."),
    "room_closure": (((WORKER, CASEWORK_DELETE),),
                     "Day to day any worker takes a room out of use (a deep clean, a repair) "
                     "and puts it back; a closure that had not started is removed "
                     "(houses.close_room, reopen_room)."),
    # --- sent handovers, addenda, saved review versions: kept as they were ------------------
    "handover": (((WORKER, CASEWORK),),
                 "Workers write and send handovers and acknowledge them (UPDATE: the triggers "
                 "refuse any change to a sent one). No DELETE: nothing in the app deletes a "
                 "handover, and a sent one must stay."),
    "handover_addendum": (((WORKER, APPEND), (MANAGER, "UPDATE")),
                          "An addendum is added to a sent handover, never changed or deleted; "
                          "forgetting a resident takes her names out of it (a manager, in a "
                          "transaction refugedesk_lift_guards registered: forgetting.py)."),
    "review_version": (((WORKER, APPEND), (MANAGER, "UPDATE, DELETE")),
                       "A saved review version is never changed or deleted, except by "
                       "forgetting her (a manager, in a transaction refugedesk_lift_guards "
                       "registered and audited: server/forgetting.py)."),
    # --- the rights of the people in our records: managers decide (erasure, retention) ------
    "erasure_request": (((WORKER, READ), (MANAGER, "INSERT, UPDATE")),
                        "Erasure is a manager's decision (erasure.py)."),
    "retention_decision": (((WORKER, READ), (MANAGER, "INSERT, UPDATE")),
                           "Retention decisions are managers' (retention.py)."),
    "subject_access": (((WORKER, CASEWORK),),
                       "Anyone records a request; releasing it is a manager's (subject_access."
                       "can_release), a rule on a column value that stays the domain's."),
}

#: Case work that workers do, including deleting what the app lets them delete: drafts
#: (drafts.py, intake.py), the on-call rota (oncall.py), a resident's search terms when her
#: name changes (resident_search.py) and a child recorded in error (residents.py).
WORKER_DELETES = {"form_draft", "intake_draft", "on_call", "resident_search_term", "child"}

#: The rest of the case record: workers read and write it; deleting is forgetting a resident
#: (forgetting.py, erasure: managers), and a stay or an offer is never deleted but corrected.
CASE_TABLES_WITHOUT_DELETE = {"stay", "stay_correction", "reservation", "sign_out",
                              "whereabouts_step", "referral", "referral_out"}

CASE_REASON = ("Case work: workers read and write it (their finer rules, such as a late stay "
               "correction, stay the domain's); deleting is forgetting a resident, a manager's "
               "decision (forgetting.py via erasure.py).")


def table_grants() -> dict[str, tuple[tuple[tuple[str, str], ...], str]]:
    """Every table's grants: GRANTS, and the case tables' default for the rest."""
    every = dict(GRANTS)
    for table in Base.metadata.tables:
        if table in every:
            continue
        if table in WORKER_DELETES:
            every[table] = (((WORKER, CASEWORK_DELETE),),
                            "Case work; the app lets a worker delete these (see WORKER_DELETES).")
        elif table in CASE_TABLES_WITHOUT_DELETE:
            every[table] = (((WORKER, CASEWORK),),
                            "Case work; a stay, an offer, a referral or a sign-out is corrected, "
                            "never deleted (forgetting a referral is a manager's).")
            if table in ("reservation", "referral", "sign_out", "whereabouts_step",
                         "referral_out"):
                every[table] = (((WORKER, CASEWORK), (MANAGER, "DELETE")), CASE_REASON)
        else:
            every[table] = (((WORKER, CASEWORK), (MANAGER, "DELETE")), CASE_REASON)
    return every


# --- the staff functions ----------------------------------------------------------------------
# SECURITY DEFINER: they run as the owner, who may create roles; staff roles may not. A fixed
# search_path, so a caller cannot put her own objects in front of ours. Each checks that the
# person who signed in (session_user: inside the function current_user is the owner) is an
# administrator, besides EXECUTE being granted to refugedesk_admin only. A password arrives
# only as a SCRAM-SHA-256 verifier (libpq's PQencryptPasswordConn, psycopg's
# pgconn.encrypt_password): the clear password never reaches the server or its logs.
def admin_only(refusal: str) -> str:
    """The plpgsql that refuses, with `refusal`, anyone but an administrator: a member of the
    administrators' group whose staff row, if she has one, is an active administrator's (a
    switched-off one is in no group, and her open connection is refused too); set-up's own
    role is no staff member."""
    return f"""
    IF NOT pg_has_role(session_user, '{ADMIN}', 'MEMBER')
       OR EXISTS (SELECT 1 FROM staff_member WHERE username = session_user
                   AND NOT (active AND role = 'administrator')) THEN
        RAISE EXCEPTION '{refusal}' USING ERRCODE = 'insufficient_privilege';
    END IF;
"""


_CHECKS = admin_only("only an administrator can change staff")

_GROUP_CASE = " ".join(f"WHEN '{role}' THEN '{group}'" for role, group in GROUP_OF_ROLE.items())

STAFF_FUNCTIONS = [
    f"""
CREATE FUNCTION refugedesk_add_staff(p_username text, p_display_name text, p_role text,
                                     p_scram_verifier text) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    grp text := CASE p_role {_GROUP_CASE} END;
    new_id integer;
    by_id integer;
BEGIN
    {_CHECKS}
    IF grp IS NULL THEN
        RAISE EXCEPTION 'unknown role %', p_role USING ERRCODE = 'invalid_parameter_value';
    END IF;
    -- staff.check_username's rule, and at most 63 characters (PostgreSQL's longest name);
    -- never a name of PostgreSQL's or of RefugeDesk's own roles.
    IF p_username !~ '^[a-z][a-z0-9._-]{{1,62}}$' OR p_username LIKE 'pg\\_%'
       OR p_username LIKE 'refugedesk\\_%' THEN
        RAISE EXCEPTION 'not a username RefugeDesk accepts: %', p_username
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_scram_verifier NOT LIKE 'SCRAM-SHA-256$%' THEN
        RAISE EXCEPTION 'the password must arrive as a SCRAM-SHA-256 verifier'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    SELECT id INTO by_id FROM staff_member WHERE username = session_user;
    EXECUTE format('CREATE ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION '
                   'NOBYPASSRLS INHERIT PASSWORD %L IN ROLE %I',
                   p_username, p_scram_verifier, grp);
    INSERT INTO staff_member (username, display_name, role, active, language, created_at,
                              updated_at, created_by_id, updated_by_id)
    VALUES (p_username, p_display_name, p_role, true, 'en', {NOW_TEXT}, {NOW_TEXT},
            by_id, by_id)
    RETURNING id INTO new_id;
    INSERT INTO audit_event (actor_id, actor, kind, record_type, record_id, detail, prev_hash,
                             hash)
    VALUES (by_id, left(session_user, 64), 'staff_added', 'staff_member', new_id, p_role, '',
            '');
    RETURN new_id;
END $$""",
    f"""
CREATE FUNCTION refugedesk_set_staff(p_username text, p_role text, p_active boolean)
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    grp text := CASE p_role {_GROUP_CASE} END;
    member record;
    by_id integer;
    g text;
BEGIN
    {_CHECKS}
    IF grp IS NULL THEN
        RAISE EXCEPTION 'unknown role %', p_role USING ERRCODE = 'invalid_parameter_value';
    END IF;
    -- Only a staff member's own login: never the owner, a superuser or another program's role.
    SELECT s.id, s.role, s.active INTO member FROM staff_member s
      JOIN pg_roles r ON r.rolname = s.username
     WHERE s.username = p_username AND NOT r.rolsuper;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no staff login %', p_username USING ERRCODE = 'undefined_object';
    END IF;
    -- staff.py's rule: the service always keeps an active administrator.
    IF member.role = 'administrator' AND member.active
       AND (p_role <> 'administrator' OR NOT p_active)
       AND (SELECT count(*) FROM staff_member
             WHERE role = 'administrator' AND active) <= 1 THEN
        RAISE EXCEPTION 'the last active administrator cannot be changed or switched off'
            USING ERRCODE = 'check_violation';
    END IF;
    SELECT id INTO by_id FROM staff_member WHERE username = session_user;
    FOREACH g IN ARRAY ARRAY['{WORKER}', '{MANAGER}', '{ADMIN}'] LOOP
        IF g <> grp OR NOT p_active THEN
            EXECUTE format('REVOKE %I FROM %I', g, p_username);
        END IF;
    END LOOP;
    -- Switched off, she is in no group: a connection she still has open loses every right
    -- at once (NOLOGIN below only stops new ones).
    IF p_active THEN
        EXECUTE format('GRANT %I TO %I', grp, p_username);
    END IF;
    -- Switched off: she can no longer sign in (a session already open ends when she closes
    -- it; the owner is not allowed to end other people's sessions).
    EXECUTE format('ALTER ROLE %I %s', p_username, CASE WHEN p_active THEN 'LOGIN'
                                                      ELSE 'NOLOGIN' END);
    UPDATE staff_member SET role = p_role, active = p_active, updated_by_id = by_id,
           updated_at = {NOW_TEXT}
     WHERE id = member.id;
    INSERT INTO audit_event (actor_id, actor, kind, record_type, record_id, detail, prev_hash,
                             hash)
    VALUES (by_id, left(session_user, 64),
            CASE WHEN p_active THEN 'staff_changed' ELSE 'staff_switched_off' END,
            'staff_member', member.id, p_role, '', '');
END $$""",
    f"""
CREATE FUNCTION refugedesk_set_password(p_username text, p_scram_verifier text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    member_id integer;
    by_id integer;
BEGIN
    {_CHECKS}
    -- A new password an administrator sets for a colleague who forgot hers (her own she
    -- changes with ALTER ROLE CURRENT_USER, which PostgreSQL allows everyone).
    SELECT s.id INTO member_id FROM staff_member s
      JOIN pg_roles r ON r.rolname = s.username
     WHERE s.username = p_username AND NOT r.rolsuper;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no staff login %', p_username USING ERRCODE = 'undefined_object';
    END IF;
    IF p_scram_verifier NOT LIKE 'SCRAM-SHA-256$%' THEN
        RAISE EXCEPTION 'the password must arrive as a SCRAM-SHA-256 verifier'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    EXECUTE format('ALTER ROLE %I PASSWORD %L', p_username, p_scram_verifier);
    SELECT id INTO by_id FROM staff_member WHERE username = session_user;
    INSERT INTO audit_event (actor_id, actor, kind, record_type, record_id, detail, prev_hash,
                             hash)
    VALUES (by_id, left(session_user, 64), 'password_reset', 'staff_member', member_id, '',
            '', '');
END $$""",
]

STAFF_FUNCTION_SIGNATURES = ("refugedesk_add_staff(text, text, text, text)",
                             "refugedesk_set_staff(text, text, boolean)",
                             "refugedesk_set_password(text, text)")

#: What each staff member may change of her own row, and nothing else of it: her language.
OWN_FUNCTIONS = [f"""
CREATE FUNCTION refugedesk_set_my_language(p_code text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF p_code NOT IN ('en', 'cy') THEN
        RAISE EXCEPTION 'not a language RefugeDesk speaks: %', p_code
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    UPDATE staff_member SET language = p_code, updated_at = {NOW_TEXT},
           updated_by_id = id
     WHERE username = session_user AND active;
END $$"""]
OWN_FUNCTION_SIGNATURES = ("refugedesk_set_my_language(text)",)


def create_group_roles(conn: Connection, owner: str) -> None:
    """The three group roles, if the server does not have them yet, and `owner` allowed to
    hand them out. Run as a superuser or a role with CREATEROLE, once per server (roles are
    the whole server's, not one database's)."""
    for group in GROUPS:
        exists = conn.exec_driver_sql(
            "SELECT 1 FROM pg_roles WHERE rolname = %s", (group,)).first()
        if not exists:
            conn.exec_driver_sql(f'CREATE ROLE "{group}" NOLOGIN')
    conn.exec_driver_sql(f'GRANT "{WORKER}" TO "{MANAGER}"')
    conn.exec_driver_sql(f'GRANT "{MANAGER}" TO "{ADMIN}"')
    for group in GROUPS:
        conn.exec_driver_sql(f'GRANT "{group}" TO "{owner}" WITH ADMIN OPTION')


#: Every service's schema owner is named so (setup.owner_role).
OWNER_PREFIX = "refugedesk_owner_"


def other_services(conn: Connection, owner: str) -> list[str]:
    """The databases on this server set up for another RefugeDesk service: owned by a
    service owner role that is not `owner`. The group roles are the whole server's, so one
    service's staff logins would reach another's database: one service per server."""
    return [str(name) for (name,) in conn.exec_driver_sql(
        "SELECT d.datname FROM pg_database d JOIN pg_roles r ON r.oid = d.datdba "
        "WHERE starts_with(r.rolname, %s) AND r.rolname <> %s ORDER BY d.datname",
        (OWNER_PREFIX, owner))]


def grant_privileges(conn: Connection) -> None:
    """The groups' privileges on this database and the staff functions, in the caller's
    transaction, run as the schema's owner after create_schema and audit_chain.install."""
    db = conn.exec_driver_sql("SELECT current_database()").scalar_one()
    # Nobody but RefugeDesk's staff connects, and nobody makes temporary tables: PostgreSQL
    # looks in a session's temporary schema first, before a search_path that does not name
    # it, so a temporary `staff_member` of her own could answer refugedesk_may_open for her.
    # (Every RefugeDesk function also names pg_temp last in its search_path; refugedesk check
    # reports TEMPORARY or CREATE on the database given to anyone.)
    conn.exec_driver_sql(f'REVOKE ALL ON DATABASE "{db}" FROM PUBLIC')
    conn.exec_driver_sql(f'GRANT CONNECT ON DATABASE "{db}" TO "{WORKER}"')
    # PostgreSQL before 15 lets everyone create objects in public.
    conn.exec_driver_sql("REVOKE CREATE ON SCHEMA public FROM PUBLIC")
    for table, (grants, _why) in table_grants().items():
        conn.exec_driver_sql(f'REVOKE ALL ON "{table}" FROM PUBLIC')
        for group, privileges in grants:
            conn.exec_driver_sql(f'GRANT {privileges} ON "{table}" TO "{group}"')
    # audit.verify reads it (audit_chain.py).
    conn.exec_driver_sql(f'GRANT SELECT ON sqlite_sequence TO "{WORKER}"')
    # Inserting into a table whose id is a serial needs its sequence (audit_event's id is the
    # chain's and has no default).
    conn.exec_driver_sql(f'GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO "{WORKER}"')
    for sql in STAFF_FUNCTIONS:
        execute_script(conn, sql)
    for signature in STAFF_FUNCTION_SIGNATURES:
        # Functions are executable by PUBLIC unless revoked.
        conn.exec_driver_sql(f"REVOKE ALL ON FUNCTION {signature} FROM PUBLIC")
        conn.exec_driver_sql(f'GRANT EXECUTE ON FUNCTION {signature} TO "{ADMIN}"')
    for sql in OWN_FUNCTIONS:
        execute_script(conn, sql)
    for signature in OWN_FUNCTION_SIGNATURES:
        conn.exec_driver_sql(f"REVOKE ALL ON FUNCTION {signature} FROM PUBLIC")
        conn.exec_driver_sql(f'GRANT EXECUTE ON FUNCTION {signature} TO "{WORKER}"')
