"""A server profile (refugedesk/server/profile.py) without a server: what is typed into it is
checked field by field, a damaged one is a plain error, only certificates are kept, and a full
disk while saving leaves the profile that was there whole."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from refugedesk.db.engine import known_error
from refugedesk.errors import DiskFull, ServerProfileDamaged, ValidationError
from refugedesk.server.profile import ServerProfile

CERTIFICATE = "-----BEGIN CERTIFICATE-----\nMIIBfictional==\n-----END CERTIFICATE-----"


@pytest.mark.parametrize(("host", "port", "database", "pem", "field"), [
    ("=HYPERLINK(\"http://x\")", 5432, "refugedesk", CERTIFICATE, "host"),
    ("refuge db", 5432, "refugedesk", CERTIFICATE, "host"),
    ("localhost", 0, "refugedesk", CERTIFICATE, "port"),
    ("localhost", 70000, "refugedesk", CERTIFICATE, "port"),
    ("localhost", 5432, "refuge desk; DROP", CERTIFICATE, "database"),
    ("localhost", 5432, "refugedesk", "not a certificate", "ca"),
])
def test_what_is_typed_is_checked_field_by_field(host, port, database, pem, field) -> None:
    with pytest.raises(ValidationError) as raised:
        ServerProfile(host, port, database, pem)
    assert raised.value.field == field


def test_a_profile_is_saved_and_read_back_with_only_its_certificates(tmp_path: Path) -> None:
    key = "-----BEGIN PRIVATE KEY-----\nMIIfictional\n-----END PRIVATE KEY-----\n"
    saved = ServerProfile("refuge-db.example.org", 5433, "refugedesk",
                          key + CERTIFICATE).save(tmp_path / "office")
    assert saved.path == tmp_path / "office.rdserver"
    again = ServerProfile.load(saved.path)
    assert (again.host, again.port, again.database) == ("refuge-db.example.org", 5433,
                                                        "refugedesk")
    assert "PRIVATE KEY" not in again.ca_pem and CERTIFICATE in again.ca_pem
    assert "sslmode=verify-full" in again.url("amina", "a password")


@pytest.mark.parametrize("damage", ["missing", "not json", "another format", "no certificate",
                                    "bad port"])
def test_a_damaged_profile_is_a_plain_error(tmp_path: Path, damage: str) -> None:
    path = ServerProfile("localhost", 5432, "refugedesk", CERTIFICATE).save(
        tmp_path / "office.rdserver").path
    assert path is not None
    if damage == "missing":
        path.unlink()
    elif damage == "not json":
        path.write_text("{")
    elif damage == "another format":
        path.write_text('{"format": "something-else", "version": 1}')
    elif damage == "no certificate":
        path.with_name(path.name + "-ca.pem").unlink()
    else:
        path.write_text('{"format": "refugedesk-server", "version": 1, "host": "localhost", '
                        '"port": "many", "database": "refugedesk"}')
    with pytest.raises(ServerProfileDamaged):
        ServerProfile.load(path)


def test_a_full_disk_while_saving_leaves_the_profile_that_was_there(
        tmp_path: Path, monkeypatch) -> None:
    first = ServerProfile("localhost", 5432, "refugedesk", CERTIFICATE).save(
        tmp_path / "office.rdserver")

    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(OSError) as raised:
        ServerProfile("elsewhere.example.org", 5432, "refugedesk", CERTIFICATE).save(
            tmp_path / "office.rdserver")
    assert isinstance(known_error(raised.value), DiskFull)  # what the form then says
    monkeypatch.undo()
    assert first.path is not None
    assert ServerProfile.load(first.path).host == "localhost"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["office.rdserver",
                                                          "office.rdserver-ca.pem"]
