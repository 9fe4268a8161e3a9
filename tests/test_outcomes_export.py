"""The outcomes spreadsheet, reopened with openpyxl and checked figure by figure against a
count made another way: from the plain records this test generated itself (not from the vault),
with the rules written out again here."""

from __future__ import annotations

import io
import os
import random
import sys
import zipfile
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

import pytest
from conftest import ADMIN_PASSWORD
from openpyxl import load_workbook
from sqlalchemy import select

from refugedesk import assessment, capacity, houses, plans, referrals_out, residents, risk
from refugedesk.db.models import (
    Agency,
    AssessmentStage,
    AuditEvent,
    DepartureReason,
    Destination,
    GoalStatus,
    NeedArea,
    ReferralOutStatus,
    SupportAfter,
)
from refugedesk.moveon import move_on
from refugedesk.reports.outcomes import export_outcomes

pytestmark = pytest.mark.both_engines  # each test on a file and on a server

START, END = date(2030, 3, 1), date(2030, 8, 31)
TODAY = date(2032, 6, 30)
HOUSES = ["Elm House", "Oak House"]
PLANNED = {"planned_move_on", "another_refuge"}
UNPLANNED = {"returned_to_abuser", "left_without_notice", "asked_to_leave"}


@dataclass
class Woman:
    ref: str
    children: int
    #: (house, arrived, left or None): consecutive when she moved house.
    stays: list[tuple[str, date, date | None]]
    first_arrived: date
    goals: list[tuple[NeedArea | None, GoalStatus]] = field(default_factory=list)
    scores: list[tuple[date, dict[NeedArea, int]]] = field(default_factory=list)
    maracs: list[date] = field(default_factory=list)
    referrals: list[tuple[Agency, ReferralOutStatus, date]] = field(default_factory=list)
    exit: tuple[DepartureReason, Destination, date] | None = None


def _room(vault, hids, house, n):
    return houses.add_room(vault, house_id=hids[house], name=f"Room {n}", child_places=3,
                           opened_on=date(2020, 1, 1))


def build(vault, rng: random.Random) -> list[Woman]:
    hids = {h: houses.add_house(vault, name=h, area="Northtown", address="9 Hidden Row",
                                opened_on=date(2020, 1, 1)) for h in HOUSES}
    women: list[Woman] = []
    reasons = [r for r in DepartureReason  # the reasons a move-on can give
               if r not in (DepartureReason.MOVED_ROOM, DepartureReason.RECORDED_IN_ERROR)]
    for i in range(12):
        ref, house = f"H-{i:03d}", rng.choice(HOUSES)
        kids = rng.randint(0, 3)
        rid = residents.create_resident(vault, reference=f"R-{i:03d}", name=f"Test Person {i}")
        if i == 0:  # in the period throughout, moves house, one goal in every status
            arrived = START - timedelta(days=10)
        else:
            arrived = START + timedelta(days=rng.randint(-200, 150))
        stay = capacity.arrive(vault, room_id=_room(vault, hids, house, i), on=arrived,
                               household_ref=ref, name=f"Test Person {i}", children_count=kids)
        residents.link_stay(vault, resident_id=rid, stay_id=stay)
        w = Woman(ref, kids, [(house, arrived, None)], arrived)
        if i == 0:
            moved = START + timedelta(days=30)
            other = HOUSES[1 - HOUSES.index(house)]
            stay = capacity.move(vault, stay_id=stay, to_room_id=_room(vault, hids, other, 100),
                                 on=moved)
            w.stays = [(house, arrived, moved), (other, moved, None)]

        plan = plans.start_plan(vault, resident_id=rid)
        statuses = list(GoalStatus) if i == 0 else [rng.choice(list(GoalStatus))
                                                    for _ in range(rng.randint(0, 5))]
        for n, status in enumerate(statuses):
            area = rng.choice([None, *list(NeedArea)[:5]])
            gid = plans.add_goal(vault, plan_id=plan, her_words=f"Secret goal {i}-{n}",
                                 area=area)
            if status is not GoalStatus.OPEN:
                plans.set_goal_status(vault, gid, status)
            w.goals.append((area, status))

        day = arrived
        for _ in range(rng.randint(0, 3)):
            scores = {a: rng.randint(1, 5) for a in rng.sample(list(NeedArea)[:6], 3)}
            assessment.record_needs(vault, resident_id=rid, assessed_on=day, today=TODAY,
                                    stage=AssessmentStage.REVIEW, scores=scores)
            w.scores.append((day, scores))
            day += timedelta(days=rng.choice([0, 20, 45]))

        marac_days = ([START + timedelta(days=5), START + timedelta(days=40)] if i == 0 else
                      [arrived + timedelta(days=d) for d in
                       sorted(rng.sample([3, 90, 200, 420], rng.randint(0, 2)))])
        for d in marac_days:
            risk.refer_to_marac(vault, resident_id=rid, referred_on=d, today=TODAY)
            w.maracs.append(d)

        for _ in range(rng.randint(0, 3)):
            agency = rng.choice([Agency.MARAC, Agency.POLICE, Agency.HOUSING, Agency.OTHER])
            made = arrived + timedelta(days=rng.randint(0, 60))
            oid = referrals_out.make_referral(
                vault, resident_id=rid, agency=agency, made_on=made, today=TODAY,
                lawful_basis="Risk to life (fictional)", agency_name="Secret Agency Name" if agency is Agency.OTHER else "")
            status = rng.choice(list(ReferralOutStatus))
            if status is not ReferralOutStatus.MADE:
                referrals_out.update_referral(vault, oid, status=status,
                                              outcome="Secret outcome text")
            w.referrals.append((agency, status, made))

        if i and rng.random() < 0.65:
            left = arrived + timedelta(days=rng.randint(1, 200))
            reason, where = rng.choice(reasons), rng.choice(list(Destination))
            move_on(vault, stay_id=stay, on=left, reason=reason, destination=where,
                    support_after=SupportAfter.NONE, today=TODAY)
            w.stays[-1] = (w.stays[-1][0], w.stays[-1][1], left)
            w.exit = (reason, where, left)
            # Move-on closes every goal still open as not achieved.
            w.goals = [(a, GoalStatus.NOT_ACHIEVED if s is GoalStatus.OPEN else s)
                       for a, s in w.goals]
        women.append(w)
    return women


def _has_night(arrived: date, left: date | None) -> bool:
    last_night = END if left is None else min(END, left - timedelta(days=1))
    return max(arrived, START) <= last_night


def expected(women: list[Woman]):
    """The independent count, per house name and for 'All houses'."""
    out = {}
    for house in [*HOUSES, "All houses"]:
        mine = [w for w in women if any(_has_night(a, lft) for h, a, lft in w.stays
                                        if house in (h, "All houses"))]
        exits = [w for w in women if w.exit and START <= w.exit[2] <= END
                 and house in (w.stays[-1][0], "All houses")]
        goals = [g for w in mine for g in w.goals]
        achieved = sum(s in (GoalStatus.ACHIEVED, GoalStatus.PARTLY_ACHIEVED) for _a, s in goals)
        full = sum(s is GoalStatus.ACHIEVED for _a, s in goals)
        unwanted = sum(s is GoalStatus.NO_LONGER_WANTED for _a, s in goals)
        counted = len(goals) - unwanted
        lengths = [(w.exit[2] - w.first_arrived).days for w in exits]
        repeats = 0
        for w in mine:
            for d in w.maracs:
                if START <= d <= END and any(
                        e < d and e >= d.replace(year=d.year - 1) for e in w.maracs):
                    repeats += 1
        by_area = {}
        for area in {a for a, _s in goals}:
            gs = [s for a, s in goals if a == area]
            nlw = sum(s is GoalStatus.NO_LONGER_WANTED for s in gs)
            ach = sum(s in (GoalStatus.ACHIEVED, GoalStatus.PARTLY_ACHIEVED) for s in gs)
            by_area[area.label if area else "No area given"] = (
                len(gs), nlw, ach, ach / (len(gs) - nlw) if len(gs) > nlw else None)
        changes = defaultdict(list)
        for w in mine:
            for area in NeedArea:
                seen = sorted((d, s[area]) for d, s in w.scores if area in s)
                # first and latest by date; on the same date the later one recorded is latest
                if seen:
                    first = [x for x in w.scores if area in x[1]][0]
                    latest = [x for x in w.scores if area in x[1]][-1]
                    if first[0] < latest[0]:
                        changes[area.label].append(latest[1][area] - first[1][area])
        out[house] = {
            "Women supported": len(mine),
            "Children supported": sum(w.children for w in mine),
            "Average length of stay (nights)": sum(lengths) / len(lengths) if lengths else None,
            "Goals asked for": len(goals),
            "Goals no longer wanted": unwanted,
            "Goals counted": counted,
            "Goals achieved (in full or partly)": achieved,
            "Requested outcomes achieved": achieved / counted if counted else None,
            "Achieved in full": full / counted if counted else None,
            "Exits": len(exits),
            "Planned exits": sum(w.exit[0].value in PLANNED for w in exits),
            "Unplanned exits": sum(w.exit[0].value in UNPLANNED for w in exits),
            "Other exits": sum(w.exit[0].value not in PLANNED | UNPLANNED for w in exits),
            "MARAC referrals": sum(START <= d <= END for w in mine for d in w.maracs),
            "MARAC repeats": repeats,
            "Referrals out": sum(START <= m <= END for w in mine for _a, _s, m in w.referrals),
            "_areas": by_area,
            "_changes": {k: sum(v) / len(v) for k, v in changes.items()},
            "_exits": Counter((e.exit[0].label, e.exit[1].label) for e in exits),
            "_referrals": Counter((a.label, s.value.capitalize()) for w in mine
                                  for a, s, m in w.referrals if START <= m <= END),
        }
    return out


def _close(a, b) -> bool:
    return a == b if a is None or b is None else abs(a - b) < 1e-9


@pytest.mark.parametrize("seed", [1, 7])
def test_figures_match_an_independent_count(new_vault, tmp_path, seed):
    vault, _ = new_vault
    women = build(vault, random.Random(seed))
    want = expected(women)
    assert want["All houses"]["Goals asked for"] > 5  # the generator made something to count
    out = export_outcomes(vault, start=START, end=END, out=tmp_path / "outcomes")
    assert out.name == "outcomes.xlsx"
    if os.name == "posix":
        assert out.stat().st_mode & 0o777 == 0o600
    wb = load_workbook(out)
    assert wb.sheetnames == ["Summary", "Outcomes by need area", "Exits",
                             "MARAC and referrals out"]

    rows = list(wb["Summary"].iter_rows(values_only=True))
    header = rows[3]
    table = {r[0]: dict(zip(header, r, strict=True)) for r in rows[4:7] if r and r[0]}
    assert set(table) == {*HOUSES, "All houses"}
    for house, figures in want.items():
        for key, value in figures.items():
            if not key.startswith("_"):
                assert _close(table[house][key], value), (house, key, table[house][key], value)

    areas = list(wb["Outcomes by need area"].iter_rows(values_only=True))
    ah = areas[0]
    got_areas = {(r[0], r[1]): dict(zip(ah, r, strict=True)) for r in areas[1:]}
    assert {k for k, r in got_areas.items() if r["Goals asked for"]} == {
        (h, a) for h, f in want.items() for a in f["_areas"]}
    for house, figures in want.items():
        for area, (asked, nlw, ach, share) in figures["_areas"].items():
            row = got_areas[(house, area)]
            assert (row["Goals asked for"], row["No longer wanted"],
                    row["Achieved in full"] + row["Partly achieved"]) == (asked, nlw, ach)
            assert _close(row["Requested outcomes achieved"], share)
        got_changes = {a: r["Average change in need score"] for (h, a), r in got_areas.items()
                       if h == house and r["Average change in need score"] is not None}
        assert set(got_changes) == set(figures["_changes"])
        for area, change in figures["_changes"].items():
            assert _close(got_changes[area], change)

    exits = list(wb["Exits"].iter_rows(values_only=True))
    for house, figures in want.items():
        got = Counter({(r[1], r[3]): r[4] for r in exits[1:] if r[0] == house})
        assert got == figures["_exits"]
        for r in exits[1:]:
            if r[0] == house:
                assert r[2] == ("Planned" if r[1] in ("Planned move on", "Another refuge") else
                                "Unplanned" if r[1] != "Other" else "Other")

    ref_rows = list(wb["MARAC and referrals out"].iter_rows(values_only=True))
    blank = ref_rows.index((None,) * len(ref_rows[0])) if (None,) * len(ref_rows[0]) in \
        ref_rows else next(i for i, r in enumerate(ref_rows) if not any(r))
    for house, figures in want.items():
        got = Counter({(r[1], r[2]): r[3] for r in ref_rows[1:blank] if r[0] == house})
        assert got == figures["_referrals"]
        (marac,) = [r for r in ref_rows[blank + 2:] if r[0] == house]
        assert marac[1:3] == (figures["MARAC referrals"], figures["MARAC repeats"])

    # No names, references, addresses, goals' words or free text anywhere in the file.
    with zipfile.ZipFile(out) as z:
        xml = b"".join(z.read(n) for n in z.namelist())
    for secret in (b"Test Person", b"Hidden Row", b"Secret", b"R-00", b"H-00"):
        assert secret not in xml

    with vault.session() as s:
        kind, detail = s.execute(select(AuditEvent.kind, AuditEvent.detail)
                                 .order_by(AuditEvent.id.desc()).limit(1)).one()
    assert kind == "outcomes_exported" and "file=outcomes.xlsx" in detail
    assert wb.properties.creator == "Ada Test" and "Outcomes" in wb.properties.title
    assert {p.name: p.value for p in wb.custom_doc_props}["Period"] == \
        "2030-03-01 to 2030-08-31 (nights)"
    assert wb["Summary"].freeze_panes == "B5" and wb["Exits"].freeze_panes == "B2"
    assert wb["Summary"].column_dimensions["A"].width == 24


def test_the_known_case_goals_no_longer_wanted_do_not_count(new_vault, tmp_path):
    """One woman, five goals: achieved, partly, not achieved, open, no longer wanted -> 2 / 4."""
    vault, _ = new_vault
    hid = houses.add_house(vault, name="Elm House", area="N", opened_on=date(2020, 1, 1))
    room = houses.add_room(vault, house_id=hid, name="A", child_places=2,
                           opened_on=date(2020, 1, 1))
    rid = residents.create_resident(vault, reference="R-1", name="Zara Quill")
    stay = capacity.arrive(vault, room_id=room, on=START, household_ref="H-1", name="Zara Quill",
                           children_count=2)
    residents.link_stay(vault, resident_id=rid, stay_id=stay)
    plan = plans.start_plan(vault, resident_id=rid)
    for status in GoalStatus:
        gid = plans.add_goal(vault, plan_id=plan, her_words=status.value,
                             area=NeedArea.SAFETY)
        if status is not GoalStatus.OPEN:
            plans.set_goal_status(vault, gid, status)
    rows = list(load_workbook(export_outcomes(vault, start=START, end=END,
                                              out=tmp_path / "k.xlsx"))["Summary"]
                .iter_rows(values_only=True))
    row = dict(zip(rows[3], rows[5], strict=True))
    assert row["House"] == "All houses"
    assert (row["Women supported"], row["Children supported"], row["Goals asked for"],
            row["Goals counted"], row["Requested outcomes achieved"],
            row["Achieved in full"]) == (1, 2, 5, 4, 0.5, 0.25)


def test_dates_out_of_order_and_no_file_on_a_failed_audit(new_vault, tmp_path, monkeypatch):
    from refugedesk import audit
    from refugedesk.errors import DatesOutOfOrder

    vault, _ = new_vault
    with pytest.raises(DatesOutOfOrder):
        export_outcomes(vault, start=END, end=START, out=tmp_path / "x.xlsx")

    def refuse(*args, **kwargs):
        raise RuntimeError("audit trail unavailable")

    monkeypatch.setattr(audit, "record", refuse)
    with pytest.raises(RuntimeError):
        export_outcomes(vault, start=START, end=END, out=tmp_path / "y.xlsx")
    assert list(tmp_path.glob("y.xlsx*")) == []


def test_cli_export_outcomes_end_to_end(new_vault, tmp_path, monkeypatch, capsys):
    from refugedesk.cli import main

    vault, _ = new_vault
    women = build(vault, random.Random(3))
    out_file = tmp_path / "cli-outcomes.xlsx"
    monkeypatch.setattr(sys, "stdin", io.StringIO(ADMIN_PASSWORD + "\n"))
    code = main(["export", "outcomes", "--db", str(vault.path), "--user", "ada",
                 "--from", START.isoformat(), "--to", END.isoformat(), "--out", str(out_file),
                 "--password-stdin"])
    captured = capsys.readouterr()
    assert (code, captured.err) == (0, "")
    assert str(out_file) in captured.out
    rows = list(load_workbook(out_file)["Summary"].iter_rows(values_only=True))
    total = dict(zip(rows[3], rows[6], strict=True))
    assert total["House"] == "All houses"
    want = expected(women)["All houses"]
    assert (total["Women supported"], total["Goals counted"], total["Exits"]) == (
        want["Women supported"], want["Goals counted"], want["Exits"])
