"""Connect to the service's server: the first-run window's way to a server profile (issue 17).

A service whose records are on its own PostgreSQL server gives each office four things: the
server's name, its port, the database and a certificate file (the authority that vouches for
the server). None of them is secret. They are saved as a `.rdserver` profile where this
computer looks for its vault, and the sign-in window opens on it: the password is asked for
there, and only sent to a server the certificate vouches for.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import cast

from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QSpinBox, QWidget

from refugedesk.db.vault import Vault
from refugedesk.errors import ValidationError
from refugedesk.i18n import translate
from refugedesk.server.profile import DEFAULT_PORT, ServerProfile
from refugedesk.ui.forms import FormDialog
from refugedesk.ui.widgets import button, line_edit


class ServerConnectDialog(FormDialog):
    """Saves the profile to `save_to` (a `.rdserver` path); `profile` is what was saved."""

    def __init__(self, save_to: Path, parent: QWidget | None = None) -> None:
        # No vault yet: this is how the computer finds one.
        super().__init__(cast(Vault, None), name="serverConnectDialog",
                         title=translate("ServerConnect", "Connect to your service's server"),
                         intro=translate(
                             "ServerConnect", "Whoever looks after your service's server gives "
                             "you these. None of them is secret: your password is asked for "
                             "next, and only sent to the server the certificate vouches for."),
                         save=translate("ServerConnect", "Connect"), parent=parent)
        self._save_to = Path(save_to)
        self.profile: ServerProfile | None = None
        self.host = line_edit("serverHost", translate("ServerConnect", "Server name"),
                              placeholder="refuge-db.example.org")
        self.port = QSpinBox(objectName="serverPort")  # type: ignore[call-arg]  # objectName= kwarg: not in the stubs
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.port.setAccessibleName(translate("ServerConnect", "Port"))
        self.database = line_edit("serverDatabase", translate("ServerConnect", "Database"))
        self.database.setText("refugedesk")
        self.certificate = line_edit("serverCertificate",
                                     translate("ServerConnect", "Certificate file"))
        self.browse = button(translate("ServerConnect", "Choose…"), "serverCertificateBrowse",
                             accessible=translate("ServerConnect", "Choose the certificate file"))
        self.browse.clicked.connect(self._choose_certificate)
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.certificate, 1)
        line.addWidget(self.browse)
        self.add_field(translate("ServerConnect", "&Server name"), self.host, "host")
        self.add_field(translate("ServerConnect", "&Port"), self.port, "port")
        self.add_field(translate("ServerConnect", "&Database"), self.database, "database")
        self.add_field(translate("ServerConnect", "&Certificate file"), row, "ca")

    def _choose_certificate(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, translate("ServerConnect", "The server's certificate"), "",
            translate("ServerConnect", "Certificates (*.pem *.crt)"))
        if chosen:
            self.certificate.setText(chosen)

    def action(self) -> Callable[[], object]:
        host, port = self.host.text().strip(), self.port.value()
        database, certificate = self.database.text().strip(), self.certificate.text().strip()
        save_to = self._save_to

        def connect() -> ServerProfile:
            try:
                pem = Path(certificate).read_text(encoding="ascii") if certificate else ""
            except (OSError, UnicodeError):
                raise ValidationError(translate(
                    "ServerConnect", "That certificate file cannot be read. Choose the .pem "
                    "file you were given."), field="ca") from None
            return ServerProfile(host, port, database, pem).save(save_to)

        return connect

    def saved(self, value: object) -> None:
        self.profile = cast(ServerProfile, value)
