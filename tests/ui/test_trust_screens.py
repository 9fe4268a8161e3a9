"""Issue 11 through the screens: a sign-in refused because staff accounts were changed outside
RefugeDesk, the warning when the audit trail was cut, and protecting an old vault from Admin."""

from __future__ import annotations

from conftest import ADMIN_PASSWORD
from helpers.raw import connect, raw_key
from PySide6.QtWidgets import QLabel, QLineEdit

from refugedesk import access
from refugedesk.db import trust
from refugedesk.ui.main_window import MainWindow
from refugedesk.ui.sign_in import SignInWindow
from refugedesk.ui.staff_dialogs import ProtectDialog
from ui.drive import click, find, sign_in


def _as_worker(path, *statements):
    conn = connect(path, raw_key(path, "worker", "demo"))
    try:
        for sql in statements:
            conn.execute(sql)
    finally:
        conn.close()


def test_a_worker_who_made_herself_administrator_is_told_plainly_and_let_in_to_nothing(
        qtbot, start_app, demo_vault, vault_path):
    demo_vault.close()
    _as_worker(vault_path, "UPDATE staff_member SET role = 'administrator' "
                           "WHERE username = 'worker'")
    controller = start_app(vault_path)
    window = sign_in(qtbot, controller, "worker", "demo")
    assert isinstance(window, SignInWindow)
    shown = [w.text() for w in window.findChildren(QLabel) if w.isVisible()]
    assert any("changed outside RefugeDesk" in text and "Tell your manager" in text
               for text in shown), shown


def test_a_cut_audit_trail_shows_a_warning_on_every_page(qtbot, start_app, demo_vault,
                                                         vault_path):
    demo_vault.close()
    with access.sign_in(vault_path, "admin", "demo"):
        pass  # this computer has seen the vault
    _as_worker(vault_path, "DELETE FROM audit_event WHERE id > (SELECT max(id) - 2 "
                           "FROM audit_event)")
    controller = start_app(vault_path)
    main = sign_in(qtbot, controller, "manager", "demo")
    assert isinstance(main, MainWindow)
    banner = find(main, QLabel, "trustBanner")
    assert banner.isVisible()
    assert "audit trail no longer holds" in banner.text()
    click(qtbot, main, "navHouses")
    assert banner.isVisible()


def test_an_old_vault_is_protected_from_the_admin_page(qtbot, start_app, new_vault,
                                                       vault_path, monkeypatch, tmp_path):
    ada, code = new_vault
    ada.close()
    conn = connect(vault_path, raw_key(vault_path, "ada", ADMIN_PASSWORD))
    conn.execute("DELETE FROM staff_roster")  # as an older RefugeDesk made it
    conn.close()
    monkeypatch.setenv(trust.WITNESS_ENV, str(tmp_path / "a-new-computer"))
    controller = start_app(vault_path)
    main = sign_in(qtbot, controller, "ada", ADMIN_PASSWORD)
    click(qtbot, main, "navAdmin")
    page = main.page_widget("admin")
    assert find(page, type(page.protect_button), "protectButton").isVisible()
    click(qtbot, page, "protectButton")
    dialog = page.findChild(ProtectDialog)
    assert dialog is not None and dialog.isVisible()
    find(dialog, QLineEdit, "protectCode").setText("WRNG-CODE-WRNG-CODE-WRNG-CODE")
    click(qtbot, dialog, "protectSave")
    assert dialog.isVisible()
    assert "recovery code is not right" in find(dialog, QLabel, "protectMessage").text()
    find(dialog, QLineEdit, "protectCode").setText(code)
    click(qtbot, dialog, "protectSave")
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert not page.protect_button.isVisible()
    assert access.check(main.vault) == []
