"""RefugeDesk's schema at HEAD on an empty PostgreSQL database.

A file vault gets its schema by running the Alembic migrations 0001..HEAD, several of which
rebuild SQLite tables in batch mode. A new server database does not need that history: the
models' metadata (`Base.metadata.create_all`) already is the schema at HEAD (a test checks the
two agree), so this module creates it from them and adds what the migrations add as raw SQL,
which the metadata does not know about:

- the triggers that keep a sent handover, its addenda and saved review versions as they were
  (0004_handover.py, 0005_reviews.py), rewritten in plpgsql with the same names, columns and
  conditions; plus a TRUNCATE guard on the same tables, because on PostgreSQL TRUNCATE skips
  row triggers (SQLite has no TRUNCATE, so there the row triggers were the whole protection);
- two SQLite JSON functions the models' CHECK constraints call (`json_valid`,
  `json_array_length` of text), as PostgreSQL functions that answer as SQLite's do;
- the exclusion constraints that make a double booking impossible in the database itself
  (issue 17), which SQLite cannot express: there, capacity_rules' checks under the vault's
  single write lock do it.

Then the Alembic version table is stamped at migrate.HEAD (through the project's own env.py),
so a later migration runs on a server database exactly as on a file.

Everything runs in the caller's transaction: PostgreSQL DDL is transactional, so a failure
leaves the database empty rather than half made.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

from refugedesk.db import migrate
from refugedesk.db.models import Base, ReservationState

# --- SQLite functions the models' CHECK constraints use --------------------------------------
# handover_json, review_moments_json, consent_covers_json, intake_draft_json, form_draft_json,
# subject_access_withheld_json and risk_answers_json call json_valid(); risk_answers_json also
# json_array_length(). PostgreSQL has neither for text. SQLite's answers: json_valid('') is 0,
# and json_array_length() of valid JSON that is not an array is 0 (PostgreSQL's own
# json_array_length(json) raises instead, so ours checks the type first).
COMPAT_FUNCTIONS = [
    """CREATE FUNCTION json_valid(doc text) RETURNS boolean
       LANGUAGE plpgsql IMMUTABLE STRICT AS $$
       BEGIN
           PERFORM doc::json;
           RETURN true;
       EXCEPTION WHEN invalid_text_representation THEN
           RETURN false;
       END $$""",
    """CREATE FUNCTION json_array_length(doc text) RETURNS integer
       LANGUAGE sql IMMUTABLE STRICT AS $$
           SELECT CASE WHEN json_typeof(doc::json) = 'array'
                       THEN json_array_length(doc::json) ELSE 0 END $$""",
]

# --- the unchangeable records (0004_handover.py, 0005_reviews.py) ----------------------------
# One function raises for every guard, with the trigger's own message as its argument. The
# SQLSTATE is integrity_constraint_violation, so the app sees an IntegrityError on either
# engine (SQLite's RAISE(ABORT) is a constraint failure too). The trigger names are SQLite's,
# so forgetting.GUARDS names the same guards on both engines.
REFUSE_FUNCTION = """
CREATE FUNCTION refugedesk_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '%', TG_ARGV[0] USING ERRCODE = 'integrity_constraint_violation';
END $$"""

# What forgetting changes in the kept records (forgetting.GUARDS: a saved review version's
# words, a sent handover's lines about her, her names in addenda) is refused by these guards
# too, except in a transaction a manager has registered with refugedesk_lift_guards()
# (server/forgetting.py, which also makes the registrations' table), and that writes an audit
# event as it does. A registration is a row only the owner can write, naming the transaction
# (xid8: never reused), so neither a setting of the client's nor her session outlives the
# transaction it was made for. Before that table exists (the schema alone) nothing is lifted.
GUARD_FUNCTION = """
CREATE FUNCTION refugedesk_guard() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF to_regclass('public.refugedesk_forgetting') IS NOT NULL THEN
        IF EXISTS (SELECT 1 FROM public.refugedesk_forgetting
                    WHERE xact = pg_current_xact_id_if_assigned()) THEN
            IF TG_OP = 'DELETE' THEN
                RETURN OLD;
            END IF;
            RETURN NEW;
        END IF;
    END IF;
    RAISE EXCEPTION '%', TG_ARGV[0] USING ERRCODE = 'integrity_constraint_violation';
END $$"""

TRIGGERS = {
    # UPDATE OF fires, as on SQLite, when one of these columns is SET, changed or not: the
    # acknowledgement (acknowledged_at/_by, updated_at/_by) stays possible after sending.
    "handover_sealed_unchanged":
        """CREATE TRIGGER handover_sealed_unchanged
           BEFORE UPDATE OF period_start, period_end, from_staff_id, to_staff_id, shift, draft,
                            notes, sealed_at ON handover
           FOR EACH ROW WHEN (OLD.sealed_at IS NOT NULL)
           EXECUTE FUNCTION refugedesk_guard('a sealed handover cannot be changed')""",
    "handover_sealed_kept":
        """CREATE TRIGGER handover_sealed_kept
           BEFORE DELETE ON handover FOR EACH ROW WHEN (OLD.sealed_at IS NOT NULL)
           EXECUTE FUNCTION refugedesk_refuse('a sealed handover cannot be deleted')""",
    "handover_addendum_unchanged":
        """CREATE TRIGGER handover_addendum_unchanged
           BEFORE UPDATE ON handover_addendum FOR EACH ROW
           EXECUTE FUNCTION refugedesk_guard('an addendum cannot be changed')""",
    "handover_addendum_kept":
        """CREATE TRIGGER handover_addendum_kept
           BEFORE DELETE ON handover_addendum FOR EACH ROW
           EXECUTE FUNCTION refugedesk_refuse('an addendum cannot be deleted')""",
    "review_version_unchanged":
        """CREATE TRIGGER review_version_unchanged
           BEFORE UPDATE ON review_version FOR EACH ROW
           EXECUTE FUNCTION refugedesk_guard('a saved review version cannot be changed')""",
    "review_version_kept":
        """CREATE TRIGGER review_version_kept
           BEFORE DELETE ON review_version FOR EACH ROW
           EXECUTE FUNCTION refugedesk_guard('a saved review version cannot be deleted')""",
    # TRUNCATE empties a table without firing its row triggers: refused outright on the tables
    # whose rows are kept (nothing in RefugeDesk truncates anything).
    "handover_not_truncated":
        """CREATE TRIGGER handover_not_truncated
           BEFORE TRUNCATE ON handover FOR EACH STATEMENT
           EXECUTE FUNCTION refugedesk_refuse('handovers cannot be truncated')""",
    "handover_addendum_not_truncated":
        """CREATE TRIGGER handover_addendum_not_truncated
           BEFORE TRUNCATE ON handover_addendum FOR EACH STATEMENT
           EXECUTE FUNCTION refugedesk_refuse('addenda cannot be truncated')""",
    "review_version_not_truncated":
        """CREATE TRIGGER review_version_not_truncated
           BEFORE TRUNCATE ON review_version FOR EACH STATEMENT
           EXECUTE FUNCTION refugedesk_refuse('review versions cannot be truncated')""",
}

# --- no double booking ------------------------------------------------------------------------
# The rule is capacity_rules.check_no_stays_or_offers (tests/server check that the two agree):
# - a stay holds its room for the nights [arrived_on, left_on), open-ended while she is there
#   (left_on NULL: daterange's upper bound NULL is infinity). A stay recorded in error keeps its
#   row with left_on = arrived_on (stay_corrections.record_in_error): an empty range, which
#   overlaps nothing. That is the domain's own test too (capacity_rules._overlaps: left_on >
#   arrived_on), so the stay constraint needs no WHERE: one on departure_reason would let
#   through a row the domain counts as holding nights.
# - a live offer holds its room from arriving_on with NO end (capacity_rules.offer_holds, issue
#   13: an arrival is checked for every night from its day on), whatever its leaving_on. Only
#   offers in state 'held' count: converted (a stay took its place), lapsed and cancelled
#   offers block nothing. An offer past held_until but not yet marked lapsed still counts
#   here: a constraint cannot depend on the clock, and every placement write marks such offers
#   lapsed first, in its own transaction (capacity_rules.lapse_offers), before it inserts.
# Stays and offers do not exclude each other here (an exclusion constraint sees one table):
# that clash stays the domain's check, in a transaction that locks what it reads.
STAY_NIGHTS = "daterange(arrived_on, left_on, '[)')"
OFFER_NIGHTS = "daterange(arriving_on, NULL, '[)')"
OFFER_BLOCKS = f"state = '{ReservationState.HELD.value}'"


def _exclusions(btree_gist: bool) -> list[str]:
    # With btree_gist the room reads as what it is (room_id WITH =); without it, core
    # PostgreSQL's GiST has no operator class for integer equality, so the room becomes the
    # one-value range [room_id, room_id], for which && means "the same room" (shared NOTES).
    room = "room_id WITH =" if btree_gist else "int4range(room_id, room_id, '[]') WITH &&"
    return [
        f"""ALTER TABLE stay ADD CONSTRAINT stay_no_double_booking
            EXCLUDE USING gist ({room}, {STAY_NIGHTS} WITH &&)""",
        f"""ALTER TABLE reservation ADD CONSTRAINT reservation_no_double_booking
            EXCLUDE USING gist ({room}, {OFFER_NIGHTS} WITH &&) WHERE ({OFFER_BLOCKS})""",
    ]


def _try_btree_gist(conn: Connection) -> bool:
    """Whether btree_gist is (or could be made) available: it is a trusted extension since
    PostgreSQL 13, so a database owner may create it; a server without the contrib package, or
    a role without CREATE on the database, gets the core-only form instead."""
    available = conn.execute(text(
        "SELECT 1 FROM pg_available_extensions WHERE name = 'btree_gist'")).first()
    if not available:
        return False
    savepoint = conn.begin_nested()
    try:
        conn.execute(text("CREATE EXTENSION IF NOT EXISTS btree_gist"))
    except Exception:
        savepoint.rollback()
        return False
    savepoint.commit()
    return True


def create_schema(conn: Connection, *, use_btree_gist: bool = True) -> None:
    """Create the whole schema at migrate.HEAD on an empty database, in the caller's
    transaction (commit it afterwards). Refuses a database that already has RefugeDesk's
    tables, rather than mixing two schemas. `use_btree_gist=False` writes the core-only form
    of the exclusion constraints even where btree_gist exists (so tests cover both forms)."""
    if conn.dialect.name != "postgresql":
        raise ValueError("create_schema is for a PostgreSQL server; a file vault migrates")
    present = conn.execute(text(
        "SELECT 1 FROM information_schema.tables WHERE table_schema = current_schema() "
        "AND table_name IN ('alembic_version', 'staff_member')")).first()
    if present:
        raise RuntimeError("this database already holds a RefugeDesk schema")
    btree_gist = use_btree_gist and _try_btree_gist(conn)
    for sql in COMPAT_FUNCTIONS:
        conn.execute(text(sql))
    Base.metadata.create_all(conn)
    install_guards(conn)
    for sql in _exclusions(btree_gist):
        conn.execute(text(sql))
    _stamp(conn)


def install_guards(conn: Connection) -> None:
    """The kept records' guards (functions and triggers): part of create_schema, and made
    again by `server upgrade` after a migration (install.install_rules)."""
    conn.execute(text(REFUSE_FUNCTION))
    conn.execute(text(GUARD_FUNCTION))
    conn.execute(text("REVOKE ALL ON FUNCTION refugedesk_guard() FROM PUBLIC"))
    for sql in TRIGGERS.values():
        conn.execute(text(sql))


def _stamp(conn: Connection) -> None:
    """Record HEAD in alembic_version through the migrations' own env.py, as `alembic stamp`
    would: the next migration then starts from here on a server as on a file."""
    from alembic import command

    config = migrate.alembic_config()
    config.attributes["connection"] = conn
    command.stamp(config, migrate.HEAD)


def current_revision(conn: Connection) -> str | None:
    """The Alembic revision a server database is at (None before create_schema). migrate's own
    current_revision reads sqlite_master, which PostgreSQL does not have."""
    from alembic.migration import MigrationContext

    return MigrationContext.configure(conn).get_current_revision()
