"""A server profile: where a service's PostgreSQL server is, and the certificate that proves it.

The vault's location decides the engine: a `.rdb` file is a SQLCipher vault on this computer;
a `.rdserver` file is a profile of the service's server. A profile holds no secret: the host,
port and database, and the PEM of the certificate authority that signed the server's
certificate, so a connection is made with TLS and the certificate verified against it
(`sslmode=verify-full`): a look-alike server on the way is refused rather than sent a password.
It is written by `refugedesk server connect` (or the first-run window), and an office's copies
can be handed round like a shortcut.

    profile = ServerProfile.load(path)
    profile.url("amina", password)     # a SQLAlchemy URL for psycopg 3, TLS verified

Where the certificate file is kept: beside the profile, `<name>.rdserver-ca.pem`, written with
the profile (psycopg reads a CA from a file only).
"""

from __future__ import annotations

import json
import re
import secrets
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from refugedesk.errors import ServerProfileDamaged, ValidationError
from refugedesk.i18n import translate
from refugedesk.paths import write_text_atomically

SUFFIX = ".rdserver"
FORMAT = "refugedesk-server"
VERSION = 1
DEFAULT_PORT = 5432
_HOST = re.compile(r"^[A-Za-z0-9]([A-Za-z0-9.-]{0,251}[A-Za-z0-9])?$|^\[?[0-9A-Fa-f:.]+\]?$")
_DATABASE = re.compile(r"^[A-Za-z_][A-Za-z0-9_-]{0,62}$")
_PEM = re.compile(r"-----BEGIN CERTIFICATE-----[A-Za-z0-9+/=\s]+-----END CERTIFICATE-----")


def check_database(name: str) -> str:
    """A database name RefugeDesk uses: letters, numbers, - and _ (PostgreSQL's 63 at most)."""
    if not _DATABASE.match(name or ""):
        raise ValidationError(translate(
            "ServerProfile", "The database name is letters, numbers, - and _ (up to 63)."),
            field="database")
    return name


def is_profile(path: Path) -> bool:
    return Path(path).suffix == SUFFIX



#: How this copy of RefugeDesk names its connections to the server (application_name): a
#: change of the service key counts every other connection as someone else's, her own
#: login's on another computer included (server/key_rotation.py).
THIS_COPY = f"RefugeDesk {secrets.token_hex(6)}"


@dataclass(frozen=True)
class ServerProfile:
    host: str
    port: int
    database: str
    #: The certificate authority's certificate(s), PEM text.
    ca_pem: str
    #: Where the profile was read from (None before it is saved).
    path: Path | None = None

    def __post_init__(self) -> None:
        if not _HOST.match(self.host or ""):
            raise ValidationError(translate(
                "ServerProfile", "That is not a server name RefugeDesk can use: give its name "
                "(refuge-db.example.org) or its address."), field="host")
        if not 1 <= int(self.port) <= 65535:
            raise ValidationError(translate(
                "ServerProfile", "The port is a number from 1 to 65535 (usually 5432)."),
                field="port")
        check_database(self.database)
        if not _PEM.search(self.ca_pem or ""):
            raise ValidationError(translate(
                "ServerProfile", "The certificate is not a PEM certificate (a text file that "
                "starts -----BEGIN CERTIFICATE-----). Ask whoever runs the server for it."),
                field="ca")

    # --- files ------------------------------------------------------------------------------

    @property
    def ca_path(self) -> Path:
        if self.path is None:
            raise ValueError("a profile's certificate file is written with the profile")
        return self.path.with_name(self.path.name + "-ca.pem")

    @classmethod
    def load(cls, path: Path) -> ServerProfile:
        path = Path(path)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if not isinstance(data, dict) or data.get("format") != FORMAT \
                    or int(data.get("version", 0)) > VERSION:
                raise ValueError("format")
            ca_pem = path.with_name(path.name + "-ca.pem").read_text(encoding="ascii")
            return cls(str(data["host"]), int(data["port"]), str(data["database"]), ca_pem,
                       path)
        except (OSError, ValueError, KeyError, TypeError, UnicodeError, ValidationError):
            raise ServerProfileDamaged() from None

    def save(self, path: Path) -> ServerProfile:
        """Write the profile and its certificate, each replaced whole or not at all."""
        path = Path(path)
        if path.suffix != SUFFIX:
            path = path.with_name(path.name + SUFFIX)
        # Only the certificates: a file given by mistake that also holds a private key must
        # not be copied to every office.
        certificates = "\n".join(m.group(0) for m in _PEM.finditer(self.ca_pem)) + "\n"
        saved = ServerProfile(self.host, self.port, self.database, certificates, path)
        write_text_atomically(saved.ca_path, certificates, prefix=".rdserver-")
        write_text_atomically(path, json.dumps(
            {"format": FORMAT, "version": VERSION, "host": self.host, "port": self.port,
             "database": self.database}, indent=1), prefix=".rdserver-")
        return saved

    # --- connecting -------------------------------------------------------------------------

    def url(self, username: str, password: str) -> str:
        """Her connection: her own login, SCRAM, TLS with the server's certificate checked
        against the profile's authority and its name against `host`. `password` is the one
        she typed; the login's is made from it here (server/passwords.py), so the server
        never holds anything that opens her key slot more cheaply than her slot does."""
        from refugedesk.server.passwords import login_password

        password = login_password(username, password)
        # require_auth and channel_binding: her password goes only into SCRAM bound to this
        # TLS session, never in clear, even if the server (or one in its place holding its
        # key) asks for it; gssencmode: Kerberos encryption never stands in for verified TLS.
        query = (f"host={quote(self.host, safe='')}&port={self.port}&sslmode=verify-full"
                 f"&sslrootcert={quote(str(self.ca_path), safe='')}&connect_timeout=10"
                 "&require_auth=scram-sha-256&channel_binding=require&gssencmode=disable"
                 f"&application_name={quote(THIS_COPY, safe='')}")
        return (f"postgresql+psycopg://{quote(username, safe='')}:{quote(password, safe='')}@/"
                f"{quote(self.database, safe='')}?{query}")

    def describe(self) -> str:
        return f"{self.database} on {self.host}:{self.port}"
