"""The demo vault opens for each of its three accounts, and is really encrypted."""

from refugedesk import access
from refugedesk.demo import DEMO_ORGANISATION, DEMO_PASSWORD


def test_demo_accounts_sign_in(demo_vault, vault_path):
    demo_vault.close()
    for username, role in [("admin", "administrator"), ("manager", "manager"),
                           ("worker", "support_worker")]:
        vault = access.sign_in(vault_path, username, DEMO_PASSWORD)
        assert vault.person.role.value == role
        assert access.organisation(vault).is_demo
        vault.close()
    raw = vault_path.read_bytes()
    assert not raw.startswith(b"SQLite format 3")
    assert DEMO_ORGANISATION.encode() not in raw
