"""`refugedesk --self-test`: prove that this copy of RefugeDesk can do its real work here.

Made for the bundled app (PyInstaller), where a missing native library, Qt plugin or migration
script only shows when the program runs. It needs no display and touches nothing but a
temporary folder, which it removes. Each step prints one line:

    ok  vault created
    ...
    self-test passed (1.4 s)

or stops at the first failure with `FAIL <step>: <reason>` and returns 1. Steps use the same
functions the app uses (access.set_up, access.sign_in, staff.add_staff, openpyxl, Qt's PDF
writer), so a pass means those paths work in this build.
"""

from __future__ import annotations

import os
import re
import secrets
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from refugedesk.db.vault import Vault

#: Written into the vault; must never be readable in the file on disk.
ORGANISATION = "Self-Test Refuge Organisation"
STAFF_NAME = "Selma Selftest"
SHEET_VALUE = "self-test value 4711"


class SelfTestFailed(Exception):
    """A check found something wrong (as opposed to an error raised by the step itself)."""


def _check(condition: bool, message: str) -> None:
    if not condition:
        raise SelfTestFailed(message)


class _Run:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.vault_path = folder / "selftest.rdb"
        self.password = "self test " + secrets.token_hex(8)
        self.opened: Vault | None = None

    @property
    def vault(self) -> Vault:
        """The vault the steps work on: create_vault, the first step, opens it."""
        assert self.opened is not None, "create_vault runs first"
        return self.opened

    # --- the steps, in order ----------------------------------------------------------------

    def create_vault(self) -> str:
        from refugedesk import access

        self.opened, code = access.set_up(
            self.vault_path, organisation=ORGANISATION, username="selftest",
            display_name="Self Test", password=self.password)
        _check(bool(code), "no recovery code was issued")
        return "vault created"

    def migrations(self) -> str:
        from refugedesk.db import migrate

        with self.vault.engine.connect() as conn:
            revision = migrate.current_revision(conn)
        _check(revision == migrate.HEAD,
               f"schema is at {revision!r}, expected {migrate.HEAD!r}")
        return f"schema migrations ran (revision {revision})"

    def unlock(self) -> str:
        from refugedesk import access

        self.vault.close()
        self.opened = access.sign_in(self.vault_path, "selftest", self.password)
        _check(self.vault.person.is_admin, "signed in, but not as the administrator")
        return "vault closed and unlocked again"

    def write_read(self) -> str:
        from refugedesk import staff
        from refugedesk.db.models import Role

        staff_id = staff.add_staff(
            self.vault, username="selma", display_name=STAFF_NAME, role=Role.SUPPORT_WORKER,
            password="pw-" + secrets.token_hex(12))
        with self.vault.session() as session:
            rows = {row.id: row for row in staff.list_staff(session)}
        _check(staff_id in rows and rows[staff_id].display_name == STAFF_NAME,
               "the staff member written was not read back")
        return "record written and read back"

    def audit_chain(self) -> str:
        from refugedesk import access

        problems = access.check(self.vault)
        _check(not problems, "; ".join(problems))
        return "integrity and audit chain checked"

    def encrypted_on_disk(self) -> str:
        from refugedesk.db.engine import SQLITE_HEADER

        self.close()  # the last connection out folds the WAL back into the file
        files = [p for p in self.folder.iterdir() if p.name.startswith(self.vault_path.name)]
        _check(self.vault_path in files, "the vault file is missing")
        _check(not self.vault_path.read_bytes().startswith(SQLITE_HEADER),
               "the vault file is plain SQLite: it is NOT encrypted")
        for path in files:
            data = path.read_bytes()
            for secret in (ORGANISATION, STAFF_NAME):
                _check(secret.encode() not in data,
                       f"{path.name} contains readable text: it is NOT encrypted")
        return "vault file is encrypted on disk"

    def spreadsheet(self) -> str:
        from openpyxl import Workbook, load_workbook

        path = self.folder / "selftest.xlsx"
        book = Workbook(write_only=True)
        sheet = book.create_sheet("Self-test")
        sheet.append(["Name", "Value"])
        sheet.append(["check", SHEET_VALUE])
        book.save(path)
        again = load_workbook(path, read_only=True)
        try:
            value = again["Self-test"]["B2"].value
        finally:
            again.close()
        _check(value == SHEET_VALUE, f"spreadsheet cell B2 read back as {value!r}")
        return "spreadsheet written and read back"

    def pdf(self) -> str:
        from PySide6.QtCore import QMarginsF
        from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

        _ensure_gui()
        path = self.folder / "selftest.pdf"
        writer = QPdfWriter(str(path))
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                         QPageLayout.Orientation.Portrait, QMarginsF(15, 15, 15, 15)))
        writer.setTitle("RefugeDesk self-test")
        doc = QTextDocument()
        doc.setHtml("<h1>RefugeDesk self-test</h1>"
                    + "".join(f"<p>Line {i}: a page of text.</p>" for i in range(120)))
        doc.print_(writer)
        del writer  # finishes the file
        data = path.read_bytes()
        _check(data.startswith(b"%PDF-"), "the PDF file does not start with %PDF-")
        pages = len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", data))
        _check(pages >= 2, f"the PDF has {pages} pages, expected at least 2")
        return f"PDF written ({pages} pages)"

    def resources(self) -> str:
        """The icon and stylesheet the app loads, found and drawn as the app does. The app
        quietly falls back to a plain look without them, so only this check notices."""
        from refugedesk.ui import look

        _ensure_gui()
        _check(bool(look.stylesheet().strip()), f"no stylesheet in {look.RESOURCES}")
        icon = look.icon()
        image = icon.pixmap(64, 64).toImage()
        _check(not image.isNull(), f"the icon in {look.RESOURCES} could not be drawn "
               "(is the SVG image plugin missing?)")
        _check(image.pixelColor(32, 32).alpha() > 0, "the icon was drawn empty")
        return "icon and stylesheet found and drawn"

    def welsh(self) -> str:
        """The Welsh translations (built .qm files) are in the build and load: without them the
        app silently stays in English for someone who chose Cymraeg."""
        from refugedesk import i18n

        _ensure_gui()
        try:
            _check(i18n.use(i18n.WELSH), f"the Welsh translations are missing from "
                   f"{i18n.TRANSLATIONS} (run `make translations` before building)")
            words = i18n.translate("MainWindow", "Language…")
            _check(words != "Language…", "the Welsh translations loaded but say nothing")
            qt_words = "QPlatformTheme"  # Qt's own context, in qt_cy.qm (not for lupdate)
            cancel = i18n.translate(qt_words, "Cancel")
            _check(cancel == "Canslo", "Qt's own words in Welsh (qt_cy.qm) did not load")
        finally:
            i18n.use(i18n.ENGLISH)
        return "Welsh translations found and loaded"

    def server_driver(self) -> str:
        """The PostgreSQL driver and its libpq are in the build: without them a
        service on its own server could not sign in from this copy (docs/server.md)."""
        try:
            import psycopg
            from sqlalchemy.dialects.postgresql import psycopg as dialect
        except ImportError as exc:
            raise SelfTestFailed(f"the server driver (psycopg) is missing: {exc}") from None
        _check(dialect.dialect.driver == "psycopg", "SQLAlchemy's psycopg dialect is missing")
        version = psycopg.pq.version()
        _check(version >= 140000, f"libpq {version} is older than PostgreSQL 14's")
        return f"server driver psycopg {psycopg.__version__} ({psycopg.pq.__impl__}), libpq {version}"

    def pages(self) -> str:
        """Every page of the main window can be loaded. Pages named as "module:Name" strings
        are imported only when first opened, so a build that missed one would fail then."""
        import importlib

        from refugedesk.ui import pages

        named = [p for p in pages.PAGES if isinstance(p.factory, str)]
        for page in named:
            module, _, name = str(page.factory).partition(":")
            try:
                factory = getattr(importlib.import_module(module), name)
            except (ImportError, AttributeError) as exc:
                raise SelfTestFailed(f"the {page.plain_label} page cannot be loaded: {exc}") from None
            _check(callable(factory), f"the {page.plain_label} page is not a widget factory")
        return f"all {len(pages.PAGES)} pages of the main window present"

    def close(self) -> None:
        if self.opened is not None:
            self.opened.close()
            self.opened = None


_app = None


def _ensure_gui() -> None:
    """A QGuiApplication for drawing (PDF, icon); an existing one (the app's, pytest-qt's) is
    used as it is. Kept on the module so it outlives the step (Qt dislikes a second one)."""
    from PySide6.QtGui import QGuiApplication

    global _app
    if QGuiApplication.instance() is None:
        _app = QGuiApplication([sys.argv[0] if sys.argv else "refugedesk"])

STEPS: list[str] = ["create_vault", "migrations", "unlock", "write_read", "audit_chain",
                    "encrypted_on_disk", "spreadsheet", "pdf", "resources", "welsh",
                    "server_driver", "pages"]


def run(*, tmp_parent: Path | None = None, out: TextIO | None = None) -> int:
    """Run every step. 0 when all worked, 1 at the first failure (named on `out`).

    `tmp_parent` is where the temporary folder is made (default: the system's temp folder).
    """
    out = out or sys.stdout
    if not os.environ.get("QT_QPA_PLATFORM"):  # before anything creates Qt's app: without
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # a display Qt would abort the process
    started = time.perf_counter()

    def say(line: str) -> None:
        print(line, file=out, flush=True)

    from refugedesk import about

    say("RefugeDesk self-test: " + ", ".join(f"{k} {v}" for k, v in about.versions().items()))
    try:
        folder = Path(tempfile.mkdtemp(prefix="refugedesk-selftest-", dir=tmp_parent))
    except OSError as exc:
        say(f"FAIL temporary folder: {exc}")
        say("self-test FAILED at: temporary folder")
        return 1
    say("ok  temporary folder created")
    # What this computer "saw" of the throwaway vault stays in the throwaway folder, not in
    # the real witness (refugedesk/db/trust.py), and goes when the folder does.
    from refugedesk.db import trust

    os.environ[trust.WITNESS_ENV] = str(folder / "witness")
    state = _Run(folder)
    failed: str | None = None
    try:
        for name in STEPS:
            step: Callable[[], str] = getattr(state, name)
            try:
                say("ok  " + step())
            except Exception as exc:  # every failure is reported, whatever its type
                failed = name.replace("_", " ")
                reason = str(exc) if isinstance(exc, SelfTestFailed) else \
                    f"{type(exc).__name__}: {exc}"
                say(f"FAIL {failed}: {reason}")
                break
    finally:
        state.close()
        shutil.rmtree(folder, ignore_errors=True)
    if folder.exists():
        say(f"FAIL temporary folder removed: {folder} is still there")
        failed = failed or "temporary folder removed"
    elif failed is None:
        say("ok  temporary folder removed")
    if failed:
        say(f"self-test FAILED at: {failed}")
        return 1
    say(f"self-test passed ({time.perf_counter() - started:.1f} s)")
    return 0


def main() -> None:
    """`python -m refugedesk.selftest`: the same as `refugedesk --self-test`."""
    raise SystemExit(run())


if __name__ == "__main__":
    main()
