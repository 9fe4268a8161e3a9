"""A staff member's password as the server stores it, computed on this computer.

PostgreSQL keeps a login's password as a SCRAM-SHA-256 verifier (salt, iteration count and two
derived keys), from which the password cannot be read back. `refugedesk_add_staff` takes the
verifier, never the password: libpq computes it on the client (`PQencryptPasswordConn`, psycopg's
`pgconn.encrypt_password`), so the clear password never reaches the server, its statement log
or its error messages.
"""

from __future__ import annotations

from typing import Any

#: What the staff functions accept (roles.py checks the prefix again on the server).
ALGORITHM = b"scram-sha-256"


def scram_verifier(conn: Any, username: str, password: str) -> str:
    """The SCRAM-SHA-256 verifier of `password` for the login `username`, computed by libpq
    on this computer. `conn` is an open psycopg 3 connection to the server (libpq asks it
    nothing for SCRAM, but the call needs one), or a SQLAlchemy Connection using psycopg."""
    raw = getattr(conn, "connection", None)  # SQLAlchemy's Connection -> its DB-API one
    if raw is not None and not hasattr(conn, "pgconn"):
        conn = raw.dbapi_connection
    verifier: bytes = conn.pgconn.encrypt_password(password.encode("utf-8"),
                                                   username.encode("utf-8"), ALGORITHM)
    return verifier.decode("ascii")
