"""A fictional refuge service for trying RefugeDesk. Every name here is made up.

The demo vault's three accounts are `admin`, `manager` and `worker`, each with the password
`demo`. A demo vault alone is exempt from the password rule; the app marks it DEMO everywhere.
"""

from __future__ import annotations

from pathlib import Path

from refugedesk import audit, staff
from refugedesk.db.models import Organisation, Role
from refugedesk.db.vault import Vault

DEMO_PASSWORD = "demo"
DEMO_ORGANISATION = "Demo Refuge Network (fictional)"
DEMO_STAFF = [
    # username, display name, role
    ("admin", "Alex Admin (demo)", Role.ADMINISTRATOR),
    ("manager", "Morgan Manager (demo)", Role.MANAGER),
    ("worker", "Sam Worker (demo)", Role.SUPPORT_WORKER),
]


def create_demo_vault(path: Path) -> Vault:
    """Make a demo vault at `path`, opened as `admin`. The recovery code is thrown away: the
    demo holds nothing worth recovering."""
    username, display_name, _role = DEMO_STAFF[0]
    vault, _code = Vault.create(path, organisation=DEMO_ORGANISATION, username=username,
                                display_name=display_name, password=DEMO_PASSWORD, demo=True)
    with vault.transaction() as session:
        audit.record(session, vault.person, "vault_created", detail="demo")
    for username, display_name, role in DEMO_STAFF[1:]:
        staff.add_staff(vault, username=username, display_name=display_name, role=role,
                        password=DEMO_PASSWORD, check_strength=False)
    return vault


def is_demo(vault: Vault) -> bool:
    from sqlalchemy import select

    with vault.session() as session:
        return bool(session.scalar(select(Organisation.is_demo)))
