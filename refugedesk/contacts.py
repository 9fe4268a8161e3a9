"""Keywork: every contact with her (done, planned, or planned and missed), quick to add, and
listed a page at a time (a resident can have hundreds)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import String, cast, func, select
from sqlalchemy.orm import Session

from refugedesk import audit, dates, history
from refugedesk.db.models import (
    Contact,
    ContactGoal,
    ContactMode,
    ContactPlace,
    ContactState,
    Goal,
    Resident,
    StaffMember,
    SupportPlan,
)
from refugedesk.db.types import utcnow
from refugedesk.db.vault import Vault
from refugedesk.errors import DateInFuture, NotFound, ValidationError
from refugedesk.i18n import translate

#: The longest notes a contact takes (the form stops typing there too).
MAX_NOTES = 20_000


@dataclass(frozen=True)
class ContactRules:
    """How she said it is safe to reach her. `safe_to_call` / `safe_to_text`: True (safe),
    False (do not), None (nobody has asked her yet)."""

    safe_to_call: bool | None
    safe_to_text: bool | None
    code_word: str
    times_to_avoid: str


def contact_rules(session: Session, resident_id: int) -> ContactRules:
    """Her contact rules, read for the contact form's reminder and warning."""
    resident = session.get(Resident, resident_id)
    if resident is None:
        raise NotFound("resident")
    return ContactRules(resident.safe_to_call, resident.safe_to_text,
                        resident.code_word or "", resident.times_to_avoid or "")


def rule_warnings(rules: ContactRules, mode: ContactMode) -> list[str]:
    """What logging a contact made this way would go against: a phone or video call (a video
    call rings her phone too) when phoning her is not known to be safe, a text message when
    texting is not. Empty when nothing does (face to face, a letter, or a way she said is
    safe). The one rule the contact form and the tests use."""
    mode = ContactMode(mode)
    if mode in (ContactMode.PHONE, ContactMode.VIDEO):
        if rules.safe_to_call is False:
            return [translate("Contacts", "She asked not to be phoned, and this is a video call.")
                    if mode is ContactMode.VIDEO else
                    translate("Contacts", "She asked not to be phoned, and this is a phone call.")]
        if rules.safe_to_call is None:
            return [translate("Contacts", "Nobody has asked her yet whether phone calls are "
                              "safe. Ask her when you next see her.")]
    if mode is ContactMode.TEXT:
        if rules.safe_to_text is False:
            return [translate("Contacts", "She asked not to be texted.")]
        if rules.safe_to_text is None:
            return [translate("Contacts", "Nobody has asked her yet whether texts are safe. "
                              "Ask her when you next see her.")]
    return []


def contact_rule_warnings(session: Session, resident_id: int, mode: ContactMode) -> list[str]:
    """`rule_warnings` for her, read now (a colleague may have just asked her)."""
    return rule_warnings(contact_rules(session, resident_id), mode)


def log_contact(vault: Vault, *, resident_id: int, at: datetime, mode: ContactMode,
                place: ContactPlace, minutes: int = 0,
                state: ContactState = ContactState.ATTENDED, notes: str = "",
                goal_ids: Sequence[int] = (), staff_id: int | None = None,
                community_support: bool = False) -> int:
    """Add a contact. An attended or missed contact has happened, so it cannot be in the
    future; a planned one can. `goal_ids` are the goals of her plan it worked on. The staff
    member defaults to whoever is signed in. A contact dated outside all of her stays is
    refused (OutsideStay) unless it is `community_support` (refugedesk/history.py). Returns
    its id."""
    dates.check_dates(at=at)
    mode, place, state = ContactMode(mode), ContactPlace(place), ContactState(state)
    if at.tzinfo is None:
        raise ValueError("at must be timezone-aware")
    if state is not ContactState.PLANNED and at > utcnow() + timedelta(minutes=5):
        raise DateInFuture(translate("Contacts", "A contact that has happened cannot be in the "
                                     "future; record it as planned."), field="at")
    if minutes < 0 or minutes > 24 * 60:
        raise ValidationError(translate("Contacts", "Minutes are between 0 and 1440."),
                              field="minutes")
    if len(notes) > MAX_NOTES:
        raise ValidationError(translate("Contacts", "Notes are at most {limit} characters.").format(
            limit=MAX_NOTES), field="notes")
    with vault.transaction() as session:
        if session.get(Resident, resident_id) is None:
            raise NotFound("resident")
        history.check(session, resident_id, at, community_support=community_support,
                      field="at")
        staff_id = staff_id if staff_id is not None else vault.person.id
        if staff_id is not None and session.get(StaffMember, staff_id) is None:
            raise NotFound("staff member")
        goals = set(goal_ids)
        if goals:
            mine = set(session.scalars(select(Goal.id).join(
                SupportPlan, Goal.plan_id == SupportPlan.id).where(
                SupportPlan.resident_id == resident_id, Goal.id.in_(goals))))
            if mine != goals:
                raise ValidationError(translate("Contacts", "Choose goals from her own plan."),
                                      field="goals")
        contact = Contact(resident_id=resident_id, at=at, staff_id=staff_id, minutes=minutes,
                          mode=mode, place=place, state=state,
                          community_support=bool(community_support),
                          notes=notes.strip(), created_by_id=vault.person.id,
                          updated_by_id=vault.person.id)
        session.add(contact)
        session.flush()
        session.add_all(ContactGoal(contact_id=contact.id, goal_id=g) for g in sorted(goals))
        audit.record(session, vault.person, "contact_logged", record_type="resident",
                     record_id=resident_id, detail=f"contact={contact.id} state={state}"
                     + (" community_support" if community_support else ""))
        return contact.id


def mark_contact(vault: Vault, contact_id: int, state: ContactState, *,
                 minutes: int | None = None, notes: str | None = None) -> None:
    """A planned contact happened or was missed (or a correction)."""
    state = ContactState(state)
    with vault.transaction() as session:
        contact = session.get(Contact, contact_id)
        if contact is None:
            raise NotFound("contact")
        if state is not ContactState.PLANNED and contact.at > utcnow() + timedelta(minutes=5):
            raise DateInFuture(translate("Contacts", "This contact is still to come."),
                               field="state")
        contact.state = state
        if minutes is not None:
            contact.minutes = minutes
        if notes is not None:
            contact.notes = notes.strip()
        contact.updated_by_id = vault.person.id
        audit.record(session, vault.person, "contact_changed", record_type="resident",
                     record_id=contact.resident_id,
                     detail=f"contact={contact.id} state={state}")


@dataclass(frozen=True)
class ContactRow:
    id: int
    at: datetime
    staff: str | None
    minutes: int
    mode: ContactMode
    place: ContactPlace
    state: ContactState
    notes: str
    goal_ids: tuple[int, ...]
    #: Support given outside any of her stays, on purpose.
    community_support: bool = False


def contacts_for(session: Session, resident_id: int, *, state: ContactState | None = None,
                 limit: int = 50, offset: int = 0) -> list[ContactRow]:
    """A page of her contacts, newest first."""
    # The goals each contact worked on, in the same statement (a round trip fewer on a server)
    goals = (select(func.aggregate_strings(cast(ContactGoal.goal_id, String), ","))
             .where(ContactGoal.contact_id == Contact.id).scalar_subquery())
    query = (select(Contact, StaffMember.display_name, goals)
             .outerjoin(StaffMember, Contact.staff_id == StaffMember.id)
             .where(Contact.resident_id == resident_id))
    if state is not None:
        query = query.where(Contact.state == ContactState(state))
    rows = session.execute(query.order_by(Contact.at.desc(), Contact.id.desc())
                           .limit(limit).offset(offset))
    return [ContactRow(c.id, c.at, name, c.minutes, c.mode, c.place,
                       c.state, c.notes, tuple(sorted(int(g) for g in (goal_ids or "").split(",")
                                                      if g)),
                       c.community_support)
            for c, name, goal_ids in rows]


def count_contacts(session: Session, resident_id: int) -> int:
    return session.scalar(select(func.count()).select_from(Contact).where(
        Contact.resident_id == resident_id)) or 0
