"""Small numbers: the occupancy and outcomes spreadsheets for outside the service hide every
count of people below the threshold, and no hidden count can be worked out by subtraction from
any total in the same sheet. Checked on the written files, reopened with openpyxl, against the
exact version for inside the service; the checker below tries every row, column and total
equation the sheet holds, one after another (each value found helps with the next)."""

from __future__ import annotations

import random
from datetime import UTC, datetime, time, timedelta

import pytest
from conftest import reopen
from openpyxl import load_workbook
from sqlalchemy import select
from test_occupancy_export import END as OCC_END
from test_occupancy_export import START as OCC_START
from test_occupancy_export import build as build_occupancy
from test_outcomes_export import END, HOUSES, START
from test_outcomes_export import build as build_outcomes

from refugedesk import referrals, staff
from refugedesk.db.models import (
    AuditEvent,
    DeclineReason,
    ReferralChannel,
    ReferralSource,
    RiskLevel,
    Role,
)
from refugedesk.errors import NotAllowed, ValidationError
from refugedesk.reports.occupancy import export_occupancy
from refugedesk.reports.outcomes import export_outcomes
from refugedesk.reports.suppression import (
    NOT_SHOWN,
    set_small_number_threshold,
    small_number_threshold,
    suppress,
)

PEOPLE = ["Women accommodated", "Children accommodated", "Arrivals", "Departures"]
OUTCOME_COUNTS = ["Women supported", "Children supported", "Goals asked for",
                  "Goals no longer wanted", "Goals counted", "Goals achieved (in full or partly)",
                  "Exits", "Planned exits", "Unplanned exits", "Other exits", "MARAC referrals",
                  "MARAC repeats", "Referrals out"]


# --- the checker ---------------------------------------------------------------------------


def worked_out(cells: dict, equations: list[tuple[object, list]]) -> set:
    """The hidden cells (text in place of a number) a reader could work out by subtraction:
    any equation with exactly one hidden term gives it, and then helps with the next."""
    unknown = {k for k, v in cells.items() if isinstance(v, str)}
    found = set()
    again = True
    while again:
        again = False
        for total, parts in equations:
            missing = [t for t in (total, *parts) if t in unknown]
            if len(missing) == 1:
                unknown.discard(missing[0])
                found.add(missing[0])
                again = True
    return found


def check_hidden(outside: dict, inside: dict, threshold: int) -> int:
    """Every count below the threshold is hidden; every count shown is exact. Returns how many
    cells are hidden."""
    assert outside.keys() == inside.keys()
    for key, exact in inside.items():
        shown = outside[key]
        assert isinstance(exact, int), key
        if 0 < exact < threshold:
            assert shown == f"fewer than {threshold}", (key, exact, shown)
        elif isinstance(shown, str):
            assert shown in (NOT_SHOWN, f"fewer than {threshold}"), (key, shown)
            assert shown == NOT_SHOWN or exact < threshold, (key, exact)
        else:
            assert shown == exact, key
            assert shown == 0 or shown >= threshold, key
    return sum(isinstance(v, str) for v in outside.values())


def test_the_checker_finds_what_primary_suppression_alone_gives_away():
    values = {"a": 3, "b": 12, "c": 20, "total": 35}
    sums = [("total", ["a", "b", "c"])]
    primary = {k: ("fewer than 5" if 0 < v < 5 else v) for k, v in values.items()}
    assert worked_out(primary, sums) == {"a"}
    hide = suppress(values, sums, threshold=5)
    cells = {k: hide.show(k, v) for k, v in values.items()}
    assert cells == {"a": "fewer than 5", "b": 12, "c": 20, "total": NOT_SHOWN}
    assert worked_out(cells, sums) == set()


def test_a_hidden_total_is_protected_in_the_equation_it_is_part_of():
    # Two rows of a table, each with its total, and the grand total of the row totals.
    values = {("r1", "x"): 2, ("r1", "y"): 9, ("r1", "t"): 11,
              ("r2", "x"): 7, ("r2", "y"): 8, ("r2", "t"): 15,
              ("all", "x"): 9, ("all", "y"): 17, ("all", "t"): 26}
    sums = [(("r1", "t"), [("r1", "x"), ("r1", "y")]), (("r2", "t"), [("r2", "x"), ("r2", "y")]),
            (("all", "t"), [("all", "x"), ("all", "y")]),
            (("all", "x"), [("r1", "x"), ("r2", "x")]), (("all", "y"), [("r1", "y"), ("r2", "y")]),
            (("all", "t"), [("r1", "t"), ("r2", "t")])]
    hide = suppress(values, sums, threshold=5)
    cells = {k: hide.show(k, v) for k, v in values.items()}
    assert cells[("r1", "x")] == "fewer than 5"
    assert worked_out(cells, sums) == set()


@pytest.mark.parametrize("seed", range(40))
def test_random_tables_never_give_a_small_count_away(seed):
    rng = random.Random(seed)
    rows, cols = rng.randint(1, 5), rng.randint(1, 5)
    values = {(r, c): rng.choice([0, 1, 2, 3, 4, 5, 6, 9, 14, 30]) for r in range(rows)
              for c in range(cols)}
    for r in range(rows):
        values[(r, "t")] = sum(values[(r, c)] for c in range(cols))
    for c in [*range(cols), "t"]:
        values[("t", c)] = sum(values[(r, c)] for r in range(rows))
    sums = ([((r, "t"), [(r, c) for c in range(cols)]) for r in [*range(rows), "t"]]
            + [(("t", c), [(r, c) for r in range(rows)]) for c in [*range(cols), "t"]])
    threshold = rng.choice([3, 5, 10])
    hide = suppress(values, sums, threshold=threshold)
    cells = {k: hide.show(k, v) for k, v in values.items()}
    check_hidden(cells, values, threshold)
    assert worked_out(cells, sums) == set()


# --- the occupancy spreadsheet -------------------------------------------------------------


def _occupancy_cells(path):
    """The Summary's counts of people and referral figures, and its equations."""
    rows = list(load_workbook(path)["Summary"].iter_rows(values_only=True))
    header_at = next(i for i, r in enumerate(rows) if r and r[0] == "House")
    header = rows[header_at]
    cells, houses = {}, []
    i = header_at + 1
    while rows[i] and rows[i][0] is not None:
        record = dict(zip(header, rows[i], strict=False))
        houses.append(record["House"])
        for column in PEOPLE:
            cells[(record["House"], column)] = record[column]
        cells[(record["House"], "average")] = record["Average length of stay (nights)"]
        i += 1
    labels = {r[0]: i for i, r in enumerate(rows) if r and r[0]}
    for label in ["Received", "Accepted", "Declined for no vacancy"]:
        cells[("referrals", label)] = rows[labels[label]][1]
    outcomes = []
    i = labels["Referral outcomes (as they stand now)"] + 1
    while rows[i] and rows[i][0] is not None:
        cells[("outcomes", rows[i][0])] = rows[i][1]
        outcomes.append(("outcomes", rows[i][0]))
        i += 1
    body = [h for h in houses if h != "All houses"]
    equations = [(("All houses", c), [(h, c) for h in body]) for c in PEOPLE]
    equations.append((("referrals", "Received"), outcomes))
    equations.append((("referrals", "Declined for no vacancy"),
                      [k for k in outcomes if k[1].endswith(": no vacancy")]))
    averages = {k: cells.pop(k) for k in list(cells) if k[1] == "average"}
    return cells, equations, averages, [r[0] for r in rows if r and r[0]]


def _referrals(vault, rng) -> None:
    for i in range(9):
        when = datetime.combine(OCC_START + timedelta(days=rng.randint(0, 60)),
                                time(11, 30)).astimezone().astimezone(UTC)
        rid = referrals.receive(vault, name=f"R {i}", channel=ReferralChannel.PHONE,
                                source=ReferralSource.POLICE, risk_level=RiskLevel.MEDIUM,
                                received_at=when)
        if i < 2:
            referrals.decline(vault, rid, reason=DeclineReason.NO_VACANCY)


@pytest.mark.parametrize("seed", [3, 11])
def test_occupancy_for_outside_hides_small_counts_and_totals_do_not_give_them_away(
        new_vault, tmp_path, seed):
    vault, _ = new_vault
    rng = random.Random(seed)
    build_occupancy(vault, rng)
    _referrals(vault, rng)
    inside = export_occupancy(vault, start=OCC_START, end=OCC_END, out=tmp_path / "in.xlsx")
    outside = export_occupancy(vault, start=OCC_START, end=OCC_END, out=tmp_path / "out.xlsx",
                               for_outside=True)
    exact, _eq, exact_avg, _labels = _occupancy_cells(inside)
    shown, equations, shown_avg, labels = _occupancy_cells(outside)
    assert check_hidden(shown, exact, 5) > 0  # the generator made small counts to hide
    assert worked_out(shown, equations) == set()
    for key, value in shown_avg.items():  # an average of hidden departures is hidden too
        if isinstance(shown[(key[0], "Departures")], str):
            assert value == NOT_SHOWN
        else:
            assert value == exact_avg[key]
    # Only the Summary and the Monthly rates go outside: no daily counts, no stays.
    assert load_workbook(outside).sheetnames == ["Summary", "Monthly"]
    assert load_workbook(inside).sheetnames == ["Summary", "Daily", "Monthly", "Stays"]
    assert any("fewer than 5" in str(label) for label in labels)  # the notes say so
    with vault.session() as s:
        details = s.scalars(select(AuditEvent.detail).where(
            AuditEvent.kind == "occupancy_exported").order_by(AuditEvent.id)).all()
    assert [d.rsplit(" ", 1)[-1] for d in details] == ["for=inside", "for=outside"]


def test_names_never_go_outside(new_vault, tmp_path):
    vault, _ = new_vault
    with pytest.raises(ValidationError, match="never in a report for outside"):
        export_occupancy(vault, start=OCC_START, end=OCC_END, out=tmp_path / "o.xlsx",
                         include_names=True, for_outside=True)
    assert not (tmp_path / "o.xlsx").exists()


# --- the outcomes spreadsheet --------------------------------------------------------------


def _outcome_cells(path):
    rows = list(load_workbook(path)["Summary"].iter_rows(values_only=True))
    header = rows[3]
    cells, rates = {}, {}
    for r in rows[4:]:
        if not r or r[0] is None:
            break
        record = dict(zip(header, r, strict=True))
        for column in OUTCOME_COUNTS:
            cells[(record["House"], column)] = record[column]
        for column in ["Average length of stay (nights)", "Requested outcomes achieved",
                       "Achieved in full"]:
            rates[(record["House"], column)] = record[column]
    names = sorted({k[0] for k in cells})
    body = [h for h in names if h != "All houses"]
    equations = [(("All houses", c), [(h, c) for h in body]) for c in OUTCOME_COUNTS]
    for h in names:
        equations.append(((h, "Goals asked for"),
                          [(h, "Goals no longer wanted"), (h, "Goals counted")]))
        equations.append(((h, "Exits"),
                          [(h, "Planned exits"), (h, "Unplanned exits"), (h, "Other exits")]))
    return cells, equations, rates


@pytest.mark.parametrize("seed", [1, 7])
def test_outcomes_for_outside_hide_small_counts_and_totals_do_not_give_them_away(
        new_vault, tmp_path, seed):
    vault, _ = new_vault
    build_outcomes(vault, random.Random(seed))
    inside = export_outcomes(vault, start=START, end=END, out=tmp_path / "in.xlsx")
    outside = export_outcomes(vault, start=START, end=END, out=tmp_path / "out.xlsx",
                              for_outside=True)
    exact, _eq, exact_rates = _outcome_cells(inside)
    shown, equations, rates = _outcome_cells(outside)
    assert {k[0] for k in shown} == {*HOUSES, "All houses"}
    assert check_hidden(shown, exact, 5) > 0
    assert worked_out(shown, equations) == set()
    for (house, column), value in rates.items():
        made_from = {"Average length of stay (nights)": ["Exits"],
                     "Requested outcomes achieved": ["Goals counted",
                                                     "Goals achieved (in full or partly)"],
                     "Achieved in full": ["Goals counted",
                                          "Goals achieved (in full or partly)"]}[column]
        if any(isinstance(shown[(house, c)], str) for c in made_from):
            assert value == NOT_SHOWN, (house, column)
        elif value != NOT_SHOWN:
            assert value == exact_rates[(house, column)]
    assert load_workbook(outside).sheetnames == ["Summary"]
    with vault.session() as s:
        details = s.scalars(select(AuditEvent.detail).where(
            AuditEvent.kind == "outcomes_exported").order_by(AuditEvent.id)).all()
    assert [d.rsplit(" ", 1)[-1] for d in details] == ["for=inside", "for=outside"]


# --- the threshold -------------------------------------------------------------------------


def test_an_administrator_sets_the_threshold_and_outside_reports_follow_it(new_vault, tmp_path):
    vault, _ = new_vault
    build_outcomes(vault, random.Random(1))
    with vault.session() as s:
        assert small_number_threshold(s) == 5
    for bad in [0, 1, 101, "7", True]:
        with pytest.raises(ValidationError, match="whole number from 2 to 100"):
            set_small_number_threshold(vault, bad)  # type: ignore[arg-type]
    with vault.session() as s:
        assert small_number_threshold(s) == 5  # nothing saved by a refused change
    assert set_small_number_threshold(vault, 10) == 10
    out = export_outcomes(vault, start=START, end=END, out=tmp_path / "ten.xlsx",
                          for_outside=True)
    exact, _eq, _r = _outcome_cells(export_outcomes(vault, start=START, end=END,
                                                    out=tmp_path / "exact.xlsx"))
    shown, equations, _rates = _outcome_cells(out)
    check_hidden(shown, exact, 10)
    assert worked_out(shown, equations) == set()
    with vault.session() as s:
        assert s.scalar(select(AuditEvent.detail).where(
            AuditEvent.kind == "small_number_threshold_changed")) == "threshold=10"
    staff.add_staff(vault, username="mia", display_name="Mia Manager", role=Role.MANAGER,
                    password="juniper teapot harbour 7")
    manager = reopen(vault.path, "mia", "juniper teapot harbour 7")
    try:
        with pytest.raises(NotAllowed):
            set_small_number_threshold(manager, 3)
    finally:
        manager.close()


def test_the_command_line_writes_the_version_for_outside(new_vault, tmp_path, monkeypatch,
                                                         capsys):
    import io
    import sys

    from conftest import ADMIN_PASSWORD

    from refugedesk.cli import main

    vault, _ = new_vault
    build_outcomes(vault, random.Random(1))
    out_file = tmp_path / "cli-outside.xlsx"
    monkeypatch.setattr(sys, "stdin", io.StringIO(ADMIN_PASSWORD + "\n"))
    code = main(["export", "outcomes", "--db", str(vault.path), "--user", "ada",
                 "--from", START.isoformat(), "--to", END.isoformat(), "--out", str(out_file),
                 "--for-outside", "--password-stdin"])
    assert (code, capsys.readouterr().err) == (0, "")
    shown, equations, _rates = _outcome_cells(out_file)
    assert "fewer than 5" in shown.values()
    assert not [v for v in shown.values() if isinstance(v, int) and 0 < v < 5]
    assert worked_out(shown, equations) == set()
