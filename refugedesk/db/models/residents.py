"""The resident's record (issue 4): the woman herself, her children, consent, the person
she fled, court orders, the list's search terms and part-done intakes.

A resident is the woman herself; a stay is one spell in one room. Children belong to her and
join her stays. Everything here is sensitive: the audit trail names the record, never a value.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from refugedesk.db.models.base import MACHINE_WRITTEN, Base, Tracked, values_in
from refugedesk.db.models.enums import ChildSex, ConsentHow, CourtOrderKind, RiskLevel
from refugedesk.db.sealed import Sealed
from refugedesk.db.types import EnumText, UTCDateTime


class Resident(Tracked, Base):
    """The woman herself, across all her stays. `reference` is what lists and exports show."""

    __tablename__ = "resident"
    __table_args__ = (
        CheckConstraint("length(trim(name)) > 0", name="resident_named"),
        CheckConstraint("length(trim(reference)) > 0", name="resident_referenced"),
        CheckConstraint(f"risk_level IS NULL OR {values_in('risk_level', RiskLevel)}",
                        name="resident_risk_known"),
        Index("ix_resident_name", "name", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(String(30), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    known_as: Mapped[str] = mapped_column(String(120), default="")
    date_of_birth: Mapped[date | None] = mapped_column(Date, nullable=True)
    language: Mapped[str] = mapped_column(String(60), default="")
    needs_interpreter: Mapped[bool] = mapped_column(default=False)
    #: The language of the documents made for her (her copy, certificate): "en" or "cy";
    #: None until she is asked, when they follow the language of whoever prints them.
    documents_language: Mapped[str | None] = mapped_column(String(5), nullable=True)
    access_needs: Mapped[str] = mapped_column(Sealed("resident.access_needs"), default="")
    immigration_status: Mapped[str] = mapped_column(Sealed("resident.immigration_status", 120), default="")
    nrpf: Mapped[bool] = mapped_column(default=False)
    gp: Mapped[str] = mapped_column(Sealed("resident.gp"), default="")
    #: How it is safe to reach her: may staff call, may they text (None: not asked yet, so
    #: ask her before doing it), the code word, when not to.
    safe_to_call: Mapped[bool | None] = mapped_column(nullable=True, default=None)
    safe_to_text: Mapped[bool | None] = mapped_column(nullable=True, default=None)
    code_word: Mapped[str] = mapped_column(Sealed("resident.code_word", 60), default="")
    times_to_avoid: Mapped[str] = mapped_column(Sealed("resident.times_to_avoid"), default="")
    key_worker_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff_member.id", ondelete="RESTRICT"), nullable=True, index=True)
    #: The level of her latest risk assessment (kept by risk.py, for lists and filters).
    risk_level: Mapped[RiskLevel | None] = mapped_column(EnumText(RiskLevel, 10), nullable=True, index=True)
    #: When she was given the service's privacy notice (issue 16).
    privacy_notice_given_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    #: When her record was anonymised under the retention schedule or at her request: what
    #: identified her or anyone else is gone, the counts and dates the reports use remain.
    anonymised_on: Mapped[date | None] = mapped_column(Date, nullable=True)

    children: Mapped[list[Child]] = relationship(back_populates="resident",
                                                 order_by="Child.id")


class ResidentSearchTerm(Base):
    """One word she can be found by (her names, known-as, her children's names, her reference),
    folded to lower case; the list search is a range scan of ix_resident_search_term_cover.
    Her name is copied here, into that index, so a page of matches can be put in order
    without reading each match's record."""

    __tablename__ = "resident_search_term"
    __table_args__ = (Index("ix_resident_search_term_cover", "term", "name", "resident_id"),)

    term: Mapped[str] = mapped_column(String(120), primary_key=True)
    resident_id: Mapped[int] = mapped_column(
        ForeignKey("resident.id", ondelete="CASCADE"), primary_key=True, index=True)
    name: Mapped[str] = mapped_column(String(120))


class Child(Tracked, Base):
    __tablename__ = "child"
    __table_args__ = (
        CheckConstraint("length(trim(name)) > 0", name="child_named"),
        CheckConstraint(f"sex IS NULL OR {values_in('sex', ChildSex)}", name="child_sex_known"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("resident.id", ondelete="RESTRICT"),
                                             index=True)
    name: Mapped[str] = mapped_column(String(120))
    date_of_birth: Mapped[date | None] = mapped_column(Date, nullable=True)
    school: Mapped[str] = mapped_column(Sealed("child.school", 200), default="")
    child_protection_plan: Mapped[bool] = mapped_column(default=False)
    child_in_need: Mapped[bool] = mapped_column(default=False)
    social_worker: Mapped[str] = mapped_column(Sealed("child.social_worker"), default="")
    needs: Mapped[str] = mapped_column(Sealed("child.needs"), default="")
    #: Empty when not recorded (asked only where the service has an age rule for boys).
    sex: Mapped[ChildSex | None] = mapped_column(EnumText(ChildSex, 10), nullable=True)

    resident: Mapped[Resident] = relationship(back_populates="children")


class Consent(Tracked, Base):
    """What she agreed to share, with whom, when, and who explained it to her."""

    __tablename__ = "consent"
    __table_args__ = (
        CheckConstraint("withdrawn_on IS NULL OR withdrawn_on >= given_on",
                        name="consent_dates_in_order"),
        CheckConstraint("json_valid(covers)", name="consent_covers_json"),
        CheckConstraint(f"how_given IS NULL OR {values_in('how_given', ConsentHow)}",
                        name="consent_how_given_known"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("resident.id", ondelete="RESTRICT"),
                                             index=True)
    what: Mapped[str] = mapped_column(Sealed("consent.what"))
    shared_with: Mapped[str] = mapped_column(Sealed("consent.shared_with"))
    given_on: Mapped[date] = mapped_column(Date)
    explained_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff_member.id", ondelete="RESTRICT"), nullable=True)
    withdrawn_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    #: What it covers (issue 16), a JSON list of keys: "marac", "national_datasets", or
    #: "agency:<Agency value>" for sharing with that kind of agency. Empty: as `what` says.
    covers: Mapped[str] = mapped_column(Text, default="[]", server_default="[]",
                                        info=MACHINE_WRITTEN)
    #: How she gave it.
    how_given: Mapped[ConsentHow | None] = mapped_column(EnumText(ConsentHow, 10),
                                                         nullable=True)


class Abuser(Tracked, Base):
    """The person she fled. `known_areas` (one per line) become excluded areas for placements."""

    __tablename__ = "abuser"

    id: Mapped[int] = mapped_column(primary_key=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("resident.id", ondelete="RESTRICT"),
                                             index=True)
    name: Mapped[str] = mapped_column(Sealed("abuser.name", 120), default="")
    description: Mapped[str] = mapped_column(Sealed("abuser.description"), default="")
    vehicle: Mapped[str] = mapped_column(Sealed("abuser.vehicle"), default="")
    known_areas: Mapped[str] = mapped_column(Sealed("abuser.known_areas"), default="")


class CourtOrder(Tracked, Base):
    __tablename__ = "court_order"
    __table_args__ = (
        CheckConstraint(values_in("kind", CourtOrderKind), name="court_order_kind_known"),
        CheckConstraint("expires_on IS NULL OR made_on IS NULL OR expires_on >= made_on",
                        name="court_order_dates_in_order"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("resident.id", ondelete="RESTRICT"),
                                             index=True)
    abuser_id: Mapped[int | None] = mapped_column(
        ForeignKey("abuser.id", ondelete="RESTRICT"), nullable=True)
    kind: Mapped[CourtOrderKind] = mapped_column(EnumText(CourtOrderKind, 30))
    made_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    #: Empty when the order has no end date (it never lapses by itself).
    expires_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    notes: Mapped[str] = mapped_column(Sealed("court_order.notes"), default="")


class IntakeDraft(Tracked, Base):
    """A guided intake saved part-way: everything typed so far (JSON) and the step reached."""

    __tablename__ = "intake_draft"
    __table_args__ = (
        CheckConstraint("json_valid(data)", name="intake_draft_json"),
        CheckConstraint("step >= 0", name="intake_draft_step"),
        CheckConstraint("(finished_at IS NULL) = (resident_id IS NULL)",
                        name="intake_draft_finished_has_resident"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    step: Mapped[int] = mapped_column(default=0)
    data: Mapped[str] = mapped_column(Sealed("intake_draft.data", json_text=True), default="{}", info=MACHINE_WRITTEN)
    #: The stay she arrived on, when the intake starts from an arrival.
    stay_id: Mapped[int | None] = mapped_column(ForeignKey("stay.id", ondelete="RESTRICT"),
                                                nullable=True)
    resident_id: Mapped[int | None] = mapped_column(
        ForeignKey("resident.id", ondelete="RESTRICT"), nullable=True)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True,
                                                         index=True)


class FormDraft(Tracked, Base):
    """What a worker has typed into one of her long forms about one resident (the DASH, a
    needs assessment, a review) and not saved yet: {field name: value} as JSON. One per worker,
    form and resident; gone when the form is saved or she throws the work away (migration
    0008)."""

    __tablename__ = "form_draft"
    __table_args__ = (
        CheckConstraint("json_valid(data)", name="form_draft_json"),
        UniqueConstraint("staff_id", "form", "resident_id", name="form_draft_one_each"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff_member.id", ondelete="RESTRICT"))
    form: Mapped[str] = mapped_column(String(40))
    resident_id: Mapped[int] = mapped_column(ForeignKey("resident.id", ondelete="RESTRICT"),
                                             index=True)
    data: Mapped[str] = mapped_column(Sealed("form_draft.data", json_text=True), default="{}", info=MACHINE_WRITTEN)
