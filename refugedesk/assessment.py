"""Needs assessment: each of the eleven areas scored 1 to 5 with her own words, at intake, at
reviews and at move-on; and the distance travelled (her first score in each area against her
latest), which the star chart on her record draws.

A higher score means things are better in that area (1: in crisis, 5: no worries here), so
a positive change is progress.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from refugedesk import audit, dates
from refugedesk.db.models import AssessmentStage, NeedArea, NeedsAssessment, NeedScore, Resident
from refugedesk.db.vault import Vault
from refugedesk.errors import DateInFuture, NotFound, ValidationError
from refugedesk.i18n import translate


def record_needs(vault: Vault, *, resident_id: int, assessed_on: date, stage: AssessmentStage,
                 scores: Mapping[NeedArea, int], her_words: Mapping[NeedArea, str] = {},
                 today: date | None = None) -> int:
    """Record one needs assessment. `scores` need not cover every area (an area that does not
    apply to her is left out). Returns its id."""
    dates.check_dates(assessed_on=assessed_on)
    stage = AssessmentStage(stage)
    if assessed_on > (today or date.today()):
        raise DateInFuture(translate("Assessment", "An assessment cannot be dated in the future."),
                           field="assessed_on")
    if not scores:
        raise ValidationError(translate("Assessment", "Score at least one area."),
                              field="scores")
    cleaned = {}
    for area, value in scores.items():
        area = NeedArea(area)
        if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 5:
            raise ValidationError(translate("Assessment", "Score {area} from 1 to 5.").format(
                area=area.label.lower()), field=area.value)
        cleaned[area] = value
    unscored = set(map(NeedArea, her_words)) - set(cleaned)
    if unscored:
        raise ValidationError(translate("Assessment",
                                        "Give a score wherever her words are written."),
                              field=sorted(unscored)[0].value)
    with vault.transaction() as session:
        if session.get(Resident, resident_id) is None:
            raise NotFound("resident")
        row = NeedsAssessment(resident_id=resident_id, assessed_on=assessed_on,
                              stage=stage, created_by_id=vault.person.id,
                              updated_by_id=vault.person.id)
        session.add(row)
        session.flush()
        session.add_all(NeedScore(assessment_id=row.id, area=area, score=value,
                                  her_words=her_words.get(area, "").strip())
                        for area, value in cleaned.items())
        audit.record(session, vault.person, "needs_assessed", record_type="resident",
                     record_id=resident_id, detail=f"assessment={row.id} stage={stage}")
        return row.id


@dataclass(frozen=True)
class AssessmentView:
    id: int
    assessed_on: date
    stage: AssessmentStage
    scores: dict[NeedArea, int]
    her_words: dict[NeedArea, str]


def assessments(session: Session, resident_id: int) -> list[AssessmentView]:
    """Her needs assessments, oldest first."""
    rows = session.scalars(select(NeedsAssessment).where(
        NeedsAssessment.resident_id == resident_id).order_by(
        NeedsAssessment.assessed_on, NeedsAssessment.id))
    return [AssessmentView(a.id, a.assessed_on, a.stage,
                           {s.area: s.score for s in a.scores},
                           {s.area: s.her_words for s in a.scores})
            for a in rows]


@dataclass(frozen=True)
class DistanceTravelled:
    area: NeedArea
    first: int
    latest: int
    first_on: date
    latest_on: date

    @property
    def change(self) -> int:
        return self.latest - self.first


def distance_travelled(session: Session, resident_id: int) -> list[DistanceTravelled]:
    """For every area she has been scored in, in the areas' own order: her first score against
    her latest (the same assessment when there is only one)."""
    first: dict[NeedArea, tuple[int, date]] = {}
    latest: dict[NeedArea, tuple[int, date]] = {}
    for a in assessments(session, resident_id):
        for area, value in a.scores.items():
            first.setdefault(area, (value, a.assessed_on))
            latest[area] = (value, a.assessed_on)
    return [DistanceTravelled(area, first[area][0], latest[area][0], first[area][1],
                              latest[area][1]) for area in NeedArea if area in first]
