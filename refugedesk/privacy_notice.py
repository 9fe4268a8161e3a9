"""The service's privacy notice: its own text, set by an administrator, shown at intake; and
the day she was given it, kept on her record.

The text lives on the one Organisation row (`privacy_notice`, `privacy_notice_changed_at`);
the day she was given it on Resident (`privacy_notice_given_on`). Changing the text and
recording that she was given it are audited; the audit holds neither the words nor the day.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from refugedesk import audit, dates
from refugedesk.db.models import Organisation, Resident
from refugedesk.db.types import utcnow
from refugedesk.db.vault import Person, Vault
from refugedesk.errors import DateInFuture, NotAllowed, NotFound, ValidationError
from refugedesk.i18n import number, translate

#: The longest notice the service can keep (several pages of plain text).
NOTICE_MAX = 20_000


@dataclass(frozen=True)
class Notice:
    """The notice as it is now: empty text when none is set."""

    text: str = ""
    changed_at: datetime | None = None


def notice(session: Session) -> Notice:
    org = session.scalars(select(Organisation)).one()
    return Notice(org.privacy_notice or "", org.privacy_notice_changed_at)


def check_text(text: str) -> str:
    text = (text or "").strip()
    if len(text) > NOTICE_MAX:
        raise ValidationError(translate(
            "PrivacyNotice", "The notice is {length} characters long; keep it to {limit}.")
            .format(length=number(len(text)), limit=number(NOTICE_MAX)), field="privacy_notice")
    return text


def set_notice(vault: Vault, text: str) -> Notice:
    """Administrators only: the service's privacy notice (empty: none). Audited with its
    length, never its words. Returns it as saved."""
    if not vault.confirm_person().is_admin:
        raise NotAllowed(translate("PrivacyNotice",
                                   "Only an administrator can change the privacy notice."))
    text = check_text(text)
    with vault.transaction() as session:
        org = session.scalars(select(Organisation)).one()
        if (org.privacy_notice or "") == text:
            return Notice(text, org.privacy_notice_changed_at)
        org.privacy_notice = text
        org.privacy_notice_changed_at = utcnow()
        audit.record(session, vault.person, "privacy_notice_changed",
                     detail=f"characters={len(text)}")
        return Notice(text, org.privacy_notice_changed_at)


def given_in(session: Session, person: Person, *, resident_id: int, on: date,
             today: date) -> None:
    """She was given the privacy notice on `on` (inside the caller's transaction)."""
    dates.check_dates(given_on=on)
    if on > today:
        raise DateInFuture(translate(
            "PrivacyNotice", "She cannot have been given the notice on a day still to come."),
            field="given_on")
    resident = session.get(Resident, resident_id)
    if resident is None:
        raise NotFound("resident")
    resident.privacy_notice_given_on = on
    resident.updated_by_id = person.id
    audit.record(session, person, "privacy_notice_given", record_type="resident",
                 record_id=resident_id)


def record_given(vault: Vault, resident_id: int, *, on: date,
                 today: date | None = None) -> None:
    """She was given the privacy notice on `on` (from her record, after intake)."""
    with vault.transaction() as session:
        given_in(session, vault.person, resident_id=resident_id, on=on,
                 today=today or date.today())


def given_on(session: Session, resident_id: int) -> date | None:
    """The day she was given the notice, or None (not given yet)."""
    return session.scalar(select(Resident.privacy_notice_given_on)
                          .where(Resident.id == resident_id))
