"""Render every screen offscreen into screenshots/ (gitignored) to look at them by eye.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/ui/render_screens.py

Uses a throwaway vault in a temporary folder and a light Argon2id profile.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QWidget  # noqa: E402

from refugedesk.db import keyslots  # noqa: E402

OUT = Path(__file__).resolve().parents[2] / "screenshots"


def main() -> int:
    keyslots.set_kdf_profile(keyslots.KdfProfile(time_cost=1, memory_kib=8 * 1024,
                                                 parallelism=1))
    app = QApplication(sys.argv[:1])
    from refugedesk.ui import look, operations
    from refugedesk.ui.controller import AppController

    look.apply(app)
    OUT.mkdir(exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="refugedesk-shots-"))
    operations.configure_log(folder / "log.txt")

    def shot(widget: QWidget, name: str) -> None:
        for _ in range(3):
            app.processEvents()
        widget.grab().save(str(OUT / f"{name}.png"))

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

    from refugedesk.demo import create_demo_vault

    create_demo_vault(folder / "demo.rdb").close()
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
    demo.window.show_page("admin")
    shot(demo.window, "16-demo-admin")
    demo.window.show_page("houses")
    shot(demo.window, "18-demo-houses")
    demo.window.show_page("referrals")
    shot(demo.window, "19-demo-referrals")
    demo.window.show_page("reports")
    shot(demo.window, "20-demo-reports")
    demo.window.show_page("today")
    shot(demo.window, "21-demo-today")
    demo.window.show_page("residents")
    shot(demo.window, "22-demo-residents")
    demo.window.lock()
    finish(demo.window.unlock("worker", "demo"))
    shot(demo.window, "17-demo-worker-after-unlock")
    demo.dispose()
    print(f"Screenshots in {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
