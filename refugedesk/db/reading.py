"""Reading sessions are for reading, on both engines.

`vault.session()` and `vault.read()` are how the screens and the domain read; every change goes
through `vault.transaction()`. A file vault's reading session runs in a transaction that is
rolled back, so a change made through one would vanish; a server's reading session runs each
statement on its own (server/vault.py), so it would be kept piecemeal. Neither is ever right,
so both refuse it before it is sent, with the same error, and the tests of either engine (the
screens' run on files) catch a mistake the other would hide. On a server the connections are
also read-only on the server's side, which this cannot be: a SELECT may call a function.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Engine, event

#: How the statements of a reading session may begin.
READING = ("SELECT", "WITH")


class ReadingSessionWrote(RuntimeError):
    """A fault in the code, not in what was typed: something tried to change the records
    through a reading session. Changes go in `transaction()`."""


def hold_to_reading(engine: Engine, *, also: tuple[str, ...] = ()) -> Engine:
    """`engine` (an engine of its own, or a copy from `execution_options`, so that writing
    sessions are not held), refusing any statement that does not begin with SELECT or WITH,
    or one of `also` (a file vault's BEGIN)."""
    allowed = READING + also

    def refuse_writes(_conn: Connection, _cursor: object, statement: str, parameters: Any,
                      _context: object, _executemany: bool) -> tuple[str, Any]:
        if not statement.lstrip()[:8].upper().startswith(allowed):
            raise ReadingSessionWrote(statement.split(None, 1)[0] if statement.strip() else "")
        return statement, parameters

    event.listen(engine, "before_cursor_execute", refuse_writes, retval=True)
    return engine
