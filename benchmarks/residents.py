"""Residents' records at scale: 100k fictional residents (with children) and 2M keywork contacts.
Prints (a) the residents list search by name prefix, median per query (target: under 30 ms),
and (b) opening a record with 500 contacts, header and first page of contacts (target: under
150 ms).

    .venv/bin/python benchmarks/residents.py [--residents N] [--contacts N] [--queries N]

The vault is built once into the cache folder (see _build.py) and reused while the schema and
the scale are unchanged. Rows are bulk-inserted with executemany on a raw keyed connection:
the domain functions would take hours for 2M contacts, and how fast rows were written is not
what is measured here. Every name is made up from syllables, so none can be a real woman.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from _build import CACHE, PASSWORD, USERNAME, light_kdf

from refugedesk.db import migrate
from refugedesk.db.vault import Vault

SEED = 4
#: The resident whose record is opened: she has exactly this many contacts.
TARGET_CONTACTS = 500
SYLLABLES = ["ka", "lo", "mi", "ra", "ne", "su", "ta", "vi", "zo", "be", "da", "fe", "go", "hi",
             "jo", "ku", "le", "ma", "no", "pa", "ri", "sa", "te", "wu", "ya", "el", "an", "or"]
MODES = ["face_to_face", "phone", "video", "text", "letter"]
PLACES = ["her_room", "office", "park", "cafe", "school", "court", "hospital", "other"]


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def _name(rng: random.Random, parts: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(parts)).capitalize()


def vault_path(residents: int, contacts: int) -> Path:
    return CACHE / f"residents-{residents}-{contacts}-{migrate.HEAD}.rdb"


def build(residents: int, contacts: int) -> Path:
    path = vault_path(residents, contacts)
    if path.exists():
        return path
    CACHE.mkdir(parents=True, exist_ok=True)
    light_kdf()
    started = time.perf_counter()
    vault, _code = Vault.create(path, organisation="Benchmark Refuge (fictional)",
                                username=USERNAME, display_name="Bench Admin",
                                password=PASSWORD, demo=True)
    try:
        from refugedesk.demo import add_network

        add_network(vault, houses=20, rooms=150, years=5.0, seed=SEED)
        _bulk(vault, residents, contacts)
    finally:
        vault.close()
    print(f"built {path.name} in {time.perf_counter() - started:.0f} s")
    return path


def _bulk(vault: Vault, residents: int, contacts: int) -> None:
    from refugedesk.resident_search import search_words

    rng = random.Random(SEED)
    now = datetime.now(UTC).isoformat(timespec="microseconds")
    today = date.today()
    raw = vault.raw_connection()
    try:
        raw.execute("BEGIN IMMEDIATE")
        people, terms, children = [], [], []
        for rid in range(1, residents + 1):
            name = f"{_name(rng, rng.randint(2, 3))} {_name(rng, rng.randint(2, 4))}"
            known_as = _name(rng, 2) if rng.random() < 0.2 else ""
            ref = f"B-{rid:06d}"
            people.append((rid, ref, name, known_as, (today - timedelta(days=rng.randint(
                7000, 20000))).isoformat(), rng.choice(["standard", "medium", "high", None]),
                now, now))
            words = set(search_words(name)) | set(search_words(known_as)) | {ref.casefold(), "b",
                                                                 f"{rid:06d}"}
            for _ in range(rng.choice([0, 0, 1, 1, 2, 3])):
                child = _name(rng, 2)
                words |= set(search_words(child))
                children.append((rid, child, now, now))
            terms += [(t, rid, name) for t in words]
        raw.executemany(
            "INSERT INTO resident (id, reference, name, known_as, date_of_birth, risk_level, "
            "created_at, updated_at, language, needs_interpreter, access_needs, "
            "immigration_status, nrpf, gp, safe_to_call, safe_to_text, code_word, "
            "times_to_avoid, created_by_id, updated_by_id, key_worker_id) VALUES "
            "(?, ?, ?, ?, ?, ?, ?, ?, '', 0, '', '', 0, '', 1, 1, '', '', 1, 1, 1)", people)
        raw.executemany("INSERT INTO resident_search_term (term, resident_id, name) "
                        "VALUES (?, ?, ?)", terms)
        raw.executemany(
            "INSERT INTO child (resident_id, name, created_at, updated_at, school, "
            "child_protection_plan, child_in_need, social_worker, needs) VALUES "
            "(?, ?, ?, ?, '', 0, 0, '', '')", children)
        # her stays: the residents list's "in refuge now" and the header's house and room
        stays = [r[0] for r in raw.execute("SELECT id FROM stay ORDER BY id")]
        raw.executemany("UPDATE stay SET resident_id = ? WHERE id = ?",
                        [(rng.randint(1, residents), sid) for sid in stays])
        raw.execute("UPDATE stay SET resident_id = 1 WHERE id = (SELECT max(id) FROM stay "
                    "WHERE left_on IS NULL)")
        # contacts: the target resident (id 1) has exactly TARGET_CONTACTS, the rest share the
        # remainder at random; written in resident order, in chunks
        start = datetime.now(UTC) - timedelta(days=5 * 365)
        counts = [0] * (residents + 1)
        counts[1] = TARGET_CONTACTS
        for _ in range(contacts - TARGET_CONTACTS):
            counts[rng.randint(2, residents)] += 1
        batch: list[tuple] = []
        for rid in range(1, residents + 1):
            for _ in range(counts[rid]):
                at = (start + timedelta(minutes=rng.randint(0, 5 * 365 * 24 * 60))).isoformat(
                    timespec="microseconds")
                batch.append((rid, at, rng.choice((15, 30, 45, 60)), rng.choice(MODES),
                              rng.choice(PLACES), now, now))
            if len(batch) >= 200_000 or rid == residents:
                raw.executemany(
                    "INSERT INTO contact (resident_id, at, minutes, mode, place, created_at, "
                    "updated_at, staff_id, state, notes, created_by_id, updated_by_id) VALUES "
                    "(?, ?, ?, ?, ?, ?, ?, 1, 'attended', 'Keywork session (fictional)', 1, 1)",
                    batch)
                batch = []
        raw.execute("COMMIT")
        raw.execute("ANALYZE")
    finally:
        raw.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--residents", type=int, default=100_000)
    parser.add_argument("--contacts", type=int, default=2_000_000)
    parser.add_argument("--queries", type=int, default=200)
    args = parser.parse_args()

    path = build(args.residents, args.contacts)
    light_kdf()
    from sqlalchemy import func, select

    from refugedesk import contacts, residents
    from refugedesk.db.models import Contact, Resident

    rng = random.Random(SEED + 1)
    with Vault.unlock(path, USERNAME, PASSWORD) as vault:
        with vault.session() as s:
            counts = (s.scalar(select(func.count()).select_from(Resident)),
                      s.scalar(select(func.count()).select_from(Contact)))
            names = list(s.scalars(select(Resident.name).where(
                Resident.id.in_([rng.randint(1, args.residents) for _ in range(args.queries)]))))
        print(f"{counts[0]} residents, {counts[1]} contacts")
        for length in (1, 2, 3, 4):
            times, found = [], []
            for name in names:
                word = rng.choice(name.split())
                prefix = word[:length]
                with vault.session() as s:
                    t = time.perf_counter()
                    rows = residents.search_residents(s, prefix, limit=100)
                    times.append(time.perf_counter() - t)
                found.append(len(rows))
            times.sort()
            print(f"search by a {length}-letter name prefix, first page of 100: median "
                  f"{ms(statistics.median(times))}, 95th percentile "
                  f"{ms(times[int(len(times) * 0.95) - 1])} (median {statistics.median(found):g}"
                  " rows)")
        times = []
        for _ in range(20):
            with vault.session() as s:
                t = time.perf_counter()
                residents.search_residents(s, "", in_refuge_now=True, limit=100)
                times.append(time.perf_counter() - t)
        print(f"in refuge now, first page: median {ms(statistics.median(times))}")
        times = []
        for _ in range(30):
            t = time.perf_counter()
            header = residents.open_record(vault, 1)
            with vault.session() as s:
                page = contacts.contacts_for(s, 1, limit=50)
                total = contacts.count_contacts(s, 1)
            times.append(time.perf_counter() - t)
        assert total == TARGET_CONTACTS and len(page) == 50 and header.reference == "B-000001"
        print(f"open a record with {total} contacts (audited header + first page of 50): "
              f"median {ms(statistics.median(times))}, worst {ms(max(times))}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
