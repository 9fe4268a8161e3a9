"""Who may do what, signed: the staff roster, its trust anchor, and this computer's witness.

In a file vault everyone with an account can unlock the database key, so a colleague holding her
own key could simply write `role = 'administrator'` into her row. RefugeDesk therefore takes a
person's rights only from a *signed* roster and checks the staff table against it:

* The roster is a list of versions (table `staff_roster`). Each holds every account's id,
  username, role, whether it is active and her identity key (an Ed25519 key kept in her key
  slot, see keyslots.py), plus the recovery slot's public key and the *anchor*.
* The anchor is the identity key held in the recovery code's slot. Version 1 is signed with it
  when the vault is made (or, for a vault made before signing existed, when an administrator
  protects it with the recovery code). Each later version must be signed by an active
  administrator of the version before it, or by the anchor; each names the hash of the one
  before, so versions cannot be reordered, edited or dropped from the middle.
* At sign-in and before every privileged action the chain is verified back to the anchor, and
  the person's row must say what the roster says. Anything else raises `TrustBroken`.

Someone holding the key can still delete the newest versions, or replace the whole chain with
one anchored to a key of her own. Neither can be seen from inside the file, so each computer
keeps a *witness* for every vault it opened (a small file in its application-data folder): the
anchor, the roster version and the audit trail's head it last saw. A vault whose anchor changed,
or whose roster or audit trail no longer extends what this computer saw, is flagged.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from refugedesk.db.keyslots import identity_public, sign, signature_valid
from refugedesk.db.models import AuditEvent, Organisation, Role, StaffMember, StaffRoster
from refugedesk.errors import NotAllowed, TrustBroken
from refugedesk.i18n import translate
from refugedesk.paths import write_text_atomically

FORMAT = "refugedesk-roster"
RECOVERY_SIGNER = "recovery"
WITNESS_ENV = "REFUGEDESK_WITNESS_DIR"


@dataclass(frozen=True)
class Member:
    id: int
    username: str
    role: str
    active: bool
    identity: bytes | None


@dataclass(frozen=True)
class Roster:
    """One verified version of the roster."""

    seq: int
    body: dict[str, Any]
    signer: str
    hash: str

    @property
    def anchor(self) -> bytes:
        return bytes.fromhex(self.body["anchor"])

    @property
    def recovery_slot(self) -> bytes:
        return bytes.fromhex(self.body["recovery_slot"])

    @property
    def members(self) -> dict[int, Member]:
        return {
            int(m["id"]): Member(int(m["id"]), m["username"], m["role"], bool(m["active"]),
                                 bytes.fromhex(m["identity"]) if m.get("identity") else None)
            for m in self.body["members"]
        }

    def admin_identities(self) -> list[bytes]:
        return [m.identity for m in self.members.values()
                if m.active and m.role == Role.ADMINISTRATOR.value and m.identity]


def _canonical(body: dict[str, Any]) -> str:
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=True)


def _message(raw: str) -> bytes:
    return b"refugedesk-roster:1:" + raw.encode("ascii")


def _hash(raw: str, signature: bytes) -> str:
    return hashlib.sha256(raw.encode("ascii") + b"|" + signature).hexdigest()


def is_protected(session: Session) -> bool:
    return session.scalar(select(StaffRoster.seq).limit(1)) is not None


def head(session: Session) -> int | None:
    """The newest version's number (cheap: for deciding whether a cached check still holds)."""
    return session.scalar(select(StaffRoster.seq).order_by(StaffRoster.seq.desc()).limit(1))


def verify(session: Session, vault_id: str) -> Roster | None:
    """Walk the whole roster from version 1 and return the newest version, or None when the
    vault has no roster yet (made before signing existed). Raises TrustBroken on any break."""
    previous: Roster | None = None
    for row in session.scalars(select(StaffRoster).order_by(StaffRoster.seq)):
        try:
            body = json.loads(row.body)
            if not isinstance(body, dict) or body.get("format") != FORMAT:
                raise ValueError("format")
            if _canonical(body) != row.body:
                raise ValueError("not canonical")
            signature = bytes(row.signature)
            anchor = bytes.fromhex(body["anchor"])
            bytes.fromhex(body["recovery_slot"])
            members = body["members"]
            if not isinstance(members, list):
                raise ValueError("members")
        except (ValueError, KeyError, TypeError):
            raise TrustBroken(translate("DbTrust", "The staff roster's version {version} is not "
                                        "readable.").format(version=row.seq)) from None
        expected_seq = 1 if previous is None else previous.seq + 1
        if row.seq != expected_seq or body.get("seq") != row.seq:
            raise TrustBroken(translate("DbTrust", "The staff roster's version {version} is "
                                        "missing.").format(version=expected_seq))
        if body.get("vault") != vault_id:
            raise TrustBroken(translate("DbTrust", "The staff roster's version {version} belongs "
                                        "to another vault.").format(version=row.seq))
        if previous is None:
            allowed = [anchor] if row.signer == RECOVERY_SIGNER else []
            if body.get("prev") != "":
                raise TrustBroken(translate("DbTrust",
                                            "The staff roster does not start where it should."))
        else:
            if body["anchor"] != previous.body["anchor"]:
                raise TrustBroken(translate("DbTrust", "The staff roster's trust anchor was replaced "
                                            "at version {version}.").format(version=row.seq))
            if body.get("prev") != previous.hash:
                raise TrustBroken(translate("DbTrust", "The staff roster's version {version} does not "
                                            "follow the one before.").format(version=row.seq))
            allowed = _signer_keys(previous, row.signer)
        if not any(signature_valid(key, signature, _message(row.body)) for key in allowed):
            raise TrustBroken(translate("DbTrust", "The staff roster's version {version} does not "
                                        "carry a valid signature of an administrator.")
                              .format(version=row.seq))
        previous = Roster(row.seq, body, row.signer, _hash(row.body, signature))
    return previous


def _signer_keys(previous: Roster, signer: str) -> list[bytes]:
    """The key that may have signed the version after `previous` as `signer`."""
    if signer == RECOVERY_SIGNER:
        return [previous.anchor]
    if not signer.startswith("staff:"):
        return []
    try:
        member = previous.members.get(int(signer.removeprefix("staff:")))
    except ValueError:
        return []
    if member is None or not member.active or member.role != Role.ADMINISTRATOR.value \
            or member.identity is None:
        return []
    return [member.identity]


def known_anchor(session: Session, roster: Roster | None,
                 witness: Witness | None) -> bytes | None:
    """The trust anchor as best known: what this computer saw (a roster re-anchored behind its
    back must not vouch for a recovery code of someone's own); else the verified roster's; else
    what version 1 names, even if later versions are broken. None: not signed yet."""
    if witness is not None and not witness.damaged and witness.anchor:
        return bytes.fromhex(witness.anchor)
    if roster is not None:
        return roster.anchor
    first = session.scalar(select(StaffRoster.body).where(StaffRoster.seq == 1))
    if first is None:
        return None
    try:
        return bytes.fromhex(json.loads(first)["anchor"])
    except (ValueError, KeyError, TypeError):
        return b""  # something is there, and it is not readable: nothing matches it


def check_member(roster: Roster | None, member: StaffMember,
                 identity_seed: bytes | None = None, *, check_identity: bool = True) -> None:
    """Does this staff row say what the signed roster says, and (at sign-in) is the identity
    in the slot she opened the one the roster names? Raises TrustBroken if not."""
    if roster is None:
        return
    signed = roster.members.get(member.id)
    if signed is None or signed.username != member.username or signed.role != member.role \
            or signed.active != bool(member.active):
        raise TrustBroken(translate(
            "DbTrust", "This staff account was changed outside RefugeDesk: what it may do is "
            "not what an administrator signed, so nobody is let in on it."))
    if check_identity and signed.identity is not None and (
            identity_seed is None or identity_public(identity_seed) != signed.identity):
        raise TrustBroken(translate(
            "DbTrust", "This staff account's key was changed outside RefugeDesk, so nobody is "
            "let in on it."))


def staff_problems(session: Session, roster: Roster | None) -> list[str]:
    """Every difference between the staff table (and the organisation's recovery key) and the
    signed roster, in plain words, for `check`."""
    if roster is None:
        return []
    problems = []
    signed = roster.members
    for member in session.scalars(select(StaffMember).order_by(StaffMember.id)):
        entry = signed.pop(member.id, None)
        if entry is None:
            problems.append(translate("DbTrust", "Staff account {id} was added outside "
                                      "RefugeDesk (no administrator signed it).")
                            .format(id=member.id))
        elif (entry.username, entry.role, entry.active) != (member.username, member.role,
                                                            bool(member.active)):
            problems.append(translate("DbTrust", "Staff account {id} was changed outside "
                                      "RefugeDesk (its role, name or state is not what an "
                                      "administrator signed).").format(id=member.id))
    for missing in signed:
        problems.append(translate("DbTrust", "Staff account {id} was removed outside "
                                  "RefugeDesk.").format(id=missing))
    org = session.scalar(select(Organisation))
    if org is not None and bytes(org.recovery_public_key) != roster.recovery_slot:
        problems.append(translate("DbTrust", "The recovery code's key recorded in the vault "
                                  "was changed outside RefugeDesk."))
    return problems


def sign_next(session: Session, *, vault_id: str, signer: str, seed: bytes,
              changing: set[int] | None = None,
              identities: dict[int, bytes | None] | None = None,
              recovery_slot: bytes | None = None, extra: dict[str, Any] | None = None) -> Roster:
    """Sign a new version (call after the change is flushed). Accounts in `changing` are
    taken from the staff table as this transaction left them; every other account must still
    say what the version before says, or the signature would launder a change made outside
    RefugeDesk (TrustBroken: an administrator first sets that account right, which is itself a
    change to it). `identities` gives the identity public key of accounts whose slot is new
    (None to clear it); the others keep the one signed before. The signer must be an active
    administrator of the version before (with the identity `seed`) or the anchor. With no
    version before (protecting an old vault), the whole table is signed as it is."""
    session.flush()
    previous = verify(session, vault_id)
    identities = identities or {}
    if previous is None:
        if signer != RECOVERY_SIGNER:
            raise NotAllowed(translate("DbTrust", "Staff accounts are not protected yet: an "
                                       "administrator first protects them with the recovery "
                                       "code."))
        anchor = identity_public(seed)
        prev_hash = ""
        seq = 1
        known: dict[int, Member] = {}
        org = session.scalar(select(Organisation))
        recovery_slot = recovery_slot or bytes(org.recovery_public_key)  # type: ignore[union-attr]  # made by init
    else:
        if identity_public(seed) not in _signer_keys(previous, signer):
            raise NotAllowed(translate("DbTrust", "Your signing key is not the one an "
                                       "administrator signed for your account, so you cannot "
                                       "change staff accounts. Ask another administrator to "
                                       "reset your password."))
        anchor = previous.anchor
        prev_hash = previous.hash
        seq = previous.seq + 1
        known = previous.members
        recovery_slot = recovery_slot or previous.recovery_slot
    changing = set(changing or ()) | set(identities)
    members = []
    for member in session.scalars(select(StaffMember).order_by(StaffMember.id)):
        if previous is not None and member.id not in changing:
            signed = known.get(member.id)
            if signed is None or (signed.username, signed.role, signed.active) != (
                    member.username, member.role, bool(member.active)):
                raise TrustBroken(translate(
                    "DbTrust", "Staff account {id} was changed outside RefugeDesk, so nothing "
                    "more can be signed until an administrator sets that account right (change "
                    "its role, or switch it off and on again).").format(id=member.id))
        if member.id in identities:
            identity = identities[member.id]
        else:
            old = known.get(member.id)
            identity = old.identity if old is not None and old.username == member.username \
                else None
        if not member.active:
            identity = None
        members.append({"id": member.id, "username": member.username, "role": member.role,
                        "active": bool(member.active),
                        "identity": identity.hex() if identity else None})
    body = {"format": FORMAT, "version": 1, "vault": vault_id, "seq": seq, "prev": prev_hash,
            "anchor": anchor.hex(), "recovery_slot": recovery_slot.hex(), "members": members,
            "signed_at": datetime.now(UTC).isoformat(timespec="seconds"), **(extra or {})}
    raw = _canonical(body)
    signature = sign(seed, _message(raw))
    session.add(StaffRoster(seq=seq, body=raw, signer=signer, signature=signature))
    session.flush()
    return Roster(seq, body, signer, _hash(raw, signature))


# --- the witness: what this computer saw -------------------------------------------------------


def witness_dir() -> Path:
    chosen = os.environ.get(WITNESS_ENV)
    if chosen:
        return Path(chosen)
    from refugedesk.paths import app_data_dir

    return app_data_dir() / "witness"


def _witness_path(vault_id: str) -> Path:
    bytes.fromhex(vault_id)  # a vault id is hex; never a path
    return witness_dir() / f"{vault_id}.json"


@dataclass
class Witness:
    anchor: str | None = None
    roster_seq: int = 0
    roster_hash: str = ""
    roster_admins: list[str] = field(default_factory=list)
    audit_id: int = 0
    audit_hash: str = ""
    seen_at: str = ""
    #: Problems once noticed here: `check` keeps reporting them until a restore.
    noticed: list[dict[str, str]] = field(default_factory=list)
    damaged: bool = False


def load_witness(vault_id: str) -> Witness | None:
    try:
        raw = _witness_path(vault_id).read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except OSError:
        return Witness(damaged=True)
    try:
        data = json.loads(raw)
        return Witness(
            anchor=data.get("anchor"), roster_seq=int(data.get("roster_seq", 0)),
            roster_hash=str(data.get("roster_hash", "")),
            roster_admins=[str(a) for a in data.get("roster_admins", [])],
            audit_id=int(data.get("audit_id", 0)), audit_hash=str(data.get("audit_hash", "")),
            seen_at=str(data.get("seen_at", "")),
            noticed=[{"at": str(n["at"]), "what": str(n["what"])}
                     for n in data.get("noticed", [])],
        )
    except (ValueError, KeyError, TypeError, AttributeError):
        return Witness(damaged=True)


def save_witness(vault_id: str, witness: Witness) -> None:
    """Write atomically; a witness that cannot be written is not a reason to stop work."""
    path = _witness_path(vault_id)
    data = {k: v for k, v in witness.__dict__.items() if k != "damaged"}
    with contextlib.suppress(OSError):
        write_text_atomically(path, json.dumps(data, indent=1, sort_keys=True),
                              prefix=".witness-")


def forget_witness(vault_id: str) -> None:
    """After a restore made through RefugeDesk: the restored vault starts a new record here."""
    with contextlib.suppress(OSError, ValueError):
        _witness_path(vault_id).unlink(missing_ok=True)


def _audit_head(session: Session) -> tuple[int, str]:
    row = session.execute(
        select(AuditEvent.id, AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1)).first()
    return (int(row[0]), str(row[1])) if row else (0, "")


def roster_problems(session: Session, roster: Roster | None,
                    witness: Witness | None) -> list[str]:
    """How the vault's roster differs from what this computer saw (anchor replaced, roster
    removed, rolled back or forked). Such a vault grants nobody rights here."""
    if witness is None or witness.damaged or witness.anchor is None:
        return []
    day = witness.seen_at[:10] if witness.seen_at else ""
    if roster is None:
        return [(translate("DbTrust", "The vault's signed staff roster, which this computer saw "
                           "on {day}, has been removed.") if day else
                 translate("DbTrust", "The vault's signed staff roster, which this computer saw "
                           "before, has been removed.")).format(day=day)]
    if roster.anchor.hex() != witness.anchor:
        return [(translate("DbTrust", "The vault's trust anchor is not the one this computer "
                           "saw on {day}: its staff roster was replaced outside RefugeDesk.")
                 if day else
                 translate("DbTrust", "The vault's trust anchor is not the one this computer "
                           "saw before: its staff roster was replaced outside RefugeDesk."))
                .format(day=day)]
    row = session.get(StaffRoster, witness.roster_seq) if witness.roster_seq else None
    if row is not None and _hash(row.body, bytes(row.signature)) == witness.roster_hash:
        return []
    if _restore_marker_covers(session, witness):
        return []
    if roster.seq < witness.roster_seq:
        return [(translate("DbTrust", "The vault's staff roster is older than the one this "
                           "computer saw on {day} (version {version}, not {seen_version}): it "
                           "was rolled back.") if day else
                 translate("DbTrust", "The vault's staff roster is older than the one this "
                           "computer saw before (version {version}, not {seen_version}): it "
                           "was rolled back."))
                .format(day=day, version=roster.seq, seen_version=witness.roster_seq)]
    return [(translate("DbTrust", "The vault's staff roster no longer contains version "
                       "{seen_version} as this computer saw it on {day}: it was rewritten "
                       "outside RefugeDesk.") if day else
             translate("DbTrust", "The vault's staff roster no longer contains version "
                       "{seen_version} as this computer saw it before: it was rewritten "
                       "outside RefugeDesk."))
            .format(day=day, seen_version=witness.roster_seq)]


def _restore_marker_covers(session: Session, witness: Witness) -> bool:
    """A restore made through RefugeDesk signs a version saying which roster it replaced; it
    counts if it names what this computer saw and its signer was an administrator then."""
    admins = set(witness.roster_admins) | ({witness.anchor} if witness.anchor else set())
    for row in session.scalars(select(StaffRoster)):
        try:
            body = json.loads(row.body)
            replaces = body.get("replaces") or {}
        except (ValueError, AttributeError):
            continue
        if replaces.get("hash") != witness.roster_hash:
            continue
        signer_keys = [bytes.fromhex(a) for a in admins]
        if any(signature_valid(k, bytes(row.signature), _message(row.body))
               for k in signer_keys):
            return True
    return False


def audit_problems(session: Session, witness: Witness | None) -> list[str]:
    """Does the audit trail still hold the newest event this computer saw, unchanged?"""
    if witness is None or witness.damaged or not witness.audit_id:
        return []
    day = witness.seen_at[:10] if witness.seen_at else ""
    stored = session.scalar(select(AuditEvent.hash).where(AuditEvent.id == witness.audit_id))
    if stored == witness.audit_hash:
        return []
    return [(translate("DbTrust", "The audit trail no longer holds event {event} as this "
                       "computer saw it on {day}: events were removed or rewritten, or an older "
                       "copy of the vault was put in place without RefugeDesk's restore.")
             if day else
             translate("DbTrust", "The audit trail no longer holds event {event} as this "
                       "computer saw it before: events were removed or rewritten, or an older "
                       "copy of the vault was put in place without RefugeDesk's restore."))
            .format(day=day, event=witness.audit_id)]


def witness_problems(witness: Witness | None) -> list[str]:
    if witness is not None and witness.damaged:
        return [translate("DbTrust", "This computer's record of what it last saw in this vault "
                          "is damaged; it has been started again.")]
    return []


def remember(session: Session, vault_id: str, roster: Roster | None,
             noticed: Sequence[str] = ()) -> Witness:
    """Record what this computer now sees: the anchor, the roster version, the audit head, and
    any problem just noticed (kept, so `check` goes on reporting it)."""
    witness = load_witness(vault_id)
    kept = [] if witness is None or witness.damaged else witness.noticed
    now = datetime.now(UTC).isoformat(timespec="seconds")
    for what in noticed:
        if all(n["what"] != what for n in kept):
            kept.append({"at": now, "what": what})
    audit_id, audit_hash = _audit_head(session)
    fresh = Witness(
        anchor=roster.anchor.hex() if roster else (witness.anchor if witness else None),
        roster_seq=roster.seq if roster else 0, roster_hash=roster.hash if roster else "",
        roster_admins=[k.hex() for k in roster.admin_identities()] if roster else [],
        audit_id=audit_id, audit_hash=audit_hash, seen_at=now, noticed=kept[-50:],
    )
    if roster is None and witness is not None and witness.anchor:
        # A roster that vanished is never forgotten by recording "no roster" over it.
        fresh.anchor, fresh.roster_seq = witness.anchor, witness.roster_seq
        fresh.roster_hash, fresh.roster_admins = witness.roster_hash, witness.roster_admins
    save_witness(vault_id, fresh)
    return fresh
