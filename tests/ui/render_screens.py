"""Render every screen offscreen into screenshots/ (gitignored) to look at them by eye, at the
three sizes the screens are made for, and check that each fits (tests/ui/screens.py).

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/ui/render_screens.py [--size SIZE] [--check]
                                                                          [--out DIR]
    (and --text-size N, --contrast high, --language cy for the same screens larger, in high
    contrast or in Welsh)

SIZE is 1366x768, 1024x600 or 150 (1366x768 at 150% scaling: the script runs itself again
with QT_SCALE_FACTOR=1.5); without --size, all three, each in screenshots/SIZE/. Each window
is drawn at the size it would have on that screen (the main window fills it). --check exits
with status 1 if a window does not fit, after listing what does not (tests/ui/test_fit.py runs
the 150% pass this way). First the first-run, lock and sign-in story on a new vault, then
every page, tab and dialog of the demo vault (refugedesk.demo: fictional people only).

Uses throwaway vaults in a temporary folder and a light Argon2id profile.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSize  # noqa: E402
from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow, QPushButton, QWidget  # noqa: E402

from refugedesk.db import keyslots  # noqa: E402

OUT = Path(__file__).resolve().parents[2] / "screenshots"
#: The logical pixels a window may use at each size (less a 40-pixel taskbar).
SIZES = {"1366x768": QSize(1366, 728), "1024x600": QSize(1024, 560), "150": QSize(910, 472)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", choices=sorted(SIZES))
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--text-size", type=int, help="the Text size setting, 100-200")
    parser.add_argument("--contrast", choices=["auto", "high", "standard"])
    parser.add_argument("--language", choices=["en", "cy"], help="every screen in this language")
    args = parser.parse_args()
    # Through the environment, so the rerun at 150% draws the same look.
    if args.text_size:
        os.environ["REFUGEDESK_SHOT_TEXT_SIZE"] = str(args.text_size)
    if args.contrast:
        os.environ["REFUGEDESK_SHOT_CONTRAST"] = args.contrast
    if args.language:
        os.environ["REFUGEDESK_SHOT_LANGUAGE"] = args.language
    if args.size is None:
        failed = 0
        for size in SIZES:
            failed |= rerun(size, args.out, args.check)
        return failed
    if args.size == "150" and os.environ.get("QT_SCALE_FACTOR") != "1.5":
        return rerun("150", args.out, args.check)
    return render(args.size, args.out / args.size, check=args.check)


def rerun(size: str, out: Path, check: bool) -> int:
    env = dict(os.environ, QT_SCALE_FACTOR="1.5" if size == "150" else "1")
    command = [sys.executable, __file__, "--size", size, "--out", str(out)]
    return subprocess.call(command + (["--check"] if check else []), env=env)


def render(size: str, out: Path, *, check: bool) -> int:
    import screens

    screen = SIZES[size]
    problems: list[str] = []
    out.mkdir(parents=True, exist_ok=True)
    keyslots.set_kdf_profile(keyslots.KdfProfile(time_cost=1, memory_kib=8 * 1024,
                                                 parallelism=1))
    app = QApplication(sys.argv[:1])
    from refugedesk.ui import look, operations
    from refugedesk.ui.controller import AppController
    from refugedesk.ui.settings import Contrast

    text_size = os.environ.get("REFUGEDESK_SHOT_TEXT_SIZE")
    contrast = os.environ.get("REFUGEDESK_SHOT_CONTRAST")
    look.apply(app, text_size=int(text_size) if text_size else None,
               contrast=Contrast(contrast) if contrast else None)
    from refugedesk import i18n

    language = os.environ.get("REFUGEDESK_SHOT_LANGUAGE", "en")
    if not i18n.use(language):
        raise SystemExit("the translations are not built: run `make translations`")
    folder = Path(tempfile.mkdtemp(prefix="refugedesk-shots-"))
    operations.configure_log(folder / "log.txt")

    def shot(widget: QWidget, name: str) -> None:
        for _ in range(3):
            app.processEvents()
        window = widget.window()
        if isinstance(window, QMainWindow) or window is widget:
            problems.extend(f"{name}: {p}" for p in screens.fit_problems(window, screen))
        widget.grab().save(str(out / f"{name}.png"))

    count = [0]

    def visit(name: str, window: QWidget) -> None:
        count[0] += 1
        slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
        shot(window, f"{30 + count[0]:03d}-{slug}")

    def finish(job) -> None:  # type: ignore[no-untyped-def]
        """Sign-in and unlock run in the background: wait for them as a person would."""
        while job is not None and not job.delivered:
            time.sleep(0.01)  # a pause between turns, not a busy loop
            app.processEvents()

    def top(name: str) -> QWidget:
        for _ in range(3):
            app.processEvents()
        return next(w for w in app.topLevelWidgets() if w.objectName() == name
                    and w.isVisible())

    ctl = AppController(folder / "refuge.rdb")
    win = ctl.start()
    shot(win, "01-first-run")
    win.findChild(QPushButton, "setUpButton").click()
    win.findChild(QLineEdit, "organisationEdit").setText("Riverside Women's Refuge")
    win.findChild(QLineEdit, "displayNameEdit").setText("Amina Example")
    win.findChild(QLineEdit, "usernameEdit").setText("amina")
    win.findChild(QLineEdit, "setupPassword").setText("plum")
    shot(win, "02-set-up-weak-password")
    win.findChild(QLineEdit, "setupPassword").setText("plum orchard lantern 42")
    win.findChild(QLineEdit, "setupConfirm").setText("plum orchard lantern 42")
    shot(win, "03-set-up-filled")
    win.findChild(QPushButton, "createVaultButton").click()
    shot(win, "04-recovery-code")
    win.findChild(QWidget, "keptSafeCheck").click()
    win.findChild(QPushButton, "recoveryContinueButton").click()
    main = ctl.window
    shot(main, "05-main-today")
    main.show_page("houses")
    shot(main, "06-main-houses-empty")
    main.show_page("admin")
    shot(main, "07-admin")
    main.page_widget("admin").add_staff()
    dialog = top("addStaffDialog")
    dialog.findChild(QLineEdit, "addStaffName").setText("Bea Example")
    dialog.findChild(QLineEdit, "addStaffUsername").setText("bea")
    dialog.findChild(QLineEdit, "addStaffPassword").setText("violet ferry biscuit 3")
    dialog.findChild(QLineEdit, "addStaffConfirm").setText("violet ferry biscuit")
    shot(dialog, "08-add-staff-dialog")
    dialog.close()
    main.change_password()
    shot(top("changePasswordDialog"), "09-change-password")
    top("changePasswordDialog").close()
    main.show_about()
    shot(top("aboutDialog"), "10-about")
    top("aboutDialog").close()
    main.lock()
    shot(main, "11-locked")
    finish(main.unlock("amina", "wrong"))
    shot(main, "12-locked-wrong-password")
    finish(main.unlock("amina", "plum orchard lantern 42"))
    main.sign_out()
    signin = ctl.window
    signin.findChild(QLineEdit, "signInUsername").setText("amina")
    signin.findChild(QLineEdit, "signInPassword").setText("nope")
    signin.sign_in()
    finish(signin.job)
    shot(signin, "13-sign-in-wrong-password")
    ctl.dispose()

    from sqlalchemy import select

    from refugedesk.db.models import StaffMember
    from refugedesk.demo import create_demo_vault

    with create_demo_vault(folder / "demo.rdb") as vault, vault.transaction() as session:
        for person in session.scalars(select(StaffMember)):
            person.language = language  # each signs in to her own language
    demo = AppController(folder / "demo.rdb")
    shot(demo.start(), "14-sign-in-demo")
    for _ in range(4):
        demo.window.findChild(QLineEdit, "signInUsername").setText("worker")
        demo.window.findChild(QLineEdit, "signInPassword").setText("guess")
        demo.window.sign_in()
        finish(demo.window.job)
    shot(demo.window, "15-sign-in-too-many-attempts")
    demo.dispose()
    demo = AppController(folder / "demo.rdb")
    win = demo.start()
    win.findChild(QLineEdit, "signInUsername").setText("admin")
    win.findChild(QLineEdit, "signInPassword").setText("demo")
    win.sign_in()
    finish(win.job)
    screens.walk(demo, visit)
    demo.window.lock()
    finish(demo.window.unlock("worker", "demo"))
    shot(demo.window, "17-demo-worker-after-unlock")
    demo.dispose()
    print(f"{count[0] + 17} screens drawn in {out}")
    for problem in problems:
        print("does not fit:", problem)
    return 1 if check and problems else 0


if __name__ == "__main__":
    sys.exit(main())
