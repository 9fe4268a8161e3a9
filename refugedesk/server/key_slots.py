"""The service key on a server, and each staff member's key slot for it (issue 17).

The crown jewels are sealed by the app (refugedesk/db/sealed.py) under one random 256-bit
*service key*. As in a file vault's key file (refugedesk/db/keyslots.py, the same code and
format), the key is never stored in clear: each staff member has a slot, her own X25519 key
pair whose private half is wrapped under Argon2id of her password, with the service key sealed
to it; the organisation's recovery code opens one more slot. The slots live in a server table
that no staff role may read:

    refugedesk_service_key   one row: the service's id (it binds every ciphertext) and the
                             key's generation; staff may read it
    refugedesk_key_slot      login -> slot (JSON); nobody but the owner reads it directly

and are reached only through SECURITY DEFINER functions that hand each person her own slot:

    refugedesk_my_key_slot()            her slot (staff)
    refugedesk_set_my_key_slot(slot)    replace her own slot, after a password change (staff)
    refugedesk_put_key_slot(login, slot)  a slot for a colleague (administrators): the
                                        service key sealed to a password the administrator
                                        sets for her, as Admin's "add" does in a file vault
    refugedesk_recovery_key_slot()      the recovery slot (administrators)

and, after the service key was changed (key_rotation.py), each slot's pending slot:

    refugedesk_pending_key_slot         login -> the keys since her slot's, sealed to it
    refugedesk_my_pending_key_slot()    hers (staff), opened at sign-in
    refugedesk_renew_my_key_slot(slot)  her slot renewed to the key as it is now (staff)
    refugedesk_recovery_pending_key_slot()  the recovery slot's (administrators)
    refugedesk_key_slot_publics()       each slot's public key and vouch, and its pending
                                        slot: what a change needs, no password-guarded part
    refugedesk_put_pending_key_slot(login, slot)  during a change (administrators)

Switching a colleague off removes her slot (a trigger on staff_member), so her password no
longer opens the key even if her login were switched on by someone else.

What the server's administrator sees: slots, each useless without its owner's password;
ciphertext; and everything not sealed (docs/security.md). What she can still do is change what
the app is given (a slot of her own making for a login she controls): the server is trusted to
keep the records, not to read them.
"""

from __future__ import annotations

import secrets

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from refugedesk.db.keyslots import (
    RECOVERY_SLOT,
    KeyFile,
    OpenedSlot,
    new_database_key,
    new_recovery_code,
    normalise_recovery_code,
    slot_id_for,
)
from refugedesk.db.models import Organisation
from refugedesk.db.sealed import Sealer
from refugedesk.errors import KeyFileDamaged, KeyNotPassedOn, NoKeySlot, ServiceKeyChanged
from refugedesk.server.audit_chain import NOW_TEXT, execute_script
from refugedesk.server.roles import ADMIN, WORKER, admin_only

#: The recovery slot's row: not a possible login (staff names are lower-case letters first,
#: and no login may start with "refugedesk_").
RECOVERY_LOGIN = "refugedesk_recovery"

TABLES = [
    """CREATE TABLE IF NOT EXISTS refugedesk_service_key (
           only_one boolean PRIMARY KEY DEFAULT true CHECK (only_one),
           service_id text NOT NULL CHECK (service_id ~ '^[0-9a-f]{32}$'),
           generation integer NOT NULL DEFAULT 1 CHECK (generation > 0))""",
    """CREATE TABLE IF NOT EXISTS refugedesk_key_slot (
           login text PRIMARY KEY,
           slot text NOT NULL CHECK (json_valid(slot)))""",
    # After the service key is changed (key_rotation.py): the new key for each slot, until
    # its owner's next sign-in renews her slot.
    """CREATE TABLE IF NOT EXISTS refugedesk_pending_key_slot (
           login text PRIMARY KEY,
           generation integer NOT NULL CHECK (generation > 1),
           slot text NOT NULL CHECK (json_valid(slot)))""",
]

_ADMIN_ONLY = admin_only("only an administrator can give or read these key slots")
_DEFINER = "LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp"
#: The plpgsql that refuses a p_slot that is not a JSON object.
_A_SLOT = """IF NOT json_valid(p_slot) OR json_typeof(p_slot::json) <> 'object' THEN
        RAISE EXCEPTION 'not a key slot' USING ERRCODE = 'invalid_parameter_value';
    END IF;"""

FUNCTIONS = [
    (f"""
CREATE FUNCTION refugedesk_my_key_slot() RETURNS text {_DEFINER} AS $$
BEGIN
    RETURN (SELECT slot FROM refugedesk_key_slot WHERE login = session_user);
END $$""", "refugedesk_my_key_slot()", WORKER),
    (f"""
CREATE FUNCTION refugedesk_set_my_key_slot(p_slot text) RETURNS void {_DEFINER} AS $$
BEGIN
    {_A_SLOT}
    -- Only a slot she already has: a switched-off colleague has none, and gets none back
    -- by calling this.
    UPDATE refugedesk_key_slot SET slot = p_slot WHERE login = session_user;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no key slot for %', session_user USING ERRCODE = 'undefined_object';
    END IF;
    DELETE FROM refugedesk_pending_key_slot WHERE login = session_user;
    -- A new slot is a new password (staff may not write their own row: this does it).
    UPDATE staff_member SET password_changed_at = {NOW_TEXT} WHERE username = session_user;
END $$""", "refugedesk_set_my_key_slot(text)", WORKER),
    (f"""
CREATE FUNCTION refugedesk_put_key_slot(p_login text, p_slot text) RETURNS void
{_DEFINER} AS $$
BEGIN
    {_ADMIN_ONLY}
    {_A_SLOT}
    IF p_login <> '{RECOVERY_LOGIN}' AND NOT EXISTS (
        SELECT 1 FROM staff_member WHERE username = p_login AND active) THEN
        RAISE EXCEPTION 'no active staff member %', p_login USING ERRCODE = 'undefined_object';
    END IF;
    INSERT INTO refugedesk_key_slot (login, slot) VALUES (p_login, p_slot)
        ON CONFLICT (login) DO UPDATE SET slot = EXCLUDED.slot;
    -- A slot given now holds the key as it is now: a new key left for the old one is moot.
    DELETE FROM refugedesk_pending_key_slot WHERE login = p_login;
    -- A slot her administrator gives her comes with a password she was given.
    UPDATE staff_member SET password_changed_at = {NOW_TEXT} WHERE username = p_login;
END $$""", "refugedesk_put_key_slot(text, text)", ADMIN),
    (f"""
CREATE FUNCTION refugedesk_recovery_key_slot() RETURNS text {_DEFINER} AS $$
BEGIN
    {_ADMIN_ONLY}
    RETURN (SELECT slot FROM refugedesk_key_slot WHERE login = '{RECOVERY_LOGIN}');
END $$""", "refugedesk_recovery_key_slot()", ADMIN),
    (f"""
CREATE FUNCTION refugedesk_recovery_pending_key_slot() RETURNS text {_DEFINER} AS $$
BEGIN
    {_ADMIN_ONLY}
    RETURN (SELECT p.slot FROM refugedesk_pending_key_slot p
              JOIN refugedesk_service_key k ON k.generation = p.generation
             WHERE p.login = '{RECOVERY_LOGIN}');
END $$""", "refugedesk_recovery_pending_key_slot()", ADMIN),
    (f"""
CREATE FUNCTION refugedesk_drop_key_slot() RETURNS trigger {_DEFINER} AS $$
BEGIN
    DELETE FROM refugedesk_key_slot WHERE login = NEW.username;
    DELETE FROM refugedesk_pending_key_slot WHERE login = NEW.username;
    RETURN NULL;
END $$""", "refugedesk_drop_key_slot()", None),
    # --- after the service key was changed (key_rotation.py) ---
    (f"""
CREATE FUNCTION refugedesk_my_pending_key_slot() RETURNS text {_DEFINER} AS $$
BEGIN
    RETURN (SELECT p.slot FROM refugedesk_pending_key_slot p
              JOIN refugedesk_service_key k ON k.generation = p.generation
             WHERE p.login = session_user);
END $$""", "refugedesk_my_pending_key_slot()", WORKER),
    (f"""
CREATE FUNCTION refugedesk_renew_my_key_slot(p_slot text) RETURNS void {_DEFINER} AS $$
BEGIN
    {_A_SLOT}
    -- Her slot made again with the password she has just typed (to hold a changed key, or
    -- in the form this RefugeDesk makes): her password did not change, so neither does the
    -- date it last did. Replacing her own slot is what refugedesk_set_my_key_slot does too.
    DELETE FROM refugedesk_pending_key_slot WHERE login = session_user;
    UPDATE refugedesk_key_slot SET slot = p_slot WHERE login = session_user;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no key slot for %', session_user USING ERRCODE = 'undefined_object';
    END IF;
END $$""", "refugedesk_renew_my_key_slot(text)", WORKER),
    (f"""
CREATE FUNCTION refugedesk_key_slot_publics()
RETURNS TABLE (login text, slot text, pending text) {_DEFINER} AS $$
BEGIN
    {_ADMIN_ONLY}
    -- What a rotation needs of each slot, and nothing its password guards: a colleague's
    -- wrapped private key stays out of an administrator's hands. A pending slot holds
    -- nothing but what was sealed to her public key.
    -- Read as text, never cast here: a slot is whatever its owner wrote (a JSON object),
    -- and one she spoiled must leave her out, not stop the change for everyone. Only the
    -- slots of active staff and the recovery slot: a row left for a switched-off login is
    -- given nothing.
    RETURN QUERY
        SELECT s.login, CASE WHEN json_typeof(s.slot::json) = 'object' THEN json_build_object(
                   'public', (s.slot::json)->>'public',
                   'vouched', (s.slot::json)->>'vouched',
                   'generation', (s.slot::json)->>'generation')::text END, p.slot
          FROM refugedesk_key_slot s
          LEFT JOIN refugedesk_pending_key_slot p ON p.login = s.login
         WHERE s.login = '{RECOVERY_LOGIN}' OR EXISTS (
                SELECT 1 FROM staff_member m WHERE m.username = s.login AND m.active)
         ORDER BY s.login;
END $$""", "refugedesk_key_slot_publics()", ADMIN),
    (f"""
CREATE FUNCTION refugedesk_put_pending_key_slot(p_login text, p_slot text) RETURNS void
{_DEFINER} AS $$
BEGIN
    {_ADMIN_ONLY}
    {_A_SLOT}
    IF NOT EXISTS (SELECT 1 FROM refugedesk_key_slot WHERE login = p_login) THEN
        RAISE EXCEPTION 'no key slot for %', p_login USING ERRCODE = 'undefined_object';
    END IF;
    INSERT INTO refugedesk_pending_key_slot (login, generation, slot)
        SELECT p_login, generation, p_slot FROM refugedesk_service_key
        ON CONFLICT (login) DO UPDATE
            SET generation = EXCLUDED.generation, slot = EXCLUDED.slot;
END $$""", "refugedesk_put_pending_key_slot(text, text)", ADMIN),
]

TRIGGER = """
CREATE TRIGGER staff_switched_off_loses_key_slot
AFTER UPDATE OF active ON staff_member
FOR EACH ROW WHEN (OLD.active AND NOT NEW.active)
EXECUTE FUNCTION refugedesk_drop_key_slot()"""


def make_tables(conn: Connection) -> None:
    """The service key's and the slots' tables, once, as the schema's owner."""
    for sql in TABLES:
        execute_script(conn, sql)


def install(conn: Connection) -> None:
    """The functions, trigger and grants, as the schema's owner, after make_tables (and after
    create_schema: the trigger is on staff_member); made again after every migration."""
    for sql, signature, group in FUNCTIONS:
        execute_script(conn, sql)
        conn.exec_driver_sql(f"REVOKE ALL ON FUNCTION {signature} FROM PUBLIC")
        if group:
            conn.exec_driver_sql(f'GRANT EXECUTE ON FUNCTION {signature} TO "{group}"')
    execute_script(conn, TRIGGER)
    conn.exec_driver_sql("REVOKE ALL ON refugedesk_service_key, refugedesk_key_slot, "
                         "refugedesk_pending_key_slot FROM PUBLIC")
    # The service's id is not a secret (it is in every ciphertext's associated data).
    conn.exec_driver_sql(f'GRANT SELECT ON refugedesk_service_key TO "{WORKER}"')


def create_service_key(conn: Connection, first_admin: str, password: str, *,
                       organisation: str | None) -> tuple[Sealer, str]:
    """At `server init`, as the owner: the service (its `organisation` row, named as the file
    vault's set-up names it, holding the recovery slot's public key as a file vault's does;
    none when `organisation` is None, for a vault moved with its own), a
    new service key, the first administrator's slot and the recovery slot. Returns the sealer
    and the recovery code to write down (it is shown once and kept nowhere)."""
    service_id = secrets.token_hex(16)
    key, code = new_database_key(), new_recovery_code()
    conn.exec_driver_sql("INSERT INTO refugedesk_service_key (service_id) VALUES (%s)",
                         (service_id,))
    keys = KeyFile.holding(service_id, 1, {})
    for login, slot_id, secret in ((first_admin, slot_id_for(service_id, first_admin), password),
                                   (RECOVERY_LOGIN, RECOVERY_SLOT, code)):
        keys.add_slot(slot_id, secret, key)
        conn.exec_driver_sql("INSERT INTO refugedesk_key_slot (login, slot) VALUES (%s, %s)",
                             (login, keys.slot_text(slot_id)))
    if organisation is not None:  # None: moved from a file vault, row and all
        with Session(bind=conn) as session:
            session.add(Organisation(name=organisation.strip(),
                                     recovery_public_key=keys.public_key(RECOVERY_SLOT)))
            session.flush()
    return Sealer(key, service_id), code


def recovery_public_key(conn: Connection) -> bytes:
    """The recovery slot's public key (as the owner), for the organisation row."""
    service_id, generation = _service(conn)
    slot = conn.exec_driver_sql("SELECT slot FROM refugedesk_key_slot WHERE login = %s",
                                (RECOVERY_LOGIN,)).scalar_one()
    return KeyFile.holding(service_id, generation, {RECOVERY_SLOT: slot}).public_key(
        RECOVERY_SLOT)


def _service(conn: Connection) -> tuple[str, int]:
    row = conn.exec_driver_sql(
        "SELECT service_id, generation FROM refugedesk_service_key").first()
    if row is None:
        raise KeyFileDamaged()
    return str(row[0]), int(row[1])


def _my_slot(conn: Connection, login: str) -> tuple[KeyFile, str, str | None]:
    """Her own slot, as the server hands it to her, its id, and the new key left for her
    after the service key was changed (None when there is none)."""
    # One round trip (sign-in waits for it): the service's row, her slot and any new key.
    row = conn.exec_driver_sql("SELECT service_id, generation, refugedesk_my_key_slot(), "
                               "refugedesk_my_pending_key_slot() "
                               "FROM refugedesk_service_key").first()
    if row is None:
        raise KeyFileDamaged()
    service_id, generation, slot, pending = str(row[0]), int(row[1]), row[2], row[3]
    if slot is None:
        raise NoKeySlot()
    slot_id = slot_id_for(service_id, login)
    return KeyFile.holding(service_id, generation, {slot_id: slot}), slot_id, pending


def open_service_key(conn: Connection, login: str, password: str) -> Sealer:
    """As the staff member `login` (her own connection): her slot, opened with her password.
    Raises WrongPassword, NoKeySlot, KeyFileDamaged, KeySlotAltered or KeyNotPassedOn.

    After the service key was changed, her slot still holds the old key: the new one, left
    for her in a pending slot, is opened and checked with the old, and her slot renewed to
    hold it. The caller commits (the renewal is a write)."""
    keys, slot_id, pending = _my_slot(conn, login)
    opened = keys.open_slot_full(slot_id, password)
    key = opened.db_key
    if keys.slot_generation(slot_id) != keys.generation:
        key = _carried(keys, slot_id, opened, pending)
    elif keys.vouched(slot_id):
        return Sealer(key, keys.vault_id, keys.generation)
    # Renewed: to hold the changed key, or made before slots were vouched for (so the next
    # change of key could not carry it).
    keys.add_slot(slot_id, password, key, opened.identity)
    conn.exec_driver_sql("SELECT refugedesk_renew_my_key_slot(%s)", (keys.slot_text(slot_id),))
    return Sealer(key, keys.vault_id, keys.generation)


def _carried(keys: KeyFile, slot_id: str, opened: OpenedSlot, pending: str | None) -> bytes:
    """The key as it is now, carried to an older slot by its pending slot (KeyNotPassedOn
    when none was left for it, KeySlotAltered for a forged one)."""
    if pending is None:
        raise KeyNotPassedOn()
    return keys.open_pending(slot_id, opened, pending)


def open_with_recovery(conn: Connection, code: str) -> Sealer:
    """As an administrator who has forgotten her password (the server's administrator reset
    her login's): the recovery slot, opened with the organisation's recovery code (renewed,
    as a staff member's slot is at sign-in, after the service key was changed; the caller
    commits)."""
    service_id, generation = _service(conn)
    slot, pending = conn.exec_driver_sql(
        "SELECT refugedesk_recovery_key_slot(), refugedesk_recovery_pending_key_slot()").one()
    if slot is None:
        raise KeyFileDamaged()
    keys = KeyFile.holding(service_id, generation, {RECOVERY_SLOT: slot})
    typed = normalise_recovery_code(code)
    opened = keys.open_recovery(typed)
    key = opened.db_key
    if keys.slot_generation(RECOVERY_SLOT) != generation:
        key = _carried(keys, RECOVERY_SLOT, opened, pending)
    elif keys.vouched(RECOVERY_SLOT):
        return Sealer(key, service_id, generation)
    put_recovery_slot(conn, Sealer(key, service_id, generation), typed, opened.identity)
    return Sealer(key, service_id, generation)


def put_recovery_slot(conn: Connection, sealer: Sealer, code: str,
                      identity: bytes | None = None) -> None:
    """As an administrator holding the service key and the recovery code: the recovery slot
    made again, holding `sealer`'s key (after a change of key, or to vouch for it)."""
    keys = KeyFile.holding(sealer.service_id, sealer.generation, {})
    public = keys.add_slot(RECOVERY_SLOT, normalise_recovery_code(code), sealer.key, identity)
    conn.exec_driver_sql("SELECT refugedesk_put_key_slot(%s, %s)",
                         (RECOVERY_LOGIN, keys.slot_text(RECOVERY_SLOT)))
    # The organisation row names the recovery slot's public key, as a file vault's does.
    conn.exec_driver_sql("UPDATE organisation SET recovery_public_key = %s", (public,))


def give_key_slot(conn: Connection, sealer: Sealer, login: str, password: str) -> None:
    """As an administrator holding the service key: a slot for `login` opened by `password`
    (the first password she is given, or a new one her administrator sets)."""
    service_id, generation = _service(conn)
    slot_id = slot_id_for(service_id, login)
    keys = KeyFile.holding(service_id, generation, {})
    if sealer.generation != generation:
        raise ServiceKeyChanged()  # her copy holds a key changed since: it would not open
    keys.add_slot(slot_id, password, sealer.key)
    conn.exec_driver_sql("SELECT refugedesk_put_key_slot(%s, %s)",
                         (login, keys.slot_text(slot_id)))


def change_my_password(conn: Connection, login: str, old: str, new: str) -> None:
    """As the staff member: her slot under a new password (a new key pair, as in a file
    vault's `change_secret`). The login's own password is changed with ALTER ROLE apart."""
    keys, slot_id, pending = _my_slot(conn, login)
    opened = keys.open_slot_full(slot_id, old)
    key = opened.db_key
    if keys.slot_generation(slot_id) != keys.generation:
        # The key was changed since she signed in (by her, perhaps): her new slot holds the
        # key as it is now, carried as at sign-in.
        key = _carried(keys, slot_id, opened, pending)
    keys.add_slot(slot_id, new, key, opened.identity)
    conn.exec_driver_sql("SELECT refugedesk_set_my_key_slot(%s)", (keys.slot_text(slot_id),))
