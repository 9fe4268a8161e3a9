"""Need-to-know: a worker of another house sees a minimal card; "Open anyway" asks a reason,
keeps it for managers and audits it without its words."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from conftest import reopen
from sqlalchemy import func, select
from test_handover import PASSWORD, _resident_in, service  # noqa: F401  (the fixture)

from refugedesk import capacity, need_to_know, residents, staff, today
from refugedesk.db.models import AccessReason, AuditEvent, DepartureReason, Role
from refugedesk.errors import NeedToKnow, NotAllowed, NotFound, ValidationError


def _oak_worker(service):  # noqa: F811
    """Wanda works in Oak House only; Amy (R-1) stays in Elm House."""
    vault = service["vault"]
    wanda = staff.add_staff(vault, username="wanda", display_name="Wanda Oak",
                            role=Role.SUPPORT_WORKER, password=PASSWORD, check_strength=False)
    need_to_know.set_houses(vault, wanda, [service["oak"]])
    return wanda


def _count(vault, kind: str) -> int:
    with vault.session() as s:
        return s.scalar(select(func.count()).select_from(AuditEvent)
                        .where(AuditEvent.kind == kind)) or 0


def test_a_worker_of_another_house_gets_her_card_and_opens_anyway_with_a_reason(service):  # noqa: F811
    rid, _stay = _resident_in(service, "R-1")
    _oak_worker(service)
    wanda = reopen(service["path"], "wanda", PASSWORD)
    try:
        with pytest.raises(NeedToKnow) as refused:
            residents.open_record(wanda, rid)
        card = refused.value.card
        assert card == need_to_know.Card(rid, "Amy Example", "R-1", True, "Ada Test")
        assert not hasattr(card, "risk_level") and not hasattr(card, "house")
        assert _count(wanda, "record_opened") == 0  # a refusal writes nothing

        # no reason, or a pasted essay: refused, nothing kept
        for bad in ("", "   ", "x" * (need_to_know.REASON_MAX + 1)):
            with pytest.raises(ValidationError) as err:
                need_to_know.open_anyway(wanda, rid, reason=bad)
            assert err.value.field == "reason"
        with wanda.session() as s:
            assert s.scalar(select(func.count()).select_from(AccessReason)) == 0

        opened = need_to_know.open_anyway(wanda, rid, reason="  Covering Elm's night shift  ")
        assert opened.reference == "R-1" and opened.house == "Elm House"
        with wanda.session() as s:
            kept = s.scalars(select(AccessReason)).one()
            event = s.scalars(select(AuditEvent).where(
                AuditEvent.kind == "record_opened_anyway")).one()
        assert kept.reason == "Covering Elm's night shift" and kept.resident_id == rid
        assert (event.actor, event.record_type, event.record_id) == ("wanda", "resident", rid)
        assert "Covering" not in event.detail  # the audit never holds the reason's words
    finally:
        wanda.close()

    # the manager sees it on Today, with the reason; the worker does not
    omar = reopen(service["path"], "omar", PASSWORD)
    try:
        with omar.session() as s:
            lines = [i for i in today.items(s, omar.person) if i.group == "opened_outside"]
            outside = need_to_know.opened_outside(s, omar.person)
        assert [(i.record_type, i.record_id) for i in lines] == [("resident", rid)]
        assert lines[0].text.startswith("Wanda Oak opened R-1 on ")
        assert lines[0].text.endswith("“Covering Elm's night shift”")
        assert [o.reason for o in outside] == ["Covering Elm's night shift"]
        # a week later the line has gone
        with omar.session() as s:
            later = need_to_know.opened_outside(
                s, omar.person, now=outside[0].at + timedelta(days=8))
        assert later == []
        assert residents.open_record(omar, rid).reference == "R-1"  # managers see all
    finally:
        omar.close()
    nina = reopen(service["path"], "nina", PASSWORD)
    try:
        with nina.session() as s:
            assert not any(i.group == "opened_outside" for i in today.items(s, nina.person))
            with pytest.raises(NotAllowed):
                need_to_know.opened_outside(s, nina.person)
    finally:
        nina.close()


def test_her_house_her_keywork_and_no_houses_set_each_open_the_full_record(service):  # noqa: F811
    vault = service["vault"]
    rid, _stay = _resident_in(service, "R-1")  # Elm House, Ada is key worker
    wanda_id = _oak_worker(service)
    nina = reopen(service["path"], "nina", PASSWORD)  # no houses set: sees everything
    try:
        assert residents.open_record(nina, rid).reference == "R-1"
    finally:
        nina.close()

    # her house: Elm added to Wanda's houses
    need_to_know.set_houses(vault, wanda_id, [service["oak"], service["house"]])
    wanda = reopen(service["path"], "wanda", PASSWORD)
    try:
        assert residents.open_record(wanda, rid).reference == "R-1"
    finally:
        wanda.close()

    # she left Elm: her last stay still counts; key worker for another woman elsewhere
    need_to_know.set_houses(vault, wanda_id, [service["oak"]])
    other = residents.create_resident(vault, reference="R-2", name="Bo Example",
                                      key_worker_id=wanda_id)
    wanda = reopen(service["path"], "wanda", PASSWORD)
    try:
        assert residents.open_record(wanda, other).reference == "R-2"
        with pytest.raises(NeedToKnow):
            residents.open_record(wanda, rid)
        # a record she started herself, with no stay yet
        mine = residents.create_resident(wanda, reference="R-3", name="Cy Example")
        assert residents.open_record(wanda, mine).reference == "R-3"
    finally:
        wanda.close()


def test_only_an_administrator_sets_houses_and_they_must_exist(service):  # noqa: F811
    vault = service["vault"]
    wanda_id = _oak_worker(service)
    with pytest.raises(NotFound):
        need_to_know.set_houses(vault, wanda_id, [service["oak"], 9999])
    with vault.session() as s:
        assert need_to_know.houses_of(s, wanda_id) == [service["oak"]]  # unchanged
    assert need_to_know.set_houses(vault, wanda_id, []) == []
    with vault.session() as s:
        assert need_to_know.houses_of(s, wanda_id) == []
        event = s.scalars(select(AuditEvent).where(AuditEvent.kind == "staff_houses_changed")
                          .order_by(AuditEvent.id.desc())).first()
    assert event is not None and event.detail == "houses=none"
    omar = reopen(service["path"], "omar", PASSWORD)
    try:
        with pytest.raises(NotAllowed):
            need_to_know.set_houses(omar, wanda_id, [service["house"]])
    finally:
        omar.close()


def test_after_she_leaves_her_last_house_still_decides(service):  # noqa: F811
    vault = service["vault"]
    rid, stay = _resident_in(service, "R-1", on=date.today() - timedelta(days=20))
    capacity.depart(vault, stay_id=stay, on=date.today() - timedelta(days=2),
                    reason=DepartureReason.PLANNED_MOVE_ON)
    wanda_id = _oak_worker(service)
    wanda = reopen(service["path"], "wanda", PASSWORD)
    try:
        with pytest.raises(NeedToKnow) as refused:
            residents.open_record(wanda, rid)  # left Elm: still Elm's, not Oak's
        assert refused.value.card.in_refuge is False
    finally:
        wanda.close()
    need_to_know.set_houses(vault, wanda_id, [service["house"]])
    wanda = reopen(service["path"], "wanda", PASSWORD)
    try:
        assert residents.open_record(wanda, rid).house is None  # Elm's worker: full record
    finally:
        wanda.close()
