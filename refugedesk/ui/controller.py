"""Which window is showing: first run, sign-in, or the main window, and the moves between."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtWidgets import QWidget

from refugedesk.db.keyslots import keyfile_path


class AppController(QObject):
    """Owns the one top-level window the app shows at a time.

    `idle_lock_ms` overrides the organisation's idle-lock setting (tests use a short one).
    `remember_location`: a vault set up or opened away from the default place becomes the
    app's own vault for next time (only when the app was started on its own vault).
    """

    window_changed = Signal(object)

    def __init__(self, path: Path, *, remember_location: bool = False,
                 idle_lock_ms: int | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.remember_location = remember_location
        self.idle_lock_ms = idle_lock_ms
        self.window: QWidget | None = None

    def start(self) -> QWidget:
        if self.path.exists() or keyfile_path(self.path).exists():
            return self.show_sign_in(self.path)
        return self.show_first_run()

    def _replace(self, window: QWidget) -> QWidget:
        old, self.window = self.window, window
        window.show()
        window.raise_()
        window.activateWindow()
        if old is not None:
            old.close()
            old.deleteLater()
        self.window_changed.emit(window)
        return window

    def show_first_run(self) -> QWidget:
        from refugedesk.ui.first_run import FirstRunWindow

        window = FirstRunWindow(self.path)
        window.vault_opened.connect(self._first_run_done)
        window.sign_in_wanted.connect(self._sign_in_elsewhere)
        return self._replace(window)

    def show_sign_in(self, path: Path) -> QWidget:
        from refugedesk.ui.sign_in import SignInWindow

        window = SignInWindow(path)
        window.signed_in.connect(self.open_main)
        return self._replace(window)

    def _first_run_done(self, vault, path: Path, is_own: bool) -> None:
        if is_own:
            self._remember(path)
        self.open_main(vault)

    def _sign_in_elsewhere(self, path: Path, is_own: bool) -> None:
        if is_own:
            self._remember(path)
        self.show_sign_in(path)

    def _remember(self, path: Path) -> None:
        self.path = Path(path)
        if self.remember_location:
            from refugedesk import paths

            paths.remember_vault_path(path)

    def open_main(self, vault) -> QWidget | None:
        from refugedesk.ui import operations
        from refugedesk.ui.main_window import MainWindow

        try:
            window = MainWindow(vault, idle_lock_ms=self.idle_lock_ms)
        except Exception as exc:
            # Not left open behind a sign-in window that says nothing.
            vault.close()
            operations.show_error(self.window, exc)
            return self.window
        window.signed_out.connect(lambda: self.show_sign_in(vault.path))
        return self._replace(window)

    def shutdown(self) -> None:
        """Leaving the app: sign out properly if someone is signed in. Background work (a
        sign-in half done, a backup) finishes first, so nothing is cut off mid-write."""
        from refugedesk.ui import operations

        operations.finish_background()
        window = self.window
        end = getattr(window, "end_session", None)
        if callable(end):
            end()

    def dispose(self) -> None:
        """Sign out, close the window and delete it now, while the QApplication still
        exists (left to interpreter exit, Qt objects can be torn down in the wrong order)."""
        self.shutdown()
        window, self.window = self.window, None
        if window is not None:
            window.close()
            window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
