"""Bring a vault's schema up to date. Runs on every unlock; cheap when nothing is to do."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine

if TYPE_CHECKING:
    from alembic.config import Config

#: The newest revision in migrations/versions. A test checks it against Alembic's own head, so
#: start-up can compare one string instead of importing Alembic and reading every script.
HEAD = "0009"

MIGRATIONS = Path(__file__).with_name("migrations")


def current_revision(conn: Connection) -> str | None:
    has_table = conn.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
    ).first()
    if not has_table:
        return None
    return conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def upgrade(engine: Engine) -> bool:
    """Run pending migrations. Returns True if any ran.

    Foreign keys are off while they run: a batch migration rebuilds a parent table by dropping
    it, and with foreign keys on that would cascade-delete the children (see shared NOTES).
    `foreign_key_check` afterwards makes sure the rebuilt tables still fit together.
    """
    with engine.connect() as conn:
        if current_revision(conn) == HEAD:
            return False
    from alembic import command

    with engine.connect() as conn:
        # The pragma is silently ignored inside a transaction, and the engine's "begin" hook
        # starts one on the first statement through SQLAlchemy: so it goes straight to the
        # driver connection, before anything else (and back on only after the transaction).
        driver: Any = conn.connection.driver_connection  # the sqlcipher3 connection
        driver.execute("PRAGMA foreign_keys = OFF")
        try:
            if driver.execute("PRAGMA foreign_keys").fetchone()[0] != 0:
                raise RuntimeError("could not switch foreign keys off for the migration")
            config = alembic_config()
            config.attributes["connection"] = conn
            command.upgrade(config, "head")
            problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if problems:
                raise RuntimeError(f"migration left {len(problems)} broken foreign keys")
            conn.commit()
        finally:
            if conn.in_transaction():
                conn.rollback()
            driver.execute("PRAGMA foreign_keys = ON")
    return True


def schema_problems(conn: Connection, *, besides: tuple[str, ...] = ()) -> list[str]:
    """Differences between the migrated schema and the models (used by tests and `check`).
    Tables whose names start with one of `besides` are not the models' and are not read (a
    server's own, server/upgrade.py)."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from refugedesk.db.models import Base

    def include_name(name: str | None, type_: str, _parents: object) -> bool:
        return not (type_ == "table" and name and name.startswith(besides)) if besides \
            else True

    context = MigrationContext.configure(conn, opts={"compare_type": False,
                                                     "include_name": include_name})
    return [repr(d) for d in compare_metadata(context, Base.metadata)]


__all__ = ["HEAD", "upgrade", "current_revision", "schema_problems"]
