"""The demo vault's fictional network: the right size, and it keeps every placement rule."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import func, select, text

from refugedesk import capacity
from refugedesk.db.models import House, Referral, Room, Stay
from refugedesk.reports.occupancy import export_occupancy


def test_demo_network_is_realistic_and_consistent(demo_vault, tmp_path):
    today = date.today()
    with demo_vault.session() as s:
        assert s.scalar(select(func.count()).select_from(House)) == 5
        assert len({h.area for h in s.scalars(select(House))}) == 5
        assert s.scalar(select(func.count()).select_from(Room)) == 47
        assert s.scalar(select(func.count()).select_from(Room)
                        .where(Room.wheelchair_accessible)) == 2
        first = s.scalar(select(func.min(Stay.arrived_on)))
        assert (today - first).days > 700
        stays = s.scalar(select(func.count()).select_from(Stay))
        referrals = s.scalar(select(func.count()).select_from(Referral))
        assert referrals > 2 * stays > 400  # most referrals end without an admission
        # No two stays share a night in a room, and no stay uses a closed night.
        clash = s.execute(text(
            "SELECT count(*) FROM stay a JOIN stay b ON a.room_id = b.room_id AND a.id < b.id "
            "AND a.arrived_on < coalesce(b.left_on, '9999-12-31') "
            "AND b.arrived_on < coalesce(a.left_on, '9999-12-31') "
            "AND coalesce(a.left_on, '9999') > a.arrived_on "
            "AND coalesce(b.left_on, '9999') > b.arrived_on")).scalar()
        closed = s.execute(text(
            "SELECT count(*) FROM stay a JOIN room_closure c ON a.room_id = c.room_id "
            "AND a.arrived_on < coalesce(c.ends_on, '9999-12-31') "
            "AND c.starts_on < coalesce(a.left_on, '9999-12-31') "
            "AND coalesce(a.left_on, '9999') > a.arrived_on")).scalar()
        assert (clash, closed) == (0, 0)
        names = [r.name for r in s.scalars(select(Stay).limit(50))]
        board = capacity.board(s, on=today)
    assert all(n.split()[1] in ("Example", "Sample", "Placeholder", "Madeup", "Testcase",
                                "Fictional", "Dummy", "Notreal", "Specimen", "Mockley")
               for n in names)
    states = {t.state for h in board.houses for t in h.tiles}
    assert {capacity.TileState.OCCUPIED, capacity.TileState.FREE} <= states
    out = export_occupancy(demo_vault, start=today - timedelta(days=365), end=today,
                           out=tmp_path / "demo.xlsx")
    assert out.stat().st_size > 10_000
