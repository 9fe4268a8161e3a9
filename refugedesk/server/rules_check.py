"""Whether the server's rules are still the ones RefugeDesk made (`refugedesk check`, issue 17).

The server's administrator (or anyone with its superuser password) can switch off
need-to-know on a table, add a policy that lets workers read more (policies add up: one more
permissive policy is enough), switch off a guard or the audit trigger, rewrite one of
RefugeDesk's functions, or give a group or a single login more than RefugeDesk does. Nothing
in the app would notice. `rule_problems(conn)` compares what the catalogue holds with what
install.install_rules makes, and says every difference in plain words.

What install_rules makes is read from the statements it would run: a recorder stands in for
the connection (the rules read nothing but the database's name), and the triggers, policies,
row-level security switches, functions and grants are parsed out of what it kept. The
grants are worked out as PostgreSQL would, from nothing (what clear_rules leaves): a table's
REVOKE takes the same privileges from its columns, and a new function may be run by PUBLIC
until someone revokes that.

What it cannot see: a policy's test rewritten word for word under its own name (the
catalogue keeps it reworded by PostgreSQL, so it is checked for the rule functions it must
call, for its command and roles, and for an added "or true", not compared text for text);
anything done as the superuser in the moment (which leaves no rule behind).
`refugedesk server upgrade` makes every rule again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection

from refugedesk.i18n import translate
from refugedesk.server import roles
from refugedesk.server.install import install_rules


@dataclass(frozen=True)
class Policy:
    command: str  # ALL, SELECT, INSERT, UPDATE or DELETE
    roles: frozenset[str]
    # The RefugeDesk functions its test (USING) and its check (WITH CHECK) call, and
    # whether either is plain `true` (a manager's own policies on access_reason).
    using: frozenset[str]
    checking: frozenset[str]
    open_using: bool = False
    open_checking: bool = False


@dataclass(frozen=True)
class Function:
    body: str  # as pg_proc.prosrc keeps it: the text between the $$
    definer: bool  # runs with its owner's rights (SECURITY DEFINER)
    settings: tuple[str, ...]  # its SET clauses as pg_proc.proconfig keeps them


@dataclass(frozen=True)
class Rules:
    """What install_rules makes, named as the catalogue names it."""

    triggers: frozenset[tuple[str, str]]  # (table, trigger)
    policies: dict[tuple[str, str], Policy]  # (table, policy)
    secured_tables: frozenset[str]  # row-level security on
    functions: dict[str, Function]
    # (table, column or "", grantee) and (function, "()", grantee) -> privileges, for
    # everyone but the owner.
    grants: dict[tuple[str, str, str], frozenset[str]]


_TRIGGER = re.compile(r"CREATE TRIGGER (\w+)\b.*?\bON \"?(\w+)\"?", re.S)
_POLICY = re.compile(r"CREATE POLICY (\w+) ON \"?(\w+)\"?(.*)", re.S)
_SECURED = re.compile(r"ALTER TABLE \"?(\w+)\"? ENABLE ROW LEVEL SECURITY")
_FUNCTION = re.compile(r"CREATE FUNCTION (refugedesk_\w+)\((.*?)\bAS \$\$(.*?)\$\$", re.S)
_SETTING = re.compile(r"\bSET (\w+)\s*=\s*(.+?)\s*$", re.S)
_CALLS = re.compile(r"\b(refugedesk_\w+)\s*\(")
_GRANT = re.compile(r"^\s*(GRANT|REVOKE)\s+(.+?)\s+ON\s+(.+?)\s+(?:TO|FROM)\s+(\S+)\s*$", re.S)
_TABLE_PRIVILEGES = frozenset({"SELECT", "INSERT", "UPDATE", "DELETE", "TRUNCATE",
                               "REFERENCES", "TRIGGER"})


class _Recorder:
    """Stands in for the connection install_rules is given, keeping every statement instead
    of running it."""

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


def recorded_statements() -> list[str]:
    recorder = _Recorder()
    install_rules(recorder)  # type: ignore[arg-type]
    return recorder.statements


def expected_rules() -> Rules:
    """The rules install_rules makes, read from the statements it would run."""
    statements = recorded_statements()
    text = "\n;\n".join(statements)
    return Rules(
        triggers=frozenset((t, n) for n, t in _TRIGGER.findall(text)),
        policies=dict(_policy(s) for s in statements if s.lstrip().startswith("CREATE POLICY")),
        secured_tables=frozenset(_SECURED.findall(text)),
        functions={name: _function(head, body) for name, head, body in _FUNCTION.findall(text)},
        grants=grants_of(statements))


def _policy(statement: str) -> tuple[tuple[str, str], Policy]:
    found = _POLICY.match(statement.strip())
    assert found, statement
    name, table, rest = found.groups()
    command = re.search(r"\bFOR (ALL|SELECT|INSERT|UPDATE|DELETE)\b", rest)
    to = re.search(r"\bTO (.+?)\s+(?:USING|WITH CHECK)\b", rest, re.S)
    using, _, checking = rest.partition("WITH CHECK")
    using = using.partition("USING")[2]
    return (table, name), Policy(
        command[1] if command else "ALL",
        frozenset(r.strip().strip('"') for r in to[1].split(",")) if to else frozenset({"public"}),
        frozenset(_CALLS.findall(using)), frozenset(_CALLS.findall(checking)),
        _loose(using) == "true", _loose(checking) == "true")


def _loose(text: str) -> str:
    """A policy's test without spaces, brackets or case: enough to tell `true` apart."""
    return re.sub(r"[\s()]", "", text).lower()


def _function(head: str, body: str) -> Function:
    setting = _SETTING.search(head)
    return Function(body, "SECURITY DEFINER" in head,
                    (f"{setting[1]}={setting[2]}",) if setting else ())


def grants_of(statements: list[str]) -> dict[tuple[str, str, str], frozenset[str]]:
    """The privileges the GRANT and REVOKE statements among `statements` leave everyone but
    the owner with, on tables, their columns and RefugeDesk's functions, worked out as
    PostgreSQL would from nothing. The database's, the schema's and the sequences' grants are
    not followed (the sequences' are checked apart)."""
    pieces: list[str] = []
    for statement in statements:
        for name in re.findall(r"CREATE FUNCTION (refugedesk_\w+)\(", statement):
            pieces.append(f"CREATED {name}")
        # What follows a function's body in the same script (after its last $$).
        pieces += statement.rsplit("$$", 1)[-1].split(";")
    held: dict[tuple[str, str, str], set[str]] = {}
    for piece in pieces:
        if piece.startswith("CREATED "):  # PostgreSQL lets PUBLIC run a new function
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
    """How the rules on the server differ from what install_rules makes, in plain words
    (see the module's doc). Empty when they are the same."""
    want = expected_rules()
    owner = conn.exec_driver_sql("SELECT pg_get_userbyid(datdba) FROM pg_database "
                                 "WHERE datname = current_database()").scalar_one()
    problems = (_trigger_problems(conn, want) + _policy_problems(conn, want)
                + _function_problems(conn, want, owner) + _grant_problems(conn, want, owner)
                + _database_problems(conn, owner))
    if problems:
        problems.append(translate(
            "ServerRules", "If RefugeDesk was updated recently, whoever runs the server makes "
            "its rules again with refugedesk server upgrade; otherwise someone with the "
            "server's own powers changed them."))
    return problems


def _database_problems(conn: Connection, owner: str) -> list[str]:
    """The database's and the public schema's own privileges that matter to the rules: making
    temporary tables (a session's temporary schema is looked in first, so one of hers could
    stand in for one of ours), creating schemas, creating objects in public (an operator of
    hers could answer a rule's comparison), or anyone at all connecting.
    roles.grant_privileges takes the first three from everyone and CONNECT from PUBLIC;
    CONNECT is given to the staff (and setup.py gives it to the role that set the server up,
    when that was not a superuser)."""
    problems = []
    for grantee, privilege in conn.exec_driver_sql(
            "SELECT DISTINCT coalesce(g.rolname, 'PUBLIC'), a.privilege_type FROM pg_database d "
            "CROSS JOIN LATERAL aclexplode(coalesce(d.datacl, acldefault('d', d.datdba))) a "
            "LEFT JOIN pg_roles g ON g.oid = a.grantee "
            "WHERE d.datname = current_database() ORDER BY 1, 2"):
        if grantee == owner or (privilege == "CONNECT" and grantee != "PUBLIC"):
            continue
        problems.append(translate(
            "ServerRules", "On the server {who} has {privilege} on the database, which "
            "RefugeDesk does not give.").format(who=grantee, privilege=privilege))
    for grantee in conn.exec_driver_sql(
            "SELECT DISTINCT coalesce(g.rolname, 'PUBLIC') FROM pg_namespace n "
            "CROSS JOIN LATERAL aclexplode(coalesce(n.nspacl, acldefault('n', n.nspowner))) a "
            "LEFT JOIN pg_roles g ON g.oid = a.grantee "
            "WHERE n.nspname = 'public' AND a.privilege_type = 'CREATE' "
            "AND a.grantee <> n.nspowner ORDER BY 1").scalars():
        if grantee in (owner, "pg_database_owner"):
            continue
        problems.append(translate(
            "ServerRules", "On the server {who} may create things in the public schema, which "
            "RefugeDesk does not allow.").format(who=grantee))
    return problems


_IN_PUBLIC = "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public'"


def _trigger_problems(conn: Connection, want: Rules) -> list[str]:
    # 'O' fires as it was made, 'A' always; 'R' only when the session plays a replica, and
    # 'D' never: both mean switched off for RefugeDesk's own sessions.
    triggers = {(t, n): on for t, n, on in conn.exec_driver_sql(
        "SELECT c.relname, t.tgname, t.tgenabled IN ('O', 'A') FROM pg_trigger t "
        f"JOIN pg_class c ON c.oid = t.tgrelid {_IN_PUBLIC} AND NOT t.tgisinternal")}
    problems = []
    for table, name in sorted(want.triggers):
        if not triggers.get((table, name), False):
            problems.append(translate("ServerRules", "The server's rule {name} on {table} is "
                                      "missing or switched off.").format(name=name, table=table))
    for table, name in sorted(set(triggers) - want.triggers):
        problems.append(translate("ServerRules", "The server has a trigger RefugeDesk did not "
                                  "make: {name} on {table}.").format(name=name, table=table))
    return problems


def _policy_problems(conn: Connection, want: Rules) -> list[str]:
    run = conn.exec_driver_sql
    secured = {name for (name,) in run(
        f"SELECT c.relname FROM pg_class c {_IN_PUBLIC} AND c.relrowsecurity")}
    found = {(t, n): (permissive, cmd, frozenset(who or ()), qual or "", check or "")
             for t, n, permissive, cmd, who, qual, check in run(
                 "SELECT tablename, policyname, permissive, cmd, roles, qual, with_check "
                 "FROM pg_policies WHERE schemaname = 'public'")}
    problems = []
    for table in sorted(want.secured_tables - secured):
        problems.append(translate("ServerRules", "Need-to-know is switched off on {table}: "
                                  "every worker can read all of it.").format(table=table))
    for (table, name), policy in sorted(want.policies.items()):
        live = found.get((table, name))
        if live is None:
            problems.append(translate("ServerRules", "The need-to-know rule {name} on {table} "
                                      "is missing.").format(name=name, table=table))
        elif not _same_policy(policy, *live):
            problems.append(translate("ServerRules", "The need-to-know rule {name} on {table} "
                                      "was changed.").format(name=name, table=table))
    for table, name in sorted(set(found) - set(want.policies)):
        problems.append(translate("ServerRules", "The server has a need-to-know rule RefugeDesk "
                                  "did not make, which may let people read more: {name} on "
                                  "{table}.").format(name=name, table=table))
    return problems


def _same_policy(policy: Policy, permissive: str, command: str, who: frozenset[str],
                 qual: str, check: str) -> bool:
    if permissive != "PERMISSIVE" or command != policy.command or who != policy.roles:
        return False
    for text, calls, is_open in ((qual, policy.using, policy.open_using),
                                 (check, policy.checking, policy.open_checking)):
        if is_open:
            if _loose(text) not in ("true", ""):
                return False
            continue
        if not calls <= set(_CALLS.findall(text)):
            return False
        if _loose(text) == "true" or "ortrue" in _loose(text) or "trueor" in _loose(text):
            return False
    return True


def _function_problems(conn: Connection, want: Rules, owner: str) -> list[str]:
    found: dict[str, list[Function]] = {}
    owners: dict[str, set[str]] = {}
    problems = []
    for schema, name, body, definer, settings, by in conn.exec_driver_sql(
            "SELECT n.nspname, p.proname, p.prosrc, p.prosecdef, p.proconfig, "
            "pg_get_userbyid(p.proowner) FROM pg_proc p "
            "JOIN pg_namespace n ON n.oid = p.pronamespace "
            "WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') "
            "AND NOT starts_with(n.nspname, 'pg_toast') "
            "AND (starts_with(p.proname, 'refugedesk_') OR p.prosecdef)"):
        if schema == "public" and name in want.functions:
            found.setdefault(name, []).append(Function(body, definer, tuple(settings or ())))
            owners.setdefault(name, set()).add(by)
        else:
            # Not RefugeDesk's: a function of that name elsewhere, or anything that runs with
            # its owner's rights, which a caller could use to reach what she may not.
            problems.append(translate("ServerRules", "The server has a function RefugeDesk did "
                                      "not make: {name}.").format(name=f"{schema}.{name}"))
    for name, made in sorted(want.functions.items()):
        if found.get(name) != [made] or owners.get(name) != {owner}:
            problems.append(translate("ServerRules", "RefugeDesk's function {name} on the "
                                      "server is missing or was changed.").format(name=name))
    return problems


def _grant_problems(conn: Connection, want: Rules, owner: str) -> list[str]:
    expected = dict(want.grants)
    found: dict[tuple[str, str, str], set[str]] = {}
    # An object never granted on has no list: its default (acldefault) holds, which for a
    # function lets PUBLIC run it. Dropped columns keep their grants out of sight.
    for name, column, grantee, privilege, kind in conn.exec_driver_sql(
            "SELECT c.relname, '', coalesce(g.rolname, 'PUBLIC'), a.privilege_type, c.relkind "
            "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "CROSS JOIN LATERAL aclexplode(coalesce(c.relacl, acldefault("
            "(CASE WHEN c.relkind = 'S' THEN 's' ELSE 'r' END)::\"char\", c.relowner))) a "
            "LEFT JOIN pg_roles g ON g.oid = a.grantee "
            "WHERE n.nspname = 'public' AND c.relkind IN ('r', 'v', 'p', 'm', 'S') "
            "UNION ALL "
            "SELECT c.relname, t.attname, coalesce(g.rolname, 'PUBLIC'), a.privilege_type, 'c' "
            "FROM pg_attribute t JOIN pg_class c ON c.oid = t.attrelid "
            "JOIN pg_namespace n ON n.oid = c.relnamespace "
            "CROSS JOIN LATERAL aclexplode(t.attacl) a "
            "LEFT JOIN pg_roles g ON g.oid = a.grantee "
            "WHERE n.nspname = 'public' AND t.attacl IS NOT NULL AND NOT t.attisdropped "
            "UNION ALL "
            "SELECT p.proname, '()', coalesce(g.rolname, 'PUBLIC'), a.privilege_type, 'f' "
            "FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
            "CROSS JOIN LATERAL aclexplode(coalesce(p.proacl, acldefault('f', p.proowner))) a "
            "LEFT JOIN pg_roles g ON g.oid = a.grantee "
            "WHERE n.nspname = 'public' AND starts_with(p.proname, 'refugedesk_')"):
        if kind == "S":  # every sequence: the workers may use it (roles.grant_privileges)
            expected.setdefault((name, "", roles.WORKER), frozenset({"USAGE"}))
        if grantee != owner:
            found.setdefault((name, column, grantee), set()).add(privilege)
    problems = []
    for key in sorted(set(found) | set(expected)):
        name, column, grantee = key
        where = f"{name}.{column}" if column not in ("", "()") else name
        have, should = found.get(key, set()), expected.get(key, frozenset())
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
