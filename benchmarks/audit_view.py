"""The audit view at scale: a trail of N fictional events (default 1,000,000, five years, 40
staff, 20,000 residents). Prints the first page (200 rows) and the next page for each filter
the manager can choose, against the floor (the same page read by id, no filter), median of a
few runs.

    .venv/bin/python benchmarks/audit_view.py [--events N] [--runs N]

The vault is built once into the cache folder (see _build.py). Events are bulk-inserted on a
raw keyed connection with made-up hashes: the chain is not what is measured here (`check`
walks it), only reading pages of it.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from _build import CACHE, PASSWORD, USERNAME, light_kdf

from refugedesk import audit_view
from refugedesk.audit_view import AuditFilter
from refugedesk.db import migrate
from refugedesk.db.vault import Vault

SEED, STAFF, RESIDENTS = 16, 40, 20_000
KINDS = ["record_opened"] * 6 + ["contact_logged", "resident_changed", "sign_in", "lock",
                                 "unlock", "plan_changed"]


def vault_path(events: int) -> Path:
    return CACHE / f"audit-{events}-{migrate.HEAD}.rdb"


def build(events: int) -> Path:
    path = vault_path(events)
    if path.exists():
        return path
    CACHE.mkdir(parents=True, exist_ok=True)
    light_kdf()
    started = time.perf_counter()
    vault, _code = Vault.create(path, organisation="Benchmark Refuge (fictional)",
                                username=USERNAME, display_name="Bench Admin",
                                password=PASSWORD, demo=True)
    rng = random.Random(SEED)
    now = datetime.now(UTC)
    raw = vault.raw_connection()
    try:
        raw.execute("BEGIN IMMEDIATE")
        raw.executemany(
            "INSERT INTO staff_member (id, username, display_name, role, active, created_at, "
            "updated_at) VALUES (?, ?, ?, 'support_worker', 1, ?, ?)",
            [(i, f"worker{i:02d}", f"Worker {i}", now.isoformat(), now.isoformat())
             for i in range(2, STAFF + 2)])
        raw.executemany(
            "INSERT INTO resident (id, reference, name, known_as, created_at, updated_at, "
            "language, needs_interpreter, access_needs, immigration_status, nrpf, gp, "
            "safe_to_call, safe_to_text, code_word, times_to_avoid) VALUES "
            "(?, ?, 'Fictional Name', '', ?, ?, '', 0, '', '', 0, '', 1, 1, '', '')",
            [(r, f"A-{r:06d}", now.isoformat(), now.isoformat())
             for r in range(1, RESIDENTS + 1)])
        start = now - timedelta(days=5 * 365)
        step = (now - start) / events
        rows = []
        for i in range(events):
            at = (start + step * i).isoformat(timespec="microseconds")
            actor = rng.randint(2, STAFF + 1)
            kind = rng.choice(KINDS)
            record = rng.randint(1, RESIDENTS) if kind not in ("sign_in", "lock",
                                                               "unlock") else None
            rows.append((at, actor, f"worker{actor - 1:02d}" if actor > 1 else USERNAME,
                         kind, "resident" if record else None, record, "",
                         f"{i:064x}", f"{i + 1:064x}"))
            if len(rows) == 50_000:
                raw.executemany(
                    "INSERT INTO audit_event (at, actor_id, actor, kind, record_type, "
                    "record_id, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    rows)
                rows = []
        if rows:
            raw.executemany(
                "INSERT INTO audit_event (at, actor_id, actor, kind, record_type, record_id, "
                "detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        raw.execute("COMMIT")
    finally:
        raw.close()
        vault.close()
    print(f"built {path.name} in {time.perf_counter() - started:.0f} s")
    return path


def median_ms(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    path = build(args.events)
    light_kdf()
    vault = Vault.unlock(path, USERNAME, PASSWORD)
    try:
        person = vault.person
        # the resident with the fewest events, and a busy one
        with vault.session() as s:
            conn = s.connection()
            rare = conn.exec_driver_sql(
                "SELECT record_id FROM audit_event WHERE record_type = 'resident' "
                "GROUP BY record_id ORDER BY count(*) LIMIT 1").scalar()
        today = date.today()
        cases = {
            "no filter": AuditFilter(since=None),
            "last 30 days": AuditFilter(since=today - timedelta(days=30), until=today),
            "one person (1 in 40), any date": AuditFilter(who="worker07"),
            "one person, last 30 days": AuditFilter(who="worker07",
                                                    since=today - timedelta(days=30)),
            "one resident (her few events), any date": AuditFilter(reference=f"A-{rare:06d}"),
            "one resident, last 30 days": AuditFilter(reference=f"A-{rare:06d}",
                                                      since=today - timedelta(days=30)),
        }
        with vault.session() as s:
            conn = s.connection()

            def floor() -> None:
                conn.exec_driver_sql("SELECT id, at, actor, kind FROM audit_event "
                                     "ORDER BY id DESC LIMIT 200").fetchall()

            print(f"{args.events:,} audit events; median of {args.runs} runs")
            print(f"{'floor: 200 newest by id, no filter':<44} {median_ms(floor, args.runs):8.1f} ms")
            for name, filt in cases.items():
                first = median_ms(lambda f=filt: audit_view.events(s, person, f), args.runs)
                page = audit_view.events(s, person, filt)
                after = page[-1] if page else None
                nxt = median_ms(lambda f=filt, a=after: audit_view.events(s, person, f, after=a),
                                args.runs)
                print(f"{name:<44} {first:8.1f} ms first page, {nxt:8.1f} ms next "
                      f"({len(page)} rows)")
    finally:
        vault.close()


if __name__ == "__main__":
    main()
