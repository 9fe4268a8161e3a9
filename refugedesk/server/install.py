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
again: `clear_rules` takes away every policy, trigger, `refugedesk_` function and grant of
the groups, a migration then changes bare tables as it does in a file, and `install_rules`
makes the rules afresh for the schema as it now is (a new table gets its grants, policy and
live trigger; a new column on `resident` its grant or its seal). Made so, the rules after an
upgrade are exactly those `server init` makes for the same schema: a test compares the two.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection

from refugedesk.i18n import translate
from refugedesk.server import audit_chain, forgetting, key_slots, live, need_to_know, roles
from refugedesk.server.schema import create_schema, install_guards
from refugedesk.server.setup import quote_ident


def install_everything(conn: Connection, *, use_btree_gist: bool = True) -> None:
    create_schema(conn, use_btree_gist=use_btree_gist)  # with the kept records' guards
    make_tables(conn)
    _rules_after_guards(conn)


def make_tables(conn: Connection) -> None:
    """The server's own tables, once: a migration never touches them."""
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
    forgetting.install(conn)
    live.install(conn)
    need_to_know.install(conn)


def clear_rules(conn: Connection) -> None:
    """Take away, as the schema's owner in the caller's transaction, every rule install_rules
    makes, leaving the tables and their rows as they are: the row-level security policies
    (and the switch that turns them on), every trigger of ours, every `refugedesk_` function
    (with its grants), the audit view, and every privilege PUBLIC and the staff groups hold on
    the tables and sequences. The CHECK constraints' JSON functions and the exclusion
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
    everyone = ", ".join(["PUBLIC", *(quote_ident(g) for g in roles.GROUPS)])
    run(f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {everyone}")
    run(f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM {everyone}")


# --- what the rules should be, for `refugedesk check` ---------------------------------------


@dataclass(frozen=True)
class Rules:
    """What install_rules makes, as the catalogue names it: (table, trigger) pairs, (table,
    policy) pairs, the tables whose row-level security is on, and each `refugedesk_`
    function's body as PostgreSQL keeps it (pg_proc.prosrc is the text between the $$)."""

    triggers: frozenset[tuple[str, str]]
    policies: frozenset[tuple[str, str]]
    secured_tables: frozenset[str]
    # name -> (body, whether it runs with its owner's rights: SECURITY DEFINER)
    functions: dict[str, tuple[str, bool]]
    # (table, column or "", grantee) and (function, "()", grantee) -> privileges, for the
    # staff groups and PUBLIC
    grants: dict[tuple[str, str, str], frozenset[str]]


_TRIGGER = re.compile(r"CREATE TRIGGER (\w+)\b.*?\bON \"?(\w+)\"?", re.S)
_POLICY = re.compile(r"CREATE POLICY (\w+) ON \"?(\w+)\"?")
_SECURED = re.compile(r"ALTER TABLE \"?(\w+)\"? ENABLE ROW LEVEL SECURITY")
_FUNCTION = re.compile(r"CREATE FUNCTION (refugedesk_\w+)\((.*?)\bAS \$\$(.*?)\$\$", re.S)


class _Recorder:
    """Stands in for the connection install_rules is given, keeping every statement instead
    of running it (the rules read nothing but the database's name)."""

    def __init__(self) -> None:
        self.statements: list[str] = []
        self.connection = self  # execute_script: conn.connection.dbapi_connection.cursor()
        self.dbapi_connection = self

    def cursor(self) -> _Recorder:
        return self

    def close(self) -> None:
        pass

    def execute(self, statement: Any, *_args: Any) -> _Recorder:
        self.statements.append(str(statement))
        return self

    def exec_driver_sql(self, statement: str, *_args: Any) -> _Recorder:
        return self.execute(statement)

    def scalar_one(self) -> str:
        return "refugedesk"


def expected_rules() -> Rules:
    """The rules install_rules makes, read from the statements it would run."""
    recorder = _Recorder()
    install_rules(recorder)  # type: ignore[arg-type]
    text = "\n;\n".join(recorder.statements)
    return Rules(
        triggers=frozenset((t, n) for n, t in _TRIGGER.findall(text)),
        policies=frozenset((t, n) for n, t in _POLICY.findall(text)),
        secured_tables=frozenset(_SECURED.findall(text)),
        functions={name: (body, "SECURITY DEFINER" in head)
                   for name, head, body in _FUNCTION.findall(text)},
        grants=_grants(recorder.statements))


_GRANT = re.compile(r"^\s*(GRANT|REVOKE)\s+(.+?)\s+ON\s+(.+?)\s+(?:TO|FROM)\s+(\S+)\s*$", re.S)
_TABLE_PRIVILEGES = frozenset({"SELECT", "INSERT", "UPDATE", "DELETE", "TRUNCATE",
                               "REFERENCES", "TRIGGER"})


def _grants(statements: list[str]) -> dict[tuple[str, str, str], frozenset[str]]:
    """The privileges the GRANT and REVOKE statements among `statements` leave the staff
    groups and PUBLIC with, on tables, their columns and RefugeDesk's functions, worked out
    as PostgreSQL would from nothing (clear_rules leaves nothing). The database's and the
    schema's grants, and the sequences', are not followed."""
    held: dict[tuple[str, str, str], set[str]] = {}
    pieces: list[str] = []
    for statement in statements:
        for name in re.findall(r"CREATE FUNCTION (refugedesk_\w+)\(", statement):
            pieces.append(f"CREATED {name}")  # PostgreSQL lets PUBLIC run a new function
        # What follows a function's body in the same script (after its last $$).
        pieces += statement.rsplit("$$", 1)[-1].split(";")
    for piece in pieces:
        if piece.startswith("CREATED "):
            held[(piece.split()[1], "()", "PUBLIC")] = {"EXECUTE"}
            continue
        found = _GRANT.match(piece)
        if not found:
            continue
        verb, what, target, grantee = found.groups()
        grantee = grantee.strip('"')
        if target.startswith(("DATABASE", "SCHEMA", "ALL SEQUENCES")):
            continue
        columns = [""]
        column_list = re.match(r"(\w+)\s*\((.*)\)$", what)
        if column_list:
            what, columns = column_list[1], [c.strip() for c in column_list[2].split(",")]
        if target.startswith("FUNCTION"):
            objects = [(target.split()[1].split("(")[0], "()")]
            privileges = {"EXECUTE"}
        else:
            objects = [(t.strip().strip('"'), c) for t in target.split(",") for c in columns]
            privileges = (set(_TABLE_PRIVILEGES) if what == "ALL"
                          else {p.strip() for p in what.split(",")})
        for name, column in objects:
            key = (name, column, grantee)
            if verb == "GRANT":
                held.setdefault(key, set()).update(privileges)
                continue
            held.get(key, set()).difference_update(privileges)
            if column == "":  # a table's REVOKE takes the same privileges from its columns
                for (other, _col, who), kept in held.items():
                    if other == name and who == grantee:
                        kept.difference_update(privileges)
    return {key: frozenset(kept) for key, kept in held.items() if kept}


def rule_problems(conn: Connection) -> list[str]:
    """How the rules on the server differ from what install_rules makes (plain words, for
    `refugedesk check`): a guard or trigger gone or switched off, a row-level security
    policy gone or added (policies add up: one more lets anyone through), row-level
    security switched off, a RefugeDesk function gone, rewritten or run with other rights.
    privileges of the staff groups or PUBLIC on a table, a column or a function added or
    taken away. What it cannot see: a policy's own test rewritten under its name (the
    catalogue keeps it reworded); `server upgrade` makes all of them again."""
    want = expected_rules()
    run = conn.exec_driver_sql
    in_public = ("JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public'")
    triggers = {(t, n): enabled for t, n, enabled in run(
        "SELECT c.relname, t.tgname, t.tgenabled <> 'D' FROM pg_trigger t "
        f"JOIN pg_class c ON c.oid = t.tgrelid {in_public} AND NOT t.tgisinternal")}
    policies = {(t, n) for t, n in run(
        "SELECT tablename, policyname FROM pg_policies WHERE schemaname = 'public'")}
    secured = {name for (name,) in run(
        f"SELECT c.relname FROM pg_class c {in_public} AND c.relrowsecurity")}
    functions = {name: (body, definer) for name, body, definer in run(
        "SELECT p.proname, p.prosrc, p.prosecdef FROM pg_proc p "
        "JOIN pg_namespace n ON n.oid = p.pronamespace "
        "WHERE n.nspname = 'public' AND starts_with(p.proname, 'refugedesk_')")}
    problems = []
    for table, name in sorted(want.triggers):
        if not triggers.get((table, name), False):
            problems.append(translate("ServerRules", "The server's rule {name} on {table} is "
                                      "missing or switched off.").format(name=name, table=table))
    for table, name in sorted(set(triggers) - want.triggers):
        problems.append(translate("ServerRules", "The server has a trigger RefugeDesk did not "
                                  "make: {name} on {table}.").format(name=name, table=table))
    for table in sorted(want.secured_tables - secured):
        problems.append(translate("ServerRules", "Need-to-know is switched off on {table}: "
                                  "every worker can read all of it.").format(table=table))
    for table, name in sorted(want.policies - policies):
        problems.append(translate("ServerRules", "The need-to-know rule {name} on {table} is "
                                  "missing.").format(name=name, table=table))
    for table, name in sorted(policies - want.policies):
        problems.append(translate("ServerRules", "The server has a need-to-know rule RefugeDesk "
                                  "did not make, which may let people read more: {name} on "
                                  "{table}.").format(name=name, table=table))
    problems += _grant_problems(conn, want)
    for name, made in sorted(want.functions.items()):
        if functions.get(name) != made:
            problems.append(translate("ServerRules", "RefugeDesk's function {name} on the "
                                      "server is missing or was changed.").format(name=name))
    return problems


def _grant_problems(conn: Connection, want: Rules) -> list[str]:
    everyone = ["PUBLIC", *roles.GROUPS]
    found: dict[tuple[str, str, str], set[str]] = {}
    # An object never granted on has no list: its default (acldefault) is what holds, which
    # for a function lets PUBLIC run it.
    for name, column, grantee, privilege in conn.exec_driver_sql(
            "SELECT c.relname, '', coalesce(g.rolname, 'PUBLIC'), a.privilege_type "
            "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "CROSS JOIN LATERAL aclexplode(coalesce(c.relacl, acldefault('r', c.relowner))) a "
            "LEFT JOIN pg_roles g ON g.oid = a.grantee "
            "WHERE n.nspname = 'public' AND c.relkind IN ('r', 'v', 'p') "
            "UNION ALL "
            "SELECT c.relname, t.attname, coalesce(g.rolname, 'PUBLIC'), a.privilege_type "
            "FROM pg_attribute t JOIN pg_class c ON c.oid = t.attrelid "
            "JOIN pg_namespace n ON n.oid = c.relnamespace "
            "CROSS JOIN LATERAL aclexplode(t.attacl) a "
            "LEFT JOIN pg_roles g ON g.oid = a.grantee "
            "WHERE n.nspname = 'public' AND t.attacl IS NOT NULL "
            "UNION ALL "
            "SELECT p.proname, '()', coalesce(g.rolname, 'PUBLIC'), a.privilege_type "
            "FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
            "CROSS JOIN LATERAL aclexplode(coalesce(p.proacl, acldefault('f', p.proowner))) a "
            "LEFT JOIN pg_roles g ON g.oid = a.grantee "
            "WHERE n.nspname = 'public' AND starts_with(p.proname, 'refugedesk_')"):
        if grantee in everyone:
            found.setdefault((name, column, grantee), set()).add(privilege)
    problems = []
    for key in sorted(set(found) | set(want.grants)):
        name, column, grantee = key
        where = f"{name}.{column}" if column not in ("", "()") else name
        have, should = found.get(key, set()), want.grants.get(key, frozenset())
        for privilege in sorted(have - should):
            problems.append(translate(
                "ServerRules", "On the server {who} has {privilege} on {what}, which RefugeDesk "
                "does not give.").format(who=grantee, privilege=privilege, what=where))
        for privilege in sorted(should - have):
            problems.append(translate(
                "ServerRules", "On the server {who} no longer has {privilege} on {what}, "
                "which RefugeDesk gives.").format(who=grantee, privilege=privilege,
                                                  what=where))
    return problems


__all__ = ["install_everything", "install_rules", "clear_rules", "expected_rules",
           "rule_problems", "Rules"]
