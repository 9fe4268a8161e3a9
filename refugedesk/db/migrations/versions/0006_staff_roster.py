"""The signed staff roster: who may do what, signed by an administrator (issue 11).

A vault made before this revision has no roster until an administrator protects it with the
recovery code (refugedesk/access.py protect_staff_accounts); until then it opens as before and
`check` says it is not protected.

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

from refugedesk.db.types import UTCDateTime

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "staff_roster",
        sa.Column("seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("signer", sa.String(40), nullable=False),
        sa.Column("signature", sa.LargeBinary(64), nullable=False),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.CheckConstraint("seq >= 1", name="roster_seq_positive"),
        sa.PrimaryKeyConstraint("seq"),
    )


def downgrade() -> None:
    op.drop_table("staff_roster")
