"""Languages (issue 18): each person works in English or Cymraeg, and each resident's own
documents (her copy, her certificate) can be made in the language she chooses.

- staff_member.language: "en" or "cy", "en" for everyone already on file.
- resident.documents_language: "en", "cy", or NULL until she is asked (documents then follow
  the language of whoever prints them).

Plain added columns: nothing is rebuilt, so no trigger or row is touched.

Revision ID: 0009
Revises: 0008
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("staff_member", sa.Column("language", sa.String(5), nullable=False,
                                            server_default="en"))
    op.add_column("resident", sa.Column("documents_language", sa.String(5), nullable=True))


def downgrade() -> None:
    raise NotImplementedError("RefugeDesk migrations only go forward; restore a backup instead.")
