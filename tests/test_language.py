"""Her own language (issue 18): hers alone to set, a known code only, kept in the vault."""

from __future__ import annotations

import pytest
from conftest import reopen
from sqlalchemy import select

from refugedesk import language, staff
from refugedesk.db.models import AuditEvent, Role, StaffMember
from refugedesk.db.vault import RECOVERY_PERSON
from refugedesk.errors import NotAllowed, ValidationError

pytestmark = pytest.mark.both_engines  # each test on a file and on a server

WORKER_PASSWORD = "quiet harbour kettle 7"


@pytest.fixture
def worker(new_vault, vault_path):
    """Ada (administrator) and Bea (support worker), Bea signed in on a vault of her own."""
    vault, _ = new_vault
    staff.add_staff(vault, username="bea", display_name="Bea Test", role=Role.SUPPORT_WORKER,
                    password=WORKER_PASSWORD)
    bea = reopen(vault_path, "bea", WORKER_PASSWORD)
    yield vault, bea
    bea.close()


def _languages(vault) -> dict[str, str]:
    with vault.session() as session:
        return dict(session.execute(select(StaffMember.username, StaffMember.language)).all())


def test_everyone_starts_in_english(worker):
    admin, bea = worker
    assert _languages(admin) == {"ada": "en", "bea": "en"}
    assert language.mine(bea) == "en"


def test_a_worker_sets_her_own_language_and_nobody_elses(worker):
    admin, bea = worker
    assert language.set_mine(bea, "cy") == "cy"
    assert _languages(admin) == {"ada": "en", "bea": "cy"}
    assert language.mine(bea) == "cy"
    assert language.mine(admin) == "en"
    # The one way in names no colleague: inside a transaction it is the actor's own row.
    with bea.transaction() as session:
        language.set_own_language(session, bea.person, "en")
    assert _languages(admin) == {"ada": "en", "bea": "en"}


def test_changing_it_is_recorded_as_a_setting_and_once(worker):
    admin, bea = worker
    language.set_mine(bea, "cy")
    language.set_mine(bea, "cy")  # no change: nothing more recorded
    with admin.session() as session:
        events = session.scalars(select(AuditEvent).where(
            AuditEvent.kind == "settings_changed", AuditEvent.actor == "bea")).all()
    assert [(e.record_type, e.detail) for e in events] == [("staff", "language=cy")]


@pytest.mark.parametrize("code", ["fr", "", "CY", "cymraeg"])
def test_an_unknown_language_is_refused_plainly(worker, code):
    _, bea = worker
    with pytest.raises(ValidationError) as raised:
        language.set_mine(bea, code)
    assert raised.value.field == "language"
    assert "English and Cymraeg" in str(raised.value)
    assert language.mine(bea) == "en"


def test_the_recovery_code_has_no_language_of_its_own(new_vault):
    vault, _ = new_vault
    with vault.transaction() as session:
        assert language.own_language(session, RECOVERY_PERSON) == "en"
        with pytest.raises(NotAllowed):
            language.set_own_language(session, RECOVERY_PERSON, "cy")


@pytest.mark.file_only("a row written by a newer version, simulated by writing staff_member, which staff may not on a server")
def test_a_stored_language_from_a_newer_version_reads_as_english(worker):
    admin, bea = worker
    with admin.transaction() as session:
        member = session.scalars(select(StaffMember).where(StaffMember.username == "bea")).one()
        member.language = "xx"
    assert language.mine(bea) == "en"


def test_her_language_is_not_a_change_to_who_may_do_what(worker, vault_path):
    """The signed staff roster guards who may do what; her language is outside it, so choosing
    Welsh leaves the vault sound and every account signing in as before."""
    from refugedesk import access

    admin, bea = worker
    language.set_mine(bea, "cy")
    bea.close()
    with reopen(vault_path, "bea", WORKER_PASSWORD) as again:
        assert language.mine(again) == "cy"
        assert access.check(again) == []
    assert access.check(admin) == []
