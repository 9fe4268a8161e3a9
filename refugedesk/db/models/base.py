"""The declarative base, the `Tracked` mixin, and the helper that writes an enum's CHECK.

Every enum-typed column (`EnumText`) also gets a "set" listener here, so a value assigned to
it becomes the enum member at once: a wrong value is refused where it was written, and a
row read back before it is reloaded holds the same type as one loaded from the vault.

Every text column has a length (String(n): its n; Text: TEXT_LIMIT) that a value assigned to it
must keep to, or it is refused at once with a ValidationError naming the field: SQLite keeps
any length, and a 5,000-character name once stretched every window it appeared in.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import ForeignKey, String, Text, event
from sqlalchemy.orm import DeclarativeBase, Mapped, Mapper, declared_attr, mapped_column

from refugedesk.db.sealed import Sealed
from refugedesk.db.types import EnumText, UTCDateTime, utcnow
from refugedesk.errors import ValidationError
from refugedesk.i18n import number, translate

#: The most any free-text column keeps (notes, descriptions): about 12 pages of typing.
TEXT_LIMIT = 50_000
#: `info` of a Text column the app writes itself (JSON of a draft, the audit detail): its
#: parts are limited where they are typed, and the whole has no limit of its own.
MACHINE_WRITTEN = {"machine_written": True}


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
        elif isinstance(column_type, (String, Sealed)):
            if prop.columns[0].info.get("machine_written"):
                continue
            limit = column_type.length or (
                TEXT_LIMIT if isinstance(column_type, (Text, Sealed)) else None)
            if limit:
                event.listen(getattr(cls, prop.key), "set", _length_check(prop.key, limit),
                             retval=True)


def _length_check(field: str, limit: int) -> Any:
    def check(_target: object, value: Any, _old: object, _initiator: object) -> Any:
        if isinstance(value, str) and len(value) > limit:
            raise ValidationError(
                translate("ModelsBase", "This is too long: keep it to {limit} characters (it "
                          "has {length}).").format(limit=number(limit),
                                                   length=number(len(value))), field=field)
        return value
    return check
