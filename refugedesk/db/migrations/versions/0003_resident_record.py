"""The resident's record: residents, children, consent, safety, court orders, intake drafts,
DASH risk assessments, MARAC referrals, needs assessments, support plans, contacts, referrals
out, programmes and incidents; and each stay linked to its resident.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

from refugedesk.db.types import UTCDateTime

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# The value lists below are written out, not imported from the models: a migration must keep
# meaning what it meant when it was written, whatever the models say later.


def upgrade() -> None:
    op.create_table(
        "resident",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("reference", sa.String(length=30), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("known_as", sa.String(length=120), nullable=False),
        sa.Column("date_of_birth", sa.Date(), nullable=True),
        sa.Column("language", sa.String(length=60), nullable=False),
        sa.Column("needs_interpreter", sa.Boolean(), nullable=False),
        sa.Column("access_needs", sa.Text(), nullable=False),
        sa.Column("immigration_status", sa.String(length=120), nullable=False),
        sa.Column("nrpf", sa.Boolean(), nullable=False),
        sa.Column("gp", sa.Text(), nullable=False),
        sa.Column("safe_to_call", sa.Boolean(), nullable=False),
        sa.Column("safe_to_text", sa.Boolean(), nullable=False),
        sa.Column("code_word", sa.String(length=60), nullable=False),
        sa.Column("times_to_avoid", sa.Text(), nullable=False),
        sa.Column("key_worker_id", sa.Integer(), nullable=True),
        sa.Column("risk_level", sa.String(length=10), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "risk_level IS NULL OR risk_level IN ('standard', 'medium', 'high')",
            name="resident_risk_known",
        ),
        sa.CheckConstraint("length(trim(name)) > 0", name="resident_named"),
        sa.CheckConstraint("length(trim(reference)) > 0", name="resident_referenced"),
        sa.ForeignKeyConstraint(["created_by_id"], ["staff_member.id"], ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["key_worker_id"], ["staff_member.id"], ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["updated_by_id"], ["staff_member.id"], ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("reference"),
    )
    op.create_index("ix_resident_key_worker_id", "resident", ["key_worker_id"])
    op.create_index("ix_resident_name", "resident", ["name", "id"])
    op.create_index("ix_resident_risk_level", "resident", ["risk_level"])

    op.create_table(
        "abuser",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("resident_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("vehicle", sa.Text(), nullable=False),
        sa.Column("known_areas", sa.Text(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["created_by_id"], ["staff_member.id"], ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["resident_id"], ["resident.id"], ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["updated_by_id"], ["staff_member.id"], ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_abuser_resident_id", "abuser", ["resident_id"])

    op.create_table(
        "child",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("resident_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("date_of_birth", sa.Date(), nullable=True),
        sa.Column("school", sa.String(length=200), nullable=False),
        sa.Column("child_protection_plan", sa.Boolean(), nullable=False),
        sa.Column("child_in_need", sa.Boolean(), nullable=False),
        sa.Column("social_worker", sa.Text(), nullable=False),
        sa.Column("needs", sa.Text(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.CheckConstraint("length(trim(name)) > 0", name="child_named"),
        sa.ForeignKeyConstraint(["created_by_id"], ["staff_member.id"], ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["resident_id"], ["resident.id"], ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["updated_by_id"], ["staff_member.id"], ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_child_resident_id", "child", ["resident_id"])

    op.create_table(
        "consent",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("resident_id", sa.Integer(), nullable=False),
        sa.Column("what", sa.Text(), nullable=False),
        sa.Column("shared_with", sa.Text(), nullable=False),
        sa.Column("given_on", sa.Date(), nullable=False),
        sa.Column("explained_by_id", sa.Integer(), nullable=True),
        sa.Column("withdrawn_on", sa.Date(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "withdrawn_on IS NULL OR withdrawn_on >= given_on", name="consent_dates_in_order"
        ),
        sa.ForeignKeyConstraint(["created_by_id"], ["staff_member.id"], ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["explained_by_id"], ["staff_member.id"], ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["resident_id"], ["resident.id"], ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["updated_by_id"], ["staff_member.id"], ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_consent_resident_id", "consent", ["resident_id"])

    op.create_table(
        "contact",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("resident_id", sa.Integer(), nullable=False),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=True),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("mode", sa.String(length=20), nullable=False),
        sa.Column("place", sa.String(length=20), nullable=False),
        sa.Column("state", sa.String(length=10), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "mode IN ('face_to_face', 'phone', 'video', 'text', 'letter')",
            name="contact_mode_known",
        ),
        sa.CheckConstraint(
            "place IN ('her_room', 'office', 'park', 'cafe', 'school', 'court', 'hospital', 'other')",
            name="contact_place_known",
        ),
        sa.CheckConstraint(
            "state IN ('planned', 'attended', 'missed')", name="contact_state_known"
        ),
        sa.CheckConstraint("minutes >= 0", name="contact_minutes_not_negative"),
        sa.ForeignKeyConstraint(["created_by_id"], ["staff_member.id"], ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["resident_id"], ["resident.id"], ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["staff_id"], ["staff_member.id"], ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["updated_by_id"], ["staff_member.id"], ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_contact_resident_at", "contact", ["resident_id", "at"])
    op.create_index("ix_contact_staff_id", "contact", ["staff_id"])

    op.create_table(
        "incident",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.Column("house_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("what_happened", sa.Text(), nullable=False),
        sa.Column("action_taken", sa.Text(), nullable=False),
        sa.Column("police_ref", sa.String(length=60), nullable=False),
        sa.Column("who_was_told", sa.Text(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "kind IN ('abuser_contact', 'location_breach', 'police_called', 'safeguarding_concern', 'health_emergency', 'damage', 'conflict_between_residents')",
            name="incident_kind_known",
        ),
        sa.ForeignKeyConstraint(["created_by_id"], ["staff_member.id"], ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["house_id"], ["house.id"], ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["updated_by_id"], ["staff_member.id"], ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_incident_at", "incident", ["at"])

    op.create_table(
        "needs_assessment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("resident_id", sa.Integer(), nullable=False),
        sa.Column("assessed_on", sa.Date(), nullable=False),
        sa.Column("stage", sa.String(length=10), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.CheckConstraint("stage IN ('intake', 'review', 'move_on')", name="needs_stage_known"),
        sa.ForeignKeyConstraint(["created_by_id"], ["staff_member.id"], ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["resident_id"], ["resident.id"], ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["updated_by_id"], ["staff_member.id"], ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(
        "ix_needs_assessment_resident_on", "needs_assessment", ["resident_id", "assessed_on"]
    )

    op.create_table(
        "programme",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("house_id", sa.Integer(), nullable=True),
        sa.Column("sessions_to_complete", sa.Integer(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.CheckConstraint("length(trim(name)) > 0", name="programme_named"),
        sa.CheckConstraint("sessions_to_complete >= 1", name="programme_completion_positive"),
        sa.ForeignKeyConstraint(["created_by_id"], ["staff_member.id"], ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["house_id"], ["house.id"], ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["updated_by_id"], ["staff_member.id"], ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "referral_out",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("resident_id", sa.Integer(), nullable=False),
        sa.Column("agency", sa.String(length=30), nullable=False),
        sa.Column("agency_name", sa.String(length=120), nullable=False),
        sa.Column("made_on", sa.Date(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("outcome", sa.Text(), nullable=False),
        sa.Column("follow_up_on", sa.Date(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "agency IN ('marac', 'fire_and_rescue', 'police', 'childrens_social_care', 'health_visitor', 'gp', 'mental_health', 'drugs_alcohol', 'solicitor', 'housing', 'benefits', 'immigration_advice', 'counselling', 'childrens_service', 'other')",
            name="referral_out_agency_known",
        ),
        sa.CheckConstraint(
            "status IN ('made', 'acknowledged', 'accepted', 'declined', 'completed')",
            name="referral_out_status_known",
        ),
        sa.CheckConstraint(
            "follow_up_on IS NULL OR follow_up_on >= made_on", name="referral_out_dates_in_order"
        ),
        sa.ForeignKeyConstraint(["created_by_id"], ["staff_member.id"], ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["resident_id"], ["resident.id"], ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["updated_by_id"], ["staff_member.id"], ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_referral_out_resident_id", "referral_out", ["resident_id"])
    op.create_index("ix_referral_out_status_follow_up", "referral_out", ["status", "follow_up_on"])

    op.create_table(
        "resident_search_term",
        sa.Column("term", sa.String(length=120), nullable=False),
        sa.Column("resident_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.ForeignKeyConstraint(["resident_id"], ["resident.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("term", "resident_id"),
    )
    op.create_index("ix_resident_search_term_resident_id", "resident_search_term", ["resident_id"])
    op.create_index(
        "ix_resident_search_term_cover", "resident_search_term", ["term", "name", "resident_id"]
    )

    op.create_table(
        "risk_assessment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("resident_id", sa.Integer(), nullable=False),
        sa.Column("assessed_at", UTCDateTime(), nullable=False),
        sa.Column("assessed_by_id", sa.Integer(), nullable=True),
        sa.Column("answers", sa.Text(), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("level", sa.String(length=10), nullable=False),
        sa.Column("route", sa.String(length=30), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.CheckConstraint("level IN ('standard', 'medium', 'high')", name="risk_level_known"),
        sa.CheckConstraint(
            "route = 'score' OR (level = 'high' AND length(trim(reason)) > 0)",
            name="risk_judgement_has_reason",
        ),
        sa.CheckConstraint(
            "route IN ('score', 'professional_judgement', 'escalation')", name="risk_route_known"
        ),
        sa.CheckConstraint(
            "json_valid(answers) AND json_array_length(answers) = 24", name="risk_answers_24"
        ),
        sa.CheckConstraint("score BETWEEN 0 AND 24", name="risk_score_range"),
        sa.ForeignKeyConstraint(["assessed_by_id"], ["staff_member.id"], ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["created_by_id"], ["staff_member.id"], ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["resident_id"], ["resident.id"], ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["updated_by_id"], ["staff_member.id"], ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(
        "ix_risk_assessment_resident_at", "risk_assessment", ["resident_id", "assessed_at"]
    )

    op.create_table(
        "support_plan",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("resident_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("superseded_at", UTCDateTime(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.CheckConstraint("version >= 1", name="support_plan_version_positive"),
        sa.ForeignKeyConstraint(["created_by_id"], ["staff_member.id"], ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["resident_id"], ["resident.id"], ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["updated_by_id"], ["staff_member.id"], ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("resident_id", "version", name="support_plan_version_unique"),
    )
    op.create_index("ix_support_plan_current", "support_plan", ["superseded_at", "resident_id"])

    op.create_table(
        "court_order",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("resident_id", sa.Integer(), nullable=False),
        sa.Column("abuser_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("made_on", sa.Date(), nullable=True),
        sa.Column("expires_on", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "kind IN ('non_molestation', 'restraining', 'occupation', 'bail_conditions', 'child_arrangements')",
            name="court_order_kind_known",
        ),
        sa.CheckConstraint(
            "expires_on IS NULL OR made_on IS NULL OR expires_on >= made_on",
            name="court_order_dates_in_order",
        ),
        sa.ForeignKeyConstraint(["abuser_id"], ["abuser.id"], ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["created_by_id"], ["staff_member.id"], ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["resident_id"], ["resident.id"], ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["updated_by_id"], ["staff_member.id"], ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_court_order_resident_id", "court_order", ["resident_id"])

    op.create_table(
        "goal",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("her_words", sa.Text(), nullable=False),
        sa.Column("area", sa.String(length=30), nullable=True),
        sa.Column("success_looks_like", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("carried_from_id", sa.Integer(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "area IS NULL OR area IN ('safety', 'physical_health', 'mental_health', 'drugs_alcohol', 'money_benefits', 'housing_move_on', 'legal_court', 'immigration', 'children_parenting', 'friends_family_confidence', 'education_training_work')",
            name="goal_area_known",
        ),
        sa.CheckConstraint(
            "status IN ('open', 'achieved', 'partly_achieved', 'not_achieved', 'no_longer_wanted')",
            name="goal_status_known",
        ),
        sa.CheckConstraint("length(trim(her_words)) > 0", name="goal_in_her_words"),
        sa.ForeignKeyConstraint(["carried_from_id"], ["goal.id"], ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["created_by_id"], ["staff_member.id"], ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["plan_id"], ["support_plan.id"], ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["updated_by_id"], ["staff_member.id"], ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_goal_plan_id", "goal", ["plan_id"])

    op.create_table(
        "incident_resident",
        sa.Column("incident_id", sa.Integer(), nullable=False),
        sa.Column("resident_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["incident_id"], ["incident.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["resident_id"], ["resident.id"], ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("incident_id", "resident_id"),
    )
    op.create_index("ix_incident_resident_resident_id", "incident_resident", ["resident_id"])

    op.create_table(
        "marac_referral",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("resident_id", sa.Integer(), nullable=False),
        sa.Column("risk_assessment_id", sa.Integer(), nullable=True),
        sa.Column("referred_on", sa.Date(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("actions", sa.Text(), nullable=False),
        sa.Column("repeat_of_id", sa.Integer(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.CheckConstraint("repeat_of_id IS NULL OR repeat_of_id != id", name="marac_not_self"),
        sa.ForeignKeyConstraint(["created_by_id"], ["staff_member.id"], ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["repeat_of_id"], ["marac_referral.id"], ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["resident_id"], ["resident.id"], ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(
            ["risk_assessment_id"], ["risk_assessment.id"], ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(["updated_by_id"], ["staff_member.id"], ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(
        "ix_marac_referral_resident_on", "marac_referral", ["resident_id", "referred_on"]
    )

    op.create_table(
        "need_score",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("assessment_id", sa.Integer(), nullable=False),
        sa.Column("area", sa.String(length=30), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("her_words", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "area IN ('safety', 'physical_health', 'mental_health', 'drugs_alcohol', 'money_benefits', 'housing_move_on', 'legal_court', 'immigration', 'children_parenting', 'friends_family_confidence', 'education_training_work')",
            name="need_area_known",
        ),
        sa.CheckConstraint("score BETWEEN 1 AND 5", name="need_score_range"),
        sa.ForeignKeyConstraint(["assessment_id"], ["needs_assessment.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("assessment_id", "area", name="need_score_one_per_area"),
    )
    op.create_table(
        "programme_session",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("programme_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("topic", sa.String(length=200), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.CheckConstraint("number >= 1", name="programme_session_number_positive"),
        sa.ForeignKeyConstraint(["created_by_id"], ["staff_member.id"], ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["programme_id"], ["programme.id"], ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["updated_by_id"], ["staff_member.id"], ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("programme_id", "number", name="programme_session_number_unique"),
    )
    op.create_table(
        "contact_goal",
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("goal_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["contact_id"], ["contact.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["goal_id"], ["goal.id"], ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("contact_id", "goal_id"),
    )
    op.create_index("ix_contact_goal_goal_id", "contact_goal", ["goal_id"])

    op.create_table(
        "plan_action",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("goal_id", sa.Integer(), nullable=True),
        sa.Column("what", sa.Text(), nullable=False),
        sa.Column("owner", sa.String(length=20), nullable=False),
        sa.Column("agency", sa.String(length=120), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("done_at", UTCDateTime(), nullable=True),
        sa.Column("carried_from_id", sa.Integer(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "owner IN ('her', 'key_worker', 'agency')", name="plan_action_owner_known"
        ),
        sa.CheckConstraint("length(trim(what)) > 0", name="plan_action_says_what"),
        sa.ForeignKeyConstraint(["carried_from_id"], ["plan_action.id"], ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["created_by_id"], ["staff_member.id"], ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["goal_id"], ["goal.id"], ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["plan_id"], ["support_plan.id"], ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["updated_by_id"], ["staff_member.id"], ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_plan_action_goal_id", "plan_action", ["goal_id"])
    op.create_index("ix_plan_action_plan_due", "plan_action", ["plan_id", "due_on"])

    op.create_table(
        "attendance",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("resident_id", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(length=10), nullable=False),
        sa.Column("follow_up_action_id", sa.Integer(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "state IN ('attended', 'missed', 'excused')", name="attendance_state_known"
        ),
        sa.ForeignKeyConstraint(["created_by_id"], ["staff_member.id"], ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["follow_up_action_id"], ["plan_action.id"], ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["resident_id"], ["resident.id"], ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["session_id"], ["programme_session.id"], ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["updated_by_id"], ["staff_member.id"], ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("session_id", "resident_id", name="attendance_once_per_session"),
    )
    op.create_index("ix_attendance_resident_id", "attendance", ["resident_id"])

    op.create_table(
        "intake_draft",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("step", sa.Integer(), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
        sa.Column("stay_id", sa.Integer(), nullable=True),
        sa.Column("resident_id", sa.Integer(), nullable=True),
        sa.Column("finished_at", UTCDateTime(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "(finished_at IS NULL) = (resident_id IS NULL)",
            name="intake_draft_finished_has_resident",
        ),
        sa.CheckConstraint("json_valid(data)", name="intake_draft_json"),
        sa.CheckConstraint("step >= 0", name="intake_draft_step"),
        sa.ForeignKeyConstraint(["created_by_id"], ["staff_member.id"], ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["resident_id"], ["resident.id"], ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["stay_id"], ["stay.id"], ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["updated_by_id"], ["staff_member.id"], ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_intake_draft_finished_at", "intake_draft", ["finished_at"])

    # Stay is rebuilt by the batch (SQLite cannot add a foreign key in place). migrate.upgrade
    # runs with foreign keys off, so rebuilding it cascades nothing, and checks them after.
    with op.batch_alter_table("stay") as batch_op:
        batch_op.add_column(sa.Column("resident_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            "fk_stay_resident_id", "resident", ["resident_id"], ["id"], ondelete="RESTRICT"
        )
    op.create_index("ix_stay_resident_id", "stay", ["resident_id"])


def downgrade() -> None:
    raise NotImplementedError("RefugeDesk migrations only go forward; restore a backup instead.")
