"""What changed: the kinds of record an action can change, and the app-wide signal that says so.

An operation announces the kinds it changed (`changed={Change.STAFF}`); each view listens and
refreshes only when a kind it shows is among them (`if Change.STAFF in kinds`). The kinds are
an enum, not strings, so a misspelt kind fails at once instead of silently leaving a view
stale: announcing anything that is not a Change raises TypeError, and so does asking whether a
string is among the kinds announced.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import Enum

from PySide6.QtCore import QObject, Signal


class Change(Enum):
    """A kind of record that an action changed."""

    STAFF = "staff"
    SETTINGS = "settings"
    HOUSES = "houses"
    STAYS = "stays"
    REFERRALS = "referrals"
    RESIDENTS = "residents"
    CONTACTS = "contacts"
    PLANS = "plans"
    REVIEWS = "reviews"
    INCIDENTS = "incidents"
    HANDOVERS = "handovers"
    WHEREABOUTS = "whereabouts"
    #: Not a record: an action found the signed-in account switched off (the window locks).
    ACCOUNT_INACTIVE = "account_inactive"


def _checked(kinds: Iterable[object]) -> frozenset[Change]:
    kinds = frozenset(kinds)
    wrong = [k for k in kinds if not isinstance(k, Change)]
    if wrong:
        raise TypeError(f"Not a kind of change: {wrong!r}; use refugedesk.ui.changes.Change")
    return kinds  # type: ignore[return-value]


def kinds(*members: Change) -> frozenset[Change]:
    """A fixed set of kinds (for a view's CARES_ABOUT or a form's `changed`), checked now."""
    return _checked(members)


class Kinds(frozenset):
    """The kinds one announcement carries. Asking about anything but a Change (a string left
    over from before the enum, say) raises instead of quietly answering no."""

    def __contains__(self, item: object) -> bool:
        if not isinstance(item, Change):
            raise TypeError(f"Not a kind of change: {item!r}")
        return super().__contains__(item)

    def __and__(self, other: Iterable[object]) -> frozenset[Change]:
        return frozenset.__and__(self, _checked(other))

    __rand__ = __and__


class Changes(QObject):
    """The app-wide "something changed" signal; the payload is a `Kinds`."""

    changed = Signal(object)

    def announce(self, changed: Iterable[Change]) -> None:
        """Tell every view which kinds of record changed. Raises TypeError for a non-Change."""
        checked = _checked(changed)
        if checked:
            self.changed.emit(Kinds(checked))


_changes: Changes | None = None


def changes() -> Changes:
    global _changes
    if _changes is None:
        _changes = Changes()
    return _changes
