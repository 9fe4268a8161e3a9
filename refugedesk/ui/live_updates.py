"""The window, live: what another office commits on the service's server shows here without
anyone pressing anything (issue 17).

The server says which tables changed, and nothing else (refugedesk/server/live.py); this turns
them into the kinds of change the window's views already listen for (ui/changes.py), so each
view re-reads only what it shows, through its usual background read, exactly as after a change
made on this computer. A listener that loses its connection says so on the status bar instead
of letting the screens go quietly stale.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from refugedesk.i18n import translate
from refugedesk.server.vault import ServerVault
from refugedesk.ui import operations
from refugedesk.ui.changes import Change

#: Which kinds of record each watched table holds (server/live.py's WATCHED).
KINDS: dict[str, frozenset[Change]] = {
    "stay": frozenset({Change.STAYS, Change.RESIDENTS}),
    "reservation": frozenset({Change.STAYS, Change.REFERRALS}),
    "room": frozenset({Change.HOUSES}),
    "room_closure": frozenset({Change.HOUSES}),
    "referral": frozenset({Change.REFERRALS}),
    "handover": frozenset({Change.HANDOVERS}),
    "handover_addendum": frozenset({Change.HANDOVERS}),
    "sign_out": frozenset({Change.WHEREABOUTS}),
    "whereabouts_step": frozenset({Change.WHEREABOUTS}),
    "incident": frozenset({Change.INCIDENTS}),
    # Tonight's on-call worker is whom the handover goes to (Today shows her).
    "on_call": frozenset({Change.HANDOVERS}),
}


class LiveUpdates(QObject):
    """Listens on the server for as long as it lives; `stop` before the vault closes."""

    #: Emitted on the listener's thread; Qt queues it to this object's (the window's) thread.
    heard = Signal(object)
    lost = Signal(str)

    def __init__(self, vault: ServerVault, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.heard.connect(self._announce)
        self.listener = vault.listen(self.heard.emit, self._lost)

    def _lost(self, _exc: BaseException) -> None:
        self.lost.emit(translate(
            "LiveUpdates", "The connection that shows other offices' changes as they happen "
            "was lost. What you see may be out of date: sign out and in again."))

    def _announce(self, tables: object) -> None:
        changed: set[Change] = set()
        for table in tables if isinstance(tables, set) else ():
            changed |= KINDS.get(str(table), frozenset())
        operations.changes().announce(changed)

    def stop(self) -> None:
        self.listener.stop()
