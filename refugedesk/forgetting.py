"""Forgetting: anonymise or erase one woman's record, or one referral that never became a stay.

Shared by the retention schedule (retention.py) and erasure on request (erasure.py). Each
function works inside the caller's write transaction, so a forgetting is all or nothing; the
caller records the audit event (never her name or her words) and, once committed, calls
`scrub_file` so the old pages are gone from the write-ahead log too.

Anonymise (`anonymise_resident`): everything that identifies her or anyone else, and every
word anyone typed, is removed or replaced; the counts and dates the reports use stay. Her name
becomes "Anonymised A-0001" (a token from its own counter, unrelated to her reference), her
household reference on her record and on every stay becomes that token (one token for each
reference she had, so households are still counted once each), her stays and the referral
that brought her keep their dates, rooms, departure reasons and children's counts and ages at
arrival; goals keep their area and status, need scores their numbers, referrals out their
agency kind and status, MARAC referrals their dates, move-on records their destination. Gone:
known-as, date of birth, language, contact rules and code word, GP, access needs, immigration
status, children's names, dates of birth, schools and social workers, consent wording, the
abuser rows, court orders' notes, notes of contacts, incidents, plans, reviews, her words,
sign-outs, drafts, search words, "Open anyway" reasons, and what the handovers said of her.

Erase (`erase_resident`): anonymise first, then her rows go entirely, in foreign-key order.
Her stays stay, anonymous and no longer on any record (the occupancy board and the occupancy
figures count room-nights, women and children from stays), with their move-on destination
(the outcomes report counts exits); her goals, needs scores, MARAC and referrals out go, so
the outcomes report's figures about those change for the periods she was in. An erasure
request or subject access request that named her no longer does (ON DELETE SET NULL).

The saved review versions and sent handovers are kept unchangeable by triggers in the schema;
forgetting lifts those triggers for its own transaction only and puts them back, word for word,
before it commits (`_guards_lifted`). Everything of hers typed into another woman's record is
not searched for; handover notes and addenda are (her names, her known-as and her children's
names are replaced with the token).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import date
from typing import Any

from sqlalchemy import Engine, delete, func, or_, select, update
from sqlalchemy.orm import Session

from refugedesk import resident_search
from refugedesk.db.models import (
    Abuser,
    AccessReason,
    Attendance,
    Child,
    Consent,
    Contact,
    CourtOrder,
    ErasureRequest,
    FormDraft,
    Goal,
    Handover,
    HandoverAddendum,
    Incident,
    IncidentResident,
    IntakeDraft,
    MaracReferral,
    MoveOn,
    NeedsAssessment,
    NeedScore,
    PlanAction,
    ProgrammeEnrolment,
    ReferenceCounter,
    Referral,
    ReferralOut,
    Resident,
    ResidentSearchTerm,
    Review,
    ReviewVersion,
    RiskAssessment,
    SignOut,
    Stay,
    StayCorrection,
    SupportPlan,
    WhereaboutsStep,
)
from refugedesk.db.models.enums import RiskRoute
from refugedesk.errors import NotFound, StillInRefuge
from refugedesk.i18n import QT_TRANSLATE_NOOP, translate

#: The counter (reference_counter) the anonymous tokens are numbered by.
COUNTER = "anonymised"
#: What stands in a free-text field that may not be empty. These stand-ins are stored, so
#: they are written in the language of whoever carries the anonymising out (translate()).
REMOVED = QT_TRANSLATE_NOOP("Forgetting", "Removed when the record was anonymised.")
#: What a handover line about her says instead.
LINE_REMOVED = QT_TRANSLATE_NOOP("Forgetting",
                                 "(Removed: this resident's record was anonymised.)")


def _anonymised(token: str) -> str:
    """The name an anonymised record (or referral) goes by: "Anonymised A-0001"."""
    return translate("Forgetting", "Anonymised {token}").format(token=token)
#: The triggers that keep saved review versions and sent handovers unchanged.
GUARDS = ("review_version_unchanged", "review_version_kept", "handover_sealed_unchanged",
          "handover_addendum_unchanged")


def _token(session: Session) -> str:
    """The next anonymous token, A-0001, from its own counter (never reused)."""
    counter = session.get(ReferenceCounter, COUNTER)
    if counter is None:
        counter = ReferenceCounter(name=COUNTER, last=0)
        session.add(counter)
    counter.last += 1
    session.flush()
    return f"A-{counter.last:04d}"


@contextmanager
def _guards_lifted(session: Session) -> Iterator[None]:
    """The unchangeable-record triggers dropped for this transaction and put back exactly as
    they were (their own SQL from the schema) before it commits. On an error the transaction
    is rolled back, triggers included. On a server, the transaction is registered instead."""
    conn = session.connection()
    if conn.dialect.name != "sqlite":
        # A server's guards let this transaction through once a manager has registered it,
        # with an audit event; they are never dropped (server/forgetting.py).
        from refugedesk.server.forgetting import lift_guards

        lift_guards(conn)
        yield
        return
    saved = conn.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN "
        f"({', '.join('?' * len(GUARDS))})", GUARDS).all()
    for name, _sql in saved:
        conn.exec_driver_sql(f'DROP TRIGGER "{name}"')
    yield
    for _name, sql in saved:
        conn.exec_driver_sql(sql)


def check_not_in_refuge(session: Session, resident_id: int, today: date) -> None:
    """A woman staying in a room now (or due to leave after today) cannot be forgotten: her
    move-on comes first."""
    here = session.scalar(select(func.count()).select_from(Stay).where(
        Stay.resident_id == resident_id, or_(Stay.left_on.is_(None), Stay.left_on > today)))
    if here:
        raise StillInRefuge()


def _names(resident: Resident, children: Iterable[str]) -> list[str]:
    """What her name may have been written as in free text: her name, known-as, each word of
    her name of three letters or more, her children's names. Longest first."""
    names = {resident.name.strip(), resident.known_as.strip(), *(c.strip() for c in children)}
    names |= {w for w in re.findall(r"\w+", resident.name) if len(w) >= 3}
    return sorted((n for n in names if n), key=len, reverse=True)


def _scrub(text: str, names: list[str], token: str) -> str:
    for name in names:
        text = re.sub(rf"(?<!\w){re.escape(name)}(?!\w)", token, text, flags=re.IGNORECASE)
    return text


def _forget_in_handovers(session: Session, records: dict[str, set[int]], names: list[str],
                         token: str) -> None:
    """Every handover line made from one of her records says only that it was removed; her
    names in the writers' notes and in addenda become the token."""
    patterns = [f'"{kind}",{rid}]' for kind, ids in records.items() for rid in ids]
    if not patterns and not names:
        return
    line_removed = translate("Forgetting", LINE_REMOVED)
    for handover in _naming(session, Handover, patterns, names):
        draft = json.loads(handover.draft)
        for part in draft.get("parts", []):
            part["lines"] = [
                [ln[0], line_removed, ln[2], ln[3]] if ln[3] in records.get(ln[2], ()) else ln
                for ln in part.get("lines", [])]
        handover.draft = json.dumps(draft, ensure_ascii=False, separators=(",", ":"))
        notes = json.loads(handover.notes)
        handover.notes = json.dumps({k: _scrub(v, names, token) for k, v in notes.items()},
                                    ensure_ascii=False, sort_keys=True)
    if names:
        for addendum in _naming(session, HandoverAddendum, [], names):
            addendum.text = _scrub(addendum.text, names, token)
    session.flush()


def _naming(session: Session, model: type[Handover] | type[HandoverAddendum],
            lines: list[str], names: list[str]) -> list[Any]:
    """The handovers (or addenda) whose draft holds one of `lines` or whose words hold one of
    `names`, either case. In a file, LIKE finds them (ASCII either case, as `_scrub` matches
    them). On a server those columns are sealed (db/sealed.py): SQL sees only ciphertext, so
    every row is read and matched here (a service writes two or three a day)."""
    words = Handover.notes if model is Handover else HandoverAddendum.text
    if session.get_bind().dialect.name == "sqlite":
        found = [words.like(f"%{n}%") for n in names]
        if model is Handover:
            found += [Handover.draft.like(f"%{line}%") for line in lines]
        return list(session.scalars(select(model).where(or_(*found))))
    folded = [n.casefold() for n in names]

    def matches(row: Any) -> bool:
        text = (row.notes if model is Handover else row.text).casefold()
        if any(n in text for n in folded):
            return True
        return model is Handover and any(line in row.draft for line in lines)

    return [row for row in session.scalars(select(model)) if matches(row)]


def _anonymise_referrals(session: Session, referral_ids: Iterable[int], token: str) -> None:
    ids = list(referral_ids)
    if ids:
        session.execute(update(Referral).where(Referral.id.in_(ids)).values(
            name=_anonymised(token), referrer_contact="", excluded_areas="", language="",
            outcome_note=""))


def anonymise_resident(session: Session, resident_id: int, *, today: date) -> str:
    """Anonymise her record (see the module's docstring), in the caller's transaction.
    Returns the token she is now known by. Refused while she is in refuge (StillInRefuge)."""
    resident = session.get(Resident, resident_id)
    if resident is None:
        raise NotFound("resident")
    check_not_in_refuge(session, resident_id, today)
    already = resident.anonymised_on is not None
    token = resident.reference if already else _token(session)
    children = list(session.scalars(select(Child).where(Child.resident_id == resident_id)
                                    .order_by(Child.id)))
    names = [] if already else _names(resident, [c.name for c in children])
    removed = translate("Forgetting", REMOVED)

    stays = list(session.scalars(select(Stay).where(or_(
        Stay.resident_id == resident_id, Stay.household_ref == resident.reference))))
    stay_ids = [s.id for s in stays]
    # One token for each household reference she had, hers the first.
    tokens = {resident.reference: token}
    for stay in stays:
        if stay.household_ref not in tokens:
            tokens[stay.household_ref] = _token(session)
        stay.household_ref = tokens[stay.household_ref]
        stay.name = _anonymised(token)
    _anonymise_referrals(session, {s.referral_id for s in stays if s.referral_id}, token)

    resident.name = _anonymised(token)
    resident.reference = token
    resident.known_as = ""
    resident.date_of_birth = None
    resident.language = ""
    resident.access_needs = ""
    resident.immigration_status = ""
    resident.gp = ""
    resident.safe_to_call = None
    resident.safe_to_text = None
    resident.code_word = ""
    resident.times_to_avoid = ""
    resident.anonymised_on = resident.anonymised_on or today
    for number, child in enumerate(children, 1):
        child.name = translate("Forgetting", "Child {number}").format(number=number)
        child.date_of_birth = None
        child.school = ""
        child.social_worker = ""
        child.needs = ""
    session.flush()

    mine = {"resident_id": resident_id}
    session.execute(update(Consent).filter_by(**mine).values(what="", shared_with=""))
    session.execute(update(CourtOrder).filter_by(**mine).values(notes="", abuser_id=None))
    session.execute(delete(Abuser).filter_by(**mine))
    session.execute(delete(FormDraft).filter_by(**mine))
    session.execute(delete(IntakeDraft).where(or_(IntakeDraft.resident_id == resident_id,
                                                  IntakeDraft.stay_id.in_(stay_ids))))
    session.execute(update(Contact).filter_by(**mine).values(notes=""))
    session.execute(update(RiskAssessment).filter_by(**mine).values(
        reason=""))  # the high-risk-by-judgement ones are put back below
    session.execute(update(RiskAssessment).where(
        RiskAssessment.resident_id == resident_id,
        RiskAssessment.route != RiskRoute.SCORE.value).values(reason=removed))
    session.execute(update(MaracReferral).filter_by(**mine).values(reason="", actions=""))
    assessments = select(NeedsAssessment.id).where(NeedsAssessment.resident_id == resident_id)
    session.execute(update(NeedScore).where(NeedScore.assessment_id.in_(assessments))
                    .values(her_words=""))
    plans = select(SupportPlan.id).where(SupportPlan.resident_id == resident_id)
    session.execute(update(Goal).where(Goal.plan_id.in_(plans)).values(
        her_words=removed, success_looks_like=""))
    session.execute(update(PlanAction).where(PlanAction.plan_id.in_(plans)).values(
        what=removed, agency=""))
    session.execute(update(ReferralOut).filter_by(**mine).values(
        agency_name="", reason="", outcome="", lawful_basis=""))
    incidents = select(IncidentResident.incident_id).where(
        IncidentResident.resident_id == resident_id)
    incident_ids = set(session.scalars(incidents))
    session.execute(update(Incident).where(Incident.id.in_(incident_ids)).values(
        what_happened="", action_taken="", police_ref="", who_was_told=""))
    session.execute(update(MoveOn).where(MoveOn.stay_id.in_(stay_ids)).values(note=""))
    session.execute(update(StayCorrection).where(StayCorrection.stay_id.in_(stay_ids))
                    .values(reason=removed))
    sign_outs = select(SignOut.id).where(SignOut.stay_id.in_(stay_ids))
    session.execute(delete(WhereaboutsStep).where(WhereaboutsStep.sign_out_id.in_(sign_outs)))
    session.execute(delete(SignOut).where(SignOut.stay_id.in_(stay_ids)))
    session.execute(update(AccessReason).filter_by(**mine).values(reason=removed))
    reviews = select(Review.id).where(Review.resident_id == resident_id)
    referral_ids = {s.referral_id for s in stays if s.referral_id}
    with _guards_lifted(session):
        session.execute(update(ReviewVersion).where(ReviewVersion.review_id.in_(reviews))
                        .values(attended="", her_words="", next_steps="", moments="[]"))
        _forget_in_handovers(session, {"resident": {resident_id}, "stay": set(stay_ids),
                                       "incident": incident_ids,
                                       "referral": referral_ids}, names, token)
    session.flush()
    session.expire_all()
    resident_search.reindex(session, resident_id)
    return token


def erase_resident(session: Session, resident_id: int, *, today: date) -> None:
    """Erase her record (see the module's docstring), in the caller's transaction. Her stays
    stay, anonymous and on no record. Refused while she is in refuge (StillInRefuge)."""
    anonymise_resident(session, resident_id, today=today)
    mine = {"resident_id": resident_id}
    plans = select(SupportPlan.id).where(SupportPlan.resident_id == resident_id)
    actions = select(PlanAction.id).where(PlanAction.plan_id.in_(plans))
    # ContactGoal rows go with the contacts (ON DELETE CASCADE).
    session.execute(delete(Contact).filter_by(**mine))
    session.execute(delete(Attendance).where(or_(Attendance.resident_id == resident_id,
                                                 Attendance.follow_up_action_id.in_(actions))))
    session.execute(delete(ProgrammeEnrolment).filter_by(**mine))
    session.execute(update(PlanAction).where(PlanAction.plan_id.in_(plans)).values(
        carried_from_id=None, marac_referral_id=None))
    session.execute(delete(PlanAction).where(PlanAction.plan_id.in_(plans)))
    session.execute(update(Goal).where(Goal.plan_id.in_(plans)).values(carried_from_id=None))
    session.execute(delete(Goal).where(Goal.plan_id.in_(plans)))
    session.execute(delete(SupportPlan).filter_by(**mine))
    session.execute(update(MaracReferral).filter_by(**mine).values(repeat_of_id=None))
    session.execute(delete(MaracReferral).filter_by(**mine))
    session.execute(delete(RiskAssessment).filter_by(**mine))
    assessments = select(NeedsAssessment.id).where(NeedsAssessment.resident_id == resident_id)
    session.execute(delete(NeedScore).where(NeedScore.assessment_id.in_(assessments)))
    session.execute(delete(NeedsAssessment).filter_by(**mine))
    session.execute(delete(ReferralOut).filter_by(**mine))
    reviews = select(Review.id).where(Review.resident_id == resident_id)
    with _guards_lifted(session):
        session.execute(delete(ReviewVersion).where(ReviewVersion.review_id.in_(reviews)))
    session.execute(delete(Review).filter_by(**mine))
    # An incident that involved only her goes; one that involved others stays (its words
    # already gone), without her.
    incident_ids = set(session.scalars(select(IncidentResident.incident_id).filter_by(**mine)))
    session.execute(delete(IncidentResident).filter_by(**mine))
    shared = set(session.scalars(select(IncidentResident.incident_id).where(
        IncidentResident.incident_id.in_(incident_ids))))
    session.execute(delete(Incident).where(Incident.id.in_(incident_ids - shared)))
    session.execute(delete(Consent).filter_by(**mine))
    session.execute(delete(CourtOrder).filter_by(**mine))
    session.execute(delete(Child).filter_by(**mine))
    session.execute(update(Stay).filter_by(**mine).values(resident_id=None))
    session.execute(update(ErasureRequest).filter_by(**mine).values(resident_id=None))
    session.execute(delete(ResidentSearchTerm).filter_by(**mine))
    session.execute(delete(AccessReason).filter_by(**mine))
    session.execute(delete(Resident).where(Resident.id == resident_id))
    session.flush()
    session.expire_all()


def referral_became_stay(session: Session, referral_id: int) -> bool:
    return session.scalar(select(Stay.id).where(Stay.referral_id == referral_id)
                          .limit(1)) is not None


def anonymise_referral(session: Session, referral_id: int) -> None:
    """A referral that never became a stay: who she is and every word typed go; its dates,
    channel, source, status, outcome and the offers made stay (the occupancy report counts
    them)."""
    referral = session.get(Referral, referral_id)
    if referral is None:
        raise NotFound("referral")
    names = [referral.name.strip()] if referral.name.strip() else []
    _anonymise_referrals(session, [referral_id], f"R-{referral_id}")
    with _guards_lifted(session):
        _forget_in_handovers(session, {"referral": {referral_id}}, names, f"R-{referral_id}")
    session.expire_all()


def erase_referral(session: Session, referral_id: int) -> None:
    """A referral that never became a stay goes entirely, with the offers made on it (the
    occupancy report's referral counts for its period go down by one)."""
    from refugedesk.db.models import Reservation

    anonymise_referral(session, referral_id)
    session.execute(delete(Reservation).where(Reservation.referral_id == referral_id))
    session.execute(delete(Referral).where(Referral.id == referral_id))
    session.flush()
    session.expire_all()


def scrub_file(engine: Engine) -> None:
    """After a forgetting has committed: copy the write-ahead log back into the file and empty
    it (PRAGMA wal_checkpoint(TRUNCATE)), so the pages that held what was forgotten are gone
    from the -wal file as well as (secure_delete) from the vault file. A reader holding an old snapshot can make the checkpoint partial;
    the next one (every forgetting runs one) finishes it."""
    if engine.dialect.name != "sqlite":
        # A server's old row versions are its own to vacuum (autovacuum does); there is no
        # file on this computer holding them.
        return
    raw = engine.raw_connection()  # the driver's own: no BEGIN around the checkpoint
    try:
        raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()  # type: ignore[union-attr]  # a sqlcipher3 connection
    finally:
        raw.close()


__all__ = ["COUNTER", "LINE_REMOVED", "REMOVED", "anonymise_referral", "anonymise_resident",
           "check_not_in_refuge", "erase_referral", "erase_resident", "referral_became_stay",
           "scrub_file"]
