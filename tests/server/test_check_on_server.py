"""`refugedesk check` on a server (issue 17): through the profile, the audit chain, the staff's
logins against their rows, and every protected value opening with the service's key. Each
thing someone with the server's own powers could do behind RefugeDesk's back is reported."""

from __future__ import annotations

import io
import sys
from datetime import date
from typing import cast

import psycopg
import pytest
from psycopg import sql

from refugedesk import houses, staff
from refugedesk.cli import main
from refugedesk.db.models import Role
from refugedesk.db.vault import Vault
from refugedesk.server.profile import ServerProfile
from refugedesk.server.vault import ServerVault

from .conftest import SecuredDatabase


@pytest.fixture
def seeded(pg_secured: SecuredDatabase, profile: ServerProfile) -> ServerProfile:
    """The profile, with a house and a worker on the server."""
    made = profile
    with ServerVault.unlock(made, pg_secured.admin, pg_secured.admin_password) as admin:
        houses.add_house(cast(Vault, admin), name="Hollyhock House", area="Northtown",
                         address="17 Zebrafinch Crescent", notes="Side gate",
                         opened_on=date(2020, 1, 1))
        staff.add_staff(cast(Vault, admin), username=f"{pg_secured.prefix}wren",
                        display_name="Wren Fictional", role=Role.SUPPORT_WORKER,
                        password="fictional orchard lantern 42")
    return made


def _check(db: SecuredDatabase, profile: ServerProfile, capsys, monkeypatch) -> tuple[int, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(db.admin_password + "\n"))
    code = main(["check", "--db", str(profile.path), "--user", db.admin, "--password-stdin"])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out + err


def _as_superuser(db: SecuredDatabase, statement: sql.Composable | str) -> None:
    with psycopg.connect(db.superuser_conninfo(), autocommit=True) as conn:
        conn.execute(statement)


def test_a_sound_server_checks_clean(pg_secured: SecuredDatabase, seeded: ServerProfile,
                                     capsys, monkeypatch) -> None:
    code, out = _check(pg_secured, seeded, capsys, monkeypatch)
    assert code == 0, out
    assert out.startswith("Vault OK:") and "chain intact" in out


@pytest.mark.parametrize("tamper", ["value moved", "value in clear", "login let in",
                                    "login left out", "login moved up", "stranger added",
                                    "policy added", "policy dropped", "need-to-know off",
                                    "guard off", "function rewritten", "table granted",
                                    "function granted", "policy rewritten", "guard as replica",
                                    "login granted", "function added",
                                    "temporary tables let in", "public opened"])
def test_what_the_servers_own_powers_did_behind_refugedesks_back_is_reported(
        pg_secured: SecuredDatabase, seeded: ServerProfile, capsys, monkeypatch,
        tamper: str) -> None:
    wren = f"{pg_secured.prefix}wren"
    if tamper == "value moved":
        _as_superuser(pg_secured, "UPDATE house SET notes = address")
        expected = "1 protected value in house.notes cannot be opened"
    elif tamper == "value in clear":
        _as_superuser(pg_secured, "UPDATE house SET address = '1 Somewhere Else'")
        expected = "1 protected value in house.address cannot be opened"
    elif tamper == "login let in":
        _as_superuser(pg_secured, "UPDATE staff_member SET active = false WHERE username = "
                      f"'{wren}'")
        expected = f"{wren} is switched off in RefugeDesk but can still sign in"
    elif tamper == "login left out":
        _as_superuser(pg_secured, sql.SQL("ALTER ROLE {} NOLOGIN").format(sql.Identifier(wren)))
        expected = f"{wren} is switched on in RefugeDesk but cannot sign in"
    elif tamper == "login moved up":
        _as_superuser(pg_secured, sql.SQL("GRANT refugedesk_admin TO {}").format(
            sql.Identifier(wren)))
        expected = f"{wren}'s login on the server does not have her RefugeDesk role"
    elif tamper == "policy added":  # policies add up: this one lets every worker through
        _as_superuser(pg_secured, "CREATE POLICY friendly ON contact FOR SELECT "
                      "TO refugedesk_worker USING (true)")
        expected = "did not make, which may let people read more: friendly on contact"
    elif tamper == "policy dropped":
        _as_superuser(pg_secured, "DROP POLICY need_to_know ON support_plan")
        expected = "The need-to-know rule need_to_know on support_plan is missing"
    elif tamper == "need-to-know off":
        _as_superuser(pg_secured, "ALTER TABLE risk_assessment DISABLE ROW LEVEL SECURITY")
        expected = "Need-to-know is switched off on risk_assessment"
    elif tamper == "guard off":
        _as_superuser(pg_secured, "ALTER TABLE audit_event DISABLE TRIGGER audit_event_unchanged")
        expected = "rule audit_event_unchanged on audit_event is missing or switched off"
    elif tamper == "function rewritten":
        _as_superuser(pg_secured, "CREATE OR REPLACE FUNCTION refugedesk_sees_all() "
                      "RETURNS boolean LANGUAGE sql STABLE AS $$ SELECT true $$")
        expected = "function refugedesk_sees_all on the server is missing or was changed"
    elif tamper == "table granted":  # her sealed columns without the rule, to every worker
        _as_superuser(pg_secured, "GRANT SELECT ON resident TO refugedesk_worker")
        expected = ("On the server refugedesk_worker has SELECT on resident, which RefugeDesk "
                    "does not give")
    elif tamper == "function granted":
        _as_superuser(pg_secured, "GRANT EXECUTE ON FUNCTION refugedesk_lift_guards() "
                      "TO refugedesk_worker")
        expected = "refugedesk_worker has EXECUTE on refugedesk_lift_guards"
    elif tamper == "policy rewritten":
        _as_superuser(pg_secured, "ALTER POLICY need_to_know ON contact USING (true)")
        expected = "The need-to-know rule need_to_know on contact was changed"
    elif tamper == "guard as replica":  # fires only in a session playing a replica
        _as_superuser(pg_secured, "ALTER TABLE handover ENABLE REPLICA TRIGGER "
                      "handover_sealed_unchanged")
        expected = "rule handover_sealed_unchanged on handover is missing or switched off"
    elif tamper == "login granted":  # one worker's own login, not her group
        _as_superuser(pg_secured, sql.SQL("GRANT SELECT ON resident TO {}").format(
            sql.Identifier(wren)))
        expected = f"On the server {wren} has SELECT on resident"
    elif tamper == "function added":  # runs with its owner's rights, for anyone
        _as_superuser(pg_secured, "CREATE FUNCTION public.helpful() RETURNS void "
                      "LANGUAGE sql SECURITY DEFINER AS $$ SELECT $$")
        expected = "a function RefugeDesk did not make: public.helpful"
    elif tamper == "temporary tables let in":  # hers are looked in before ours
        _as_superuser(pg_secured, sql.SQL("GRANT TEMPORARY ON DATABASE {} TO PUBLIC").format(
            sql.Identifier(pg_secured.name)))
        expected = "On the server PUBLIC has TEMPORARY on the database"
    elif tamper == "public opened":  # an operator of hers could answer a rule's test
        _as_superuser(pg_secured, "GRANT CREATE ON SCHEMA public TO refugedesk_worker")
        expected = "refugedesk_worker may create things in the public schema"
    else:
        stranger = f"{pg_secured.prefix}stranger"
        _as_superuser(pg_secured, sql.SQL("CREATE ROLE {} LOGIN IN ROLE refugedesk_manager")
                      .format(sql.Identifier(stranger)))
        expected = f"a login, {stranger}, in RefugeDesk's staff groups that is not one"
    code, out = _check(pg_secured, seeded, capsys, monkeypatch)
    assert code != 0
    assert expected in out, out


def test_another_service_on_the_same_server_is_reported(
        pg_secured: SecuredDatabase, seeded: ServerProfile, capsys, monkeypatch) -> None:
    """Its staff are in the same group roles, so they reach this database too."""
    other = f"{pg_secured.prefix}other"
    owner = f"refugedesk_owner_{other}"
    try:
        _as_superuser(pg_secured, sql.SQL("CREATE ROLE {} NOLOGIN").format(
            sql.Identifier(owner)))
        _as_superuser(pg_secured, sql.SQL("CREATE DATABASE {} OWNER {}").format(
            sql.Identifier(other), sql.Identifier(owner)))
        code, out = _check(pg_secured, seeded, capsys, monkeypatch)
    finally:
        _as_superuser(pg_secured, sql.SQL("DROP DATABASE IF EXISTS {}").format(
            sql.Identifier(other)))
        _as_superuser(pg_secured, sql.SQL("DROP ROLE IF EXISTS {}").format(
            sql.Identifier(owner)))
    assert code != 0
    assert f"another RefugeDesk service, {other}" in out, out


def test_an_administrator_sees_the_rules_changed_from_her_admin_page(
        qtbot, pg_secured: SecuredDatabase, seeded: ServerProfile) -> None:
    """The same check from the screens: what was found, and every finding in the details."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel, QMessageBox
    from ui.drive import click, find, settle, sign_in

    from refugedesk.ui.controller import AppController

    _as_superuser(pg_secured, "ALTER TABLE contact DISABLE ROW LEVEL SECURITY")
    assert seeded.path is not None
    controller = AppController(seeded.path)
    controller.start()
    try:
        main = sign_in(qtbot, controller, pg_secured.admin, pg_secured.admin_password)
        click(qtbot, main, "navAdmin")
        page = main.page_widget("admin")
        click(qtbot, page, "checkRecordsButton")
        settle(qtbot, page.job)
        assert "The check found" in find(page, QLabel, "adminMessage").text()
        box = page.dialog
        assert isinstance(box, QMessageBox) and box.objectName() == "checkResult"
        # What the server's catalogue names is shown as written, never read as markup.
        assert box.textFormat() == Qt.TextFormat.PlainText
        assert "Need-to-know is switched off on contact" in box.detailedText()
        assert "server upgrade" in box.detailedText()
        box.resize(1024, 600)
        box.accept()
    finally:
        controller.dispose()
