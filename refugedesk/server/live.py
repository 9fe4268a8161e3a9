"""Live: what one office changes shows on the others within seconds (issue 17).

A file vault is one computer's. On a server, a booking made in one safe house's office, an
arrival, a sent handover or a resident not back must reach the on-call worker's screen at
home without her pressing anything, and without every copy of RefugeDesk re-reading the whole
board every few seconds. PostgreSQL's LISTEN/NOTIFY does it:

- `install(conn)` (as the owner, with the schema) puts a trigger on the tables whose changes
  others must see. It sends one notification per statement on the channel `refugedesk`, after
  the transaction commits (PostgreSQL holds notifications until then, and drops them if it
  rolls back), saying only which table changed: never a name, an id or a value, so nothing
  about anyone travels outside the rows a login may read.
- `Listener` holds one connection of its own, as the signed-in person, that waits for them
  on a thread and calls `on_change({"stay", "reservation"})` with what changed; the window
  re-reads just the views those tables feed, through the normal reading path.

A listener that loses its connection says so (`on_lost`) instead of silently going stale; the
window then re-reads everything when it can connect again.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from typing import Any

from sqlalchemy import Connection

from refugedesk.server.audit_chain import execute_script

CHANNEL = "refugedesk"

#: The tables a change to which another office must see soon: the board (stays, offers,
#: rooms closed or reopened), referrals in, handovers sent and acknowledged, who is out and
#: not back, incidents.
WATCHED = ("stay", "reservation", "room", "room_closure", "referral", "handover",
           "handover_addendum", "sign_out", "whereabouts_step", "incident", "on_call")

FUNCTION = f"""
CREATE FUNCTION refugedesk_notify_change() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    PERFORM pg_notify('{CHANNEL}', json_build_object('table', TG_TABLE_NAME)::text);
    RETURN NULL;
END $$"""


def install(conn: Connection) -> None:
    """The notifying triggers, in the caller's transaction, as the schema's owner."""
    execute_script(conn, FUNCTION)
    for table in WATCHED:
        execute_script(conn, f"""
            CREATE TRIGGER {table}_notify_change
            AFTER INSERT OR UPDATE OR DELETE ON {table}
            FOR EACH STATEMENT EXECUTE FUNCTION refugedesk_notify_change()""")


def tables_in(payload: str) -> set[str]:
    """The tables a notification names (nothing for a payload that is not ours)."""
    try:
        table = json.loads(payload).get("table")
    except (ValueError, AttributeError):
        return set()
    return {table} if table in WATCHED else set()


class Listener:
    """Waits for changes on a connection of its own, on a thread, until `stop`.

    `conninfo` is a libpq connection string for the signed-in person (her login, TLS
    verified). `on_change` and `on_lost` run on the listener's thread: a window hands them to
    its own thread (a queued Qt signal) before touching a widget."""

    def __init__(self, conninfo: str, on_change: Callable[[set[str]], None],
                 on_lost: Callable[[BaseException], None] | None = None) -> None:
        self._conninfo = conninfo
        self._conn: Any = None
        self._on_change = on_change
        self._on_lost = on_lost
        self._stopping = threading.Event()
        #: Set once it listens (or has failed to): the connection is made on the listener's
        #: thread, never the window's (a far server can take seconds to answer).
        self.listening = threading.Event()
        self._thread = threading.Thread(target=self._run, name="refugedesk-live", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        import psycopg

        try:
            self._conn = psycopg.connect(self._conninfo, autocommit=True)
            self._conn.execute(f"LISTEN {CHANNEL}")
            self.listening.set()
            while not self._stopping.is_set():
                changed: set[str] = set()
                # Wake at least every half second to notice `stop`; gather what arrived
                # together into one call, so a burst of writes re-reads the board once.
                for note in self._conn.notifies(timeout=0.5, stop_after=50):
                    changed |= tables_in(note.payload)
                if changed and not self._stopping.is_set():
                    self._on_change(changed)
        except psycopg.Error as exc:
            if not self._stopping.is_set() and self._on_lost is not None:
                self._on_lost(exc)
        finally:
            self.listening.set()

    def stop(self) -> None:
        self._stopping.set()
        self._thread.join(timeout=15)
        if self._conn is not None:
            self._conn.close()
