"""Shared fixtures: real SQLCipher vaults in tmp_path, never mocks.

Argon2id runs with a light profile here so the suite stays fast; tests/test_keyslots.py checks
the real profile once.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Nothing a test run writes lands in the real application-data folder (the witness of every
# throwaway vault, error logs): it goes to a folder of this run's own, subprocesses included.
import tempfile  # noqa: E402

os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="refugedesk-test-data-")
# ... and the app's settings on "this computer" (QSettings: the vault's place, the look, the
# language of the sign-in window) are this run's own, so no test run inherits another's.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="refugedesk-test-config-")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

# The content vaults' shared checks assert in a helper: let pytest show what differed there too.
pytest.register_assert_rewrite("helpers.contentchecks")

from refugedesk.db import keyslots  # noqa: E402
from refugedesk.db.vault import Vault  # noqa: E402

keyslots.set_kdf_profile(keyslots.KdfProfile(time_cost=1, memory_kib=8 * 1024, parallelism=1))
# A server login's password is derived from the typed one the same way (one cost per process).
from refugedesk.server import passwords  # noqa: E402

passwords.set_login_kdf(keyslots.KdfProfile(time_cost=1, memory_kib=8 * 1024, parallelism=1))

ADMIN_PASSWORD = "plum orchard lantern 42"


@pytest.fixture(autouse=True)
def _witness_here(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Each test is its own computer: what it 'saw' of a vault (refugedesk/db/trust.py's
    witness) lives in a folder of its own, never in the real application-data folder."""
    from refugedesk.db import trust

    monkeypatch.setenv(trust.WITNESS_ENV, str(tmp_path_factory.mktemp("witness")))


@pytest.fixture(autouse=True)
def _english_again():
    """A test that works in Welsh (signing in as someone who does, say) leaves the next test
    in English, the language the other tests are written in."""
    yield
    from refugedesk import i18n

    if i18n.current() != i18n.ENGLISH:
        i18n.use(i18n.ENGLISH)


# The throwaway PostgreSQL server's fixtures, for the whole suite (tests/helpers/pg.py).
from helpers.pg import (  # noqa: E402, F401  (fixtures)
    pg_database,
    pg_engine,
    pg_secured,
    pg_secured_template,
    pg_server,
    profile,
)

ENGINES = ("sqlcipher", "postgresql")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "both_engines: run the test on a SQLCipher file vault and again on the "
        "PostgreSQL server (new_vault and vault_path follow the engine)")
    config.addinivalue_line(
        "markers", "file_only(reason): under both_engines, run on the file vault only")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if metafunc.definition.get_closest_marker("both_engines") is None:
        return
    if "new_vault" not in metafunc.fixturenames:
        return
    engines = ENGINES
    if metafunc.definition.get_closest_marker("file_only") is not None:
        engines = ENGINES[:1]
    metafunc.parametrize("engine_kind", engines, indirect=True)


@pytest.fixture
def engine_kind(request: pytest.FixtureRequest) -> str:
    """Which engine the vault of a `both_engines` test is on; a file otherwise."""
    return str(getattr(request, "param", "sqlcipher"))


@pytest.fixture
def vault_path(tmp_path: Path, engine_kind: str) -> Path:
    """Where the vault is: a file, or (on a server) the office's profile for it."""
    if engine_kind == "postgresql":
        return tmp_path / "refuge.rdserver"
    return tmp_path / "refuge.rdb"


@pytest.fixture
def demo_vault(vault_path: Path):
    """The demo vault (admin, manager, worker; password `demo`), open as admin."""
    from refugedesk.demo import create_demo_vault

    vault = create_demo_vault(vault_path)
    yield vault
    vault.close()


@pytest.fixture
def new_vault(vault_path: Path, engine_kind: str, request: pytest.FixtureRequest):
    """A fresh vault with one administrator `ada` (ADMIN_PASSWORD). Yields (vault, recovery).
    Under `both_engines`, also a fresh database on the test server, signed in to through its
    profile at `vault_path` as her own login."""
    from refugedesk import access

    if engine_kind == "postgresql":
        yield from _server_vault(request, vault_path)
        return
    vault, code = access.set_up(vault_path, organisation="Fictional Test Refuge",
                                username="ada", display_name="Ada Test", password=ADMIN_PASSWORD)
    yield vault, code
    vault.close()


@pytest.fixture(scope="module")
def server_template(request: pytest.FixtureRequest):
    """One database set up as `server init` would, with the administrator `ada`: each
    `both_engines` test on the server gets a copy of it (helpers.pg.copy_of). One per module,
    not per session: its login and owner are the server's, and a server test's
    `refugedesk check` would rightly report them as strangers in the staff groups."""
    from helpers.pg import secured_database

    server = request.getfixturevalue("pg_server")
    if server.ca_file is None:
        pytest.skip(server.tls_missing_reason)
    with secured_database(server, server.create_database(), admin="ada",
                          admin_password=ADMIN_PASSWORD, admin_name="Ada Test") as secured:
        yield secured


def _server_vault(request: pytest.FixtureRequest, profile_path: Path):
    from helpers.pg import copy_of

    from refugedesk import access
    from refugedesk.server.profile import ServerProfile

    template = request.getfixturevalue("server_template")
    server = template.server
    with copy_of(template) as secured:
        ServerProfile("localhost", server.port, secured.name,
                      server.ca_file.read_text()).save(profile_path)
        vault = access.sign_in(profile_path, "ada", ADMIN_PASSWORD)
        try:
            yield vault, secured.recovery_code
        finally:
            vault.close()


def reopen(path: Path, username: str, password: str) -> Vault:
    from refugedesk import access

    return access.sign_in(path, username, password)
