"""Her own language: each person works in English or Cymraeg (issue 18).

The choice is hers alone: `set_own_language` changes the language of whoever is acting and
nobody else's (there is no staff id to pass, so no one can set a colleague's). It is kept in
the vault (StaffMember.language, migration 0009) and used from her next sign-in on; the
window that sets it switches its words at once (refugedesk/ui/main_window.py).

Changing it is recorded like the app's other settings ("settings_changed"), with the code it
was set to: a language is no secret, and the audit trail then says when the app's words
changed for her.
"""

from __future__ import annotations

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from refugedesk import audit, i18n
from refugedesk.db import sealed
from refugedesk.db.models import StaffMember
from refugedesk.db.vault import Person, Vault
from refugedesk.errors import NotAllowed, ValidationError
from refugedesk.i18n import translate


def check_code(code: str) -> str:
    """`code` when RefugeDesk speaks it; a plain refusal otherwise."""
    if code not in i18n.LANGUAGES:
        raise ValidationError(translate("Language", "RefugeDesk speaks English and Cymraeg: "
                                        "choose one of them."), field="language")
    return code


def own_language(session: Session, actor: Person) -> str:
    """The language `actor` works in ("en" when nobody is on file: the recovery code)."""
    if actor.id is None:
        return i18n.ENGLISH
    stored = session.scalar(select(StaffMember.language).where(StaffMember.id == actor.id))
    return i18n.known(stored)


def set_own_language(session: Session, actor: Person, code: str) -> str:
    """Set the language of `actor` herself to `code`, inside the caller's transaction.
    Returns the code. Refused for the recovery code (it is nobody's account)."""
    code = check_code(code)
    if actor.id is None:
        raise NotAllowed()
    member = session.get(StaffMember, actor.id)
    if member is None or not member.active:
        raise NotAllowed()
    if member.language != code:
        if sealed.seals(session.get_bind().dialect):
            # On a server staff may not write staff rows: her own language goes through
            # the one function that changes only that (server/roles.py).
            session.execute(text("SELECT refugedesk_set_my_language(:code)"), {"code": code})
            session.expire(member)
        else:
            member.language = code
            member.updated_by_id = actor.id
        audit.record(session, actor, "settings_changed", record_type="staff",
                     record_id=member.id, detail=f"language={code}")
    return code


def set_mine(vault: Vault, code: str) -> str:
    """Set the signed-in person's own language to `code` (its own transaction)."""
    check_code(code)
    with vault.transaction() as session:
        return set_own_language(session, vault.person, code)


def mine(vault: Vault) -> str:
    """The signed-in person's own language."""
    return vault.read(lambda session: own_language(session, vault.person))


__all__ = ["check_code", "mine", "own_language", "set_mine", "set_own_language"]
