"""Retention, anonymisation and erasure on request (issue 16), on a copy of the kept vault full
of content (tests/data/vault-0007.*, migrated on opening): the schedule, what is due, a
manager's decisions, carrying them out, the reports' counts before and after, and the planted
name searched for as bytes in the decrypted file, the encrypted file, its -wal and -shm."""

from __future__ import annotations

import dataclasses
import json
from datetime import date
from pathlib import Path

import pytest
from helpers import contentchecks as checks
from helpers import contentvault_0007 as cv7
from helpers.raw import connect, raw_key
from sqlalchemy import func, select, update

from refugedesk import access, audit, erasure, forgetting, retention
from refugedesk.db.models import (
    AuditEvent,
    Contact,
    ErasureDecision,
    ErasureRequest,
    Handover,
    Resident,
    ResidentSearchTerm,
    RetentionChoice,
    RetentionDecision,
    Stay,
)
from refugedesk.errors import NotAllowed, StillInRefuge, ValidationError
from refugedesk.reports import occupancy_figures, outcome_figures

KEPT = Path(__file__).with_name("data") / "vault-0007.rdb"
TODAY = date(2026, 11, 27)  # the kept vault's today
LATER = date(2060, 1, 1)  # everyone who has left is due by then, children grown up
SHE = 33  # left; a review, contacts, an incident and lines in sent handovers
OTHER = 38  # left; contacts, a review, an incident
PLANTED = "Zephyrine Quillfeather"


def sign_in(path: Path, who: str):
    return access.sign_in(path, who, cv7.ACCOUNTS[who][2])


@pytest.fixture
def full(tmp_path):
    """(path, the vault open as the manager)."""
    path = checks.copy_kept(KEPT, tmp_path)
    vault = sign_in(path, "manager")
    yield path, vault
    vault.close()


def plant(vault, resident_id: int) -> None:
    """Her name, everywhere a name is typed: her record, her stays, a contact note, a note in
    a sent handover's addendum (through the domain where there is a way)."""
    from refugedesk import handover, residents

    residents.update_resident(vault, resident_id, today=TODAY, name=PLANTED,
                              known_as="Zeph")
    with vault.transaction() as session:
        session.execute(update(Stay).where(Stay.resident_id == resident_id)
                        .values(name=PLANTED))
        contact = session.scalars(select(Contact).where(Contact.resident_id == resident_id)
                                  .limit(1)).one()
        contact.notes = f"{PLANTED} asked about her housing bid."
        sealed = session.scalar(select(Handover.id).where(Handover.sealed_at.is_not(None))
                                .limit(1))
    handover.add_addendum(vault, sealed, f"Also: {PLANTED} was back at 22:10.")


def occupancy_counts(figures):
    """Everything the occupancy report counts, without the names and references it lists."""
    rows = [dataclasses.replace(r, name="", household_ref="") for r in figures.stays]
    return (figures.houses, figures.total, sorted(rows, key=repr), figures.referrals,
            figures.recorded_in_error)


def figures(vault, start=date(2020, 1, 1), end=TODAY):
    with vault.session() as session:
        return (occupancy_counts(occupancy_figures.compute(session, start=start, end=end)),
                outcome_figures.compute(session, start=start, end=end))


def plaintext_bytes(path: Path, tmp_path: Path, key: bytes) -> bytes:
    """Every page of the vault, decrypted: sqlcipher_export into a plain copy, read whole."""
    plain = tmp_path / "plain.db"
    plain.unlink(missing_ok=True)
    conn = connect(path, key)
    try:
        conn.execute(f"ATTACH DATABASE '{plain}' AS plain KEY ''")
        conn.execute("SELECT sqlcipher_export('plain')")
        conn.execute("DETACH DATABASE plain")
    finally:
        conn.close()
    return plain.read_bytes()


def raw_pages(path: Path, key: bytes) -> bytes:
    """Every page of the file as it lies on disk, decrypted one by one with the key (SQLCipher
    4 with a raw key: AES-256-CBC, the page's IV in its last 80 reserved bytes; page 1 starts
    after the 16-byte salt). Free pages and unused space within pages are included, which
    sqlcipher_export would not copy."""
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    data = path.read_bytes()
    size, reserve = 4096, 80
    out = []
    for offset in range(0, len(data), size):
        page = data[offset:offset + size]
        iv = page[size - reserve:size - reserve + 16]
        decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        out.append(decryptor.update(page[16 if offset == 0 else 0:size - reserve])
                   + decryptor.finalize())
    return b"".join(out)


# --- the schedule ---------------------------------------------------------------------------


def test_the_schedule_starts_at_the_sector_defaults_and_only_an_administrator_sets_it(full):
    path, manager = full
    with manager.session() as session:
        assert retention.schedule(session) == retention.Schedule(6, 25, 1, 90)
    with pytest.raises(NotAllowed):
        retention.set_schedule(manager, adult_years=7, child_age=25, referral_years=1,
                               draft_days=90)
    admin = sign_in(path, "admin")
    try:
        for bad, field in (({"adult_years": 0}, "adult_years"), ({"child_age": 17}, "child_age"),
                           ({"draft_days": 3651}, "draft_days"),
                           ({"referral_years": "2"}, "referral_years")):
            values = {"adult_years": 6, "child_age": 25, "referral_years": 1,
                      "draft_days": 90} | bad
            with pytest.raises(ValidationError) as refused:
                retention.set_schedule(admin, **values)
            assert refused.value.field == field
        with admin.session() as session:
            assert retention.schedule(session) == retention.Schedule()  # nothing saved
        retention.set_schedule(admin, adult_years=7, child_age=26, referral_years=2,
                               draft_days=30)
        with admin.session() as session:
            assert retention.schedule(session) == retention.Schedule(7, 26, 2, 30)
            event = session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
        assert event.kind == "settings_changed"
        assert "retention_adult_years=7" in event.detail
    finally:
        admin.close()


# --- what is due ------------------------------------------------------------------------------


def test_due_lists_her_record_referrals_and_drafts_and_a_keep_hides_it_until_its_day(full):
    _path, vault = full
    with vault.session() as session:
        now = retention.due(session, TODAY, viewer=vault.person)
        later = retention.due(session, LATER, viewer=vault.person)
    assert all(i.due_on <= TODAY for i in now)
    kinds = {i.kind for i in later}
    assert {"resident", "referral"} <= kinds
    residents_due = {i.record_id for i in later if i.kind == "resident"}
    assert SHE in residents_due
    with vault.session() as session:
        in_refuge = set(session.scalars(select(Stay.resident_id).where(
            Stay.resident_id.is_not(None), Stay.left_on.is_(None))))
    assert in_refuge and not (in_refuge & residents_due)  # no one in refuge is ever due
    # Nothing in the list names a woman: references and dates only.
    with vault.session() as session:
        names = set(session.scalars(select(Resident.name)))
    assert not any(n in repr(later) for n in names)

    retention.decide(vault, record_type="resident", record_id=SHE, choice=RetentionChoice.KEEP,
                     reason="Family court case still open", keep_until=date(2065, 1, 1),
                     today=LATER)
    with vault.session() as session:
        assert SHE not in {i.record_id for i in retention.due(session, LATER)
                           if i.kind == "resident"}
        again = [i for i in retention.due(session, date(2065, 1, 1)) if i.record_id == SHE
                 and i.kind == "resident"]
    assert again and again[0].approved is None  # the keep ran out: due again

    retention.decide(vault, record_type="resident", record_id=SHE,
                     choice=RetentionChoice.ANONYMISE, reason="Due", today=LATER)
    with vault.session() as session:
        waiting = [i for i in retention.due(session, LATER) if i.record_id == SHE
                   and i.kind == "resident"]
    assert waiting[0].approved is RetentionChoice.ANONYMISE
    assert waiting[0].state_text == "Anonymise (approved, waiting)"


def test_a_child_keeps_her_record_until_the_childs_25th_birthday(full):
    from refugedesk.db.models import Child

    _path, vault = full
    with vault.session() as session:
        was = next(i for i in retention.due(session, LATER)
                   if i.kind == "resident" and i.record_id == SHE).due_on
    birthday = date(was.year + 1, 5, 1)
    with vault.transaction() as session:
        session.add(Child(resident_id=SHE, name="Little One",
                          date_of_birth=date(birthday.year - 25, 5, 1)))
    with vault.session() as session:
        assert SHE not in {i.record_id for i in retention.due(session, was)
                           if i.kind == "resident"}
        item = next(i for i in retention.due(session, birthday)
                    if i.kind == "resident" and i.record_id == SHE)
    assert item.due_on == birthday
    assert "25th birthday" in item.why


def test_a_support_worker_is_refused_everywhere(full):
    path, vault = full
    worker = sign_in(path, "worker")
    try:
        with worker.session() as session, pytest.raises(NotAllowed):
            retention.due(session, LATER, viewer=worker.person)
        with pytest.raises(NotAllowed):
            retention.decide(worker, record_type="resident", record_id=SHE,
                             choice=RetentionChoice.ERASE, reason="x", today=LATER)
        with pytest.raises(NotAllowed):
            retention.apply(worker, LATER)
        with pytest.raises(NotAllowed):
            erasure.record_request(worker, resident_id=SHE, received_on=TODAY, today=TODAY)
        with worker.session() as session, pytest.raises(NotAllowed):
            erasure.requests_for(session, SHE, viewer=worker.person)
    finally:
        worker.close()
    with vault.session() as session:
        assert session.scalar(select(func.count()).select_from(RetentionDecision)) == 0
        assert session.scalar(select(func.count()).select_from(ErasureRequest)) == 0


def test_a_decision_needs_a_reason_and_a_keep_a_day_ahead_and_nothing_is_saved_otherwise(full):
    _path, vault = full
    bad = [({"choice": RetentionChoice.ERASE, "reason": "  "}, "reason"),
           ({"choice": RetentionChoice.KEEP, "reason": "Court", "keep_until": None},
            "keep_until"),
           ({"choice": RetentionChoice.KEEP, "reason": "Court", "keep_until": LATER},
            "keep_until"),
           ({"choice": RetentionChoice.KEEP, "reason": "Court", "keep_until": date(2300, 1, 1)},
            "keep_until"),
           ({"choice": RetentionChoice.ERASE, "reason": "x" * 1001}, "reason")]
    for values, field in bad:
        with pytest.raises(ValidationError) as refused:
            retention.decide(vault, record_type="resident", record_id=SHE, today=LATER,
                             **values)
        assert refused.value.field == field
    with vault.session() as session:
        became_stay = session.scalar(select(Stay.referral_id).where(
            Stay.referral_id.is_not(None)).limit(1))
    with pytest.raises(ValidationError) as refused:
        retention.decide(vault, record_type="referral", record_id=became_stay,
                         choice=RetentionChoice.ERASE, reason="Old", today=LATER)
    assert "became a stay" in str(refused.value)
    with vault.session() as session:
        assert session.scalar(select(func.count()).select_from(RetentionDecision)) == 0


# --- anonymising and erasing --------------------------------------------------------------------


def test_anonymising_keeps_the_reports_counts_and_leaves_her_name_nowhere_in_the_file(
        full, tmp_path):
    path, vault = full
    plant(vault, SHE)
    key = raw_key(path, "admin", cv7.ACCOUNTS["admin"][2])
    assert PLANTED.encode() in plaintext_bytes(path, tmp_path, key)  # the search can find it
    vault.engine.dispose()
    with vault.engine.connect() as conn:  # into the file itself, where the page reader looks
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").all()
    pages = raw_pages(path, key)
    assert b"CREATE TABLE" in pages and PLANTED.encode() in pages
    before = figures(vault)
    occupancy_this_year = figures(vault, date(2026, 1, 1), TODAY)

    retention.decide(vault, record_type="resident", record_id=SHE,
                     choice=RetentionChoice.ANONYMISE, reason="Six years since she left",
                     today=LATER)
    done = retention.apply(vault, LATER)
    assert len(done.anonymised) == 1 and done.anonymised[0].startswith("H-")

    assert figures(vault) == before
    assert figures(vault, date(2026, 1, 1), TODAY) == occupancy_this_year
    with vault.session() as session:
        her = session.get(Resident, SHE)
        assert her.name.startswith("Anonymised A-") and her.anonymised_on == LATER
        assert her.known_as == "" and her.date_of_birth is None and her.code_word == ""
        terms = set(session.scalars(select(ResidentSearchTerm.term).where(
            ResidentSearchTerm.resident_id == SHE)))
        assert "zephyrine" not in terms and "zeph" not in terms
        assert all(s.name == her.name and s.household_ref == her.reference
                   for s in session.scalars(select(Stay).where(Stay.resident_id == SHE)))
        assert SHE not in {i.record_id for i in retention.due(session, LATER)
                           if i.kind == "resident"}  # carried out: not due again
        assert audit.verify(session).ok
        lines = [ln for h in session.scalars(select(Handover)) for p in
                 json.loads(h.draft)["parts"] for ln in p["lines"]
                 if ln[2] == "resident" and ln[3] == SHE]
        assert lines and all(ln[1] == forgetting.LINE_REMOVED for ln in lines)
    with vault.engine.connect() as conn:
        triggers = {n for (n,) in conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    assert set(forgetting.GUARDS) <= triggers  # the unchangeable records are guarded again
    vault.close()

    needle = PLANTED.encode()
    assert needle not in plaintext_bytes(path, tmp_path, key)
    assert needle not in raw_pages(path, key)
    for name in ("Zephyrine", "Quillfeather"):
        assert name.encode() not in raw_pages(path, key)
        assert name.encode("utf-16-le") not in raw_pages(path, key)
    for f in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        if f.exists():
            assert needle not in f.read_bytes()
    wal = path.with_name(path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0  # checkpointed and emptied


def test_the_vault_overwrites_what_it_deletes(full):
    _path, vault = full
    with vault.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA secure_delete").scalar() == 1


def test_erasing_removes_her_rows_keeps_her_stays_anonymous_and_the_board_counts(full):
    _path, vault = full
    before = figures(vault)
    with vault.session() as session:
        stays = list(session.scalars(select(Stay.id).where(Stay.resident_id == OTHER)))
    retention.decide(vault, record_type="resident", record_id=OTHER,
                     choice=RetentionChoice.ERASE, reason="Due", today=LATER)
    assert len(retention.apply(vault, LATER).erased) == 1
    after = figures(vault)
    assert after[0] == before[0]  # occupancy: room-nights, women, children, referrals
    assert after[1].total.women == before[1].total.women
    assert after[1].total.exit_count == before[1].total.exit_count
    with vault.session() as session:
        assert session.get(Resident, OTHER) is None
        kept = list(session.scalars(select(Stay).where(Stay.id.in_(stays))))
        assert len(kept) == len(stays)
        assert all(s.resident_id is None and s.name.startswith("Anonymised") for s in kept)
        assert audit.verify(session).ok
    with vault.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
    assert vault.integrity_problems() == []


def test_she_cannot_be_forgotten_while_she_is_in_refuge(full):
    _path, vault = full
    with vault.session() as session:
        here = session.scalar(select(Stay.resident_id).where(
            Stay.resident_id.is_not(None), Stay.left_on.is_(None)).limit(1))
        name = session.get(Resident, here).name
    with pytest.raises(StillInRefuge):
        retention.decide(vault, record_type="resident", record_id=here,
                         choice=RetentionChoice.ERASE, reason="Asked", today=TODAY)
    request = erasure.record_request(vault, resident_id=here, received_on=TODAY, today=TODAY)
    with pytest.raises(StillInRefuge):
        erasure.decide(vault, request.id, decision=ErasureDecision.ERASE, today=TODAY)
    with vault.session() as session:
        assert session.get(Resident, here).name == name  # nothing changed
        assert session.get(ErasureRequest, request.id).decision is None


# --- erasure on request -----------------------------------------------------------------------


def test_a_request_is_recorded_refused_with_a_reason_or_carried_out_without_naming_her(full):
    _path, vault = full
    with vault.session() as session:
        reference = session.get(Resident, SHE).reference
    first = erasure.record_request(vault, resident_id=SHE, received_on=TODAY, today=TODAY)
    assert first.reference == "E-0001"
    with pytest.raises(ValidationError) as refused:
        erasure.decide(vault, first.id, decision=ErasureDecision.REFUSE, reason=" ",
                       today=TODAY)
    assert refused.value.field == "reason"
    with pytest.raises(ValidationError):
        erasure.record_request(vault, resident_id=SHE, received_on=date(2027, 1, 1),
                               today=TODAY)
    done = erasure.decide(vault, first.id, decision=ErasureDecision.REFUSE,
                          reason="Safeguarding: a child protection plan is open", today=TODAY)
    assert done.state_text == "refused on 27 Nov 2026"
    with vault.session() as session:
        assert [r.reference for r in erasure.requests_for(session, SHE)] == ["E-0001"]

    second = erasure.record_request(vault, resident_id=SHE, received_on=TODAY, today=TODAY)
    assert second.reference == "E-0002"
    erasure.decide(vault, second.id, decision=ErasureDecision.ERASE, today=TODAY)
    with pytest.raises(ValidationError):
        erasure.decide(vault, second.id, decision=ErasureDecision.ERASE, today=TODAY)
    with vault.session() as session:
        assert session.get(Resident, SHE) is None
        rows = list(session.scalars(select(ErasureRequest).order_by(ErasureRequest.id)))
        assert [r.resident_id for r in rows] == [None, None]
        assert rows[1].carried_out_at is not None
        events = list(session.scalars(select(AuditEvent).where(
            AuditEvent.kind.in_(["erasure_requested", "erasure_decided"]))))
        assert len(events) == 4  # two recorded, two decided (refusals by the domain: none)
        assert {e.record_type for e in events} == {"erasure_request"}
        assert all(e.record_id in (first.id, second.id) and reference not in e.detail
                   for e in events)
        assert audit.verify(session).ok


# --- the command line ---------------------------------------------------------------------------


def test_the_command_prints_what_is_due_without_names_and_applies_for_managers_only(
        full, capsys, monkeypatch):
    import io
    import sys

    from refugedesk.cli import main

    path, vault = full

    def run(user: str, *more: str) -> tuple[int, str, str]:
        monkeypatch.setattr(sys, "stdin", io.StringIO(cv7.ACCOUNTS[user][2] + "\n"))
        code = main(["retention", "--db", str(path), "--user", user, "--password-stdin",
                     *more])
        out, err = capsys.readouterr()
        assert "Traceback" not in out + err
        return code, out, err

    with vault.session() as session:
        names = set(session.scalars(select(Resident.name)))
        reference = session.get(Resident, SHE).reference
    retention.decide(vault, record_type="resident", record_id=SHE,
                     choice=RetentionChoice.ANONYMISE, reason="Asked by the manager",
                     today=LATER)
    code, out, _ = run("manager")
    assert code == 0
    assert "due for review" in out or "Nothing is due" in out
    assert not any(n in out for n in names)

    code, _out, err = run("worker", "--apply")
    assert code == 1 and "Only a manager" in err
    with vault.session() as session:
        assert session.get(Resident, SHE).anonymised_on is None

    code, out, _ = run("manager", "--apply")
    assert code == 0
    assert f"anonymised {reference}" in out and "Backups still hold" in out
    assert not any(n in out for n in names)
    with vault.session() as session:
        assert session.get(Resident, SHE).anonymised_on is not None


def test_referrals_never_a_stay_are_anonymised_or_erased_and_drafts_go_with_apply(full):
    from refugedesk.db.models import IntakeDraft, Referral, Reservation

    _path, vault = full
    with vault.session() as session:
        due = retention.due(session, LATER)
        drafts = [i for i in due if i.is_draft]
        referrals = [i.record_id for i in due if i.kind == "referral"]
        offered = set(session.scalars(select(Reservation.referral_id)))
    assert drafts and len(referrals) >= 2
    with_offer = next((r for r in referrals if r in offered), referrals[0])
    other = next(r for r in referrals if r != with_offer)
    before = figures(vault)
    retention.decide(vault, record_type="referral", record_id=other,
                     choice=RetentionChoice.ANONYMISE, reason="A year since", today=LATER)
    retention.decide(vault, record_type="referral", record_id=with_offer,
                     choice=RetentionChoice.ERASE, reason="A year since", today=LATER)
    done = retention.apply(vault, LATER)
    assert done.anonymised == [f"Referral {other}"] and done.erased == [f"Referral {with_offer}"]
    assert done.drafts_removed == len(drafts)
    with vault.session() as session:
        kept = session.get(Referral, other)
        assert kept.name.startswith("Anonymised") and kept.referrer_contact == ""
        assert session.get(Referral, with_offer) is None
        assert session.scalar(select(func.count()).select_from(Reservation).where(
            Reservation.referral_id == with_offer)) == 0
        assert session.scalar(select(func.count()).select_from(IntakeDraft).where(
            IntakeDraft.finished_at.is_(None))) == 0
        kinds = set(session.scalars(select(AuditEvent.kind)))
        assert {"retention_carried_out", "retention_drafts_removed"} <= kinds
        left = {i.record_id for i in retention.due(session, LATER) if i.kind == "referral"}
    assert other not in left and with_offer not in left
    after = figures(vault)
    received = lambda f: f[0][3].received  # noqa: E731
    # Anonymising leaves the referral counts alone; erasing one takes it out of its month.
    assert received(after) == received(before) - 1
