"""Referrals: every one keeps its outcome and reason, not only the admissions."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError

from refugedesk import capacity, houses, referrals
from refugedesk.db.models import (
    DeclineReason,
    Referral,
    ReferralChannel,
    ReferralSource,
    ReferralStatus,
    Reservation,
    RiskLevel,
)
from refugedesk.errors import ValidationError

pytestmark = pytest.mark.both_engines  # each test on a file and on a server


def _receive(vault, **kw):
    args = dict(name="A.B.", channel=ReferralChannel.EMAIL, source=ReferralSource.MARAC,
                risk_level=RiskLevel.HIGH)
    args.update(kw)
    return referrals.receive(vault, **args)


def test_receive_checks_what_it_is_given(new_vault):
    vault, _ = new_vault
    with pytest.raises(ValidationError, match="initials or name"):
        _receive(vault, name="  ")
    with pytest.raises(ValidationError, match="2 ages are given for 3 children"):
        _receive(vault, children_count=3, children_ages="2, 5")
    with pytest.raises(ValidationError, match="whole years"):
        _receive(vault, children_count=1, children_ages="two")
    rid = _receive(vault, children_count=2, children_ages="2 5",
                   excluded_areas="Northtown, Eastham")
    with vault.session() as s:
        r = s.get(Referral, rid)
        assert (r.status, r.children_ages, r.excluded_areas.splitlines()) == (
            "new", "2,5", ["Northtown", "Eastham"])
        assert [x.id for x in referrals.open_referrals(s)] == [rid]


def test_outcomes_and_reasons_are_kept(new_vault):
    vault, _ = new_vault
    house = houses.add_house(vault, name="Elm House", area="Northtown",
                             opened_on=date(2020, 1, 1))
    room = houses.add_room(vault, house_id=house, name="R1", opened_on=date(2020, 1, 1))
    offered, declined, withdrawn = (_receive(vault) for _ in range(3))
    offer = capacity.offer(vault, referral_id=offered, room_id=room, arriving=date(2030, 1, 1),
                           nights=3, held_until=datetime(2030, 1, 1, 18, tzinfo=UTC))
    with pytest.raises(ValidationError, match="Say why"):
        referrals.set_status(vault, declined, ReferralStatus.DECLINED_BY_SERVICE)
    referrals.decline(vault, declined, reason=DeclineReason.NO_VACANCY)
    referrals.set_status(vault, withdrawn, ReferralStatus.WITHDRAWN)
    referrals.set_status(vault, offered, ReferralStatus.DECLINED_BY_HER)  # offer cancelled
    with pytest.raises(ValidationError, match="already closed"):
        referrals.decline(vault, withdrawn, reason=DeclineReason.OTHER)
    with vault.session() as s:
        outcomes = {r.id: (r.status, r.decline_reason) for r in s.scalars(select(Referral))}
        assert s.get(Reservation, offer).state == "cancelled"
        assert referrals.open_referrals(s) == []
    assert outcomes == {offered: ("declined_by_her", None),
                        declined: ("declined_by_service", "no_vacancy"),
                        withdrawn: ("withdrawn", None)}
    # The schema insists on a reason for a decline by the service, whoever writes the row.
    with pytest.raises(IntegrityError), vault.transaction() as s:
        s.execute(text("UPDATE referral SET decline_reason = NULL WHERE id = :id"),
                  {"id": declined})
