"""Backing up and restoring a service's server with pg_dump and pg_restore (issue 17,
docs/server.md "Backups"): the dump carries the records (the crown jewels sealed), the audit
chain and its head, and the key slots; restored, everyone signs in as before with the same
passwords, every record is the same, the chain verifies and goes on, and the recovery code
still opens it. Without the key slots a restore opens nothing."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import cast

import psycopg
import pytest
from psycopg import sql
from sqlalchemy import select

from refugedesk import access, audit, capacity, houses, residents, staff
from refugedesk.db.models import Base, House, Role
from refugedesk.db.vault import Vault
from refugedesk.errors import NoKeySlot
from refugedesk.server import key_slots
from refugedesk.server.profile import ServerProfile
from refugedesk.server.vault import ServerVault

from .conftest import SecuredDatabase, office_profile

WORKER_PASSWORD = "fictional orchard lantern 42"


def _profile(db: SecuredDatabase, name: str, folder: Path) -> ServerProfile:
    return office_profile(db.server, name, folder)


@pytest.fixture
def service(pg_secured: SecuredDatabase, tmp_path: Path) -> SecuredDatabase:
    """A server with a house, a resident staying, a worker and some history."""
    if not pg_secured.server.tls:
        pytest.skip(pg_secured.server.tls_missing_reason)
    profile = _profile(pg_secured, pg_secured.name, tmp_path)
    with ServerVault.unlock(profile, pg_secured.admin, pg_secured.admin_password) as server:
        admin = cast(Vault, server)
        house = houses.add_house(admin, name="Hollyhock House", area="Northtown",
                                 address="17 Zebrafinch Crescent",
                                 opened_on=date.today() - timedelta(days=30))
        room = houses.add_room(admin, house_id=house, name="1",
                               opened_on=date.today() - timedelta(days=30))
        stay = capacity.arrive(admin, on=date.today() - timedelta(days=3),
                               name="Marigold Fictional", room_id=room)
        rid = residents.create_resident(admin, reference="R-0001", name="Marigold Fictional")
        residents.link_stay(admin, stay_id=stay, resident_id=rid)
        staff.add_staff(admin, username=f"{pg_secured.prefix}wren", display_name="Wren",
                        role=Role.SUPPORT_WORKER, password=WORKER_PASSWORD)
    return pg_secured


def _dump(db: SecuredDatabase, out: Path, *extra: str) -> None:
    assert db.server.bin_dir is not None
    subprocess.run([str(db.server.bin_dir / "pg_dump"), "--format=custom", "--file", str(out),
                    *extra, "--dbname", db.superuser_conninfo()],
                   check=True, capture_output=True, timeout=120)


@pytest.fixture
def restored(service: SecuredDatabase) -> Iterator[list[str]]:
    """The databases a test restored into, dropped before the service's roles are."""
    names: list[str] = []
    yield names
    for name in names:
        service.server.drop_database(name)


def _restore(db: SecuredDatabase, dump: Path, made: list[str]) -> str:
    """Into a new database on the same server (its roles are the server's), as pg_restore
    does it: owners as they were, triggers made after the data."""
    assert db.server.bin_dir is not None
    name = db.server.create_database()
    made.append(name)
    with psycopg.connect(db.server.conninfo(), autocommit=True) as conn:
        conn.execute(sql.SQL("ALTER DATABASE {} OWNER TO {}").format(
            sql.Identifier(name), sql.Identifier(db.owner)))
    subprocess.run([str(db.server.bin_dir / "pg_restore"), "--exit-on-error", "--dbname",
                    db.server.conninfo(name), str(dump)],
                   check=True, capture_output=True, timeout=120)
    return name


def _tables(vault: ServerVault) -> dict[str, list[tuple]]:
    with vault.session() as session:
        return {t.name: session.execute(select(t).order_by(*t.primary_key.columns)).all()
                for t in Base.metadata.sorted_tables}


def test_a_restored_dump_is_the_same_service(service: SecuredDatabase, restored: list[str],
                                             tmp_path: Path) -> None:
    dump = tmp_path / "refuge.dump"
    _dump(service, dump)
    copy = _restore(service, dump, restored)
    before_profile = _profile(service, service.name, tmp_path)
    after_profile = _profile(service, copy, tmp_path)
    with ServerVault.unlock(before_profile, service.admin, service.admin_password) as before, \
            ServerVault.unlock(after_profile, service.admin, service.admin_password) as after:
        assert _tables(after) == _tables(before)
        with after.session() as session:
            assert session.scalars(select(House.address)).one() == "17 Zebrafinch Crescent"
            assert audit.verify(session).ok
        access.lock(cast(Vault, after))  # the chain goes on from where the dump left it
        with after.session() as session:
            chain = audit.verify(session)
        assert chain.ok and chain.events == len(_tables(before)["audit_event"]) + 1
    # A colleague signs in to the restored copy with her own password, as before.
    ServerVault.unlock(after_profile, f"{service.prefix}wren", WORKER_PASSWORD).close()
    # And the recovery code still opens the service key there.
    with ServerVault.unlock(after_profile, service.admin, service.admin_password) as after, \
            after.engine.connect() as conn:
        assert key_slots.open_with_recovery(conn, service.recovery_code) == service.sealer


def test_a_dump_without_the_key_slots_opens_nothing(service: SecuredDatabase,
                                                    restored: list[str], tmp_path: Path) -> None:
    dump = tmp_path / "no-slots.dump"
    _dump(service, dump, "--exclude-table-data=refugedesk_key_slot")
    copy = _restore(service, dump, restored)
    with pytest.raises(NoKeySlot):
        ServerVault.unlock(_profile(service, copy, tmp_path), service.admin,
                           service.admin_password)


def test_the_roles_dump_holds_verifiers_not_passwords(service: SecuredDatabase) -> None:
    """What a restore onto a new server needs first (pg_dumpall --roles-only): the logins and
    their groups, each password only as its SCRAM verifier."""
    assert service.server.bin_dir is not None
    roles = subprocess.run(
        [str(service.server.bin_dir / "pg_dumpall"), "--roles-only", "--dbname",
         service.superuser_conninfo()],
        check=True, capture_output=True, timeout=60).stdout.decode()
    assert f"{service.prefix}wren" in roles and "SCRAM-SHA-256$" in roles
    assert WORKER_PASSWORD not in roles and service.admin_password not in roles
