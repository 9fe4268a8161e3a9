"""Needs assessments and the distance travelled in each area."""

from __future__ import annotations

from datetime import date

import pytest

from refugedesk import assessment, residents
from refugedesk.db.models import AssessmentStage, NeedArea
from refugedesk.errors import ValidationError


def test_distance_travelled_is_first_against_latest_per_area(new_vault):
    vault, _ = new_vault
    amy = residents.create_resident(vault, reference="R-1", name="Amy Example")
    assessment.record_needs(vault, resident_id=amy, assessed_on=date(2026, 1, 5),
                            stage=AssessmentStage.INTAKE,
                            scores={NeedArea.SAFETY: 1, NeedArea.MONEY_BENEFITS: 2},
                            her_words={NeedArea.SAFETY: "I jump at every car"})
    assessment.record_needs(vault, resident_id=amy, assessed_on=date(2026, 3, 5),
                            stage=AssessmentStage.REVIEW,
                            scores={NeedArea.SAFETY: 3, NeedArea.IMMIGRATION: 2})
    assessment.record_needs(vault, resident_id=amy, assessed_on=date(2026, 6, 5),
                            stage=AssessmentStage.MOVE_ON,
                            scores={NeedArea.SAFETY: 4, NeedArea.MONEY_BENEFITS: 1})
    with vault.session() as s:
        rows = assessment.distance_travelled(s, amy)
        first = assessment.assessments(s, amy)[0]
    assert [(r.area, r.first, r.latest, r.change) for r in rows] == [
        (NeedArea.SAFETY, 1, 4, 3), (NeedArea.MONEY_BENEFITS, 2, 1, -1),
        (NeedArea.IMMIGRATION, 2, 2, 0)]
    assert first.her_words[NeedArea.SAFETY] == "I jump at every car"
    for bad in (0, 6, True):
        with pytest.raises(ValidationError, match="from 1 to 5"):
            assessment.record_needs(vault, resident_id=amy, assessed_on=date(2026, 6, 6),
                                    stage=AssessmentStage.REVIEW, scores={NeedArea.SAFETY: bad})
    with pytest.raises(ValidationError, match="Give a score"):
        assessment.record_needs(vault, resident_id=amy, assessed_on=date(2026, 6, 6),
                                stage=AssessmentStage.REVIEW, scores={NeedArea.SAFETY: 3},
                                her_words={NeedArea.LEGAL_COURT: "court next month"})
    with vault.session() as s:
        assert len(assessment.assessments(s, amy)) == 3
