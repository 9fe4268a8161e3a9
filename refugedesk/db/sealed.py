"""Sealed columns: the crown jewels, encrypted by the app before they reach a server.

In a file vault the whole file is encrypted by SQLCipher, so a sealed column is an ordinary
text column and nothing here runs. On a server (docs/server.md) the database, its dumps and
its backups are readable by whoever runs the server, so these columns (safe-house addresses
and phones, a code word, the abuser's details, what a resident or a worker wrote) are
encrypted in the app with AES-256-GCM under the service key, which each staff member opens
through her own key slot (refugedesk/server/key_slots.py). The server stores and returns
text it cannot read. docs/security.md lists which columns are sealed and what stays in clear.

    sealed.attach(engine, Sealer(service_key, service_id))   # once, after unlocking
    session.add(House(name="Rowan", address="1 Fictional Row"))   # written as "rd1:..."

A sealed value is `rd1:` and base64 of a fresh 96-bit nonce and the ciphertext with its tag;
the associated data names the service and the column, so a value copied into another column
or from another service does not open. A JSON column (a draft, the handover) keeps its
ciphertext as a JSON string, so the schema's `json_valid` checks still pass.

What a sealed column cannot do on a server: be searched, sorted or compared in SQL (the same
text seals differently every time), or be checked by the schema's CHECKs beyond "not null".
The app checks what is typed before it seals it; code that searches sealed text reads it
back and searches in Python (docs/server.md lists where).
"""

from __future__ import annotations

import base64
import json
import secrets
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine, String, Text
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator, TypeEngine

from refugedesk.errors import SealedValueUnreadable, ServiceKeyMissing

PREFIX = "rd1:"
NONCE_BYTES = 12
KEY_BYTES = 32
#: The dialect attribute that holds an engine's sealer (each engine has its own dialect).
_ATTRIBUTE = "refugedesk_sealer"


@dataclass(frozen=True)
class Sealer:
    """The service key, held in memory while the server is open, and what it seals."""

    key: bytes = field(repr=False)
    service_id: str

    def __post_init__(self) -> None:
        if len(self.key) != KEY_BYTES:
            raise ValueError("the service key is 32 bytes")

    def _aad(self, purpose: str) -> bytes:
        return f"refugedesk-sealed:{self.service_id}:{purpose}:1".encode()

    def seal(self, purpose: str, text: str) -> str:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        nonce = secrets.token_bytes(NONCE_BYTES)
        box = AESGCM(self.key).encrypt(nonce, text.encode("utf-8"), self._aad(purpose))
        return PREFIX + base64.b64encode(nonce + box).decode("ascii")

    def open(self, purpose: str, token: str) -> str:
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        if not token.startswith(PREFIX):
            raise SealedValueUnreadable()
        try:
            raw = base64.b64decode(token[len(PREFIX):].encode("ascii"), validate=True)
            plain = AESGCM(self.key).decrypt(raw[:NONCE_BYTES], raw[NONCE_BYTES:],
                                             self._aad(purpose))
            return plain.decode("utf-8")
        except (InvalidTag, ValueError, UnicodeError):
            raise SealedValueUnreadable() from None


def attach(engine: Engine, sealer: Sealer | None) -> None:
    """Give an engine the sealer its sealed columns use (None takes it away, at closing)."""
    setattr(engine.dialect, _ATTRIBUTE, sealer)


def sealer_of(engine: Engine) -> Sealer:
    """The sealer an engine was given (ServiceKeyMissing when none): what an administrator
    seals a new colleague's key slot with."""
    return _sealer(engine.dialect)


def _sealer(dialect: Dialect) -> Sealer:
    sealer = getattr(dialect, _ATTRIBUTE, None)
    if sealer is None:
        raise ServiceKeyMissing()
    return sealer  # type: ignore[no-any-return]


def seals(dialect: Dialect) -> bool:
    """Whether values are sealed on this engine: everywhere but a SQLCipher file."""
    return dialect.name != "sqlite"


class Sealed(TypeDecorator[str]):
    """Text sealed on a server and plain in a file vault, where the file is encrypted.

    `purpose` is the column, "table.column" (a test holds every one to its column); `length`
    is the longest text the app accepts (models/base.py checks it when a value is set). In a
    file vault the column is exactly what it was before it was sealed: VARCHAR(length) or
    TEXT. On a server it is TEXT, as the ciphertext is longer than the text."""

    impl = Text
    cache_ok = True

    def __init__(self, purpose: str, length: int | None = None, *, json_text: bool = False) -> None:
        super().__init__()
        self.purpose = purpose
        self.length = length
        self.json_text = json_text

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        if dialect.name == "sqlite" and self.length:
            return dialect.type_descriptor(String(self.length))
        return dialect.type_descriptor(Text())

    @property
    def python_type(self) -> type[str]:
        return str

    def process_bind_param(self, value: str | None, dialect: Dialect) -> str | None:
        if value is None or not seals(dialect):
            return value
        token = _sealer(dialect).seal(self.purpose, value)
        return json.dumps(token) if self.json_text else token

    def process_result_value(self, value: str | None, dialect: Dialect) -> str | None:
        if value is None or not seals(dialect):
            return value
        if value == "":
            # Written as empty with plain SQL (erasing her details): nothing to hide.
            return value
        if self.json_text:
            try:
                value = json.loads(value)
            except ValueError:
                raise SealedValueUnreadable() from None
            if not isinstance(value, str):
                raise SealedValueUnreadable()
        return _sealer(dialect).open(self.purpose, value)


def sealed_columns(metadata: Any) -> list[tuple[str, str]]:
    """(table, column) of every sealed column, in the metadata's order."""
    return [(table.name, column.name) for table in metadata.sorted_tables
            for column in table.columns if isinstance(column.type, Sealed)]
