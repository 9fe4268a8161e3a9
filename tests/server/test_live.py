"""Live (issue 17): a change committed in one office reaches the others as it commits, through
LISTEN/NOTIFY, saying which table changed and nothing else."""

from __future__ import annotations

import queue
import time
from datetime import UTC, date, datetime
from pathlib import Path
from typing import cast

import psycopg
import pytest
from PySide6.QtGui import QAction

from refugedesk import capacity, houses, referrals
from refugedesk.db.models import Referral, ReferralChannel, ReferralSource, RiskLevel
from refugedesk.db.vault import Vault
from refugedesk.errors import ServerUnreachable
from refugedesk.server.vault import ServerVault

from .conftest import SecuredDatabase, office_profile


@pytest.fixture
def offices(pg_secured: SecuredDatabase, tmp_path: Path):
    """Two copies of RefugeDesk signed in to one server (the same administrator, as on an
    office PC and at home)."""
    profile = office_profile(pg_secured.server, pg_secured.name, tmp_path)
    here = ServerVault.unlock(profile, pg_secured.admin, pg_secured.admin_password)
    home = ServerVault.unlock(profile, pg_secured.admin, pg_secured.admin_password)
    yield here, home
    here.close()
    home.close()


def _listening(vault: ServerVault):
    heard: queue.Queue[tuple[float, set[str]]] = queue.Queue()
    lost: queue.Queue[BaseException] = queue.Queue()
    listener = vault.listen(lambda tables: heard.put((time.perf_counter(), tables)), lost.put)
    assert listener.listening.wait(10)  # it connects on its own thread
    return listener, heard, lost


def test_a_booking_in_one_office_reaches_the_other_as_it_commits(offices) -> None:
    here, home = offices
    house = houses.add_house(cast(Vault, here), name="Hollyhock House", area="Northtown")
    room = houses.add_room(cast(Vault, here), house_id=house, name="1")
    listener, heard, _lost = _listening(home)
    try:
        started = time.perf_counter()
        capacity.arrive(cast(Vault, here), on=date.today(), name="Fictional Person",
                        room_id=room)
        at, tables = heard.get(timeout=10)
        print(f"\nseen at home {1000 * (at - started):.0f} ms after the booking began")
        seen = set(tables)
        while not heard.empty():
            seen |= heard.get()[1]
        assert "stay" in seen
    finally:
        listener.stop()


def test_nothing_is_sent_for_what_was_undone_and_nothing_names_anyone(
        offices, pg_secured: SecuredDatabase) -> None:
    here, home = offices
    listener, heard, _lost = _listening(home)
    try:
        with pytest.raises(RuntimeError), here.transaction() as session:
            session.add(Referral(received_at=datetime.now(UTC), channel=ReferralChannel.PHONE,
                                 source=ReferralSource.POLICE, name="Fictional Person",
                                 risk_level=RiskLevel.HIGH))
            session.flush()  # written, then undone: the worker cancelled
            raise RuntimeError("the worker cancelled")
        time.sleep(1.5)
        assert heard.empty()
        # What does arrive carries the table's name only.
        with psycopg.connect(pg_secured.conninfo(pg_secured.admin, pg_secured.admin_password),
                             autocommit=True) as conn:
            conn.execute("LISTEN refugedesk")
            referrals.receive(cast(Vault, here), name="Fictional Person",
                              channel=ReferralChannel.PHONE, source=ReferralSource.POLICE,
                              risk_level=RiskLevel.HIGH)
            notes = list(conn.notifies(timeout=5, stop_after=1))
        assert [n.payload for n in notes] == ['{"table" : "referral"}']
    finally:
        listener.stop()


def test_a_listener_cut_off_says_so(offices, pg_secured: SecuredDatabase) -> None:
    _here, home = offices
    listener, _heard, lost = _listening(home)
    try:
        with psycopg.connect(pg_secured.superuser_conninfo(), autocommit=True) as conn:
            conn.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                         "WHERE query LIKE 'LISTEN%%' AND datname = %s", (pg_secured.name,))
        # Typed as the window shows it: the server cannot be reached.
        assert isinstance(lost.get(timeout=10), ServerUnreachable)
    finally:
        listener.stop()


def test_the_window_hears_another_offices_booking_and_its_views_are_told(
        qtbot, offices) -> None:
    """The on-call worker's window at home: a booking made in an office reaches her views as
    the same 'stays changed' a booking made on her own computer announces."""
    from refugedesk.ui import operations
    from refugedesk.ui.changes import Change
    from refugedesk.ui.main_window import MainWindow

    here, home = offices
    house = houses.add_house(cast(Vault, here), name="Hollyhock House", area="Northtown")
    room = houses.add_room(cast(Vault, here), house_id=house, name="1")
    window = MainWindow(cast(Vault, home))
    qtbot.addWidget(window)
    try:
        assert window.live is not None
        assert not window.findChild(QAction, "backupAction").isVisible()
        assert window.live.listener.listening.wait(10)
        with qtbot.waitSignal(operations.changes().changed, timeout=10_000,
                              check_params_cb=lambda kinds: Change.STAYS in kinds):
            capacity.arrive(cast(Vault, here), on=date.today(), name="Fictional Person",
                            room_id=room)
    finally:
        window.end_session()


def test_a_listener_that_cannot_connect_says_so_and_never_holds_up_the_window() -> None:
    """It connects on its own thread: making one does not wait for (or fail on) the server;
    what went wrong arrives through `on_lost`."""
    import socket

    from refugedesk.server.live import Listener

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    lost: queue.Queue[BaseException] = queue.Queue()
    listener = Listener(f"host=127.0.0.1 port={port} dbname=x user=x connect_timeout=5",
                        lambda _tables: None, lost.put)
    try:
        assert isinstance(lost.get(timeout=10), psycopg.OperationalError)
        assert listener.listening.is_set()
    finally:
        listener.stop()
