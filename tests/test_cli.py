"""The `refugedesk` command: what an administrator or a script sees, exit codes 0 / 1 / 2, and
passwords only from a prompt or standard input."""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from helpers.raw import connect, files_state, listing, raw_key

from refugedesk import __version__
from refugedesk.cli import main
from refugedesk.db.keyslots import keyfile_path
from refugedesk.db.vault import Vault
from refugedesk.demo import DEMO_ORGANISATION

PROJECT = Path(__file__).resolve().parent.parent


def run(capsys, monkeypatch, argv: list[str], stdin: str = ""):
    """Run the command in-process with `stdin`; returns (exit code, stdout, stderr)."""
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(argv)
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


@pytest.fixture
def demo_db(tmp_path, capsys, monkeypatch) -> Path:
    path = tmp_path / "demo.rdb"
    code, out, _ = run(capsys, monkeypatch, ["demo", "--db", str(path)])
    assert code == 0
    return path


def _audit_count(path: Path) -> int:
    conn = connect(path, raw_key(path, "admin", "demo"))
    try:
        return conn.execute("SELECT count(*) FROM audit_event").fetchone()[0]
    finally:
        conn.close()


# --- help and usage -------------------------------------------------------------------------


def test_help_lists_every_command(capsys, monkeypatch):
    code, out, _ = run(capsys, monkeypatch, ["--help"])
    assert code == 0
    for command in ("init", "demo", "backup", "restore", "check", "export"):
        assert command in out
    assert "--password-stdin" in out or "never given as arguments" in out


@pytest.mark.parametrize("command", [["init"], ["demo"], ["backup"], ["restore"], ["check"],
                                     ["recover"], ["export"], ["export", "occupancy"],
                                     ["export", "outcomes"]])
def test_each_command_has_help(capsys, monkeypatch, command):
    code, out, _ = run(capsys, monkeypatch, [*command, "--help"])
    assert code == 0
    assert out.startswith(f"usage: refugedesk {' '.join(command)}")
    assert len(out.splitlines()) >= 5


def test_version(capsys, monkeypatch):
    code, out, _ = run(capsys, monkeypatch, ["--version"])
    assert (code, out.strip()) == (0, f"RefugeDesk {__version__}")


@pytest.mark.parametrize("argv", [
    ["nonsense"],
    ["check", "--db", "x.rdb"],                                   # --user missing
    ["backup", "--db", "x.rdb", "--user", "admin"],               # --out missing
    ["demo"],                                                     # --db missing
    ["check", "--db", "x.rdb", "--user", "admin", "--pass"],      # no abbreviations
])
def test_usage_errors_exit_2(capsys, monkeypatch, argv, tmp_path):
    monkeypatch.chdir(tmp_path)
    code, _, err = run(capsys, monkeypatch, argv)
    assert code == 2
    assert "usage:" in err
    assert listing(tmp_path) == set()


@pytest.mark.parametrize("form", [["--password", "demo"], ["--password=demo"], ["--password"]])
def test_a_password_on_the_command_line_is_refused(capsys, monkeypatch, demo_db, form):
    before = files_state(demo_db)
    events = _audit_count(demo_db)
    code, out, err = run(capsys, monkeypatch,
                         ["check", "--db", str(demo_db), "--user", "admin", *form])
    assert code == 2
    assert "never taken on the command line" in err
    assert "Vault OK" not in out
    assert _audit_count(demo_db) == events, "it must not have signed in"
    assert files_state(demo_db)[demo_db.name] == before[demo_db.name]


# --- demo -----------------------------------------------------------------------------------


def test_demo_makes_a_vault_and_names_its_accounts(capsys, monkeypatch, tmp_path):
    path = tmp_path / "try" / "demo.rdb"
    code, out, err = run(capsys, monkeypatch, ["demo", "--db", str(path)])
    assert (code, err) == (0, "")
    for username in ("admin", "manager", "worker"):
        assert re.search(rf"^\s+{username}\s", out, re.M)
    assert "'demo'" in out
    for username in ("admin", "manager", "worker"):
        Vault.unlock(path, username, "demo").close()
    assert DEMO_ORGANISATION.encode() not in path.read_bytes()


def test_demo_refuses_to_replace_a_vault(capsys, monkeypatch, demo_db):
    before = files_state(demo_db)
    code, out, err = run(capsys, monkeypatch, ["demo", "--db", str(demo_db)])
    assert code == 1
    assert err == ("refugedesk: A vault already exists there. Choose another place, or open "
                   "the existing one.\n")
    assert files_state(demo_db) == before


# --- check ----------------------------------------------------------------------------------


def test_check_reports_ok_with_the_number_of_events(capsys, monkeypatch, demo_db):
    code, out, err = run(capsys, monkeypatch,
                         ["check", "--db", str(demo_db), "--user", "worker",
                          "--password-stdin"], stdin="demo\n")
    assert (code, err) == (0, "")
    assert out.strip() == f"Vault OK: {_audit_count(demo_db)} audit events, chain intact"


def test_check_lists_each_problem_and_exits_1(capsys, monkeypatch, demo_db):
    conn = connect(demo_db, raw_key(demo_db, "admin", "demo"))
    conn.execute("UPDATE audit_event SET detail = 'nothing happened' WHERE id = 2")
    conn.execute("DELETE FROM audit_event WHERE id = 3")
    conn.close()
    code, out, _ = run(capsys, monkeypatch,
                       ["check", "--db", str(demo_db), "--user", "admin", "--password-stdin"],
                       stdin="demo\n")
    assert code == 1
    assert "Vault OK" not in out
    assert "Audit event 2 was changed after it was written." in out
    assert "Audit event 3 has been deleted" in out


def test_wrong_password_is_a_plain_refusal(capsys, monkeypatch, demo_db):
    before = files_state(demo_db)
    code, out, err = run(capsys, monkeypatch,
                         ["check", "--db", str(demo_db), "--user", "admin", "--password-stdin"],
                         stdin="hunter2-secret\n")
    assert (code, out) == (1, "")
    assert err == "refugedesk: That password is not right. Check Caps Lock and try again.\n"
    assert "hunter2" not in out + err
    assert files_state(demo_db)[demo_db.name] == before[demo_db.name]


def test_missing_vault_is_a_plain_refusal_and_creates_nothing(capsys, monkeypatch, tmp_path):
    code, _, err = run(capsys, monkeypatch,
                       ["check", "--db", str(tmp_path / "none.rdb"), "--user", "admin",
                        "--password-stdin"], stdin="demo\n")
    assert code == 1
    assert err.startswith("refugedesk: No RefugeDesk vault was found")
    assert listing(tmp_path) == set()


def test_empty_standard_input_is_refused(capsys, monkeypatch, demo_db):
    code, _, err = run(capsys, monkeypatch,
                       ["check", "--db", str(demo_db), "--user", "admin", "--password-stdin"])
    assert code == 1
    assert "No password" in err


def test_password_from_stdin_keeps_its_spaces(capsys, monkeypatch, tmp_path):
    path = tmp_path / "v.rdb"
    password = "  spaced out password  "
    code, _, _ = run(capsys, monkeypatch,
                     ["init", "--db", str(path), "--organisation", "Spaced Refuge", "--name",
                      "Sam", "--username", "sam", "--password-stdin"], stdin=password + "\r\n")
    assert code == 0
    Vault.unlock(path, "sam", password).close()


# --- backup and restore ---------------------------------------------------------------------


def test_backup_and_restore(capsys, monkeypatch, demo_db, tmp_path):
    out_file = tmp_path / "backups" / "friday"
    code, _, err = run(capsys, monkeypatch,
                       ["backup", "--db", str(demo_db), "--user", "worker", "--out",
                        str(out_file), "--password-stdin"], stdin="demo\n")
    assert code == 1 and "role does not allow" in err
    assert not out_file.parent.exists()

    code, out, err = run(capsys, monkeypatch,
                         ["backup", "--db", str(demo_db), "--user", "manager", "--out",
                          str(out_file), "--password-stdin"], stdin="demo\n")
    assert (code, err) == (0, "")
    backup = out_file.with_name("friday.rdb")
    assert str(backup) in out and str(keyfile_path(backup)) in out
    key = raw_key(demo_db, "admin", "demo")
    conn = connect(backup, key)
    backed_up_staff = conn.execute("SELECT * FROM staff_member ORDER BY id").fetchall()
    conn.close()

    # restore asks first; without a terminal it needs --yes
    before = files_state(demo_db)
    code, _, err = run(capsys, monkeypatch,
                       ["restore", "--db", str(demo_db), "--user", "admin", "--from",
                        str(backup), "--password-stdin"], stdin="demo\n")
    assert code == 1 and "--yes" in err
    assert files_state(demo_db) == before

    code, out, err = run(capsys, monkeypatch,
                         ["restore", "--db", str(demo_db), "--user", "admin", "--from",
                          str(backup), "--yes", "--password-stdin"], stdin="demo\n")
    assert (code, err) == (0, "")
    assert "Restored" in out
    conn = connect(demo_db, key)
    assert conn.execute("SELECT * FROM staff_member ORDER BY id").fetchall() == backed_up_staff
    assert conn.execute("SELECT kind FROM audit_event ORDER BY id DESC LIMIT 1").fetchone() == (
        "restore",)
    conn.close()


def test_restore_from_a_damaged_backup_changes_nothing(capsys, monkeypatch, demo_db, tmp_path):
    run(capsys, monkeypatch, ["backup", "--db", str(demo_db), "--user", "admin", "--out",
                              str(tmp_path / "b.rdb"), "--password-stdin"], stdin="demo\n")
    data = (tmp_path / "b.rdb").read_bytes()
    (tmp_path / "b.rdb").write_bytes(data[: len(data) // 3])
    before = files_state(demo_db)
    names = listing(tmp_path)
    code, _, err = run(capsys, monkeypatch,
                       ["restore", "--db", str(demo_db), "--user", "admin", "--from",
                        str(tmp_path / "b.rdb"), "--yes", "--password-stdin"], stdin="demo\n")
    assert code == 1
    assert err.startswith("refugedesk: That backup could not be opened and checked, so nothing "
                          "was replaced.")
    assert files_state(demo_db) == before
    assert listing(tmp_path) == names


# --- init -----------------------------------------------------------------------------------


def test_init_from_a_script_prints_the_recovery_code_once(capsys, monkeypatch, tmp_path):
    path = tmp_path / "refuge.rdb"
    code, out, err = run(capsys, monkeypatch,
                         ["init", "--db", str(path), "--organisation", "Harbour Light Refuge",
                          "--name", "Ada Lovegood", "--username", "Ada", "--password-stdin"],
                         stdin="plum orchard lantern 42\n")
    assert (code, err) == (0, "")
    codes = re.findall(r"\b[A-Z2-9]{4}(?:-[A-Z2-9]{4}){5}\b", out)
    assert len(codes) == 1, out
    assert "offline" in out
    with Vault.unlock_with_recovery(path, codes[0]) as vault:
        assert vault.person.is_admin
    with Vault.unlock(path, "ada", "plum orchard lantern 42") as vault:
        assert vault.person.display_name == "Ada Lovegood"
    assert codes[0] not in keyfile_path(path).read_text()
    assert b"Harbour Light" not in path.read_bytes()


def test_init_refuses_a_weak_password_and_leaves_nothing(capsys, monkeypatch, tmp_path):
    code, out, err = run(capsys, monkeypatch,
                         ["init", "--db", str(tmp_path / "r.rdb"), "--organisation", "X",
                          "--name", "Ada", "--username", "ada", "--password-stdin"],
                         stdin="password1\n")
    assert code == 1
    assert "too common" in err or "at least 10" in err
    assert listing(tmp_path) == set()


def test_init_from_a_script_needs_every_answer_as_an_option(capsys, monkeypatch, tmp_path):
    code, _, err = run(capsys, monkeypatch,
                       ["init", "--db", str(tmp_path / "r.rdb"), "--name", "Ada",
                        "--password-stdin"], stdin="plum orchard lantern 42\n")
    assert code == 2
    assert "--organisation" in err and "--username" in err
    assert listing(tmp_path) == set()


def test_init_at_a_terminal_asks_twice(capsys, monkeypatch, tmp_path):
    import getpass

    answers = iter(["plum orchard lantern 42", "plum orchard lantern 24"])
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": next(answers))
    code, out, err = run(capsys, monkeypatch, ["init", "--db", str(tmp_path / "r.rdb")],
                         stdin="Harbour Light Refuge\nAda Lovegood\nada\n")
    assert code == 1
    assert "not the same" in err
    assert listing(tmp_path) == set()

    answers = iter(["plum orchard lantern 42"] * 2)
    code, out, err = run(capsys, monkeypatch, ["init", "--db", str(tmp_path / "r.rdb")],
                         stdin="Harbour Light Refuge\nAda Lovegood\nada\n")
    assert (code, err) == (0, "")
    Vault.unlock(tmp_path / "r.rdb", "ada", "plum orchard lantern 42").close()


# --- export occupancy (the export itself is tested with the reports) ------------------------


@pytest.mark.parametrize("dates, message", [
    (["--from", "2026-03-31", "--to", "2026-03-01"], "--to is before --from"),
    (["--from", "2026-02-30", "--to", "2026-03-01"], "not a date"),
    (["--from", "31/03/2026", "--to", "2026-04-01"], "not a date"),
])
def test_export_occupancy_usage_errors(capsys, monkeypatch, demo_db, tmp_path, dates, message):
    out_file = tmp_path / "occ.xlsx"
    events = _audit_count(demo_db)
    code, _, err = run(capsys, monkeypatch,
                       ["export", "occupancy", "--db", str(demo_db), "--user", "admin",
                        *dates, "--out", str(out_file), "--password-stdin"], stdin="demo\n")
    assert code == 2
    assert message in err
    assert not out_file.exists()
    assert _audit_count(demo_db) == events, "refused before signing in"


def test_export_occupancy_wants_an_xlsx_file(capsys, monkeypatch, demo_db, tmp_path):
    code, _, err = run(capsys, monkeypatch,
                       ["export", "occupancy", "--db", str(demo_db), "--user", "admin",
                        "--from", "2026-01-01", "--to", "2026-01-31", "--out",
                        str(tmp_path / "occ.csv"), "--password-stdin"], stdin="demo\n")
    assert code == 2 and ".xlsx" in err


# --- the real command, end to end -----------------------------------------------------------


def _refugedesk(*args: str, stdin: str = "", cwd: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "REFUGEDESK_DEBUG"}
    return subprocess.run([sys.executable, "-m", "refugedesk", *args], input=stdin,
                          capture_output=True, text=True, timeout=60, cwd=cwd, env=env)


@pytest.mark.slow
def test_end_to_end_in_a_real_process(tmp_path):
    made = _refugedesk("demo", "--db", "office.rdb", cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    assert "worker" in made.stdout

    ok = _refugedesk("check", "--db", "office.rdb", "--user", "manager", "--password-stdin",
                     stdin="demo\n", cwd=tmp_path)
    assert (ok.returncode, ok.stderr) == (0, "")
    assert re.fullmatch(r"Vault OK: \d+ audit events, chain intact\n", ok.stdout)

    wrong = _refugedesk("check", "--db", "office.rdb", "--user", "manager", "--password-stdin",
                        stdin="not it\n", cwd=tmp_path)
    assert wrong.returncode == 1
    assert wrong.stderr == ("refugedesk: That password is not right. Check Caps Lock and try "
                            "again.\n")

    usage = _refugedesk("check", "--db", "office.rdb", "--user", "manager", "--password", "demo",
                        cwd=tmp_path)
    assert usage.returncode == 2 and "never taken on the command line" in usage.stderr

    backup = _refugedesk("backup", "--db", "office.rdb", "--user", "admin", "--out", "b.rdb",
                         "--password-stdin", stdin="demo\n", cwd=tmp_path)
    assert backup.returncode == 0, backup.stderr
    assert {"b.rdb", "b.rdkeys"} <= listing(tmp_path)


def test_help_does_not_load_the_heavy_libraries(tmp_path):
    probe = ("import sys, io, contextlib\n"
             "from refugedesk.cli import main\n"
             "with contextlib.redirect_stdout(io.StringIO()):\n"
             "    code = main(['--help'])\n"
             "heavy = [m for m in ('sqlalchemy', 'PySide6', 'sqlcipher3', 'alembic', 'argon2',"
             " 'cryptography', 'openpyxl') if m in sys.modules]\n"
             "print(code, heavy)\n")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          timeout=60, cwd=tmp_path)
    assert done.stdout.strip() == "0 []", done.stderr


def test_export_occupancy_writes_a_spreadsheet(capsys, monkeypatch, demo_db, tmp_path):
    """Only the wiring: the export's contents are tested with the reports."""
    from openpyxl import load_workbook

    out_file = tmp_path / "occupancy.xlsx"
    code, _, err = run(capsys, monkeypatch,
                       ["export", "occupancy", "--db", str(demo_db), "--user", "worker",
                        "--from", "2026-01-01", "--to", "2026-01-31", "--out", str(out_file),
                        "--include-names", "--password-stdin"], stdin="demo\n")
    assert code == 1 and "manager or an administrator" in err
    assert not out_file.exists()

    code, out, err = run(capsys, monkeypatch,
                         ["export", "occupancy", "--db", str(demo_db), "--user", "manager",
                          "--from", "2026-01-01", "--to", "2026-01-31", "--out", str(out_file),
                          "--password-stdin"], stdin="demo\n")
    assert (code, err) == (0, "")
    assert str(out_file) in out
    assert load_workbook(out_file, read_only=True).sheetnames


class _Terminal(io.StringIO):
    """Standard input that says it is a terminal, as when someone types the answers."""

    def isatty(self) -> bool:
        return True


def test_restore_at_a_terminal_asks_first(capsys, monkeypatch, demo_db, tmp_path):
    import getpass

    run(capsys, monkeypatch, ["backup", "--db", str(demo_db), "--user", "admin", "--out",
                              str(tmp_path / "b.rdb"), "--password-stdin"], stdin="demo\n")
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": "demo")
    before = files_state(demo_db)
    monkeypatch.setattr(sys, "stdin", _Terminal("no\n"))
    code = main(["restore", "--db", str(demo_db), "--user", "admin", "--from",
                 str(tmp_path / "b.rdb")])
    out, _ = capsys.readouterr()
    assert code == 1 and "Nothing was changed" in out
    assert files_state(demo_db) == before

    monkeypatch.setattr(sys, "stdin", _Terminal("yes\n"))
    code = main(["restore", "--db", str(demo_db), "--user", "admin", "--from",
                 str(tmp_path / "b.rdb")])
    out, err = capsys.readouterr()
    assert (code, err) == (0, "")
    assert "Restored" in out


def test_the_recovery_code_gives_a_forgotten_account_a_new_password(capsys, monkeypatch,
                                                                    tmp_path):
    path = tmp_path / "refuge.rdb"
    _code, out, _ = run(capsys, monkeypatch,
                        ["init", "--db", str(path), "--organisation", "Harbour Light Refuge",
                         "--name", "Ada Lovegood", "--username", "ada", "--password-stdin"],
                        stdin="plum orchard lantern 42\n")
    recovery = re.findall(r"\b[A-Z2-9]{4}(?:-[A-Z2-9]{4}){5}\b", out)[0]
    before = files_state(path)
    code, _, err = run(capsys, monkeypatch,
                       ["recover", "--db", str(path), "--user", "ada", "--password-stdin"],
                       stdin="AAAA-BBBB-CCCC-DDDD-EEEE-FFFF\nbrand new lantern 77\n")
    assert code == 1 and "recovery code is not right" in err
    assert files_state(path) == before
    code, out, err = run(capsys, monkeypatch,
                         ["recover", "--db", str(path), "--user", "ada", "--password-stdin"],
                         stdin=f"{recovery.lower()}\nbrand new lantern 77\n")
    assert (code, err) == (0, "")
    with Vault.unlock(path, "ada", "brand new lantern 77") as vault:
        assert vault.person.is_admin
    with pytest.raises(Exception, match="password is not right"):
        Vault.unlock(path, "ada", "plum orchard lantern 42")
    code, _, err = run(capsys, monkeypatch,
                       ["recover", "--db", str(path), "--user", "nobody", "--password-stdin"],
                       stdin=f"{recovery}\nbrand new lantern 77\n")
    assert code == 1 and "no staff member" in err


def test_recover_at_a_terminal_asks_twice_and_keeps_the_old_password_on_a_mismatch(
        capsys, monkeypatch, tmp_path):
    import getpass

    path = tmp_path / "refuge.rdb"
    _code, out, _ = run(capsys, monkeypatch,
                        ["init", "--db", str(path), "--organisation", "Harbour Light Refuge",
                         "--name", "Ada Lovegood", "--username", "ada", "--password-stdin"],
                        stdin="plum orchard lantern 42\n")
    recovery = re.findall(r"\b[A-Z2-9]{4}(?:-[A-Z2-9]{4}){5}\b", out)[0]
    answers = iter([recovery, "brand new lantern 77", "brand new lantern 78"])
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": next(answers))
    code, _, err = run(capsys, monkeypatch, ["recover", "--db", str(path), "--user", "ada"])
    assert code == 1 and "not the same. Nothing was changed." in err
    Vault.unlock(path, "ada", "plum orchard lantern 42").close()
    answers = iter([recovery, "brand new lantern 77", "brand new lantern 77"])
    code, _, err = run(capsys, monkeypatch, ["recover", "--db", str(path), "--user", "ada"])
    assert (code, err) == (0, "")
    Vault.unlock(path, "ada", "brand new lantern 77").close()
