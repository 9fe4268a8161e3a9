"""Reviews (interim and celebration of achievement), their versions, and the move-on record.

Triggers keep every saved version of a review as it was: a version can be neither updated nor
deleted (a later edit is a new version). (A later batch migration that rebuilds
review_version must create the triggers again.)

Revision ID: 0005
Revises: 0004
"""

from typing import Any

import sqlalchemy as sa
from alembic import op

from refugedesk.db.types import UTCDateTime

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

# The value lists are written out, not imported from the models (see 0003).


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
    """CREATE TRIGGER review_version_unchanged
       BEFORE UPDATE ON review_version
       BEGIN SELECT RAISE(ABORT, 'a saved review version cannot be changed'); END""",
    """CREATE TRIGGER review_version_kept
       BEFORE DELETE ON review_version
       BEGIN SELECT RAISE(ABORT, 'a saved review version cannot be deleted'); END""",
]


def upgrade() -> None:
    op.create_table(
        "review",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("resident_id", sa.Integer(), nullable=False),
        sa.Column("stay_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("held_on", sa.Date(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        *_tracked(),
        sa.CheckConstraint("kind IN ('interim', 'celebration')", name="review_kind_known"),
        sa.CheckConstraint("version >= 0", name="review_version_not_negative"),
        sa.CheckConstraint("(held_on IS NULL) = (version = 0)",
                           name="review_held_has_version"),
        sa.ForeignKeyConstraint(["resident_id"], ["resident.id"], ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["stay_id"], ["stay.id"], ondelete="RESTRICT"),
        *_tracked_keys(),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_review_resident_due", "review", ["resident_id", "due_on"])

    op.create_table(
        "review_version",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("review_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("attended", sa.Text(), nullable=False),
        sa.Column("her_words", sa.Text(), nullable=False),
        sa.Column("next_steps", sa.Text(), nullable=False),
        sa.Column("moments", sa.Text(), nullable=False),
        *_tracked(),
        sa.UniqueConstraint("review_id", "version", name="review_version_unique"),
        sa.CheckConstraint("version >= 1", name="review_version_positive"),
        sa.CheckConstraint("json_valid(moments)", name="review_moments_json"),
        sa.ForeignKeyConstraint(["review_id"], ["review.id"], ondelete="RESTRICT"),
        *_tracked_keys(),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_review_version_review_id", "review_version", ["review_id"])

    op.create_table(
        "move_on",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("stay_id", sa.Integer(), nullable=False),
        sa.Column("destination", sa.String(length=20), nullable=False),
        sa.Column("support_after", sa.String(length=15), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        *_tracked(),
        sa.CheckConstraint(
            "destination IN ('own_tenancy', 'social_housing', 'private_rented', "
            "'family_or_friends', 'another_refuge', 'unknown')",
            name="move_on_destination_known"),
        sa.CheckConstraint("support_after IN ('outreach', 'resettlement', 'none')",
                           name="move_on_support_known"),
        sa.UniqueConstraint("stay_id", name="move_on_one_per_stay"),
        sa.ForeignKeyConstraint(["stay_id"], ["stay.id"], ondelete="RESTRICT"),
        *_tracked_keys(),
        sa.PrimaryKeyConstraint("id"),
    )

    for trigger in TRIGGERS:
        op.execute(trigger)


def downgrade() -> None:
    for name in ("review_version_kept", "review_version_unchanged"):
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_table("move_on")
    op.drop_table("review_version")
    op.drop_table("review")
