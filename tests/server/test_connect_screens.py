"""From the first-run window to a server (issue 17): a new office PC, told the server's name,
port, database and certificate, saves a profile, signs in through the sign-in window as her
own login, and works; what she mistypes is said beside the field, and nothing is saved."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QSpinBox, QWidget
from ui.drive import find, sign_in

from refugedesk.server.profile import ServerProfile
from refugedesk.server.vault import ServerVault
from refugedesk.ui.controller import AppController
from refugedesk.ui.first_run import FirstRunWindow
from refugedesk.ui.main_window import MainWindow
from refugedesk.ui.sign_in import SignInWindow

from .conftest import SecuredDatabase


@pytest.fixture
def first_run(qtbot, tmp_path: Path, pg_secured: SecuredDatabase):
    if not pg_secured.server.tls:
        pytest.skip(pg_secured.server.tls_missing_reason)
    controller = AppController(tmp_path / "refuge.rdb")
    controller.start()
    assert isinstance(controller.window, FirstRunWindow)
    yield controller
    controller.dispose()


def _connect_dialog(qtbot, controller: AppController) -> QWidget:
    find(controller.window, QPushButton, "connectServerButton").click()
    dialog = controller.window.dialog
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def _fill(dialog: QWidget, *, host: str, port: int, database: str, certificate: str) -> None:
    find(dialog, QLineEdit, "serverHost").setText(host)
    find(dialog, QSpinBox, "serverPort").setValue(port)
    find(dialog, QLineEdit, "serverDatabase").setText(database)
    find(dialog, QLineEdit, "serverCertificate").setText(certificate)


def test_a_new_office_pc_connects_to_the_server_and_signs_in(
        qtbot, first_run: AppController, pg_secured: SecuredDatabase, tmp_path: Path) -> None:
    dialog = _connect_dialog(qtbot, first_run)
    _fill(dialog, host="localhost", port=pg_secured.server.port, database=pg_secured.name,
          certificate=str(pg_secured.server.ca_file))
    find(dialog, QPushButton, "serverConnectDialogSave").click()
    qtbot.waitUntil(lambda: isinstance(first_run.window, SignInWindow))
    saved = tmp_path / "refuge.rdserver"
    assert ServerProfile.load(saved).database == pg_secured.name
    main = sign_in(qtbot, first_run, pg_secured.admin, pg_secured.admin_password)
    assert isinstance(main, MainWindow)
    assert isinstance(main.vault, ServerVault)
    assert find(main, QLabel, "statusPerson").text().startswith("Signed in: First Admin")


def test_what_is_mistyped_is_said_beside_it_and_nothing_is_saved(
        qtbot, first_run: AppController, tmp_path: Path) -> None:
    dialog = _connect_dialog(qtbot, first_run)
    not_a_certificate = tmp_path / "notes.txt"
    not_a_certificate.write_text("This is not a certificate")
    for host, certificate, field in (("not a server name!", str(not_a_certificate), "host"),
                                     ("localhost", str(tmp_path / "missing.pem"), "ca"),
                                     ("localhost", str(not_a_certificate), "ca")):
        _fill(dialog, host=host, port=5432, database="refugedesk", certificate=certificate)
        find(dialog, QPushButton, "serverConnectDialogSave").click()
        assert dialog.isVisible()
        assert find(dialog, QLabel, f"serverConnectDialog_{field}Message").text()
    assert not (tmp_path / "refuge.rdserver").exists()
    assert isinstance(first_run.window, FirstRunWindow)
