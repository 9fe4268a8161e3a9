"""Occupancy export figures at 60 houses, 400 rooms: the five-year spreadsheet (targets: under
5 s and under 300 MB peak memory).

    .venv/bin/python benchmarks/occupancy_export.py

Each measurement runs in a fresh child process so its peak memory (ru_maxrss) is its own: first
a child that only imports and unlocks the vault (the baseline), then one that also writes the
five-year export. The export time is measured inside the child, from the call to the file on
disk. The large vault is built once and cached (see _build.py).
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from _build import HOUSES, ROOMS, YEARS, build

CHILD = """
import json, resource, sys, time
from datetime import date
from pathlib import Path
sys.path.insert(0, {bench!r})
from _build import open_large_vault
from refugedesk.reports.occupancy import export_occupancy
vault = open_large_vault()
result = {{}}
if {export!r}:
    started = time.perf_counter()
    out = export_occupancy(vault, start=date.fromisoformat({start!r}),
                           end=date.fromisoformat({end!r}), out=Path({out!r}))
    result["seconds"] = time.perf_counter() - started
    result["bytes"] = out.stat().st_size
vault.close()
result["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps(result))
"""


def child(export: bool, start: date, end: date, out: Path) -> dict:
    code = CHILD.format(bench=str(Path(__file__).resolve().parent), export=export,
                        start=start.isoformat(), end=end.isoformat(), out=str(out))
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> int:
    build()
    end = date.today()
    start = end - timedelta(days=round(365.25 * YEARS)) + timedelta(days=1)
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "occupancy.xlsx"
        base = child(False, start, end, out)
        runs = []
        for _ in range(3):
            started = time.perf_counter()
            runs.append(child(True, start, end, out))
            runs[-1]["wall"] = time.perf_counter() - started
    seconds = sorted(r["seconds"] for r in runs)
    peak = max(r["peak_mb"] for r in runs)
    print(f"Occupancy export at {HOUSES} houses, {ROOMS} rooms: {start} to {end} "
          f"({(end - start).days + 1} nights), 3 runs")
    print(f"  export call:  median {seconds[1]:.2f} s, max {seconds[-1]:.2f} s   (target < 5 s)")
    print(f"  whole child process (start, unlock, export): "
          f"{min(r['wall'] for r in runs):.2f} s at best")
    print(f"  peak memory:  {peak:.0f} MB with the export, {base['peak_mb']:.0f} MB for "
          f"imports and unlocking alone   (target < 300 MB)")
    print(f"  file size:    {runs[0]['bytes'] / 1e6:.1f} MB")
    return 0 if seconds[-1] < 5 and peak < 300 else 1


if __name__ == "__main__":
    raise SystemExit(main())
