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


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    return tmp_path / "refuge.rdb"


@pytest.fixture
def demo_vault(vault_path: Path):
    """The demo vault (admin, manager, worker; password `demo`), open as admin."""
    from refugedesk.demo import create_demo_vault

    vault = create_demo_vault(vault_path)
    yield vault
    vault.close()


@pytest.fixture
def new_vault(vault_path: Path):
    """A fresh vault with one administrator `ada` (ADMIN_PASSWORD). Yields (vault, recovery)."""
    from refugedesk import access

    vault, code = access.set_up(vault_path, organisation="Fictional Test Refuge",
                                username="ada", display_name="Ada Test", password=ADMIN_PASSWORD)
    yield vault, code
    vault.close()


def reopen(path: Path, username: str, password: str) -> Vault:
    from refugedesk import access

    return access.sign_in(path, username, password)
