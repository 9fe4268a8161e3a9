"""Whereabouts: signing out and back in, the overdue flag, and the steps taken."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from test_handover import _resident_in, service  # noqa: F401  (the fixture)

from refugedesk import errors, handover, whereabouts
from refugedesk.db.types import utcnow
from refugedesk.errors import DatesOutOfOrder, NotFound


def test_someone_not_back_in_time_is_flagged_with_the_steps_taken(service):  # noqa: F811
    vault = service["vault"]
    _, stay = _resident_in(service, "R-5")
    now = utcnow()
    out = whereabouts.sign_out(vault, stay_id=stay, out_at=now - timedelta(hours=4),
                               expected_back=now - timedelta(hours=1), contactable=False)
    with pytest.raises(errors.AlreadyOut):
        whereabouts.sign_out(vault, stay_id=stay, expected_back=now + timedelta(hours=1))
    with vault.session() as s:
        [away] = whereabouts.overdue_back(s, now=now)
        assert whereabouts.overdue_back(s, now=now - timedelta(hours=2)) == []
        assert [a.sign_out_id for a in whereabouts.out_now(s)] == [out]
        assert set(whereabouts.signed_out_now(s)) == {stay}
    assert (away.reference, away.house, away.room, away.contactable) == (
        "R-5", "Elm House", "1", False)
    whereabouts.log_step(vault, out, what="Tried her phone", at=now - timedelta(minutes=50))
    whereabouts.log_step(vault, out, what="Told the police", at=now - timedelta(minutes=20))
    with vault.session() as s:
        [away] = whereabouts.overdue_back(s, now=now)
        d = handover.draft(s, until=now)
    assert [(st.what, st.by) for st in away.steps] == [("Tried her phone", "Ada Test"),
                                                      ("Told the police", "Ada Test")]
    [line] = d.houses[0].section("overdue_back")
    assert (line.record_type, line.record_id) == ("stay", stay)
    assert "not contactable" in line.text and "Told the police (Ada Test)" in line.text
    whereabouts.sign_back(vault, out)
    with pytest.raises(errors.AlreadyBack):
        whereabouts.sign_back(vault, out)
    with vault.session() as s:
        assert whereabouts.overdue_back(s) == [] and whereabouts.out_now(s) == []
    # she can go out again once back
    whereabouts.sign_out(vault, stay_id=stay, expected_back=utcnow() + timedelta(hours=2))


def test_sign_out_refuses_what_cannot_be(service):  # noqa: F811
    vault = service["vault"]
    _, stay = _resident_in(service, "R-6")
    now = utcnow()
    with pytest.raises(DatesOutOfOrder):
        whereabouts.sign_out(vault, stay_id=stay, out_at=now, expected_back=now)
    with pytest.raises(NotFound):
        whereabouts.sign_out(vault, stay_id=999, expected_back=now + timedelta(hours=1))
    out = whereabouts.sign_out(vault, stay_id=stay, expected_back=now + timedelta(hours=1))
    with pytest.raises(DatesOutOfOrder):
        whereabouts.sign_back(vault, out, back_at=now - timedelta(days=1))
    with pytest.raises(Exception, match="Say what was done"):
        whereabouts.log_step(vault, out, what="  ")


def test_the_board_says_who_is_out_and_who_is_not_back(service):  # noqa: F811
    from refugedesk import occupancy_board
    from refugedesk.ui.board_model import tile_lines

    vault = service["vault"]
    _, stay = _resident_in(service, "R-6")
    now = utcnow()

    def tile():
        with vault.session() as s:
            tiles = [t for h in occupancy_board.board(s, on=date.today()).houses
                     for t in h.tiles if t.stay_id == stay]
            tomorrow = [t for h in occupancy_board.board(
                s, on=date.today() + timedelta(days=1)).houses for t in h.tiles
                if t.stay_id == stay]
        assert all(t.away == "" for t in tomorrow)  # sign-outs are about now, not the future
        return tiles[0]

    assert tile().away == "" and "OUT" not in tile_lines(tile())[0]
    out = whereabouts.sign_out(vault, stay_id=stay, expected_back=now + timedelta(hours=2))
    assert tile().away == "out" and tile_lines(tile())[0] == "OCCUPIED · OUT"
    assert tile().note.startswith("Out: back by ")
    whereabouts.sign_back(vault, out)
    whereabouts.sign_out(vault, stay_id=stay, out_at=now - timedelta(hours=3),
                         expected_back=now - timedelta(minutes=30))
    assert tile().away == "not back" and tile_lines(tile())[0] == "OCCUPIED · NOT BACK"
    assert tile().note.startswith("Not back: expected ")


def test_a_sign_out_can_be_written_up_after_she_left_but_not_from_the_future(service):  # noqa: F811
    """She left at 14:10, it is written up at 14:40: the sign-out keeps 14:10 and she is
    overdue from the time she was expected. The future, more than 24 hours back and before
    her stay are refused with their own errors, and nothing is saved."""
    from sqlalchemy import func, select

    from refugedesk.db.models import SignOut

    vault = service["vault"]
    _, stay = _resident_in(service, "R-7")
    now = utcnow()

    def sign_outs():
        with vault.session() as s:
            return s.scalar(select(func.count()).select_from(SignOut))

    with pytest.raises(errors.DateInFuture) as future:
        whereabouts.sign_out(vault, stay_id=stay, out_at=now + timedelta(minutes=30),
                             expected_back=now + timedelta(hours=3))
    assert future.value.field == "out_at"
    with pytest.raises(errors.ValidationError, match="up to 24 hours") as old:
        whereabouts.sign_out(vault, stay_id=stay, out_at=now - timedelta(hours=25),
                             expected_back=now + timedelta(hours=3))
    assert old.value.field == "out_at"
    _, later = _resident_in(service, "R-8", room=1, on=date.today() + timedelta(days=2))
    with pytest.raises(DatesOutOfOrder, match="Her stay here starts on") as early:
        whereabouts.sign_out(vault, stay_id=later, out_at=now - timedelta(minutes=30),
                             expected_back=now + timedelta(hours=3))
    assert early.value.field == "out_at"
    assert sign_outs() == 0

    left = now - timedelta(minutes=30)
    out = whereabouts.sign_out(vault, stay_id=stay, out_at=left,
                               expected_back=left + timedelta(minutes=20))
    with vault.session() as s:
        [away] = whereabouts.overdue_back(s, now=now)
    assert away.sign_out_id == out and away.out_at == left
