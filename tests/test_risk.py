"""DASH scoring, the three routes to high risk, history, and MARAC referrals and repeats."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from refugedesk import residents, risk
from refugedesk.db.models import DashAnswer, Resident, RiskLevel, RiskRoute
from refugedesk.errors import IncompleteChecklist, ValidationError
from refugedesk.risk import DashItem


def _answers(yes: int, not_known: int = 0) -> list[DashItem]:
    no = 24 - yes - not_known
    return ([DashItem(DashAnswer.YES, "said so")] * yes
            + [DashItem(DashAnswer.NOT_KNOWN)] * not_known + [DashItem(DashAnswer.NO)] * no)


@pytest.fixture
def her(new_vault):
    vault, _ = new_vault
    # Asked and safe to phone and text, so her header's alerts are only about risk.
    return vault, residents.create_resident(vault, reference="R-1", name="Amy Example",
                                            safe_to_call=True, safe_to_text=True)


def test_the_checklist_has_24_plain_questions():
    assert len(risk.DASH_QUESTIONS) == 24
    assert len(set(risk.DASH_QUESTIONS)) == 24
    assert all(q.endswith("?") for q in risk.DASH_QUESTIONS)
    assert "strangled" in risk.DASH_QUESTIONS[14]


@pytest.mark.parametrize("score, level", [(0, RiskLevel.STANDARD), (9, RiskLevel.STANDARD),
                                          (10, RiskLevel.MEDIUM), (13, RiskLevel.MEDIUM),
                                          (14, RiskLevel.HIGH), (24, RiskLevel.HIGH)])
def test_levels_from_the_score(score, level):
    assert risk.level_for_score(score) is level
    assert risk.score(_answers(score, not_known=24 - score)) == score  # "not known" is not yes


def test_high_by_score(her):
    vault, rid = her
    outcome = risk.assess(vault, resident_id=rid, answers=_answers(14))
    assert (outcome.score, outcome.level, outcome.route) == (14, RiskLevel.HIGH, RiskRoute.SCORE)
    assert outcome.needs_marac
    medium = risk.assess(vault, resident_id=rid, answers=_answers(13))
    assert (medium.level, medium.route, medium.needs_marac) == (RiskLevel.MEDIUM,
                                                                RiskRoute.SCORE, False)


def test_high_by_professional_judgement_needs_a_reason(her):
    vault, rid = her
    outcome = risk.assess(vault, resident_id=rid, answers=_answers(4),
                          judgement_reason="Non-fatal strangulation last week")
    assert (outcome.score, outcome.level, outcome.route) == (
        4, RiskLevel.HIGH, RiskRoute.PROFESSIONAL_JUDGEMENT)
    assert outcome.needs_marac
    with vault.session() as s:
        latest = risk.history(s, rid)[0]
    assert latest.reason == "Non-fatal strangulation last week"
    assert latest.answers[0] == DashItem(DashAnswer.YES, "said so") and len(latest.answers) == 24


def test_high_by_escalation(her):
    vault, rid = her
    outcome = risk.assess(vault, resident_id=rid, answers=_answers(2),
                          escalation_reason="Third police call-out this month")
    assert (outcome.level, outcome.route) == (RiskLevel.HIGH, RiskRoute.ESCALATION)
    with pytest.raises(ValidationError, match="Choose one"):
        risk.assess(vault, resident_id=rid, answers=_answers(2), judgement_reason="x",
                    escalation_reason="y")


def test_an_incomplete_checklist_is_refused(her):
    vault, rid = her
    with pytest.raises(IncompleteChecklist, match="Answer all 24 questions"):
        risk.assess(vault, resident_id=rid, answers=[DashAnswer.YES] * 23)
    with vault.session() as s:
        assert risk.history(s, rid) == []


def test_history_and_her_level_follow_the_latest_assessment(her):
    vault, rid = her
    t0 = datetime(2026, 1, 1, 10, tzinfo=UTC)
    risk.assess(vault, resident_id=rid, answers=_answers(15), assessed_at=t0)
    risk.assess(vault, resident_id=rid, answers=_answers(5), assessed_at=t0 + timedelta(days=60))
    # an older checklist typed in late does not change her current level
    risk.assess(vault, resident_id=rid, answers=_answers(11), assessed_at=t0 - timedelta(days=9))
    with vault.session() as s:
        assert [h.score for h in risk.history(s, rid)] == [5, 15, 11]
        assert s.scalar(select(Resident.risk_level).where(Resident.id == rid)) == "standard"
        assert not risk.needs_marac(s, rid)


def test_a_marac_referral_answers_the_prompt(her):
    vault, rid = her
    risk.assess(vault, resident_id=rid, answers=_answers(16))
    header = residents.open_record(vault, rid)
    assert "High risk: refer her to MARAC." in [a.message for a in header.alerts]
    row = risk.refer_to_marac(vault, resident_id=rid, referred_on=date.today(),
                              reason="DASH 16")
    assert not row.is_repeat
    with vault.session() as s:
        assert not risk.needs_marac(s, rid)
    assert residents.open_record(vault, rid).alerts == ()


def test_a_marac_referral_within_12_months_is_a_repeat_showing_the_earlier_one(her):
    vault, rid = her
    first = risk.refer_to_marac(vault, resident_id=rid, referred_on=date(2024, 3, 1),
                                reason="DASH 15")
    risk.record_marac_actions(vault, first.id, actions="Police flag on her address")
    again = risk.refer_to_marac(vault, resident_id=rid, referred_on=date(2025, 2, 1),
                                reason="New threats")
    assert again.is_repeat and again.repeat_of_id == first.id
    assert again.repeat_of_on == date(2024, 3, 1)
    assert again.repeat_of_actions == "Police flag on her address"
    alerts = residents.open_record(vault, rid, today=date(2025, 2, 2)).alerts
    assert [a.message for a in alerts] == [
        "Repeat MARAC referral: referred before on 1 Mar 2024. Read that referral's actions."]
    # a year to the day counts as within 12 months; the repeat points at the latest earlier one
    third = risk.refer_to_marac(vault, resident_id=rid, referred_on=date(2026, 2, 1))
    assert third.repeat_of_id == again.id
    with vault.session() as s:
        assert [m.id for m in risk.marac_history(s, rid)] == [third.id, again.id, first.id]


def test_a_marac_referral_after_more_than_12_months_is_not_a_repeat(her):
    vault, rid = her
    risk.refer_to_marac(vault, resident_id=rid, referred_on=date(2024, 1, 10))
    later = risk.refer_to_marac(vault, resident_id=rid, referred_on=date(2025, 1, 11))
    assert not later.is_repeat
    assert residents.open_record(vault, rid, today=date(2025, 1, 12)).alerts == ()
    # another woman's referral never makes hers a repeat
    other = residents.create_resident(vault, reference="R-2", name="Bea Sample")
    assert not risk.refer_to_marac(vault, resident_id=other,
                                   referred_on=date(2025, 1, 12)).is_repeat
