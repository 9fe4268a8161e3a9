"""The test server is reached as a refuge service's server should be: only over TLS from the
network, with the server's certificate verified (verify-full), so a worker's password and the
records never cross a network in clear and a look-alike server is not believed."""

from __future__ import annotations

import subprocess
from pathlib import Path

import psycopg
import pytest


@pytest.fixture
def tls_server(pg_server):
    if not pg_server.tls:
        pytest.skip(pg_server.tls_missing_reason)
    return pg_server


def test_a_connection_without_tls_from_127_0_0_1_is_refused(tls_server) -> None:
    hba = tls_server.hba_file.read_text()
    assert "hostssl all all 127.0.0.1/32" in hba
    with pytest.raises(psycopg.OperationalError, match="no encryption"):
        psycopg.connect(tls_server.conninfo(host="127.0.0.1", sslmode="disable"),
                        connect_timeout=10)


def test_the_verified_connection_uses_tls_1_3(tls_server) -> None:
    with psycopg.connect(tls_server.conninfo(host="127.0.0.1")) as conn:
        ssl, version = conn.execute("SELECT ssl, version FROM pg_stat_ssl "
                                    "WHERE pid = pg_backend_pid()").fetchone()
    assert ssl is True and version == "TLSv1.3"


def test_a_server_whose_certificate_is_not_the_expected_one_is_not_believed(
        tls_server, tmp_path: Path) -> None:
    """verify-full with another CA: the client refuses before sending the password."""
    other = tmp_path / "other.crt"
    subprocess.run(["openssl", "req", "-x509", "-nodes", "-newkey", "ec", "-pkeyopt",
                    "ec_paramgen_curve:prime256v1", "-days", "1", "-subj", "/CN=localhost",
                    "-keyout", str(tmp_path / "other.key"), "-out", str(other)],
                   check=True, capture_output=True)
    with pytest.raises(psycopg.OperationalError, match="certificate verify failed"):
        psycopg.connect(tls_server.conninfo(sslrootcert=str(other)), connect_timeout=10)
