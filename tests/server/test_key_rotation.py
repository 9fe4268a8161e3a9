"""Changing the service key on a server (issue 17, refugedesk/server/key_rotation.py).

An administrator changes the key; every sealed value is sealed again under it; each person's
own slot is renewed at her next sign-in through a pending slot that only someone holding the
old key could have made. Every test signs in as staff do, through a profile (verified TLS)."""

from __future__ import annotations

import base64
import json
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime

import psycopg
import pytest
from psycopg import errors
from sqlalchemy import select, update

from refugedesk.db.keyslots import _pending_mac, _seal, slot_id_for
from refugedesk.db.models import AuditEvent, Handover, House, StaffMember
from refugedesk.errors import (
    KeyNotPassedOn,
    KeySlotAltered,
    NotAllowed,
    OthersSignedIn,
    RecoveryNotCarried,
    SealedValueUnreadable,
    ServerRecordsOlder,
    ServiceKeyChanged,
    VaultBusy,
    WrongRecoveryCode,
)
from refugedesk.server import key_slots
from refugedesk.server.key_rotation import rotate_service_key
from refugedesk.server.profile import ServerProfile
from refugedesk.server.staff import change_own_password, deactivate, reset_password
from refugedesk.server.vault import ServerVault

from .conftest import SecuredDatabase
from .test_sealed_on_server import PLANTED, _plant
from .test_server_vault import _staff


def _admin(db: SecuredDatabase, profile: ServerProfile) -> ServerVault:
    return ServerVault.unlock(profile, db.admin, db.admin_password)


def _planted(db: SecuredDatabase, profile: ServerProfile) -> None:
    """The planted crown jewels, with the handover sent (a kept record: its guard must be
    lifted for it to be sealed again)."""
    with _admin(db, profile) as admin:
        _plant(admin.engine)
        with admin.engine.begin() as conn:
            conn.execute(update(Handover).values(sealed_at=datetime.now(UTC)))


def _superuser(db: SecuredDatabase) -> psycopg.Connection:
    return psycopg.connect(db.superuser_conninfo(), autocommit=True)


def _stored_address(db: SecuredDatabase) -> str:
    with _superuser(db) as conn:
        row = conn.execute("SELECT address FROM house").fetchone()
    assert row is not None
    return str(row[0])


def _slot(db: SecuredDatabase, login: str) -> dict:
    with _superuser(db) as conn:
        row = conn.execute("SELECT slot FROM refugedesk_key_slot WHERE login = %s",
                           (login,)).fetchone()
    assert row is not None
    return dict(json.loads(row[0]))


def _pending_logins(db: SecuredDatabase) -> set[str]:
    with _superuser(db) as conn:
        return {r[0] for r in conn.execute("SELECT login FROM refugedesk_pending_key_slot")}


def test_a_new_key_seals_every_value_again_and_each_colleague_takes_it_at_sign_in(
        pg_secured: SecuredDatabase, profile: ServerProfile) -> None:
    worker = _staff(pg_secured, profile, "support_worker")
    _planted(pg_secured, profile)
    before = _stored_address(pg_secured)
    old = pg_secured.sealer
    with _superuser(pg_secured) as conn:
        changed_at = conn.execute("SELECT password_changed_at FROM staff_member "
                                  "WHERE username = %s", (worker[0],)).fetchone()

    steps: list[tuple[int, int]] = []
    with _admin(pg_secured, profile) as admin:
        rotated = rotate_service_key(admin, progress=lambda done, of: steps.append((done, of)))
        assert (rotated.generation, rotated.carried, rotated.left_out) == (2, 2, [])
        assert rotated.values >= len(PLANTED)
        assert steps[-1][0] == steps[-1][1] > 1
        # Her own copy goes on with the new key: reads, writes, and the check finds nothing.
        new = admin.engine.dialect.refugedesk_sealer  # type: ignore[attr-defined]
        assert new.generation == 2 and new.key != old.key
        assert admin.read(lambda s: s.scalars(select(House.address)).one()) \
            == PLANTED["address"]
        with admin.transaction() as session:
            session.scalars(select(House)).one().notes = "Fictional new note"
        assert admin.integrity_problems() == []
        kinds = admin.read(lambda s: list(s.scalars(select(AuditEvent.kind))))
        assert {"guards_lifted", "key_rotated"} <= set(kinds)

    stored = _stored_address(pg_secured)
    assert stored != before
    assert new.open("house.address", stored) == PLANTED["address"]
    with pytest.raises(SealedValueUnreadable):
        old.open("house.address", stored)
    assert _pending_logins(pg_secured) == {worker[0], pg_secured.admin, "refugedesk_recovery"}

    # The worker, who was away: her sign-in takes the new key and renews her slot.
    assert _slot(pg_secured, worker[0])["generation"] == 1
    with ServerVault.unlock(profile, *worker) as her:
        assert her.read(lambda s: s.scalars(select(House.address)).one()) == PLANTED["address"]
    assert _slot(pg_secured, worker[0])["generation"] == 2
    assert _pending_logins(pg_secured) == {pg_secured.admin, "refugedesk_recovery"}
    with _superuser(pg_secured) as conn:  # her password did not change
        assert conn.execute("SELECT password_changed_at FROM staff_member "
                            "WHERE username = %s", (worker[0],)).fetchone() == changed_at
    # And again, now from her renewed slot; the administrator's too.
    with ServerVault.unlock(profile, *worker) as her:
        assert her.read(lambda s: s.scalars(select(House.phone)).one()) == PLANTED["phone"]
    _admin(pg_secured, profile).close()
    assert _pending_logins(pg_secured) == {"refugedesk_recovery"}


def test_the_recovery_code_opens_the_new_key_after_a_change(
        pg_secured: SecuredDatabase, profile: ServerProfile) -> None:
    with _admin(pg_secured, profile) as admin:
        rotate_service_key(admin)
        new = admin.engine.dialect.refugedesk_sealer  # type: ignore[attr-defined]
    with _admin(pg_secured, profile) as admin, admin.engine.connect() as conn:
        with pytest.raises(WrongRecoveryCode):
            key_slots.open_with_recovery(conn, "ABCD-EFGH-JKLM-NPQR-STUV-WXYZ")
        assert key_slots.open_with_recovery(conn, pg_secured.recovery_code) == new
        conn.commit()
        assert key_slots.open_with_recovery(conn, pg_secured.recovery_code.lower()) == new
    assert _pending_logins(pg_secured) == set()


def test_a_copy_still_holding_the_old_key_saves_nothing_and_says_sign_in_again(
        pg_secured: SecuredDatabase, profile: ServerProfile) -> None:
    manager = _staff(pg_secured, profile, "manager")
    _planted(pg_secured, profile)
    old_copy = ServerVault.unlock(profile, *manager)
    try:
        with _admin(pg_secured, profile) as admin:
            # While she is connected, the key is not changed, and her name says why.
            with pytest.raises(OthersSignedIn) as refused:
                rotate_service_key(admin)
            assert manager[0] in refused.value.who
            assert _stored_address(pg_secured) and _pending_logins(pg_secured) == set()
            # Her laptop slept and its connections dropped; her copy still holds the old key.
            old_copy.engine.dispose()
            old_copy._reading_engine.dispose()
            rotate_service_key(admin)
        with pytest.raises(ServiceKeyChanged), old_copy.transaction() as session:
            session.scalars(select(House)).one().notes = "Written under the old key"
        # A save that reads nothing sealed first: the server's trigger refuses it.
        with pytest.raises(ServiceKeyChanged), old_copy.transaction() as session:
            session.add(House(name="Larch House", area="Northtown", opened_on=date(2021, 1, 1),
                              address="Written under the old key"))
        with pytest.raises(ServiceKeyChanged):
            old_copy.read(lambda s: s.scalars(select(House.address)).one())
        # The lock screen takes the new key, and her copy goes on.
        old_copy.verify_password(*manager)
        with old_copy.transaction() as session:
            session.scalars(select(House)).one().notes = "Written under the new key"
    finally:
        old_copy.close()
    with _admin(pg_secured, profile) as admin:
        assert admin.read(lambda s: s.scalars(select(House.notes)).one()) \
            == "Written under the new key"


def _their_pending(db: SecuredDatabase, login: str) -> dict:
    with _superuser(db) as conn:
        row = conn.execute("SELECT slot FROM refugedesk_pending_key_slot WHERE login = %s",
                           (login,)).fetchone()
    assert row is not None
    return dict(json.loads(row[0]))


def _put(db: SecuredDatabase, login: str, slot: dict, *, pending: bool = False) -> None:
    """As whoever runs the server: her slot (or pending slot) replaced."""
    table = "refugedesk_pending_key_slot" if pending else "refugedesk_key_slot"
    with _superuser(db) as conn:
        conn.execute(f"UPDATE {table} SET slot = %s WHERE login = %s",  # noqa: S608
                     (json.dumps(slot), login))


def _put_pending(db: SecuredDatabase, login: str, pending: dict) -> None:
    _put(db, login, pending, pending=True)


def test_a_new_key_left_by_whoever_runs_the_server_is_refused(
        pg_secured: SecuredDatabase, profile: ServerProfile) -> None:
    worker = _staff(pg_secured, profile, "support_worker")
    with _admin(pg_secured, profile) as admin:
        rotate_service_key(admin)
    real = _their_pending(pg_secured, worker[0])
    public = base64.b64decode(_slot(pg_secured, worker[0])["public"])
    service_id = pg_secured.sealer.service_id
    slot_id = slot_id_for(service_id, worker[0])
    chosen = secrets.token_bytes(32)  # a key of the server administrator's own choosing
    link = {"generation": 2, "sealed": _seal(service_id, slot_id, public, chosen, 2)}
    for mac in (None, _pending_mac(secrets.token_bytes(32), service_id, slot_id, 2, chosen)):
        forged = dict(link, **({"mac": base64.b64encode(mac).decode()} if mac else {}))
        _put_pending(pg_secured, worker[0], dict(real, chain=[forged]))
        with pytest.raises(KeySlotAltered):
            ServerVault.unlock(profile, *worker)
    # Nor may the chain be cut short, which would leave her sealing under an old key.
    _put_pending(pg_secured, worker[0], dict(real, chain=[]))
    with pytest.raises(KeySlotAltered):
        ServerVault.unlock(profile, *worker)
    _put_pending(pg_secured, worker[0], real)
    with _admin(pg_secured, profile) as admin:
        rotate_service_key(admin)
    longer = _their_pending(pg_secured, worker[0])
    assert [link["generation"] for link in longer["chain"]] == [2, 3]
    for cut in (longer["chain"][:1], longer["chain"][1:], longer["chain"][::-1]):
        _put_pending(pg_secured, worker[0], dict(longer, chain=cut))
        with pytest.raises(KeySlotAltered):
            ServerVault.unlock(profile, *worker)
    real = longer
    assert _slot(pg_secured, worker[0])["generation"] == 1  # nothing renewed
    _put_pending(pg_secured, worker[0], real)
    ServerVault.unlock(profile, *worker).close()
    assert _slot(pg_secured, worker[0])["generation"] == 3


def test_a_public_key_swapped_in_on_the_server_is_not_given_the_new_key(
        pg_secured: SecuredDatabase, profile: ServerProfile) -> None:
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    worker = _staff(pg_secured, profile, "support_worker")
    slot = _slot(pg_secured, worker[0])
    theirs = X25519PrivateKey.generate().public_key().public_bytes_raw()
    slot["public"] = base64.b64encode(theirs).decode()
    _put(pg_secured, worker[0], slot)
    with _admin(pg_secured, profile) as admin:
        rotated = rotate_service_key(admin)
    assert rotated.left_out == [worker[0]]
    assert worker[0] not in _pending_logins(pg_secured)
    # She is told plainly; a new password from her administrator lets her in again.
    with pytest.raises(KeyNotPassedOn):
        ServerVault.unlock(profile, *worker)
    with _admin(pg_secured, profile) as admin:
        member = admin.read(lambda s: s.scalars(select(StaffMember).where(
            StaffMember.username == worker[0])).one())
        reset_password(admin, member.id, "a new fictional password")
    with ServerVault.unlock(profile, worker[0], "a new fictional password") as her:
        her.read(lambda s: s.scalars(select(StaffMember)).all())


def test_someone_away_for_several_changes_takes_the_newest_key_at_sign_in(
        pg_secured: SecuredDatabase, profile: ServerProfile) -> None:
    worker = _staff(pg_secured, profile, "support_worker")
    _planted(pg_secured, profile)
    with _admin(pg_secured, profile) as admin:
        for _ in range(3):
            assert rotate_service_key(admin).left_out == []
        newest = admin.engine.dialect.refugedesk_sealer  # type: ignore[attr-defined]
    assert newest.generation == 4
    assert len(_their_pending(pg_secured, worker[0])["chain"]) == 3
    with ServerVault.unlock(profile, *worker) as her:
        assert her.read(lambda s: s.scalars(select(House.address)).one()) == PLANTED["address"]
        assert her.engine.dialect.refugedesk_sealer == newest  # type: ignore[attr-defined]
    # The recovery code, unused all along, opens the newest key too.
    with _admin(pg_secured, profile) as admin, admin.engine.connect() as conn:
        assert key_slots.open_with_recovery(conn, pg_secured.recovery_code) == newest
        conn.commit()
    assert _pending_logins(pg_secured) == set()


def test_only_an_administrator_changes_the_key_or_reads_the_slots_public_halves(
        pg_secured: SecuredDatabase, profile: ServerProfile) -> None:
    for role in ("support_worker", "manager"):
        name, password = _staff(pg_secured, profile, role)
        with ServerVault.unlock(profile, name, password) as her, pytest.raises(NotAllowed):
            rotate_service_key(her)
        with psycopg.connect(pg_secured.conninfo(name, password)) as conn:
            for sql in ("SELECT refugedesk_begin_key_rotation()",
                        "SELECT * FROM refugedesk_key_slot_publics()",
                        "SELECT refugedesk_put_pending_key_slot('x', '{}')",
                        "SELECT * FROM refugedesk_pending_key_slot"):
                with pytest.raises(errors.InsufficientPrivilege):
                    conn.execute(sql)
                conn.rollback()
            # Her own slot she may only replace with a slot's shape (a JSON object).
            with pytest.raises(errors.InvalidParameterValue):
                conn.execute("SELECT refugedesk_renew_my_key_slot('\"a slot\"')")
    with _superuser(pg_secured) as conn:
        assert conn.execute("SELECT generation FROM refugedesk_service_key").fetchone() == (1,)


def test_the_server_refuses_a_write_from_a_copy_that_says_it_holds_an_older_key(
        pg_secured: SecuredDatabase, profile: ServerProfile) -> None:
    _planted(pg_secured, profile)
    with _admin(pg_secured, profile) as admin:
        rotate_service_key(admin)
    info = pg_secured.conninfo(pg_secured.admin, pg_secured.admin_password)
    with psycopg.connect(info) as conn:
        conn.execute("SELECT set_config('refugedesk.key_generation', '1', false)")
        with pytest.raises(psycopg.Error) as refused:
            conn.execute("UPDATE house SET phone = 'rd1:AAAA'")
        assert refused.value.sqlstate == "RDK01"
        conn.rollback()
        # A column that is not sealed is not held to it.
        conn.execute("UPDATE house SET area = 'Fictional Vale'")


@contextmanager
def _admin_page(qtbot, db: SecuredDatabase, profile: ServerProfile) -> Iterator[tuple]:
    """The app on the profile, signed in as the first administrator, on her Admin page."""
    from ui.drive import click, sign_in

    from refugedesk.ui.controller import AppController

    assert profile.path is not None
    controller = AppController(profile.path)
    controller.start()
    try:
        main = sign_in(qtbot, controller, db.admin, db.admin_password)
        click(qtbot, main, "navAdmin")
        yield main, main.page_widget("admin")
    finally:
        controller.dispose()


def test_an_administrator_changes_the_key_from_her_admin_page(
        qtbot, pg_secured: SecuredDatabase, profile: ServerProfile, tmp_path) -> None:
    """From the screens, in the background: a colleague whose slot cannot be carried (its
    public key swapped on the server) is named, plainly, for a new password."""
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
    from PySide6.QtWidgets import QLabel, QPushButton
    from ui.drive import click, find, settle

    _planted(pg_secured, profile)
    carried = _staff(pg_secured, profile, "support_worker")
    swapped = _staff(pg_secured, profile, "support_worker")
    slot = _slot(pg_secured, swapped[0])
    slot["public"] = base64.b64encode(
        X25519PrivateKey.generate().public_key().public_bytes_raw()).decode()
    _put(pg_secured, swapped[0], slot)
    with _admin_page(qtbot, pg_secured, profile) as (main, page):
        button = find(page, QPushButton, "rotateKeyButton")
        assert button.isVisible() and button.text() == "Change the service key…"
        click(qtbot, page, "rotateKeyButton")
        assert page.dialog.windowTitle() == "Change the service key?"
        click(qtbot, page.dialog, "confirmYesButton")
        settle(qtbot, page.job)
        message = find(page, QLabel, "adminMessage").text()
        assert message.startswith("The service has a new key."), message
        assert swapped[0] in message and carried[0] not in message
        page.grab().save(str(tmp_path / "admin-after-key-change.png"))
        # Her copy goes on with the new key.
        assert main.vault.read(lambda s: s.scalars(select(House.address)).one()) \
            == PLANTED["address"]
    with ServerVault.unlock(profile, *carried) as her:
        assert her.read(lambda s: s.scalars(select(House.address)).one()) == PLANTED["address"]


def test_a_value_changed_on_the_server_stops_the_change_and_nothing_is_half_done(
        pg_secured: SecuredDatabase, profile: ServerProfile) -> None:
    _planted(pg_secured, profile)
    with _superuser(pg_secured) as conn:
        room_id = conn.execute("SELECT id FROM room").fetchone()[0]  # type: ignore[index]
        conn.execute("UPDATE room SET notes = 'rd1:AAAAAAAAAAAAAAAAAAAAAAAAAAAA'")
    before = _stored_address(pg_secured)
    with _admin(pg_secured, profile) as admin:
        with pytest.raises(SealedValueUnreadable) as stopped:
            rotate_service_key(admin)
        assert "room.notes" in str(stopped.value) and f"record {room_id}" in str(stopped.value)
        # Her copy keeps the key as it was, and so does the server.
        assert admin.engine.dialect.refugedesk_sealer == pg_secured.sealer  # type: ignore[attr-defined]
        assert admin.read(lambda s: s.scalars(select(House.address)).one()) \
            == PLANTED["address"]
    with _superuser(pg_secured) as conn:
        assert conn.execute("SELECT generation FROM refugedesk_service_key").fetchone() == (1,)
        kinds = {r[0] for r in conn.execute("SELECT kind FROM audit_event")}
    assert _pending_logins(pg_secured) == set() and _stored_address(pg_secured) == before
    assert "key_rotated" not in kinds and "guards_lifted" not in kinds


def _as_made_before_vouching(db: SecuredDatabase, login: str) -> None:
    """Her slot as RefugeDesk made it before slots said their generation and were vouched
    for (what a server set up before 2026-12-01 holds)."""
    slot = _slot(db, login)
    del slot["generation"], slot["vouched"]
    _put(db, login, slot)


def test_a_server_set_up_before_slots_were_vouched_for_can_change_its_key(
        pg_secured: SecuredDatabase, profile: ServerProfile) -> None:
    worker = _staff(pg_secured, profile, "support_worker")
    for login in (worker[0], pg_secured.admin, "refugedesk_recovery"):
        _as_made_before_vouching(pg_secured, login)
    # Her next sign-in renews her slot in the form that can be carried.
    ServerVault.unlock(profile, *worker).close()
    assert "vouched" in _slot(pg_secured, worker[0])
    with _admin(pg_secured, profile) as admin:
        # The recovery code's slot cannot be carried without the code: nothing changes.
        with pytest.raises(RecoveryNotCarried):
            rotate_service_key(admin)
        with pytest.raises(WrongRecoveryCode):
            rotate_service_key(admin, recovery_code="ABCD-EFGH-JKLM-NPQR-STUV-WXYZ")
        assert _pending_logins(pg_secured) == set()
        rotated = rotate_service_key(admin, recovery_code=pg_secured.recovery_code)
        new = admin.engine.dialect.refugedesk_sealer  # type: ignore[attr-defined]
    # The administrator signed in before her slot was renewed: it is carried all the same.
    assert rotated.left_out == []
    with ServerVault.unlock(profile, *worker) as her:
        assert her.engine.dialect.refugedesk_sealer == new  # type: ignore[attr-defined]
    with _admin(pg_secured, profile) as admin, admin.engine.connect() as conn:
        assert key_slots.open_with_recovery(conn, pg_secured.recovery_code) == new


def test_who_the_change_leaves_alone_and_who_it_waits_for(
        pg_secured: SecuredDatabase, profile: ServerProfile) -> None:
    leaver = _staff(pg_secured, profile, "support_worker")
    spoiler = _staff(pg_secured, profile, "support_worker")
    slot = _slot(pg_secured, leaver[0])
    with _admin(pg_secured, profile) as admin:
        member = admin.read(lambda s: s.scalars(select(StaffMember).where(
            StaffMember.username == leaver[0])).one())
        deactivate(admin, member.id)
    with _superuser(pg_secured) as conn:  # a slot row left behind for her on the server
        conn.execute("INSERT INTO refugedesk_key_slot (login, slot) VALUES (%s, %s)",
                     (leaver[0], json.dumps(slot)))
    # A worker who spoils her own slot leaves herself out, not everyone; a slot that is not
    # an object at all is refused.
    with psycopg.connect(pg_secured.conninfo(*spoiler), autocommit=True) as conn:
        conn.execute("""SELECT refugedesk_set_my_key_slot('{"generation": "x"}')""")
        with pytest.raises(errors.InvalidParameterValue):
            conn.execute("SELECT refugedesk_set_my_key_slot('[1]')")
    # Her own login on another computer is someone else: the laptop left signed in.
    with psycopg.connect(pg_secured.conninfo(pg_secured.admin, pg_secured.admin_password)), \
            _admin(pg_secured, profile) as admin, pytest.raises(OthersSignedIn) as refused:
        rotate_service_key(admin)
    assert refused.value.who == [pg_secured.admin]
    with _admin(pg_secured, profile) as admin:
        rotated = rotate_service_key(admin)
    assert rotated.left_out == [spoiler[0]]
    assert leaver[0] not in _pending_logins(pg_secured)


def test_she_changes_her_password_after_the_key_changed_under_her(
        pg_secured: SecuredDatabase, profile: ServerProfile) -> None:
    # An administrator of the test's own: logins are the whole server's, and the template's
    # first administrator signs in to every other test's copy.
    _planted(pg_secured, profile)
    name, password = _staff(pg_secured, profile, "administrator")
    with ServerVault.unlock(profile, name, password) as admin:
        rotate_service_key(admin)
        new = admin.engine.dialect.refugedesk_sealer  # type: ignore[attr-defined]
        change_own_password(admin, password, "a fresh fictional passphrase")
    with ServerVault.unlock(profile, name, "a fresh fictional passphrase") as again:
        assert again.engine.dialect.refugedesk_sealer == new  # type: ignore[attr-defined]
        assert again.read(lambda s: s.scalars(select(House.address)).one()) \
            == PLANTED["address"]
    assert name not in _pending_logins(pg_secured)


def test_admin_asks_for_the_recovery_code_once_on_a_server_set_up_before_vouching(
        qtbot, pg_secured: SecuredDatabase, profile: ServerProfile, tmp_path) -> None:
    from PySide6.QtWidgets import QLabel, QLineEdit
    from ui.drive import click, find, settle

    from refugedesk.ui.staff_dialogs import RecoveryCodeDialog

    _as_made_before_vouching(pg_secured, "refugedesk_recovery")
    with _admin_page(qtbot, pg_secured, profile) as (main, page):

        def ask() -> RecoveryCodeDialog:
            click(qtbot, page, "rotateKeyButton")
            click(qtbot, page.dialog, "confirmYesButton")
            settle(qtbot, page.job)
            assert "Type the recovery code" in find(page, QLabel, "adminMessage").text()
            dialog = page.dialog
            assert isinstance(dialog, RecoveryCodeDialog) and dialog.isVisible()
            return dialog

        dialog = ask()
        click(qtbot, dialog, "rotateRecoverySave")  # nothing typed: said beside the box
        assert find(dialog, QLabel, "rotateRecoveryMessage").text() == \
            "Type the recovery code."
        dialog.grab().save(str(tmp_path / "recovery-code.png"))
        find(dialog, QLineEdit, "rotateRecoveryCode").setText("ABCD-EFGH-JKLM-NPQR-STUV-WXYZ")
        click(qtbot, dialog, "rotateRecoverySave")
        settle(qtbot, page.job)
        assert "recovery code" in find(page, QLabel, "adminMessage").text().lower()
        assert main.vault.engine.dialect.refugedesk_sealer.generation == 1

        dialog = ask()
        find(dialog, QLineEdit, "rotateRecoveryCode").setText(pg_secured.recovery_code)
        click(qtbot, dialog, "rotateRecoverySave")
        settle(qtbot, page.job)
        assert find(page, QLabel, "adminMessage").text().startswith(
            "The service has a new key.")
        assert main.vault.engine.dialect.refugedesk_sealer.generation == 2


def test_a_recovery_slot_changed_or_taken_away_on_the_server_stops_the_change(
        pg_secured: SecuredDatabase, profile: ServerProfile) -> None:
    """Not taken for an older RefugeDesk's slot (which would ask for the code): a sign of
    tampering, and the change would lose the organisation's way back in."""
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    slot = _slot(pg_secured, "refugedesk_recovery")
    swapped = dict(slot, public=base64.b64encode(
        X25519PrivateKey.generate().public_key().public_bytes_raw()).decode())
    for change in ("swap", "delete"):
        if change == "swap":
            _put(pg_secured, "refugedesk_recovery", swapped)
        else:
            with _superuser(pg_secured) as conn:
                conn.execute("DELETE FROM refugedesk_key_slot WHERE login = %s",
                             ("refugedesk_recovery",))
        with _admin(pg_secured, profile) as admin, pytest.raises(KeySlotAltered) as stopped:
            rotate_service_key(admin, recovery_code=pg_secured.recovery_code)
        assert "recovery code's key on the server" in str(stopped.value)
        with _superuser(pg_secured) as conn:
            assert conn.execute("SELECT generation FROM refugedesk_service_key").fetchone() \
                == (1,)
        assert _pending_logins(pg_secured) == set()


def test_a_slot_that_is_not_a_slot_leaves_only_its_owner_out(
        pg_secured: SecuredDatabase, profile: ServerProfile) -> None:
    worker = _staff(pg_secured, profile, "support_worker")
    with _superuser(pg_secured) as conn:  # written before slots had to be JSON objects
        conn.execute("UPDATE refugedesk_key_slot SET slot = '[1]' WHERE login = %s",
                     (worker[0],))
    with _admin(pg_secured, profile) as admin:
        assert rotate_service_key(admin).left_out == [worker[0]]


def test_a_change_waits_only_a_little_for_a_transaction_left_open(
        pg_secured: SecuredDatabase, profile: ServerProfile) -> None:
    with _superuser(pg_secured) as holder:
        holder.execute("BEGIN")
        holder.execute("SELECT generation FROM refugedesk_service_key")  # holds its lock
        with _admin(pg_secured, profile) as admin, pytest.raises(VaultBusy):
            rotate_service_key(admin)
        holder.execute("ROLLBACK")
    with _superuser(pg_secured) as conn:
        assert conn.execute("SELECT generation FROM refugedesk_service_key").fetchone() == (1,)


def test_signing_in_to_a_server_not_yet_upgraded_for_this_copy_says_so(
        pg_secured: SecuredDatabase, profile: ServerProfile) -> None:
    """The key change's functions came without a migration: a server whose rules are older
    is ServerRecordsOlder (run server upgrade), not a database error."""
    with _superuser(pg_secured) as conn:
        conn.execute("DROP FUNCTION refugedesk_my_pending_key_slot()")
    with pytest.raises(ServerRecordsOlder):
        ServerVault.unlock(profile, pg_secured.admin, pg_secured.admin_password)
