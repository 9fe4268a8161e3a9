"""Column types: instants stored as UTC ISO text and returned timezone-aware, and enums stored
as their values' text."""

from __future__ import annotations

from datetime import UTC, datetime
from enum import StrEnum
from typing import Any, TypeVar

from sqlalchemy import String
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator


class UTCDateTime(TypeDecorator[datetime]):
    """An instant. Naive datetimes are refused: every instant we store must say it is UTC."""

    impl = String(32)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: store instants as UTC")
        return value.astimezone(UTC).isoformat(timespec="microseconds")

    def process_result_value(self, value: str | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return datetime.fromisoformat(value).astimezone(UTC)


E = TypeVar("E", bound=StrEnum)


class EnumText(TypeDecorator[E]):
    """A StrEnum stored as its value in a VARCHAR(length) column: exactly the text the column
    held before it was typed, so the schema and its CHECK constraints are unchanged. Reads
    give the member; writing (or comparing with) anything but a member or its value raises
    ValueError instead of reaching the database."""

    impl = String
    cache_ok = True

    def __init__(self, enum: type[E], length: int) -> None:
        super().__init__(length)
        self.enum = enum

    @property
    def python_type(self) -> type[E]:
        return self.enum

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        return None if value is None else self.enum(value).value

    def process_result_value(self, value: str | None, dialect: Dialect) -> E | None:
        return None if value is None else self.enum(value)

    def coerce_on_set(self, target: Any, value: Any, oldvalue: Any, initiator: Any) -> E | None:
        """An attribute "set" listener (see models/base.py): the member for a stored string."""
        return None if value is None else self.enum(value)


def utcnow() -> datetime:
    return datetime.now(UTC)
