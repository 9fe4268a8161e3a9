"""The declarative base, the `Tracked` mixin, and the helper that writes an enum's CHECK.

Every enum-typed column (`EnumText`) also gets a "set" listener here, so a value assigned to
it becomes the enum member at once: a wrong value is refused where it was written, and a
row read back before it is reloaded holds the same type as one loaded from the vault.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import ForeignKey, event
from sqlalchemy.orm import DeclarativeBase, Mapped, Mapper, declared_attr, mapped_column

from refugedesk.db.types import EnumText, UTCDateTime, utcnow


class Base(DeclarativeBase):
    pass


class Tracked:
    """Who created a record and who last changed it, and when."""

    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)

    @declared_attr
    def created_by_id(cls) -> Mapped[int | None]:
        return mapped_column(ForeignKey("staff_member.id", ondelete="RESTRICT"), nullable=True)

    @declared_attr
    def updated_by_id(cls) -> Mapped[int | None]:
        return mapped_column(ForeignKey("staff_member.id", ondelete="RESTRICT"), nullable=True)


def values_in(column: str, enum: type[StrEnum]) -> str:
    """The CHECK that keeps `column` to the enum's stored strings: "x IN ('a', 'b')"."""
    return f"{column} IN ({', '.join(repr(m.value) for m in enum)})"


@event.listens_for(Base, "mapper_configured", propagate=True)
def _coerce_enum_columns(mapper: Mapper[Any], cls: type) -> None:
    for prop in mapper.column_attrs:
        column_type = prop.columns[0].type
        if isinstance(column_type, EnumText):
            event.listen(getattr(cls, prop.key), "set", column_type.coerce_on_set,
                         retval=True)
