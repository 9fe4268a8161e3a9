"""Board figures at 60 houses, 400 rooms, five years of stays: how long from asking for a
night's board to the item models being ready for the tiles (target: under 50 ms).

    .venv/bin/python benchmarks/board.py [--dates N]

For N dates spread over the five years (and today), times (a) capacity.board's four queries
and the dataclasses, (b) the same plus filling one HouseTilesModel per house, which is what the
Houses page does on every refresh. Also times one full HousesPage refresh (query, models,
headings, summary), offscreen. The large vault is built once and cached (see _build.py).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import time
from datetime import date, timedelta

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from _build import HOUSES, ROOMS, YEARS, open_large_vault  # noqa: E402


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dates", type=int, default=40)
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from refugedesk import capacity
    from refugedesk.ui.board_model import HouseTilesModel
    from refugedesk.ui.houses_page import HousesPage

    vault = open_large_vault()
    today = date.today()
    rng = random.Random(1)
    days = [today] + [today - timedelta(days=rng.randint(0, int(365 * YEARS)))
                      for _ in range(args.dates - 1)]
    models = [HouseTilesModel() for _ in range(HOUSES)]

    with vault.session() as session:  # warm the connection pool and page cache once
        capacity.board(session, on=today)
    query_only, to_models = [], []
    for day in days:
        started = time.perf_counter()
        with vault.session() as session:
            board = capacity.board(session, on=day)
        queried = time.perf_counter()
        for model, house in zip(models, board.houses, strict=False):
            model.set_tiles(house.tiles)
        done = time.perf_counter()
        query_only.append(queried - started)
        to_models.append(done - started)
    tiles = sum(len(h.tiles) for h in board.houses)

    page = HousesPage(vault)
    page.resize(1400, 900)
    page.show()
    app.processEvents()
    refresh = []
    for day in days[:10]:
        started = time.perf_counter()
        page.step_day(0) if day == today else page.date.setDate(
            page.date.date().fromString(day.isoformat(), "yyyy-MM-dd"))
        refresh.append(time.perf_counter() - started)

    print(f"Board at {HOUSES} houses, {ROOMS} rooms ({tiles} tiles on the last date), "
          f"{YEARS:g} years of stays; {len(days)} dates")
    print(f"  query + dataclasses:        median {ms(statistics.median(query_only))}, "
          f"max {ms(max(query_only))}")
    worst = to_models.index(max(to_models))
    print(f"  query -> models ready:      median {ms(statistics.median(to_models))}, "
          f"max {ms(max(to_models))} (run {worst + 1}, {days[worst]})   (target < 50 ms)")
    print(f"  full page refresh (10 dates): median {ms(statistics.median(refresh))}, "
          f"max {ms(max(refresh))}")
    # Qt objects go before the application does, or PySide6 can crash on the way out.
    page.close()
    page.deleteLater()
    app.processEvents()
    del page, models
    vault.close()
    return 0 if max(to_models) < 0.050 else 1


if __name__ == "__main__":
    raise SystemExit(main())
