"""The privacy notice: set by an administrator (audited, never its words), shown at intake,
and the day she was given it kept on her record."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from conftest import reopen
from sqlalchemy import select
from test_handover import PASSWORD, service  # noqa: F401  (the fixture)

from refugedesk import intake, privacy_notice, residents
from refugedesk.db.models import AuditEvent, IntakeDraft, Resident
from refugedesk.errors import DateInFuture, NotAllowed, ValidationError

TEXT = "We keep your details in an encrypted system. Ask us for a copy at any time."


def test_an_administrator_sets_the_notice_and_the_audit_keeps_no_words(service):  # noqa: F811
    vault = service["vault"]
    with vault.session() as s:
        assert privacy_notice.notice(s) == privacy_notice.Notice("", None)
    saved = privacy_notice.set_notice(vault, f"  {TEXT}\n")
    assert saved.text == TEXT and saved.changed_at is not None
    with pytest.raises(ValidationError) as err:
        privacy_notice.set_notice(vault, "x" * (privacy_notice.NOTICE_MAX + 1))
    assert err.value.field == "privacy_notice"
    with vault.session() as s:
        assert privacy_notice.notice(s).text == TEXT  # the refused one changed nothing
        events = list(s.scalars(select(AuditEvent).where(
            AuditEvent.kind == "privacy_notice_changed")))
    assert [e.detail for e in events] == [f"characters={len(TEXT)}"]
    omar = reopen(service["path"], "omar", PASSWORD)
    try:
        with pytest.raises(NotAllowed):
            privacy_notice.set_notice(omar, "Another text")
    finally:
        omar.close()


def test_intake_records_the_day_she_was_given_it(service):  # noqa: F811
    vault = service["vault"]
    day = date.today() - timedelta(days=1)
    draft = intake.save_draft(vault, step=2, data={
        "resident": {"reference": "R-7", "name": "Amy Example"},
        "privacy": {"given": True, "given_on": (date.today() + timedelta(days=2)).isoformat()}})
    with pytest.raises(DateInFuture) as err:
        intake.finish(vault, draft)
    assert err.value.field == "privacy.given_on"
    with vault.session() as s:  # nothing made, the draft kept as it was
        assert s.scalar(select(Resident.id)) is None
        assert "given_on" in s.get_one(IntakeDraft, draft).data

    intake.save_draft(vault, step=2, draft_id=draft, data={
        "resident": {"reference": "R-7", "name": "Amy Example"},
        "privacy": {"given": True, "given_on": day.isoformat()}})
    rid = intake.finish(vault, draft)
    with vault.session() as s:
        assert privacy_notice.given_on(s, rid) == day
        event = s.scalars(select(AuditEvent).where(
            AuditEvent.kind == "privacy_notice_given")).one()
    assert (event.record_id, event.detail) == (rid, "")

    other = residents.create_resident(vault, reference="R-8", name="Bo Example")
    with vault.session() as s:
        assert privacy_notice.given_on(s, other) is None  # not given yet
    privacy_notice.record_given(vault, other, on=day)
    with vault.session() as s:
        assert privacy_notice.given_on(s, other) == day
