"""Every change to her record, in every module, writes an audit event naming the record; none
of them carries what was written (names, words, notes, places, references to other people)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select

from refugedesk import (
    assessment,
    contacts,
    incidents,
    intake,
    plans,
    programmes,
    referrals_out,
    residents,
    risk,
)
from refugedesk.db.models import (
    ActionOwner,
    Agency,
    AssessmentStage,
    AttendanceState,
    AuditEvent,
    ContactMode,
    ContactPlace,
    IncidentKind,
    NeedArea,
    ReferralOutStatus,
)

SECRETS = ["Wilhelmina", "Fotheringay", "Snodsbury", "quagmire", "Bartholomew", "Pemberton",
           "Oakapple", "Tiddlywink", "Zephyrine", "Crumpet", "Gloaming", "Marchbank"]


def test_no_module_writes_what_was_typed_into_the_audit_trail(new_vault):
    vault, _ = new_vault
    w = iter(SECRETS)
    draft = intake.save_draft(vault, step=1, data={
        "resident": {"name": f"{next(w)} {next(w)}", "reference": "R-1",
                     "code_word": next(w)},
        "abusers": [{"name": next(w), "known_areas": next(w)}]})
    intake.resume_draft(vault, draft)
    rid = intake.finish(vault, draft)
    residents.update_resident(vault, rid, gp=f"Dr {next(w)}")
    plan = plans.start_plan(vault, resident_id=rid)
    goal = plans.add_goal(vault, plan_id=plan, her_words=f"Visit {next(w)}",
                          area=NeedArea.SAFETY)
    action = plans.add_action(vault, plan_id=plan, goal_id=goal, what=f"Call {next(w)}",
                              owner=ActionOwner.HER, due_on=date.today())
    plans.complete_action(vault, action)
    plans.new_version(vault, resident_id=rid)
    contacts.log_contact(vault, community_support=True, resident_id=rid, at=datetime.now(UTC) - timedelta(hours=1),
                         mode=ContactMode.PHONE, place=ContactPlace.OTHER,
                         notes=f"Talked about {next(w)}")
    out = referrals_out.make_referral(vault, resident_id=rid, agency=Agency.OTHER,
                                      agency_name=next(w), made_on=date.today(),
                                      reason=SECRETS[0], lawful_basis=SECRETS[1])
    referrals_out.update_referral(vault, out, status=ReferralOutStatus.COMPLETED,
                                  outcome=SECRETS[1])
    outcome = risk.assess(vault, resident_id=rid, answers=["no"] * 24,
                          judgement_reason=f"Fear of {next(w)}")
    risk.refer_to_marac(vault, resident_id=rid, referred_on=date.today(),
                        reason=SECRETS[2], risk_assessment_id=outcome.assessment_id)
    assessment.record_needs(vault, resident_id=rid, assessed_on=date.today(),
                            stage=AssessmentStage.INTAKE, scores={NeedArea.SAFETY: 2},
                            her_words={NeedArea.SAFETY: SECRETS[3]})
    prog = programmes.create_programme(vault, name="Freedom Programme", sessions_to_complete=1)
    sitting = programmes.add_session(vault, programme_id=prog, number=1, held_on=date.today())
    programmes.record_attendance(vault, community_support=True, session_id=sitting, resident_id=rid,
                                 state=AttendanceState.MISSED)
    incidents.log_incident(vault, community_support=True, at=datetime.now(UTC), kind=IncidentKind.ABUSER_CONTACT,
                           resident_ids=[rid], what_happened=SECRETS[4],
                           police_ref=SECRETS[5], who_was_told=SECRETS[6])
    residents.open_record(vault, rid)

    with vault.session() as s:
        events = list(s.scalars(select(AuditEvent).order_by(AuditEvent.id)))
    on_record = [e.kind for e in events if e.record_type == "resident" and e.record_id == rid]
    for kind in ["resident_created", "safety_recorded", "intake_finished", "resident_changed",
                 "plan_started", "goal_added", "action_added", "action_done", "plan_reviewed",
                 "contact_logged", "referral_out_made", "referral_out_changed",
                 "risk_assessed", "marac_referred", "needs_assessed", "attendance_recorded",
                 "record_opened"]:
        assert kind in on_record, kind
    assert {"intake_draft_saved", "intake_draft_opened", "incident_logged"} <= {
        e.kind for e in events}
    text = " ".join(f"{e.kind} {e.record_type} {e.detail} {e.actor}" for e in events).casefold()
    for secret in SECRETS:
        assert secret.casefold() not in text, secret
