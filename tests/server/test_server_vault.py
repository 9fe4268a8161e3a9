"""The domain on a server (issue 17): `ServerVault` opens the service's server as a staff member
(her own login, TLS verified against a `.rdserver` profile, the service key through her own
slot), and the same domain functions a file vault runs work through it: houses, a referral, an
offer, an arrival, the board, a handover sent and acknowledged, the audit chain."""

from __future__ import annotations

import secrets
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import cast

import psycopg
import pytest
from PySide6.QtWidgets import QLabel
from sqlalchemy import select

from refugedesk import audit, capacity, handover, houses, occupancy_board, referrals
from refugedesk.db import migrate
from refugedesk.db.models import (
    House,
    Organisation,
    ReferralChannel,
    ReferralSource,
    RiskLevel,
    Role,
    StaffMember,
)
from refugedesk.db.vault import Vault
from refugedesk.errors import (
    AccountInactive,
    NotAllowed,
    RoomNotFree,
    ServerNotTrusted,
    ServerRecordsNewer,
    ServerRecordsOlder,
    ServerUnreachable,
    WrongPassword,
)
from refugedesk.server import key_slots
from refugedesk.server.profile import ServerProfile
from refugedesk.server.vault import ServerVault

from .conftest import SecuredDatabase, scram_verifier


def _staff(db: SecuredDatabase, profile: ServerProfile, role: str) -> tuple[str, str]:
    """A colleague added as Admin will: her login, then her key slot."""
    name, password = f"{db.prefix}{role[:3]}{secrets.token_hex(2)}", secrets.token_urlsafe(12)
    info = db.conninfo(db.admin, db.admin_password)
    with psycopg.connect(info, autocommit=True) as conn:
        conn.execute("SELECT refugedesk_add_staff(%s, %s, %s, %s)",
                     (name, f"Fictional {role}", role, scram_verifier(info, name, password)))
    with ServerVault.unlock(profile, db.admin, db.admin_password) as admin, \
            admin.engine.begin() as conn:
        key_slots.give_key_slot(conn, key_slots.open_service_key(conn, db.admin,
                                                                 db.admin_password),
                                name, password)
    return name, password


def _as_vault(vault: ServerVault) -> Vault:
    """The domain's functions name the file vault's class; a ServerVault has the surface they
    use (person, confirm_person, session, read, transaction)."""
    return cast(Vault, vault)


def test_the_domain_books_a_room_and_hands_over_through_a_server(
        pg_secured: SecuredDatabase, profile: ServerProfile) -> None:
    today = date.today()
    worker_login = _staff(pg_secured, profile, "support_worker")
    with ServerVault.unlock(profile, pg_secured.admin, pg_secured.admin_password) as server:
        admin = _as_vault(server)
        assert server.person.role is Role.ADMINISTRATOR
        house = houses.add_house(admin, name="Hollyhock House", area="Northtown",
                                 address="17 Zebrafinch Crescent", phone="07700 900417")
        room = houses.add_room(admin, house_id=house, name="1")
        houses.add_room(admin, house_id=house, name="2")
        with server.session() as session:
            assert session.get(House, house).address == "17 Zebrafinch Crescent"
    with ServerVault.unlock(profile, *worker_login) as server:
        worker = _as_vault(server)
        referral = referrals.receive(worker, name="Fictional Person",
                                     channel=ReferralChannel.PHONE,
                                     source=ReferralSource.POLICE, risk_level=RiskLevel.HIGH)
        held = capacity.offer(worker, referral_id=referral, room_id=room, arriving=today,
                              nights=14, held_until=datetime.now(UTC) + timedelta(days=1))
        other = referrals.receive(worker, name="Another Person", channel=ReferralChannel.EMAIL,
                                  source=ReferralSource.MARAC, risk_level=RiskLevel.MEDIUM)
        with pytest.raises(RoomNotFree):
            capacity.offer(worker, referral_id=other, room_id=room, arriving=today, nights=7,
                           held_until=datetime.now(UTC) + timedelta(days=1))
        stay = capacity.arrive(worker, on=today, name="Fictional Person", reservation_id=held)
        with server.session() as session:
            board = occupancy_board.board(session, on=today)
            assert stay and board is not None
            draft = handover.draft(session)
        with pytest.raises(NotAllowed):  # a worker adds no houses, here or on the server
            houses.add_house(worker, name="Another House", area="Southtown")
        with server.session() as session:
            admin_id = session.scalar(select(StaffMember.id).where(
                StaffMember.username == pg_secured.admin))
        assert admin_id is not None
        sent = handover.send(worker, draft, to_staff_id=admin_id, shift="Night on call")
    with ServerVault.unlock(profile, pg_secured.admin, pg_secured.admin_password) as server:
        handover.acknowledge(_as_vault(server), sent)
        with server.session() as session:
            report = audit.verify(session)
    assert report.ok, report.problems
    assert report.events >= 8


def test_signing_in_to_a_server_refuses_plainly(pg_secured: SecuredDatabase,
                                                profile: ServerProfile, tmp_path: Path) -> None:
    with pytest.raises(WrongPassword):
        ServerVault.unlock(profile, pg_secured.admin, "not the right password")
    worker = _staff(pg_secured, profile, "support_worker")
    with psycopg.connect(pg_secured.conninfo(pg_secured.admin, pg_secured.admin_password),
                         autocommit=True) as conn:
        conn.execute("SELECT refugedesk_set_staff(%s, 'support_worker', false)", (worker[0],))
    with pytest.raises(AccountInactive):
        ServerVault.unlock(profile, *worker)
    # Nobody listening on that port: unreachable, and nothing kept here.
    closed = ServerProfile("localhost", _closed_port(), profile.database,
                           profile.ca_pem).save(tmp_path / "nowhere.rdserver")
    with pytest.raises(ServerUnreachable):
        ServerVault.unlock(closed, pg_secured.admin, pg_secured.admin_password)
    # Another authority's certificate: the server is not believed, the password not sent.
    other_ca = _other_ca(tmp_path)
    stranger = ServerProfile("localhost", profile.port, profile.database,
                             other_ca).save(tmp_path / "stranger.rdserver")
    with pytest.raises(ServerNotTrusted):
        ServerVault.unlock(stranger, pg_secured.admin, pg_secured.admin_password)


@pytest.mark.parametrize("revision, refused", [("0008", ServerRecordsOlder),
                                               ("0010", ServerRecordsNewer),
                                               ("zzzz", ServerRecordsNewer),
                                               (None, ServerRecordsNewer)])
def test_records_in_another_form_than_this_copy_uses_are_not_opened(
        pg_secured: SecuredDatabase, profile: ServerProfile, revision: str | None,
        refused: type[Exception]) -> None:
    """A server is shared by every office: a copy of RefugeDesk older or newer than its
    records must not write to them with models of another shape (None: no version at all,
    not RefugeDesk's records)."""
    with psycopg.connect(pg_secured.superuser_conninfo(), autocommit=True) as conn:
        if revision is None:
            conn.execute("ALTER TABLE alembic_version RENAME TO alembic_version_gone")
        else:
            conn.execute("UPDATE alembic_version SET version_num = %s", (revision,))
    with pytest.raises(refused) as raised:
        ServerVault.unlock(profile, pg_secured.admin, pg_secured.admin_password)
    assert "nothing was changed" in str(raised.value)
    with psycopg.connect(pg_secured.superuser_conninfo(), autocommit=True) as conn:
        if revision is None:
            conn.execute("ALTER TABLE alembic_version_gone RENAME TO alembic_version")
        conn.execute("UPDATE alembic_version SET version_num = %s", (migrate.HEAD,))
        events = conn.execute("SELECT count(*) FROM audit_event WHERE kind = 'sign_in'")
        assert events.fetchone() == (0,)  # refused before anything was written
    ServerVault.unlock(profile, pg_secured.admin, pg_secured.admin_password).close()


def test_the_sign_in_window_says_so_when_the_records_are_older(
        qtbot, pg_secured: SecuredDatabase, profile: ServerProfile) -> None:
    from ui.drive import sign_in

    from refugedesk.ui.controller import AppController

    with psycopg.connect(pg_secured.superuser_conninfo(), autocommit=True) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0008'")
    assert profile.path is not None
    controller = AppController(profile.path)
    controller.start()
    try:
        window = sign_in(qtbot, controller, pg_secured.admin, pg_secured.admin_password)
        assert type(window).__name__ != "MainWindow"
        shown = " ".join(label.text() for label in window.findChildren(QLabel)
                         if label.isVisible())
        assert "older form" in shown, shown
    finally:
        controller.dispose()


def test_a_colleague_switched_off_meanwhile_is_stopped_at_her_next_action(
        pg_secured: SecuredDatabase, profile: ServerProfile) -> None:
    worker = _staff(pg_secured, profile, "support_worker")
    with ServerVault.unlock(profile, *worker) as server:
        with psycopg.connect(pg_secured.conninfo(pg_secured.admin, pg_secured.admin_password),
                             autocommit=True) as conn:
            conn.execute("SELECT refugedesk_set_staff(%s, 'support_worker', false)",
                         (worker[0],))
        with pytest.raises(AccountInactive):
            referrals.receive(_as_vault(server), name="Fictional Person",
                              channel=ReferralChannel.PHONE, source=ReferralSource.POLICE,
                              risk_level=RiskLevel.HIGH)


def _closed_port() -> int:
    import socket

    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _other_ca(folder: Path) -> str:
    import subprocess

    key, cert = folder / "other.key", folder / "other.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                    "-subj", "/CN=localhost", "-keyout", str(key), "-out", str(cert)],
                   check=True, capture_output=True)
    return cert.read_text()


def test_two_offices_changing_the_same_records_at_once_save_one_and_tell_the_other(
        pg_secured: SecuredDatabase, profile: ServerProfile) -> None:
    """SERIALIZABLE in place of a file's one writer at a time: each reads the referrals and
    adds one, as if alone; the second to finish is refused whole, with a plain message."""
    from refugedesk.db.models import Referral
    from refugedesk.errors import VaultBusy

    def add(session) -> None:
        session.scalars(select(Referral)).all()
        session.add(Referral(received_at=datetime.now(UTC), channel=ReferralChannel.PHONE,
                             source=ReferralSource.POLICE, name="Fictional Person",
                             risk_level=RiskLevel.HIGH))
        session.flush()

    first = ServerVault.unlock(profile, pg_secured.admin, pg_secured.admin_password)
    second = ServerVault.unlock(profile, pg_secured.admin, pg_secured.admin_password)
    try:
        with pytest.raises(VaultBusy), first.transaction() as one:
            add(one)
            with second.transaction() as two:
                add(two)
        with second.session() as session:
            assert len(session.scalars(select(Referral)).all()) == 1
    finally:
        first.close()
        second.close()


def test_a_profile_keeps_only_the_certificate_and_asks_for_scram_bound_to_tls(
        pg_secured: SecuredDatabase, profile: ServerProfile, tmp_path: Path) -> None:
    """A certificate file given with its private key in it: only the certificate is copied
    for the offices. And her password only ever goes into SCRAM bound to the TLS session."""
    key = "-----BEGIN PRIVATE KEY-----\nMIIfictional\n-----END PRIVATE KEY-----\n"
    saved = ServerProfile(profile.host, profile.port, profile.database,
                          key + profile.ca_pem).save(tmp_path / "with-key.rdserver")
    assert "PRIVATE KEY" not in saved.ca_path.read_text()
    assert "PRIVATE KEY" not in ServerProfile.load(saved.path).ca_pem
    url = saved.url("someone", "a password")
    assert "require_auth=scram-sha-256" in url and "channel_binding=require" in url
    # The real server accepts it: SCRAM with channel binding over verified TLS.
    ServerVault.unlock(saved, pg_secured.admin, pg_secured.admin_password).close()


def _cut_off(db: SecuredDatabase, login: str) -> int:
    """The server drops every connection `login` has (a restart, a network cut)."""
    with psycopg.connect(db.superuser_conninfo(), autocommit=True) as conn:
        cut = conn.execute("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                           "WHERE usename = %s AND datname = %s", (login, db.name)).fetchone()
    return int(cut[0]) if cut else 0


def test_a_connection_dropped_while_it_sat_unused_is_replaced_unseen(
        pg_secured: SecuredDatabase, profile: ServerProfile, monkeypatch) -> None:
    """A pooled connection unused for a while is checked before use (one in steady use is
    not: that would cost every action a round trip); one dropped meanwhile is replaced."""
    from refugedesk.server import vault as server_vault

    with ServerVault.unlock(profile, pg_secured.admin, pg_secured.admin_password) as vault:
        vault.read(lambda s: s.scalars(select(House.name)).all())
        assert _cut_off(pg_secured, pg_secured.admin) >= 1  # reading's and writing's
        # Just used: not checked, so the action says the server cannot be reached (nothing
        # was half-saved) and the pool starts afresh for the next.
        with pytest.raises(ServerUnreachable):
            vault.read(lambda s: s.scalars(select(House.name)).all())
        vault.read(lambda s: s.scalars(select(House.name)).all())
        assert _cut_off(pg_secured, pg_secured.admin) >= 1  # reading's and writing's
        monkeypatch.setattr(server_vault, "PING_AFTER_IDLE", 0.0)  # as if it sat for a while
        assert vault.read(lambda s: s.scalars(select(House.name)).all()) == []
        with vault.transaction() as session:
            assert session.scalar(select(Organisation.name))


def test_reading_sends_no_transaction_and_cannot_change_anything(
        pg_secured: SecuredDatabase, profile: ServerProfile) -> None:
    """A reading session runs each statement on its own (no BEGIN and ROLLBACK around a
    search: two round trips fewer), and is held to reading: a change sent through it is
    refused before it reaches the server, where a file vault's reading session would keep
    nothing of it."""
    from sqlalchemy import func, text, update
    from sqlalchemy.exc import DBAPIError

    from refugedesk.db.reading import ReadingSessionWrote

    with ServerVault.unlock(profile, pg_secured.admin, pg_secured.admin_password) as vault:
        with vault.session() as s:
            # each statement its own transaction: now() is each one's own start
            first = s.scalar(select(func.now()))
            second = s.scalar(select(func.now()))
            assert first != second
            name = s.scalar(select(Organisation.name))
            with pytest.raises(ReadingSessionWrote):
                s.execute(update(Organisation).values(name="Changed while reading"))
            s.add(House(name="Added while reading", area="Nowhere", opened_on=date(2026, 1, 1)))
            with pytest.raises(ReadingSessionWrote):
                s.flush()
        with vault.session() as s:
            # What passes as a SELECT the server itself refuses on a reading connection.
            with pytest.raises(DBAPIError) as refused:
                s.execute(text("SELECT nextval('house_id_seq')"))
            assert getattr(refused.value.orig, "sqlstate", None) == "25006"  # read-only
        with vault.transaction() as s:
            # inside a transaction now() holds still, as it should
            assert s.scalar(select(func.now())) == s.scalar(select(func.now()))
            assert s.scalar(select(Organisation.name)) == name
            assert s.scalar(select(House.id).where(House.name == "Added while reading")) is None
