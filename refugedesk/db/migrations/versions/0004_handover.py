"""The shift handover (handovers, their addenda) and residents' whereabouts (sign-outs and the
steps taken when she is not back).

Triggers keep a sealed handover as it was sent: its period, people, draft and notes cannot be
updated, a sealed handover cannot be deleted, and addenda can be neither updated nor deleted.
(A later batch migration that rebuilds these tables must create the triggers again.)

Revision ID: 0004
Revises: 0003
"""

from typing import Any

import sqlalchemy as sa
from alembic import op

from refugedesk.db.types import UTCDateTime

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def _tracked() -> list[sa.Column[Any]]:
    return [
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
    ]


def _tracked_keys() -> list[sa.ForeignKeyConstraint]:
    return [
        sa.ForeignKeyConstraint(["created_by_id"], ["staff_member.id"], ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["updated_by_id"], ["staff_member.id"], ondelete="RESTRICT"),
    ]


TRIGGERS = [
    """CREATE TRIGGER handover_sealed_unchanged
       BEFORE UPDATE OF period_start, period_end, from_staff_id, to_staff_id, shift, draft,
                        notes, sealed_at ON handover
       WHEN OLD.sealed_at IS NOT NULL
       BEGIN SELECT RAISE(ABORT, 'a sealed handover cannot be changed'); END""",
    """CREATE TRIGGER handover_sealed_kept
       BEFORE DELETE ON handover WHEN OLD.sealed_at IS NOT NULL
       BEGIN SELECT RAISE(ABORT, 'a sealed handover cannot be deleted'); END""",
    """CREATE TRIGGER handover_addendum_unchanged
       BEFORE UPDATE ON handover_addendum
       BEGIN SELECT RAISE(ABORT, 'an addendum cannot be changed'); END""",
    """CREATE TRIGGER handover_addendum_kept
       BEFORE DELETE ON handover_addendum
       BEGIN SELECT RAISE(ABORT, 'an addendum cannot be deleted'); END""",
]


def upgrade() -> None:
    op.create_table(
        "handover",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("period_start", UTCDateTime(), nullable=False),
        sa.Column("period_end", UTCDateTime(), nullable=False),
        sa.Column("from_staff_id", sa.Integer(), nullable=False),
        sa.Column("to_staff_id", sa.Integer(), nullable=False),
        sa.Column("shift", sa.String(length=60), nullable=False),
        sa.Column("draft", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("sealed_at", UTCDateTime(), nullable=True),
        sa.Column("acknowledged_at", UTCDateTime(), nullable=True),
        sa.Column("acknowledged_by_id", sa.Integer(), nullable=True),
        *_tracked(),
        sa.CheckConstraint("period_end > period_start", name="handover_period_in_order"),
        sa.CheckConstraint("json_valid(draft) AND json_valid(notes)", name="handover_json"),
        sa.CheckConstraint("acknowledged_at IS NULL OR sealed_at IS NOT NULL",
                           name="handover_acknowledged_after_sealed"),
        sa.CheckConstraint("(acknowledged_at IS NULL) = (acknowledged_by_id IS NULL)",
                           name="handover_acknowledged_by_someone"),
        sa.ForeignKeyConstraint(["from_staff_id"], ["staff_member.id"], ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["to_staff_id"], ["staff_member.id"], ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["acknowledged_by_id"], ["staff_member.id"],
                                ondelete="RESTRICT"),
        *_tracked_keys(),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_handover_from_staff_id", "handover", ["from_staff_id"])
    op.create_index("ix_handover_to_staff_id", "handover", ["to_staff_id"])
    op.create_index("ix_handover_sealed_period", "handover", ["sealed_at", "period_end"])

    op.create_table(
        "handover_addendum",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("handover_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("by_id", sa.Integer(), nullable=True),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.CheckConstraint("length(trim(text)) > 0", name="addendum_says_something"),
        sa.ForeignKeyConstraint(["handover_id"], ["handover.id"], ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["by_id"], ["staff_member.id"], ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_handover_addendum_handover_id", "handover_addendum", ["handover_id"])

    op.create_table(
        "sign_out",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("stay_id", sa.Integer(), nullable=False),
        sa.Column("out_at", UTCDateTime(), nullable=False),
        sa.Column("expected_back", UTCDateTime(), nullable=False),
        sa.Column("contactable", sa.Boolean(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("back_at", UTCDateTime(), nullable=True),
        *_tracked(),
        sa.CheckConstraint("expected_back > out_at", name="sign_out_back_after_out"),
        sa.CheckConstraint("back_at IS NULL OR back_at >= out_at",
                           name="sign_out_back_in_order"),
        sa.ForeignKeyConstraint(["stay_id"], ["stay.id"], ondelete="RESTRICT"),
        *_tracked_keys(),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_sign_out_stay_id", "sign_out", ["stay_id"])
    op.create_index("ix_sign_out_open", "sign_out", ["back_at", "expected_back"])

    op.create_table(
        "whereabouts_step",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sign_out_id", sa.Integer(), nullable=False),
        sa.Column("what", sa.Text(), nullable=False),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.Column("by_id", sa.Integer(), nullable=True),
        sa.CheckConstraint("length(trim(what)) > 0", name="step_says_what"),
        sa.ForeignKeyConstraint(["sign_out_id"], ["sign_out.id"], ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["by_id"], ["staff_member.id"], ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_whereabouts_step_sign_out_id", "whereabouts_step", ["sign_out_id"])

    for trigger in TRIGGERS:
        op.execute(trigger)


def downgrade() -> None:
    for name in ("handover_addendum_kept", "handover_addendum_unchanged",
                 "handover_sealed_kept", "handover_sealed_unchanged"):
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_table("whereabouts_step")
    op.drop_table("sign_out")
    op.drop_table("handover_addendum")
    op.drop_table("handover")
