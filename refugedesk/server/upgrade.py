"""`refugedesk server upgrade`: bring a service's records on its server to the form this copy
of RefugeDesk uses, and make the server's rules afresh (issue 17).

A file vault migrates itself when it opens. A server is shared by every office, so no copy
signing in changes its schema: a copy whose models are newer than the server's records
refuses them (ServerRecordsOlder) until whoever runs the server has run this, once, with the
new release.

`upgrade_records(conn)` does, in the caller's ONE transaction (PostgreSQL's DDL is
transactional, so a failure anywhere leaves the server exactly as it was):

1. the same advisory lock `server init` takes, so two upgrades, or an upgrade and an init,
   do not run together;
2. refuses, changing nothing, a database RefugeDesk has not set up (ServerNotSetUp), records
   in a form this copy does not know (ServerRecordsNewer: a newer release upgraded them), and
   a database anyone is connected to (ServerInUse: a migration would wait on her open
   transactions, and a copy left open would go on writing with the old models);
3. as the schema's owner (the database's owner, whom the tables belong to):
   install.clear_rules, the Alembic migrations from the server's revision to HEAD through
   the project's own env.py, exactly as on a file, then install.install_rules;
4. checks the tables against the models (migrate.schema_problems) and refuses the result
   if they differ.

The rules are made again even when no migration is due: a release may change a policy or a
function without changing a table, and running upgrade after installing it is the one step
whoever runs the server needs to remember.

A migration after 0009 must run on PostgreSQL as well as SQLite: Alembic's operations (and
batch mode, which on PostgreSQL alters in place) do; raw SQL needs a branch on
`op.get_bind().dialect.name`. The server's own tables (`refugedesk_*`) and rules are not the
migrations' business: they are made by install.py.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection
from sqlalchemy.exc import DBAPIError

from refugedesk.db import migrate
from refugedesk.errors import (
    ServerInUse,
    ServerNotSetUp,
    ServerRecordsNewer,
    ServerRightsMissing,
    ServerSchemaDiffers,
)
from refugedesk.server.setup import quote_ident

#: The server's own tables and the audit view: install.py's, not the models'.
SERVERS_OWN = ("refugedesk_", "sqlite_sequence")

#: How long a step may wait for a lock before the upgrade gives up (changing nothing): only a
#: connection that began after the check for others could hold one.
LOCK_TIMEOUT = "10s"


@dataclass(frozen=True)
class Upgraded:
    #: The revision the records were at, and the one they are at now (migrate.HEAD).
    was: str
    now: str

    @property
    def migrated(self) -> bool:
        return self.was != self.now


def known_revisions() -> set[str]:
    """Every revision this copy's migrations know."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(migrate.alembic_config())
    return {revision.revision for revision in script.walk_revisions()}


#: Which of pg_stat_activity's rows are others connected to this database: a login's own
#: sessions show their kind only to her and to those who may read all statistics, so a
#: session whose kind is hidden counts when it has a login (background workers have none).
CONNECTED = ("datname = current_database() AND pid <> pg_backend_pid() "
             "AND (backend_type = 'client backend' OR (backend_type IS NULL "
             "AND usesysid IS NOT NULL))")


def upgrade_records(conn: Connection) -> Upgraded:
    """Upgrade the database `conn` is on (see the module's doc), signed in as a superuser or
    a role that may create roles. The caller commits."""
    from refugedesk.server import install
    from refugedesk.server.schema import current_revision

    run = conn.exec_driver_sql
    run("SELECT pg_advisory_xact_lock(hashtext('refugedesk server init'))")
    me, superuser, createrole = run(
        "SELECT session_user, rolsuper, rolcreaterole FROM pg_roles "
        "WHERE rolname = session_user").one()
    if not (superuser or createrole):
        raise ServerRightsMissing()
    # Everyone connected to this database but this connection.
    connected = [str(name) for (name,) in run(
        f"SELECT coalesce(usename, '?') FROM pg_stat_activity WHERE {CONNECTED} ORDER BY 1")]
    if connected:
        raise ServerInUse(len(connected), sorted(set(connected)))

    # The checks below read the tables: as their owner, which a role that may create roles
    # becomes for this transaction only (as in init).
    owner = run("SELECT pg_get_userbyid(datdba) FROM pg_database "
                "WHERE datname = current_database()").scalar_one()
    granted = False
    attempt = conn.begin_nested()
    try:
        run(f"SET LOCAL ROLE {quote_ident(owner)}")
        attempt.commit()
    except DBAPIError:
        attempt.rollback()
        if superuser:
            raise
        run(f"GRANT {quote_ident(owner)} TO {quote_ident(me)}")
        granted = True
        run(f"SET LOCAL ROLE {quote_ident(owner)}")
    run(f"SET LOCAL lock_timeout = '{LOCK_TIMEOUT}'")
    ours = run("SELECT count(*) FROM pg_tables WHERE schemaname = 'public' "
               "AND tablename IN ('alembic_version', 'staff_member', "
               "'refugedesk_service_key')").scalar_one()
    was = current_revision(conn) if ours == 3 else None
    if was is None:
        raise ServerNotSetUp()
    if was not in known_revisions():
        raise ServerRecordsNewer()

    transaction = run("SELECT pg_current_xact_id()").scalar_one()
    install.clear_rules(conn)
    _migrate(conn)
    # A migration must not commit part way (Alembic's autocommit_block would): the rules are
    # off until the end of this transaction, and must come back in the same one.
    if run("SELECT pg_current_xact_id()").scalar_one() != transaction:
        raise RuntimeError("a migration committed part way through server upgrade")
    install.make_tables(conn)  # a release may bring a table of the server's own
    install.install_rules(conn)
    problems = migrate.schema_problems(conn, besides=SERVERS_OWN)
    if problems:
        raise ServerSchemaDiffers("; ".join(problems[:5]))
    run("RESET ROLE")
    if granted:
        run(f"REVOKE {quote_ident(owner)} FROM {quote_ident(me)}")
    return Upgraded(str(was), migrate.HEAD)


def _migrate(conn: Connection) -> None:
    from alembic import command

    config = migrate.alembic_config()
    config.attributes["connection"] = conn
    command.upgrade(config, "head")
