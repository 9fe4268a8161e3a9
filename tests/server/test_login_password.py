"""Her login's password is not her key slot's (server/passwords.py).

The server keeps each login's password as a SCRAM verifier: PBKDF2, far cheaper to guess
against than Argon2id. Were the login password the one she types, whoever holds the verifier
(the server's administrator, a roles dump) could guess a weak password cheaply and then open
her key slot with it. These tests take the verifier as that person would, from pg_authid, and
check it is a verifier of the derived password only, and that the derived password opens no
slot."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets

import psycopg
import pytest
from argon2.low_level import Type, hash_secret_raw
from sqlalchemy import create_engine

from refugedesk.db.keyslots import DEFAULT_KDF, KdfProfile
from refugedesk.errors import WrongPassword
from refugedesk.server import key_slots, passwords
from refugedesk.server.profile import ServerProfile
from refugedesk.server.vault import ServerVault

from .conftest import SecuredDatabase, scram_verifier


def _stored(db: SecuredDatabase, login: str) -> str:
    """Her verifier as the server's administrator reads it."""
    with psycopg.connect(db.superuser_conninfo()) as conn:
        row = conn.execute("SELECT rolpassword FROM pg_authid WHERE rolname = %s",
                           (login,)).fetchone()
    assert row is not None and row[0].startswith("SCRAM-SHA-256$")
    return str(row[0])


def _verifies(verifier: str, password: str) -> bool:
    """A guess checked against a SCRAM-SHA-256 verifier, as an attacker holding it would
    (RFC 5802: StoredKey = H(HMAC(PBKDF2(password, salt, i), "Client Key")))."""
    _, rounds_salt, keys = verifier.split("$")
    rounds, salt = rounds_salt.split(":")
    stored_key = base64.b64decode(keys.split(":")[0])
    salted = hashlib.pbkdf2_hmac("sha256", password.encode(), base64.b64decode(salt),
                                 int(rounds))
    client_key = hmac.new(salted, b"Client Key", hashlib.sha256).digest()
    return hmac.compare_digest(hashlib.sha256(client_key).digest(), stored_key)


def _add_worker(db: SecuredDatabase) -> tuple[str, str]:
    name, password = f"{db.prefix}w{secrets.token_hex(2)}", "a fictional long passphrase"
    info = db.conninfo(db.admin, db.admin_password)
    with psycopg.connect(info, autocommit=True) as conn:
        conn.execute("SELECT refugedesk_add_staff(%s, 'Fictional Worker', 'support_worker', %s)",
                     (name, scram_verifier(info, name, password)))
    return name, password


def test_the_server_keeps_a_verifier_of_the_derived_password_not_of_hers(
        pg_secured: SecuredDatabase) -> None:
    name, password = _add_worker(pg_secured)
    verifier = _stored(pg_secured, name)
    assert not _verifies(verifier, password)
    assert _verifies(verifier, pg_secured.login_password(name, password))
    # The first administrator, made as `server init` makes her, likewise.
    admin_verifier = _stored(pg_secured, pg_secured.admin)
    assert not _verifies(admin_verifier, pg_secured.admin_password)


def test_her_typed_password_is_not_a_login_password(pg_secured: SecuredDatabase) -> None:
    """psql with the password she types is refused: only RefugeDesk's derivation signs in."""
    name, password = _add_worker(pg_secured)
    raw = pg_secured.server.conninfo(pg_secured.name, user=name, password=password)
    if pg_secured.server.ca_file is None:
        pytest.skip(pg_secured.server.tls_missing_reason)
    with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
        psycopg.connect(raw).close()
    psycopg.connect(pg_secured.conninfo(name, password)).close()


def test_the_login_password_opens_no_key_slot(pg_secured: SecuredDatabase) -> None:
    """Found (guessed from the verifier, or seen by a server in the middle), it signs her
    in, where the roles and need-to-know still hold, but opens nothing sealed."""
    admin, password = pg_secured.admin, pg_secured.admin_password
    engine = create_engine(pg_secured.url(admin, password))
    try:
        with engine.connect() as conn:
            with pytest.raises(WrongPassword):
                key_slots.open_service_key(conn, admin, pg_secured.login_password(admin, password))
            key_slots.open_service_key(conn, admin, password)
    finally:
        engine.dispose()


def test_the_app_signs_in_with_the_typed_password(pg_secured: SecuredDatabase,
                                                  profile: ServerProfile) -> None:
    vault = ServerVault.unlock(profile, pg_secured.admin, pg_secured.admin_password)
    try:
        assert vault.person.username == pg_secured.admin
        assert vault.engine.url.password != pg_secured.admin_password
    finally:
        vault.close()


def test_the_derivation_is_argon2id_at_the_fixed_cost_salted_by_the_login() -> None:
    light = passwords._login_kdf
    passwords.set_login_kdf(passwords.LOGIN_KDF)
    try:
        derived = passwords.login_password(" Ann ", "a passphrase")
        salt = hashlib.sha256(b"refugedesk-login-v1\0ann").digest()[:16]
        expected = hash_secret_raw(b"a passphrase", salt, time_cost=3, memory_cost=64 * 1024,
                                   parallelism=2, hash_len=32, type=Type.ID)
        assert derived == "rd1." + base64.urlsafe_b64encode(expected).decode().rstrip("=")
    finally:
        passwords.set_login_kdf(light)
    # Never below the cost of a key slot: a guess against the verifier costs what one
    # against her slot does.
    assert KdfProfile(time_cost=3, memory_kib=64 * 1024, parallelism=2) == passwords.LOGIN_KDF
    assert passwords.LOGIN_KDF.memory_kib >= DEFAULT_KDF.memory_kib
    assert passwords.LOGIN_KDF.time_cost >= DEFAULT_KDF.time_cost
    # Another login or another password: another login password.
    one = passwords.login_password("ann", "pw one two three")
    assert one != passwords.login_password("bea", "pw one two three")
    assert one != passwords.login_password("ann", "pw one two three!")
    assert one == passwords.login_password("ANN", "pw one two three")
