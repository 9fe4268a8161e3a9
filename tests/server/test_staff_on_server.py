"""Admin's staff work on a server (issue 17): refugedesk/staff.py, given a ServerVault, adds,
moves, switches off and on and resets colleagues through the server's functions, so each
change is her login role's as well as her row's, and her key slot follows."""

from __future__ import annotations

from typing import cast

import pytest
from sqlalchemy import select

from refugedesk import houses, staff
from refugedesk.db.models import Resident, Role, StaffMember
from refugedesk.db.vault import Vault
from refugedesk.errors import (
    AccountInactive,
    LastAdministrator,
    NotAllowed,
    UsernameTaken,
    WrongPassword,
)
from refugedesk.server.profile import ServerProfile
from refugedesk.server.vault import ServerVault

from .conftest import SecuredDatabase

PASSWORD = "fictional orchard lantern 42"
NEW_PASSWORD = "another fictional meadow 77"


@pytest.fixture
def admin(pg_secured: SecuredDatabase, profile: ServerProfile):
    with ServerVault.unlock(profile, pg_secured.admin, pg_secured.admin_password) as server:
        yield server


def _v(server: ServerVault) -> Vault:
    return cast(Vault, server)


def _username(db: SecuredDatabase, who: str) -> str:
    return f"{db.prefix}{who}"


def _member(server: ServerVault, staff_id: int) -> StaffMember:
    with server.session() as session:
        return session.get_one(StaffMember, staff_id)


def test_a_colleague_added_in_admin_signs_in_as_herself_and_reads_the_records(
        pg_secured: SecuredDatabase, profile: ServerProfile, admin: ServerVault) -> None:
    with admin.transaction() as session:
        session.add(Resident(reference="R-0001", name="Fictional Person", code_word="Heron"))
    name = _username(pg_secured, "amina")
    staff_id = staff.add_staff(_v(admin), username=name, display_name="Amina Fictional",
                               role=Role.SUPPORT_WORKER, password=PASSWORD)
    assert _member(admin, staff_id).role_enum is Role.SUPPORT_WORKER
    with ServerVault.unlock(profile, name, PASSWORD) as her:
        assert her.person.id == staff_id and her.person.role is Role.SUPPORT_WORKER
        with her.session() as session:
            assert session.scalars(select(Resident.code_word)).one() == "Heron"
        with pytest.raises(NotAllowed):  # a worker adds nobody, in the app or on the server
            staff.add_staff(_v(her), username=_username(pg_secured, "x"), display_name="X",
                            role=Role.ADMINISTRATOR, password=PASSWORD)
    with pytest.raises(UsernameTaken):
        staff.add_staff(_v(admin), username=name, display_name="Someone Else",
                        role=Role.SUPPORT_WORKER, password=PASSWORD)


def test_a_new_role_is_her_logins_too(pg_secured: SecuredDatabase, profile: ServerProfile,
                                      admin: ServerVault) -> None:
    name = _username(pg_secured, "bea")
    staff_id = staff.add_staff(_v(admin), username=name, display_name="Bea Fictional",
                               role=Role.SUPPORT_WORKER, password=PASSWORD)
    with ServerVault.unlock(profile, name, PASSWORD) as her, pytest.raises(NotAllowed):
        houses.add_house(_v(her), name="Rowan House", area="Northtown")
    staff.set_role(_v(admin), staff_id, Role.MANAGER)
    with ServerVault.unlock(profile, name, PASSWORD) as her:
        assert her.person.role is Role.MANAGER
        houses.add_house(_v(her), name="Rowan House", area="Northtown", address="1 Fictional Row")


def test_switched_off_she_cannot_sign_in_and_switched_on_only_her_new_password_works(
        pg_secured: SecuredDatabase, profile: ServerProfile, admin: ServerVault) -> None:
    name = _username(pg_secured, "cat")
    staff_id = staff.add_staff(_v(admin), username=name, display_name="Cat Fictional",
                               role=Role.SUPPORT_WORKER, password=PASSWORD)
    staff.deactivate(_v(admin), staff_id)
    assert not _member(admin, staff_id).active
    with pytest.raises(AccountInactive):
        ServerVault.unlock(profile, name, PASSWORD)
    staff.reactivate(_v(admin), staff_id, NEW_PASSWORD)
    with pytest.raises(WrongPassword):
        ServerVault.unlock(profile, name, PASSWORD)
    ServerVault.unlock(profile, name, NEW_PASSWORD).close()


def test_a_reset_password_replaces_the_old_one_for_login_and_key(
        pg_secured: SecuredDatabase, profile: ServerProfile, admin: ServerVault) -> None:
    name = _username(pg_secured, "dee")
    staff_id = staff.add_staff(_v(admin), username=name, display_name="Dee Fictional",
                               role=Role.SUPPORT_WORKER, password=PASSWORD)
    staff.reset_password(_v(admin), staff_id, NEW_PASSWORD)
    with pytest.raises(WrongPassword):
        ServerVault.unlock(profile, name, PASSWORD)
    ServerVault.unlock(profile, name, NEW_PASSWORD).close()


def test_she_changes_her_own_password_and_keeps_working(
        pg_secured: SecuredDatabase, profile: ServerProfile, admin: ServerVault) -> None:
    name = _username(pg_secured, "eve")
    staff.add_staff(_v(admin), username=name, display_name="Eve Fictional",
                    role=Role.SUPPORT_WORKER, password=PASSWORD)
    with ServerVault.unlock(profile, name, PASSWORD) as her:
        with her.session() as session:
            given = session.get_one(StaffMember, her.person.id).password_changed_at
        assert given is not None  # stamped when her administrator gave her the first one
        with pytest.raises(WrongPassword):
            staff.change_own_password(_v(her), "not her password at all", NEW_PASSWORD)
        staff.change_own_password(_v(her), PASSWORD, NEW_PASSWORD)
        with her.session() as session:  # a new connection, made with the new password
            assert session.scalars(select(StaffMember.username).where(
                StaffMember.id == her.person.id)).one() == name
            changed = session.get_one(StaffMember, her.person.id).password_changed_at
        assert changed is not None and changed > given
    with pytest.raises(WrongPassword):
        ServerVault.unlock(profile, name, PASSWORD)
    ServerVault.unlock(profile, name, NEW_PASSWORD).close()


def test_the_last_administrator_stays(pg_secured: SecuredDatabase,
                                      admin: ServerVault) -> None:
    assert admin.person.id is not None
    with pytest.raises(LastAdministrator):
        staff.deactivate(_v(admin), admin.person.id)
    with pytest.raises(LastAdministrator):
        staff.set_role(_v(admin), admin.person.id, Role.MANAGER)
    assert _member(admin, admin.person.id).active


def test_a_switched_off_administrators_open_connection_loses_her_powers_at_once(
        pg_secured: SecuredDatabase, profile: ServerProfile, admin: ServerVault) -> None:
    """NOLOGIN stops new connections only: she is taken out of every group too, so the
    psql she kept open can neither make a new administrator nor read the records."""
    import psycopg
    from psycopg import errors

    name = _username(pg_secured, "zed")
    zed_id = staff.add_staff(_v(admin), username=name, display_name="Zed Fictional",
                             role=Role.ADMINISTRATOR, password=PASSWORD)
    with psycopg.connect(pg_secured.conninfo(name, PASSWORD), autocommit=True) as kept:
        staff.deactivate(_v(admin), zed_id)
        with pytest.raises(errors.InsufficientPrivilege):
            kept.execute("SELECT refugedesk_add_staff('zed_again', 'Zed', 'administrator', "
                         "'SCRAM-SHA-256$4096:x')")
        with pytest.raises(errors.InsufficientPrivilege):
            kept.execute("SELECT name FROM resident")
