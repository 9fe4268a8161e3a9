"""Changing the service key on a server (issue 17; docs/server.md, "Changing the service key").

Why change it: someone who may have learned it (a leaver, a lost laptop while signed in, a
password that got out together with a copy of the database). In a file vault the whole file
is rekeyed and the new key sealed to every slot's public key (db/vault.py). On a server:

1. An administrator, with nobody else connected, makes a new random key and, in one
   SERIALIZABLE transaction: bumps the key's generation (`refugedesk_begin_key_rotation`,
   which locks the key's row so nobody signs in half way), lifts the kept records' guards
   as forgetting does (server/forgetting.py, with its audit event), opens every sealed value
   with the old key and seals it again with the new, and leaves a *pending slot* for every
   slot: the new key sealed to the slot's public key, with a MAC under the old key.
2. Each person's own slot is left as it is: it is committed to its key under her password
   (db/keyslots.py, `KeyFile.holding`), which only she can make again. At her next sign-in
   (key_slots.open_service_key) her slot opens the old key, which checks the pending slot's
   MAC; her private key opens the new key; and her slot is renewed to hold it.
3. Whoever runs the server can make neither a pending slot (it has no key to MAC with) nor a
   public key that is given one: each slot's public key is vouched for under the key it
   holds (`KeyFile.vouched_public`), so a key pair swapped into the slot table is left out.

A copy of RefugeDesk still holding the old key (on a computer nobody closed) would seal what
it saves under a key nobody else has. Each copy says which key it holds when it connects
(`refugedesk.key_generation`, ServerVault), and a trigger on every table with a sealed column
refuses a write from a copy whose key is not the current one (SQLSTATE RDK01, which the app
shows as "sign out, then sign in again"). A connection that says nothing (the server's own
tools: `migrate-to-server`, set-up) is not held to it.

Left out of the new key, and told so: a person whose slot was already a change behind (she
did not sign in between two changes) or was made before slots were vouched for; her
administrator gives her a new password. The recovery code's slot must be carried, or nothing
changes (RecoveryNotCarried).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import Connection

from refugedesk.db import sealed
from refugedesk.db.keyslots import (
    RECOVERY_SLOT,
    KeyFile,
    OpenedSlot,
    new_database_key,
    slot_id_for,
)
from refugedesk.db.sealed import Sealer
from refugedesk.errors import (
    KeyFileDamaged,
    KeySlotAltered,
    NotAllowed,
    OthersSignedIn,
    RecoveryNotCarried,
    SealedValueUnreadable,
    ServiceKeyChanged,
)
from refugedesk.i18n import translate
from refugedesk.server.audit_chain import execute_script
from refugedesk.server.key_slots import RECOVERY_LOGIN
from refugedesk.server.roles import ADMIN, admin_only
from refugedesk.server.setup import quote_ident

# The setting each copy's writing connections carry: the generation of the key it holds.
SETTING = "refugedesk.key_generation"
# The SQLSTATE of a write refused because the copy's key is no longer the service's.
KEY_CHANGED_STATE = "RDK01"

# How long a change of key waits for the key's row (then "someone else was changing...").
LOCK_WAIT = "5s"

_DEFINER = "LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp"

BEGIN_FUNCTION = f"""
CREATE FUNCTION refugedesk_begin_key_rotation() RETURNS integer {_DEFINER} AS $$
DECLARE
    g integer;
BEGIN
    {admin_only("only an administrator can change the service key")}
    -- Until this transaction ends nobody reads the key's row: a sign-in waits, then opens
    -- the new key through the pending slot this transaction leaves her.
    LOCK TABLE refugedesk_service_key IN ACCESS EXCLUSIVE MODE;
    UPDATE refugedesk_service_key SET generation = generation + 1 RETURNING generation INTO g;
    -- This transaction writes under the new key.
    PERFORM set_config('{SETTING}', g::text, true);
    RETURN g;
END $$"""

GUARD_FUNCTION = f"""
CREATE FUNCTION refugedesk_sealed_under_current_key() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    mine text := current_setting('{SETTING}', true);
BEGIN
    IF coalesce(mine, '') <> ''
            AND mine IS DISTINCT FROM (SELECT generation::text FROM refugedesk_service_key) THEN
        RAISE EXCEPTION 'the service key was changed: sign in again'
            USING ERRCODE = '{KEY_CHANGED_STATE}';
    END IF;
    RETURN NULL;
END $$"""


def _guarded_tables() -> dict[str, list[str]]:
    """Each table with a sealed column, and those columns."""
    from refugedesk.db.models import Base

    tables: dict[str, list[str]] = {}
    for table, column in sealed.sealed_columns(Base.metadata):
        tables.setdefault(table, []).append(column)
    return tables


def install(conn: Connection) -> None:
    """The rotation's function and the old key's guard, as the schema's owner, after
    key_slots.install; made again after every migration (a new sealed column is guarded)."""
    execute_script(conn, BEGIN_FUNCTION)
    conn.exec_driver_sql("REVOKE ALL ON FUNCTION refugedesk_begin_key_rotation() FROM PUBLIC")
    conn.exec_driver_sql(
        f'GRANT EXECUTE ON FUNCTION refugedesk_begin_key_rotation() TO "{ADMIN}"')
    execute_script(conn, GUARD_FUNCTION)
    conn.exec_driver_sql(
        "REVOKE ALL ON FUNCTION refugedesk_sealed_under_current_key() FROM PUBLIC")
    for table, columns in _guarded_tables().items():
        names = ", ".join(quote_ident(c) for c in columns)
        execute_script(conn, (
            f"CREATE TRIGGER {table}_sealed_under_current_key "
            f"BEFORE INSERT OR UPDATE OF {names} ON {quote_ident(table)} "
            "FOR EACH STATEMENT EXECUTE FUNCTION refugedesk_sealed_under_current_key()"))


def say_generation(dbapi_connection: object, generation: int) -> None:
    """Tell the server which key this connection's copy holds (a session setting, kept
    across its transactions)."""
    dbapi_connection.execute(  # type: ignore[attr-defined]
        "SELECT set_config(%s, %s, false)", (SETTING, str(generation)))
    dbapi_connection.commit()  # type: ignore[attr-defined]


@dataclass(frozen=True)
class Rotated:
    """What a change of the service key did."""

    generation: int
    # Sealed values opened and sealed again under the new key.
    values: int
    # People given the new key for their next sign-in (the recovery code's slot apart).
    carried: int
    # Logins left out (their administrator gives them a new password).
    left_out: list[str] = field(default_factory=list)


def connected_others(conn: Connection) -> list[str]:
    """The logins connected to this database by anything but this copy of RefugeDesk (its
    writing, reading and listening connections name it: profile.THIS_COPY). Her own login
    on another computer counts: a laptop left signed in is what a change of key is for."""
    from refugedesk.server.profile import THIS_COPY
    from refugedesk.server.upgrade import CONNECTED

    return sorted({str(name) for (name,) in conn.exec_driver_sql(
        f"SELECT coalesce(usename, '?') FROM pg_stat_activity WHERE {CONNECTED} "
        "AND (usename IS DISTINCT FROM session_user "
        "OR application_name IS DISTINCT FROM %s)", (THIS_COPY,))})


def rotate_service_key(vault: object, *, recovery_code: str | None = None,
                       progress: Callable[[int, int], None] | None = None) -> Rotated:
    """An administrator changes the service key (the module's doc). Raises NotAllowed,
    OthersSignedIn, RecoveryNotCarried (the recovery slot cannot be carried: give
    `recovery_code` and it is made again), WrongRecoveryCode, SealedValueUnreadable (a value
    changed on the server, named) or ServiceKeyChanged (her copy's key is already not the
    service's); on any error nothing changed. Afterwards `vault` works with the new key."""
    from refugedesk import audit
    from refugedesk.server.forgetting import lift_guards
    from refugedesk.server.vault import ServerVault

    assert isinstance(vault, ServerVault)
    if not vault.confirm_person().is_admin:
        raise NotAllowed()
    old = sealed.sealer_of(vault.engine)
    with vault.transaction() as session:
        conn = session.connection()
        # First, so the key's row is locked as near to this transaction's start as can be:
        # a save that came between them would be left under the old key. Not waiting long
        # for it (a transaction left open elsewhere): sign-ins and saves queue behind it.
        conn.exec_driver_sql(f"SET LOCAL lock_timeout = '{LOCK_WAIT}'")
        generation = int(conn.exec_driver_sql(
            "SELECT refugedesk_begin_key_rotation()").scalar_one())
        others = connected_others(conn)
        if others:
            raise OthersSignedIn(others)
        if generation != old.generation + 1:
            raise ServiceKeyChanged()
        new = Sealer(new_database_key(), old.service_id, generation)
        carried, left_out = _leave_pending_slots(conn, old, new, recovery_code)
        lift_guards(conn)
        values = reseal(conn, old, new, progress=progress)
        audit.record(session, vault.person, "key_rotated",
                     detail=f"generation={generation}; values={values}; "
                            f"left_out={len(left_out)}")
    vault.use_sealer(new)
    return Rotated(generation, values, carried, left_out)


def _leave_pending_slots(conn: Connection, old: Sealer, new: Sealer,
                         recovery_code: str | None) -> tuple[int, list[str]]:
    """A pending slot carrying the new key for every slot whose public key was vouched for
    under the old one (its own, or the pending slot it was left at the last change); the
    logins of the rest. The recovery slot, if it cannot be carried, is made again with
    `recovery_code`, or the change stops (RecoveryNotCarried)."""
    from refugedesk.server.key_slots import put_recovery_slot

    carried, left_out, recovery_seen = 0, [], False
    for login, text, pending in conn.exec_driver_sql(
            "SELECT login, slot, pending FROM refugedesk_key_slot_publics()").all():
        slot_id = RECOVERY_SLOT if login == RECOVERY_LOGIN else slot_id_for(old.service_id,
                                                                             login)
        keys, onward = None, None
        try:
            keys = KeyFile.holding(old.service_id, old.generation, {slot_id: text})
            onward = keys.carry_forward(slot_id, pending, old.key, new.key)
        except (KeyFileDamaged, ValueError, TypeError):
            pass  # a slot its owner spoiled leaves her out, not everyone
        if onward is not None:
            conn.exec_driver_sql("SELECT refugedesk_put_pending_key_slot(%s, %s)",
                                 (login, onward))
            carried += login != RECOVERY_LOGIN
            recovery_seen |= login == RECOVERY_LOGIN
        elif login != RECOVERY_LOGIN:
            left_out.append(str(login))
        elif keys is None or keys.vouched(RECOVERY_SLOT):
            # Vouched for and still not carried, or not a slot at all: changed on the
            # server, not made by an older RefugeDesk.
            raise _recovery_altered()
        elif recovery_code is None:
            raise RecoveryNotCarried()
        else:
            # The code opens the slot as it is (still the old key's), then makes it anew.
            opened = _open_recovery(conn, old, recovery_code)
            if opened.db_key != old.key:
                raise _recovery_altered()
            put_recovery_slot(conn, new, recovery_code, opened.identity)
            recovery_seen = True
    if not recovery_seen:
        raise _recovery_altered()  # the recovery slot is gone: the change would lose the code
    return carried, left_out


def _recovery_altered() -> KeySlotAltered:
    return KeySlotAltered(translate(
        "KeyRotation", "The key was not changed: the recovery code's key on the server was "
        "changed or removed there, and a new key would lose the recovery code. Nothing was "
        "changed. Tell whoever runs the server, and run Check the records."))


def _open_recovery(conn: Connection, old: Sealer, code: str) -> OpenedSlot:
    """The recovery slot opened with `code` (WrongRecoveryCode)."""
    from refugedesk.db.keyslots import normalise_recovery_code

    slot = conn.exec_driver_sql("SELECT refugedesk_recovery_key_slot()").scalar_one()
    if slot is None:
        raise _recovery_altered()
    keys = KeyFile.holding(old.service_id, old.generation, {RECOVERY_SLOT: slot})
    return keys.open_recovery(normalise_recovery_code(code))


def reseal(conn: Connection, old: Sealer, new: Sealer, *,
           progress: Callable[[int, int], None] | None = None) -> int:
    """Every sealed value, opened with `old` and sealed with `new`, in the caller's
    transaction. Returns how many. A value that does not open with `old` stops it
    (SealedValueUnreadable): sealing it again would hide that it was changed."""
    from refugedesk.db.models import Base

    columns = sealed.sealed_columns(Base.metadata)
    count = 0
    for done, (table_name, column_name) in enumerate(columns):
        table = Base.metadata.tables[table_name]
        kind = table.columns[column_name].type
        json_text = isinstance(kind, sealed.Sealed) and kind.json_text
        purpose = f"{table_name}.{column_name}"
        keys = [c.name for c in table.primary_key.columns]
        column, where = quote_ident(column_name), " AND ".join(
            f"{quote_ident(k)} = %s" for k in keys)
        rows = conn.exec_driver_sql(
            f"SELECT {', '.join(quote_ident(k) for k in keys)}, {column} "
            f"FROM {quote_ident(table_name)} WHERE {column} <> ''").all()
        changed = []
        for row in rows:
            *ids, value = row
            try:
                token = json.loads(value) if json_text else value
                if not isinstance(token, str):
                    raise SealedValueUnreadable()
                plain = old.open(purpose, token)
            except (SealedValueUnreadable, ValueError):
                raise SealedValueUnreadable(translate(
                    "KeyRotation", "The key was not changed: a protected value in {place} "
                    "(record {record}) cannot be opened with the service's key, so it was "
                    "changed on the server. Nothing was changed. Run Check the records, and "
                    "tell whoever runs the server.").format(
                        place=purpose, record=", ".join(str(i) for i in ids))) from None
            again = new.seal(purpose, plain)
            changed.append((json.dumps(again) if json_text else again, *ids))
        if changed:
            conn.exec_driver_sql(
                f"UPDATE {quote_ident(table_name)} SET {column} = %s WHERE {where}", changed)
        count += len(changed)
        if progress is not None:
            progress(done + 1, len(columns))
    return count
