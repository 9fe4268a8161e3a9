"""Every text the vault keeps has a length, refused at once with a typed error naming the
field (SQLite itself keeps any length: a 5,000-character staff name once stretched every
window it appeared in). Nothing already saved is touched by the refusal."""

from __future__ import annotations

import pytest
from conftest import ADMIN_PASSWORD, reopen
from sqlalchemy import select

from refugedesk import houses, residents, staff
from refugedesk.db.models import House, Resident, Role, StaffMember
from refugedesk.db.models.base import TEXT_LIMIT
from refugedesk.errors import RefugeDeskError, ValidationError

pytestmark = pytest.mark.both_engines  # each test on a file and on a server

STRONG = "willow lantern copper 47"


def test_a_5000_character_staff_name_is_refused_and_no_account_is_made(new_vault, vault_path):
    vault, _ = new_vault
    with pytest.raises(ValidationError) as caught:
        staff.add_staff(vault, username="longname", display_name="N" * 5000,
                        role=Role.SUPPORT_WORKER, password=STRONG)
    assert caught.value.field == "display_name" and "120 characters" in str(caught.value)
    with vault.session() as s:
        assert s.scalars(select(StaffMember.username)).all() == ["ada"]
    vault.close()
    # the vault still opens, and the refused account has no key slot
    reopen(vault_path, "ada", ADMIN_PASSWORD).close()
    with pytest.raises(RefugeDeskError):
        reopen(vault_path, "longname", STRONG)


def test_names_and_notes_keep_to_their_lengths_and_what_was_saved_stays(new_vault):
    vault, _ = new_vault
    house = houses.add_house(vault, name="Oak House", area="Northtown")
    rid = residents.create_resident(vault, reference="H-00001", name="Fay Grant (fictional)")
    with pytest.raises(ValidationError) as caught:
        houses.edit_house(vault, house, name="O" * 121)
    assert caught.value.field == "name"
    with pytest.raises(ValidationError) as caught:
        residents.update_resident(vault, rid, access_needs="x" * (TEXT_LIMIT + 1))
    assert caught.value.field == "access_needs"
    # at the limit is fine
    residents.update_resident(vault, rid, access_needs="x" * TEXT_LIMIT)
    with vault.session() as s:
        assert s.get_one(House, house).name == "Oak House"
        assert s.get_one(Resident, rid).name == "Fay Grant (fictional)"
        assert len(s.get_one(Resident, rid).access_needs) == TEXT_LIMIT
