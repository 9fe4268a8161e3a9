"""The guided intake: saved part-way as a draft (everything typed, as JSON, and the step
reached) and finished later, when it becomes her record, her children, consent and safety in
one transaction. If finishing fails nothing is written and the draft is kept as it was.

A draft's data is what the wizard's forms hold, section by section:

    {"resident": {"reference": ..., "name": ..., "date_of_birth": "1990-04-01", ...},
     "children": [{"name": ..., "date_of_birth": ..., ...}, ...],   (+ ARRIVAL_HINTS)
     "consents": [{"what": ..., "shared_with": ..., "given_on": ..., "covers": [keys],
                   "how_given": ...}, ...],
     "abusers": [{"name": ..., "description": ..., "vehicle": ..., "known_areas": ...}, ...],
     "court_orders": [{"kind": ..., "made_on": ..., "expires_on": ...}, ...],
     "privacy": {"given": true, "given_on": "2026-11-30"}}   (the privacy notice given to her)

Field names are the keywords of residents.py; dates are ISO text (or empty). A validation
error on finishing names its field with the section and row, e.g. "children.1.date_of_birth".
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from refugedesk import audit, household_refs, privacy_notice, residents
from refugedesk.db.models import CourtOrderKind, IntakeDraft, Stay
from refugedesk.db.types import utcnow
from refugedesk.db.vault import Vault
from refugedesk.errors import DraftFinished, HouseholdReferenceTaken, NotFound, ValidationError
from refugedesk.i18n import translate

SECTIONS = ("resident", "children", "consents", "abusers", "court_orders", "privacy")
#: Keys of a child row that only help the person typing (an intake started from a stay has a
#: row per child the arrival counted, with the age it gave); they are not part of her record.
ARRIVAL_HINTS = ("age_on_arrival", "from_arrival")


def _json_default(value: object) -> str:
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"cannot keep a {type(value).__name__} in an intake draft")


def save_draft(vault: Vault, *, data: Mapping[str, Any], step: int, draft_id: int | None = None,
               stay_id: int | None = None) -> int:
    """Keep what has been typed so far, and the step reached. A new draft when `draft_id` is
    None (optionally for the stay she arrived on). Returns the draft's id."""
    if step < 0:
        raise ValueError("step is 0 or more")
    unknown = set(data) - set(SECTIONS)
    if unknown:
        raise TypeError(f"unknown intake sections: {', '.join(sorted(unknown))}")
    text = json.dumps(data, default=_json_default, ensure_ascii=False, sort_keys=True)
    with vault.transaction() as session:
        if draft_id is None:
            if stay_id is not None:
                stay = session.get(Stay, stay_id)
                if stay is None:
                    raise NotFound("stay")
                if stay.resident_id is not None:
                    raise ValidationError(translate(
                        "Intake", "This stay is already on her record: open her record "
                        "instead of a new intake."), field="stay")
            draft = IntakeDraft(step=step, data=text, stay_id=stay_id,
                                created_by_id=vault.person.id, updated_by_id=vault.person.id)
            session.add(draft)
            session.flush()
        else:
            draft = _open_draft(session, draft_id)
            draft.step = step
            draft.data = text
            draft.updated_by_id = vault.person.id
        audit.record(session, vault.person, "intake_draft_saved", record_type="intake_draft",
                     record_id=draft.id, detail=f"step={step}")
        return draft.id


def _open_draft(session: Session, draft_id: int) -> IntakeDraft:
    draft = session.get(IntakeDraft, draft_id)
    if draft is None:
        raise NotFound("intake")
    if draft.finished_at is not None:
        raise DraftFinished()
    return draft


@dataclass(frozen=True)
class Draft:
    id: int
    step: int
    data: dict[str, Any]
    stay_id: int | None
    updated_at: datetime


def resume_draft(vault: Vault, draft_id: int) -> Draft:
    """Open a saved intake to carry on: exactly what was typed, and the step reached."""
    with vault.transaction() as session:
        draft = _open_draft(session, draft_id)
        audit.record(session, vault.person, "intake_draft_opened", record_type="intake_draft",
                     record_id=draft.id)
        return Draft(draft.id, draft.step, json.loads(draft.data), draft.stay_id,
                     draft.updated_at)


@dataclass(frozen=True)
class DraftRow:
    id: int
    step: int
    #: The name typed so far (empty if none yet), so staff can tell drafts apart.
    name: str
    stay_id: int | None
    updated_at: datetime


def open_drafts(session: Session) -> list[DraftRow]:
    """Intakes saved part-way and not finished, most recently touched first."""
    rows = session.scalars(select(IntakeDraft).where(IntakeDraft.finished_at.is_(None))
                           .order_by(IntakeDraft.updated_at.desc()))
    return [DraftRow(d.id, d.step, str(json.loads(d.data).get("resident", {}).get("name", "")),
                     d.stay_id, d.updated_at) for d in rows]


def discard_draft(vault: Vault, draft_id: int) -> None:
    with vault.transaction() as session:
        draft = _open_draft(session, draft_id)
        session.delete(draft)
        audit.record(session, vault.person, "intake_draft_discarded",
                     record_type="intake_draft", record_id=draft_id)


# --- finishing -----------------------------------------------------------------------------------

_DATE_FIELDS = {"date_of_birth", "given_on", "made_on", "expires_on"}


def _values(section: str, row: Any, index: int | None) -> dict[str, Any]:
    where = section if index is None else f"{section}.{index}"
    if not isinstance(row, Mapping):
        raise ValidationError(translate(
            "Intake", "This part of the intake is not filled in properly."), field=where)
    values: dict[str, Any] = {}
    for key, value in row.items():
        if key in _DATE_FIELDS:
            if value in (None, ""):
                value = None
            elif isinstance(value, str):
                try:
                    value = date.fromisoformat(value.strip())
                except ValueError:
                    raise ValidationError(translate(
                        "Intake", "Write the date as day, month and year."),
                        field=f"{where}.{key}") from None
        values[key] = value
    return values


def _in_field(exc: ValidationError, where: str) -> ValidationError:
    exc.field = f"{where}.{exc.field}" if exc.field else where
    return exc


def _check_typed_reference(session: Session, ref: str, stay_id: int | None) -> None:
    """A reference typed in an intake may not be another household's (a stay's reference is
    her household's when the intake was started from that stay); one in the service's format
    is used up, so it is never issued to another household."""
    ref = ref.strip()
    own = session.get_one(Stay, stay_id).household_ref if stay_id is not None else None
    if ref != own and session.scalar(
            select(Stay.id).where(Stay.household_ref == ref).limit(1)) is not None:
        taken = HouseholdReferenceTaken(ref, household_refs.suggested_ref(session))
        taken.field = "resident.reference"  # said under the wizard's Reference field
        raise taken
    household_refs.take(session, ref)


def finish(vault: Vault, draft_id: int, *, today: date | None = None) -> int:
    """Make her record from the draft, all in one transaction: her details, children, consent,
    the abusers (whose known areas become her excluded areas) and court orders; link the stay
    she arrived on; the draft keeps only that it was finished, and as whom. Returns the new
    resident's id."""
    today = today or date.today()
    with vault.transaction() as session:
        draft = _open_draft(session, draft_id)
        data = json.loads(draft.data)
        person = vault.person
        fields = _values("resident", data.get("resident", {}), None)
        if not str(fields.get("reference", "")).strip():
            # Her household reference; a woman with no stay yet gets the next one issued.
            fields["reference"] = (session.get_one(Stay, draft.stay_id).household_ref
                                   if draft.stay_id is not None
                                   else household_refs.next_household_ref(session))
        else:
            _check_typed_reference(session, str(fields["reference"]), draft.stay_id)
        try:
            resident_id = residents.add_resident_in(session, person, today=today, **fields)
        except ValidationError as exc:
            raise _in_field(exc, "resident") from None
        for i, raw in enumerate(data.get("children", [])):
            values = _values("children", raw, i)
            for hint in ARRIVAL_HINTS:  # what the arrival said, shown while typing only
                values.pop(hint, None)
            try:
                residents.add_child_in(session, person, resident_id=resident_id, today=today,
                                       **values)
            except ValidationError as exc:
                raise _in_field(exc, f"children.{i}") from None
        for i, raw in enumerate(data.get("consents", [])):
            values = _values("consents", raw, i)
            try:
                covers = values.get("covers") or []
                if not isinstance(covers, list):
                    raise ValidationError(translate("Intake", "Tick from the list."),
                                          field="covers")
                residents.add_consent_in(
                    session, person, resident_id=resident_id, what=values.get("what", ""),
                    shared_with=values.get("shared_with", ""),
                    given_on=values.get("given_on") or today,
                    explained_by_id=values.get("explained_by_id") or person.id, today=today,
                    covers=covers, how_given=values.get("how_given") or None)
            except ValidationError as exc:
                raise _in_field(exc, f"consents.{i}") from None
        for i, raw in enumerate(data.get("abusers", [])):
            values = _values("abusers", raw, i)
            if any(str(v).strip() for v in values.values()):
                residents.add_abuser_in(session, person, resident_id=resident_id, **values)
        for i, raw in enumerate(data.get("court_orders", [])):
            values = _values("court_orders", raw, i)
            try:
                kind = CourtOrderKind(values.get("kind"))  # type: ignore[arg-type]  # None: ValueError
            except ValueError:
                raise ValidationError(translate("Intake", "Choose the kind of order."),
                                      field=f"court_orders.{i}.kind") from None
            try:
                residents.add_court_order_in(
                    session, person, resident_id=resident_id, kind=kind,
                    made_on=values.get("made_on"), expires_on=values.get("expires_on"),
                    abuser_id=None, notes=str(values.get("notes", "")))
            except ValidationError as exc:
                raise _in_field(exc, f"court_orders.{i}") from None
        privacy = data.get("privacy") or {}
        if isinstance(privacy, Mapping) and privacy.get("given"):
            values = _values("privacy", privacy, None)
            try:
                privacy_notice.given_in(session, person, resident_id=resident_id,
                                        on=values.get("given_on") or today, today=today)
            except ValidationError as exc:
                raise _in_field(exc, "privacy") from None
        if draft.stay_id is not None:
            residents.link_stay_in(session, person, resident_id=resident_id,
                                   stay_id=draft.stay_id)
        draft.resident_id = resident_id
        draft.finished_at = utcnow()
        # Her record holds it all now: a second, stale copy of what was typed is only a risk.
        draft.data = "{}"
        draft.updated_by_id = person.id
        audit.record(session, person, "intake_finished", record_type="resident",
                     record_id=resident_id, detail=f"draft={draft.id}")
        return resident_id
