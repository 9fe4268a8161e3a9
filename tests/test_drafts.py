"""A long form's unsaved work (refugedesk/drafts.py): kept per worker, form and woman, offered
back to the same worker only, ended by saving or throwing it away, audited without what it holds,
refused when too long (keeping what was kept before), and no longer offered once the retention
schedule's days for a draft have passed (refugedesk/retention.py then removes it)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from conftest import reopen
from sqlalchemy import select, update

from refugedesk import drafts, residents, retention, staff
from refugedesk.db.models import AuditEvent, FormDraft, Role
from refugedesk.db.types import utcnow
from refugedesk.errors import NotFound, ValidationError

pytestmark = pytest.mark.both_engines  # each test on a file and on a server

BEA_PW = "plum orchard lantern 77"
WORDS = "She said the noises at night scare the children"


@pytest.fixture
def two(new_vault, vault_path):
    vault, _ = new_vault
    staff.add_staff(vault, username="bea", display_name="Bea Worker",
                    role=Role.SUPPORT_WORKER, password=BEA_PW)
    rid = residents.create_resident(vault, reference="R-1", name="Amy Example",
                                    date_of_birth=date(1990, 1, 1))
    return vault, rid, vault_path


def _kept(vault, rid, form="dash"):
    with vault.session() as s:
        return drafts.kept(s, vault.person, form=form, resident_id=rid)


def test_a_draft_is_kept_replaced_and_offered_to_its_writer_only(two):
    vault, rid, path = two
    drafts.keep(vault, form="dash", resident_id=rid, data={"dashAnswer0": "Yes"})
    drafts.keep(vault, form="dash", resident_id=rid,
                data={"dashAnswer0": "Yes", "dashComment0": WORDS})
    draft = _kept(vault, rid)
    assert draft is not None and draft.data == {"dashAnswer0": "Yes", "dashComment0": WORDS}
    assert _kept(vault, rid, form="needs") is None  # another form
    with vault.session() as s:
        assert s.scalar(select(FormDraft.id).where(FormDraft.resident_id == rid)) is not None
    bea = reopen(path, "bea", BEA_PW)
    try:
        assert _kept(bea, rid) is None  # her colleague is not offered it
        drafts.keep(bea, form="dash", resident_id=rid, data={"dashAnswer0": "No"})
        assert _kept(bea, rid).data == {"dashAnswer0": "No"}
    finally:
        bea.close()
    assert _kept(vault, rid).data["dashAnswer0"] == "Yes"  # each her own


def test_saving_or_throwing_away_ends_it_and_the_audit_holds_no_words(two):
    vault, rid, _ = two
    drafts.keep(vault, form="review", resident_id=rid, data={"reviewHerWords": WORDS})
    assert drafts.drop(vault, form="review", resident_id=rid, why="saved") is True
    assert _kept(vault, rid, form="review") is None
    assert drafts.drop(vault, form="review", resident_id=rid, why="thrown away") is False
    drafts.keep(vault, form="needs", resident_id=rid, data={"needsWords_safety": WORDS})
    assert drafts.drop(vault, form="needs", resident_id=rid, why="thrown away") is True
    with vault.session() as s:
        events = s.execute(select(AuditEvent.kind, AuditEvent.detail)
                           .where(AuditEvent.kind.like("form_draft%"))
                           .order_by(AuditEvent.id)).all()
    assert events == [("form_draft_started", "form=review"),
                      ("form_draft_ended", "form=review saved"),
                      ("form_draft_started", "form=needs"),
                      ("form_draft_ended", "form=needs thrown away")]
    with vault.session() as s:
        assert all(WORDS not in (d or "") for d in s.scalars(select(AuditEvent.detail)))


def test_bad_input_is_refused_and_keeps_what_was_kept(two):
    vault, rid, _ = two
    drafts.keep(vault, form="dash", resident_id=rid, data={"dashComment0": WORDS})
    with pytest.raises(ValidationError):
        drafts.keep(vault, form="dash", resident_id=rid,
                    data={"dashComment0": "x" * (drafts.MAX_CHARS + 1)})
    assert _kept(vault, rid).data == {"dashComment0": WORDS}
    with pytest.raises(NotFound):
        drafts.keep(vault, form="dash", resident_id=rid + 999, data={})
    with pytest.raises(ValueError):
        drafts.keep(vault, form="anything", resident_id=rid, data={})
    with pytest.raises(ValueError):
        drafts.drop(vault, form="dash", resident_id=rid, why="because")


def test_the_retention_schedule_decides_how_long_a_draft_is_offered(two):
    vault, rid, _ = two
    drafts.keep(vault, form="dash", resident_id=rid, data={"dashComment0": WORDS})
    with vault.transaction() as s:
        s.execute(update(FormDraft).values(updated_at=utcnow() - timedelta(days=40)))
    assert _kept(vault, rid) is not None  # within the default 90 days
    retention.set_schedule(vault, adult_years=6, child_age=25, referral_years=1,
                           draft_days=30)
    assert _kept(vault, rid) is None  # the administrator's schedule is the rule
    drafts.keep(vault, form="needs", resident_id=rid, data={})  # keeping another purges nothing
    with vault.session() as s:
        assert sorted(s.scalars(select(FormDraft.form))) == ["dash", "needs"]
