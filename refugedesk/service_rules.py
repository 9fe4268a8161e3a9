"""The service's own rules: the age from which it cannot house a boy, and its safeguarding
note for a resident under 18.

Both live on the one Organisation row. Anyone signed in reads them (`service_rules`): find-a-room
applies the boys' rule, her record shows the note. Only an administrator changes them
(`set_service_rules`), in one audited transaction; the audit says which rule changed, never
the note's words.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from refugedesk import audit
from refugedesk.db.models import Organisation
from refugedesk.db.vault import Vault
from refugedesk.errors import NotAllowed, ValidationError
from refugedesk.i18n import translate

#: The ages a rule on boys can name: a boy this age or older cannot be housed.
BOYS_AGE_MIN, BOYS_AGE_MAX = 1, 17
#: The longest safeguarding note the service can keep (a short paragraph).
NOTE_MAX = 1000


@dataclass(frozen=True)
class ServiceRules:
    """What the service has decided. `boys_age_limit` None: no rule on boys' ages."""

    boys_age_limit: int | None = None
    under_18_note: str = ""

    def boy_refused(self, age: int) -> bool:
        """Whether the rule keeps out a boy of this age."""
        return self.boys_age_limit is not None and age >= self.boys_age_limit

    @property
    def boys_rule_text(self) -> str:
        """The rule in words, for lists and messages ("" when there is none)."""
        if self.boys_age_limit is None:
            return ""
        return translate("ServiceRules", "the service cannot house boys aged {age} or older"
                         ).format(age=self.boys_age_limit)


def service_rules(session: Session) -> ServiceRules:
    """The service's rules as they are now."""
    org = session.scalars(select(Organisation)).one()
    return ServiceRules(org.boys_age_limit, org.under_18_note or "")


def check_rules(boys_age_limit: int | None, under_18_note: str) -> str:
    """Refuse what cannot be saved; returns the note as it will be kept (trimmed)."""
    if boys_age_limit is not None:
        if isinstance(boys_age_limit, bool) or not isinstance(boys_age_limit, int):
            raise ValidationError(translate("ServiceRules", "Give the age as a whole number "
                                            "of years."), field="boys_age_limit")
        if not BOYS_AGE_MIN <= boys_age_limit <= BOYS_AGE_MAX:
            raise ValidationError(translate("ServiceRules", "Choose an age from {lowest} to "
                                            "{highest}, or no rule.").format(
                                                lowest=BOYS_AGE_MIN, highest=BOYS_AGE_MAX),
                                  field="boys_age_limit")
    note = under_18_note.strip()
    if len(note) > NOTE_MAX:
        raise ValidationError(translate("ServiceRules", "The note is {length} characters long; "
                                        "keep it to {limit}.").format(length=len(note),
                                                                      limit=NOTE_MAX),
                              field="under_18_note")
    return note


def set_service_rules(vault: Vault, *, boys_age_limit: int | None,
                      under_18_note: str) -> ServiceRules:
    """Administrators only: save both rules in one audited step. Returns them as saved."""
    if not vault.confirm_person().is_admin:
        raise NotAllowed(translate("ServiceRules",
                                   "Only an administrator can change the service's rules."))
    note = check_rules(boys_age_limit, under_18_note)
    with vault.transaction() as session:
        org = session.scalars(select(Organisation)).one()
        changed = []
        if org.boys_age_limit != boys_age_limit:
            changed.append(f"boys_age_limit={boys_age_limit if boys_age_limit else 'none'}")
        if (org.under_18_note or "") != note:
            changed.append("under_18_note=" + ("changed" if note else "cleared"))
        org.boys_age_limit = boys_age_limit
        org.under_18_note = note
        if changed:
            audit.record(session, vault.person, "settings_changed", detail=" ".join(changed))
        return ServiceRules(boys_age_limit, note)


__all__ = ["BOYS_AGE_MAX", "BOYS_AGE_MIN", "NOTE_MAX", "ServiceRules", "check_rules",
           "service_rules", "set_service_rules"]
