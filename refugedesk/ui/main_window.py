"""The main window: navigation rail, pages, status bar, and the lock.

Locked means the lock screen replaces everything: the pages are hidden and disabled, open
dialogs are hidden, the menu's actions are off and the title names nothing. Unlocking as the
same person puts it all back as she left it; unlocking as someone else rebuilds the window for
her role.

Words: the window speaks the language of whoever has it (refugedesk/language.py). Choosing
another (Language…, on the rail and in the menu, for every role) rebuilds it in place, as an
unlock by a colleague does, and a colleague who unlocks it gets it in her own language.

Background work (an export, a backup) is not interrupted by the lock: it finishes, and what it
has to say waits until the window is unlocked (operations.background). The unlock itself
(Argon2id) runs in the background too, after any job started before it.
"""

from __future__ import annotations

import contextlib
import math
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAccessible,
    QAction,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QTouchEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from refugedesk import access, i18n
from refugedesk.db.vault import Person, Vault
from refugedesk.errors import RefugeDeskError, TooManyAttempts
from refugedesk.i18n import translate
from refugedesk.server.vault import ServerVault
from refugedesk.ui import dialogs, look, operations, pages, warmup
from refugedesk.ui import settings as look_settings
from refugedesk.ui.accessible import give_role
from refugedesk.ui.changes import Change, Kinds
from refugedesk.ui.lock_screen import LockScreen
from refugedesk.ui.widgets import label, scrolling

INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin,
})
#: What counts as someone at the keyboard: a key, a mouse button or move, the wheel, a touch
#: (INPUT_EVENTS and their releases). Told apart by class, which costs less than reading the
#: event's type; hover and enter/leave events (sent when a widget appears under a still
#: mouse) are not among them.
INPUT_CLASSES = (QKeyEvent, QMouseEvent, QWheelEvent, QTouchEvent)


class IdleWatcher(QObject):
    """Emits `idle` after `ms` without keyboard, mouse or touch input anywhere in the app.

    Its event filter sees every event the app handles (timers, paints, layouts included), so
    it does as little as it can: a class check, and for input only, noting the time. No timer
    is restarted per event; when `timer` (one interval of `ms`) runs out, the time left since
    the last input (if any came meanwhile) is waited for by `rest`, then checked again.
    benchmarks/idle_filter.py measures its cost per event."""

    idle = Signal()

    def __init__(self, ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(ms)
        self.timer.timeout.connect(self._check)
        self.rest = QTimer(self)
        self.rest.setSingleShot(True)
        self.rest.timeout.connect(self._check)
        #: When the last input came (time.monotonic()), or when watching (re)started.
        self.last_input = time.monotonic()
        self._app = QApplication.instance()
        self._app.installEventFilter(self)  # type: ignore[union-attr]  # the app exists first
        self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802  # Qt's name
        if isinstance(event, INPUT_CLASSES):
            self.last_input = time.monotonic()
        return False

    def _check(self) -> None:
        left = self.timer.interval() - (time.monotonic() - self.last_input) * 1000
        if left > 0:
            self.rest.start(max(1, math.ceil(left)))
        else:
            self.idle.emit()

    @property
    def watching(self) -> bool:
        return self.timer.isActive() or self.rest.isActive()

    def set_interval(self, ms: int) -> None:
        self.timer.setInterval(ms)
        if self.watching:
            self.resume()

    def pause(self) -> None:
        self.timer.stop()
        self.rest.stop()

    def resume(self) -> None:
        self.rest.stop()
        self.last_input = time.monotonic()
        self.timer.start()

    def stop(self) -> None:
        self.pause()
        if self._app is not None:
            self._app.removeEventFilter(self)
            self._app = None


def nav_name(key: str) -> str:
    return f"nav{key[:1].upper()}{key[1:]}"


class MainWindow(QMainWindow):
    """Emits `signed_out` after the person signs out (the vault is closed by then)."""

    signed_out = Signal()
    #: The window is back on screen after the lock (outcomes held back by the lock follow).
    unlocked = Signal()

    def __init__(self, vault: Vault, *, idle_lock_ms: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.vault = vault
        self._fixed_idle_ms = idle_lock_ms
        self._org = access.organisation(vault)
        self._locked = False
        self._ended = False
        self._hidden_dialogs: list[QWidget] = []
        #: The unlock being checked in the background, if any.
        self.unlock_job: operations.Job | None = None
        self.backup_job: operations.Job | None = None
        self._pages: dict[str, QWidget] = {}
        self._holders: dict[str, QScrollArea] = {}
        self.current_page: str | None = None

        self.stack = QStackedWidget(objectName="centralStack")  # type: ignore[call-arg]  # objectName= kwarg: not in the stubs
        self.setCentralWidget(self.stack)
        self.lock_screen = LockScreen()
        self.lock_screen.unlock_requested.connect(self.unlock)
        self.stack.addWidget(self.lock_screen)
        self.shell: QWidget | None = None

        self._build_menus()
        self._build_status()
        self._build_shell()
        self._set_title()
        self.idle = IdleWatcher(self._idle_ms(), self)
        self.idle.idle.connect(self.lock)
        operations.changes().changed.connect(self._on_changed)
        #: On the service's server: other offices' changes as they happen (ui/live_updates.py).
        self.live = None
        if isinstance(vault, ServerVault):
            from refugedesk.ui.live_updates import LiveUpdates

            # It connects in the background; if it cannot, the status bar says so.
            self.live = LiveUpdates(vault, self)
            self.live.lost.connect(lambda text: self.statusBar().showMessage(text))
        self.resize(1100, 720)
        #: The other pages and her record, loaded once this window is on screen (ui/warmup.py).
        self.warmup = warmup.after_first_paint(self, warmup.MAIN_PURE, warmup.MAIN_UI,
                                               then=lambda: warmup.warm_board(vault))

    # --- building ---------------------------------------------------------------------------

    def _build_menus(self) -> None:
        menu = self.menuBar().addMenu("")
        self.app_menu = menu
        self.lock_action = QAction(self, objectName="lockAction")  # type: ignore[call-overload]  # objectName= kwarg: not in the stubs
        self.lock_action.setShortcut(dialogs.LOCK_SHORTCUT)
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.lock_action.triggered.connect(self.lock)
        self.password_action = QAction(self, objectName="changePasswordAction")  # type: ignore[call-overload]  # objectName= kwarg: not in the stubs
        self.password_action.triggered.connect(self.change_password)
        self.language_action = QAction(self, objectName="languageAction")  # type: ignore[call-overload]  # objectName= kwarg: not in the stubs
        self.language_action.triggered.connect(self.choose_language)
        self.sign_out_action = QAction(self, objectName="signOutAction")  # type: ignore[call-overload]  # objectName= kwarg: not in the stubs
        self.sign_out_action.triggered.connect(self.sign_out)
        self.quit_action = QAction(self, objectName="quitAction")  # type: ignore[call-overload]  # objectName= kwarg: not in the stubs
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.backup_action = QAction(self, objectName="backupAction")  # type: ignore[call-overload]  # objectName= kwarg: not in the stubs
        self.backup_action.triggered.connect(self.back_up)
        for action in (self.lock_action, self.password_action, self.language_action,
                       self.backup_action, self.sign_out_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.quit_action)
        self.help_menu = self.menuBar().addMenu("")
        self.about_action = QAction(self, objectName="aboutAction")  # type: ignore[call-overload]  # objectName= kwarg: not in the stubs
        self.about_action.triggered.connect(self.show_about)
        self.help_menu.addAction(self.about_action)
        # Actions that reach the vault or a person: off while locked.
        self._sensitive_actions = [self.password_action, self.language_action,
                                   self.sign_out_action, self.backup_action]
        self._name_menus()

    def _name_menus(self) -> None:
        """The menus' words, in the language in use (again after she changes it)."""
        self.app_menu.setTitle(translate("MainWindow", "&RefugeDesk"))
        self.help_menu.setTitle(translate("MainWindow", "&Help"))
        for action, text in (
                (self.lock_action, translate("MainWindow", "&Lock now")),
                (self.password_action, translate("MainWindow", "&Change my password…")),
                (self.language_action, translate("MainWindow", "Lan&guage…")),
                (self.backup_action, translate("MainWindow", "&Back up now…")),
                (self.sign_out_action, translate("MainWindow", "&Sign out of RefugeDesk")),
                (self.quit_action, translate("MainWindow", "&Quit")),
                (self.about_action, translate("MainWindow", "&About RefugeDesk"))):
            action.setText(text)

    def _build_status(self) -> None:
        self.status_person = QLabel(objectName="statusPerson")  # type: ignore[call-overload]  # objectName= kwarg: not in the stubs
        self.status_demo = QLabel(objectName="statusDemo")  # type: ignore[call-overload]  # objectName= kwarg: not in the stubs
        self.statusBar().addPermanentWidget(self.status_demo)
        self.statusBar().addPermanentWidget(self.status_person)
        self._name_status()
        self._update_status()

    def _name_status(self) -> None:
        self.status_person.setAccessibleName(translate("MainWindow", "Signed in as"))
        self.status_demo.setText(translate("MainWindow", "DEMO: fictional people only  ·"))

    def _update_status(self) -> None:
        person = self.vault.person
        self.status_person.setText(translate("MainWindow", "Signed in: {name} · {role}").format(
            name=person.display_name, role=person.role.label))
        self.status_person.setVisible(not self._locked)
        self.status_demo.setVisible(self._org.is_demo and not self._locked)

    def _build_shell(self) -> None:
        """The rail and the pages, for whoever has the vault open now."""
        #: Who the rail was built for: unlocking as anyone else (or the same person in a role
        #: changed meanwhile) rebuilds it.
        self._shell_person: Person = self.vault.person
        # A server is backed up where it runs (docs/server.md), not from an office PC.
        self.backup_action.setVisible(self.vault.person.is_manager_or_admin
                                      and not isinstance(self.vault, ServerVault))
        if self.shell is not None:
            old, self.shell = self.shell, None
            self.stack.removeWidget(old)
            old.setParent(None)  # out of the window at once, not at the next event loop
            old.deleteLater()
        self._pages = {}
        self._holders = {}
        self.current_page = None
        person = self.vault.person
        shell = QWidget(objectName="shell")  # type: ignore[call-arg]  # objectName= kwarg: not in the stubs
        row = QHBoxLayout(shell)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)

        rail = QFrame(objectName="navRail")  # type: ignore[call-arg]  # objectName= kwarg: not in the stubs
        rail.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        column = QVBoxLayout(rail)
        # Small margins: with the Language button, the rail still fits 1366×768 at 150%.
        column.setContentsMargins(10, 10, 10, 8)
        column.setSpacing(4)
        title = label("RefugeDesk", role="subheading", wrap=False)
        column.addWidget(title)
        if self._org.is_demo:
            column.addWidget(label(translate("MainWindow", "DEMO: fictional people only"),
                                   role="note", name="railDemo"))
        column.addSpacing(8)
        self.nav_group = QButtonGroup(shell)
        self.nav_group.setExclusive(True)
        self.nav_buttons: dict[str, QPushButton] = {}
        for spec in pages.PAGES:
            if spec.admin_only and not person.is_admin:
                continue  # not shown at all; show_page refuses it too
            nav = QPushButton(spec.shown_label, objectName=nav_name(spec.key))  # type: ignore[call-overload]  # objectName= kwarg: not in the stubs
            nav.setCheckable(True)
            nav.setAccessibleName(spec.plain_label)
            give_role(nav, QAccessible.Role.PageTab)  # a page of the app, not a check box
            nav.clicked.connect(lambda _=False, key=spec.key: self.show_page(key))
            self.nav_group.addButton(nav)
            self.nav_buttons[spec.key] = nav
            column.addWidget(nav)
        column.addStretch(1)
        line = QFrame(objectName="railDivider")  # type: ignore[call-arg]  # objectName= kwarg: not in the stubs
        line.setFrameShape(QFrame.Shape.HLine)
        column.addWidget(line)
        for text, accessible, name, slot in (
                (translate("MainWindow", "Change my password…"),
                 translate("MainWindow", "Change my password"), "changePasswordButton",
                 self.change_password),
                (translate("MainWindow", "Language…"), translate("MainWindow", "Language"),
                 "languageButton", self.choose_language),
                (translate("MainWindow", "Sign out of RefugeDesk"),
                 translate("MainWindow", "Sign out of RefugeDesk"), "signOutButton",
                 self.sign_out),
                (translate("MainWindow", "Lock now  (Ctrl+L)"),
                 translate("MainWindow", "Lock now"), "lockButton", self.lock)):
            extra = QPushButton(text, objectName=name)  # type: ignore[call-overload]  # objectName= kwarg: not in the stubs
            extra.setAccessibleName(accessible)
            extra.clicked.connect(slot)
            column.addWidget(extra)
        # From the text's width, so a larger Text size never cuts "Change my password…".
        rail.setFixedWidth(look.rail_width(rail.findChildren(QPushButton)))

        self.page_stack = QStackedWidget(objectName="pageStack")  # type: ignore[call-arg]  # objectName= kwarg: not in the stubs
        row.addWidget(rail)
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        # What sign-in noticed but does not stop work for (the audit trail no longer holds
        # what this computer saw): said plainly at the top, on every page, until sign-out.
        self.trust_banner = label(role="error", name="trustBanner")
        self.trust_banner.setAccessibleName(translate("MainWindow", "Warning about this vault"))
        notes = list(self.vault.trust_notes)
        if notes:
            self.trust_banner.setText(translate(
                "MainWindow", "Warning: {problems} This has been recorded. Tell your manager; "
                "an administrator can see it with 'refugedesk check'.").format(
                    problems=" ".join(notes)))
        self.trust_banner.setVisible(bool(notes))
        self.trust_banner.setContentsMargins(12, 8, 12, 8)
        right.addWidget(self.trust_banner)
        right.addWidget(self.page_stack, 1)
        row.addLayout(right, 1)
        self.shell = shell
        self.stack.insertWidget(0, shell)
        self.stack.setCurrentWidget(shell)
        self.show_page("today")

    # --- navigation -------------------------------------------------------------------------

    def show_page(self, key: str) -> bool:
        """Go to a page. Refused (False, with a plain message) when locked or not allowed."""
        spec = pages.page(key)
        if self._locked:
            return False
        if spec.admin_only and not self.vault.person.is_admin:
            self.statusBar().showMessage(translate(
                "MainWindow", "The {page} page is for administrators only.").format(
                    page=spec.plain_label), 10_000)
            return False
        widget = self._pages.get(key)
        if widget is None:
            outcome = operations.run(self, lambda: spec.build(self.vault, self.page_stack))
            if not outcome.ok:
                return False
            widget = outcome.value
            self._pages[key] = widget
            # In a scroll area: a page taller than a small screen scrolls, never pushes the
            # window past the screen's edge.
            self._holders[key] = scrolling(widget, f"{key}PageScroll")
            self.page_stack.addWidget(self._holders[key])
        self.page_stack.setCurrentWidget(self._holders[key])
        nav = self.nav_buttons[key]
        if isinstance(QApplication.focusWidget(), QPushButton) and \
                QApplication.focusWidget() in self.nav_buttons.values():
            nav.setFocus()  # the focus ring follows the page shown, not the last one
        nav.setChecked(True)
        self.current_page = key
        return True

    def page_widget(self, key: str) -> QWidget | None:
        return self._pages.get(key)

    # --- locking ----------------------------------------------------------------------------

    @property
    def is_locked(self) -> bool:
        return self._locked

    def lock(self) -> None:
        if self._locked or self._ended:
            return
        self._locked = True
        QToolTip.hideText()  # a tooltip can carry a name (the board shows names on hover)
        self._hide_dialogs()
        if self.shell is not None:
            self.shell.setEnabled(False)
        self.stack.setCurrentWidget(self.lock_screen)
        for action in self._sensitive_actions:
            action.setEnabled(False)
        self.lock_action.setEnabled(False)
        self.statusBar().clearMessage()
        self._update_status()
        self._set_title()
        self.idle.pause()
        self.lock_screen.reset(self.vault.person.username)
        # Recorded in the background, after any job already running (a backup holds the write
        # lock while it copies): the screen is locked at once either way, and a busy vault or
        # a bug in the audit never keeps it open.
        vault = self.vault
        operations.quietly(lambda: access.lock(vault))

    @property
    def unlocking(self) -> bool:
        return self.unlock_job is not None and not self.unlock_job.delivered

    def unlock(self, username: str, password: str) -> operations.Job | None:
        """Check the password in the background; the lock screen shows it is working."""
        if not self._locked or self.unlocking:
            return None
        screen = self.lock_screen
        screen.password.clear()
        vault = self.vault
        self.unlock_job = operations.background(
            screen, lambda _task: access.unlock(vault, username, password),
            label=translate("MainWindow", "Checking your password…"), progress=screen.progress,
            message=screen.message, on_done=self._unlocked)
        screen.working(True)
        return self.unlock_job

    def _unlocked(self, outcome: operations.Outcome[Person]) -> None:
        screen = self.lock_screen
        screen.working(False)
        if self._ended:
            return
        if not outcome.ok:
            screen.password.setFocus()
            if isinstance(outcome.error, TooManyAttempts):
                screen.countdown.begin(outcome.error.wait_seconds)
            return
        self._locked = False
        if outcome.value == self._shell_person:
            for dialog in self._hidden_dialogs:
                if dialogs.alive(dialog):  # a progress dialog whose job ended meanwhile is gone
                    dialog.show()
            self._hidden_dialogs = []
            if self.shell is not None:
                self.shell.setEnabled(True)
                self.stack.setCurrentWidget(self.shell)
        else:
            # Someone else: nothing of the last person's work, and a rail for her own role,
            # in her own language.
            self._discard_dialogs()
            self._speak(self._her_language())
            self._build_shell()
        for action in (*self._sensitive_actions, self.lock_action):
            action.setEnabled(True)
        self._update_status()
        self._set_title()
        self.idle.resume()
        self.unlocked.emit()

    def _owned(self, widget: QWidget) -> bool:
        current = widget.parentWidget()
        while current is not None:
            if current is self:
                return True
            current = current.parentWidget()
        return False

    def _hide_dialogs(self) -> None:
        for widget in QApplication.topLevelWidgets():
            if widget is not self and widget.isVisible() and self._owned(widget):
                widget.hide()
                self._hidden_dialogs.append(widget)

    def _discard_dialogs(self) -> None:
        for widget in self._hidden_dialogs:
            if dialogs.alive(widget):
                dialogs.leave_without_asking(widget)
                widget.close()
                widget.deleteLater()
        self._hidden_dialogs = []

    # --- settings and title -----------------------------------------------------------------

    def _idle_ms(self) -> int:
        if self._fixed_idle_ms is not None:
            return self._fixed_idle_ms
        return self._org.idle_lock_minutes * 60_000

    def _on_changed(self, kinds: Kinds) -> None:
        if Change.ACCOUNT_INACTIVE in kinds and not self._ended and not self._locked:
            self.lock()  # her account was switched off: nothing more on screen until a colleague
            return       # (or she, if switched back on) signs in
        if Change.SETTINGS in kinds and not self._ended and self.vault.is_open:
            self._org = access.organisation(self.vault)
            self.idle.set_interval(self._idle_ms())
            self._set_title()

    def _set_title(self) -> None:
        if self._locked:
            self.setWindowTitle(translate("MainWindow", "RefugeDesk — locked"))
            return
        if self._org.is_demo:
            title = translate("MainWindow", "RefugeDesk — {organisation} — DEMO")
        else:
            title = translate("MainWindow", "RefugeDesk — {organisation}")
        self.setWindowTitle(title.format(organisation=self._org.name))

    # --- everyone's actions -----------------------------------------------------------------

    def change_password(self) -> None:
        if self._locked:
            return
        from refugedesk.ui.password_dialog import ChangePasswordDialog

        dialog = ChangePasswordDialog(self.vault, self)
        dialog.accepted.connect(lambda: self.statusBar().showMessage(translate(
            "MainWindow", "Your password has been changed. Use the new one from now on."),
            15_000))
        dialogs.show(dialog)

    def back_up(self) -> None:
        """Managers and administrators: an encrypted copy, from the RefugeDesk menu."""
        if self._locked or not self.vault.person.is_manager_or_admin:
            return
        from refugedesk.ui import backup

        def done(text: str) -> None:
            self.statusBar().showMessage(text, 30_000)

        def chosen(dest: Path) -> None:
            self.backup_job = backup.back_up_to(self, self.vault, dest, message=None, done=done)

        self.backup_dialog = backup.choose_file(self, chosen)

    def choose_language(self) -> None:
        """Her own language (every role): the dialog saves it, then the window is rebuilt."""
        if self._locked:
            return
        from refugedesk.ui.text_and_contrast import LanguageDialog

        dialog = LanguageDialog(self.vault, self)
        dialog.chosen.connect(self.use_language)
        self.language_dialog = dialog
        dialogs.show(dialog)

    def use_language(self, code: str) -> None:
        """Her words in `code` at once: the window rebuilt as an unlock by a colleague builds
        it (menus, status, lock screen, rail and pages), she stays signed in, on her page.
        Other windows she has open keep their words until she closes them."""
        if self._locked or self._ended:
            return
        page = self.current_page
        if not self._speak(code):
            return
        self._build_shell()
        if page is not None and page != self.current_page and page in self.nav_buttons:
            self.show_page(page)
        self._update_status()
        self._set_title()
        chooser = self.findChild(QPushButton, "languageButton")
        if chooser is not None:
            chooser.setFocus()  # where she was, so the keyboard is not lost
        self.statusBar().showMessage(translate("MainWindow", "Your language is now {language}.")
                                     .format(language=i18n.LANGUAGES[i18n.current()]), 10_000)

    def _speak(self, code: str) -> bool:
        """Put `code` in use (and remember it on this computer for the next sign-in window),
        renaming what outlives the shell: the menus, the status bar and the lock screen. The
        caller rebuilds the shell. False when the words are as they were."""
        if i18n.known(code) == i18n.current() or not i18n.use(code):
            return False
        look_settings.set_language(i18n.current())
        self._name_menus()
        self._name_status()
        old = self.lock_screen
        self.lock_screen = LockScreen()
        self.lock_screen.unlock_requested.connect(self.unlock)
        self.stack.insertWidget(self.stack.indexOf(old), self.lock_screen)
        if self.stack.currentWidget() is old:
            self.stack.setCurrentWidget(self.lock_screen)
        self.stack.removeWidget(old)
        old.setParent(None)
        old.deleteLater()
        return True

    def _her_language(self) -> str:
        """The language of whoever has the vault open now (the one in use if it cannot be
        read: a busy vault is no reason to keep her out)."""
        from refugedesk import language

        try:
            return language.mine(self.vault)
        except Exception as exc:  # noqa: BLE001
            if not isinstance(exc, RefugeDeskError):
                operations.log_unexpected(exc)
            return i18n.current()

    def show_about(self) -> None:
        from refugedesk.ui.about_dialog import AboutDialog

        dialogs.show(AboutDialog(self))

    def sign_out(self) -> None:
        if self._locked or self._ended:
            return
        self.end_session()
        self.signed_out.emit()
        self.close()

    def end_session(self) -> None:
        """Record the sign-out and close the vault (once, however the window goes)."""
        if self._ended:
            return
        self._ended = True
        self.idle.stop()
        # Not closed under a backup or an export: they finish first (their outcome is then
        # dropped, as the window is going). Quick, unless one was just started.
        operations.finish_background()
        self._discard_dialogs()
        if self.live is not None:
            self.live.stop()
        for widget in QApplication.topLevelWidgets():
            if widget is not self and self._owned(widget):
                dialogs.leave_without_asking(widget)
                widget.close()
        try:
            if self.vault.is_open:
                access.sign_out(self.vault)
        except Exception as exc:
            if not isinstance(exc, RefugeDeskError):
                operations.log_unexpected(exc)
            self.vault.close()

    def closeEvent(self, event) -> None:
        self.end_session()
        with contextlib.suppress(RuntimeError, TypeError):
            operations.changes().changed.disconnect(self._on_changed)
        super().closeEvent(event)
