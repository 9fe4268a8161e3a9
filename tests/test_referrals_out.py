"""Referrals out to other agencies and the outstanding list across all residents."""

from __future__ import annotations

from datetime import date

import pytest

from refugedesk import consent_rules, referrals_out, residents
from refugedesk.db.models import Agency, ReferralOutStatus
from refugedesk.errors import DatesOutOfOrder, ValidationError

TODAY = date(2030, 6, 15)


def test_the_outstanding_list_across_residents(new_vault):
    vault, _ = new_vault
    amy = residents.create_resident(vault, reference="R-1", name="Amy Example")
    bea = residents.create_resident(vault, reference="R-2", name="Bea Sample")
    for rid in (amy, bea):  # she agreed to share with every kind of agency
        residents.add_consent(vault, resident_id=rid, what="What the referral needs",
                              given_on=date(2030, 1, 1), covers=consent_rules.COVER_KEYS,
                              today=TODAY)
    make = lambda rid, agency, made, follow=None, **kw: referrals_out.make_referral(  # noqa: E731
        vault, resident_id=rid, agency=agency, made_on=made, follow_up_on=follow, today=TODAY,
        **kw)
    gp = make(amy, Agency.GP, date(2030, 6, 1), date(2030, 6, 10))
    fire = make(bea, Agency.FIRE_AND_RESCUE, date(2030, 6, 2), date(2030, 6, 20))
    solicitor = make(amy, Agency.SOLICITOR, date(2030, 5, 1))
    done = make(bea, Agency.HOUSING, date(2030, 4, 1), date(2030, 4, 8))
    other = make(bea, Agency.OTHER, date(2030, 6, 3), agency_name="Local women's centre")
    referrals_out.update_referral(vault, done, status=ReferralOutStatus.COMPLETED,
                                  outcome="Registered for housing")
    referrals_out.update_referral(vault, fire, status=ReferralOutStatus.ACKNOWLEDGED)
    with vault.session() as s:
        rows = referrals_out.outstanding(s, today=TODAY)
        assert [r.id for r in rows] == [gp, fire, solicitor, other]
        assert [r.reference for r in rows] == ["R-1", "R-2", "R-1", "R-2"]
        assert [r.follow_up_due for r in rows] == [True, False, False, False]
        assert rows[1].agency_label == "Fire and rescue home safety"
        assert rows[3].agency_label == "Local women's centre"
        assert [r.id for r in referrals_out.for_resident(s, bea)] == [other, fire, done]
    with pytest.raises(ValidationError, match="Name the agency"):
        make(amy, Agency.OTHER, TODAY)
    with pytest.raises(DatesOutOfOrder):
        make(amy, Agency.POLICE, TODAY, date(2030, 6, 1))
    with pytest.raises(DatesOutOfOrder):
        referrals_out.update_referral(vault, gp, follow_up_on=date(2030, 5, 1))
    referrals_out.update_referral(vault, gp, follow_up_on=None)
    with vault.session() as s:
        # no follow-up date: after those with one, oldest first
        assert [r.id for r in referrals_out.outstanding(s, today=TODAY)] == [
            fire, solicitor, gp, other]
