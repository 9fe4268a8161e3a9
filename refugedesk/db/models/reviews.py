"""Reviews and move-on (issue 5; migration 0005).

A Review is one meeting with her: an interim review (planned at intervals, with a due date) or
the celebration-of-achievement review before she moves on. What was said at it lives in
ReviewVersion rows: saving a review again adds a version and never overwrites an earlier one
(triggers in the schema refuse to change or delete a version).

MoveOn adds to a Stay's departure (its `left_on` and `departure_reason`, kept by capacity.py)
where she went and whether support carries on after she leaves.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from refugedesk.db.models.base import MACHINE_WRITTEN, Base, Tracked, values_in
from refugedesk.db.models.enums import Destination, ReviewKind, SupportAfter
from refugedesk.db.sealed import Sealed
from refugedesk.db.types import EnumText


class Review(Tracked, Base):
    """One review of her support. `version` is the number of the latest ReviewVersion (0 while
    it is only planned); `held_on` is the latest version's meeting date."""

    __tablename__ = "review"
    __table_args__ = (
        CheckConstraint(values_in("kind", ReviewKind), name="review_kind_known"),
        CheckConstraint("version >= 0", name="review_version_not_negative"),
        CheckConstraint("(held_on IS NULL) = (version = 0)", name="review_held_has_version"),
        Index("ix_review_resident_due", "resident_id", "due_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("resident.id", ondelete="RESTRICT"))
    stay_id: Mapped[int | None] = mapped_column(ForeignKey("stay.id", ondelete="RESTRICT"),
                                                nullable=True)
    kind: Mapped[ReviewKind] = mapped_column(EnumText(ReviewKind, 12))
    due_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    held_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    version: Mapped[int] = mapped_column(default=0)


class ReviewVersion(Tracked, Base):
    """What one saving of a review said. Never changed, never deleted. `moments` is a JSON list
    of {"contact_id": int, "words": str}: contacts chosen from her log, with the words for her
    copy written with her (her copy never shows the contact's own notes)."""

    __tablename__ = "review_version"
    __table_args__ = (
        UniqueConstraint("review_id", "version", name="review_version_unique"),
        CheckConstraint("version >= 1", name="review_version_positive"),
        CheckConstraint("json_valid(moments)", name="review_moments_json"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("review.id", ondelete="RESTRICT"),
                                           index=True)
    version: Mapped[int]
    held_on: Mapped[date] = mapped_column(Date)
    attended: Mapped[str] = mapped_column(Sealed("review_version.attended"), default="")
    her_words: Mapped[str] = mapped_column(Sealed("review_version.her_words"), default="")
    next_steps: Mapped[str] = mapped_column(Sealed("review_version.next_steps"), default="")
    moments: Mapped[str] = mapped_column(Sealed("review_version.moments", json_text=True), default="[]", info=MACHINE_WRITTEN)


class MoveOn(Tracked, Base):
    """Where she went when her stay ended, and whether support continues. One per stay; the
    date and reason are the stay's own `left_on` and `departure_reason`."""

    __tablename__ = "move_on"
    __table_args__ = (
        CheckConstraint(values_in("destination", Destination), name="move_on_destination_known"),
        CheckConstraint(values_in("support_after", SupportAfter), name="move_on_support_known"),
        UniqueConstraint("stay_id", name="move_on_one_per_stay"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    stay_id: Mapped[int] = mapped_column(ForeignKey("stay.id", ondelete="RESTRICT"))
    destination: Mapped[Destination] = mapped_column(EnumText(Destination, 20))
    support_after: Mapped[SupportAfter] = mapped_column(EnumText(SupportAfter, 15))
    note: Mapped[str] = mapped_column(Sealed("move_on.note"), default="")
