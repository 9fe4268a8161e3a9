"""`refugedesk --self-test`, run in-process: it passes here, names the step that fails, and
always removes its temporary folder."""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path

import pytest
from pypdf import PdfReader

from refugedesk import selftest
from refugedesk.db import migrate
from refugedesk.ui.pages import PAGES, Page

EXPECTED_OK = [
    "ok  temporary folder created",
    "ok  vault created",
    f"ok  schema migrations ran (revision {migrate.HEAD})",
    "ok  vault closed and unlocked again",
    "ok  record written and read back",
    "ok  integrity and audit chain checked",
    "ok  vault file is encrypted on disk",
    "ok  spreadsheet written and read back",
]


def run(tmp_parent: Path) -> tuple[int, list[str]]:
    out = io.StringIO()
    code = selftest.run(tmp_parent=tmp_parent, out=out)
    return code, out.getvalue().splitlines()


def test_self_test_passes_and_cleans_up(tmp_path, qapp):
    code, lines = run(tmp_path)
    assert code == 0, "\n".join(lines)
    assert lines[0].startswith("RefugeDesk self-test: RefugeDesk ")
    assert lines[1:9] == EXPECTED_OK
    assert lines[9].startswith("ok  PDF written (")
    assert lines[10] == "ok  icon and stylesheet found and drawn"
    assert lines[11] == "ok  Welsh translations found and loaded"
    assert lines[12].startswith("ok  server driver psycopg ")
    assert lines[13] == f"ok  all {len(PAGES)} pages of the main window present"
    assert lines[14] == "ok  temporary folder removed"
    assert lines[15].startswith("self-test passed")
    assert len(lines) == 16
    assert not any(line.startswith("FAIL") for line in lines)
    assert list(tmp_path.iterdir()) == []


def test_a_build_without_the_welsh_translations_fails(tmp_path, qapp, monkeypatch):
    """What a bundle that lost resources/translations/*.qm would do."""
    from refugedesk import i18n

    monkeypatch.setattr(i18n, "TRANSLATIONS", tmp_path / "nowhere")
    (tmp_path / "run").mkdir()
    code, lines = run(tmp_path / "run")
    assert code == 1, lines
    assert any(line.startswith("FAIL welsh: the Welsh translations are missing") for line in lines)
    assert i18n.current() == "en"


def test_unusable_temporary_folder_fails(tmp_path):
    not_a_folder = tmp_path / "a-file"
    not_a_folder.write_text("in the way")
    code, lines = run(not_a_folder)
    assert code == 1
    assert lines[1].startswith("FAIL temporary folder: ")
    assert lines[-1] == "self-test FAILED at: temporary folder"


def test_missing_migration_scripts_fail_the_vault_step(tmp_path, monkeypatch):
    """What a bundle without refugedesk/db/migrations as data files would do."""
    monkeypatch.setattr(migrate, "MIGRATIONS", tmp_path / "nowhere")
    parent = tmp_path / "tmp"
    parent.mkdir()
    code, lines = run(parent)
    assert code == 1
    assert lines[1] == "ok  temporary folder created"
    assert lines[2].startswith("FAIL create vault: ")
    assert lines[-1] == "self-test FAILED at: create vault"
    assert "ok  temporary folder removed" not in lines
    assert list(parent.iterdir()) == [], "the temporary folder must go even after a failure"


def test_a_wrong_schema_revision_is_caught(tmp_path, monkeypatch):
    real_head = migrate.HEAD
    monkeypatch.setattr(migrate, "HEAD", "9999")
    code, lines = run(tmp_path)
    assert code == 1
    assert lines[3] == f"FAIL migrations: schema is at {real_head!r}, expected '9999'"
    assert list(tmp_path.iterdir()) == []


def test_encryption_check_catches_a_plain_file(tmp_path):
    state = selftest._Run(tmp_path)
    conn = sqlite3.connect(state.vault_path)
    conn.execute("CREATE TABLE organisation (name TEXT)")
    conn.execute("INSERT INTO organisation VALUES (?)", (selftest.ORGANISATION,))
    conn.commit()
    conn.close()
    with pytest.raises(selftest.SelfTestFailed, match="NOT encrypted"):
        state.encrypted_on_disk()


def test_encryption_check_catches_readable_text(tmp_path):
    state = selftest._Run(tmp_path)
    state.vault_path.write_bytes(b"\x01" * 100 + selftest.STAFF_NAME.encode() + b"\x02" * 100)
    with pytest.raises(selftest.SelfTestFailed, match="contains readable text"):
        state.encrypted_on_disk()


def test_pdf_page_count_agrees_with_a_pdf_reader(tmp_path, qapp):
    state = selftest._Run(tmp_path)
    line = state.pdf()
    pages = len(PdfReader(tmp_path / "selftest.pdf").pages)
    assert pages >= 2
    assert line == f"PDF written ({pages} pages)"


def test_missing_resources_are_caught(tmp_path, monkeypatch, qapp):
    """The app would quietly start with a plain look; the bundle check must not."""
    from refugedesk.ui import look

    monkeypatch.setattr(look, "RESOURCES", tmp_path / "no-resources")
    parent = tmp_path / "tmp"
    parent.mkdir()
    code, lines = run(parent)
    assert code == 1
    assert lines[-2].startswith("FAIL resources: no stylesheet in ")
    assert lines[-1] == "self-test FAILED at: resources"


def test_a_page_missing_from_the_build_is_caught(tmp_path, monkeypatch, qapp):
    """What a bundle would do if a page imported by name had been left out."""
    from refugedesk.ui import pages

    monkeypatch.setattr(pages, "PAGES", [*PAGES, Page("ghost", "&Ghost",
                                                      "refugedesk.ui.no_such_page:GhostPage")])
    code, lines = run(tmp_path)
    assert code == 1
    assert lines[-2].startswith("FAIL pages: the Ghost page cannot be loaded: ")
    assert list(tmp_path.iterdir()) == []
