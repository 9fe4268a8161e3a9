"""The outcomes figures for a period, per house and for the whole service, counted once and
shared by the spreadsheet (and any future screen report).

Who is counted
--------------
*Women supported* in a house are the households with at least one night there in the period
(the nights `start` to `end` inclusive), and their children are those of her latest stay: the
same rule, and the same code, as the occupancy report (reports/occupancy_figures.py). A woman
who moved between houses counts once in each house and once in the total. *Average length of
stay* is the occupancy report's too: from her first arrival in the service to her departure, for
each departure in the period.

Everything read from her record (goals, needs scores, MARAC, referrals out) is for the women
whose stay with a night in the period is linked to a record, in the house(s) of those stays.

- **Requested outcomes achieved**: reviews.py's rule, applied to all the goals of those women
  together (each goal once, its latest copy; a goal no longer wanted leaves the denominator;
  partly achieved counts as achieved in the headline; open and not achieved count against).
  Goals are read as they stand now. Per need area, the goals given that area; a goal with no
  area is under "No area given".
- **Change in need score**: per area, her first score against her latest
  (assessment.distance_travelled), averaged over the women scored in that area on at least two
  different days. A positive change is progress.
- A stay recorded in error (stay_corrections.py) is no stay: it counts nowhere here.
- **Exits**: departures from the service in the period (a move to another room is not one), by
  reason and by destination (from the move-on record; "Not recorded" without one).
  *Planned* exits are a planned move-on or a move to another refuge; *unplanned* are returning
  to the abuser, leaving without notice and being asked to leave; "other" is neither.
- **MARAC referrals**: those dated in the period; a *repeat* is one flagged as within 12 months
  of an earlier referral (risk.refer_to_marac).
- **Referrals out**: those made in the period, by agency and by their status now (the free-text
  outcome and agency name are never counted or exported).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from refugedesk.assessment import distance_travelled
from refugedesk.db.models import (
    Agency,
    DepartureReason,
    Destination,
    House,
    MaracReferral,
    MoveOn,
    NeedArea,
    ReferralOut,
    ReferralOutStatus,
    Room,
    Stay,
)
from refugedesk.i18n import QT_TRANSLATE_NOOP, translate
from refugedesk.reports import occupancy_figures
from refugedesk.reviews import GoalOutcome, OutcomeFigure, goal_outcomes, outcome_figure
from refugedesk.stay_corrections import counts

#: The whole service's key (its name on a sheet is occupancy_figures.ALL_HOUSES, translated).
TOTAL = "All houses"
NO_AREA = QT_TRANSLATE_NOOP("ReportsOutcomeFigures", "No area given")
NOT_RECORDED = QT_TRANSLATE_NOOP("ReportsOutcomeFigures", "Not recorded")
#: What exit_kind says, in English (translated where shown).
KIND_PLANNED = QT_TRANSLATE_NOOP("ReportsOutcomeFigures", "Planned")
KIND_UNPLANNED = QT_TRANSLATE_NOOP("ReportsOutcomeFigures", "Unplanned")
KIND_OTHER = QT_TRANSLATE_NOOP("ReportsOutcomeFigures", "Other")
#: Where a referral out stands now, as the report says it.
REFERRAL_OUT_STATUS = {
    ReferralOutStatus.MADE: QT_TRANSLATE_NOOP("ReportsOutcomeFigures", "Made"),
    ReferralOutStatus.ACKNOWLEDGED: QT_TRANSLATE_NOOP("ReportsOutcomeFigures", "Acknowledged"),
    ReferralOutStatus.ACCEPTED: QT_TRANSLATE_NOOP("ReportsOutcomeFigures", "Accepted"),
    ReferralOutStatus.DECLINED: QT_TRANSLATE_NOOP("ReportsOutcomeFigures", "Declined"),
    ReferralOutStatus.COMPLETED: QT_TRANSLATE_NOOP("ReportsOutcomeFigures", "Completed"),
}
PLANNED = frozenset({DepartureReason.PLANNED_MOVE_ON, DepartureReason.ANOTHER_REFUGE})
UNPLANNED = frozenset({DepartureReason.RETURNED_TO_ABUSER, DepartureReason.LEFT_WITHOUT_NOTICE,
                       DepartureReason.ASKED_TO_LEAVE})


def exit_kind(reason: DepartureReason) -> str:
    """'Planned', 'Unplanned' or 'Other' (see the module docstring), in English: the kind's
    key; `translate("ReportsOutcomeFigures", kind)` where it is shown."""
    return (KIND_PLANNED if reason in PLANNED else KIND_UNPLANNED if reason in UNPLANNED
            else KIND_OTHER)


@dataclass
class HouseOutcomes:
    """One house's figures for the period (or the whole service's, for the total)."""

    name: str
    women: int = 0
    children: int = 0
    average_stay: float | None = None
    #: Ids of the women's records counted for goals, needs, MARAC and referrals out.
    residents: set[int] = field(default_factory=set)
    outcomes: OutcomeFigure = field(default_factory=lambda: outcome_figure([]))
    #: Need-area label -> the requested-outcomes figure for goals in that area.
    outcomes_by_area: dict[str, OutcomeFigure] = field(default_factory=dict)
    #: Need-area label -> each woman's change (latest - first) in that area.
    need_changes: dict[str, list[int]] = field(default_factory=dict)
    #: (reason label, destination label) -> exits.
    exits: Counter[tuple[str, str]] = field(default_factory=Counter)
    planned: int = 0
    unplanned: int = 0
    other_exits: int = 0
    marac: int = 0
    marac_repeats: int = 0
    #: (agency label, status label) -> referrals out.
    referrals_out: Counter[tuple[str, str]] = field(default_factory=Counter)

    @property
    def exit_count(self) -> int:
        return sum(self.exits.values())

    @property
    def referrals_out_count(self) -> int:
        return sum(self.referrals_out.values())

    def average_change(self, area: str) -> float | None:
        changes = self.need_changes.get(area) or []
        return sum(changes) / len(changes) if changes else None


@dataclass
class OutcomeFigures:
    start: date
    end: date
    houses: list[HouseOutcomes]
    total: HouseOutcomes
    #: Need-area labels in the areas' own order, then "No area given" if any goal has none
    #: (labels in the language in use when the figures were counted).
    areas: list[str]
    #: Stays arriving in the period that were recorded in error: counted nowhere.
    recorded_in_error: int = 0


def _area_label(goal: GoalOutcome) -> str:
    return goal.area.label if goal.area else translate("ReportsOutcomeFigures", NO_AREA)


def compute(session: Session, *, start: date, end: date) -> OutcomeFigures:
    """Count everything the outcomes report shows, for the nights start..end inclusive."""
    occ = occupancy_figures.compute(session, start=start, end=end)
    figures: dict[str, HouseOutcomes] = {}
    for hf in occ.houses:
        figures[hf.name] = HouseOutcomes(hf.name, hf.women, hf.children, hf.average_stay)
    total = HouseOutcomes(occ.total.name, occ.total.women, occ.total.children,
                          occ.total.average_stay)

    # The women with a record: a linked stay with at least one night in the period.
    for house, resident_id in session.execute(
            select(House.name, Stay.resident_id)
            .join(Room, Room.id == Stay.room_id).join(House, House.id == Room.house_id)
            .where(Stay.resident_id.is_not(None), Stay.arrived_on <= end, counts(),
                   or_(Stay.left_on.is_(None),
                       (Stay.left_on > start) & (Stay.left_on > Stay.arrived_on)))):
        # resident_id is not None: the query says so
        figures.setdefault(house, HouseOutcomes(house)).residents.add(resident_id)  # type: ignore[arg-type]
        total.residents.add(resident_id)  # type: ignore[arg-type]

    goals = {rid: goal_outcomes(session, rid) for rid in total.residents}
    travelled = {rid: [d for d in distance_travelled(session, rid) if d.first_on < d.latest_on]
                 for rid in total.residents}
    maracs: dict[int, list[bool]] = defaultdict(list)
    for rid, repeat_of in session.execute(
            select(MaracReferral.resident_id, MaracReferral.repeat_of_id).where(
                MaracReferral.referred_on >= start, MaracReferral.referred_on <= end)):
        maracs[rid].append(repeat_of is not None)
    referrals: dict[int, list[tuple[str, str]]] = defaultdict(list)
    for rid, agency, status in session.execute(
            select(ReferralOut.resident_id, ReferralOut.agency, ReferralOut.status).where(
                ReferralOut.made_on >= start, ReferralOut.made_on <= end)):
        referrals[rid].append((Agency(agency).label, translate(
            "ReportsOutcomeFigures", REFERRAL_OUT_STATUS[ReferralOutStatus(status)])))

    everyone = [*figures.values(), total]
    for f in everyone:
        mine = [g for rid in sorted(f.residents) for g in goals[rid]]
        f.outcomes = outcome_figure(mine)
        by_area: dict[str, list[GoalOutcome]] = defaultdict(list)
        for g in mine:
            by_area[_area_label(g)].append(g)
        f.outcomes_by_area = {label: outcome_figure(gs) for label, gs in by_area.items()}
        for rid in f.residents:
            for d in travelled[rid]:
                f.need_changes.setdefault(d.area.label, []).append(d.change)
            f.marac += len(maracs[rid])
            f.marac_repeats += sum(maracs[rid])
            f.referrals_out.update(referrals[rid])

    # Exits: departures from the service in the period, with the move-on record if any.
    for house, reason, destination in session.execute(
            select(House.name, Stay.departure_reason, MoveOn.destination)
            .join(Room, Room.id == Stay.room_id).join(House, House.id == Room.house_id)
            .outerjoin(MoveOn, MoveOn.stay_id == Stay.id)
            .where(Stay.left_on >= start, Stay.left_on <= end, counts(),
                   Stay.departure_reason != DepartureReason.MOVED_ROOM.value)):
        why = DepartureReason(reason)  # type: ignore[arg-type]  # a stay that left has a reason
        where = (Destination(destination).label if destination
                 else translate("ReportsOutcomeFigures", NOT_RECORDED))
        kind = exit_kind(why)
        for f in (figures.setdefault(house, HouseOutcomes(house)), total):
            f.exits[(why.label, where)] += 1
            if kind == KIND_PLANNED:
                f.planned += 1
            elif kind == KIND_UNPLANNED:
                f.unplanned += 1
            else:
                f.other_exits += 1

    used = {a for f in everyone for a in (*f.outcomes_by_area, *f.need_changes)}
    no_area = translate("ReportsOutcomeFigures", NO_AREA)
    areas = [a.label for a in NeedArea if a.label in used] + ([no_area] if no_area in used
                                                               else [])
    houses = sorted(figures.values(), key=lambda f: f.name)
    return OutcomeFigures(start, end, houses, total, areas, occ.recorded_in_error)
