"""The vault: one SQLCipher database file and its key file, opened by a staff member.

    vault = Vault.unlock(path, "amina", password)
    with vault.transaction() as session:      # BEGIN IMMEDIATE ... COMMIT, one user action
        ...
    with vault.session() as session:          # reading
        ...
    vault.close()

The key file is `<name>.rdkeys` beside `<name>.rdb`. Neither holds the database key in the clear
(see keyslots.py). The raw key lives only in this object's memory while the vault is open.

Beside it: backup.py (`Vault.backup`, through BackupMixin), restore.py (replacing a vault with a
backup), locks.py (who has it open, who may change its key file), trust.py (the signed staff
roster and this computer's witness). This module stays one class whose methods share the key,
the key file and the verified roster: opening and unlocking, sessions, key slots and rotation;
that is why it runs past 500 lines.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

import sqlcipher3
from sqlalchemy import Engine, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from refugedesk.credentials import check_typed_password, check_typed_username
from refugedesk.db import migrate, trust
from refugedesk.db.backup import BackupMixin
from refugedesk.db.engine import (
    DEFAULT_BUSY_TIMEOUT_MS,
    IMMEDIATE,
    connect_raw,
    looks_like_plain_sqlite,
    make_engine,
    sidecars,
    typed_error,
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
from refugedesk.db.locks import (
    hold_open,
    keyfile_lock,
    open_lock_path,
    release_lock_file,
)
from refugedesk.db.models import Organisation, Role, StaffMember
from refugedesk.db.reading import hold_to_reading
from refugedesk.errors import (
    AccountInactive,
    NotAllowed,
    NotAVault,
    RefugeDeskError,
    TooManyAttempts,
    TrustBroken,
    UnknownUser,
    VaultBusy,
    VaultError,
    VaultExists,
    VaultNotFound,
    WrongPassword,
)
from refugedesk.i18n import QT_TRANSLATE_NOOP, translate

#: What `Vault.read` hands a domain read function. The window's layer names only this, never
#: the database library: it passes it on to the domain, which owns every query.
ReadSession = Session

T = TypeVar("T")


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
#: Her display name is marked here and translated when the vault is opened (`_recovery_person`).
RECOVERY_PERSON = Person(None, "recovery", QT_TRANSLATE_NOOP("DbVault", "Recovery code"),
                         Role.ADMINISTRATOR)


def _recovery_person() -> Person:
    """RECOVERY_PERSON, named in the language in use."""
    return dataclasses.replace(RECOVERY_PERSON,
                               display_name=translate("DbVault", RECOVERY_PERSON.display_name))


def failure_delay(failures: list[datetime], now: datetime | None = None) -> float:
    """Seconds to wait before the next attempt: none for the first three failures in 15
    minutes, then 2, 4, 8 ... up to 60 seconds after the last one."""
    now = now or datetime.now(UTC)
    recent = sorted(f for f in failures if now - f < timedelta(minutes=15))
    if len(recent) < 3:
        return 0.0
    wait = min(60.0, 2.0 ** (len(recent) - 2))
    return max(0.0, wait - (now - recent[-1]).total_seconds())


class Vault(BackupMixin):
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
        self._open_lock = hold_open(self.path, busy_timeout_ms)
        try:
            self.engine: Engine = make_engine(self.path, self._current_key,
                                              busy_timeout_ms=busy_timeout_ms)
        except BaseException:
            self._release_open_lock()
            raise
        self._reader = sessionmaker(self._reading(), expire_on_commit=False)
        self._writer = sessionmaker(
            self.engine.execution_options(**{IMMEDIATE: True}), expire_on_commit=False
        )

    def _reading(self) -> Engine:
        """What reading sessions use: the engine, held to reading (db/reading.py)."""
        return hold_to_reading(self.engine.execution_options(), also=("BEGIN",))

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
            for leftover in (path, kpath, *sidecars(path)):
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
            mapped = typed_error(exc.orig)  # type: ignore[arg-type]  # a damaged page: NotAVault, not a crash
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
        vault = cls(path, keyfile, db_key, _recovery_person(), busy_timeout_ms=busy_timeout_ms)
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
                    raise TrustBroken(translate(
                        "DbVault", "This recovery code is not the vault's own: the recovery "
                        "slot in the key file was replaced."))
        except BaseException:
            vault.close()
            raise
        return vault

    def _start(self) -> None:
        """First connection (checks the key against the file), then pending migrations."""
        try:
            migrate.upgrade(self.engine)
        except DBAPIError as exc:
            raise typed_error(exc.orig) from None  # type: ignore[arg-type]  # orig: never None from the driver
        except Exception:
            if self._schema_is_newer_than_this_app():
                raise VaultError(translate(
                    "DbVault", "This vault has been opened by a newer version of RefugeDesk, "
                    "so this version cannot open it. Nothing was changed. Install the newer "
                    "version here; do not restore a backup over it (that would lose the newer "
                    "work).")) from None
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
                raise TrustBroken(translate("DbVault",
                                            "The vault's signed staff roster has been removed."))
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

    def read(self, fn: Callable[[ReadSession], T]) -> T:
        """`fn` run in a reading session of its own, closed afterwards: how the window's layer
        reads through domain functions without holding a session itself."""
        with self.session() as session:
            return fn(session)

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
            mapped = typed_error(exc.orig)  # type: ignore[arg-type]  # orig: never None from the driver
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
            raise VaultBusy(translate(
                "DbVault", "The vault's key was changed in another window or on another "
                "computer. Close RefugeDesk here and sign in again."))
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
            raise NotAllowed(translate("DbVault", "Your account has no signing key yet. Sign out and "
                                           "in again."))
        signer = trust.RECOVERY_SIGNER if self.person.id is None else f"staff:{self.person.id}"
        self._signed_in_this = True
        self.roster = trust.sign_next(session, vault_id=self.keyfile.vault_id, signer=signer,
                                      seed=self.identity, changing=changing,
                                      identities=identities, extra=extra)

    def remember(self) -> None:
        """Record in this computer's witness what it now sees, with the problems noticed at
        sign-in (kept there, so `check` goes on reporting them)."""
        with self.session() as session:
            trust.remember(session, self.keyfile.vault_id, self.roster, self.trust_notes)

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
            raise TrustBroken(translate(
                "DbVault", "The recovery code's slot in the key file is not the one this vault "
                "records, so changing the key now would stop the recovery code working."))

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
            raise TrustBroken(translate("DbVault", "Changing the key would drop the recovery "
                                        "code's slot."))
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
                raise VaultBusy(translate(
                    "DbVault", "The key cannot be changed while RefugeDesk is open on another "
                    "computer or window. Close it everywhere else, then try again."))
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
        self._reader.configure(bind=self._reading())
        self._writer.configure(bind=self.engine.execution_options(**{IMMEDIATE: True}))

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
                    problems.append(translate("DbVault", "The vault file is damaged ({check}: "
                                              "{error}).").format(check=pragma, error=exc))
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
            release_lock_file(fd, open_lock_path(self.path))

    @property
    def is_open(self) -> bool:
        return bool(self._key)

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


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


__all__ = ["Vault", "Person", "keyfile_path", "open_lock_path", "peek_is_demo",
           "failure_delay", "VAULT_SUFFIX", "sidecars"]
