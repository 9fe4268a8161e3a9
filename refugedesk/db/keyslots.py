"""Key slots: the vault's random database key, wrapped once for each staff member.

The database is encrypted with a random 256-bit key that is never written down in the clear.
The key file beside the database holds one *slot* per active staff member and one recovery slot:

* Each slot has its own X25519 key pair. The private half is wrapped with AES-256-GCM under a
  key derived from the person's password by Argon2id.
* The database key is *sealed* to each slot's public half (an ephemeral X25519 exchange, HKDF,
  then AES-256-GCM). Unlocking = Argon2id(password) -> private key -> database key.

Sealing to public keys is what lets an administrator rotate the database key (rekey) and hand the
new key to every active colleague without knowing their passwords. Removing a slot removes that
person's way in; a later rotation also locks out any old copy of the key file she might hold.

Each slot also holds its owner's *identity key* (an Ed25519 signing key), wrapped under the same
password-derived key. Administrators sign the staff roster with it (see refugedesk/db/trust.py);
a password change rewraps it, so her identity, unlike her slot's key pair, stays the same.

Slot names are an HMAC of the username under the vault's id, so the key file does not list staff
names. Associated data binds every ciphertext to its vault, slot and purpose: a slot copied under
another name, or into another vault's key file, does not open.

It runs past 500 lines because it is one file format and the cryptography on it, kept together
so a reviewer reads every way a slot is made, opened, changed or dropped in one place.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from refugedesk.credentials import check_typed_password
from refugedesk.errors import (
    KeyFileDamaged,
    KeyFileMissing,
    KeySlotAltered,
    WrongPassword,
    WrongRecoveryCode,
)
from refugedesk.paths import write_text_atomically

FORMAT = "refugedesk-keys"
VERSION = 1
RECOVERY_SLOT = "recovery"
KEYFILE_SUFFIX = ".rdkeys"
VAULT_SUFFIX = ".rdb"
KEY_BYTES = 32
RECOVERY_CODE_LETTERS = 24


@dataclass(frozen=True)
class KdfProfile:
    """Argon2id cost. Stored with each slot, so a slot made with any profile still opens."""

    time_cost: int = 3
    memory_kib: int = 64 * 1024
    parallelism: int = 2


#: The profile for new slots. Tests lower it (see tests/conftest.py) to keep the suite fast;
#: one test checks the real profile.
DEFAULT_KDF = KdfProfile()
_kdf_profile = DEFAULT_KDF


def set_kdf_profile(profile: KdfProfile) -> None:
    """Choose the Argon2id cost for slots made from now on (tests and benchmarks)."""
    global _kdf_profile
    _kdf_profile = profile


def keyfile_path(db_path: Path) -> Path:
    """The key file that belongs to a vault file: `refuge.rdb` -> `refuge.rdkeys`."""
    return Path(db_path).with_suffix(KEYFILE_SUFFIX)


def peek_is_demo(db_path: Path) -> bool:
    """Whether the vault at `db_path` is a demo vault, read from its key file without
    unlocking (this module is cheap to import: the sign-in window uses it). False when there
    is no readable key file."""
    try:
        return KeyFile.load(keyfile_path(db_path)).is_demo
    except (KeyFileMissing, KeyFileDamaged, OSError):
        return False


def _this_computer() -> str:
    """A short, non-identifying tag for this computer and account (a hash, not a name)."""
    import getpass
    import platform

    try:
        who = getpass.getuser()
    except (KeyError, OSError):
        who = ""
    return hashlib.sha256(f"{platform.node()}|{who}".encode()).hexdigest()[:12]


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    if not isinstance(text, str):  # a damaged key file can hold anything here
        raise ValueError("not base64 text")
    return base64.b64decode(text.encode("ascii"), validate=True)


def slot_id_for(vault_id: str, username: str) -> str:
    """The slot name for a username: keyed by the vault, so it does not reveal the name."""
    digest = hmac.new(
        bytes.fromhex(vault_id), username.strip().casefold().encode("utf-8"), hashlib.sha256
    )
    return digest.hexdigest()[:32]


def new_database_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def new_recovery_code() -> str:
    """A 120-bit code in six groups of four, easy to read aloud and to copy by hand."""
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O or 1/I
    raw = "".join(secrets.choice(alphabet) for _ in range(RECOVERY_CODE_LETTERS))
    return "-".join(raw[i : i + 4] for i in range(0, RECOVERY_CODE_LETTERS, 4))


def normalise_recovery_code(code: str) -> str:
    cleaned = "".join(ch for ch in code.upper() if ch.isalnum())
    return "-".join(cleaned[i : i + 4] for i in range(0, len(cleaned), 4))


#: Bounds on a slot's stored Argon2id cost: wider than any profile we use, narrow enough that
#: a damaged or tampered key file cannot make a sign-in allocate gigabytes or run for hours.
_KDF_LIMITS = {"time_cost": (1, 10), "memory_kib": (8, 1024 * 1024), "parallelism": (1, 16)}


def _derive(secret: str, kdf: dict[str, Any]) -> bytes:
    from argon2.low_level import Type, hash_secret_raw

    cost = {name: int(kdf[name]) for name in _KDF_LIMITS}
    for name, (low, high) in _KDF_LIMITS.items():
        if not low <= cost[name] <= high:
            raise ValueError(f"{name} out of range")
    if cost["memory_kib"] < 8 * cost["parallelism"]:
        raise ValueError("memory_kib below Argon2's minimum for this parallelism")
    salt = _unb64(str(kdf["salt"]))
    if len(salt) < 8:
        raise ValueError("salt too short")
    return hash_secret_raw(
        secret=secret.encode("utf-8"),
        salt=salt,
        time_cost=cost["time_cost"],
        memory_cost=cost["memory_kib"],
        parallelism=cost["parallelism"],
        hash_len=KEY_BYTES,
        type=Type.ID,
    )


def _aad(vault_id: str, slot_id: str, purpose: str, generation: int = 0) -> bytes:
    return f"refugedesk:{vault_id}:{slot_id}:{purpose}:{generation}".encode()


def _seal(vault_id: str, slot_id: str, public: bytes, db_key: bytes, generation: int) -> dict[str, Any]:
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    ephemeral = X25519PrivateKey.generate()
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(public))
    epk = ephemeral.public_key().public_bytes_raw()
    wrap_key = _hkdf(shared, epk + public)
    nonce = secrets.token_bytes(12)
    ct = AESGCM(wrap_key).encrypt(nonce, db_key, _aad(vault_id, slot_id, "db-key", generation))
    return {"epk": _b64(epk), "nonce": _b64(nonce), "ct": _b64(ct)}


def _hkdf(shared: bytes, info: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(hashes.SHA256(), KEY_BYTES, salt=None, info=b"refugedesk-seal" + info).derive(
        shared
    )


def _unseal(vault_id: str, slot_id: str, private: bytes, sealed: dict[str, Any], generation: int) -> bytes:
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    key = X25519PrivateKey.from_private_bytes(private)
    epk = _unb64(sealed["epk"])
    shared = key.exchange(X25519PublicKey.from_public_bytes(epk))
    wrap_key = _hkdf(shared, epk + key.public_key().public_bytes_raw())
    return AESGCM(wrap_key).decrypt(
        _unb64(sealed["nonce"]), _unb64(sealed["ct"]), _aad(vault_id, slot_id, "db-key", generation)
    )


def _commitment(db_key: bytes) -> bytes:
    """What a committed slot holds under its password: names the key, reveals nothing of it."""
    return hashlib.sha256(b"refugedesk-key-commitment\0" + db_key).digest()


def _keyed(key: bytes, purpose: bytes) -> bytes:
    """A MAC key for `purpose`, derived from a service key (never the key itself)."""
    return hashlib.sha256(b"refugedesk-" + purpose + b"\0" + key).digest()


def _vouch(key: bytes, vault_id: str, slot_id: str, generation: int, public: bytes) -> bytes:
    """A server slot's public key, vouched for under the key it holds: only someone holding
    the service key can make it, so a public key swapped into the slot table by whoever runs
    the server is not given the next key at a rotation (`pending_slot`)."""
    return hmac.new(_keyed(key, b"slot-public"),
                    f"{vault_id}:{slot_id}:{generation}:".encode() + public,
                    hashlib.sha256).digest()


def _pending_mac(old_key: bytes, vault_id: str, slot_id: str, generation: int,
                 new_key: bytes) -> bytes:
    """A pending slot's MAC under the key it replaces, over the new key it carries: only
    someone holding the old key (a colleague, not whoever runs the server) can make one."""
    return hmac.new(_keyed(old_key, b"pending-slot"),
                    f"{vault_id}:{slot_id}:{generation}:".encode() + new_key,
                    hashlib.sha256).digest()


def _new_kdf() -> dict[str, Any]:
    profile = _kdf_profile
    return {
        "name": "argon2id",
        "salt": _b64(secrets.token_bytes(16)),
        "time_cost": profile.time_cost,
        "memory_kib": profile.memory_kib,
        "parallelism": profile.parallelism,
    }


def _encrypt(wrap_key: bytes, plain: bytes, aad: bytes) -> dict[str, str]:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = secrets.token_bytes(12)
    return {"nonce": _b64(nonce), "ct": _b64(AESGCM(wrap_key).encrypt(nonce, plain, aad))}


def _decrypt(wrap_key: bytes, box: dict[str, Any], aad: bytes) -> bytes:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    return AESGCM(wrap_key).decrypt(_unb64(box["nonce"]), _unb64(box["ct"]), aad)


def new_identity() -> bytes:
    """A new identity key: the 32-byte seed of an Ed25519 signing key."""
    return secrets.token_bytes(KEY_BYTES)


def identity_public(seed: bytes) -> bytes:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    return Ed25519PrivateKey.from_private_bytes(seed).public_key().public_bytes_raw()


def sign(seed: bytes, message: bytes) -> bytes:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    return Ed25519PrivateKey.from_private_bytes(seed).sign(message)


def signature_valid(public: bytes, signature: bytes, message: bytes) -> bool:
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        Ed25519PublicKey.from_public_bytes(public).verify(signature, message)
    except (InvalidSignature, ValueError, TypeError):
        return False
    return True


@dataclass(frozen=True)
class OpenedSlot:
    """What a password opens: the database key, the slot's private key, its owner's identity
    seed (None in a slot made before identities existed) and the password-derived wrap key
    (kept only long enough to add an identity to an old slot)."""

    db_key: bytes
    private: bytes
    identity: bytes | None
    wrap_key: bytes
def _sound_attempts(attempts: object) -> list[dict[str, str]]:
    """The failed-attempt notes that can be read. They are a log, not a secret (anyone who can
    edit the file can delete them), so a damaged note is dropped rather than locking everyone
    out or crashing every sign-in."""
    if not isinstance(attempts, list):
        return []
    sound = []
    for attempt in attempts:
        try:
            if not isinstance(attempt["user"], str):
                continue
            if datetime.fromisoformat(attempt["at"]).tzinfo is None:
                continue
        except (KeyError, TypeError, ValueError):
            continue
        sound.append(attempt)
    return sound


class KeyFile:
    """The key file beside a vault: its id, key generation and slots. Holds no secret in clear."""

    def __init__(self, data: dict[str, Any], path: Path | None = None, *,
                 committed: bool = False) -> None:
        self._data = data
        self.path = path
        #: Each slot also holds, under its password, a commitment to the key sealed in it,
        #: checked on opening (`holding`: a server's slots). A file vault's key file has none
        #: and needs none: a key that is not the vault's own does not open the vault.
        self.committed = committed

    # --- creating, loading, saving ----------------------------------------------------------

    @classmethod
    def new(cls) -> KeyFile:
        return cls(
            {
                "format": FORMAT,
                "version": VERSION,
                "vault_id": uuid.uuid4().hex,
                "generation": 1,
                "slots": {},
                "failed_attempts": [],
            }
        )

    @classmethod
    def holding(cls, vault_id: str, generation: int, slots: dict[str, str]) -> KeyFile:
        """A key file in memory holding `slots` ({slot id: `slot_text`}): how a server's key
        slots (refugedesk/server/key_slots.py), kept one per row, are opened and made with
        the same cryptography as a file's. Raises KeyFileDamaged for a slot that is not one.

        Its slots are committed: the sealed half of a slot needs only the slot's public key
        to make, so whoever can write the server's slot table could seal a service key of
        her own choosing to a worker, who would then seal new records under a key that
        person knows. The commitment is made under the slot's password and names the key,
        so such a slot is refused on opening (KeySlotAltered)."""
        try:
            bytes.fromhex(vault_id)
            parsed = {slot_id: json.loads(text) for slot_id, text in slots.items()}
            if not all(isinstance(slot, dict) for slot in parsed.values()):
                raise ValueError("slot")
        except (ValueError, TypeError):
            raise KeyFileDamaged() from None
        return cls({"format": FORMAT, "version": VERSION, "vault_id": vault_id,
                    "generation": int(generation), "slots": parsed, "failed_attempts": []},
                   committed=True)

    def slot_text(self, slot_id: str) -> str:
        """One slot as JSON text, to be kept elsewhere (a server's key slot table)."""
        return json.dumps(self._data["slots"][slot_id], sort_keys=True)

    @classmethod
    def load(cls, path: Path) -> KeyFile:
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            raise KeyFileMissing() from None
        try:
            data = json.loads(raw.decode("utf-8"))
            if not isinstance(data, dict):  # valid JSON, but a list, string or null
                raise ValueError("not an object")
            if data.get("format") != FORMAT or int(data.get("version", 0)) > VERSION:
                raise ValueError("format")
            bytes.fromhex(data["vault_id"])
            int(data["generation"])
            if not isinstance(data["slots"], dict):
                raise ValueError("slots")
            data["failed_attempts"] = _sound_attempts(data.get("failed_attempts"))
        except (ValueError, KeyError, TypeError, UnicodeDecodeError):
            raise KeyFileDamaged() from None
        return cls(data, path)

    def save(self, path: Path | None = None) -> None:
        """Write atomically: a crash leaves the old file or the new one, never half of each."""
        target = Path(path or self.path)  # type: ignore[arg-type]  # a loaded file has a path
        write_text_atomically(target, json.dumps(self._data, indent=1, sort_keys=True),
                              prefix=".rdkeys-")
        self.path = target

    def copy(self) -> KeyFile:
        return KeyFile(json.loads(json.dumps(self._data)), self.path, committed=self.committed)

    # --- facts ------------------------------------------------------------------------------

    @property
    def vault_id(self) -> str:
        vault_id: str = self._data["vault_id"]
        return vault_id

    @property
    def is_demo(self) -> bool:
        """A demo vault says so before it is unlocked, so the sign-in window can give the
        demo accounts. Only ever set for vaults of fictional data."""
        return bool(self._data.get("demo", False))

    def mark_demo(self) -> None:
        self._data["demo"] = True

    @property
    def backup_head(self) -> dict[str, Any] | None:
        """In a backup's key file: the copy's newest audit event (id, hash) and roster version
        when it was written, so a restore can tell whether the backup was cut since."""
        head = self._data.get("backup_head")
        return head if isinstance(head, dict) else None

    def set_backup_head(self, head: dict[str, Any]) -> None:
        self._data["backup_head"] = dict(head)

    @property
    def generation(self) -> int:
        return int(self._data["generation"])

    def slot_ids(self) -> set[str]:
        return set(self._data["slots"])

    def has_user(self, username: str) -> bool:
        return slot_id_for(self.vault_id, username) in self._data["slots"]

    def public_key(self, slot_id: str) -> bytes:
        return _unb64(self._data["slots"][slot_id]["public"])

    # --- slots ------------------------------------------------------------------------------

    def add_slot(self, slot_id: str, secret: str, db_key: bytes,
                 identity: bytes | None = None) -> bytes:
        """Make (or replace) a slot opened by `secret`, holding `identity` (a new one when not
        given). Returns the slot's public key."""
        return self.add_slot_with_identity(slot_id, secret, db_key, identity)[0]

    def add_slot_with_identity(self, slot_id: str, secret: str, db_key: bytes,
                               identity: bytes | None = None, *,
                               keep_previous: bool = False) -> tuple[bytes, bytes]:
        """As `add_slot`; returns (slot public key, identity seed). With `keep_previous`, a
        slot it replaces is kept as `previous` until `settle` (see `change_secret`)."""
        from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

        check_typed_password(secret)
        before = self._data["slots"].get(slot_id)
        if isinstance(before, dict):
            before = {k: v for k, v in before.items() if k != "previous"}

        identity = identity or new_identity()
        private = X25519PrivateKey.generate()
        public = private.public_key().public_bytes_raw()
        kdf = _new_kdf()
        wrap_key = _derive(secret, kdf)
        wrapped = _encrypt(wrap_key, private.private_bytes_raw(),
                           _aad(self.vault_id, slot_id, "private-key"))
        self._data["slots"][slot_id] = {
            "public": _b64(public),
            "private": {"kdf": kdf, **wrapped},
            "identity": _encrypt(wrap_key, identity, _aad(self.vault_id, slot_id, "identity")),
            "sealed": _seal(self.vault_id, slot_id, public, db_key, self.generation),
        }
        if self.committed:
            slot = self._data["slots"][slot_id]
            slot["commitment"] = _encrypt(
                wrap_key, _commitment(db_key), _aad(self.vault_id, slot_id, "db-key-commitment",
                                                    self.generation))
            # A server's slots are not all of one generation after a rotation (a slot is
            # renewed at its owner's next sign-in): each says its own, bound by the AADs.
            slot["generation"] = self.generation
            slot["vouched"] = _b64(_vouch(db_key, self.vault_id, slot_id, self.generation,
                                          public))
        if keep_previous and isinstance(before, dict):
            self._data["slots"][slot_id]["previous"] = before
        return public, identity

    def add_user(self, username: str, password: str, db_key: bytes) -> bytes:
        return self.add_slot(slot_id_for(self.vault_id, username), password, db_key)

    def remove_user(self, username: str) -> None:
        self._data["slots"].pop(slot_id_for(self.vault_id, username), None)

    def open_slot(self, slot_id: str, secret: str) -> tuple[bytes, bytes]:
        """Return (database key, slot private key), or raise WrongPassword."""
        opened = self.open_slot_full(slot_id, secret)
        return opened.db_key, opened.private

    def open_slot_full(self, slot_id: str, secret: str) -> OpenedSlot:
        """Open a slot with its password. A slot whose password change was cut short by a
        crash also keeps the slot as it was before (`previous`): the old password opens that
        one, until the database says which of the two is hers (`settle`)."""
        check_typed_password(secret)  # never "the key file is damaged" for what was typed
        slot = self._data["slots"][slot_id]
        try:
            return self._open(slot_id, slot, secret)
        except WrongPassword:
            previous = slot.get("previous") if isinstance(slot, dict) else None
            if not isinstance(previous, dict):
                raise
            return self._open(slot_id, previous, secret)

    def _open(self, slot_id: str, slot: dict[str, Any], secret: str) -> OpenedSlot:
        from cryptography.exceptions import InvalidTag

        try:
            wrapped = slot["private"]
            wrap_key = _derive(secret, wrapped["kdf"])
            private = _decrypt(wrap_key, wrapped, _aad(self.vault_id, slot_id, "private-key"))
        except InvalidTag:
            raise WrongPassword() from None
        except (KeyError, ValueError, TypeError):
            raise KeyFileDamaged() from None
        generation = self._generation_of(slot)
        try:
            db_key = _unseal(self.vault_id, slot_id, private, slot["sealed"], generation)
            identity = None
            if slot.get("identity") is not None:
                identity = _decrypt(wrap_key, slot["identity"],
                                    _aad(self.vault_id, slot_id, "identity"))
        except (InvalidTag, KeyError, ValueError, TypeError):
            # The password was right but the sealed key does not open: the file was altered.
            raise KeyFileDamaged() from None
        if self.committed or "commitment" in slot:
            self._check_commitment(slot_id, slot, wrap_key, db_key, generation)
        return OpenedSlot(db_key, private, identity, wrap_key)

    def _generation_of(self, slot: dict[str, Any]) -> int:
        """The key generation a slot holds: its own on a server (committed slots say so; one
        made before they did holds the first, as the key had never changed), the file's
        otherwise."""
        if not self.committed:
            return self.generation
        if slot.get("generation") is None:
            return 1
        try:
            return int(slot["generation"])
        except (TypeError, ValueError):
            raise KeyFileDamaged() from None

    def slot_generation(self, slot_id: str) -> int:
        """The key generation the slot `slot_id` holds (see `_generation_of`)."""
        return self._generation_of(self._data["slots"][slot_id])

    def _check_commitment(self, slot_id: str, slot: dict[str, Any], wrap_key: bytes,
                          db_key: bytes, generation: int) -> None:
        """The key sealed in the slot is the one its password committed to (`holding`)."""
        from cryptography.exceptions import InvalidTag

        try:
            committed = _decrypt(wrap_key, slot["commitment"], _aad(
                self.vault_id, slot_id, "db-key-commitment", generation))
        except (InvalidTag, KeyError, ValueError, TypeError):
            raise KeySlotAltered() from None
        if not hmac.compare_digest(committed, _commitment(db_key)):
            raise KeySlotAltered()

    # --- a server's key rotation: pending slots (refugedesk/server/key_rotation.py) --------

    def vouched(self, slot_id: str) -> bool:
        """Whether a server slot says its generation and has a vouch for its public key (made
        so since 2026-12-01): one that has not is renewed at its owner's next sign-in, or the
        next change of key could not carry it. Whether the vouch is sound is the change's
        business (`carry_forward`), which holds the key."""
        slot = self._data["slots"].get(slot_id)
        return isinstance(slot, dict) and slot.get("generation") is not None \
            and isinstance(slot.get("vouched"), str)

    def carry_forward(self, slot_id: str, pending_text: str | None, old_key: bytes,
                      new_key: bytes) -> str | None:
        """After the service key changed from `old_key` (this key file's generation) to
        `new_key` (the next): the pending slot (JSON text) that carries the new key to the
        slot `slot_id` at its owner's next sign-in (`open_pending`), or None when it cannot
        be carried (not vouched for under `old_key`).

        A pending slot holds a chain: for each generation since her slot's, that key sealed
        to her slot's public key with a MAC under the key before it. A slot still at the old
        generation starts a chain; one already behind (`pending_text`, left at the last
        change) has a link added. Its public key is vouched for under the newest key, so the
        next change can carry it again without her slot's password."""
        old_generation, new_generation = self.generation, self.generation + 1
        slot = self._data["slots"].get(slot_id)
        try:
            if isinstance(slot, dict) and self._generation_of(slot) == old_generation:
                source, chain = slot, []
            elif pending_text is not None:
                source = json.loads(pending_text)
                if int(source["generation"]) != old_generation:
                    return None
                chain = list(source["chain"])
            else:
                return None
            public, vouch = _unb64(source["public"]), _unb64(source["vouched"])
        except (KeyError, TypeError, ValueError, KeyFileDamaged):
            return None
        if not hmac.compare_digest(vouch, _vouch(old_key, self.vault_id, slot_id,
                                                 old_generation, public)):
            return None
        chain.append({
            "generation": new_generation,
            "sealed": _seal(self.vault_id, slot_id, public, new_key, new_generation),
            "mac": _b64(_pending_mac(old_key, self.vault_id, slot_id, new_generation,
                                     new_key))})
        return json.dumps({
            "generation": new_generation, "public": _b64(public), "chain": chain,
            "vouched": _b64(_vouch(new_key, self.vault_id, slot_id, new_generation, public))},
            sort_keys=True)

    def open_pending(self, slot_id: str, opened: OpenedSlot, pending_text: str) -> bytes:
        """The key of this key file's generation, carried by a pending slot to the slot
        `slot_id`, which `opened` opened at an older one: each link opened with her private
        key and checked with the key before it. Raises KeySlotAltered for a chain that was
        not made by people holding those keys, or that stops short of this generation."""
        from cryptography.exceptions import InvalidTag

        key, generation = opened.db_key, self.slot_generation(slot_id)
        try:
            pending = json.loads(pending_text)
            if int(pending["generation"]) != self.generation:
                raise ValueError("generation")
            for link in pending["chain"]:
                if int(link["generation"]) != generation + 1:
                    raise ValueError("a link missing")
                carried = _unseal(self.vault_id, slot_id, opened.private, link["sealed"],
                                  generation + 1)
                expected = _pending_mac(key, self.vault_id, slot_id, generation + 1, carried)
                if not hmac.compare_digest(_unb64(link["mac"]), expected):
                    raise ValueError("mac")
                key, generation = carried, generation + 1
        except (InvalidTag, KeyError, ValueError, TypeError):
            raise KeySlotAltered() from None
        if generation != self.generation:
            raise KeySlotAltered()  # cut short: it would leave her an old key
        return key

    def give_identity(self, slot_id: str, opened: OpenedSlot) -> bytes:
        """Add a new identity to a slot made before identities existed (at its owner's
        sign-in, when the password-derived key is at hand). Returns the seed."""
        identity = new_identity()
        self._data["slots"][slot_id]["identity"] = _encrypt(
            opened.wrap_key, identity, _aad(self.vault_id, slot_id, "identity"))
        return identity

    def unlock_user(self, username: str, password: str) -> bytes:
        return self.open_slot(slot_id_for(self.vault_id, username), password)[0]

    def unlock_recovery(self, code: str) -> bytes:
        return self.open_recovery(code).db_key

    def open_recovery(self, code: str) -> OpenedSlot:
        if RECOVERY_SLOT not in self._data["slots"]:
            raise KeyFileDamaged()
        typed = normalise_recovery_code(code)
        if len(typed.replace("-", "")) != RECOVERY_CODE_LETTERS:
            raise WrongRecoveryCode()  # not the shape of a code: no Argon2 run, no odd message
        try:
            return self.open_slot_full(RECOVERY_SLOT, typed)
        except WrongPassword:
            raise WrongRecoveryCode() from None

    def change_secret(self, slot_id: str, old_secret: str, new_secret: str,
                      db_key: bytes) -> bytes:
        """A new password for one slot: checks the old one, then gives the slot a NEW key pair
        (sealed to the current database key) under the new password, with the same identity.
        Returns the new public key, which the caller records in the database. A fresh pair,
        not the old private key rewrapped: someone holding an old copy of the key file and
        the old password must not be able to open this slot's sealed key now or after the next
        rotation.

        The slot as it was is kept as `previous` until the database has recorded the new
        public key (`settle`): a crash between saving this file and committing the database
        then leaves both agreeing on the old password, never a slot the database disowns."""
        opened = self.open_slot_full(slot_id, old_secret)
        return self.add_slot_with_identity(slot_id, new_secret, db_key, opened.identity,
                                           keep_previous=True)[0]

    def has_previous(self, slot_id: str) -> bool:
        slot = self._data["slots"].get(slot_id)
        return isinstance(slot, dict) and "previous" in slot

    def settle(self, slot_id: str, recorded: bytes | None) -> bool:
        """Resolve a password change cut short: keep whichever of the slot and its `previous`
        has the public key the database records for her. Returns True if the file changed."""
        slot = self._data["slots"].get(slot_id)
        if not isinstance(slot, dict) or "previous" not in slot:
            return False
        previous = slot.pop("previous")
        if recorded is not None and isinstance(previous, dict) \
                and _unb64(slot["public"]) != recorded and previous.get("public") \
                and _unb64(previous["public"]) == recorded:
            self._data["slots"][slot_id] = previous
        return True

    def _matching(self, slot_id: str, public: bytes) -> dict[str, Any] | None:
        """The slot (or its `previous`) whose public key is `public`, without `previous`."""
        slot = self._data["slots"].get(slot_id)
        if not isinstance(slot, dict):
            return None
        for candidate in (slot, slot.get("previous")):
            if isinstance(candidate, dict) and candidate.get("public") \
                    and _unb64(candidate["public"]) == public:
                return {k: v for k, v in candidate.items() if k != "previous"}
        return None

    def public_key_of_recovery(self) -> bytes | None:
        slot = self._data["slots"].get(RECOVERY_SLOT)
        try:
            return _unb64(slot["public"]) if isinstance(slot, dict) else None
        except (KeyError, ValueError):
            return None

    def only_slots(self, keep: dict[str, bytes]) -> None:
        """Keep only the slots whose id and public key are in `keep` (the accounts active in
        the database, and the recovery slot), and drop any failed-attempt notes. For the key
        file that goes with a backup."""
        slots = {}
        for sid, public in keep.items():
            slot = self._matching(sid, public)
            if slot is not None:
                slots[sid] = slot
        self._data["slots"] = slots
        self._data["failed_attempts"] = []

    def reseal_all(self, db_key: bytes, keep: dict[str, bytes]) -> None:
        """After a rekey: seal the new key to the given slots' public keys, drop every other.

        `keep` maps slot id to the public key recorded *inside* the encrypted database, so a
        public key swapped in the key file by someone else cannot receive the new key.
        """
        self._data["generation"] = self.generation + 1
        slots = {}
        for slot_id, public in keep.items():
            slot = self._matching(slot_id, public)
            if slot is None:
                continue
            slot["sealed"] = _seal(self.vault_id, slot_id, public, db_key, self.generation)
            slots[slot_id] = slot
        self._data["slots"] = slots

    # --- failed sign-ins (kept until the next successful unlock writes them to the audit) ----

    def note_failed_attempt(self, username: str) -> None:
        """Note a failed attempt from this computer. A username with no slot is noted as
        "unknown", never hashed: people type their password into the username box, and a fast
        hash of it in a plain file would skip Argon2 entirely."""
        sid = slot_id_for(self.vault_id, username)
        attempts = self._data["failed_attempts"]
        attempts.append(
            {"user": sid if sid in self._data["slots"] else "unknown",
             "from": _this_computer(),
             "at": datetime.now(UTC).isoformat(timespec="seconds")}
        )
        del attempts[:-200]  # bounded: enough to show a pattern, never unbounded growth

    def recent_failures(self, username: str) -> list[datetime]:
        """Failures for this username *from this computer*: the wait slows guessing at this
        keyboard, but someone elsewhere cannot lock a colleague out by typing her name."""
        sid = slot_id_for(self.vault_id, username)
        here = _this_computer()
        return [
            datetime.fromisoformat(a["at"]) for a in self._data["failed_attempts"]
            if a.get("user") == sid and a.get("from", here) == here
        ]

    def take_failed_attempts(self) -> list[dict[str, str]]:
        attempts = list(self._data["failed_attempts"])
        self._data["failed_attempts"] = []
        return attempts
