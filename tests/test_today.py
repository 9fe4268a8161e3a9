"""The Today page's items: each names the record it opens."""

from __future__ import annotations

from datetime import date, timedelta

from conftest import reopen
from test_handover import PASSWORD, _resident_in, service  # noqa: F401  (the fixture)

from refugedesk import capacity, contacts, handover, plans, referrals, residents, today, whereabouts
from refugedesk.db.models import (
    ActionOwner,
    ContactMode,
    ContactPlace,
    ContactState,
    CourtOrderKind,
    ReferralChannel,
    ReferralSource,
    RiskLevel,
)
from refugedesk.db.types import utcnow


def test_today_lists_her_day_and_each_line_opens_its_record(service):  # noqa: F811
    vault = service["vault"]
    day = date.today()
    now = utcnow()
    rid, stay = _resident_in(service, "R-1")
    residents.add_court_order(vault, resident_id=rid, kind=CourtOrderKind.OCCUPATION,
                              made_on=day - timedelta(days=100),
                              expires_on=day + timedelta(days=5))
    residents.add_court_order(vault, resident_id=rid, kind=CourtOrderKind.RESTRAINING,
                              made_on=day - timedelta(days=100),
                              expires_on=day + timedelta(days=40))
    plan = plans.start_plan(vault, resident_id=rid)
    plans.add_action(vault, plan_id=plan, what="Ring housing", owner=ActionOwner.KEY_WORKER,
                     due_on=day - timedelta(days=1))
    plans.add_action(vault, plan_id=plan, what="Next month", owner=ActionOwner.KEY_WORKER,
                     due_on=day + timedelta(days=30))
    # Later today (before, after 23:30: the list holds today's planned contacts only).
    soon = now + timedelta(minutes=30)
    planned_at = soon if soon.astimezone().date() == day else now - timedelta(minutes=30)
    contacts.log_contact(vault, resident_id=rid, at=planned_at,
                         mode=ContactMode.FACE_TO_FACE, place=ContactPlace.OFFICE,
                         state=ContactState.PLANNED)
    new_ref = referrals.receive(vault, name="Bea Sample", channel=ReferralChannel.PHONE,
                                source=ReferralSource.POLICE, risk_level=RiskLevel.HIGH)
    offered = referrals.receive(vault, name="Cat Other", channel=ReferralChannel.EMAIL,
                                source=ReferralSource.MARAC, risk_level=RiskLevel.MEDIUM)
    offer = capacity.offer(vault, referral_id=offered, room_id=service["rooms"][1],
                           arriving=day + timedelta(days=1), nights=14,
                           held_until=now + timedelta(days=1))
    out = whereabouts.sign_out(vault, stay_id=stay, out_at=now - timedelta(hours=3),
                               expected_back=now - timedelta(minutes=30))
    with vault.session() as s:
        hid = handover.send(vault, handover.draft(s), to_staff_id=service["nina"],
                            shift="Night on call")

    with vault.session() as s:
        items = today.items(s, vault.person)
    got = {(i.group, i.record_type, i.record_id) for i in items}
    assert got == {
        ("handovers", "handover", hid),
        ("overdue_back", "stay", stay),
        ("actions", "resident", rid),
        ("contacts", "resident", rid),
        ("arrivals", "reservation", offer),
        ("referrals", "referral", new_ref),
        ("court_orders", "resident", rid),
    }
    texts = {i.group: i.text for i in items}
    assert texts["handovers"].startswith("Your handover to Nina Night (Night on call)")
    assert texts["actions"] == (f"R-1: Ring housing (overdue since "
                                f"{(day - timedelta(days=1)).day} "
                                f"{day - timedelta(days=1):%b %Y})")
    assert "Occupation order ends" in texts["court_orders"] and "(in 5 days)" in texts[
        "court_orders"]
    assert texts["arrivals"].startswith("C.O. expected")
    # the groups come in the page's order
    order = list(today.GROUPS)
    assert [order.index(i.group) for i in items] == sorted(order.index(i.group) for i in items)

    nina = reopen(service["path"], "nina", PASSWORD)
    try:
        with nina.session() as s:
            mine = today.items(s, nina.person)
        assert [(i.text.startswith("Read and acknowledge the handover from Ada Test"),
                 i.urgent) for i in mine if i.group == "handovers"] == [(True, True)]
        assert not any(i.group in ("actions", "contacts") for i in mine)  # not her residents
        handover.acknowledge(nina, hid)
        whereabouts.sign_back(nina, out)
        with nina.session() as s:
            groups = {i.group for i in today.items(s, nina.person)}
        assert "handovers" not in groups and "overdue_back" not in groups
    finally:
        nina.close()


def test_reviews_due_this_week_or_overdue_are_on_her_key_workers_today(service):  # noqa: F811
    from refugedesk import reviews
    from refugedesk.db.models import ReviewKind

    vault = service["vault"]
    day = date.today()
    rid, _stay = _resident_in(service, "R-7")
    soon = reviews.schedule_review(vault, resident_id=rid, kind=ReviewKind.INTERIM,
                                   due_on=day + timedelta(days=3))
    reviews.schedule_review(vault, resident_id=rid, kind=ReviewKind.INTERIM,
                            due_on=day + timedelta(days=30))  # not this week
    late = reviews.schedule_review(vault, resident_id=rid, kind=ReviewKind.CELEBRATION,
                                   due_on=day - timedelta(days=2))
    with vault.session() as s:
        lines = [i for i in today.items(s, vault.person) if i.group == "reviews"]
    assert [(i.record_type, i.record_id, i.urgent) for i in lines] == [
        ("resident", rid, True), ("resident", rid, False)]
    assert lines[0].text.startswith("R-7: Celebration of achievement was due")
    assert lines[1].text.startswith("R-7: Review due")
    reviews.save_review(vault, late, held_on=day)
    reviews.save_review(vault, soon, held_on=day)
    with vault.session() as s:
        assert [i for i in today.items(s, vault.person) if i.group == "reviews"] == []


def test_referrals_made_for_her_are_not_listed_as_referrals_to_the_service(service):  # noqa: F811
    """A follow-up on a referral made *for* her has its own group on Today and its own section
    under her house in the handover; referrals *to* the service keep theirs."""
    from refugedesk import referrals_out
    from refugedesk.db.models import Agency

    vault = service["vault"]
    day = date.today()
    rid, _stay = _resident_in(service, "R-5")
    residents.update_resident(vault, rid, key_worker_id=vault.person.id)
    referrals_out.make_referral(vault, resident_id=rid, agency=Agency.HOUSING,
                                made_on=day - timedelta(days=10),
                                follow_up_on=day - timedelta(days=1),
                                lawful_basis="She asked by phone")
    incoming = referrals.receive(vault, name="Dee Sample", channel=ReferralChannel.PHONE,
                                 source=ReferralSource.POLICE, risk_level=RiskLevel.HIGH)
    with vault.session() as s:
        items = today.items(s, vault.person)
        draft = handover.draft(s)
    groups = {(i.group, i.record_type, i.record_id) for i in items
              if i.group in ("referrals", "follow_ups")}
    assert groups == {("referrals", "referral", incoming), ("follow_ups", "resident", rid)}
    assert today.GROUPS["follow_ups"] == "Follow up referrals made for her"
    house = next(p for p in draft.houses if p.house_id == service["house"])
    assert [ln.text.split(":")[0] for ln in house.section("referral_out")] == ["R-5"]
    assert house.section("referral") == []
    assert [ln.record_id for ln in draft.service.section("referral")] == [incoming]
    assert "Referrals made for her, waiting for the agency" in [h for h, _ in house.headed()]
