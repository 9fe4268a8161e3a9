"""`refugedesk export subject-access`: a manager gets her data as a .zip with the default
review list withheld and printed (keys and reasons, never content); a support worker is
refused before anything is written; usage mistakes are exit 2."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from helpers.raw import connect, raw_key
from test_cli import run


@pytest.fixture
def demo_db(tmp_path, capsys, monkeypatch) -> Path:
    path = tmp_path / "demo.rdb"
    code, _, _ = run(capsys, monkeypatch, ["demo", "--db", str(path)])
    assert code == 0
    return path


def _her(path: Path) -> tuple[str, str, str]:
    """(her reference, her name, the name of the person she left) for a woman with one."""
    conn = connect(path, raw_key(path, "admin", "demo"))
    try:
        return conn.execute(
            "SELECT r.reference, r.name, a.known_areas FROM resident r "
            "JOIN abuser a ON a.resident_id = r.id WHERE length(a.known_areas) > 3 "
            "ORDER BY r.id LIMIT 1").fetchone()
    finally:
        conn.close()


def _released(path: Path) -> list[tuple]:
    conn = connect(path, raw_key(path, "admin", "demo"))
    try:
        return conn.execute("SELECT released_on, withheld FROM subject_access").fetchall()
    finally:
        conn.close()


def test_a_manager_exports_her_data_with_the_default_list_withheld(
        demo_db, tmp_path, capsys, monkeypatch, qapp):
    ref, name, about_him = _her(demo_db)
    out = tmp_path / "her.zip"
    code, stdout, stderr = run(capsys, monkeypatch, [
        "export", "subject-access", "--db", str(demo_db), "--user", "manager",
        "--password-stdin", "--resident", ref.lower(), "--out", str(out)], stdin="demo\n")
    assert code == 0, stderr
    assert "Withheld (" in stdout and "abuser:" in stdout
    assert name not in stdout and about_him not in stdout  # keys and reasons only
    assert "NOT encrypted" in stderr
    with zipfile.ZipFile(out) as zf:
        names = zf.namelist()
        everything = b"".join(zf.read(n) for n in names)
    assert {"her-data.pdf", "README.txt", "her_details.json", "person_she_fled.json"} <= set(names)
    assert name.encode() in zf_text(out, "her_details.json")
    fled = zf_text(out, "person_she_fled.json")
    assert b"[withheld: " in fled and about_him.encode() not in fled
    assert b"[withheld: " in everything
    [(released_on, withheld)] = _released(demo_db)
    assert released_on is not None and "abuser:" in withheld and about_him not in withheld


def zf_text(path: Path, name: str) -> bytes:
    with zipfile.ZipFile(path) as zf:
        return zf.read(name)


def test_a_support_worker_is_refused_and_nothing_is_written(
        demo_db, tmp_path, capsys, monkeypatch, qapp):
    ref, _, _ = _her(demo_db)
    out = tmp_path / "her.zip"
    code, _, stderr = run(capsys, monkeypatch, [
        "export", "subject-access", "--db", str(demo_db), "--user", "worker",
        "--password-stdin", "--resident", ref, "--out", str(out)], stdin="demo\n")
    assert code == 1
    assert "manager or an administrator" in stderr
    assert not out.exists() and _released(demo_db) == []


def test_usage_mistakes(demo_db, tmp_path, capsys, monkeypatch, qapp):
    code, _, stderr = run(capsys, monkeypatch, [
        "export", "subject-access", "--db", str(demo_db), "--user", "manager",
        "--resident", "R-1", "--out", str(tmp_path / "her.pdf")])
    assert code == 2 and ".zip" in stderr
    code, _, stderr = run(capsys, monkeypatch, [
        "export", "subject-access", "--db", str(demo_db), "--user", "manager",
        "--password-stdin", "--resident", "NO-SUCH-REF", "--out", str(tmp_path / "x.zip")],
        stdin="demo\n")
    assert code == 1 and "could not be found" in stderr
    assert not (tmp_path / "x.zip").exists()
    code, out, _ = run(capsys, monkeypatch, ["export", "subject-access", "--help"])
    assert code == 0 and out.startswith("usage: refugedesk export subject-access")
