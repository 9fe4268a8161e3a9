"""A staff member's password as the server sees it, computed on this computer.

Two things are made from the password she types, and neither can be turned into the other:

* her **key slot** (server/key_slots.py) opens under Argon2id of the typed password with the
  slot's own random salt, as a key file's does;
* her **login password** is not the typed password but `login_password(...)`: Argon2id of it,
  salted with her login name, at a fixed cost (`LOGIN_KDF`).

PostgreSQL keeps a login's password as a SCRAM-SHA-256 verifier (salt, 4096 rounds of PBKDF2,
two derived keys). Were the login password the typed one, whoever holds the verifier (the
server's administrator, a roles dump, a stolen backup of `pg_authid`) could guess a weak
password at PBKDF2's price, thousands of times faster than Argon2id, and the password found
would open her key slot. Derived here, every guess against the verifier costs one Argon2id run
as well, and a login password that is found (or seen by a server in the middle) is not the
password of her slot: it lets someone sign in as her, where the server's roles and
need-to-know still hold, and opens no sealed value.

The salt is fixed, not random, because it must be worked out before she has signed in. It is
her login name, which is unique on the server (logins are the whole server's, and a server
holds one service). It does not name the database: a dump restored under another name (a
trial restore beside the live one) must still let everyone sign in. So the same name and
password on two services' servers give the same login password; someone who holds both
servers' verifiers can share one Argon2id run between them, and nobody gains more than that.

`refugedesk_add_staff` takes the verifier, never a password: libpq computes it on this
computer (`PQencryptPasswordConn`, psycopg's `pgconn.encrypt_password`), so neither the typed
nor the login password reaches the server, its statement log or its error messages.
"""

from __future__ import annotations

import base64
import hashlib
from typing import Any

from refugedesk.db.keyslots import KdfProfile

#: What the staff functions accept (roles.py checks the prefix again on the server).
ALGORITHM = b"scram-sha-256"

#: The login password's Argon2id cost. Never change it: every login on every service's
#: server was made with it, and a different cost is a different password. (A new cost would
#: need a new tag in `_SALT_TAG` and a way for each person to move her login over.)
LOGIN_KDF = KdfProfile(time_cost=3, memory_kib=64 * 1024, parallelism=2)
_SALT_TAG = b"refugedesk-login-v1"
_login_kdf = LOGIN_KDF


def set_login_kdf(profile: KdfProfile) -> None:
    """A lighter cost for the tests and benchmarks (one process, so one cost throughout).
    The application never calls it."""
    global _login_kdf
    _login_kdf = profile


def login_password(username: str, password: str) -> str:
    """Her login's password on the service's server, from the password she typed."""
    from argon2.low_level import Type, hash_secret_raw

    name = username.strip().casefold()
    salt = hashlib.sha256(_SALT_TAG + b"\0" + name.encode("utf-8")).digest()[:16]
    derived = hash_secret_raw(secret=password.encode("utf-8"), salt=salt,
                              time_cost=_login_kdf.time_cost,
                              memory_cost=_login_kdf.memory_kib,
                              parallelism=_login_kdf.parallelism, hash_len=32, type=Type.ID)
    return "rd1." + base64.urlsafe_b64encode(derived).decode("ascii").rstrip("=")


def scram_verifier(conn: Any, username: str, password: str) -> str:
    """The SCRAM-SHA-256 verifier for the login `username` whose typed password is
    `password` (of its `login_password`), computed by libpq on this computer. `conn` is an
    open psycopg 3 connection to the server (libpq asks it nothing for SCRAM, but the call
    needs one), or a SQLAlchemy Connection using psycopg."""
    raw = getattr(conn, "connection", None)  # SQLAlchemy's Connection -> its DB-API one
    if raw is not None and not hasattr(conn, "pgconn"):
        conn = raw.dbapi_connection
    derived = login_password(username, password)
    verifier: bytes = conn.pgconn.encrypt_password(derived.encode("ascii"),
                                                   username.encode("utf-8"), ALGORITHM)
    return verifier.decode("ascii")
