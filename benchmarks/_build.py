"""The large fictional vault the houses benchmarks share: 60 houses, 400 rooms, five years of
referrals, offers, stays and closures (refugedesk.demo.add_network, seeded, so every run builds
the same service). Built once into a cache folder and reused while the schema is unchanged.

    from _build import open_large_vault
    vault = open_large_vault()          # opened as the administrator
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from refugedesk.db import keyslots, migrate  # noqa: E402
from refugedesk.db.vault import Vault  # noqa: E402

HOUSES, ROOMS, YEARS, SEED = 60, 400, 5.0, 2026
USERNAME = "bench"
PASSWORD = "plum orchard lantern 42"
CACHE = Path(os.environ.get("REFUGEDESK_BENCH_CACHE",
                            Path(tempfile.gettempdir()) / "refugedesk-bench"))


def vault_path() -> Path:
    # The schema revision is in the name: a new migration means a new vault.
    return CACHE / f"houses-{HOUSES}-{ROOMS}-{YEARS:g}y-{migrate.HEAD}.rdb"


def light_kdf() -> None:
    """Argon2id's cost is not what these benchmarks measure."""
    from refugedesk.server import passwords

    light = keyslots.KdfProfile(time_cost=1, memory_kib=8 * 1024, parallelism=1)
    keyslots.set_kdf_profile(light)
    passwords.set_login_kdf(light)  # a server login's password is made the same way


def build(*, quiet: bool = False) -> Path:
    """Make the large vault if it is not in the cache yet; return its path."""
    path = vault_path()
    if path.exists():
        return path
    light_kdf()
    from refugedesk.demo import add_network

    CACHE.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    vault, _code = Vault.create(path, organisation="Benchmark Refuge Network (fictional)",
                                username=USERNAME, display_name="Bench Admin",
                                password=PASSWORD, demo=True)
    try:
        counts = add_network(vault, houses=HOUSES, rooms=ROOMS, years=YEARS, seed=SEED)
    finally:
        vault.close()
    if not quiet:
        print(f"built {path.name} in {time.perf_counter() - started:.1f} s: "
              + ", ".join(f"{v} {k}" for k, v in counts.items()))
    return path


def open_large_vault() -> Vault:
    path = build()
    light_kdf()
    return Vault.unlock(path, USERNAME, PASSWORD)


if __name__ == "__main__":
    build()
