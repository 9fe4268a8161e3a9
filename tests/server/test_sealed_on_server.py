"""The crown jewels never reach the server in clear (issue 17): the app seals them under the
service key (refugedesk/db/sealed.py), which each staff member opens through her own key slot
in a server table she cannot read (refugedesk/server/key_slots.py).

Every test connects as a staff member would, with her own login over verified TLS."""

from __future__ import annotations

import base64
import json
import secrets
import subprocess
from datetime import UTC, date, datetime, timedelta

import psycopg
import pytest
from psycopg import errors
from sqlalchemy import Engine, create_engine, select
from sqlalchemy.exc import DBAPIError, StatementError
from sqlalchemy.orm import Session

from refugedesk.db import sealed
from refugedesk.db.models import (
    Abuser,
    Contact,
    ContactMode,
    ContactPlace,
    Handover,
    House,
    IntakeDraft,
    Resident,
    Role,
    Room,
    StaffMember,
)
from refugedesk.errors import (
    KeySlotAltered,
    NoKeySlot,
    SealedValueUnreadable,
    ServiceKeyMissing,
    WrongPassword,
    WrongRecoveryCode,
)
from refugedesk.server import key_slots

from .conftest import SecuredDatabase, scram_verifier

#: Planted in the sealed columns: none may appear anywhere on the server.
PLANTED = {
    "address": "17 Zebrafinch Crescent, Quillbury QB9 7ZZ",
    "phone": "07700 900417",
    "house notes": "Back gate code 4471, the key is under the heron",
    "room notes": "Window faces Marigoldvale Lane",
    "code word": "Periwinkle",
    "times to avoid": "Never before Thursbridge school run",
    "gp": "Dr Ottoline Fennimore, Quillbury Surgery",
    "abuser name": "Barnaby Wolfsbane-Tredgold",
    "abuser description": "Tall, scar on left hand, drives for Brisklane Taxis",
    "vehicle": "Mauve estate car WX99 QZQ",
    "known areas": "Quillbury\nNether Hockwold",
    "contact notes": "She told me about the Saltmarsh allotment",
    "handover": "Watch for the mauve estate near Tamarisk Lane",
    "draft": "Her sister lives at 3 Pennyroyal Court",
}


def _engine(db: SecuredDatabase, who: tuple[str, str], *, with_key: bool = True) -> Engine:
    """Her own connection; with the service key opened through her own slot."""
    engine = create_engine(db.url(*who))
    if with_key:
        with engine.connect() as conn:
            sealed.attach(engine, key_slots.open_service_key(conn, *who))
    return engine


def _admin(db: SecuredDatabase) -> tuple[str, str]:
    return db.admin, db.admin_password


def _add_worker(db: SecuredDatabase, *, slot: bool = True) -> tuple[str, str]:
    """A worker made as Admin will: her login through refugedesk_add_staff, then her key slot
    sealed to her first password by the administrator, who holds the service key."""
    name, password = f"{db.prefix}w{secrets.token_hex(3)}", secrets.token_urlsafe(12)
    info = db.conninfo(*_admin(db))
    with psycopg.connect(info, autocommit=True) as conn:
        conn.execute("SELECT refugedesk_add_staff(%s, %s, %s, %s)",
                     (name, "Fictional Worker", "support_worker",
                      scram_verifier(info, name, password)))
    if slot:
        admin = _engine(db, _admin(db))
        with admin.begin() as conn:
            key_slots.give_key_slot(conn, key_slots.open_service_key(conn, *_admin(db)),
                                    name, password)
        admin.dispose()
    return name, password


def _plant(engine: Engine) -> None:
    now = datetime.now(UTC)
    with Session(engine) as session, session.begin():
        staff = session.scalars(select(StaffMember).where(
            StaffMember.role == Role.ADMINISTRATOR)).one()
        house = House(name="Hollyhock House", area="Northtown", opened_on=date(2020, 1, 1),
                      address=PLANTED["address"], phone=PLANTED["phone"],
                      notes=PLANTED["house notes"])
        room = Room(house=house, name="1", opened_on=date(2020, 1, 1),
                    notes=PLANTED["room notes"])
        resident = Resident(reference="R-0001", name="Fictional Person",
                            code_word=PLANTED["code word"],
                            times_to_avoid=PLANTED["times to avoid"], gp=PLANTED["gp"])
        session.add_all([house, room, resident])
        session.flush()
        session.add_all([
            Abuser(resident_id=resident.id, name=PLANTED["abuser name"],
                   description=PLANTED["abuser description"], vehicle=PLANTED["vehicle"],
                   known_areas=PLANTED["known areas"]),
            Contact(resident_id=resident.id, at=now, mode=ContactMode.FACE_TO_FACE,
                    place=ContactPlace.HER_ROOM, notes=PLANTED["contact notes"]),
            Handover(period_start=now - timedelta(hours=8), period_end=now,
                     from_staff_id=staff.id, to_staff_id=staff.id,
                     draft=json.dumps({"free_text": PLANTED["handover"]}),
                     notes=json.dumps({"1": PLANTED["handover"]})),
            IntakeDraft(data=json.dumps({"sister": PLANTED["draft"]})),
        ])


def test_the_crown_jewels_are_sealed_on_the_server_and_read_back_whole(
        pg_secured: SecuredDatabase) -> None:
    admin = _engine(pg_secured, _admin(pg_secured))
    _plant(admin)
    with Session(admin) as session:
        house = session.scalars(select(House)).one()
        abuser = session.scalars(select(Abuser)).one()
        handover = session.scalars(select(Handover)).one()
        assert (house.address, house.phone) == (PLANTED["address"], PLANTED["phone"])
        assert (abuser.name, abuser.known_areas) == (PLANTED["abuser name"],
                                                    PLANTED["known areas"])
        assert json.loads(handover.draft) == {"free_text": PLANTED["handover"]}
    admin.dispose()
    # What the server holds: ciphertext, and JSON columns still valid JSON (a string).
    with psycopg.connect(pg_secured.superuser_conninfo()) as conn:
        stored = conn.execute("SELECT address, phone, notes FROM house").fetchone()
        draft = conn.execute("SELECT draft FROM handover").fetchone()
    assert stored is not None and all(v.startswith(sealed.PREFIX) for v in stored)
    assert draft is not None and json.loads(draft[0]).startswith(sealed.PREFIX)


def test_a_dump_of_the_database_holds_none_of_the_crown_jewels(
        pg_secured: SecuredDatabase) -> None:
    """What the server's administrator, a backup of the server or a stolen dump sees."""
    admin = _engine(pg_secured, _admin(pg_secured))
    _plant(admin)
    admin.dispose()
    server = pg_secured.server
    assert server.bin_dir is not None
    dumped = subprocess.run(
        [str(server.bin_dir / "pg_dump"), "--no-password", "--dbname",
         pg_secured.superuser_conninfo()],
        capture_output=True, check=True, timeout=120).stdout.decode("utf-8")
    assert "Fictional Person" in dumped  # the control: names stay in clear, for search
    assert "Hollyhock House" in dumped
    assert dumped.count(sealed.PREFIX) >= len(PLANTED)
    for what, value in PLANTED.items():
        # The whole text, and each of its made-up names and numbers ("school" is a column's).
        for part in {value, *(w for w in value.split()
                              if len(w) >= 4 and (w != w.lower() or w.isdigit()))}:
            assert part not in dumped, f"{what} reached the server in clear: {part!r}"


def test_without_the_service_key_nothing_sealed_is_sent(pg_secured: SecuredDatabase) -> None:
    engine = _engine(pg_secured, _admin(pg_secured), with_key=False)
    with pytest.raises(StatementError) as raised, Session(engine) as session, session.begin():
        session.add(House(name="Hollyhock House", area="Northtown",
                          opened_on=date(2020, 1, 1), address=PLANTED["address"]))
    assert isinstance(raised.value.orig, ServiceKeyMissing)
    with Session(engine) as session:
        assert session.scalars(select(House)).all() == []
    engine.dispose()


@pytest.mark.parametrize("damage", ["moved to another column", "written in clear",
                                    "another service's key"])
def test_a_sealed_value_changed_on_the_server_is_refused_not_shown(
        pg_secured: SecuredDatabase, damage: str) -> None:
    admin = _engine(pg_secured, _admin(pg_secured))
    _plant(admin)
    with psycopg.connect(pg_secured.superuser_conninfo(), autocommit=True) as conn:
        if damage == "moved to another column":
            conn.execute("UPDATE house SET notes = address")
        elif damage == "written in clear":
            conn.execute("UPDATE house SET notes = 'Left in clear by someone'")
    if damage == "another service's key":
        sealed.attach(admin, sealed.Sealer(secrets.token_bytes(32), secrets.token_hex(16)))
    with Session(admin) as session, pytest.raises(SealedValueUnreadable):
        session.scalars(select(House.notes)).all()
    admin.dispose()


# --- the key slots -----------------------------------------------------------------------------

def test_a_worker_opens_the_service_key_with_her_own_password_only(
        pg_secured: SecuredDatabase) -> None:
    worker = _add_worker(pg_secured)
    admin = _engine(pg_secured, _admin(pg_secured))
    _plant(admin)
    admin.dispose()
    engine = _engine(pg_secured, worker)
    with Session(engine) as session:
        assert session.scalars(select(Resident.code_word)).one() == PLANTED["code word"]
    with engine.connect() as conn, pytest.raises(WrongPassword):
        key_slots.open_service_key(conn, worker[0], "not her password at all")
    engine.dispose()


def test_a_worker_cannot_read_the_slots_or_give_or_take_one(
        pg_secured: SecuredDatabase) -> None:
    worker = _add_worker(pg_secured)
    for statement in ["SELECT * FROM refugedesk_key_slot",
                      "UPDATE refugedesk_key_slot SET slot = '{}'",
                      "DELETE FROM refugedesk_key_slot",
                      "SELECT refugedesk_recovery_key_slot()",
                      f"SELECT refugedesk_put_key_slot('{worker[0]}', '{{}}')",
                      "UPDATE refugedesk_service_key SET generation = 2"]:
        with psycopg.connect(pg_secured.conninfo(*worker), autocommit=True) as conn, \
                pytest.raises(errors.InsufficientPrivilege):
            conn.execute(statement)
    # Her own slot is all she is handed, and it is not the administrator's.
    with psycopg.connect(pg_secured.conninfo(*worker), autocommit=True) as conn:
        mine = conn.execute("SELECT refugedesk_my_key_slot()").fetchone()
    with psycopg.connect(pg_secured.superuser_conninfo()) as conn:
        slots = dict(conn.execute("SELECT login, slot FROM refugedesk_key_slot").fetchall())
    assert mine == (slots[worker[0]],)
    assert slots[pg_secured.admin] != slots[worker[0]]


def test_a_slot_copied_to_another_login_does_not_open(pg_secured: SecuredDatabase) -> None:
    """The slot's associated data names its owner: the server's administrator cannot hand one
    person's slot to another login."""
    first, second = _add_worker(pg_secured), _add_worker(pg_secured)
    with psycopg.connect(pg_secured.superuser_conninfo(), autocommit=True) as conn:
        conn.execute("UPDATE refugedesk_key_slot SET slot = (SELECT slot FROM "
                     "refugedesk_key_slot WHERE login = %s) WHERE login = %s",
                     (first[0], second[0]))
    engine = create_engine(pg_secured.url(*second))
    # Her password does not open it under another name (the wrapping's associated data).
    with engine.connect() as conn, pytest.raises(WrongPassword):
        key_slots.open_service_key(conn, second[0], first[1])
    engine.dispose()


def _rewrite_slot(db: SecuredDatabase, login: str, change) -> None:
    """As the server's administrator: her slot, changed by `change(slot dict)`."""
    with psycopg.connect(db.superuser_conninfo(), autocommit=True) as conn:
        row = conn.execute("SELECT slot FROM refugedesk_key_slot WHERE login = %s",
                           (login,)).fetchone()
        assert row is not None
        slot = json.loads(row[0])
        change(slot)
        conn.execute("UPDATE refugedesk_key_slot SET slot = %s WHERE login = %s",
                     (json.dumps(slot), login))


def _seal_a_key_of_my_own(db: SecuredDatabase, login: str, key: bytes):
    """What the server's administrator could do without anyone's password: seal a key she
    chose to the slot's public key (the sealing needs only that)."""
    from refugedesk.db import keyslots

    with psycopg.connect(db.superuser_conninfo()) as conn:
        service_id, generation = conn.execute(
            "SELECT service_id, generation FROM refugedesk_service_key").fetchone() or ("", 0)

    def change(slot: dict) -> None:
        public = base64.b64decode(slot["public"])
        slot["sealed"] = keyslots._seal(service_id, keyslots.slot_id_for(service_id, login),
                                        public, key, generation)
    return change


def test_a_key_of_the_servers_administrators_choosing_is_refused(
        pg_secured: SecuredDatabase) -> None:
    """Her slot's sealed key replaced by one the server's administrator knows: her password
    still opens the slot's private key, but the key is not the one her slot committed to,
    so it is never used (else she would seal new records under a key someone else holds)."""
    worker = _add_worker(pg_secured)
    chosen = secrets.token_bytes(32)
    _rewrite_slot(pg_secured, worker[0], _seal_a_key_of_my_own(pg_secured, worker[0], chosen))
    engine = create_engine(pg_secured.url(*worker))
    with engine.connect() as conn, pytest.raises(KeySlotAltered):
        key_slots.open_service_key(conn, *worker)
    # Taking the commitment away as well does not help.
    _rewrite_slot(pg_secured, worker[0], lambda slot: slot.pop("commitment"))
    with engine.connect() as conn, pytest.raises(KeySlotAltered):
        key_slots.open_service_key(conn, *worker)
    engine.dispose()


def test_another_slots_commitment_does_not_pass(pg_secured: SecuredDatabase) -> None:
    """A colleague's commitment (made under her password) moved into the worker's slot."""
    first, second = _add_worker(pg_secured), _add_worker(pg_secured)
    with psycopg.connect(pg_secured.superuser_conninfo()) as conn:
        row = conn.execute("SELECT slot FROM refugedesk_key_slot WHERE login = %s",
                           (first[0],)).fetchone()
    assert row is not None
    theirs = json.loads(row[0])["commitment"]
    _rewrite_slot(pg_secured, second[0], lambda slot: slot.update(commitment=theirs))
    engine = create_engine(pg_secured.url(*second))
    with engine.connect() as conn, pytest.raises(KeySlotAltered):
        key_slots.open_service_key(conn, *second)
    engine.dispose()


def test_an_altered_slot_is_a_plain_message_at_sign_in(pg_secured: SecuredDatabase,
                                                       profile: object) -> None:
    from refugedesk.server.vault import ServerVault

    worker = _add_worker(pg_secured)
    _rewrite_slot(pg_secured, worker[0],
                  _seal_a_key_of_my_own(pg_secured, worker[0], secrets.token_bytes(32)))
    with pytest.raises(KeySlotAltered) as raised:
        ServerVault.unlock(profile, *worker)
    assert "changed" in str(raised.value)


def test_switching_a_worker_off_takes_her_slot(pg_secured: SecuredDatabase) -> None:
    worker = _add_worker(pg_secured)
    with psycopg.connect(pg_secured.conninfo(*_admin(pg_secured)), autocommit=True) as conn:
        conn.execute("SELECT refugedesk_set_staff(%s, 'support_worker', false)", (worker[0],))
        conn.execute("SELECT refugedesk_set_staff(%s, 'support_worker', true)", (worker[0],))
    # Switched on again, she signs in but her old slot is gone: the key needs a new one.
    engine = create_engine(pg_secured.url(*worker))
    with engine.connect() as conn, pytest.raises(NoKeySlot):
        key_slots.open_service_key(conn, *worker)
    with engine.connect() as conn, pytest.raises(DBAPIError) as raised:
        conn.exec_driver_sql("SELECT refugedesk_set_my_key_slot('{}')")
    assert isinstance(raised.value.orig, errors.UndefinedObject)
    engine.dispose()


def test_a_slot_is_given_only_to_an_active_staff_member(pg_secured: SecuredDatabase) -> None:
    worker = _add_worker(pg_secured, slot=False)
    admin = _engine(pg_secured, _admin(pg_secured))
    with admin.begin() as conn, pytest.raises(DBAPIError) as raised:
        key_slots.give_key_slot(conn, key_slots.open_service_key(conn, *_admin(pg_secured)),
                                "someone_not_on_the_staff", "a password of hers")
    assert isinstance(raised.value.orig, errors.UndefinedObject)
    with admin.begin() as conn:
        key_slots.give_key_slot(conn, key_slots.open_service_key(conn, *_admin(pg_secured)),
                                worker[0], worker[1])
    admin.dispose()
    _engine(pg_secured, worker).dispose()


def test_a_new_password_opens_her_slot_and_the_old_one_no_longer_does(
        pg_secured: SecuredDatabase) -> None:
    name, old = _add_worker(pg_secured)
    new = "a brand new fictional passphrase"
    engine = create_engine(pg_secured.url(name, old))
    with engine.begin() as conn:
        before = key_slots.open_service_key(conn, name, old)
        key_slots.change_my_password(conn, name, old, new)
    with engine.connect() as conn:
        with pytest.raises(WrongPassword):
            key_slots.open_service_key(conn, name, old)
        assert key_slots.open_service_key(conn, name, new) == before
    engine.dispose()


def test_the_recovery_code_opens_the_service_key_for_an_administrator(
        pg_secured: SecuredDatabase) -> None:
    engine = _engine(pg_secured, _admin(pg_secured), with_key=False)
    with engine.connect() as conn:
        assert key_slots.open_with_recovery(conn, pg_secured.recovery_code.lower()) \
            == pg_secured.sealer
        with pytest.raises(WrongRecoveryCode):
            key_slots.open_with_recovery(conn, "ABCD-EFGH-JKLM-NPQR-STUV-WXYZ")
    engine.dispose()
