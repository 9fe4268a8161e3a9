"""The vault: one SQLCipher database file and its key file, opened by a staff member.

    vault = Vault.unlock(path, "amina", password)
    with vault.transaction() as session:      # BEGIN IMMEDIATE ... COMMIT, one user action
        ...
    with vault.session() as session:          # reading
        ...
    vault.close()

The key file is `<name>.rdkeys` beside `<name>.rdb`. Neither holds the database key in the clear
(see keyslots.py). The raw key lives only in this object's memory while the vault is open.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from refugedesk.credentials import check_typed_password, check_typed_username
from refugedesk.db import migrate, trust
from refugedesk.db.engine import (
    DEFAULT_BUSY_TIMEOUT_MS,
    IMMEDIATE,
    connect_raw,
    looks_like_plain_sqlite,
    make_engine,
    translate,
)
from refugedesk.db.keyslots import (
    RECOVERY_SLOT,
    VAULT_SUFFIX,
    KeyFile,
    OpenedSlot,
    identity_public,
    keyfile_path,
    new_database_key,
    new_recovery_code,
    peek_is_demo,
    slot_id_for,
)
from refugedesk.db.models import Organisation, Role, StaffMember
from refugedesk.errors import (
    AccountInactive,
    BackupFailed,
    BackupInvalid,
    DiskProblem,
    KeyFileDamaged,
    KeyFileMissing,
    NotAllowed,
    NotAVault,
    RecoveryCodeNeeded,
    RefugeDeskError,
    TooManyAttempts,
    TrustBroken,
    UnknownUser,
    VaultBusy,
    VaultDamaged,
    VaultError,
    VaultExists,
    VaultNotFound,
    WrongPassword,
)


@dataclass(frozen=True)
class Person:
    """Who has the vault open. A snapshot, so the UI can show it without a query."""

    id: int | None
    username: str
    display_name: str
    role: Role

    @property
    def is_admin(self) -> bool:
        return self.role is Role.ADMINISTRATOR

    @property
    def is_manager_or_admin(self) -> bool:
        return self.role in (Role.MANAGER, Role.ADMINISTRATOR)


#: Who acts when the vault was opened with the recovery code rather than a password.
RECOVERY_PERSON = Person(None, "recovery", "Recovery code", Role.ADMINISTRATOR)


def failure_delay(failures: list[datetime], now: datetime | None = None) -> float:
    """Seconds to wait before the next attempt: none for the first three failures in 15
    minutes, then 2, 4, 8 ... up to 60 seconds after the last one."""
    now = now or datetime.now(UTC)
    recent = sorted(f for f in failures if now - f < timedelta(minutes=15))
    if len(recent) < 3:
        return 0.0
    wait = min(60.0, 2.0 ** (len(recent) - 2))
    return max(0.0, wait - (now - recent[-1]).total_seconds())


class Vault:
    """An open vault. Make one with `create`, `unlock` or `unlock_with_recovery`."""

    def __init__(self, path: Path, keyfile: KeyFile, db_key: bytes, person: Person,
                 *, busy_timeout_ms: int) -> None:
        self.path = Path(path)
        self.keyfile = keyfile
        self._key = db_key
        self.person = person
        self.busy_timeout_ms = busy_timeout_ms
        #: The acting person's identity seed (her signing key), or the recovery code's.
        self.identity: bytes | None = None
        #: The signed staff roster as last verified (None: the vault is not protected yet).
        self.roster: trust.Roster | None = None
        #: Problems noticed at sign-in that do not stop work (the audit trail does not extend
        #: what this computer saw): the app shows them, `access` records them.
        self.trust_notes: list[str] = []
        self._signed_in_this = False
        # A shared lock on `<vault>.rdb.open` for as long as this object is open: a restore
        # needs the exclusive one, so it cannot replace the files under an open window, and it
        # can tell without the key file or the key (see `restore`).
        self._open_lock = _hold_open(self.path, busy_timeout_ms)
        try:
            self.engine: Engine = make_engine(self.path, self._current_key,
                                              busy_timeout_ms=busy_timeout_ms)
        except BaseException:
            self._release_open_lock()
            raise
        self._reader = sessionmaker(self.engine, expire_on_commit=False)
        self._writer = sessionmaker(
            self.engine.execution_options(**{IMMEDIATE: True}), expire_on_commit=False
        )

    # --- opening ----------------------------------------------------------------------------

    @classmethod
    def create(
        cls, path: Path, *, organisation: str, username: str, display_name: str, password: str,
        demo: bool = False, busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS,
    ) -> tuple[Vault, str]:
        """Make a new vault with its first administrator. Returns it and the recovery code,
        which is shown once and never stored."""
        path = Path(path)
        kpath = keyfile_path(path)
        if path.exists() or kpath.exists():
            raise VaultExists()
        path.parent.mkdir(parents=True, exist_ok=True)
        username = username.strip().lower()
        db_key = new_database_key()
        keyfile = KeyFile.new()
        if demo:
            keyfile.mark_demo()
        code = new_recovery_code()
        recovery_public, recovery_seed = keyfile.add_slot_with_identity(
            RECOVERY_SLOT, code, db_key)
        admin_public, admin_seed = keyfile.add_slot_with_identity(
            slot_id_for(keyfile.vault_id, username), password, db_key)
        connect_raw(path, db_key, create=True).close()
        person = Person(None, username, display_name, Role.ADMINISTRATOR)
        vault = cls(path, keyfile, db_key, person, busy_timeout_ms=busy_timeout_ms)
        try:
            migrate.upgrade(vault.engine)
            with vault.transaction() as session:
                session.add(Organisation(name=organisation.strip(), is_demo=demo,
                                         recovery_public_key=recovery_public))
                admin = StaffMember(username=username, display_name=display_name.strip(),
                                    role=Role.ADMINISTRATOR.value, active=True,
                                    slot_public_key=admin_public,
                                    password_changed_at=datetime.now(UTC))
                session.add(admin)
                session.flush()
                vault.person = Person(admin.id, username, admin.display_name,
                                      Role.ADMINISTRATOR)
                # Version 1 of the staff roster, signed by the recovery code's identity: the
                # anchor every later version is checked back to.
                vault.roster = trust.sign_next(
                    session, vault_id=keyfile.vault_id, signer=trust.RECOVERY_SIGNER,
                    seed=recovery_seed, identities={admin.id: identity_public(admin_seed)},
                    recovery_slot=recovery_public)
            vault.identity = admin_seed
            keyfile.save(kpath)
        except BaseException:
            vault.close()
            for leftover in (path, kpath, *_sidecars(path)):
                leftover.unlink(missing_ok=True)
            raise
        return vault, code

    @staticmethod
    def _open_keyfile(path: Path) -> KeyFile:
        path = Path(path)
        if not path.is_file():  # missing, or a folder given where the vault file was meant
            raise VaultNotFound()
        if path.stat().st_size == 0 or looks_like_plain_sqlite(path):
            raise NotAVault()
        return KeyFile.load(keyfile_path(path))

    @classmethod
    def unlock(cls, path: Path, username: str, password: str, *,
               busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS,
               on_refused: Callable[[Vault, TrustBroken], None] | None = None,
               witness: bool = True) -> Vault:
        """Open the vault as a staff member. Raises WrongPassword, UnknownUser, AccountInactive,
        TooManyAttempts, VaultNotFound, KeyFileMissing, KeyFileDamaged, NotAVault, VaultBusy,
        TrustBroken (her account or the roster was changed outside RefugeDesk; `on_refused`
        is called first, with the vault still open, so the refusal can be recorded).
        `witness=False` skips the comparison with what this computer saw: for a backup being
        checked before a restore (it is older than the vault by nature)."""
        check_typed_username(username)
        check_typed_password(password)
        keyfile = cls._open_keyfile(path)
        username = username.strip().lower()
        wait = failure_delay(keyfile.recent_failures(username))
        if wait > 0:
            raise TooManyAttempts(wait)
        sid = slot_id_for(keyfile.vault_id, username)
        if sid not in keyfile.slot_ids():
            _note_failure(keyfile, username)
            raise UnknownUser()
        try:
            opened = keyfile.open_slot_full(sid, password)
        except WrongPassword:
            _note_failure(keyfile, username)
            raise
        keyfile, db_key = recover_interrupted_rekey(
            path, keyfile, opened.db_key, lambda kf: kf.unlock_user(username, password))
        vault = cls(path, keyfile, db_key, Person(None, username, username, Role.SUPPORT_WORKER),
                    busy_timeout_ms=busy_timeout_ms)
        try:
            vault._start()
            with vault.session() as session:
                member = session.scalar(
                    select(StaffMember).where(StaffMember.username == username)
                )
            if member is None:
                raise UnknownUser()
            vault._settle_password_change(sid, member, opened)
            try:
                vault._trust_person(member, opened.identity, witness=witness)
            except TrustBroken as exc:
                if on_refused is not None:
                    on_refused(vault, exc)
                raise
            if not member.active:
                raise AccountInactive()
            vault.person = Person(member.id, member.username, member.display_name,
                                  member.role_enum)
            vault.identity = opened.identity or vault._give_identity(sid, opened)
        except DBAPIError as exc:
            vault.close()
            mapped = translate(exc.orig)  # type: ignore[arg-type]  # a damaged page: NotAVault, not a crash
            if mapped is exc.orig:
                raise
            raise mapped from None
        except BaseException:
            vault.close()
            raise
        return vault

    def _trust_person(self, member: StaffMember, identity: bytes | None, *,
                      witness: bool = True) -> None:
        """At sign-in: verify the signed roster back to its anchor, compare it with what this
        computer saw, and check her row and identity against it. Notes (not refusals) go to
        `trust_notes`."""
        vault_id = self.keyfile.vault_id
        with self.session() as session:
            roster = trust.verify(session, vault_id)
            seen = trust.load_witness(vault_id) if witness else None
            problems = trust.roster_problems(session, roster, seen)
            if problems:
                raise TrustBroken(problems[0])
            trust.check_member(roster, member, identity)
            self.trust_notes = (trust.witness_problems(seen)
                                + trust.audit_problems(session, seen))
        self.roster = roster

    def _settle_password_change(self, slot_id: str, member: StaffMember,
                                opened: OpenedSlot) -> None:
        """A password change cut short by a crash left her slot with a `previous` (see
        keyslots.change_secret). She has just proved the password she typed: if it opened the
        new slot, the change is finished now (the database records the new key); if it opened
        the old one, the change never happened and the old slot stays. The key file and the
        database agree again either way."""
        if not self.keyfile.has_previous(slot_id):
            return
        from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

        used = X25519PrivateKey.from_private_bytes(opened.private).public_key().public_bytes_raw()
        recorded = bytes(member.slot_public_key) if member.slot_public_key else None
        if recorded is not None and used != recorded and member.active:
            main = self.keyfile.public_key(slot_id)
            if used == main and self._identity_signed(member, opened.identity):
                with self.transaction() as session:
                    row = session.get_one(StaffMember, member.id)
                    row.slot_public_key = used
                    row.password_changed_at = datetime.now(UTC)
                recorded = used
            else:
                # The old password after the database took the new key, or a reset by an
                # administrator that never committed (its new identity was never signed).
                with keyfile_lock(self.path):
                    current = self.refresh_keyfile()
                    if current.settle(slot_id, recorded):
                        current.save()
                raise WrongPassword()
        with keyfile_lock(self.path):
            current = self.refresh_keyfile()
            if current.settle(slot_id, recorded):
                current.save()

    def _identity_signed(self, member: StaffMember, identity: bytes | None) -> bool:
        """Is `identity` the one the signed roster names for her (or is there no roster, or
        none named)? Only asked on the rare path after a crash."""
        with self.session() as session:
            try:
                roster = trust.verify(session, self.keyfile.vault_id)
            except TrustBroken:
                return False
        entry = roster.members.get(member.id) if roster else None
        if entry is None or entry.identity is None:
            return roster is None or entry is not None
        return identity is not None and identity_public(identity) == entry.identity

    def _give_identity(self, slot_id: str, opened: OpenedSlot) -> bytes:
        """An identity for a slot made before identities existed (kept in her slot)."""
        with keyfile_lock(self.path):
            current = self.refresh_keyfile()
            seed = current.give_identity(slot_id, opened)
            current.save()
        return seed

    @classmethod
    def unlock_with_recovery(cls, path: Path, code: str, *,
                             busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS) -> Vault:
        """Open the vault with the recovery code (to reset an administrator's password)."""
        keyfile = cls._open_keyfile(path)
        opened = keyfile.open_recovery(code)
        keyfile, db_key = recover_interrupted_rekey(
            path, keyfile, opened.db_key, lambda kf: kf.unlock_recovery(code))
        vault = cls(path, keyfile, db_key, RECOVERY_PERSON, busy_timeout_ms=busy_timeout_ms)
        try:
            vault._start()
            vault.identity = opened.identity or vault._give_identity(RECOVERY_SLOT, opened)
            # The recovery code is the way back in when the roster itself was tampered with:
            # it is not refused, but what was found is noted.
            with vault.session() as session:
                witness = trust.load_witness(keyfile.vault_id)
                try:
                    vault.roster = trust.verify(session, keyfile.vault_id)
                    vault.trust_notes = (trust.roster_problems(session, vault.roster, witness)
                                         + trust.audit_problems(session, witness))
                except TrustBroken as exc:
                    vault.trust_notes = [exc.detail or str(exc)]
                # A recovery slot someone put in the key file with a code of her own opens the
                # database key (she had it anyway) but must not act as the recovery code: its
                # identity must be the anchor (or, in a vault not yet signed, its key the one
                # the vault records).
                anchor = trust.known_anchor(session, vault.roster, witness)
                if anchor is not None:
                    genuine = identity_public(vault.identity) == anchor
                else:
                    org = session.scalar(select(Organisation))
                    genuine = org is not None and keyfile.public_key_of_recovery() == bytes(
                        org.recovery_public_key)
                if not genuine:
                    raise TrustBroken("This recovery code is not the vault's own: the recovery "
                                      "slot in the key file was replaced.")
        except BaseException:
            vault.close()
            raise
        return vault

    def _start(self) -> None:
        """First connection (checks the key against the file), then pending migrations."""
        try:
            migrate.upgrade(self.engine)
        except DBAPIError as exc:
            raise translate(exc.orig) from None  # type: ignore[arg-type]  # orig: never None from the driver
        except Exception:
            if self._schema_is_newer_than_this_app():
                raise VaultError(
                    "This vault has been opened by a newer version of RefugeDesk, so this "
                    "version cannot open it. Nothing was changed. Install the newer version "
                    "here; do not restore a backup over it (that would lose the newer work)."
                ) from None
            raise

    def _schema_is_newer_than_this_app(self) -> bool:
        """Whether the vault's schema revision is one this copy of RefugeDesk does not know
        (an older app on a vault a newer one has migrated). Only asked after a failure."""
        from alembic.script import ScriptDirectory

        with self.engine.connect() as conn:
            current = migrate.current_revision(conn)
        if current is None:
            return False
        try:
            ScriptDirectory.from_config(migrate.alembic_config()).get_revision(current)
        except Exception:
            return True
        return False

    def confirm_person(self) -> Person:
        """Re-read who is acting before a permission check. `person` is a snapshot taken at
        sign-in; a colleague may since have switched her account off or changed her role, and
        that must take effect at her next action, not her next sign-in."""
        if self.person.id is None:
            return self.person  # opened with the recovery code: nobody to re-read
        with self.session() as session:
            member = session.get(StaffMember, self.person.id)
            if member is not None:
                self._check_signed(session, member)
        if member is None or not member.active:
            raise AccountInactive()
        self.person = Person(member.id, member.username, member.display_name, member.role_enum)
        return self.person

    def _check_signed(self, session: Session, member: StaffMember) -> None:
        """Her row against the signed roster, verified again back to the anchor whenever a
        newer version has been signed (here or on another computer)."""
        current = trust.head(session)
        if current != (self.roster.seq if self.roster else None):
            if current is None:
                raise TrustBroken("The vault's signed staff roster has been removed.")
            self.roster = trust.verify(session, self.keyfile.vault_id)
        trust.check_member(self.roster, member, check_identity=False)

    # --- sessions ---------------------------------------------------------------------------

    def _recheck_person(self, session: Session) -> None:
        """Inside every write: is the person acting still an active account, and in which
        role? A colleague may have switched her off since she signed in, in another window."""
        if self.person.id is None:
            return  # the recovery code, or a vault being created
        member = session.get(StaffMember, self.person.id)
        if member is not None:
            self._check_signed(session, member)
        if member is None or not member.active:
            raise AccountInactive()
        if member.role_enum is not self.person.role:
            self.person = Person(member.id, member.username, member.display_name,
                                 member.role_enum)

    def session(self) -> Session:
        """A session for reading. Use as a context manager."""
        return self._reader()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One user action: the write lock is taken at the start, committed at the end, rolled
        back (leaving the database as it was) on any error. Busy becomes VaultBusy."""
        session = self._writer()
        self._signed_in_this = False
        try:
            with session.begin():
                self._recheck_person(session)
                yield session
        except DBAPIError as exc:
            mapped = translate(exc.orig)  # type: ignore[arg-type]  # orig: never None from the driver
            if mapped is exc.orig:
                raise
            raise mapped from None
        finally:
            session.close()
        if self._signed_in_this:
            # A new roster version was committed: this computer's witness holds it at once, so
            # a later rollback to the version before is seen as one.
            self._signed_in_this = False
            self.remember()

    def raw_connection(self) -> sqlcipher3.Connection:
        """A fresh keyed DB-API connection (backup, integrity checks). Close it after use."""
        return connect_raw(self.path, self._key, busy_timeout_ms=self.busy_timeout_ms)

    # --- key slots --------------------------------------------------------------------------

    def verify_password(self, username: str, password: str) -> Person:
        """Check a password against this open vault (the lock screen). Returns who it is."""
        check_typed_username(username)
        check_typed_password(password)
        username = username.strip().lower()
        self.refresh_keyfile()  # a password changed elsewhere counts here too
        wait = failure_delay(self.keyfile.recent_failures(username))
        if wait > 0:
            raise TooManyAttempts(wait)
        sid = slot_id_for(self.keyfile.vault_id, username)
        if sid not in self.keyfile.slot_ids():
            _note_failure(self.keyfile, username)
            raise UnknownUser()
        try:
            opened = self.keyfile.open_slot_full(sid, password)
        except WrongPassword:
            _note_failure(self.keyfile, username)
            raise
        with self.session() as session:
            member = session.scalar(select(StaffMember).where(StaffMember.username == username))
        if member is None:
            raise UnknownUser()
        self._settle_password_change(sid, member, opened)
        with self.session() as session:
            self._check_signed(session, member)
        trust.check_member(self.roster, member, opened.identity)
        if not member.active:
            raise AccountInactive()
        # Whoever unlocks acts, and signs, from now on.
        self.identity = opened.identity or self._give_identity(sid, opened)
        return Person(member.id, member.username, member.display_name, member.role_enum)

    def refresh_keyfile(self) -> KeyFile:
        """Re-read the key file before changing it. Another window or computer may have
        changed it since this vault was opened (added a colleague, switched one off, changed a
        password); saving the copy read at sign-in would quietly undo that.

        Raises VaultBusy if the key was rotated elsewhere meanwhile: this window's key is then
        out of date, and saving its key file would lock everyone out.
        """
        current = KeyFile.load(keyfile_path(self.path))
        if (current.vault_id, current.generation) != (self.keyfile.vault_id,
                                                      self.keyfile.generation):
            raise VaultBusy(
                "The vault's key was changed in another window or on another computer. "
                "Close RefugeDesk here and sign in again."
            )
        self.keyfile = current
        return current

    def add_slot(self, username: str, password: str) -> tuple[bytes, bytes]:
        """Give `username` a slot opened by `password`, with a new identity (saved at once).
        Returns (slot public key, identity public key). A slot it replaces is kept until the
        caller's transaction has committed and it calls `settle_slot`."""
        with keyfile_lock(self.path):
            self.refresh_keyfile()
            public, seed = self.keyfile.add_slot_with_identity(
                slot_id_for(self.keyfile.vault_id, username), password, self._key,
                keep_previous=True)
            self.keyfile.save()
        return public, identity_public(seed)

    def remove_slot(self, username: str) -> None:
        with keyfile_lock(self.path):
            self.refresh_keyfile()
            self.keyfile.remove_user(username)
            self.keyfile.save()

    def change_slot_password(self, username: str, old: str, new: str) -> bytes:
        """Check `old`, then give the slot a new key pair under `new`. Returns the new public
        key, to be recorded in the staff row in the same transaction."""
        with keyfile_lock(self.path):
            self.refresh_keyfile()
            public = self.keyfile.change_secret(
                slot_id_for(self.keyfile.vault_id, username), old, new, self._key)
            self.keyfile.save()
        return public

    def settle_slot(self, username: str, recorded: bytes | None) -> None:
        """After the database committed a password change: drop the slot as it was before."""
        with keyfile_lock(self.path):
            current = self.refresh_keyfile()
            if current.settle(slot_id_for(current.vault_id, username), recorded):
                current.save()

    def sign_roster(self, session: Session, *, changing: set[int] | None = None,
                    identities: dict[int, bytes | None] | None = None,
                    extra: dict[str, Any] | None = None) -> None:
        """Sign a new version of the staff roster from the staff table as changed in this
        transaction, as the person acting (or the recovery code). Raises NotAllowed when she
        holds no identity an administrator signed."""
        if self.roster is None:
            with self.session() as check:
                if not trust.is_protected(check):
                    return  # made before signing: see access.protect_staff_accounts
        if self.identity is None:
            raise NotAllowed("Your account has no signing key yet. Sign out and in again.")
        signer = trust.RECOVERY_SIGNER if self.person.id is None else f"staff:{self.person.id}"
        self._signed_in_this = True
        self.roster = trust.sign_next(session, vault_id=self.keyfile.vault_id, signer=signer,
                                      seed=self.identity, changing=changing,
                                      identities=identities, extra=extra)

    def remember(self) -> list[str]:
        """Record in this computer's witness what it now sees. Returns problems noticed that
        had not been recorded yet (none, normally)."""
        with self.session() as session:
            trust.remember(session, self.keyfile.vault_id, self.roster, self.trust_notes)
        return self.trust_notes

    def active_slots(self) -> dict[str, bytes]:
        """Slot id -> public key for every active account and the recovery slot, as recorded
        inside the encrypted database (so a key swapped into the plain key file is ignored)."""
        with self.session() as session:
            keep = {
                slot_id_for(self.keyfile.vault_id, m.username): m.slot_public_key
                for m in session.scalars(select(StaffMember).where(StaffMember.active))
                if m.slot_public_key
            }
            org = session.scalar(select(Organisation))
            if self.roster is not None:
                keep[RECOVERY_SLOT] = self.roster.recovery_slot
            elif org is not None:
                keep[RECOVERY_SLOT] = org.recovery_public_key
        return keep

    def check_recovery_kept(self, keyfile: KeyFile, keep: dict[str, bytes]) -> None:
        """The recovery code must go on working: the key file's recovery slot must be the one
        the vault's own record (the signed roster, or the organisation row) names. Refuse
        otherwise, before anything is changed."""
        pinned = keep.get(RECOVERY_SLOT)
        if pinned is None or keyfile.public_key_of_recovery() != bytes(pinned):
            raise TrustBroken(
                "The recovery code's slot in the key file is not the one this vault records, so "
                "changing the key now would stop the recovery code working.")

    def rekey(self) -> None:
        """Rotate the database key. Every active staff member's slot and the recovery slot are
        resealed to the new key (no passwords needed); any other slot is dropped.

        Order matters for a crash: the new key file is written beside the old one first, the
        database is rekeyed, then the new key file replaces the old. A crash between the last
        two leaves `<vault>.rdkeys.next`, which `recover_interrupted_rekey` puts in place.
        """
        keep = self.active_slots()
        new_key = new_database_key()
        fresh = self.refresh_keyfile().copy()
        self.check_recovery_kept(fresh, keep)
        fresh.reseal_all(new_key, keep)
        if RECOVERY_SLOT not in fresh.slot_ids():
            raise TrustBroken("Changing the key would drop the recovery code's slot.")
        kpath = keyfile_path(self.path)
        pending = kpath.with_name(kpath.name + ".next")
        fresh.save(pending)
        self.engine.dispose()
        conn = self.raw_connection()
        try:
            # Leaving WAL mode needs every other connection closed: it is how we know no other
            # copy of RefugeDesk is still using the old key (a rekey under its feet damages
            # pages it writes afterwards).
            try:
                mode = conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
            except sqlcipher3.OperationalError:
                mode = "wal"
            if mode.lower() != "delete":
                pending.unlink(missing_ok=True)
                raise VaultBusy(
                    "The key cannot be changed while RefugeDesk is open on another computer or "
                    "window. Close it everywhere else, then try again."
                )
            conn.execute(f"PRAGMA rekey = \"x'{new_key.hex()}'\"")
            conn.execute("PRAGMA journal_mode = WAL")
        finally:
            conn.close()
        os.replace(pending, kpath)
        fresh.path = kpath
        self.keyfile = fresh
        self._key = new_key
        self.engine = make_engine(self.path, self._current_key,
                                  busy_timeout_ms=self.busy_timeout_ms)
        self._reader.configure(bind=self.engine)
        self._writer.configure(bind=self.engine.execution_options(**{IMMEDIATE: True}))

    # --- backup -----------------------------------------------------------------------------

    def backup(self, dest: Path, *,
               check_copy: Callable[[Session], list[str]] | None = None,
               progress: Callable[[int, int], None] | None = None,
               cancelled: Callable[[], bool] | None = None) -> tuple[Path, Path]:
        """Write an encrypted copy (same key) and its key file. Returns both paths.

        SQLite's online backup copies a consistent snapshot even while others write. Nothing is
        called written until it has been read back: the copy must open with the key and pass
        SQLite's `integrity_check`, SQLCipher's `cipher_integrity_check` (every page's HMAC)
        and `check_copy` (the audit chain, given by the caller); the key file must read back as
        written, belong to this vault and key generation, and hold the recovery slot and exactly
        the slots whose public keys the copy records. A vault that fails raises VaultDamaged; a
        copy that cannot be written (a full disk) BackupFailed. Either way no `.part` file, no
        half-written `.rdb` and no key file is left behind.

        `progress(pages copied, pages)` follows the copy, then `progress(0, 0)` (amount not
        known) while it is read back; `cancelled()` is asked between steps of the copy only,
        and stops it (refugedesk.progress.Cancelled) with nothing left behind, as above.
        """
        dest = Path(dest)
        if dest.suffix != VAULT_SUFFIX:
            dest = dest.with_name(dest.name + VAULT_SUFFIX)
        kdest = keyfile_path(dest)
        if dest.exists() or kdest.exists():
            raise VaultExists("A file with that name already exists. Choose another name.")
        tmp = dest.with_name(dest.name + ".part")
        wrote_keys = False
        new_folders = [f for f in (dest.parent, *dest.parent.parents) if not f.exists()]
        try:
            dest.parent.mkdir(parents=True, exist_ok=True)
            tmp.unlink(missing_ok=True)
            self._write_copy(tmp, progress=progress, cancelled=cancelled)
            if progress is not None:
                progress(0, 0)
            self._check_copy(tmp, check_copy)
            # The backup's key file: only the accounts active in the copy (not everyone who had
            # a slot when this window signed in), read from the copy itself so the two agree on
            # who may open it, and no failed-attempt notes.
            keys = self.refresh_keyfile().copy()
            recorded, head = self._recorded_slots(tmp, keys.vault_id)
            keys.only_slots(recorded)
            keys.set_backup_head(head)
            wrote_keys = True  # from here on a key file at kdest is ours to remove on failure
            keys.save(kdest)
            self._check_copy_keyfile(tmp, kdest, keys)
            os.replace(tmp, dest)
        except BaseException as exc:
            for leftover in (tmp, *_sidecars(tmp)):
                with contextlib.suppress(OSError):
                    leftover.unlink(missing_ok=True)
            if wrote_keys:
                with contextlib.suppress(OSError):
                    kdest.unlink(missing_ok=True)
            for folder in new_folders:  # deepest first; only while still empty
                with contextlib.suppress(OSError):
                    folder.rmdir()
            if isinstance(exc, OSError):
                mapped = translate(exc)
                why = mapped.what if isinstance(mapped, DiskProblem) else (
                    f"({exc.strerror})" if exc.strerror else "")
                raise BackupFailed(
                    f"The backup could not be written. {why} Nothing was left behind. Check "
                    "there is space and that the folder can be written to, or choose another "
                    "place, then try again."
                ) from None
            raise
        return dest, kdest

    def _write_copy(self, tmp: Path, *, progress: Callable[[int, int], None] | None = None,
                    cancelled: Callable[[], bool] | None = None) -> None:
        """SQLite's online backup of this vault into `tmp`, keyed with the same key, as one
        self-contained file. The source's page HMACs are checked first: a damaged vault is
        refused before anything is copied. Copied 1024 pages (4 MB) a step, reporting to
        `progress` and asking `cancelled` between steps."""
        from refugedesk.progress import Cancelled

        def step(_status: int, remaining: int, total: int) -> None:
            if cancelled is not None and cancelled():
                raise Cancelled()  # SQLite's backup stops; `backup` removes the part-copy
            if progress is not None:
                progress(total - remaining, total)

        try:
            source = self.raw_connection()
            try:
                damaged = [r[0] for r in source.execute("PRAGMA cipher_integrity_check")
                           if r[0] != "ok"]
                if damaged:
                    raise VaultDamaged()
                target = connect_raw(tmp, self._key, create=True)
                try:
                    source.backup(target, pages=1024, progress=step)
                    target.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
                finally:
                    target.close()
            finally:
                source.close()
        except sqlcipher3.Error as exc:
            raise _backup_error(exc) from None
        for side in _sidecars(tmp):
            side.unlink(missing_ok=True)

    def _check_copy(self, copy: Path, check_copy: Callable[[Session], list[str]] | None) -> None:
        """Read the written copy back with the key: both integrity checks, then `check_copy`
        (the audit chain). VaultDamaged if anything fails."""
        problems: list[str] = []
        try:
            conn = connect_raw(copy, self._key)
            try:
                for pragma in ("integrity_check", "cipher_integrity_check"):
                    problems += [r[0] for r in conn.execute(f"PRAGMA {pragma}") if r[0] != "ok"]
            finally:
                conn.close()
            if not problems and check_copy is not None:
                key = self._key
                engine = make_engine(copy, lambda: key, busy_timeout_ms=self.busy_timeout_ms)
                try:
                    with Session(engine) as session:
                        problems += check_copy(session)
                except DBAPIError as exc:
                    raise _backup_error(exc.orig) from None  # type: ignore[arg-type]  # orig: never None from the driver
                finally:
                    engine.dispose()
            # Every connection above put the copy in WAL mode: back to one file.
            conn = connect_raw(copy, self._key)
            try:
                conn.execute("PRAGMA journal_mode = DELETE")
            finally:
                conn.close()
        except NotAVault:
            raise VaultDamaged() from None
        except sqlcipher3.Error as exc:
            raise _backup_error(exc) from None
        for side in _sidecars(copy):
            side.unlink(missing_ok=True)
        if problems:
            raise VaultDamaged()

    def _recorded_slots(self, copy: Path,
                        vault_id: str) -> tuple[dict[str, bytes], dict[str, object]]:
        """Slot id -> public key of every active account and of the recovery slot, as the copy
        records them inside its encrypted database (the recovery slot as the signed roster
        pins it, when there is one: the organisation row can be overwritten by a key holder);
        and the copy's audit and roster heads, which the backup's key file carries."""
        try:
            conn = connect_raw(copy, self._key)
            try:
                row = conn.execute("SELECT recovery_public_key FROM organisation").fetchone()
                pinned = self.roster.recovery_slot if self.roster is not None else (
                    row[0] if row else None)
                recorded = {RECOVERY_SLOT: pinned} if pinned else {}
                audit_head = conn.execute(
                    "SELECT id, hash FROM audit_event ORDER BY id DESC LIMIT 1").fetchone()
                roster_head = conn.execute(
                    "SELECT seq FROM staff_roster ORDER BY seq DESC LIMIT 1").fetchone()
                head: dict[str, object] = {
                    "audit_id": audit_head[0] if audit_head else 0,
                    "audit_hash": audit_head[1] if audit_head else "",
                    "roster_seq": roster_head[0] if roster_head else 0,
                    "at": datetime.now(UTC).isoformat(timespec="seconds")}
                for username, public in conn.execute(
                        "SELECT username, slot_public_key FROM staff_member "
                        "WHERE active AND slot_public_key IS NOT NULL"):
                    recorded[slot_id_for(vault_id, username)] = public
                conn.execute("PRAGMA journal_mode = DELETE")
            finally:
                conn.close()
        except NotAVault:
            raise VaultDamaged() from None
        except sqlcipher3.Error as exc:
            raise _backup_error(exc) from None
        for side in _sidecars(copy):
            side.unlink(missing_ok=True)
        return recorded, head

    def _check_copy_keyfile(self, copy: Path, kpath: Path, intended: KeyFile) -> None:
        """The backup's key file, read back from disk: exactly what was meant to be written, of
        this vault and key generation (both bound into every sealed key), with the recovery
        slot, and every slot's public key the one the copy itself records for an active account
        or the organisation. The key cannot be unsealed without a password; this shows the file
        is whole and the copy will recognise its slots."""
        try:
            written = KeyFile.load(kpath)
        except (KeyFileMissing, KeyFileDamaged):
            raise BackupFailed("The backup's key file did not read back as it was written, so "
                               "the backup was not kept. Nothing was left behind. Try again, "
                               "or choose another place.") from None
        recorded, _head = self._recorded_slots(copy, written.vault_id)
        sound = (
            written._data["slots"] == intended._data["slots"]
            and (written.vault_id, written.generation) == (self.keyfile.vault_id,
                                                            self.keyfile.generation)
            and RECOVERY_SLOT in written.slot_ids()
            and all(written.public_key(sid) == recorded.get(sid) for sid in written.slot_ids())
        )
        if not sound:
            raise BackupFailed("The backup's key file does not match the copy of the vault, so "
                               "the backup was not kept. Nothing was left behind. Run "
                               "'refugedesk check', then try again.")

    def integrity_problems(self) -> list[str]:
        """SQLite's integrity_check and SQLCipher's cipher_integrity_check (HMAC of each page)."""
        conn = self.raw_connection()
        problems: list[str] = []
        try:
            for pragma in ("integrity_check", "cipher_integrity_check"):
                try:
                    problems += [r[0] for r in conn.execute(f"PRAGMA {pragma}") if r[0] != "ok"]
                except sqlcipher3.DatabaseError as exc:
                    # Some damage stops the check itself ("database disk image is malformed"):
                    # that is a finding to report, not a crash.
                    problems.append(f"The vault file is damaged ({pragma}: {exc}).")
        finally:
            conn.close()
        return problems

    def _current_key(self) -> bytes:
        return self._key

    def close(self) -> None:
        """Forget the key and close every connection: afterwards nothing reads the vault
        through this object (VaultClosed). The open-lock goes last, once no connection of
        this object can still write."""
        self._key = b""
        try:
            self.engine.dispose()
        finally:
            self._release_open_lock()

    def _release_open_lock(self) -> None:
        fd, self._open_lock = self._open_lock, None
        if fd is not None:
            _release_lock_file(fd, open_lock_path(self.path))

    @property
    def is_open(self) -> bool:
        return bool(self._key)

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _sidecars(path: Path) -> list[Path]:
    return [path.with_name(path.name + s) for s in ("-wal", "-shm", "-journal")]


def _backup_error(exc: BaseException) -> BaseException:
    """A SQLite error while writing or reading back a backup, as a typed error: a damaged
    vault, a busy one, or a copy that could not be written (a full disk, an I/O error)."""
    mapped = translate(exc)
    if isinstance(mapped, NotAVault):
        return VaultDamaged()
    if mapped is not exc:
        return mapped
    name = getattr(exc, "sqlite_errorname", "") or ""
    if name.startswith(("SQLITE_FULL", "SQLITE_IOERR", "SQLITE_CANTOPEN", "SQLITE_READONLY")):
        reason = "the disk is full" if name.startswith("SQLITE_FULL") else "it could not be saved"
        return BackupFailed(f"The backup could not be written ({reason}). Nothing was left "
                            "behind. Check there is space and that the folder can be written "
                            "to, or choose another place, then try again.")
    return exc


def recover_interrupted_rekey(
    path: Path, keyfile: KeyFile, db_key: bytes, open_with: Callable[[KeyFile], bytes]
) -> tuple[KeyFile, bytes]:
    """Finish a key rotation cut short between rekeying the database and putting its new key
    file in place (see `Vault.rekey`): if the key from the current key file does not open the
    database but the one from `<vault>.rdkeys.next` does, that file becomes the key file.
    Returns the key file and key to use. `open_with` unlocks a key file with the same
    password or recovery code that opened the current one."""
    pending = keyfile_path(path).with_name(keyfile_path(path).name + ".next")
    if not pending.exists() or _key_opens(path, db_key):
        return keyfile, db_key
    try:
        fresh = KeyFile.load(pending)
        new_key = open_with(fresh)
    except (KeyError, RefugeDeskError):
        return keyfile, db_key  # not a usable key file for this person: the error stands
    if not _key_opens(path, new_key):
        return keyfile, db_key
    os.replace(pending, keyfile_path(path))
    fresh.path = keyfile_path(path)
    return fresh, new_key


def _key_opens(path: Path, key: bytes) -> bool:
    try:
        connect_raw(path, key).close()
    except NotAVault:
        return False
    return True


def _note_failure(keyfile: KeyFile, username: str) -> None:
    # A read-only folder must not turn a wrong password into a crash.
    with contextlib.suppress(OSError, RefugeDeskError):
        path = Path(keyfile.path)  # type: ignore[arg-type]  # loaded from a file
        with keyfile_lock(path.with_suffix(VAULT_SUFFIX)):
            # Note it in the file as it is now, not in the copy read before Argon2 ran: a slot
            # changed meanwhile elsewhere must not be written back.
            current = KeyFile.load(path)
            current.note_failed_attempt(username)
            current.save()
            keyfile._data["failed_attempts"] = current._data["failed_attempts"]


# --- lock files: who has the vault open, and who may change its key file ---------------------
#
# Both are advisory locks on small files beside the vault, taken without the key file or the
# database key, so they work for a vault nobody can open. POSIX: flock (shared or exclusive).
# Windows: msvcrt's byte-range locks, exclusive only; a shared holder locks one byte of
# 1.._WIN_SPAN and an exclusive one the whole range, so they still exclude each other.
# The last one out removes the file, holding the exclusive lock while it does; whoever opened the
# file just before that finds, once locked, that the name no longer leads to it, and starts again.

OPEN_LOCK_SUFFIX = ".open"
_WIN_SPAN = 4096

#: The open-lock files this process holds exclusively for a restore, with the thread doing it:
#: that restore's own checks open the vault under its exclusive lock.
_restoring: dict[str, int] = {}

OPEN_ELSEWHERE = (
    "The vault is open in RefugeDesk, here or on another computer. Close it everywhere "
    "(work typed into it during a restore would be lost), then restore again."
)
BEING_RESTORED = (
    "A backup is being restored into this vault, here or on another computer. Wait until it "
    "has finished, then try again."
)


def open_lock_path(db_path: Path) -> Path:
    """`refuge.rdb` -> `refuge.rdb.open`: locked shared by every open Vault object."""
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + OPEN_LOCK_SUFFIX)


def _lock_key(db_path: Path) -> str:
    return str(open_lock_path(db_path).resolve())


def _lock_once(fd: int, *, exclusive: bool, block: bool) -> bool:
    if os.name == "nt":  # pragma: no cover - exercised on Windows only
        import msvcrt
        import secrets

        if exclusive:
            os.lseek(fd, 0, os.SEEK_SET)
            try:
                msvcrt.locking(fd, msvcrt.LK_LOCK if block else msvcrt.LK_NBLCK, _WIN_SPAN + 1)  # type: ignore[attr-defined]  # Windows only
            except OSError:
                return False
            return True
        for _ in range(16):
            os.lseek(fd, 1 + secrets.randbelow(_WIN_SPAN), os.SEEK_SET)
            try:
                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]  # Windows only
            except OSError:
                continue
            return True
        return False
    import fcntl

    flags = fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH
    try:
        fcntl.flock(fd, flags if block else flags | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _still_named(fd: int, lock_path: Path) -> bool:
    """Whether `lock_path` still names the file `fd` has open (the last holder before us may
    have removed it between our open and our lock)."""
    if os.name == "nt":  # pragma: no cover - an open file cannot be removed there
        return True
    try:
        named = os.stat(lock_path)
    except FileNotFoundError:
        return False
    held = os.fstat(fd)
    return (held.st_dev, held.st_ino) == (named.st_dev, named.st_ino)


def _acquire_lock_file(lock_path: Path, *, exclusive: bool, wait_s: float | None,
                       busy_message: str) -> int:
    """Lock `lock_path` (made if missing); returns the descriptor that holds the lock. Waits
    up to `wait_s` seconds (None: as long as it takes), then VaultBusy(busy_message)."""
    deadline = None if wait_s is None else time.monotonic() + wait_s
    while True:
        try:
            fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            # Nothing has been done yet: a read-only folder or a full drive says so plainly.
            mapped = translate(exc)
            if isinstance(mapped, DiskProblem):
                raise type(mapped)(nothing_changed=True, filename=str(lock_path)) from None
            raise
        try:
            locked = _lock_once(fd, exclusive=exclusive, block=wait_s is None)
            if locked and _still_named(fd, lock_path):
                return fd
        except BaseException:
            os.close(fd)
            raise
        os.close(fd)
        if locked:
            continue  # removed under us by the last holder: lock the new file instead
        if deadline is not None and time.monotonic() >= deadline:
            raise VaultBusy(busy_message)
        time.sleep(0.02)


def _release_lock_file(fd: int, lock_path: Path) -> None:
    """Let go; the last holder removes the file, so nothing is left beside the vault."""
    try:
        if os.name != "nt" and _lock_once(fd, exclusive=True, block=False) \
                and _still_named(fd, lock_path):
            with contextlib.suppress(OSError):
                lock_path.unlink()
    finally:
        os.close(fd)  # closing releases the lock


def _hold_open(db_path: Path, busy_timeout_ms: int) -> int | None:
    """The shared open-lock for a Vault object; None when this thread is restoring this very
    vault (its checks run under the restore's exclusive lock)."""
    if _restoring.get(_lock_key(db_path)) == threading.get_ident():
        return None
    return _acquire_lock_file(open_lock_path(db_path), exclusive=False,
                              wait_s=busy_timeout_ms / 1000, busy_message=BEING_RESTORED)


@contextmanager
def _restore_lock(target: Path) -> Iterator[None]:
    """The exclusive open-lock, taken at once or VaultBusy: nobody has the vault open (in any
    copy of RefugeDesk that takes the shared lock), and nobody can open it until the restore
    is over."""
    fd = _acquire_lock_file(open_lock_path(target), exclusive=True, wait_s=0,
                            busy_message=OPEN_ELSEWHERE)
    key = _lock_key(target)
    _restoring[key] = threading.get_ident()
    try:
        yield
    finally:
        _restoring.pop(key, None)
        _release_lock_file(fd, open_lock_path(target))


#: SQLite's own locks (see its os_unix.c / os_win.c): a connection in WAL mode holds a shared
#: lock on byte 128 of the `-shm` file (its "dead man switch") and on the database file's shared
#: range from 0x40000002, 510 bytes, for as long as it is open.
_SQLITE_LOCKS = (("-shm", 128, 1), ("", 0x40000002, 510))


def _sqlite_in_use_elsewhere(target: Path) -> bool:
    """Whether another process has the vault file open through SQLite (an older RefugeDesk
    that takes no open-lock, or another program), read from SQLite's own locks: no key needed.
    Called only under the restore's exclusive open-lock, when no connection of this process
    is on the vault (closing a descriptor drops this process's POSIX locks on the file)."""
    for suffix, start, length in _SQLITE_LOCKS:
        path = target.with_name(target.name + suffix)
        try:
            fd = os.open(path, os.O_RDWR)
        except OSError:  # not there (nobody has it open), or not ours to open
            continue
        try:
            if os.name == "nt":  # pragma: no cover - exercised on Windows only
                import msvcrt

                os.lseek(fd, start, os.SEEK_SET)
                try:
                    msvcrt.locking(fd, msvcrt.LK_NBLCK, length)  # type: ignore[attr-defined]  # Windows only
                except OSError:
                    return True
                os.lseek(fd, start, os.SEEK_SET)
                msvcrt.locking(fd, msvcrt.LK_UNLCK, length)  # type: ignore[attr-defined]  # Windows only
            else:
                import fcntl

                try:
                    fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB, length, start)
                except OSError:
                    return True
                fcntl.lockf(fd, fcntl.LOCK_UN, length, start)
        finally:
            os.close(fd)
    return False


@contextmanager
def keyfile_lock(db_path: Path) -> Iterator[None]:
    """Serialise read-change-write of a vault's key file between processes (an advisory lock on
    `<vault>.rdkeys.lock`), so two computers saving at once cannot undo each other's change.
    The lock file is removed by the last one out."""
    lock_path = keyfile_path(Path(db_path)).with_name(
        keyfile_path(Path(db_path)).name + ".lock")
    fd = _acquire_lock_file(lock_path, exclusive=True, wait_s=None, busy_message="")
    try:
        yield
    finally:
        _release_lock_file(fd, lock_path)


# --- restore ----------------------------------------------------------------------------------


def _restore_by(username: str | None, password: str | None, recovery_code: str | None,
                path: Path, busy_timeout_ms: int, *, witness: bool = True) -> Vault:
    """Open with the password or the recovery code. `witness=False` for the backup being
    checked: it is older than what this computer saw by nature, so its roster is verified back
    to its anchor but not compared with the witness (the recovery code's identity still is)."""
    if recovery_code is not None:
        return Vault.unlock_with_recovery(path, recovery_code, busy_timeout_ms=busy_timeout_ms)
    return Vault.unlock(path, username or "", password or "", witness=witness,
                        busy_timeout_ms=busy_timeout_ms)


def _check_current_vault(target: Path, username: str | None, password: str | None,
                         recovery_code: str | None, busy_timeout_ms: int,
                         allowed: Callable[[Vault], None] | None) -> None:
    """Before replacing a vault: the person restoring must be allowed to in the vault as it is
    NOW (an account switched off or demoted since the backup must not bring herself back by
    restoring it). A vault that cannot be opened (its key file missing or damaged, the file
    damaged, foreign or gone) proves nothing about anyone, so only the recovery code replaces
    it: RecoveryCodeNeeded for a password; a code that the current key file, if it can still
    be read, does not accept is WrongRecoveryCode. (The code has already opened the backup.)
    Runs under the restore's exclusive open-lock."""
    try:
        current = _restore_by(username, password, recovery_code, target, busy_timeout_ms)
    except (VaultNotFound, NotAVault, KeyFileMissing, KeyFileDamaged) as exc:
        if recovery_code is None:
            raise RecoveryCodeNeeded() from exc
        with contextlib.suppress(KeyFileMissing, KeyFileDamaged):
            KeyFile.load(keyfile_path(target)).unlock_recovery(recovery_code)
        return
    except (WrongPassword, UnknownUser, AccountInactive) as exc:
        raise NotAllowed(
            "To replace this vault you must be able to sign in to it as it is now, as an "
            "administrator, with the same password as in the backup."
        ) from exc
    except TrustBroken as exc:
        # Its staff accounts were changed outside RefugeDesk: nobody's rights in it can be
        # trusted, so only the recovery code may replace it.
        raise RecoveryCodeNeeded(
            f"{exc.detail} Restoring over it needs your organisation's recovery code: run "
            "'refugedesk restore --recovery-code'. Nothing was changed.") from exc
    try:
        if allowed is not None:
            allowed(current)
        current.engine.dispose()
        conn = current.raw_connection()
        try:
            # Leaving WAL mode needs every other connection closed (SQLite's own view).
            try:
                alone = conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0] == "delete"
            except sqlcipher3.OperationalError:
                alone = False
            if alone:
                conn.execute("PRAGMA journal_mode = WAL")
        finally:
            conn.close()
    finally:
        current.close()
    if not alone:
        raise VaultBusy(OPEN_ELSEWHERE)


def _staged_files(staged: Path) -> list[Path]:
    kpath = keyfile_path(staged)
    return [staged, kpath, *_sidecars(staged), open_lock_path(staged),
            kpath.with_name(kpath.name + ".lock"), kpath.with_name(kpath.name + ".next")]


def restore(backup: Path, target: Path, username: str | None = None,
            password: str | None = None, *, recovery_code: str | None = None,
            busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS,
            allowed: Callable[[Vault], None] | None = None) -> None:
    """Replace the vault at `target` with `backup`, only after a copy of the backup has been
    opened with the given credentials (a password, or the recovery code) - migrating it if it
    is older - and has passed both integrity checks. The backup itself is never changed.

    In order, each refusal leaving the files exactly as they were:
    - nobody may have the vault open: the exclusive open-lock (VaultBusy), and SQLite's own
      locks held by any other process, neither needing the key file or the key;
    - the backup must open with the credentials and pass its checks (BackupInvalid);
    - the credentials must be allowed in the vault as it is now (NotAllowed); over a vault that
      cannot be opened, only the recovery code (RecoveryCodeNeeded).
    The replaced files are set aside as `<name>.before-restore-<time>`, not deleted.
    """
    if (recovery_code is None) == (username is None or password is None):
        raise TypeError("give a username and password, or a recovery code")
    backup = Path(backup)
    target = Path(target)
    if not backup.is_file():
        raise BackupInvalid()
    if not keyfile_path(backup).exists():
        raise KeyFileMissing()
    made_folder = not target.parent.exists()
    target.parent.mkdir(parents=True, exist_ok=True)
    staged = target.with_name(f"{target.stem}.restoring{VAULT_SUFFIX}")
    try:
        with _restore_lock(target):
            if _sqlite_in_use_elsewhere(target):
                raise VaultBusy(OPEN_ELSEWHERE)
            try:
                for leftover in _staged_files(staged):
                    leftover.unlink(missing_ok=True)
                shutil.copyfile(backup, staged)
                shutil.copyfile(keyfile_path(backup), keyfile_path(staged))
                _check_staged(staged, username, password, recovery_code, busy_timeout_ms,
                              allowed)
                _check_current_vault(target, username, password, recovery_code,
                                     busy_timeout_ms, allowed)
                if _sqlite_in_use_elsewhere(target):  # opened meanwhile by another program
                    raise VaultBusy(OPEN_ELSEWHERE)
            except BaseException:
                for leftover in _staged_files(staged):
                    with contextlib.suppress(OSError):
                        leftover.unlink(missing_ok=True)
                raise
            _swap_in(staged, target)
    except BaseException:
        if made_folder:
            with contextlib.suppress(OSError):
                target.parent.rmdir()  # only if it is still empty
        raise


def _check_staged(staged: Path, username: str | None, password: str | None,
                  recovery_code: str | None, busy_timeout_ms: int,
                  allowed: Callable[[Vault], None] | None) -> None:
    """Open the staged copy of the backup with the credentials, check both integrity checks
    and `allowed`. With the recovery code, the key file's recovery slot must also be the one
    the backup records inside its encrypted database."""
    try:
        with _restore_by(username, password, recovery_code, staged, busy_timeout_ms,
                         witness=False) as check:
            if check.integrity_problems():
                raise BackupInvalid()
            if _cut_since_written(check):
                raise BackupInvalid(
                    "This backup was changed after it was written (its audit trail no longer "
                    "holds the newest event it had then), so nothing was replaced. Use another "
                    "backup, and tell your manager.")
            if recovery_code is not None and check.active_slots().get(RECOVERY_SLOT) != \
                    check.keyfile.public_key(RECOVERY_SLOT):
                raise BackupInvalid(
                    "The recovery slot in the backup's key file is not the one the backup "
                    "records, so nothing was replaced. Check you chose the right backup and "
                    "its own key file.")
            if allowed is not None:
                allowed(check)
    except (NotAVault, VaultNotFound):
        raise BackupInvalid() from None


def _cut_since_written(backup: Vault) -> bool:
    """A backup's key file carries the copy's audit head as it was written: does the backup
    still hold that event, unchanged? (Backups made before heads were kept pass.)"""
    head = backup.keyfile.backup_head
    if not head or not head.get("audit_id"):
        return False
    seen = trust.Witness(audit_id=int(head["audit_id"]), audit_hash=str(head["audit_hash"]),
                         seen_at=str(head.get("at", "")))
    with backup.session() as session:
        return bool(trust.audit_problems(session, seen))


def _swap_in(staged: Path, target: Path) -> None:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    # Set the old files aside, with any WAL beside them (it may hold committed work), rather
    # than deleting them: a mistaken restore can still be undone by hand.
    if target.exists():
        kept = target.with_name(f"{target.name}.before-restore-{stamp}")
        for side, kept_side in zip(_sidecars(target), _sidecars(kept), strict=True):
            if side.exists():
                os.replace(side, kept_side)
        os.replace(target, kept)
    kpath = keyfile_path(target)
    if kpath.exists():
        os.replace(kpath, kpath.with_name(f"{kpath.name}.before-restore-{stamp}"))
    os.replace(keyfile_path(staged), kpath)
    os.replace(staged, target)


__all__ = ["Vault", "Person", "restore", "keyfile_path", "open_lock_path", "peek_is_demo",
           "failure_delay", "VAULT_SUFFIX"]
