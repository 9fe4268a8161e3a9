"""Forgetting on a server (issue 16's anonymise and erase, issue 17's server).

refugedesk/forgetting.py changes what is otherwise kept unchanged: the words of a saved review
version, the lines about her in a sent handover, her names in an addendum. In a file vault it
drops the guarding triggers for its own transaction and puts them back. On a server staff may
not drop triggers, and must not be able to: the guards there (server/schema.py,
`refugedesk_guard`) let those changes through only in a transaction registered by

    refugedesk_lift_guards()     managers and administrators (an active staff row in that
                                 role, and the managers' group); writes an audit event,
                                 "kept records opened for forgetting", in the same transaction

so a manager who calls it by hand (psql) can change a kept record, as forgetting must, but
never without the audit trail saying so, and only until that transaction ends. The grants
that forgetting needs besides (a manager's UPDATE and DELETE of review versions, UPDATE of
addenda, DELETE of referrals out) are in roles.py, held back by these guards.
"""

from __future__ import annotations

from sqlalchemy import Connection

from refugedesk.server.audit_chain import execute_script
from refugedesk.server.roles import MANAGER

TABLE = "CREATE TABLE IF NOT EXISTS refugedesk_forgetting (xact xid8 PRIMARY KEY)"

LIFT_FUNCTION = """
CREATE FUNCTION refugedesk_lift_guards() RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    me record;
BEGIN
    SELECT id, username INTO me FROM staff_member
     WHERE username = session_user AND active AND role IN ('manager', 'administrator');
    IF NOT FOUND OR NOT pg_has_role(session_user, '""" + MANAGER + """', 'MEMBER') THEN
        RAISE EXCEPTION 'only a manager or an administrator can forget a record'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    -- Registrations of transactions that have ended are useless (an xid8 is never reused):
    -- tidy them. A concurrent forgetting's row is not yet visible, so it is not touched.
    DELETE FROM refugedesk_forgetting WHERE xact <> pg_current_xact_id();
    INSERT INTO refugedesk_forgetting (xact) VALUES (pg_current_xact_id())
        ON CONFLICT DO NOTHING;
    IF FOUND THEN
        INSERT INTO audit_event (actor_id, actor, kind, detail, prev_hash, hash)
        VALUES (me.id, me.username, 'guards_lifted', '', '', '');
    END IF;
END $$"""


def make_tables(conn: Connection) -> None:
    """The table of registrations, once, as the schema's owner."""
    execute_script(conn, TABLE)


def install(conn: Connection) -> None:
    """The function and grants, as the schema's owner, after make_tables and
    roles.grant_privileges; made again after every migration."""
    conn.exec_driver_sql("REVOKE ALL ON refugedesk_forgetting FROM PUBLIC")
    execute_script(conn, LIFT_FUNCTION)
    conn.exec_driver_sql("REVOKE ALL ON FUNCTION refugedesk_lift_guards() FROM PUBLIC")
    conn.exec_driver_sql(f'GRANT EXECUTE ON FUNCTION refugedesk_lift_guards() TO "{MANAGER}"')


def lift_guards(conn: Connection) -> None:
    """Register the caller's transaction as a forgetting (see the module's doc)."""
    conn.exec_driver_sql("SELECT refugedesk_lift_guards()")
