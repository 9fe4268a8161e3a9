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
from refugedesk.i18n import QT_TRANSLATE_NOOP, translate

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
    Agency.POLICE: QT_TRANSLATE_NOOP("ConsentRules", "the police"),
    Agency.GP: QT_TRANSLATE_NOOP("ConsentRules", "her GP"),
    Agency.FIRE_AND_RESCUE: QT_TRANSLATE_NOOP("ConsentRules", "fire and rescue (home safety)"),
    Agency.CHILDRENS_SOCIAL_CARE: QT_TRANSLATE_NOOP("ConsentRules", "children's social care"),
    Agency.HEALTH_VISITOR: QT_TRANSLATE_NOOP("ConsentRules", "the health visitor"),
    Agency.MENTAL_HEALTH: QT_TRANSLATE_NOOP("ConsentRules", "mental health services"),
    Agency.DRUGS_ALCOHOL: QT_TRANSLATE_NOOP("ConsentRules", "drugs or alcohol services"),
    Agency.SOLICITOR: QT_TRANSLATE_NOOP("ConsentRules", "a solicitor"),
    Agency.HOUSING: QT_TRANSLATE_NOOP("ConsentRules", "housing"),
    Agency.BENEFITS: QT_TRANSLATE_NOOP("ConsentRules", "benefits services"),
    Agency.IMMIGRATION_ADVICE: QT_TRANSLATE_NOOP("ConsentRules", "immigration advice"),
    Agency.COUNSELLING: QT_TRANSLATE_NOOP("ConsentRules", "counselling"),
    Agency.CHILDRENS_SERVICE: QT_TRANSLATE_NOOP("ConsentRules", "a children's service"),
    Agency.OTHER: QT_TRANSLATE_NOOP("ConsentRules", "other agencies"),
}


def words(key: str) -> str:
    """A key in plain words, as in "She agreed to share with: the police" (in the language in
    use)."""
    if key == MARAC:
        return "MARAC"
    if key == NATIONAL_DATASETS:
        return translate("ConsentRules", "national datasets")
    agency = Agency(key.removeprefix(AGENCY_PREFIX))
    found = _AGENCY_WORDS.get(agency)
    return translate("ConsentRules", found) if found else agency.label


def check_covers(keys: Iterable[str]) -> list[str]:
    """The keys, checked and in the form's order, each once. An unknown key is refused."""
    given = [str(k).strip() for k in keys]
    unknown = sorted(set(given) - set(COVER_KEYS))
    if unknown:
        raise ValidationError(translate(
            "ConsentRules", "This consent names something RefugeDesk does not know how to "
            "share with. Tick from the list."), field="covers")
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
        return translate("ConsentRules", "Nothing ticked: ask her and change this consent.")
    return translate("ConsentRules", "She agreed to share with: {who}").format(
        who=", ".join(words(k) for k in keys))


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
        raise ValidationError(translate(
            "ConsentRules", "Keep the lawful basis to {limit} characters.").format(
            limit=LAWFUL_BASIS_LIMIT), field="lawful_basis")
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
        raise ValidationError(translate("ConsentRules",
                                        "RefugeDesk does not know that kind of sharing."),
                              field="purpose")
    rows = session.scalars(select(Consent.covers).where(
        Consent.resident_id == resident_id, Consent.given_on <= on,
        or_(Consent.withdrawn_on.is_(None), Consent.withdrawn_on > on)))
    if any(key in read_covers(stored) for stored in rows):
        return Cover(True)
    return Cover(False, translate(
        "ConsentRules", "Her consent does not cover sharing with {who}. Record the lawful "
        "basis to go ahead.").format(who=words(key)))
