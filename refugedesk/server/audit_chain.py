"""The audit trail's hash chain, computed by the server itself (issue 17).

In a file vault `refugedesk.audit.record` reads the newest event's hash and chains the new
event to it, under SQLite's single write lock. On a server every client is a different
program: a client that computed its own chain could forge it (any `prev_hash`, any `hash`, any
`at`) or fork it (two offices reading the same newest event at once). So here a BEFORE INSERT
trigger on audit_event fills in every field the chain depends on and ignores what the client
sent for them:

- `id`: the next number after the chain head's, not the column's sequence. A sequence is not
  transactional, so a rolled-back event would leave a gap in the ids that `audit.verify` must
  report as a deletion; the head row is rolled back with the event.
- `actor_id` and `actor`: the staff member signed in (`session_user`), whatever the client
  sent, so an event cannot be written under a colleague's name. An event the app records as
  the system's keeps the actor "system" but carries her id. Sessions that are not staff (the
  schema's owner at set-up) are not changed.
- `at`: the server's clock, in exactly the text `UTCDateTime` stores (UTC, microseconds,
  "+00:00"), so a client cannot back-date an event and `audit.digest` re-renders it unchanged.
- `prev_hash` and `hash`: `audit.digest`'s scheme, byte for byte: SHA-256 of the compact JSON
  array [prev_hash, at, actor_id, actor, kind, record_type, record_id, detail]
  (`json.dumps(..., separators=(",", ":"), ensure_ascii=False)`). PostgreSQL's `to_json(text)`
  escapes a string as Python's json does with ensure_ascii=False (", \\, \\b \\f \\n \\r \\t,
  other control characters as lowercase \\u00xx, everything else as UTF-8), integers are
  their decimal text and NULL is `null`; so `audit.verify` accepts the server's chain as it is.

Serialised: the trigger locks the one-row table `refugedesk_audit_head` (FOR UPDATE) until
the inserting transaction ends, so two clients cannot both chain to the same event. That also
means audit-writing transactions take turns at the head, as they do in a file vault.

`refugedesk_audit_head.last_id` plays the part of SQLite's `sqlite_sequence` for
`audit.verify`: if the newest events were cut off, the head is ahead of the last id. A view
named `sqlite_sequence` shows it under the name and columns audit.verify reads, so the domain's
own verification runs unchanged on a server (as json_valid() in schema.py answers as SQLite's).

Nobody's UPDATE, DELETE or TRUNCATE reaches the table: staff roles are not granted them
(roles.py), and triggers refuse them even for the schema's owner.
"""

from __future__ import annotations

from sqlalchemy import Connection

from refugedesk.audit import GENESIS

#: The server's clock as the text UTCDateTime stores (UTC, microseconds, "+00:00"), so Python
#: reads back, and re-renders for audit.digest, exactly what the server hashed.
NOW_TEXT = """to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"+00:00"')"""

#: The one-row head of the chain: the newest event's id and hash. CHECK (one) keeps it one row.
HEAD_TABLE = f"""
CREATE TABLE IF NOT EXISTS refugedesk_audit_head (
    one boolean PRIMARY KEY DEFAULT true CHECK (one),
    last_id integer NOT NULL,
    last_hash varchar(64) NOT NULL
);
INSERT INTO refugedesk_audit_head (last_id, last_hash) VALUES (0, '{GENESIS}')
    ON CONFLICT DO NOTHING;
"""

# SECURITY DEFINER because staff roles may not write the head row (they could move the chain
# on); a fixed search_path so a caller cannot slip her own `sha256` or table in front of ours.
CHAIN_FUNCTION = r"""
CREATE FUNCTION refugedesk_audit_chain() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    head record;
    me record;
BEGIN
    -- Who acted is the login that is signed in, not what the client says: a staff member
    -- cannot write an event under a colleague's name. An event the app records as the
    -- system's (an offer lapsing by rule) stays "system", with her id: it ran as her.
    SELECT id, username INTO me FROM public.staff_member WHERE username = session_user;
    IF FOUND THEN
        NEW.actor_id := me.id;
        IF NEW.actor IS DISTINCT FROM 'system' THEN
            NEW.actor := me.username;
        END IF;
    END IF;
    SELECT last_id, last_hash INTO STRICT head FROM public.refugedesk_audit_head FOR UPDATE;
    NEW.id := head.last_id + 1;
    NEW.prev_hash := head.last_hash;
    NEW.at := """ + NOW_TEXT + r""";
    NEW.hash := encode(sha256(convert_to(
        '[' || to_json(NEW.prev_hash)::text
        || ',' || to_json(NEW.at)::text
        || ',' || coalesce(NEW.actor_id::text, 'null')
        || ',' || coalesce(to_json(NEW.actor)::text, 'null')
        || ',' || coalesce(to_json(NEW.kind)::text, 'null')
        || ',' || coalesce(to_json(NEW.record_type)::text, 'null')
        || ',' || coalesce(NEW.record_id::text, 'null')
        || ',' || coalesce(to_json(NEW.detail)::text, 'null')
        || ']', 'UTF8')), 'hex');
    UPDATE public.refugedesk_audit_head SET last_id = NEW.id, last_hash = NEW.hash;
    RETURN NEW;
END $$;
REVOKE ALL ON FUNCTION refugedesk_audit_chain() FROM PUBLIC;
"""

#: Made once, when the schema is: the head and its first row, and audit_event's id given up
#: to the chain.
TABLES = [
    HEAD_TABLE,
    # The id comes from the head only: without a default, nothing spends sequence numbers.
    "ALTER TABLE audit_event ALTER COLUMN id DROP DEFAULT",
]

#: Made again after every migration (install.install_rules).
STATEMENTS = [
    CHAIN_FUNCTION,
    """CREATE TRIGGER audit_event_chained BEFORE INSERT ON audit_event
       FOR EACH ROW EXECUTE FUNCTION refugedesk_audit_chain()""",
    # refugedesk_refuse() is schema.py's: a refusal is an IntegrityError, as for handovers.
    """CREATE TRIGGER audit_event_unchanged BEFORE UPDATE OR DELETE ON audit_event
       FOR EACH ROW EXECUTE FUNCTION refugedesk_refuse(
           'audit events cannot be changed or deleted')""",
    """CREATE TRIGGER audit_event_not_truncated BEFORE TRUNCATE ON audit_event
       FOR EACH STATEMENT EXECUTE FUNCTION refugedesk_refuse(
           'audit events cannot be truncated')""",
    """CREATE TRIGGER audit_head_not_truncated BEFORE TRUNCATE ON refugedesk_audit_head
       FOR EACH STATEMENT EXECUTE FUNCTION refugedesk_refuse(
           'the audit head cannot be truncated')""",
    # What audit.verify reads to notice the newest events cut off (see the module's doc).
    """CREATE VIEW sqlite_sequence AS
       SELECT 'audit_event'::text AS name, last_id AS seq FROM refugedesk_audit_head""",
]


#: How long a connection may sit in an open transaction doing nothing before the server ends
#: it. Every write that records an event holds the chain's head until it commits, so a
#: laptop closed or a network cut in the middle of a save would otherwise hold up every other
#: office's saves until TCP gave up. The app's transactions take well under a second. (A
#: connection may SET it longer for itself: this guards against accidents, not a hostile
#: insider, whose held lock the server's administrator sees in pg_stat_activity.)
IDLE_IN_TRANSACTION = "1min"


def make_tables(conn: Connection) -> None:
    """The chain's head, in the caller's transaction, on a database create_schema has just
    made (before any event is written)."""
    for sql in TABLES:
        execute_script(conn, sql)


def install(conn: Connection) -> None:
    """Make the server the only computer of the audit chain, in the caller's transaction,
    after make_tables."""
    for sql in STATEMENTS:
        execute_script(conn, sql)
    database = conn.exec_driver_sql("SELECT current_database()").scalar_one()
    execute_script(conn, 'ALTER DATABASE "' + database.replace('"', '""') + '" SET '
                         f"idle_in_transaction_session_timeout = '{IDLE_IN_TRANSACTION}'")


def execute_script(conn: Connection, sql: str) -> None:
    """Run SQL as written, in the connection's transaction: text() would read its colons
    (times, ::casts) as bind parameters and exec_driver_sql its % signs (format('%I'), LIKE) as
    placeholders; a DB-API cursor given no parameters reads neither."""
    cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute(sql)
    finally:
        cursor.close()
