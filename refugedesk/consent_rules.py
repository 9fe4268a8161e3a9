"""What her consent covers, and whether a referral out or a dataset export is covered by it.

A consent's `covers` is a JSON list of keys: "marac", "national_datasets", or
"agency:<Agency value>" (sharing with that kind of agency; MARAC has its own key). A consent
counts on a day when it was given on or before that day and not withdrawn on or before it.

Consents recorded before issue 16 have `covers` "[]" and say what they cover only in free
text (`what`, `shared_with`). Free text cannot be checked, so such a consent covers nothing
here: a referral out under it asks for the lawful basis, as one with no consent does. The
worker can change the consent (tick what she agreed) when she has confirmed it with her.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from refugedesk.db.models import Agency, Consent
from refugedesk.errors import ConsentNotCovered, ValidationError

MARAC = "marac"
NATIONAL_DATASETS = "national_datasets"
AGENCY_PREFIX = "agency:"

#: The most characters a lawful basis may hold (the form stops typing there too).
LAWFUL_BASIS_LIMIT = 1000


def agency_key(agency: Agency) -> str:
    """The key a consent must hold for a referral out to this kind of agency."""
    agency = Agency(agency)
    return MARAC if agency is Agency.MARAC else f"{AGENCY_PREFIX}{agency.value}"


#: Every key a consent may hold, in the order the form offers them.
COVER_KEYS: tuple[str, ...] = (
    MARAC, *(agency_key(a) for a in Agency if a is not Agency.MARAC), NATIONAL_DATASETS)

_AGENCY_WORDS = {
    Agency.POLICE: "the police", Agency.GP: "her GP",
    Agency.FIRE_AND_RESCUE: "fire and rescue (home safety)",
    Agency.CHILDRENS_SOCIAL_CARE: "children's social care",
    Agency.HEALTH_VISITOR: "the health visitor", Agency.MENTAL_HEALTH: "mental health services",
    Agency.DRUGS_ALCOHOL: "drugs or alcohol services", Agency.SOLICITOR: "a solicitor",
    Agency.HOUSING: "housing", Agency.BENEFITS: "benefits services",
    Agency.IMMIGRATION_ADVICE: "immigration advice", Agency.COUNSELLING: "counselling",
    Agency.CHILDRENS_SERVICE: "a children's service", Agency.OTHER: "other agencies",
}


def words(key: str) -> str:
    """A key in plain words, as in "She agreed to share with: the police"."""
    if key == MARAC:
        return "MARAC"
    if key == NATIONAL_DATASETS:
        return "national datasets"
    agency = Agency(key.removeprefix(AGENCY_PREFIX))
    return _AGENCY_WORDS.get(agency, agency.label)


def check_covers(keys: Iterable[str]) -> list[str]:
    """The keys, checked and in the form's order, each once. An unknown key is refused."""
    given = [str(k).strip() for k in keys]
    unknown = sorted(set(given) - set(COVER_KEYS))
    if unknown:
        raise ValidationError("This consent names something RefugeDesk does not know how to "
                              "share with. Tick from the list.", field="covers")
    return [k for k in COVER_KEYS if k in given]


def read_covers(stored: str) -> list[str]:
    """The keys stored in a consent's `covers` (keys no longer known are left out)."""
    try:
        raw = json.loads(stored or "[]")
    except ValueError:
        return []
    if not isinstance(raw, list):
        return []
    return [k for k in COVER_KEYS if k in {str(x) for x in raw}]


def sentence(keys: Iterable[str]) -> str:
    """"She agreed to share with: the police, MARAC", or what to do when nothing is ticked."""
    keys = list(keys)
    if not keys:
        return "Nothing ticked: ask her and change this consent."
    return "She agreed to share with: " + ", ".join(words(k) for k in keys)


@dataclass(frozen=True)
class Cover:
    """Whether sharing is covered; `reason` says why not in plain words (empty when it is).
    True when covered, so `if covers(...)` reads as it should."""

    covered: bool
    reason: str = ""

    def __bool__(self) -> bool:
        return self.covered


def require(session: Session, resident_id: int, purpose: str | Agency, on: date,
            lawful_basis: str) -> str:
    """The lawful basis to store: "" is fine when her consent covers `purpose` on `on`;
    otherwise a basis must be given (ConsentNotCovered names what is not covered)."""
    basis = (lawful_basis or "").strip()
    if len(basis) > LAWFUL_BASIS_LIMIT:
        raise ValidationError(f"Keep the lawful basis to {LAWFUL_BASIS_LIMIT} characters.",
                              field="lawful_basis")
    cover = covers(session, resident_id, purpose, on)
    if not cover and not basis:
        raise ConsentNotCovered(cover.reason, field="lawful_basis")
    return basis


def covers(session: Session, resident_id: int, purpose: str | Agency, on: date) -> Cover:
    """Is sharing for `purpose` (an Agency, or a key: "marac", "national_datasets",
    "agency:police"...) covered by a consent she gave on or before `on` and had not withdrawn
    by then? A consent withdrawn on `on` no longer covers that day."""
    key = agency_key(purpose) if isinstance(purpose, Agency) else str(purpose)
    if key not in COVER_KEYS:
        raise ValidationError("RefugeDesk does not know that kind of sharing.", field="purpose")
    rows = session.scalars(select(Consent.covers).where(
        Consent.resident_id == resident_id, Consent.given_on <= on,
        or_(Consent.withdrawn_on.is_(None), Consent.withdrawn_on > on)))
    if any(key in read_covers(stored) for stored in rows):
        return Cover(True)
    return Cover(False, f"Her consent does not cover sharing with {words(key)}. "
                        "Record the lawful basis to go ahead.")
