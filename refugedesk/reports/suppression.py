"""Small numbers: which counts a report for outside the service must not show.

A report for funders or commissioners must not let anyone pick out a woman: a count of 1 from
a small house can be her. The rule (docs/consent-and-small-numbers.md says it in plain words):

1. Primary: every count from 1 to one below the threshold (Organisation.small_number_threshold,
   5 unless an administrator changed it) is shown as "fewer than 5". Nought is shown: nobody
   can be picked out of nobody.
2. Secondary: a sheet's totals are equations (a column's total = its houses, exits = planned
   + unplanned + other, ...). An equation with exactly one hidden term would give it away by
   subtraction, so one more term of it is hidden, shown as "not shown": its total when the
   total is still shown (a total is not bounded, so no range of the hidden count can be
   worked out from it either), otherwise the smallest other count it holds (5 or more first).
   This repeats until no equation has exactly one hidden term, so a hidden total that is a
   term of another equation (a grand total) is protected in turn.
3. A rate or an average made from a hidden count, or from a count below the threshold that is
   not itself shown, is "not shown" too (the caller decides which, with `derived`).

Counts of people are suppressed; room-nights and rooms describe the houses, not the women, and
stay exact. The version for inside the service keeps every count exact.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from refugedesk import audit
from refugedesk.db.models import Organisation
from refugedesk.db.vault import Vault
from refugedesk.errors import NotAllowed, ValidationError
from refugedesk.i18n import QT_TRANSLATE_NOOP, translate

K = TypeVar("K", bound=Hashable)

#: The words in place of a count hidden to protect another (in English here; `not_shown()`
#: gives them in the language in use).
NOT_SHOWN = QT_TRANSLATE_NOOP("ReportsSuppression", "not shown")
DEFAULT_THRESHOLD = 5


def fewer_than(threshold: int) -> str:
    """The words shown in place of a small count."""
    return translate("ReportsSuppression", "fewer than {threshold}").format(threshold=threshold)


def not_shown() -> str:
    """The words shown in place of a count hidden to protect another."""
    return translate("ReportsSuppression", NOT_SHOWN)


def is_small(value: int, threshold: int) -> bool:
    return 0 < value < threshold


@dataclass
class Suppression(Generic[K]):
    """What to hide in one sheet: each hidden cell's key and the words shown instead."""

    threshold: int
    hidden: dict[K, str] = field(default_factory=dict)

    def show(self, key: K, value: object) -> object:
        """The value to write for `key`: the count, or the words in its place."""
        return self.hidden.get(key, value)

    def hide(self, key: K) -> None:
        self.hidden.setdefault(key, not_shown())

    def derived(self, key: K, inputs: Iterable[K], *, small: Iterable[int] = ()) -> None:
        """Hide a rate or average `key` made from `inputs` when any of them is hidden, or
        from an unshown count in `small` below the threshold."""
        if any(k in self.hidden for k in inputs) or any(
                is_small(v, self.threshold) for v in small):
            self.hide(key)


def suppress(values: Mapping[K, int], sums: Sequence[tuple[K, Sequence[K]]], *,
             threshold: int) -> Suppression[K]:
    """Which of `values` to hide. `sums` are the sheet's equations: (total, its parts).
    A total may count less than its parts (a woman who moved counted once in All houses):
    treating it as their sum anyway only ever hides more."""
    result: Suppression[K] = Suppression(threshold)
    for key, value in values.items():
        if is_small(value, threshold):
            result.hidden[key] = fewer_than(threshold)
    changed = True
    while changed:
        changed = False
        for total, parts in sums:
            terms = [total, *parts]
            if sum(1 for t in terms if t in result.hidden) != 1:
                continue
            if total not in result.hidden:
                pick = total
            else:
                shown = [p for p in parts if p not in result.hidden]
                if not shown:
                    continue
                pick = min(shown, key=lambda p: (values[p] < threshold, values[p]))
            result.hidden[pick] = not_shown()
            changed = True
    return result


# --- the threshold, the service's choice ---------------------------------------------------------

#: The thresholds an administrator may choose (the schema allows 1 to 100).
THRESHOLD_MIN, THRESHOLD_MAX = 2, 100


def small_number_threshold(session: Session) -> int:
    """The service's threshold: counts below it are hidden in reports for outside."""
    value = session.scalar(select(Organisation.small_number_threshold))
    return int(value) if value else DEFAULT_THRESHOLD


def set_small_number_threshold(vault: Vault, threshold: int) -> int:
    """Administrators only: change the threshold, in one audited step. Returns it."""
    if not vault.confirm_person().is_admin:
        raise NotAllowed(translate("ReportsSuppression",
                                   "Only an administrator can change the small-number "
                                   "threshold."))
    if isinstance(threshold, bool) or not isinstance(threshold, int) or not (
            THRESHOLD_MIN <= threshold <= THRESHOLD_MAX):
        raise ValidationError(
            translate("ReportsSuppression", "Choose a whole number from {lowest} to {highest}.")
            .format(lowest=THRESHOLD_MIN, highest=THRESHOLD_MAX), field="small_number_threshold")
    with vault.transaction() as session:
        org = session.scalars(select(Organisation)).one()
        if org.small_number_threshold != threshold:
            org.small_number_threshold = threshold
            audit.record(session, vault.person, "small_number_threshold_changed",
                         detail=f"threshold={threshold}")
    return threshold


def audience_words(for_outside: bool) -> str:
    """Who a report is for, as its document properties say."""
    return (translate("ReportsSuppression", "outside the service (small numbers hidden)")
            if for_outside else translate("ReportsSuppression", "inside the service (exact counts)"))


def outside_notes(threshold: int, *, left_out: str) -> list[str]:
    """The notes a report for outside the service carries. `left_out`: what this version
    leaves out, already in the language in use (the caller's own words)."""
    return [
        translate("ReportsSuppression",
                  "For outside the service: counts of people from 1 to {highest} are shown as "
                  "'{fewer}', so no woman or child can be picked out. Nought is shown.")
        .format(highest=threshold - 1, fewer=fewer_than(threshold)),
        translate("ReportsSuppression",
                  "Where a total would let a hidden count be worked out by subtraction, the "
                  "total (or one more count) is '{not_shown}' too, and so is a rate or average "
                  "made from a hidden count.").format(not_shown=not_shown()),
        translate("ReportsSuppression", "Left out of this version: {left_out}.")
        .format(left_out=left_out),
    ]
