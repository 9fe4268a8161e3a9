"""Staff accounts: who may change them, the password rule, and the last administrator."""

from __future__ import annotations

import pytest
from conftest import ADMIN_PASSWORD, reopen
from helpers.raw import files_state

from refugedesk import staff
from refugedesk.db.keyslots import KeyFile, keyfile_path
from refugedesk.db.models import Role
from refugedesk.errors import (
    LastAdministrator,
    NotAllowed,
    UsernameTaken,
    ValidationError,
    WeakPassword,
)

GOOD = "copper kettle river 9"


@pytest.mark.parametrize("password, reason", [
    ("short1!", "at least 10 characters"),
    ("password123", "too common"),
    ("Welcome1!!", "too common"),
    ("aaaaaaaaaaaa", "wider mix"),
    ("12345678901", "only numbers"),
    ("bea-is-my-name-99", "username"),
])
def test_weak_passwords_are_refused_with_the_reason(new_vault, vault_path, password, reason):
    vault, _ = new_vault
    before = files_state(vault_path)
    with pytest.raises(WeakPassword) as info:
        staff.add_staff(vault, username="bea", display_name="Bea", role=Role.MANAGER,
                        password=password)
    assert reason in str(info.value)
    assert info.value.field == "password"
    assert password not in str(info.value)
    assert files_state(vault_path) == before


def test_password_problems_is_empty_for_a_good_password():
    assert staff.password_problems(GOOD, username="bea") == []


def test_username_taken_and_badly_formed(new_vault, vault_path):
    vault, _ = new_vault
    staff.add_staff(vault, username="bea", display_name="Bea", role=Role.MANAGER, password=GOOD)
    keys_before = KeyFile.load(keyfile_path(vault_path)).slot_ids()
    with pytest.raises(UsernameTaken) as info:
        staff.add_staff(vault, username=" BEA ", display_name="Another Bea",
                        role=Role.SUPPORT_WORKER, password="another good one 12")
    assert info.value.field == "username"
    # her slot was not replaced by the newcomer's: her password still opens the vault
    assert KeyFile.load(keyfile_path(vault_path)).slot_ids() == keys_before
    reopen(vault_path, "bea", GOOD).close()
    for bad in ("", "1abc", "a", "bad name", "ünï"):
        with pytest.raises(ValidationError):
            staff.add_staff(vault, username=bad, display_name="X", role=Role.MANAGER,
                            password=GOOD)


def test_support_workers_and_managers_cannot_manage_staff(new_vault, vault_path):
    vault, _ = new_vault
    bea = staff.add_staff(vault, username="bea", display_name="Bea", role=Role.MANAGER,
                          password=GOOD)
    cal = staff.add_staff(vault, username="cal", display_name="Cal",
                          role=Role.SUPPORT_WORKER, password="saffron tulip meadow 3")
    for username, password in (("cal", "saffron tulip meadow 3"), ("bea", GOOD)):
        with reopen(vault_path, username, password) as v:
            before = files_state(vault_path)
            with pytest.raises(NotAllowed):
                staff.add_staff(v, username="dee", display_name="Dee", role=Role.ADMINISTRATOR,
                                password="orange pebble forest 5")
            with pytest.raises(NotAllowed):
                staff.set_role(v, cal, Role.ADMINISTRATOR)
            with pytest.raises(NotAllowed):
                staff.deactivate(v, bea)
            with pytest.raises(NotAllowed):
                staff.reset_password(v, bea, "orange pebble forest 5")
            after = files_state(vault_path)
            assert after[keyfile_path(vault_path).name] == before[keyfile_path(vault_path).name]


def test_the_last_administrator_stays(new_vault, vault_path):
    vault, _ = new_vault
    ada = vault.person.id
    with pytest.raises(LastAdministrator):
        staff.deactivate(vault, ada)
    with pytest.raises(LastAdministrator):
        staff.set_role(vault, ada, Role.MANAGER)
    reopen(vault_path, "ada", ADMIN_PASSWORD).close()
    # with a second administrator, the first may step down
    bea = staff.add_staff(vault, username="bea", display_name="Bea",
                          role=Role.ADMINISTRATOR, password=GOOD)
    staff.set_role(vault, ada, Role.MANAGER)
    with reopen(vault_path, "bea", GOOD) as other, pytest.raises(LastAdministrator):
        staff.deactivate(other, bea)
    with reopen(vault_path, "ada", ADMIN_PASSWORD) as v:
        assert v.person.role is Role.MANAGER


def test_roles_take_effect_at_the_next_sign_in(new_vault, vault_path):
    vault, _ = new_vault
    cal = staff.add_staff(vault, username="cal", display_name="Cal",
                          role=Role.SUPPORT_WORKER, password=GOOD)
    staff.set_role(vault, cal, Role.MANAGER)
    with reopen(vault_path, "cal", GOOD) as v:
        assert v.person.role is Role.MANAGER and v.person.is_manager_or_admin
        assert not v.person.is_admin


def test_new_password_must_differ(new_vault):
    vault, _ = new_vault
    with pytest.raises(WeakPassword):
        staff.change_own_password(vault, ADMIN_PASSWORD, ADMIN_PASSWORD)


def test_a_demotion_or_switch_off_takes_effect_at_her_next_action(new_vault, vault_path):
    """Roles are re-read before each permission check, not taken from the sign-in snapshot."""
    from refugedesk import access
    from refugedesk.errors import AccountInactive

    ada, _ = new_vault
    bea_id = staff.add_staff(ada, username="bea", display_name="Bea", role=Role.ADMINISTRATOR,
                             password=GOOD)
    bea = reopen(vault_path, "bea", GOOD)
    try:
        ada_id = ada.person.id
        staff.set_role(bea, ada_id, Role.SUPPORT_WORKER)
        # Ada's window is still open with her administrator snapshot.
        with pytest.raises(NotAllowed):
            staff.add_staff(ada, username="cy", display_name="Cy", role=Role.MANAGER,
                            password=GOOD)
        with pytest.raises(NotAllowed):
            access.set_idle_lock(ada, 5)
        assert ada.person.role is Role.SUPPORT_WORKER
        staff.set_role(bea, ada_id, Role.ADMINISTRATOR)
        staff.deactivate(bea, ada_id)
        with pytest.raises(AccountInactive):
            access.set_idle_lock(ada, 5)
        assert access.organisation(bea).idle_lock_minutes == 10
        assert bea_id == bea.person.id
    finally:
        bea.close()
