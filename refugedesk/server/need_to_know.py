"""Need-to-know on a server: row-level security, so a worker's own login reads only the records
she may open, whatever program she connects with (issue 17).

In the app the rule is refugedesk/need_to_know.py's `may_open`: managers and administrators
see every record in full; so does a support worker with no houses set; a worker with houses
sees the women whose stay now (or last stay) is in one of her houses, the women she is key
worker for, a record she started that has no stay yet, and (after "Open anyway", with a
reason kept for managers) the record she opened so. `refugedesk_may_open(resident)` is the same
rule in SQL, and a policy on each table of the record proper holds every staff login to it:
reading, adding, changing and deleting.

What stays readable to every worker, as in the app's minimal card: the resident row itself
(name, reference, key worker, risk level for the board), her stays (the board), and the
search words. Which tables are guarded, and why those, is `GUARDED`.
"""

from __future__ import annotations

from sqlalchemy import Connection

from refugedesk.server.audit_chain import execute_script
from refugedesk.server.roles import WORKER

#: The tables of her record proper: what happened to her, who hurt her, her children, her
#: consents, her plan and its work, her reviews. Each has the resident's id in `resident_id`.
GUARDED = ("abuser", "court_order", "child", "consent", "contact", "risk_assessment",
           "marac_referral", "needs_assessment", "support_plan", "review", "referral_out",
           "incident_resident", "programme_enrolment", "attendance")

MAY_OPEN = """
CREATE FUNCTION refugedesk_may_open(p_resident integer) RETURNS boolean
LANGUAGE sql STABLE SET search_path = pg_catalog, public AS $$
    WITH me AS (SELECT id, role FROM staff_member WHERE username = session_user AND active),
    last_stay AS (
        -- need_to_know._last_house: her stay tonight, else her last stay (arrived by
        -- today, not recorded in error), latest arrival first.
        SELECT room.house_id FROM stay JOIN room ON room.id = stay.room_id
         WHERE stay.resident_id = p_resident AND stay.arrived_on <= current_date
           AND (stay.departure_reason IS NULL OR stay.departure_reason <> 'recorded_in_error')
         ORDER BY (stay.left_on IS NULL OR stay.left_on > current_date) DESC,
                  stay.arrived_on DESC, stay.id DESC
         LIMIT 1)
    SELECT EXISTS (SELECT 1 FROM me WHERE me.role IN ('manager', 'administrator'))
        OR EXISTS (SELECT 1 FROM me WHERE NOT EXISTS (
                       SELECT 1 FROM staff_house WHERE staff_house.staff_id = me.id))
        OR EXISTS (SELECT 1 FROM me JOIN resident r ON r.id = p_resident
                    WHERE r.key_worker_id = me.id)
        OR EXISTS (SELECT 1 FROM me JOIN staff_house sh ON sh.staff_id = me.id
                    JOIN last_stay ON last_stay.house_id = sh.house_id)
        OR (NOT EXISTS (SELECT 1 FROM last_stay)
            AND EXISTS (SELECT 1 FROM me JOIN resident r ON r.id = p_resident
                         WHERE r.created_by_id = me.id))
        OR EXISTS (SELECT 1 FROM me JOIN access_reason a ON a.staff_id = me.id
                    WHERE a.resident_id = p_resident)
$$"""


#: What the rule itself reads must not be hers to bend: a worker may not make herself a
#: woman's key worker or the one who started her record unless she may open it already
#: (a manager may), and a reason for "Open anyway" is recorded only under her own name.
GUARDS = [
    """
CREATE FUNCTION refugedesk_rule_kept() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
BEGIN
    IF (NEW.key_worker_id IS DISTINCT FROM OLD.key_worker_id
        OR NEW.created_by_id IS DISTINCT FROM OLD.created_by_id)
       AND NOT pg_has_role(session_user, 'refugedesk_manager', 'MEMBER')
       AND NOT (SELECT rolsuper FROM pg_roles WHERE rolname = session_user)
       AND NOT refugedesk_may_open(OLD.id) THEN
        RAISE EXCEPTION 'need-to-know: not a record she may open'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END $$""",
    """CREATE TRIGGER resident_rule_kept BEFORE UPDATE OF key_worker_id, created_by_id
       ON resident FOR EACH ROW EXECUTE FUNCTION refugedesk_rule_kept()""",
    "ALTER TABLE access_reason ENABLE ROW LEVEL SECURITY",
    f"""CREATE POLICY read_reasons ON access_reason FOR SELECT TO "{WORKER}" USING (true)""",
    f"""CREATE POLICY own_reasons ON access_reason FOR INSERT TO "{WORKER}"
        WITH CHECK (staff_id = (SELECT id FROM staff_member WHERE username = session_user))""",
    # Managers delete reasons (forgetting a record): roles.py grants them DELETE.
    """CREATE POLICY managers_delete_reasons ON access_reason FOR DELETE
        TO "refugedesk_manager" USING (true)""",
]


def install(conn: Connection) -> None:
    """The rule and a policy on each guarded table, as the schema's owner (who, owning them,
    is not held by the policies; nor is a superuser)."""
    execute_script(conn, MAY_OPEN)
    conn.exec_driver_sql("REVOKE ALL ON FUNCTION refugedesk_may_open(integer) FROM PUBLIC")
    conn.exec_driver_sql(f'GRANT EXECUTE ON FUNCTION refugedesk_may_open(integer) TO "{WORKER}"')
    for table in GUARDED:
        conn.exec_driver_sql(f'ALTER TABLE "{table}" ENABLE ROW LEVEL SECURITY')
        conn.exec_driver_sql(
            f'CREATE POLICY need_to_know ON "{table}" FOR ALL TO "{WORKER}" '
            "USING (refugedesk_may_open(resident_id)) "
            "WITH CHECK (refugedesk_may_open(resident_id))")
    for statement in GUARDS:
        execute_script(conn, statement)
