"""Incidents, and the period query the handover uses."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from refugedesk import houses, incidents, residents
from refugedesk.db.models import IncidentKind
from refugedesk.errors import DateInFuture, NotFound, ValidationError

pytestmark = pytest.mark.both_engines  # each test on a file and on a server


def test_incidents_between_is_start_inclusive_end_exclusive(new_vault):
    vault, _ = new_vault
    hid = houses.add_house(vault, name="Elm House", area="Northtown", opened_on=date(2020, 1, 1))
    amy = residents.create_resident(vault, reference="R-1", name="Amy Example")
    bea = residents.create_resident(vault, reference="R-2", name="Bea Sample")
    t = datetime(2026, 3, 1, 9, tzinfo=UTC)
    early = incidents.log_incident(vault, community_support=True, at=t, kind=IncidentKind.ABUSER_CONTACT,
                                   resident_ids=[amy], police_ref="CAD 123",
                                   action_taken="Police called", who_was_told="Manager")
    fight = incidents.log_incident(vault, community_support=True, at=t + timedelta(hours=8), house_id=hid,
                                   kind=IncidentKind.CONFLICT_BETWEEN_RESIDENTS,
                                   resident_ids=[bea, amy])
    incidents.log_incident(vault, community_support=True, at=t + timedelta(days=1), house_id=hid,
                           kind=IncidentKind.DAMAGE)
    with vault.session() as s:
        rows = incidents.incidents_between(s, t, t + timedelta(days=1))
        assert [r.id for r in rows] == [early, fight]
        assert rows[1].references == ("R-1", "R-2") and rows[1].house == "Elm House"
        assert rows[0].police_ref == "CAD 123" and rows[0].house is None
        assert [r.id for r in incidents.incidents_between(
            s, t + timedelta(microseconds=1), t + timedelta(hours=8))] == []
        assert [r.id for r in incidents.incidents_for(s, amy)] == [fight, early]
        assert len(incidents.incidents_since(s, t)) == 3
    with pytest.raises(DateInFuture):
        incidents.log_incident(vault, community_support=True, at=datetime.now(UTC) + timedelta(hours=1), house_id=hid,
                               kind=IncidentKind.DAMAGE)
    with pytest.raises(ValidationError, match="which house"):
        incidents.log_incident(vault, community_support=True, at=t, kind=IncidentKind.DAMAGE)
    with pytest.raises(NotFound):
        incidents.log_incident(vault, community_support=True, at=t, kind=IncidentKind.DAMAGE, resident_ids=[999])
