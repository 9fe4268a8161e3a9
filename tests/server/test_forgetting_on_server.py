"""Anonymising and erasing her record on a server (issues 16 and 17), on the kept vault full
of content (tests/data/vault-0007.*) moved onto a server: the same domain functions the
screens call, as the manager's own login. A server's guards keep saved review versions, sent
handovers and their addenda unchanged; forgetting gets through them only in a transaction a
manager registered (refugedesk_lift_guards), and the audit trail says so."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import cast

import psycopg
import pytest
from helpers import contentchecks as checks
from helpers import contentvault_0007 as cv7
from psycopg import errors
from sqlalchemy import create_engine, func, select
from sqlalchemy.exc import IntegrityError

from refugedesk import access, audit, erasure, forgetting, need_to_know, retention, staff
from refugedesk.db.models import (
    AccessReason,
    AuditEvent,
    ErasureDecision,
    Handover,
    HandoverAddendum,
    Resident,
    RetentionChoice,
    Review,
    ReviewVersion,
    StaffMember,
    Stay,
)
from refugedesk.db.vault import Vault
from refugedesk.errors import NotAllowed
from refugedesk.server.move import move
from refugedesk.server.vault import ServerVault

from .test_move import Target, target  # noqa: F401  (the fixture)

KEPT = Path(__file__).parents[1] / "data" / "vault-0007.rdb"
ADMIN_PASSWORD = cv7.ACCOUNTS["admin"][2]
MANAGER_PASSWORD = "fictional quince lantern 77"
WORKER_PASSWORD = "fictional bramble harbour 78"
TODAY = date(2026, 11, 27)  # the kept vault's today
LATER = date(2060, 1, 1)
SHE, OTHER = 33, 38  # as tests/test_retention.py: both have left, with reviews and handovers
PLANTED = "Zephyrine Quillfeather"


@pytest.fixture
def moved(target: Target, tmp_path: Path) -> Iterator[Target]:  # noqa: F811
    """The kept vault on the server; the manager and the worker given first passwords by the
    administrator, as the move asks."""
    path = checks.copy_kept(KEPT, tmp_path)
    engine = create_engine(target.server.url(target.name))
    try:
        with access.sign_in(path, "admin", ADMIN_PASSWORD) as source:
            move(source, engine, owner=target.owner, username="admin", password=ADMIN_PASSWORD)
    finally:
        engine.dispose()
    with ServerVault.unlock(target.profile, "admin", ADMIN_PASSWORD) as admin:
        with admin.session() as session:
            ids = dict(session.execute(select(StaffMember.username, StaffMember.id)).all())
        staff.reset_password(cast(Vault, admin), ids["manager"], MANAGER_PASSWORD)
        staff.reset_password(cast(Vault, admin), ids["worker"], WORKER_PASSWORD)
    yield target


def _manager(place: Target) -> Vault:
    return cast(Vault, ServerVault.unlock(place.profile, "manager", MANAGER_PASSWORD))


def _plant(vault: Vault) -> int:
    """Her name in clear columns (her record, her stays) and in a sent handover's addendum."""
    from refugedesk import handover, residents

    residents.update_resident(vault, SHE, today=TODAY, name=PLANTED, known_as="Zeph")
    with vault.transaction() as session:
        for stay in session.scalars(select(Stay).where(Stay.resident_id == SHE)):
            stay.name = PLANTED
        sent = session.scalar(select(Handover.id).where(Handover.sealed_at.is_not(None))
                              .order_by(Handover.id).limit(1))
    assert sent is not None
    return handover.add_addendum(vault, sent, f"Also: {PLANTED} was back at 22:10.")


def _dump(place: Target) -> bytes:
    return subprocess.run(
        [str(place.server.bin_dir / "pg_dump"), "--data-only", "--dbname",
         place.server.conninfo(place.name)], capture_output=True, check=True).stdout


def test_anonymising_on_a_server_reaches_the_kept_records_and_leaves_the_guards(
        moved: Target) -> None:
    # A colleague opened her record anyway, with a reason naming her: the words go too.
    with ServerVault.unlock(moved.profile, "worker", WORKER_PASSWORD) as worker:
        need_to_know.open_anyway(cast(Vault, worker), SHE,
                                 reason=f"Covering for her key worker: {PLANTED} rang")
    with _manager(moved) as vault:
        addendum = _plant(vault)
        with vault.session() as session:
            versions = session.scalar(select(func.count()).select_from(ReviewVersion).join(
                Review).where(Review.resident_id == SHE))
        assert versions  # she has saved review versions: their words go too
        assert PLANTED.encode() in _dump(moved)  # in clear (her name) before

        retention.decide(vault, record_type="resident", record_id=SHE,
                         choice=RetentionChoice.ANONYMISE, reason="Six years since she left",
                         today=LATER)
        done = retention.apply(vault, LATER)
        assert len(done.anonymised) == 1

        with vault.session() as session:
            her = session.get_one(Resident, SHE)
            assert her.name.startswith("Anonymised A-") and her.code_word == ""
            assert all(s.name == her.name for s in session.scalars(
                select(Stay).where(Stay.resident_id == SHE)))
            # The sealed words, read back through the service key: her names are gone.
            text = session.get_one(HandoverAddendum, addendum).text
            assert PLANTED not in text and her.reference in text
            lines = [ln for h in session.scalars(select(Handover)) for p in
                     json.loads(h.draft)["parts"] for ln in p["lines"]
                     if ln[2] == "resident" and ln[3] == SHE]
            assert lines and all(ln[1] == forgetting.LINE_REMOVED for ln in lines)
            words = list(session.scalars(select(ReviewVersion.her_words).join(Review).where(
                Review.resident_id == SHE)))
            assert words and set(words) == {""}
            reasons = list(session.scalars(select(AccessReason.reason).where(
                AccessReason.resident_id == SHE)))
            assert reasons and PLANTED not in " ".join(reasons)
            lifted = list(session.scalars(select(AuditEvent).where(
                AuditEvent.kind == "guards_lifted")))
            assert [e.actor for e in lifted] == ["manager"]
            assert audit.verify(session).ok
        assert vault.integrity_problems() == []
        # The guards are back for every later transaction, the manager's own included.
        with pytest.raises(IntegrityError), vault.transaction() as session:
            session.execute(ReviewVersion.__table__.update().values(her_words="changed"))
    for word in (PLANTED, "Zephyrine", "Quillfeather"):
        assert word.encode() not in _dump(moved)


def test_erasing_on_a_server_removes_her_rows_and_keeps_her_stays_anonymous(
        moved: Target) -> None:
    with _manager(moved) as vault:
        with vault.session() as session:
            stays = list(session.scalars(select(Stay.id).where(Stay.resident_id == OTHER)))
        request = erasure.record_request(vault, resident_id=OTHER, received_on=TODAY,
                                         today=TODAY)
        erasure.decide(vault, request.id, decision=ErasureDecision.ERASE, today=TODAY)
        with vault.session() as session:
            assert session.get(Resident, OTHER) is None
            assert not session.scalar(select(func.count()).select_from(Review).where(
                Review.resident_id == OTHER))
            kept = list(session.scalars(select(Stay).where(Stay.id.in_(stays))))
            assert len(kept) == len(stays)
            assert all(s.resident_id is None and s.name.startswith("Anonymised") for s in kept)
            assert audit.verify(session).ok
        assert vault.integrity_problems() == []


def test_only_a_manager_lifts_the_guards_and_only_for_her_transaction(moved: Target) -> None:
    worker = ServerVault.unlock(moved.profile, "worker", WORKER_PASSWORD)
    try:
        with pytest.raises(NotAllowed):
            erasure.record_request(cast(Vault, worker), resident_id=OTHER,
                                   received_on=TODAY, today=TODAY)
    finally:
        worker.close()
    from refugedesk.server.passwords import login_password

    def connect(user: str, password: str) -> psycopg.Connection:
        return psycopg.connect(moved.server.conninfo(
            moved.name, user=user, password=login_password(user, password)))

    with connect("worker", WORKER_PASSWORD) as conn, pytest.raises(
            errors.InsufficientPrivilege):
        conn.execute("SELECT refugedesk_lift_guards()")
    # A manager by hand (psql): she may, but the trail says so, and the next transaction is
    # guarded again.
    with connect("manager", MANAGER_PASSWORD) as conn:
        with conn.transaction():
            conn.execute("SELECT refugedesk_lift_guards()")
            conn.execute("UPDATE review_version SET next_steps = next_steps")
        with pytest.raises(errors.IntegrityConstraintViolation), conn.transaction():
            conn.execute("UPDATE review_version SET next_steps = next_steps")
        with pytest.raises(errors.IntegrityConstraintViolation), conn.transaction():
            conn.execute("UPDATE handover_addendum SET text = text")
        kinds = [k for (k,) in conn.execute(
            "SELECT kind FROM audit_event ORDER BY id DESC LIMIT 1")]
    assert kinds == ["guards_lifted"]


def test_a_manager_erases_a_record_from_the_screens_on_a_server(qtbot, moved: Target,
                                                                 tmp_path: Path) -> None:
    """Her record's "Request to erase…" on the server, as tests/ui/test_retention_ui.py does
    on a file: decided Erase, confirmed, and her record is gone, with nothing in the log."""
    from PySide6.QtWidgets import QComboBox
    from ui.drive import click, find
    from ui.screens import signed_in

    from refugedesk.ui import operations

    third = 12
    log = tmp_path / "logs" / "refugedesk.log"
    operations.configure_log(log)
    assert moved.profile.path is not None
    with signed_in(moved.profile.path, "manager", MANAGER_PASSWORD) as controller:
        main = controller.window
        assert isinstance(main.vault, ServerVault)
        click(qtbot, main, "navResidents")
        page = main.page_widget("residents")
        record = page.open_resident(third)
        tab = record.show_tab("recordReviews")
        click(qtbot, tab, "recordErasureButton")
        dialog = record.dialog
        qtbot.waitUntil(dialog.isVisible)
        decision = find(dialog, QComboBox, "erasureDecision")
        decision.setCurrentIndex(decision.findData(ErasureDecision.ERASE))
        click(qtbot, dialog, "erasureRequestDialogSave")
        with qtbot.waitSignal(dialog.accepted):
            click(qtbot, dialog.confirm_box, "confirmYesButton")
        qtbot.waitUntil(lambda: page.record is None or not page.record.isVisible())
        with main.vault.session() as session:
            assert session.get(Resident, third) is None
            assert session.scalar(select(func.count()).select_from(AuditEvent).where(
                AuditEvent.kind == "guards_lifted")) == 1
    assert not log.exists() or not log.read_text().strip(), log.read_text()
