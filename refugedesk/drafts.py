"""A long form's unsaved work, kept as she types (issue 14).

The DASH checklist, a needs assessment and a review are filled in over half an hour with the
woman, and the screen can lock, a colleague can take it over, or the computer can stop before
Save. What has been typed into such a form is kept here as it goes: {field name: value}, one
draft per worker, form and resident. It is the worker's own (nobody else is offered it), is
offered back when she opens the same form for the same woman, and is gone once the form is
saved or she chooses to throw the work away. A draft not touched for the retention schedule's
days for a draft (Organisation.retention_draft_days, 90 unless an administrator changed it) is
not offered again; refugedesk/retention.py lists it as due and its `apply` removes it, so the
schedule is the one rule for how long drafts are kept.

The audit trail records that a draft was started and that it was thrown away or used, never
what it holds; saving it again as she types is not an event of its own.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from refugedesk import audit
from refugedesk.db.models import FormDraft, Organisation, Resident
from refugedesk.db.types import utcnow
from refugedesk.db.vault import Person, Vault
from refugedesk.errors import NotFound, ValidationError
from refugedesk.i18n import translate

#: The forms that keep a draft: the name each is kept under.
FORMS = frozenset({"dash", "needs", "review"})
#: How much a draft may hold (characters of JSON): far more than any of the forms can take.
MAX_CHARS = 400_000

JSONValue = Any


@dataclass(frozen=True)
class Draft:
    form: str
    resident_id: int
    data: dict[str, JSONValue]
    saved_at: datetime


def _check(form: str) -> str:
    if form not in FORMS:
        raise ValueError(f"no draft is kept for the form {form!r}")
    return form


def _mine(session: Session, person: Person, form: str, resident_id: int) -> FormDraft | None:
    return session.scalar(select(FormDraft).where(
        FormDraft.staff_id == person.id, FormDraft.form == form,
        FormDraft.resident_id == resident_id))


def keep(vault: Vault, *, form: str, resident_id: int, data: Mapping[str, JSONValue]) -> None:
    """Keep what has been typed so far (replacing what was kept before)."""
    _check(form)
    text = json.dumps(dict(data), ensure_ascii=False, sort_keys=True)
    if len(text) > MAX_CHARS:
        raise ValidationError(translate(
            "Drafts", "This form holds more text than RefugeDesk can keep as a draft. Save it, "
            "or shorten the longest answers."))
    person = vault.person
    with vault.transaction() as session:
        if session.get(Resident, resident_id) is None:
            raise NotFound("resident")
        row = _mine(session, person, form, resident_id)
        if row is None:
            row = FormDraft(staff_id=person.id, form=form, resident_id=resident_id, data=text,
                            created_by_id=person.id, updated_by_id=person.id)
            session.add(row)
            session.flush()
            audit.record(session, person, "form_draft_started", record_type="resident",
                         record_id=resident_id, detail=f"form={form}")
        elif row.data != text:
            row.data = text
            row.updated_by_id = person.id
            row.updated_at = utcnow()


def kept(session: Session, person: Person, *, form: str, resident_id: int) -> Draft | None:
    """Her draft of this form about this woman, if she has one still within the retention
    schedule's days for a draft."""
    row = _mine(session, person, _check(form), resident_id)
    if row is None:
        return None
    days = session.scalar(select(Organisation.retention_draft_days)) or 90
    if row.updated_at < utcnow() - timedelta(days=days):
        return None
    data = json.loads(row.data)
    return Draft(form, resident_id, data if isinstance(data, dict) else {}, row.updated_at)


def drop(vault: Vault, *, form: str, resident_id: int, why: str) -> bool:
    """The draft is done with: `why` is "saved" (the form was saved) or "thrown away".
    Returns whether there was one."""
    _check(form)
    if why not in ("saved", "thrown away"):
        raise ValueError(why)
    person = vault.person
    with vault.transaction() as session:
        row = _mine(session, person, form, resident_id)
        if row is None:
            return False
        session.delete(row)
        audit.record(session, person, "form_draft_ended", record_type="resident",
                     record_id=resident_id, detail=f"form={form} {why}")
        return True


__all__ = ["FORMS", "MAX_CHARS", "Draft", "drop", "keep", "kept"]
