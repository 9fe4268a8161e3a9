"""The occupancy spreadsheet, reopened with openpyxl and checked figure by figure against a
count made another way: day by day, room by room, from the list of stays and closures this test
generated itself (not from the vault)."""

from __future__ import annotations

import random
import zipfile
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

import pytest
from conftest import reopen
from openpyxl import load_workbook
from sqlalchemy import select

from refugedesk import capacity, houses, referrals, staff
from refugedesk.db.models import (
    AuditEvent,
    ClosureReason,
    DeclineReason,
    DepartureReason,
    ReferralChannel,
    ReferralSource,
    ReferralStatus,
    RiskLevel,
    Role,
)
from refugedesk.errors import NotAllowed
from refugedesk.reports.occupancy import export_occupancy

pytestmark = pytest.mark.both_engines  # each test on a file and on a server

START, END = date(2030, 1, 15), date(2030, 4, 20)   # the period: nights START..END
EARLIEST, LATEST = date(2029, 10, 1), date(2030, 7, 31)  # what the generator spreads over
ADDRESS = "7 Hidden Row, Northtown"


@dataclass
class Made:
    house: str
    room: str
    ref: str = ""
    name: str = ""
    children: int = 0
    start: date = EARLIEST
    end: date | None = None  # exclusive; None = still there / open-ended
    kind: str = "stay"


def _nights(lo: date, hi: date | None):
    day = lo
    while hi is None or day < hi:
        if day > LATEST + timedelta(days=400):
            return
        yield day
        day += timedelta(days=1)


def build(vault, rng: random.Random):
    """Houses, rooms, and per room a random run of stays and closures (some crossing the
    period's edges, some open-ended, some arriving and leaving the same day), written through
    the domain functions in date order. Returns what was made, as plain records."""
    made: list[Made] = []
    rooms: list[tuple[str, str, date, date | None]] = []
    household = 0
    for h in range(3):
        hname = f"House {'ABC'[h]}"
        hid = houses.add_house(vault, name=hname, area=f"Town {h}", address=ADDRESS,
                               phone="01632 960123", opened_on=date(2020, 1, 1))
        for r in range(rng.randint(2, 4)):
            opened = rng.choice([date(2020, 1, 1), date(2020, 1, 1), date(2030, 2, 10)])
            rid = houses.add_room(vault, house_id=hid, name=f"R{r}", child_places=3, cots=1,
                                  opened_on=opened)
            day = opened if opened > EARLIEST else EARLIEST + timedelta(days=rng.randint(0, 20))
            retired = None
            while day < LATEST:
                roll = rng.random()
                length = rng.choice([0, 1, 3, 12, 30, 60, 90]) if roll < 0.75 else rng.randint(
                    1, 20)
                last = rng.random() < 0.12
                if roll < 0.75:
                    household += 1
                    ref = f"H-{household:04d}"
                    kids = rng.randint(0, 3)
                    sid = capacity.arrive(vault, room_id=rid, on=day, household_ref=ref,
                                          name=f"Test Person {household}", children_count=kids)
                    left = None if last else day + timedelta(days=length)
                    if left is not None:
                        capacity.depart(vault, stay_id=sid, on=left,
                                        reason=rng.choice(list(DepartureReason)[:6]))
                    made.append(Made(hname, f"R{r}", ref, f"Test Person {household}", kids,
                                     day, left))
                else:
                    ends = None if last else day + timedelta(days=length)
                    houses.close_room(vault, room_id=rid, starts_on=day, ends_on=ends,
                                      reason=rng.choice(list(ClosureReason)))
                    made.append(Made(hname, f"R{r}", start=day, end=ends, kind="closure"))
                if last:
                    break
                day = (made[-1].end or day) + timedelta(days=rng.randint(0, 15))
            else:
                if rng.random() < 0.3:
                    retired = LATEST - timedelta(days=rng.randint(0, 200))
                    if all(m.end is not None and m.end <= retired for m in made
                           if (m.house, m.room) == (hname, f"R{r}")):
                        houses.retire_room(vault, rid, on=max(retired, opened))
                        retired = max(retired, opened)
                    else:
                        retired = None
            rooms.append((hname, f"R{r}", opened, retired))
    return made, rooms


def expected_figures(made, rooms):
    """The independent count: walk every night of the period for every room."""
    period = list(_nights(START, END + timedelta(days=1)))
    per_house = defaultdict(lambda: defaultdict(int))
    daily = defaultdict(lambda: defaultdict(int))
    for hname, rname, opened, retired in rooms:
        per_house[hname]["rooms"] += 1
        for day in period:
            if day < opened or (retired is not None and day >= retired):
                continue
            here = [m for m in made if (m.house, m.room) == (hname, rname)
                    and m.start <= day and (m.end is None or day < m.end)]
            if any(m.kind == "closure" for m in here):
                per_house[hname]["closed"] += 1
            else:
                per_house[hname]["available"] += 1
            if any(m.kind == "stay" for m in here):
                per_house[hname]["occupied"] += 1
                daily[day][hname] += 1
    stays = [m for m in made if m.kind == "stay"]
    for hname in per_house:
        mine = [m for m in stays if m.house == hname]
        with_nights = [m for m in mine if any(START <= d <= END for d in _nights(m.start, m.end))]
        per_house[hname]["women"] = len({m.ref for m in with_nights})
        per_house[hname]["children"] = sum(m.children for m in with_nights)
        per_house[hname]["arrivals"] = sum(START <= m.start <= END for m in mine)
        leaving = [m for m in mine if m.end is not None and START <= m.end <= END]
        per_house[hname]["departures"] = len(leaving)
        per_house[hname]["lengths"] = [(m.end - m.start).days for m in leaving]
    return per_house, daily


def _summary(ws):
    rows = list(ws.iter_rows(values_only=True))
    header_at = next(i for i, r in enumerate(rows) if r and r[0] == "House")
    header = rows[header_at]
    table = {}
    for r in rows[header_at + 1:]:
        if not r or r[0] is None:
            break
        table[r[0]] = dict(zip(header, r, strict=False))
    extra = {r[0]: r[1] for r in rows[header_at:] if r and r[0] and len(r) > 1}
    return table, extra


@pytest.mark.parametrize("seed", [3, 11])
def test_every_figure_matches_an_independent_count(new_vault, tmp_path, seed):
    vault, _ = new_vault
    rng = random.Random(seed)
    made, rooms = build(vault, rng)
    # Referrals: some inside the period, some either side of it, with assorted outcomes.
    expected_ref = {"received": 0, "accepted": 0, "no_vacancy": 0}
    # Offers go to a room that opens after the period, so they touch none of its figures.
    spare = houses.add_house(vault, name="Spare", area="Elsewhere", opened_on=date(2020, 1, 1))
    offer_room = houses.add_room(vault, house_id=spare, name="S", opened_on=date(2031, 1, 1))
    for i in range(25):
        when = datetime.combine(START + timedelta(days=rng.randint(-20, 120)),
                                time(rng.randint(0, 23), 30)).astimezone().astimezone(UTC)
        rid = referrals.receive(vault, name=f"R {i}", channel=ReferralChannel.PHONE,
                                source=ReferralSource.POLICE, risk_level=RiskLevel.MEDIUM,
                                received_at=when)
        outcome = rng.choice(["no_vacancy", "other", "offered", "withdrawn", "open"])
        if outcome in ("no_vacancy", "other"):
            referrals.decline(vault, rid, reason=DeclineReason(
                "needs_not_met" if outcome == "other" else "no_vacancy"))
        elif outcome == "offered":
            capacity.offer(vault, referral_id=rid, room_id=offer_room, arriving=date(
                2031, 1, 1) + timedelta(days=3 * i), nights=2,
                held_until=datetime(2040, 1, 1, tzinfo=UTC))
            referrals.set_status(vault, rid, ReferralStatus.DECLINED_BY_HER)
        elif outcome == "withdrawn":
            referrals.set_status(vault, rid, ReferralStatus.WITHDRAWN)
        if START <= when.astimezone().date() <= END:
            expected_ref["received"] += 1
            expected_ref["accepted"] += outcome == "offered"
            expected_ref["no_vacancy"] += outcome == "no_vacancy"

    out = export_occupancy(vault, start=START, end=END, out=tmp_path / "occ.xlsx")
    per_house, daily = expected_figures(made, rooms)
    wb = load_workbook(out)
    assert wb.sheetnames == ["Summary", "Daily", "Monthly", "Stays"]

    table, extra = _summary(wb["Summary"])
    total = defaultdict(int)
    for hname, exp in per_house.items():
        row = table[hname]
        got = (row["Rooms"], row["Room-nights available"], row["Room-nights occupied"],
               row["Room-nights closed"], row["Room-nights empty"], row["Women accommodated"],
               row["Children accommodated"], row["Arrivals"], row["Departures"])
        want = (exp["rooms"], exp["available"], exp["occupied"], exp["closed"],
                exp["available"] - exp["occupied"], exp["women"], exp["children"],
                exp["arrivals"], exp["departures"])
        assert got == want, hname
        assert row["Occupancy"] == pytest.approx(exp["occupied"] / exp["available"])
        lengths = exp["lengths"]
        assert row["Average length of stay (nights)"] == (
            pytest.approx(sum(lengths) / len(lengths)) if lengths else None)
        for k in ("rooms", "available", "occupied", "closed", "women", "children", "arrivals",
                  "departures"):
            total[k] += exp[k]
    t = table["All houses"]
    assert (t["Rooms"], t["Room-nights available"], t["Room-nights occupied"],
            t["Room-nights closed"], t["Women accommodated"], t["Arrivals"],
            t["Departures"]) == (total["rooms"], total["available"], total["occupied"],
                                 total["closed"], total["women"], total["arrivals"],
                                 total["departures"])
    assert (extra["Received"], extra["Accepted"], extra["Declined for no vacancy"]) == (
        expected_ref["received"], expected_ref["accepted"], expected_ref["no_vacancy"])

    rows = list(wb["Daily"].iter_rows(values_only=True))
    header = rows[0]
    assert len(rows) - 1 == (END - START).days + 1
    for r in rows[1:]:
        day = r[0].date()
        counts = dict(zip(header[1:1 + len(per_house)], r[1:1 + len(per_house)], strict=True))
        assert counts == {h: daily[day][h] for h in per_house}, day
        assert r[header.index("All houses: occupied")] == sum(daily[day].values())

    stays = list(wb["Stays"].iter_rows(values_only=True))
    assert "Name" not in stays[0]
    got = sorted((r[0], r[1], r[2], r[3].date(), r[4].date() if r[4] else None, r[5], r[6])
                 for r in stays[1:])
    want = []
    for m in made:
        nights = sum(START <= d <= END for d in _nights(m.start, m.end))
        if m.kind == "stay" and (nights or START <= m.start <= END):
            want.append((m.ref, m.house, m.room, m.start, m.end, nights, m.children))
    assert got == sorted(want)

    # No address, phone or name anywhere in the file.
    with zipfile.ZipFile(out) as z:
        xml = b"".join(z.read(n) for n in z.namelist())
    assert b"Hidden Row" not in xml and b"960123" not in xml and b"Test Person" not in xml


def test_moves_count_once_and_same_day_stays_count_no_nights(new_vault, tmp_path):
    vault, _ = new_vault
    hid = houses.add_house(vault, name="Elm", area="N", opened_on=date(2020, 1, 1))
    other = houses.add_house(vault, name="Oak", area="S", opened_on=date(2020, 1, 1))
    a = houses.add_room(vault, house_id=hid, name="A", child_places=2, opened_on=date(2020, 1, 1))
    b = houses.add_room(vault, house_id=other, name="B", child_places=2,
                        opened_on=date(2020, 1, 1))
    stay = capacity.arrive(vault, room_id=a, on=date(2030, 1, 10), household_ref="H-1",
                           name="J D", children_count=2)
    moved = capacity.move(vault, stay_id=stay, to_room_id=b, on=date(2030, 2, 1))
    capacity.depart(vault, stay_id=moved, on=date(2030, 3, 1),
                    reason=DepartureReason.PLANNED_MOVE_ON)
    zero = capacity.arrive(vault, room_id=a, on=date(2030, 3, 5), household_ref="H-2",
                           name="K L")
    capacity.depart(vault, stay_id=zero, on=date(2030, 3, 5),
                    reason=DepartureReason.LEFT_WITHOUT_NOTICE)
    out = export_occupancy(vault, start=START, end=END, out=tmp_path / "m")
    assert out.name == "m.xlsx"
    table, _ = _summary(load_workbook(out)["Summary"])
    elm, oak, t = table["Elm"], table["Oak"], table["All houses"]
    assert (elm["Room-nights occupied"], oak["Room-nights occupied"]) == (17, 28)
    assert (elm["Arrivals"], oak["Arrivals"], t["Arrivals"]) == (1, 0, 1)  # H-2 arrived in Mar
    assert (elm["Departures"], oak["Departures"], t["Departures"]) == (1, 1, 2)
    assert (elm["Women accommodated"], oak["Women accommodated"], t["Women accommodated"]) \
        == (1, 1, 1)  # H-1 in both houses, once in the total; H-2 had no night
    assert oak["Average length of stay (nights)"] == 50  # from first arrival, 10 Jan - 1 Mar


def test_names_only_for_managers_and_recorded(new_vault, tmp_path):
    vault, _ = new_vault
    hid = houses.add_house(vault, name="Elm", area="N", opened_on=date(2020, 1, 1))
    room = houses.add_room(vault, house_id=hid, name="A", opened_on=date(2020, 1, 1))
    capacity.arrive(vault, room_id=room, on=date(2030, 2, 1), household_ref="H-1",
                    name="Zara Quill")
    out = export_occupancy(vault, start=START, end=END, out=tmp_path / "names.xlsx",
                           include_names=True)
    wb = load_workbook(out)
    stays = list(wb["Stays"].iter_rows(values_only=True))
    assert stays[0][-1] == "Name" and stays[1][-1] == "Zara Quill"
    with vault.session() as s:
        kinds = list(s.scalars(select(AuditEvent.kind).order_by(AuditEvent.id)))
    assert kinds[-1] == "occupancy_exported_with_names"
    # Properties, frozen headers, widths, a table with named columns, a chart.
    props = wb.properties
    assert props.creator == "Ada Test" and "2030" in props.title
    custom = {p.name: p.value for p in wb.custom_doc_props}
    assert custom["Organisation"] == "Fictional Test Refuge"
    assert custom["Period"] == "2030-01-15 to 2030-04-20 (nights)"
    assert wb["Daily"].freeze_panes == "B2" and wb["Summary"].freeze_panes == "B5"
    assert wb["Stays"].column_dimensions["A"].width == 16
    assert [c.name for c in wb["Stays"].tables["Stays"].tableColumns][:2] == [
        "Household reference", "House"]
    assert wb["Daily"].conditional_formatting
    assert wb["Summary"]["G5"].number_format == "0.0%"
    assert wb["Stays"]["D2"].number_format == "d mmm yyyy"
    with zipfile.ZipFile(out) as z:
        assert any(n.startswith("xl/charts/chart") for n in z.namelist())

    staff.add_staff(vault, username="worker", display_name="A Worker",
                    role=Role.SUPPORT_WORKER, password="juniper teapot harbour 7")
    worker = reopen(vault.path, "worker", "juniper teapot harbour 7")
    try:
        with pytest.raises(NotAllowed):
            export_occupancy(worker, start=START, end=END, out=tmp_path / "no.xlsx",
                             include_names=True)
    finally:
        worker.close()
    assert not (tmp_path / "no.xlsx").exists()


def test_departure_on_the_first_day_from_a_room_retired_that_day(new_vault, tmp_path):
    vault, _ = new_vault
    hid = houses.add_house(vault, name="Elm", area="N", opened_on=date(2020, 1, 1))
    gone = houses.add_room(vault, house_id=hid, name="A", opened_on=date(2020, 1, 1))
    houses.add_room(vault, house_id=hid, name="B", opened_on=date(2020, 1, 1))
    stay = capacity.arrive(vault, room_id=gone, on=START - timedelta(days=9),
                           household_ref="H-1", name="J D")
    capacity.depart(vault, stay_id=stay, on=START, reason=DepartureReason.ANOTHER_REFUGE)
    houses.retire_room(vault, gone, on=START)
    table, _ = _summary(load_workbook(export_occupancy(
        vault, start=START, end=END, out=tmp_path / "r.xlsx"))["Summary"])
    elm = table["Elm"]
    assert (elm["Rooms"], elm["Room-nights available"], elm["Departures"],
            elm["Average length of stay (nights)"]) == (1, (END - START).days + 1, 1, 9)
