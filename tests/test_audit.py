"""The audit trail: what gets recorded, and `check` noticing an edited or deleted event even
when the editing is done with the right key through SQLCipher directly."""

from __future__ import annotations

import pytest
from conftest import ADMIN_PASSWORD, reopen
from helpers.raw import connect, raw_key
from sqlalchemy import select

from refugedesk import access, audit, staff
from refugedesk.db.models import AuditEvent, Role


@pytest.fixture
def busy_vault(new_vault, vault_path):
    """A vault with a dozen audit events, closed."""
    vault, _ = new_vault
    staff.add_staff(vault, username="bea", display_name="Bea", role=Role.MANAGER,
                    password="copper kettle river 9")
    for minutes in (5, 10, 15):
        access.set_idle_lock(vault, minutes)
    access.lock(vault)
    access.unlock(vault, "ada", ADMIN_PASSWORD)
    vault.close()
    return vault_path


def _edit(path, sql, *params):
    """Change the vault as someone holding the key could, bypassing RefugeDesk."""
    conn = connect(path, raw_key(path, "ada", ADMIN_PASSWORD))
    try:
        conn.execute(sql, params)
    finally:
        conn.close()


def _check(path):
    with reopen(path, "ada", ADMIN_PASSWORD) as vault:
        return access.check(vault)


def _ids(path):
    conn = connect(path, raw_key(path, "ada", ADMIN_PASSWORD))
    try:
        return [r[0] for r in conn.execute("SELECT id FROM audit_event ORDER BY id")]
    finally:
        conn.close()


def test_actions_are_recorded_in_order(busy_vault):
    with reopen(busy_vault, "ada", ADMIN_PASSWORD) as vault, vault.session() as s:
        events = list(s.scalars(select(AuditEvent).order_by(AuditEvent.id)))
        report = audit.verify(s)
    kinds = [e.kind for e in events]
    assert kinds[:3] == ["vault_created", "staff_added", "settings_changed"]
    assert kinds[-3:] == ["lock", "unlock", "sign_in"]
    assert {e.actor for e in events} == {"ada"}
    assert report.ok and report.events == len(events)
    assert ADMIN_PASSWORD not in " ".join(e.detail for e in events)


def test_a_clean_vault_checks_clean(busy_vault):
    assert _check(busy_vault) == []


def test_an_edited_event_is_reported(busy_vault):
    target = _ids(busy_vault)[3]
    _edit(busy_vault, "UPDATE audit_event SET actor = 'bea' WHERE id = ?", target)
    problems = _check(busy_vault)
    assert problems == [f"Audit event {target} was changed after it was written."]


def test_an_edited_event_with_its_hash_recomputed_breaks_the_next_link(busy_vault):
    """A smarter edit rewrites the event's own hash; the next event still points at the old."""
    ids = _ids(busy_vault)
    target = ids[3]
    with reopen(busy_vault, "ada", ADMIN_PASSWORD) as vault, vault.session() as s:
        event = s.get_one(AuditEvent, target)
        event.detail = "idle_lock_minutes=240"
        new_hash = audit.digest(event.prev_hash, event)
        s.rollback()
    _edit(busy_vault, "UPDATE audit_event SET detail = 'idle_lock_minutes=240', hash = ? "
          "WHERE id = ?", new_hash, target)
    problems = _check(busy_vault)
    assert any(f"Audit event {ids[4]}: the event before it was changed or deleted" in p
               for p in problems), problems


def test_a_deleted_middle_event_is_reported(busy_vault):
    ids = _ids(busy_vault)
    _edit(busy_vault, "DELETE FROM audit_event WHERE id = ?", ids[2])
    problems = _check(busy_vault)
    assert any(p.startswith(f"Audit event {ids[3]}: the event before it was changed or deleted")
               for p in problems), problems


def test_deleted_newest_events_are_reported(busy_vault):
    ids = _ids(busy_vault)
    _edit(busy_vault, "DELETE FROM audit_event WHERE id >= ?", ids[-3])
    # Checking signs in, which appends a new event after the gap; check looks before that.
    with reopen(busy_vault, "ada", ADMIN_PASSWORD) as vault:
        problems = access.check(vault)
    assert problems, "deleting the newest events went unnoticed"
    assert f"Audit events {ids[-3]} to {ids[-1]} have been deleted" in " ".join(problems)


def test_deleting_every_event_is_reported(busy_vault):
    ids = _ids(busy_vault)
    _edit(busy_vault, "DELETE FROM audit_event")
    with reopen(busy_vault, "ada", ADMIN_PASSWORD) as vault, vault.session() as s:
        report = audit.verify(s)
    # only the sign-in just now is left (after the note that this computer saw the cut),
    # chained from the start as if it were the first
    assert report.events == 2
    assert not report.ok
    assert f"events 1 to {ids[-1]} have been deleted" in " ".join(report.problems)


def test_events_hold_no_sensitive_values(new_vault):
    vault, _ = new_vault
    secret_password = "juniper anchor parcel 6"
    member = staff.add_staff(vault, username="bea", display_name="Beatrix Confidential",
                             role=Role.SUPPORT_WORKER, password=secret_password)
    staff.reset_password(vault, member, "another secret value 7")
    with vault.session() as s:
        text = " ".join(f"{e.actor} {e.kind} {e.detail}" for e in s.scalars(select(AuditEvent)))
    for leak in (secret_password, "another secret value 7", "Beatrix Confidential"):
        assert leak not in text


def test_the_chain_is_walked_a_page_at_a_time(busy_vault, monkeypatch):
    """`verify` reads the trail in pages (no server-side cursor, flat memory): a page boundary
    hides neither a clean link nor a deletion next to it."""
    monkeypatch.setattr(audit, "VERIFY_PAGE", 3)
    ids = _ids(busy_vault)
    with reopen(busy_vault, "ada", ADMIN_PASSWORD) as vault, vault.session() as s:
        report = audit.verify(s)
    assert report.ok, report.problems
    assert report.events == len(ids) + 1  # and this sign-in
    _edit(busy_vault, "DELETE FROM audit_event WHERE id = ?", ids[3])  # first of a page
    with reopen(busy_vault, "ada", ADMIN_PASSWORD) as vault, vault.session() as s:
        problems = audit.verify(s).problems
    assert any(p.startswith(f"Audit event {ids[4]}: the event before it was changed or deleted")
               for p in problems), problems
