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

Her own sealed columns on `resident` (code word, GP, immigration status, access needs, times to
avoid) are more than sealed on a server: the row is every worker's (the board, the card), those
columns only for whoever may open her record (server/need_to_know.py). The staff groups may
not SELECT them, so wherever a query reads them, `Sealed.column_expression` reads them through
`refugedesk_resident_sealed(id, column)` instead, which gives the stored value to whoever may
open her record and an empty text to anyone else. A file vault reads the column as it is.

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
from functools import cached_property, lru_cache
from typing import Any

from sqlalchemy import Engine, String, Text
from sqlalchemy.engine import Dialect
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql import ColumnElement
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement
from sqlalchemy.types import TypeDecorator, TypeEngine

from refugedesk.errors import SealedValueUnreadable, ServiceKeyMissing

PREFIX = "rd1:"
NONCE_BYTES = 12
KEY_BYTES = 32
#: The dialect attribute that holds an engine's sealer (each engine has its own dialect).
ATTRIBUTE = "refugedesk_sealer"


@dataclass(frozen=True)
class Sealer:
    """The service key, held in memory while the server is open, and what it seals."""

    key: bytes = field(repr=False)
    service_id: str
    #: The key's generation on the server (refugedesk_service_key.generation): a copy whose
    #: key is older may not write sealed values (server/key_rotation.py).
    generation: int = 1

    def __post_init__(self) -> None:
        if len(self.key) != KEY_BYTES:
            raise ValueError("the service key is 32 bytes")

    def _aad(self, purpose: str) -> bytes:
        return _aad(self.service_id, purpose)

    # A draft or the handover opens a thousand values at once: the cipher is made once per
    # key, and nothing is imported per value (with Qt loaded, every `import` statement runs
    # through PySide's import hook, which cost more than the decryption itself).
    @cached_property
    def _cipher(self) -> Any:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        return AESGCM(self.key)

    def seal(self, purpose: str, text: str) -> str:
        nonce = secrets.token_bytes(NONCE_BYTES)
        box = self._cipher.encrypt(nonce, text.encode("utf-8"), self._aad(purpose))
        return PREFIX + base64.b64encode(nonce + box).decode("ascii")

    def open(self, purpose: str, token: str) -> str:
        if not token.startswith(PREFIX):
            raise SealedValueUnreadable()
        try:
            raw = base64.b64decode(token[len(PREFIX):].encode("ascii"), validate=True)
            plain = self._cipher.decrypt(raw[:NONCE_BYTES], raw[NONCE_BYTES:],
                                         self._aad(purpose))
            return str(plain.decode("utf-8"))
        except Exception as exc:
            from cryptography.exceptions import InvalidTag

            if isinstance(exc, (InvalidTag, ValueError, UnicodeError)):
                raise SealedValueUnreadable() from None
            raise


@lru_cache(maxsize=256)
def _aad(service_id: str, purpose: str) -> bytes:
    """The associated data binding a sealed value to its service and column."""
    return f"refugedesk-sealed:{service_id}:{purpose}:1".encode()


def attach(engine: Engine, sealer: Sealer | None) -> None:
    """Give an engine the sealer its sealed columns use (None takes it away, at closing)."""
    setattr(engine.dialect, ATTRIBUTE, sealer)


def sealer_of(engine: Engine) -> Sealer:
    """The sealer an engine was given (ServiceKeyMissing when none): what an administrator
    seals a new colleague's key slot with."""
    return _sealer(engine.dialect)


def _sealer(dialect: Dialect) -> Sealer:
    sealer = getattr(dialect, ATTRIBUTE, None)
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

    def column_expression(self, colexpr: ColumnElement[Any]) -> ColumnElement[Any] | None:
        """On a server, her own sealed columns are read through need-to-know's function
        (the module's docstring); every other column, and every column in a file vault, as
        it is."""
        table = getattr(colexpr, "table", None)
        underlying = getattr(table, "element", table)  # the table of an alias (a join's)
        if (not self.purpose.startswith(f"{RULED_TABLE}.")
                or getattr(underlying, "name", None) != RULED_TABLE
                or table is None or "id" not in table.c):
            return colexpr
        return _OpenedByRule(colexpr, table.c.id, type_=self)

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


#: The table whose sealed columns only those who may open the row read (see the docstring).
RULED_TABLE = "resident"


class _OpenedByRule(FunctionElement[str]):
    """A resident's sealed column as the reader may see it: the column itself in a file
    vault, `refugedesk_resident_sealed(id, 'column')` on a server."""

    name = "refugedesk_resident_sealed"
    inherit_cache = True

    def __init__(self, column: ColumnElement[Any], row_id: ColumnElement[Any],
                 type_: Sealed) -> None:
        super().__init__(column, row_id)
        self.type = type_


@compiles(_OpenedByRule)
def _as_it_is(element: _OpenedByRule, compiler: SQLCompiler, **kw: Any) -> str:
    column = list(element.clauses)[0]
    return compiler.process(column, **kw)


@compiles(_OpenedByRule, "postgresql")
def _through_the_rule(element: _OpenedByRule, compiler: SQLCompiler, **kw: Any) -> str:
    column, row_id = list(element.clauses)
    name = column.name
    if not name.isidentifier():
        raise ValueError(f"not a column name: {name!r}")
    return f"refugedesk_resident_sealed({compiler.process(row_id, **kw)}, '{name}')"


def sealed_columns(metadata: Any) -> list[tuple[str, str]]:
    """(table, column) of every sealed column, in the metadata's order."""
    return [(table.name, column.name) for table in metadata.sorted_tables
            for column in table.columns if isinstance(column.type, Sealed)]
