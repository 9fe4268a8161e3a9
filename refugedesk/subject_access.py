"""Subject access (issue 16): everything RefugeDesk holds about one woman, area by area, for
her to have within one calendar month of asking.

    pack = gather(session, resident_id)          # every area, each child in a part of its own
    pack.candidates                              # what a manager reviews before release
    pack.redacted(withheld)                      # the areas with withheld items replaced
    request_id = record_request(vault, resident_id=..., requested_on=...)   # anyone
    release(session, person, pack=..., withheld={key: why}, ...)            # managers only

`withheld` maps a candidate's key ("abuser:3", "contact:12:notes") to the reason it is
withheld. Only keys are ever stored (SubjectAccess.withheld) or audited (counts only), never
what they hold. The ZIP itself (a readable PDF and JSON per area) is written by
refugedesk/reports/subject_access_pdf.py.

Every table that holds a `resident_id` or reaches her through a stay is read here:
`COVERED_TABLES` names them, and a test fails if a new one is not listed.
"""

from __future__ import annotations

import json
import re
from calendar import monthrange
from collections.abc import Iterable, Mapping
from contextlib import suppress
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from enum import Enum
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from refugedesk import audit, dates, i18n
from refugedesk.db.models import (
    Abuser,
    AccessReason,
    Attendance,
    Child,
    Consent,
    Contact,
    ContactGoal,
    CourtOrder,
    ErasureRequest,
    FormDraft,
    Goal,
    Handover,
    HandoverAddendum,
    House,
    Incident,
    IncidentResident,
    IntakeDraft,
    MaracReferral,
    MoveOn,
    NeedsAssessment,
    NeedScore,
    PlanAction,
    Programme,
    ProgrammeEnrolment,
    ProgrammeSession,
    Referral,
    ReferralOut,
    Reservation,
    Resident,
    Review,
    ReviewVersion,
    RiskAssessment,
    Room,
    SignOut,
    StaffMember,
    Stay,
    StayCorrection,
    SubjectAccess,
    SupportPlan,
    WhereaboutsStep,
)
from refugedesk.db.vault import Person, Vault
from refugedesk.errors import DateInFuture, NotAllowed, NotFound, ValidationError
from refugedesk.i18n import QT_TRANSLATE_NOOP, translate

#: The longest reason a manager may give for withholding one item.
REASON_MAX = 500

#: Every table that holds something about her, and the area of the pack it is read into.
COVERED_TABLES: dict[str, str] = {
    "resident": "her_details",
    "child": "child-<id>",
    "consent": "consent",
    "abuser": "person_she_fled",
    "court_order": "court_orders",
    "stay": "stays",
    "stay_correction": "stays",
    "referral": "referrals_in",
    "reservation": "referrals_in",
    "risk_assessment": "risk",
    "marac_referral": "risk",
    "needs_assessment": "needs",
    "need_score": "needs",
    "support_plan": "plans",
    "goal": "plans",
    "plan_action": "plans",
    "contact": "contacts",
    "contact_goal": "contacts",
    "referral_out": "referrals_out",
    "programme_enrolment": "programmes",
    "attendance": "programmes",
    "incident": "incidents",
    "incident_resident": "incidents",
    "sign_out": "whereabouts",
    "whereabouts_step": "whereabouts",
    "handover": "handover_lines",
    "handover_addendum": "handover_lines",
    "review": "reviews",
    "review_version": "reviews",
    "move_on": "reviews",
    "form_draft": "drafts",
    "intake_draft": "drafts",
    "subject_access": "her_requests",
    "erasure_request": "her_requests",
    "access_reason": "opened_by_staff",
}
#: Tables that name her but hold nothing that is not already in another area.
NOT_COPIED: dict[str, str] = {
    "resident_search_term": "a lower-case copy of her names for the residents search",
}

#: The areas in the order her copy reads them, with their plain headings (in English here:
#: `area_title` gives them in the language being spoken).
AREA_TITLES: dict[str, str] = {
    "her_details": QT_TRANSLATE_NOOP("SubjectAccess", "Your details"),
    "consent": QT_TRANSLATE_NOOP("SubjectAccess", "What you agreed we could share"),
    "person_she_fled": QT_TRANSLATE_NOOP("SubjectAccess", "The person you left"),
    "court_orders": QT_TRANSLATE_NOOP("SubjectAccess", "Court orders"),
    "stays": QT_TRANSLATE_NOOP("SubjectAccess", "Your stays and room moves"),
    "referrals_in": QT_TRANSLATE_NOOP("SubjectAccess", "How you were referred to us"),
    "risk": QT_TRANSLATE_NOOP("SubjectAccess", "Safety and risk assessments"),
    "needs": QT_TRANSLATE_NOOP("SubjectAccess", "Needs assessments"),
    "plans": QT_TRANSLATE_NOOP("SubjectAccess", "Your support plans"),
    "contacts": QT_TRANSLATE_NOOP("SubjectAccess", "Contact with your workers"),
    "referrals_out": QT_TRANSLATE_NOOP("SubjectAccess", "Referrals we made for you"),
    "programmes": QT_TRANSLATE_NOOP("SubjectAccess", "Groups and programmes"),
    "incidents": QT_TRANSLATE_NOOP("SubjectAccess", "Incidents you were part of"),
    "whereabouts": QT_TRANSLATE_NOOP("SubjectAccess", "Signing out and back in"),
    "handover_lines": QT_TRANSLATE_NOOP("SubjectAccess", "Staff handover notes that mention you"),
    "reviews": QT_TRANSLATE_NOOP("SubjectAccess", "Reviews and moving on"),
    "drafts": QT_TRANSLATE_NOOP("SubjectAccess", "Forms saved part-way"),
    "her_requests": QT_TRANSLATE_NOOP("SubjectAccess", "Your requests about your data"),
    "opened_by_staff": QT_TRANSLATE_NOOP("SubjectAccess",
                                         "When staff outside your house opened your record"),
}

#: Why an item is withheld, as first suggested (in English here; offered to the manager in
#: the language in use, and written into her copy in hers: `reason_for_her`).
WHY_OTHER_RESIDENT = QT_TRANSLATE_NOOP("SubjectAccess", "It names another resident")
WHY_ABUSER = QT_TRANSLATE_NOOP("SubjectAccess",
                               "The details of the person you left (a third party)")
WHY_THIRD_PARTY = QT_TRANSLATE_NOOP("SubjectAccess", "It may name someone else (a third party)")
WHY_RISK_NOTE = QT_TRANSLATE_NOOP("SubjectAccess",
                                  "A staff-only risk note: the crime and safety exemption "
                                  "applies")
WHY_REFERRER = QT_TRANSLATE_NOOP("SubjectAccess",
                                 "The referrer's own contact details (a third party)")
WHY_INTAKE = QT_TRANSLATE_NOOP("SubjectAccess",
                               "The intake as it was typed, which holds other people's details")
REASONS = (WHY_OTHER_RESIDENT, WHY_ABUSER, WHY_THIRD_PARTY, WHY_RISK_NOTE, WHY_REFERRER,
           WHY_INTAKE)

#: Capitalised words that are not names, for the "may name someone" heuristic.
_COMMON_WORDS = (
    "i a an the she he they we you her his it this that mr mrs ms miss dr police gp nhs marac "
    "dash idva isva council housing court school social services refuge monday tuesday "
    "wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december ok tv")
_NOT_NAMES = frozenset(_COMMON_WORDS.split())
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")


@dataclass(frozen=True)
class Candidate:
    """One item a manager reviews before release. `fields` are the fields of
    `area.records[record]` it covers (empty: the whole record). `preview` is for the
    manager's screen only, never stored."""

    key: str
    area: str
    record: int
    fields: tuple[str, ...]
    label: str
    reason: str
    default: bool
    preview: str = ""


@dataclass
class Area:
    key: str
    #: Its heading in the language in use when it was gathered (`area_title` for another).
    title: str
    records: list[dict[str, Any]] = field(default_factory=list)
    #: A child's part: the child's name.
    child: str = ""


def area_title(area: Area) -> str:
    """The area's heading in the language being spoken (her copy is made in hers)."""
    if area.key in AREA_TITLES:
        return translate("SubjectAccess", AREA_TITLES[area.key])
    if area.key.startswith("child-"):
        return translate("SubjectAccess", "Your child: {name}").format(name=area.child)
    return area.title


def reason_for_her(why: str, *, seen_in: str | None = None) -> str:
    """A reason for withholding, for her copy in the language being spoken: a suggested
    reason (as the manager saw it, in English or in `seen_in`) in this language; a reason the
    manager wrote herself, as she wrote it."""
    text = why.strip()
    for reason in REASONS:
        if seen_in is not None:
            with i18n.speaking(seen_in):
                seen = translate("SubjectAccess", reason)
        else:
            seen = reason
        if text in (reason, seen):
            return translate("SubjectAccess", reason)
    return text


def record_kind(kind: str) -> str:
    """What kind of record a part's entry is ("correction", "MARAC referral"), in the language
    being spoken: kinds are stored in English in the data."""
    return translate("SubjectAccess", kind)


@dataclass
class SubjectAccessPack:
    resident_id: int
    reference: str
    name: str
    gathered_on: date
    areas: list[Area]
    candidates: list[Candidate]
    #: The language of her documents (Resident.documents_language); None: the one in use.
    documents_language: str | None = None

    def area(self, key: str) -> Area:
        return next(a for a in self.areas if a.key == key)

    def default_withheld(self) -> dict[str, str]:
        """What the command line withholds without asking: every candidate ticked by default."""
        return {c.key: c.reason for c in self.candidates if c.default}

    def redacted(self, withheld: Mapping[str, str], *,
                 seen_in: str | None = None) -> list[Area]:
        """The areas with each withheld item replaced by "[withheld: <reason>]", in the
        language being spoken (`seen_in`: the language the manager chose the reasons in).
        Unknown keys are refused (a key is never guessed)."""
        check_withheld(self, withheld)
        out = [replace(a, records=[dict(r) for r in a.records]) for a in self.areas]
        by_key = {a.key: a for a in out}
        for cand in self.candidates:
            if cand.key not in withheld:
                continue
            mark = translate("SubjectAccess", "[withheld: {reason}]").format(
                reason=reason_for_her(withheld[cand.key], seen_in=seen_in))
            records = by_key[cand.area].records
            if cand.fields:
                for name in cand.fields:
                    records[cand.record][name] = mark
            else:
                records[cand.record] = {"withheld": mark}
        return out


@dataclass(frozen=True)
class RequestRow:
    id: int
    requested_on: date
    due_on: date
    released_on: date | None
    withheld_count: int


# --- dates and rights -----------------------------------------------------------------------


def due_on(requested_on: date) -> date:
    """One calendar month after she asked; the last day of that month when it has no such day
    (asked on 31 January: due 28 or 29 February)."""
    year = requested_on.year + requested_on.month // 12
    month = requested_on.month % 12 + 1
    return date(year, month, min(requested_on.day, monthrange(year, month)[1]))


def can_release(person: Person) -> bool:
    return person.is_manager_or_admin


def check_can_release(person: Person) -> None:
    if not can_release(person):
        raise NotAllowed(translate("SubjectAccess",
                                   "Only a manager or an administrator can review and release "
                                   "her data. You can record that she asked."))


def check_withheld(pack: SubjectAccessPack, withheld: Mapping[str, str]) -> None:
    known = {c.key for c in pack.candidates}
    for key, why in withheld.items():
        if key not in known:
            raise ValidationError(translate("SubjectAccess",
                                            "One of the items to withhold is not in her data "
                                            "any more. Open her data again and review it."),
                                  field="withheld")
        if not isinstance(why, str) or not why.strip():
            raise ValidationError(translate("SubjectAccess",
                                            "Say why each ticked item is withheld."),
                                  field="withheld")
        if len(why) > REASON_MAX:
            raise ValidationError(translate("SubjectAccess",
                                            "Keep each reason under {count} characters.")
                                  .format(count=i18n.number(REASON_MAX)), field="withheld")


# --- requests -------------------------------------------------------------------------------


def record_request(vault: Vault, *, resident_id: int, requested_on: date,
                   today: date | None = None) -> int:
    """Record that she asked for her data (any worker may). Returns the request's id."""
    with vault.transaction() as session:
        return record_request_in(session, vault.person, resident_id=resident_id,
                                 requested_on=requested_on, today=today)


def record_request_in(session: Session, person: Person, *, resident_id: int,
                      requested_on: date, today: date | None = None) -> int:
    if not isinstance(requested_on, date):
        raise ValidationError(translate("SubjectAccess", "Give the date she asked."),
                              field="requested_on")
    dates.check_date(requested_on, field="requested_on")
    if requested_on > (today or date.today()):
        raise DateInFuture(translate("SubjectAccess",
                                     "The day she asked cannot be in the future."),
                           field="requested_on")
    if session.get(Resident, resident_id) is None:
        raise NotFound("resident")
    row = SubjectAccess(resident_id=resident_id, requested_on=requested_on,
                        due_on=due_on(requested_on), withheld="[]",
                        created_by_id=person.id, updated_by_id=person.id)
    session.add(row)
    session.flush()
    audit.record(session, person, "subject_access_requested", record_type="resident",
                 record_id=resident_id, detail=f"request={row.id}")
    return row.id


def resident_by_reference(session: Session, reference: str) -> int:
    """Her id from her reference (as lists and exports show it), ignoring case and spaces."""
    ref = reference.strip()
    found = session.scalar(select(Resident.id).where(Resident.reference == ref)) \
        or session.scalar(select(Resident.id).where(func.lower(Resident.reference)
                                                    == ref.lower()).limit(1))
    if not ref or found is None:
        raise NotFound("resident")
    return found


def requests_for(session: Session, resident_id: int) -> list[RequestRow]:
    """Her subject access requests, newest first."""
    rows = session.scalars(select(SubjectAccess).where(SubjectAccess.resident_id == resident_id)
                           .order_by(SubjectAccess.requested_on.desc(), SubjectAccess.id.desc()))
    return [RequestRow(r.id, r.requested_on, r.due_on, r.released_on,
                       len(json.loads(r.withheld or "[]"))) for r in rows]


def release(session: Session, person: Person, *, pack: SubjectAccessPack,
            withheld: Mapping[str, str], request_id: int | None = None,
            requested_on: date | None = None, today: date | None = None) -> int:
    """Record, inside the caller's transaction, that her data was reviewed and released with
    `withheld` left out: the request (`request_id`, or a new one asked on `requested_on`)
    gets the keys withheld and why (never their content), who reviewed it and the day.
    Audited as "subject_access_released" with counts only. Returns the request's id."""
    check_can_release(person)
    check_withheld(pack, withheld)
    day = today or date.today()
    if request_id is None:
        request_id = record_request_in(session, person, resident_id=pack.resident_id,
                                       requested_on=requested_on or day, today=day)
    row = session.get(SubjectAccess, request_id)
    if row is None or row.resident_id != pack.resident_id:
        raise NotFound("request")
    row.withheld = json.dumps([{"item": k, "why": withheld[k].strip()}
                               for k in sorted(withheld)], ensure_ascii=False)
    row.reviewed_by_id = person.id
    row.released_on = day
    row.updated_by_id = person.id
    records = sum(len(a.records) for a in pack.areas)
    audit.record(session, person, "subject_access_released", record_type="subject_access",
                 record_id=row.id,
                 detail=f"areas={len(pack.areas)} records={records} "
                        f"reviewed={len(pack.candidates)} withheld={len(withheld)}")
    return row.id


# --- gathering ------------------------------------------------------------------------------


def _value(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


#: Columns that say which staff member typed or changed a row: kept out of her copy (the
#: audit trail holds them).
_STAFF_COLUMNS = frozenset({"created_by_id", "updated_by_id"})
#: Columns holding JSON text, shown as the data they hold.
_JSON_COLUMNS = frozenset({"answers", "covers", "data", "moments", "withheld"})


def _row(obj: Any, **extra: Any) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for column in obj.__table__.columns:
        if column.key in _STAFF_COLUMNS:
            continue
        value = getattr(obj, column.key)
        if column.key in _JSON_COLUMNS and isinstance(value, str):
            with suppress(ValueError):
                value = json.loads(value)
        out[column.key] = _value(value)
    out.update({k: _value(v) for k, v in extra.items()})
    return out


class _Gather:
    def __init__(self, session: Session, resident: Resident) -> None:
        self.session = session
        self.resident = resident
        self.areas: dict[str, Area] = {}
        self.candidates: list[Candidate] = []
        self.own_names = {w.casefold() for w in _WORD.findall(
            f"{resident.name} {resident.known_as}")}
        self.others: set[str] = set()      # other residents' names and references
        self.abuser_names: set[str] = set()

    def area(self, key: str, title: str | None = None, child: str = "") -> Area:
        if key not in self.areas:
            self.areas[key] = Area(key, title or translate("SubjectAccess", AREA_TITLES[key]),
                                   child=child)
        return self.areas[key]

    def add(self, key: str, record: dict[str, Any]) -> int:
        records = self.area(key).records
        records.append(record)
        return len(records) - 1

    def offer(self, key: str, area: str, index: int, fields: tuple[str, ...], label: str,
              reason: str, default: bool, preview: str = "") -> None:
        """Offer an item for review; `reason` is one of REASONS, in English (the manager sees
        it in the language in use)."""
        self.candidates.append(Candidate(key, area, index, fields, label,
                                         translate("SubjectAccess", reason), default,
                                         preview[:300]))

    def offer_note(self, key: str, area: str, index: int, fields: tuple[str, ...],
                   label: str, text: str) -> None:
        """A free-text note: offered for review when it is not empty; ticked by default when
        it names another resident, the person she left, or seems to name someone else."""
        if not text.strip():
            return
        folded = text.casefold()
        words = {w.casefold() for w in _WORD.findall(text)}
        if any(o.casefold() in folded if "-" in o or " " in o else o.casefold() in words
               for o in self.others):
            self.offer(key, area, index, fields, label, WHY_OTHER_RESIDENT, True, text)
        elif self.abuser_names & words:
            self.offer(key, area, index, fields, label, WHY_ABUSER, True, text)
        else:
            self.offer(key, area, index, fields, label, WHY_THIRD_PARTY,
                       _may_name_someone(text, self.own_names), text)


def _names_in(text: str) -> set[str]:
    """The words of a name worth looking for in notes: capitalised, three letters or more,
    not a common word (so "(fictional)" or "the" never match)."""
    return {w.casefold() for w in _WORD.findall(text)
            if w[0].isupper() and len(w) > 2 and w.casefold() not in _NOT_NAMES}


def _may_name_someone(text: str, own: set[str]) -> bool:
    """A simple heuristic: a capitalised word that does not start a sentence and is not one of
    her own names or a common word."""
    for sentence in re.split(r"[.!?\n:;]+", text):
        words = _WORD.findall(sentence)
        for word in words[1:]:
            if word[0].isupper() and word.casefold() not in own \
                    and word.casefold() not in _NOT_NAMES:
                return True
    return False


def _staff_names(session: Session) -> dict[int, str]:
    return dict(session.execute(select(StaffMember.id, StaffMember.display_name)).all())


def gather(session: Session, resident_id: int, *, today: date | None = None) -> SubjectAccessPack:
    """Everything held about her, area by area, and the items a manager reviews."""
    resident = session.get(Resident, resident_id)
    if resident is None:
        raise NotFound("resident")
    g = _Gather(session, resident)
    staff = _staff_names(session)
    for key in AREA_TITLES:  # every area appears, even when it holds nothing
        if key != "person_she_fled":
            g.area(key)
    g.area("person_she_fled")

    # Whom the heuristics look for: the person she left, and the other women in her incidents.
    abusers = list(session.scalars(select(Abuser).where(Abuser.resident_id == resident_id)
                                   .order_by(Abuser.id)))
    g.abuser_names = {n for a in abusers for n in _names_in(a.name)} - g.own_names
    incident_ids = list(session.scalars(select(IncidentResident.incident_id)
                                        .where(IncidentResident.resident_id == resident_id)))
    others: dict[int, list[Resident]] = {}
    if incident_ids:
        for iid, other in session.execute(
                select(IncidentResident.incident_id, Resident)
                .join(Resident, IncidentResident.resident_id == Resident.id)
                .where(IncidentResident.incident_id.in_(incident_ids),
                       IncidentResident.resident_id != resident_id)
                .order_by(Resident.reference)):
            others.setdefault(iid, []).append(other)
            g.others.update({other.reference.strip(), *_names_in(other.name),
                             *_names_in(other.known_as)} - g.own_names - {""})

    # Her details and each child.
    g.add("her_details", _row(resident, key_worker=staff.get(resident.key_worker_id or 0, "")))
    for child in session.scalars(select(Child).where(Child.resident_id == resident_id)
                                 .order_by(Child.id)):
        area = g.area(f"child-{child.id}", translate("SubjectAccess", "Your child: {name}")
                      .format(name=child.name), child=child.name)
        area.records.append(_row(child))
    for consent in session.scalars(select(Consent).where(Consent.resident_id == resident_id)
                                   .order_by(Consent.given_on, Consent.id)):
        g.add("consent", _row(consent, explained_by=staff.get(consent.explained_by_id or 0, "")))
    for abuser in abusers:
        i = g.add("person_she_fled", _row(abuser))
        g.offer(f"abuser:{abuser.id}", "person_she_fled", i, (),
                translate("SubjectAccess", "The person she left: name, description, vehicle, areas"), WHY_ABUSER, True,
                abuser.name or abuser.description)
    for order in session.scalars(select(CourtOrder).where(CourtOrder.resident_id == resident_id)
                                 .order_by(CourtOrder.id)):
        i = g.add("court_orders", _row(order))
        g.offer_note(f"court_order:{order.id}:notes", "court_orders", i, ("notes",),
                     translate("SubjectAccess", "Court order notes"), order.notes)

    # Stays, room moves and corrections; the referral that became each stay.
    stays = list(session.scalars(select(Stay).where(Stay.resident_id == resident_id)
                                 .order_by(Stay.arrived_on, Stay.id)))
    stay_ids = [s.id for s in stays]
    rooms = {rid: (rname, hname) for rid, rname, hname in session.execute(
        select(Room.id, Room.name, House.name).join(House, Room.house_id == House.id))}
    for stay in stays:
        room, house = rooms.get(stay.room_id, ("", ""))
        g.add("stays", _row(stay, room=room, house=house))
    if stay_ids:
        for corr in session.scalars(select(StayCorrection).where(
                StayCorrection.stay_id.in_(stay_ids)).order_by(StayCorrection.id)):
            i = g.add("stays", _row(corr, record=QT_TRANSLATE_NOOP("SubjectAccess", "correction")))
            g.offer_note(f"stay_correction:{corr.id}:reason", "stays", i, ("reason",),
                         translate("SubjectAccess", "Why a stay was corrected"), corr.reason)
    referral_ids = sorted({s.referral_id for s in stays if s.referral_id is not None})
    for referral in session.scalars(select(Referral).where(Referral.id.in_(referral_ids))
                                    .order_by(Referral.received_at)) if referral_ids else []:
        offers = [_row(r) for r in session.scalars(
            select(Reservation).where(Reservation.referral_id == referral.id)
            .order_by(Reservation.id))]
        i = g.add("referrals_in", _row(referral, offers=offers))
        if referral.referrer_contact.strip():
            g.offer(f"referral:{referral.id}:referrer_contact", "referrals_in", i,
                    ("referrer_contact",), translate("SubjectAccess", "Who referred her: their contact details"),
                    WHY_REFERRER, False, referral.referrer_contact)
        if referral.excluded_areas.strip():
            g.offer(f"referral:{referral.id}:excluded_areas", "referrals_in", i,
                    ("excluded_areas",), translate("SubjectAccess", "Areas she must not be placed in (may say where "
                              "the person she left lives)"), WHY_ABUSER, False, referral.excluded_areas)
        g.offer_note(f"referral:{referral.id}:outcome_note", "referrals_in", i,
                     ("outcome_note",), translate("SubjectAccess", "Note on the referral's outcome"), referral.outcome_note)

    # Risk: DASH and MARAC.
    for dash in session.scalars(select(RiskAssessment).where(
            RiskAssessment.resident_id == resident_id).order_by(RiskAssessment.assessed_at)):
        record = _row(dash, record=QT_TRANSLATE_NOOP("SubjectAccess", "DASH risk assessment"),
                      assessed_by=staff.get(dash.assessed_by_id or 0, ""))
        # Her answers are hers; the worker's comment on each answer is a staff note.
        pairs = record["answers"] if isinstance(record["answers"], list) else []
        record["answers"] = [p[0] if isinstance(p, list) else p for p in pairs]
        comments = {str(n + 1): p[1] for n, p in enumerate(pairs)
                    if isinstance(p, list) and len(p) > 1 and str(p[1]).strip()}
        record["comments"] = comments
        i = g.add("risk", record)
        if dash.reason.strip() or comments:
            g.offer(f"risk_assessment:{dash.id}:comments", "risk", i, ("reason", "comments"),
                    translate("SubjectAccess", "DASH: the worker's reasons and comments"), WHY_RISK_NOTE, True,
                    " ".join([dash.reason, *comments.values()]))
    for marac in session.scalars(select(MaracReferral).where(
            MaracReferral.resident_id == resident_id).order_by(MaracReferral.referred_on)):
        i = g.add("risk", _row(marac, record=QT_TRANSLATE_NOOP("SubjectAccess", "MARAC referral")))
        if marac.reason.strip() or marac.actions.strip():
            g.offer(f"marac_referral:{marac.id}", "risk", i, ("reason", "actions"),
                    translate("SubjectAccess", "MARAC: the reason and the actions agreed"), WHY_RISK_NOTE, True,
                    f"{marac.reason} {marac.actions}")

    # Needs assessments with their scores.
    for needs in session.scalars(select(NeedsAssessment).where(
            NeedsAssessment.resident_id == resident_id).order_by(NeedsAssessment.assessed_on)):
        scores = [_row(s) for s in session.scalars(select(NeedScore).where(
            NeedScore.assessment_id == needs.id).order_by(NeedScore.id))]
        g.add("needs", _row(needs, scores=scores))

    # Support plans with their goals and actions.
    for plan in session.scalars(select(SupportPlan).where(
            SupportPlan.resident_id == resident_id).order_by(SupportPlan.version)):
        goals = [_row(x) for x in session.scalars(select(Goal).where(Goal.plan_id == plan.id)
                                                  .order_by(Goal.id))]
        actions = [_row(x) for x in session.scalars(select(PlanAction).where(
            PlanAction.plan_id == plan.id).order_by(PlanAction.id))]
        g.add("plans", _row(plan, goals=goals, actions=actions))

    # Contacts with their notes (and the goals each touched).
    contacts = list(session.scalars(select(Contact).where(Contact.resident_id == resident_id)
                                    .order_by(Contact.at, Contact.id)))
    goal_links: dict[int, list[int]] = {}
    if contacts:
        for cid, gid in session.execute(select(ContactGoal.contact_id, ContactGoal.goal_id)
                                        .join(Contact, ContactGoal.contact_id == Contact.id)
                                        .where(Contact.resident_id == resident_id)):
            goal_links.setdefault(cid, []).append(gid)
    for contact in contacts:
        i = g.add("contacts", _row(contact, worker=staff.get(contact.staff_id or 0, ""),
                                   goal_ids=sorted(goal_links.get(contact.id, []))))
        g.offer_note(f"contact:{contact.id}:notes", "contacts", i, ("notes",),
                     translate("SubjectAccess", "Contact note, {day}").format(
                         day=f"{contact.at:%d/%m/%Y}"), contact.notes)

    for out in session.scalars(select(ReferralOut).where(ReferralOut.resident_id == resident_id)
                               .order_by(ReferralOut.made_on, ReferralOut.id)):
        i = g.add("referrals_out", _row(out))
        g.offer_note(f"referral_out:{out.id}:notes", "referrals_out", i,
                     ("reason", "outcome", "lawful_basis"),
                     translate("SubjectAccess", "Referral out to {agency}: reason, outcome and "
                               "lawful basis").format(agency=out.agency_name or out.agency.value), f"{out.reason} {out.outcome} {out.lawful_basis}")

    # Programmes and attendance.
    for enrol, programme in session.execute(
            select(ProgrammeEnrolment, Programme)
            .join(Programme, ProgrammeEnrolment.programme_id == Programme.id)
            .where(ProgrammeEnrolment.resident_id == resident_id)
            .order_by(ProgrammeEnrolment.enrolled_on)):
        g.add("programmes", _row(enrol, programme=programme.name, record=QT_TRANSLATE_NOOP("SubjectAccess", "enrolment")))
    for att, sess, programme in session.execute(
            select(Attendance, ProgrammeSession, Programme)
            .join(ProgrammeSession, Attendance.session_id == ProgrammeSession.id)
            .join(Programme, ProgrammeSession.programme_id == Programme.id)
            .where(Attendance.resident_id == resident_id).order_by(ProgrammeSession.held_on)):
        g.add("programmes", _row(att, programme=programme.name, session=sess.number,
                                 held_on=sess.held_on, topic=sess.topic, record=QT_TRANSLATE_NOOP("SubjectAccess", "attendance")))

    # Incidents she is named in; others named in them are offered for withholding.
    for incident in session.scalars(select(Incident).where(Incident.id.in_(incident_ids))
                                    .order_by(Incident.at)) if incident_ids else []:
        shared = others.get(incident.id, [])
        i = g.add("incidents", _row(incident, others_involved=[o.reference for o in shared]))
        texts = ("what_happened", "action_taken", "who_was_told")
        body = " ".join(getattr(incident, f) for f in texts)
        if shared:
            g.offer(f"incident:{incident.id}:others", "incidents", i, ("others_involved",),
                    translate("SubjectAccess", "Incident {day}: the other residents involved")
                    .format(day=f"{incident.at:%d/%m/%Y}"),
                    WHY_OTHER_RESIDENT, True, ", ".join(o.reference for o in shared))
            if body.strip():
                g.offer(f"incident:{incident.id}:text", "incidents", i, texts,
                        translate("SubjectAccess", "Incident {day}: what happened, shared with "
                                  "others").format(day=f"{incident.at:%d/%m/%Y}"),
                        WHY_OTHER_RESIDENT, True, body)
        else:
            g.offer_note(f"incident:{incident.id}:text", "incidents", i, texts,
                         translate("SubjectAccess", "Incident {day}: what happened").format(
                             day=f"{incident.at:%d/%m/%Y}"), body)

    # Whereabouts: sign-outs on her stays and the steps taken.
    if stay_ids:
        for out_row in session.scalars(select(SignOut).where(SignOut.stay_id.in_(stay_ids))
                                       .order_by(SignOut.out_at)):
            steps = [_row(s) for s in session.scalars(select(WhereaboutsStep).where(
                WhereaboutsStep.sign_out_id == out_row.id).order_by(WhereaboutsStep.at))]
            i = g.add("whereabouts", _row(out_row, steps=steps))
            text = " ".join([out_row.note, *(s["what"] for s in steps)])
            g.offer_note(f"sign_out:{out_row.id}:notes", "whereabouts", i, ("note", "steps"),
                         translate("SubjectAccess", "Signed out {day}: note and steps taken").format(
                             day=f"{out_row.out_at:%d/%m/%Y}"), text)

    starts = [s.arrived_on for s in stays] + list(session.scalars(
        select(Incident.at).where(Incident.id.in_(incident_ids)))) + list(session.scalars(
            select(Referral.received_at).where(Referral.id.in_(referral_ids))))
    if starts:
        first = min(d.date() if isinstance(d, datetime) else d for d in starts)
        _handover_lines(g, resident, stay_ids, incident_ids, referral_ids,
                        since=datetime.combine(first - timedelta(days=1), time(), UTC))

    # Reviews (every version) and moving on.
    for review in session.scalars(select(Review).where(Review.resident_id == resident_id)
                                  .order_by(Review.id)):
        versions = list(session.scalars(select(ReviewVersion).where(
            ReviewVersion.review_id == review.id).order_by(ReviewVersion.version)))
        i = g.add("reviews", _row(review, record=QT_TRANSLATE_NOOP("SubjectAccess", "review"), versions=[_row(v) for v in versions]))
        attended = "; ".join(v.attended for v in versions if v.attended.strip())
        g.offer_note(f"review:{review.id}:versions", "reviews", i, ("versions",),
                     translate("SubjectAccess", "Review: who attended, and what was written"), attended)
    if stay_ids:
        for move in session.scalars(select(MoveOn).where(MoveOn.stay_id.in_(stay_ids))):
            i = g.add("reviews", _row(move, record=QT_TRANSLATE_NOOP("SubjectAccess", "moving on")))
            g.offer_note(f"move_on:{move.id}:note", "reviews", i, ("note",),
                         translate("SubjectAccess", "Moving on: the note"), move.note)

    # Drafts: long forms saved part-way, and the intake as typed.
    for draft in session.scalars(select(FormDraft).where(FormDraft.resident_id == resident_id)):
        i = g.add("drafts", _row(draft, record=QT_TRANSLATE_NOOP("SubjectAccess", "form saved part-way")))
        g.offer_note(f"form_draft:{draft.id}", "drafts", i, ("data",),
                     translate("SubjectAccess", "Unsaved {form} form").format(form=draft.form), json.dumps(json.loads(draft.data or "{}"),
                                                              ensure_ascii=False))
    for intake in session.scalars(select(IntakeDraft).where(or_(
            IntakeDraft.resident_id == resident_id,
            IntakeDraft.stay_id.in_(stay_ids)))):
        i = g.add("drafts", _row(intake, record=QT_TRANSLATE_NOOP("SubjectAccess", "intake as typed")))
        g.offer(f"intake_draft:{intake.id}", "drafts", i, ("data",), translate("SubjectAccess", "The intake as typed"),
                WHY_INTAKE, True, intake.data[:300])

    # Her own requests, and why staff outside her house opened her record.
    for sar in session.scalars(select(SubjectAccess).where(
            SubjectAccess.resident_id == resident_id).order_by(SubjectAccess.id)):
        g.add("her_requests", _row(sar, record=QT_TRANSLATE_NOOP("SubjectAccess", "subject access request")))
    for erasure in session.scalars(select(ErasureRequest).where(
            ErasureRequest.resident_id == resident_id).order_by(ErasureRequest.id)):
        g.add("her_requests", _row(erasure, record=QT_TRANSLATE_NOOP("SubjectAccess", "erasure request")))
    for reason in session.scalars(select(AccessReason).where(
            AccessReason.resident_id == resident_id).order_by(AccessReason.at)):
        g.add("opened_by_staff", _row(reason, worker=staff.get(reason.staff_id, "")))

    in_order = [k for k in AREA_TITLES if k in g.areas]
    children = sorted((k for k in g.areas if k.startswith("child-")),
                      key=lambda k: int(k.split("-")[1]))
    keys = in_order[:1] + children + in_order[1:]
    return SubjectAccessPack(resident_id, resident.reference, resident.name,
                             today or date.today(), [g.areas[k] for k in keys], g.candidates,
                             documents_language=resident.documents_language)


def _handover_lines(g: _Gather, resident: Resident, stay_ids: Iterable[int],
                    incident_ids: Iterable[int], referral_ids: Iterable[int], *,
                    since: datetime) -> None:
    """The lines of handovers that name her: built from one of her records, or with her
    reference in the text; and addenda that name her reference. Only handovers that end
    after `since` (the day before she first came to the service) can."""
    mine = {("resident", resident.id), *(("stay", s) for s in stay_ids),
            *(("incident", i) for i in incident_ids),
            *(("referral", r) for r in referral_ids)}
    ref = resident.reference.casefold()
    for handover in g.session.scalars(select(Handover).where(Handover.period_end >= since)
                                      .order_by(Handover.period_start)):
        try:
            parts = json.loads(handover.draft or "{}").get("parts", [])
        except ValueError:
            continue
        for part in parts:
            for n, line in enumerate(part.get("lines", [])):
                section, text, record_type, record_id = (list(line) + [None] * 4)[:4]
                text = str(text or "")
                if (record_type, record_id) not in mine and ref not in text.casefold():
                    continue
                i = g.add("handover_lines", {
                    "handover_id": handover.id,
                    "period_start": _value(handover.period_start),
                    "period_end": _value(handover.period_end),
                    "section": section, "text": text})
                key = f"handover:{handover.id}:{part.get('house_id')}:{n}"
                g.offer_note(key, "handover_lines", i, ("text",),
                             translate("SubjectAccess", "Handover {day}: {section} line").format(
                                 day=f"{handover.period_start:%d/%m/%Y}", section=section), text)
        for add in g.session.scalars(select(HandoverAddendum).where(
                HandoverAddendum.handover_id == handover.id)):
            if ref in add.text.casefold():
                i = g.add("handover_lines", _row(add, record=QT_TRANSLATE_NOOP("SubjectAccess", "addendum")))
                g.offer_note(f"handover_addendum:{add.id}", "handover_lines", i, ("text",),
                             translate("SubjectAccess", "Handover addendum"), add.text)
