"""Progress and stopping in the slow domain calls (no window): the counts reach the total,
and stopping leaves no file, no part-file and no audit event."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from refugedesk import access, capacity, houses
from refugedesk.db.models import AuditEvent
from refugedesk.progress import Cancelled, Steps
from refugedesk.reports.occupancy import export_occupancy
from refugedesk.reports.outcomes import export_outcomes

START, END = date(2030, 1, 1), date(2030, 3, 31)


def kinds(vault) -> list[str]:
    with vault.session() as session:
        return list(session.scalars(select(AuditEvent.kind)))


def leftovers(folder) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.fixture
def vault(new_vault):
    vault, _code = new_vault
    house = houses.add_house(vault, name="Elm House", area="Northtown", address="1 Elm Row",
                             opened_on=START - timedelta(days=30))
    room = houses.add_room(vault, house_id=house, name="Room 1",
                           opened_on=START - timedelta(days=30))
    capacity.arrive(vault, room_id=room, on=START + timedelta(days=3), household_ref="H-1",
                    name="Test Person")
    return vault


def test_steps_count_to_the_total_and_stop_between_items():
    seen: list[tuple[int, int]] = []
    steps = Steps(4, lambda done, total: seen.append((done, total)))
    assert list(steps.over("abc")) == ["a", "b", "c"]
    steps.step()
    assert seen == [(0, 4), (1, 4), (2, 4), (3, 4), (4, 4)]
    asked = iter([False, True])
    stopping = Steps(3, cancelled=lambda: next(asked))
    got = []
    with pytest.raises(Cancelled):
        for item in stopping.over("xyz"):
            got.append(item)
    assert got == ["x"]


@pytest.mark.parametrize("export", [export_occupancy, export_outcomes])
def test_exports_report_progress_to_the_end(vault, tmp_path, export):
    seen: list[tuple[int, int]] = []
    out = export(vault, start=START, end=END, out=tmp_path / "figures.xlsx",
                 progress=lambda done, total: seen.append((done, total)))
    assert out.exists()
    total = seen[-1][1]
    assert total > 1 and seen[-1] == (total, total)  # it reached the end it announced
    assert all(t == total for _done, t in seen)
    assert [done for done, _t in seen] == sorted(done for done, _t in seen)


@pytest.mark.parametrize("export", [export_occupancy, export_outcomes])
@pytest.mark.parametrize("after", [0, 1, 3])
def test_a_stopped_export_leaves_no_file_and_no_audit_event(vault, tmp_path, export, after):
    """Stopped after `after` safe points (before the first row, part-way, further on); both
    exports ask at least five times (the outcomes one: four sheets and the last check)."""
    before = kinds(vault)
    folder = tmp_path / "out"
    folder.mkdir()
    asked = {"times": 0}

    def cancelled() -> bool:
        asked["times"] += 1
        return asked["times"] > after

    with pytest.raises(Cancelled):
        export(vault, start=START, end=END, out=folder / "figures.xlsx", cancelled=cancelled)
    assert asked["times"] == after + 1
    assert leftovers(folder) == []
    assert kinds(vault) == before


def test_a_stopped_backup_leaves_nothing_and_records_nothing(vault, tmp_path):
    before = kinds(vault)
    dest = tmp_path / "new-folder" / "copy.rdb"
    with pytest.raises(Cancelled):
        # Asked after the first step of SQLite's copy: the copy is under way.
        access.backup(vault, dest, cancelled=lambda: True)
    assert not dest.parent.exists()
    assert kinds(vault) == before

    steps: list[tuple[int, int]] = []
    access.backup(vault, dest, progress=lambda done, total: steps.append((done, total)))
    copied = [s for s in steps if s[1]]
    assert copied[-1][0] == copied[-1][1] > 0 and steps[-1] == (0, 0)
    assert kinds(vault).count("backup") == 1 and "backup" not in before
