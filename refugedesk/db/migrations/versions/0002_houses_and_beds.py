"""Houses and beds: houses, rooms, closures, referrals, offers (reservations) and stays.

Revision ID: 0002
Revises: 0001
"""

from typing import Any

import sqlalchemy as sa
from alembic import op

from refugedesk.db.types import UTCDateTime

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# The value lists are written out here, not imported from the models: a migration must keep
# meaning what it meant when it was written, whatever the models say later.
CLOSURE_REASONS = "'repairs', 'deep_clean', 'held_for_safety', 'other'"
CHANNELS = "'phone', 'email', 'online_form', 'in_person'"
SOURCES = ("'police', 'childrens_social_care', 'national_helpline', 'other_refuge', 'marac', "
           "'health', 'self_referral', 'other'")
RISKS = "'standard', 'medium', 'high'"
STATUSES = ("'new', 'assessing', 'room_offered', 'arrived', 'declined_by_service', "
            "'declined_by_her', 'withdrawn'")
DECLINE_REASONS = "'no_vacancy', 'needs_not_met', 'too_close_to_abuser', 'other'"
RESERVATION_STATES = "'held', 'converted', 'lapsed', 'cancelled'"
DEPARTURE_REASONS = ("'planned_move_on', 'another_refuge', 'returned_to_abuser', "
                     "'left_without_notice', 'asked_to_leave', 'other', 'moved_room'")


def _tracked() -> list[sa.Column[Any]]:
    return [
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("created_by_id", sa.Integer(),
                  sa.ForeignKey("staff_member.id", ondelete="RESTRICT"), nullable=True),
        sa.Column("updated_by_id", sa.Integer(),
                  sa.ForeignKey("staff_member.id", ondelete="RESTRICT"), nullable=True),
    ]


def upgrade() -> None:
    op.create_table(
        "house",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(120), nullable=False, unique=True),
        sa.Column("area", sa.String(120), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("phone", sa.String(40), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("accepts_nrpf", sa.Boolean(), nullable=False),
        sa.Column("pets_allowed", sa.Boolean(), nullable=False),
        sa.Column("languages", sa.String(200), nullable=False),
        sa.Column("opened_on", sa.Date(), nullable=False),
        sa.Column("retired_on", sa.Date(), nullable=True),
        *_tracked(),
        sa.CheckConstraint("length(trim(name)) > 0", name="house_named"),
        sa.CheckConstraint("retired_on IS NULL OR retired_on >= opened_on",
                           name="house_dates_in_order"),
    )
    op.create_table(
        "room",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("house_id", sa.Integer(), sa.ForeignKey("house.id", ondelete="RESTRICT"),
                  nullable=False),
        sa.Column("name", sa.String(60), nullable=False),
        sa.Column("adult_places", sa.Integer(), nullable=False),
        sa.Column("child_places", sa.Integer(), nullable=False),
        sa.Column("cots", sa.Integer(), nullable=False),
        sa.Column("wheelchair_accessible", sa.Boolean(), nullable=False),
        sa.Column("ground_floor", sa.Boolean(), nullable=False),
        sa.Column("self_contained", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("opened_on", sa.Date(), nullable=False),
        sa.Column("retired_on", sa.Date(), nullable=True),
        *_tracked(),
        sa.UniqueConstraint("house_id", "name", name="room_name_unique_in_house"),
        sa.CheckConstraint("length(trim(name)) > 0", name="room_named"),
        sa.CheckConstraint("adult_places >= 1", name="room_adult_places"),
        sa.CheckConstraint("child_places >= 0 AND cots >= 0", name="room_places_not_negative"),
        sa.CheckConstraint("retired_on IS NULL OR retired_on >= opened_on",
                           name="room_dates_in_order"),
    )
    op.create_index("ix_room_house_id", "room", ["house_id"])
    op.create_table(
        "room_closure",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("room_id", sa.Integer(), sa.ForeignKey("room.id", ondelete="RESTRICT"),
                  nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("reason", sa.String(20), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        *_tracked(),
        sa.CheckConstraint("ends_on IS NULL OR ends_on > starts_on",
                           name="closure_dates_in_order"),
        sa.CheckConstraint(f"reason IN ({CLOSURE_REASONS})", name="closure_reason_known"),
    )
    op.create_index("ix_room_closure_room_id", "room_closure", ["room_id"])
    op.create_table(
        "referral",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("received_at", UTCDateTime(), nullable=False),
        sa.Column("channel", sa.String(20), nullable=False),
        sa.Column("source", sa.String(30), nullable=False),
        sa.Column("referrer_contact", sa.Text(), nullable=False),
        sa.Column("name", sa.String(120), nullable=False),
        sa.Column("children_count", sa.Integer(), nullable=False),
        sa.Column("children_ages", sa.String(60), nullable=False),
        sa.Column("needs_wheelchair", sa.Boolean(), nullable=False),
        sa.Column("needs_ground_floor", sa.Boolean(), nullable=False),
        sa.Column("language", sa.String(60), nullable=False),
        sa.Column("needs_interpreter", sa.Boolean(), nullable=False),
        sa.Column("nrpf", sa.Boolean(), nullable=False),
        sa.Column("pets", sa.Boolean(), nullable=False),
        sa.Column("risk_level", sa.String(10), nullable=False),
        sa.Column("excluded_areas", sa.Text(), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("decline_reason", sa.String(30), nullable=True),
        sa.Column("outcome_note", sa.Text(), nullable=False),
        sa.Column("closed_at", UTCDateTime(), nullable=True),
        *_tracked(),
        sa.CheckConstraint(f"channel IN ({CHANNELS})", name="referral_channel_known"),
        sa.CheckConstraint(f"source IN ({SOURCES})", name="referral_source_known"),
        sa.CheckConstraint(f"risk_level IN ({RISKS})", name="referral_risk_known"),
        sa.CheckConstraint(f"status IN ({STATUSES})", name="referral_status_known"),
        sa.CheckConstraint("children_count >= 0", name="referral_children_not_negative"),
        sa.CheckConstraint(
            "(status = 'declined_by_service') = (decline_reason IS NOT NULL) "
            f"AND (decline_reason IS NULL OR decline_reason IN ({DECLINE_REASONS}))",
            name="referral_decline_reason"),
    )
    op.create_index("ix_referral_received_at", "referral", ["received_at"])
    op.create_index("ix_referral_status", "referral", ["status"])
    op.create_table(
        "reservation",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("room_id", sa.Integer(), sa.ForeignKey("room.id", ondelete="RESTRICT"),
                  nullable=False),
        sa.Column("referral_id", sa.Integer(),
                  sa.ForeignKey("referral.id", ondelete="RESTRICT"), nullable=False),
        sa.Column("arriving_on", sa.Date(), nullable=False),
        sa.Column("leaving_on", sa.Date(), nullable=False),
        sa.Column("held_until", UTCDateTime(), nullable=False),
        sa.Column("state", sa.String(12), nullable=False),
        *_tracked(),
        sa.CheckConstraint("leaving_on > arriving_on", name="reservation_dates_in_order"),
        sa.CheckConstraint(f"state IN ({RESERVATION_STATES})", name="reservation_state_known"),
    )
    op.create_index("ix_reservation_room_dates", "reservation", ["room_id", "arriving_on"])
    op.create_index("ix_reservation_referral_id", "reservation", ["referral_id"])
    op.create_index("ix_reservation_state", "reservation", ["state"])
    op.create_table(
        "stay",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("room_id", sa.Integer(), sa.ForeignKey("room.id", ondelete="RESTRICT"),
                  nullable=False),
        sa.Column("referral_id", sa.Integer(),
                  sa.ForeignKey("referral.id", ondelete="RESTRICT"), nullable=True),
        sa.Column("reservation_id", sa.Integer(),
                  sa.ForeignKey("reservation.id", ondelete="RESTRICT"), nullable=True),
        sa.Column("moved_from_id", sa.Integer(), sa.ForeignKey("stay.id", ondelete="RESTRICT"),
                  nullable=True),
        sa.Column("household_ref", sa.String(30), nullable=False),
        sa.Column("name", sa.String(120), nullable=False),
        sa.Column("children_count", sa.Integer(), nullable=False),
        sa.Column("children_ages", sa.String(60), nullable=False),
        sa.Column("arrived_on", sa.Date(), nullable=False),
        sa.Column("first_arrived_on", sa.Date(), nullable=False),
        sa.Column("left_on", sa.Date(), nullable=True),
        sa.Column("departure_reason", sa.String(30), nullable=True),
        *_tracked(),
        sa.CheckConstraint("left_on IS NULL OR left_on >= arrived_on",
                           name="stay_dates_in_order"),
        sa.CheckConstraint("first_arrived_on <= arrived_on", name="stay_first_arrival_first"),
        sa.CheckConstraint("children_count >= 0", name="stay_children_not_negative"),
        sa.CheckConstraint(
            "(left_on IS NULL) = (departure_reason IS NULL) "
            f"AND (departure_reason IS NULL OR departure_reason IN ({DEPARTURE_REASONS}))",
            name="stay_departure_reason"),
    )
    op.create_index("ix_stay_room_dates", "stay", ["room_id", "arrived_on"])
    op.create_index("ix_stay_left_on", "stay", ["left_on"])
    op.create_index("ix_stay_household_ref", "stay", ["household_ref"])


def downgrade() -> None:
    raise NotImplementedError("RefugeDesk migrations only go forward; restore a backup instead.")
