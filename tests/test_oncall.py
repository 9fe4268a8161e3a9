"""The on-call rota (refugedesk/oncall.py) and who a handover is offered to (handover.
suggested_receiver): managers keep the rota, support workers only read it; only active staff
go on it; every change is audited without anything of a resident; tonight's on-call worker is
the handover's receiver, else the last one the writer handed to, else nobody."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from conftest import reopen
from sqlalchemy import select
from test_handover import PASSWORD, service  # noqa: F401  (the fixture)

from refugedesk import handover, oncall, staff
from refugedesk.db.models import AuditEvent, OnCall, Role
from refugedesk.errors import DatesOutOfOrder, NotAllowed, ValidationError

NIGHT = date(2026, 12, 1)


def _rota(vault, first=NIGHT, last=NIGHT + timedelta(days=6)) -> list[oncall.Night]:
    with vault.session() as s:
        return oncall.rota(s, first=first, last=last)


def test_a_manager_sets_replaces_and_clears_nights_and_each_change_is_audited(service):  # noqa: F811
    vault = service["vault"]  # Ada, an administrator
    oncall.set_on_call(vault, nights=[NIGHT, NIGHT + timedelta(days=1)],
                       staff_id=service["nina"], note="till 08:00")
    oncall.set_on_call(vault, nights=[NIGHT + timedelta(days=1)], staff_id=service["omar"])
    shown = _rota(vault)
    assert len(shown) == 7 and [n.night_of for n in shown][:2] == [NIGHT,
                                                                     NIGHT + timedelta(days=1)]
    assert [(n.name, n.note) for n in shown[:3]] == [
        ("Nina Night", "till 08:00"), ("Omar Manager", ""), (None, "")]
    assert oncall.clear(vault, nights=[NIGHT, NIGHT + timedelta(days=2)]) == 1
    assert [n.staff_id for n in _rota(vault)[:2]] == [None, service["omar"]]
    with vault.session() as s:
        events = list(s.scalars(select(AuditEvent).where(
            AuditEvent.kind.in_(["on_call_set", "on_call_cleared"])).order_by(AuditEvent.id)))
    assert [e.kind for e in events] == ["on_call_set", "on_call_set", "on_call_cleared"]
    assert events[0].detail == (f"nights=2026-12-01..2026-12-02 (2 nights) "
                                f"staff={service['nina']}")
    assert events[1].detail == f"nights=2026-12-02 staff={service['omar']}"
    assert "till" not in " ".join(e.detail for e in events)  # the note stays in the rota


def test_a_support_worker_reads_the_rota_but_cannot_change_it(service):  # noqa: F811
    vault = service["vault"]
    oncall.set_on_call(vault, nights=[NIGHT], staff_id=service["omar"])
    nina = reopen(service["path"], "nina", PASSWORD)
    try:
        with pytest.raises(NotAllowed, match="Only a manager or an administrator"):
            oncall.set_on_call(nina, nights=[NIGHT], staff_id=service["nina"])
        with pytest.raises(NotAllowed):
            oncall.clear(nina, nights=[NIGHT])
        assert [n.name for n in _rota(nina)][:1] == ["Omar Manager"]  # nothing changed
        with nina.session() as s:
            assert oncall.tonight(s, NIGHT).staff_id == service["omar"]
    finally:
        nina.close()


def test_a_manager_keeps_the_rota_too(service):  # noqa: F811
    omar = reopen(service["path"], "omar", PASSWORD)
    try:
        oncall.set_on_call(omar, nights=[NIGHT], staff_id=service["nina"])
        with omar.session() as s:
            assert oncall.tonight(s, NIGHT).name == "Nina Night"
    finally:
        omar.close()


def test_bad_input_is_refused_and_what_was_saved_stays(service):  # noqa: F811
    vault = service["vault"]
    oncall.set_on_call(vault, nights=[NIGHT], staff_id=service["nina"], note="cover")
    gone = staff.add_staff(vault, username="gone", display_name="Gone Away",
                           role=Role.SUPPORT_WORKER, password=PASSWORD, check_strength=False)
    staff.deactivate(vault, gone)
    with pytest.raises(ValidationError, match="account is in use") as refused:
        oncall.set_on_call(vault, nights=[NIGHT], staff_id=gone)
    assert refused.value.field == "staff"
    with pytest.raises(ValidationError, match="account is in use"):
        oncall.set_on_call(vault, nights=[NIGHT], staff_id=99999)
    with pytest.raises(ValidationError, match="check the year"):
        oncall.set_on_call(vault, nights=[date(2201, 1, 1)], staff_id=service["omar"])
    with pytest.raises(ValidationError, match="200 characters"):
        oncall.set_on_call(vault, nights=[NIGHT], staff_id=service["omar"], note="x" * 201)
    with pytest.raises(ValidationError, match="Choose the night"):
        oncall.set_on_call(vault, nights=[], staff_id=service["omar"])
    with pytest.raises(DatesOutOfOrder):
        _rota(vault, first=NIGHT, last=NIGHT - timedelta(days=1))
    with pytest.raises(ValidationError):
        _rota(vault, first=NIGHT, last=NIGHT + timedelta(days=oncall.MAX_RANGE))
    # nothing saved was lost, nothing half-saved was kept
    [night] = _rota(vault, last=NIGHT)
    assert (night.staff_id, night.note) == (service["nina"], "cover")
    with vault.session() as s:
        assert len(s.scalars(select(OnCall)).all()) == 1


def test_tonight_skips_someone_whose_account_was_switched_off(service):  # noqa: F811
    vault = service["vault"]
    oncall.set_on_call(vault, nights=[NIGHT], staff_id=service["nina"])
    staff.deactivate(vault, service["nina"])
    with vault.session() as s:
        assert oncall.tonight(s, NIGHT) is None
        assert oncall.tonight(s, NIGHT + timedelta(days=1)) is None


# --- who the handover is offered to ---------------------------------------------------------


def _suggested(vault, today=NIGHT):
    with vault.session() as s:
        return handover.suggested_receiver(s, writer_id=vault.person.id, today=today)


def _send_to(vault, staff_id: int) -> int:
    with vault.session() as s:
        draft = handover.draft(s)
    return handover.send(vault, draft, to_staff_id=staff_id)


def test_nobody_is_offered_without_a_rota_or_an_earlier_handover(service):  # noqa: F811
    assert _suggested(service["vault"]) is None


def test_the_last_receiver_is_offered_when_the_rota_says_nothing(service):  # noqa: F811
    vault = service["vault"]
    _send_to(vault, service["omar"])
    _send_to(vault, service["nina"])
    # a draft kept for someone else is not "handed over to"
    with vault.session() as s:
        handover.save(vault, handover.draft(s), to_staff_id=service["omar"])
    assert _suggested(vault) == handover.Suggested(service["nina"], handover.LAST_TIME)
    staff.deactivate(vault, service["nina"])
    assert _suggested(vault) is None  # she has gone: nobody rather than a dead account


def test_tonights_on_call_worker_comes_before_the_last_receiver(service):  # noqa: F811
    vault = service["vault"]
    _send_to(vault, service["nina"])
    oncall.set_on_call(vault, nights=[NIGHT], staff_id=service["omar"])
    assert _suggested(vault) == handover.Suggested(service["omar"], handover.ON_CALL_TONIGHT)
    # tomorrow nobody is on the rota: the last receiver again
    assert _suggested(vault, NIGHT + timedelta(days=1)).staff_id == service["nina"]


def test_the_writer_on_call_herself_is_not_offered_to_herself(service):  # noqa: F811
    vault = service["vault"]
    oncall.set_on_call(vault, nights=[NIGHT], staff_id=vault.person.id)
    assert _suggested(vault) is None
    _send_to(vault, service["omar"])
    assert _suggested(vault).staff_id == service["omar"]
