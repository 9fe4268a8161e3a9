"""Group programmes: a missed session puts a safety check on her plan; completion counts."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from refugedesk import plans, programmes, residents
from refugedesk.db.models import ActionOwner, AttendanceState
from refugedesk.errors import ValidationError

#: A day after every session of these tests (attendance is recorded on or after the day).
AFTER = date(2031, 1, 1)

@pytest.fixture
def freedom(new_vault):
    vault, _ = new_vault
    amy = residents.create_resident(vault, reference="R-1", name="Amy Example")
    prog = programmes.create_programme(vault, name="Freedom Programme", sessions_to_complete=10)
    start = date(2030, 1, 7)  # sessions in the future: the tests record them as of AFTER
    sessions = [programmes.add_session(vault, programme_id=prog, number=n + 1,
                                       held_on=start + timedelta(weeks=n)) for n in range(12)]
    return vault, amy, prog, sessions


def test_a_missed_session_creates_a_follow_up_to_check_she_is_safe(freedom):
    vault, amy, prog, sessions = freedom
    programmes.record_attendance(vault, community_support=True, today=AFTER, session_id=sessions[0], resident_id=amy,
                                 state=AttendanceState.ATTENDED)
    with vault.session() as s:
        assert plans.current_plan_id(s, amy) is None  # attending needs no follow-up
    programmes.record_attendance(vault, community_support=True, today=AFTER, session_id=sessions[1], resident_id=amy,
                                 state=AttendanceState.MISSED)
    with vault.session() as s:
        plan = plans.plan_view(s, plans.current_plan_id(s, amy))
        assert [(a.what, a.owner, a.due_on) for a in plan.actions] == [
            ("Check she is safe: she missed session 2 of Freedom Programme",
             ActionOwner.KEY_WORKER, date(2030, 1, 15))]
        overdue = plans.overdue_actions(s, resident_id=amy, today=date(2030, 1, 16))
        assert [o.what for o in overdue] == [plan.actions[0].what]
    # marking the same session missed again does not pile up checks; another session does
    programmes.record_attendance(vault, community_support=True, today=AFTER, session_id=sessions[1], resident_id=amy,
                                 state=AttendanceState.MISSED)
    programmes.record_attendance(vault, community_support=True, today=AFTER, session_id=sessions[2], resident_id=amy,
                                 state=AttendanceState.MISSED)
    with vault.session() as s:
        assert len(plans.plan_view(s, plans.current_plan_id(s, amy)).actions) == 2


def test_completion(freedom):
    vault, amy, prog, sessions = freedom
    for n, sid in enumerate(sessions):
        state = AttendanceState.MISSED if n in (3, 7) else AttendanceState.ATTENDED
        programmes.record_attendance(vault, community_support=True, today=AFTER, session_id=sid, resident_id=amy, state=state)
    with vault.session() as s:
        done = programmes.completion(s, programme_id=prog, resident_id=amy)
    assert (done.attended, done.missed, done.to_complete, done.completed) == (10, 2, 10, True)
    programmes.record_attendance(vault, community_support=True, today=AFTER, session_id=sessions[0], resident_id=amy,
                                 state=AttendanceState.EXCUSED)
    with vault.session() as s:
        assert not programmes.completion(s, programme_id=prog, resident_id=amy).completed
    with pytest.raises(ValidationError, match="already planned"):
        programmes.add_session(vault, programme_id=prog, number=3, held_on=date(2030, 5, 1))


def test_a_session_still_to_come_cannot_be_marked_and_is_not_offered(freedom):  # noqa: F811
    from refugedesk.errors import DateInFuture
    from refugedesk.resident_views import programme_sessions

    vault, amy, _prog, sessions = freedom
    with pytest.raises(DateInFuture) as caught:
        programmes.record_attendance(vault, community_support=True, session_id=sessions[0],
                                     resident_id=amy, state=AttendanceState.ATTENDED,
                                     today=date(2030, 1, 6))
    assert "on 7 Jan 2030" in str(caught.value) and caught.value.field == "session"
    with vault.session() as s:
        assert programme_sessions(s, today=date(2030, 1, 6)) == []
        assert [c.session_id for c in programme_sessions(s, today=date(2030, 1, 14))] == \
            [sessions[1], sessions[0]]
