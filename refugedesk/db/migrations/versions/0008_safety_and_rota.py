"""Safe defaults and the on-call rota (issue 14), and the referral's stay (issue 15).

- resident.safe_to_call / safe_to_text may be NULL: "not asked yet". Intake used to start
  with both ticked, so a record nobody had asked about said "safe to text her". Values already
  recorded are kept as they are.
- on_call: who is on call for the night that starts on a date, kept by managers; the handover
  offers tonight's on-call worker as its receiver.
- ix_stay_referral_id: the stay a referral became (find-a-room, the referral's own view),
  without reading every stay.
- form_draft: what a worker has typed into a long form (DASH, needs, a review) and not saved
  yet, kept as she goes, so a lock, a colleague taking over the screen or a crash loses
  nothing; one per worker, form and resident, gone once the form is saved or she discards it.

Resident is rebuilt by the batch (SQLite cannot change a column's NOT NULL in place); it has
no triggers. migrate.upgrade runs this with foreign keys off and checks them afterwards.

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

from refugedesk.db.types import UTCDateTime

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("resident") as batch_op:
        batch_op.alter_column("safe_to_call", existing_type=sa.Boolean(), nullable=True)
        batch_op.alter_column("safe_to_text", existing_type=sa.Boolean(), nullable=True)

    op.create_table(
        "on_call",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("night_of", sa.Date(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("note", sa.String(200), nullable=False, server_default=""),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["staff_id"], ["staff_member.id"], ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["created_by_id"], ["staff_member.id"], ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["updated_by_id"], ["staff_member.id"], ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("night_of", name="on_call_one_per_night"),
    )
    op.create_index("ix_on_call_staff_id", "on_call", ["staff_id"])
    op.create_index("ix_stay_referral_id", "stay", ["referral_id"])

    op.create_table(
        "form_draft",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("form", sa.String(40), nullable=False),
        sa.Column("resident_id", sa.Integer(), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.CheckConstraint("json_valid(data)", name="form_draft_json"),
        sa.ForeignKeyConstraint(["staff_id"], ["staff_member.id"], ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["resident_id"], ["resident.id"], ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["created_by_id"], ["staff_member.id"], ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["updated_by_id"], ["staff_member.id"], ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("staff_id", "form", "resident_id", name="form_draft_one_each"),
    )
    op.create_index("ix_form_draft_resident_id", "form_draft", ["resident_id"])


def downgrade() -> None:
    raise NotImplementedError("RefugeDesk migrations only go forward; restore a backup instead.")
