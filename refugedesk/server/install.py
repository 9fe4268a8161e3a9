"""Everything a service's database holds besides its records, made in one go (issue 17).

`install_everything(conn)`, as the schema's owner, in one transaction on an empty database:
the schema at the migrations' HEAD (schema.py), the tables of the server's own (the audit
chain's head, the service key and its slots, forgetting's registrations), then the rules:
the audit chain the server computes (audit_chain.py), the groups' grants and the staff
functions (roles.py), the service key's slot functions (key_slots.py), forgetting's lifting
of the kept records' guards (forgetting.py), the live notifications (live.py) and
need-to-know's row-level security (need_to_know.py). `server init` and `migrate-to-server`
both start with it, so the two cannot drift apart.

The rules are kept apart from the tables because `server upgrade` (upgrade.py) makes them
again: `clear_rules` takes away every policy, trigger, `refugedesk_` function and every grant
to anyone but the owner, a migration then changes bare tables as it does in a file, and `install_rules`
makes the rules afresh for the schema as it now is (a new table gets its grants, policy and
live trigger; a new column on `resident` its grant or its seal). Made so, the rules after an
upgrade are exactly those `server init` makes for the same schema: a test compares the two.
"""

from __future__ import annotations

from sqlalchemy import Connection

from refugedesk.server import (
    audit_chain,
    forgetting,
    key_rotation,
    key_slots,
    live,
    need_to_know,
    roles,
)
from refugedesk.server.schema import create_schema, install_guards
from refugedesk.server.setup import quote_ident


def install_everything(conn: Connection, *, use_btree_gist: bool = True) -> None:
    create_schema(conn, use_btree_gist=use_btree_gist)  # with the kept records' guards
    make_tables(conn)
    _rules_after_guards(conn)


def make_tables(conn: Connection) -> None:
    """The server's own tables (a migration never touches them): made when missing, so
    `server upgrade` makes one a new release brings."""
    audit_chain.make_tables(conn)
    key_slots.make_tables(conn)
    forgetting.make_tables(conn)


def install_rules(conn: Connection) -> None:
    """Every rule, on a database whose rules `clear_rules` has taken away."""
    install_guards(conn)
    _rules_after_guards(conn)


def _rules_after_guards(conn: Connection) -> None:
    audit_chain.install(conn)
    roles.grant_privileges(conn)
    key_slots.install(conn)
    key_rotation.install(conn)
    forgetting.install(conn)
    live.install(conn)
    need_to_know.install(conn)


def clear_rules(conn: Connection) -> None:
    """Take away, as the schema's owner in the caller's transaction, every rule install_rules
    makes, leaving the tables and their rows as they are: the row-level security policies
    (and the switch that turns them on), every trigger of ours, every `refugedesk_` function
    (with its grants), the audit view, and every privilege anyone but the owner holds on the
    tables and sequences. The CHECK constraints' JSON functions and the exclusion
    constraints are the schema's and stay."""
    run = conn.exec_driver_sql
    in_public = "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public'"
    for table, policy in run(
            "SELECT tablename, policyname FROM pg_policies WHERE schemaname = 'public' "
            "ORDER BY 1, 2").all():
        run(f"DROP POLICY {quote_ident(policy)} ON {quote_ident(table)}")
    for (table,) in run(f"SELECT c.relname FROM pg_class c {in_public} "
                        "AND c.relrowsecurity ORDER BY 1").all():
        run(f"ALTER TABLE {quote_ident(table)} DISABLE ROW LEVEL SECURITY")
    for table, trigger in run(
            "SELECT c.relname, t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
            f"{in_public} AND NOT t.tgisinternal ORDER BY 1, 2").all():
        run(f"DROP TRIGGER {quote_ident(trigger)} ON {quote_ident(table)}")
    run("DROP VIEW IF EXISTS sqlite_sequence")
    for (function,) in run(
            "SELECT p.oid::regprocedure::text FROM pg_proc p "
            "JOIN pg_namespace n ON n.oid = p.pronamespace "
            "WHERE n.nspname = 'public' AND starts_with(p.proname, 'refugedesk_') "
            "ORDER BY 1").all():
        run(f"DROP FUNCTION {function}")
    # PUBLIC, the staff groups, and anyone else given something on a table or sequence (a
    # login given a grant of her own by hand): all but the owner start again from nothing.
    granted = {str(name) for (name,) in run(
        "SELECT DISTINCT g.rolname FROM pg_class c "
        "JOIN pg_namespace n ON n.oid = c.relnamespace "
        "CROSS JOIN LATERAL aclexplode(c.relacl) a JOIN pg_roles g ON g.oid = a.grantee "
        "WHERE n.nspname = 'public' AND c.relowner <> a.grantee")}
    everyone = ", ".join(["PUBLIC", *(quote_ident(g) for g in sorted(set(roles.GROUPS)
                                                                         | granted))])
    run(f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {everyone}")
    run(f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM {everyone}")


__all__ = ["install_everything", "install_rules", "clear_rules", "make_tables"]
