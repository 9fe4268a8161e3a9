"""One woman's journey through the screens (issue 13), and Today's planned contacts (issue 15).

- stay: a stay can be "recorded in error" (a departure reason that is not a departure: the
  stay keeps its row but holds no nights); stay_correction keeps each correction of an
  arrival (date, room, recorded in error) with the reason.
- reference_counter: household references are issued by RefugeDesk, counted up, never reused.
- organisation: the service's age rule for boys and its safeguarding note for under-18s.
- child.sex: recorded where the service has an age rule for boys.
- contact, incident, attendance: `community_support`, support given outside any stay on
  purpose (anything else dated outside her stays asks for a confirmation first).
- programme: facilitator and delivery (in person or online); programme_enrolment: she joined.
- goal.status_on: when its status was set (an interim review can count it).
- plan_action.marac_referral_id: an action agreed at MARAC, with an owner and a due date.
- ix_contact_staff_state_at: a worker's planned contacts for one day, without walking her
  whole contact history.

Stay, child, programme and plan_action are rebuilt by the batch (SQLite cannot change a CHECK
or add a foreign key in place); none of them has triggers. migrate.upgrade runs this with
foreign keys off and checks them afterwards.

Revision ID: 0007
Revises: 0006
"""

from typing import Any

import sqlalchemy as sa
from alembic import op

from refugedesk.db.types import UTCDateTime

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

# The value lists are written out, not imported from the models (see 0003).
DEPARTURE_REASONS = ("'planned_move_on', 'another_refuge', 'returned_to_abuser', "
                     "'left_without_notice', 'asked_to_leave', 'other', 'moved_room', "
                     "'recorded_in_error'")


def _tracked() -> list[Any]:
    return [
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["created_by_id"], ["staff_member.id"], ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["updated_by_id"], ["staff_member.id"], ondelete="RESTRICT"),
    ]


def _flag(name: str) -> sa.Column[Any]:
    return sa.Column(name, sa.Boolean(), nullable=False, server_default="0")


def upgrade() -> None:
    with op.batch_alter_table("stay") as batch_op:
        batch_op.drop_constraint("stay_departure_reason", type_="check")
        batch_op.create_check_constraint(
            "stay_departure_reason",
            "(left_on IS NULL) = (departure_reason IS NULL) "
            f"AND (departure_reason IS NULL OR departure_reason IN ({DEPARTURE_REASONS}))")
    op.create_table(
        "stay_correction",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("stay_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("was_arrived_on", sa.Date(), nullable=True),
        sa.Column("now_arrived_on", sa.Date(), nullable=True),
        sa.Column("was_room_id", sa.Integer(), nullable=True),
        sa.Column("now_room_id", sa.Integer(), nullable=True),
        *_tracked(),
        sa.CheckConstraint("kind IN ('arrival_date', 'room', 'recorded_in_error')",
                           name="stay_correction_kind_known"),
        sa.CheckConstraint("length(trim(reason)) > 0", name="stay_correction_has_reason"),
        sa.ForeignKeyConstraint(["stay_id"], ["stay.id"], ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["was_room_id"], ["room.id"], ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["now_room_id"], ["room.id"], ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_stay_correction_stay_id", "stay_correction", ["stay_id"])

    op.create_table(
        "reference_counter",
        sa.Column("name", sa.String(30), nullable=False),
        sa.Column("last", sa.Integer(), nullable=False),
        sa.CheckConstraint("last >= 0", name="reference_counter_not_negative"),
        sa.PrimaryKeyConstraint("name"),
    )

    with op.batch_alter_table("organisation") as batch_op:
        batch_op.add_column(sa.Column("boys_age_limit", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("under_18_note", sa.Text(), nullable=False,
                                      server_default=""))

    with op.batch_alter_table("child") as batch_op:
        batch_op.add_column(sa.Column("sex", sa.String(10), nullable=True))
        batch_op.create_check_constraint("child_sex_known",
                                         "sex IS NULL OR sex IN ('girl', 'boy')")

    for table in ("contact", "incident", "attendance"):
        with op.batch_alter_table(table) as batch_op:
            batch_op.add_column(_flag("community_support"))
    op.create_index("ix_contact_staff_state_at", "contact", ["staff_id", "state", "at"])

    with op.batch_alter_table("programme") as batch_op:
        batch_op.add_column(sa.Column("facilitator", sa.String(120), nullable=False,
                                      server_default=""))
        batch_op.add_column(sa.Column("delivery", sa.String(10), nullable=False,
                                      server_default="in_person"))
        batch_op.create_check_constraint("programme_delivery_known",
                                         "delivery IN ('in_person', 'virtual')")
    op.create_table(
        "programme_enrolment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("programme_id", sa.Integer(), nullable=False),
        sa.Column("resident_id", sa.Integer(), nullable=False),
        sa.Column("enrolled_on", sa.Date(), nullable=False),
        *_tracked(),
        sa.ForeignKeyConstraint(["programme_id"], ["programme.id"], ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["resident_id"], ["resident.id"], ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("programme_id", "resident_id", name="programme_enrolment_once"),
    )
    op.create_index("ix_programme_enrolment_resident_id", "programme_enrolment",
                    ["resident_id"])

    with op.batch_alter_table("goal") as batch_op:
        batch_op.add_column(sa.Column("status_on", sa.Date(), nullable=True))

    with op.batch_alter_table("plan_action") as batch_op:
        batch_op.add_column(sa.Column("marac_referral_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key("fk_plan_action_marac_referral_id", "marac_referral",
                                    ["marac_referral_id"], ["id"], ondelete="RESTRICT")
    op.create_index("ix_plan_action_marac_referral_id", "plan_action", ["marac_referral_id"])


def downgrade() -> None:
    raise NotImplementedError("RefugeDesk migrations only go forward; restore a backup instead.")
