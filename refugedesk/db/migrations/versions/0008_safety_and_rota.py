"""Safe defaults, the on-call rota and form drafts (issue 14), the referral's stay (issue 15),
and her rights over her data (issue 16).

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

- Her data rights (issue 16): organisation holds the retention schedule, the small-numbers
  threshold and the privacy notice; resident when she was given the notice and when her record
  was anonymised; consent what it covers (JSON) and how she gave it; referral_out the lawful
  basis when her consent did not cover it. New tables: retention_decision, erasure_request,
  subject_access, staff_house (need-to-know), access_reason ("Open anyway"); and two indexes
  on audit_event for the managers' audit trail (by who acted, by which record).

Resident, consent and organisation are rebuilt by the batch (SQLite cannot change a column's NOT NULL in place); it has
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
    _rights()


def _tracked() -> list[sa.Column[object]]:
    return [
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
    ]


def _tracked_keys() -> list[sa.ForeignKeyConstraint]:
    return [sa.ForeignKeyConstraint(["created_by_id"], ["staff_member.id"], ondelete="RESTRICT"),
            sa.ForeignKeyConstraint(["updated_by_id"], ["staff_member.id"], ondelete="RESTRICT")]


def _rights() -> None:
    with op.batch_alter_table("organisation") as batch_op:
        for name, default in (("retention_adult_years", "6"), ("retention_child_age", "25"),
                              ("retention_referral_years", "1"), ("retention_draft_days", "90"),
                              ("small_number_threshold", "5")):
            batch_op.add_column(sa.Column(name, sa.Integer(), nullable=False,
                                          server_default=default))
        batch_op.add_column(sa.Column("privacy_notice", sa.Text(), nullable=False,
                                      server_default=""))
        batch_op.add_column(sa.Column("privacy_notice_changed_at", UTCDateTime(),
                                      nullable=True))
        batch_op.create_check_constraint(
            "retention_schedule_range",
            "retention_adult_years BETWEEN 1 AND 100 AND retention_child_age BETWEEN 18 AND 100 "
            "AND retention_referral_years BETWEEN 1 AND 100 "
            "AND retention_draft_days BETWEEN 1 AND 3650")
        batch_op.create_check_constraint("small_number_threshold_range",
                                         "small_number_threshold BETWEEN 1 AND 100")
    with op.batch_alter_table("resident") as batch_op:
        batch_op.add_column(sa.Column("privacy_notice_given_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("anonymised_on", sa.Date(), nullable=True))
    with op.batch_alter_table("consent") as batch_op:
        batch_op.add_column(sa.Column("covers", sa.Text(), nullable=False, server_default="[]"))
        batch_op.add_column(sa.Column("how_given", sa.String(10), nullable=True))
        batch_op.create_check_constraint("consent_covers_json", "json_valid(covers)")
        batch_op.create_check_constraint(
            "consent_how_given_known",
            "how_given IS NULL OR how_given IN ('verbal', 'written', 'other')")
    with op.batch_alter_table("referral_out") as batch_op:
        batch_op.add_column(sa.Column("lawful_basis", sa.Text(), nullable=False,
                                      server_default=""))

    op.create_table(
        "retention_decision",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("record_type", sa.String(20), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("choice", sa.String(20), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("keep_until", sa.Date(), nullable=True),
        sa.Column("decided_by_id", sa.Integer(), nullable=False),
        sa.Column("carried_out_at", UTCDateTime(), nullable=True),
        *_tracked(),
        sa.CheckConstraint("record_type IN ('resident', 'referral')",
                           name="retention_decision_record_type"),
        sa.CheckConstraint("choice IN ('keep', 'anonymise', 'erase')",
                           name="retention_decision_choice"),
        sa.CheckConstraint("length(trim(reason)) > 0", name="retention_decision_has_reason"),
        sa.CheckConstraint("choice != 'keep' OR keep_until IS NOT NULL",
                           name="retention_decision_keep_has_date"),
        sa.ForeignKeyConstraint(["decided_by_id"], ["staff_member.id"], ondelete="RESTRICT"),
        *_tracked_keys(),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_retention_decision_record_id", "retention_decision", ["record_id"])

    op.create_table(
        "erasure_request",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("reference", sa.String(20), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("resident_id", sa.Integer(), nullable=True),
        sa.Column("decision", sa.String(20), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False, server_default=""),
        sa.Column("decided_by_id", sa.Integer(), nullable=True),
        sa.Column("decided_on", sa.Date(), nullable=True),
        sa.Column("carried_out_at", UTCDateTime(), nullable=True),
        *_tracked(),
        sa.CheckConstraint("decision IS NULL OR decision IN ('erase', 'anonymise', 'refuse')",
                           name="erasure_request_decision"),
        sa.CheckConstraint("decision != 'refuse' OR length(trim(reason)) > 0",
                           name="erasure_request_refusal_has_reason"),
        sa.CheckConstraint("carried_out_at IS NULL OR decision IS NOT NULL",
                           name="erasure_request_decided_first"),
        sa.ForeignKeyConstraint(["resident_id"], ["resident.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["decided_by_id"], ["staff_member.id"], ondelete="RESTRICT"),
        *_tracked_keys(),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("reference"),
    )
    op.create_index("ix_erasure_request_resident_id", "erasure_request", ["resident_id"])

    op.create_table(
        "subject_access",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("resident_id", sa.Integer(), nullable=True),
        sa.Column("requested_on", sa.Date(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("withheld", sa.Text(), nullable=False),
        sa.Column("reviewed_by_id", sa.Integer(), nullable=True),
        sa.Column("released_on", sa.Date(), nullable=True),
        *_tracked(),
        sa.CheckConstraint("json_valid(withheld)", name="subject_access_withheld_json"),
        sa.CheckConstraint("due_on >= requested_on", name="subject_access_dates_in_order"),
        sa.ForeignKeyConstraint(["resident_id"], ["resident.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["reviewed_by_id"], ["staff_member.id"], ondelete="RESTRICT"),
        *_tracked_keys(),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_subject_access_resident_id", "subject_access", ["resident_id"])

    op.create_table(
        "staff_house",
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("house_id", sa.Integer(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["staff_id"], ["staff_member.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["house_id"], ["house.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("staff_id", "house_id"),
    )
    op.create_index("ix_staff_house_house_id", "staff_house", ["house_id"])

    op.create_table(
        "access_reason",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("resident_id", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.CheckConstraint("length(trim(reason)) > 0", name="access_reason_given"),
        sa.ForeignKeyConstraint(["staff_id"], ["staff_member.id"], ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["resident_id"], ["resident.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_access_reason_staff_id", "access_reason", ["staff_id"])
    op.create_index("ix_access_reason_resident_id", "access_reason", ["resident_id"])
    op.create_index("ix_access_reason_at", "access_reason", ["at"])
    # The audit trail for managers, filtered by who acted or by which record, newest first.
    op.create_index("ix_audit_event_actor_at", "audit_event", ["actor", "at"])
    op.create_index("ix_audit_event_record_at", "audit_event", ["record_type", "record_id", "at"])


def downgrade() -> None:
    raise NotImplementedError("RefugeDesk migrations only go forward; restore a backup instead.")
