"""Find a room at 60 houses, 400 rooms, five years of stays: how long search_for_referral takes
(every room a fit or left out with its reason and nearest date; target: under 50 ms).

    .venv/bin/python benchmarks/find_room.py [--db PATH --user NAME] [--runs N]

Without --db it uses the shared large vault (built once and cached, see _build.py); with --db
a copy of another benchmark vault (e.g. stalls.py's, with 100k residents) is opened read-only
in effect (nothing is written). Prints the median and the slowest of N searches over random
referrals and dates (today and the next 60 days), beside the floor: the same four plain
queries without any Python per room.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from datetime import date, timedelta
from pathlib import Path

from _build import PASSWORD, USERNAME, light_kdf, open_large_vault


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path)
    parser.add_argument("--user", default=USERNAME)
    parser.add_argument("--password", default=PASSWORD)
    parser.add_argument("--runs", type=int, default=40)
    args = parser.parse_args()

    from sqlalchemy import func, select

    from refugedesk import capacity
    from refugedesk.db.models import (
        Referral,
        ReferralStatus,
        Reservation,
        Resident,
        Room,
        RoomClosure,
        Stay,
    )
    from refugedesk.db.vault import Vault

    if args.db:
        light_kdf()
        vault = Vault.unlock(args.db, args.user, args.password)
    else:
        vault = open_large_vault()
    rng = random.Random(7)
    today = date.today()
    with vault.session() as s:
        # The referrals Find a room is offered for: the open ones (the screen's button is
        # greyed out for the rest). Arrived ones cost one scan of the stays more (her record).
        ids = list(s.scalars(select(Referral.id).where(Referral.status.in_(
            [st for st in ReferralStatus if st.is_open]))))
        arrived = list(s.scalars(select(Referral.id).where(
            Referral.status == ReferralStatus.ARRIVED).limit(200)))
        counts = {name: s.scalar(select(func.count()).select_from(model)) for name, model in
                  [("rooms", Room), ("stays", Stay), ("referrals", Referral),
                   ("residents", Resident)]}
        capacity.search_for_referral(s, ids[0], on=today, nights=28)  # warm the page cache
    print("vault:", ", ".join(f"{v} {k}" for k, v in counts.items()))
    times, floor, sizes = [], [], []
    for _ in range(args.runs):
        referral_id = rng.choice(ids)
        on = today + timedelta(days=rng.randint(0, 60))
        started = time.perf_counter()
        with vault.session() as s:
            found = capacity.search_for_referral(s, referral_id, on=on, nights=28)
        times.append(time.perf_counter() - started)
        sizes.append((len(found.fits), len(found.left_out)))
        started = time.perf_counter()
        with vault.session() as s:
            s.execute(select(Room.id, Room.house_id)).all()
            s.execute(select(Stay.room_id, Stay.left_on).where(
                (Stay.left_on.is_(None)) | (Stay.left_on > on))).all()
            s.execute(select(Reservation.room_id).where(Reservation.state == "held")).all()
            s.execute(select(RoomClosure.room_id).where(
                (RoomClosure.ends_on.is_(None)) | (RoomClosure.ends_on > on))).all()
        floor.append(time.perf_counter() - started)
    closed = []
    for _ in range(min(args.runs, len(arrived))):
        started = time.perf_counter()
        with vault.session() as s:
            capacity.search_for_referral(s, rng.choice(arrived), on=today, nights=28)
        closed.append(time.perf_counter() - started)
    if closed:
        print(f"(an arrived referral, with her record: median {ms(statistics.median(closed))})")
    med, worst, base = statistics.median(times), max(times), statistics.median(floor)
    print(f"search_for_referral: median {ms(med)}, slowest {ms(worst)} over {args.runs} "
          f"searches (fits/left out e.g. {sizes[0]}); floor {ms(base)}, ratio "
          f"{med / base:.1f}; target 50 ms: {'met' if worst < 0.05 else 'NOT met'}")
    vault.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
