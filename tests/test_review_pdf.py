"""The review's two documents. Her copy is hers to keep: her achievements in warm words, and
nothing about risk, DASH, MARAC, the abuser, court orders, addresses, the house or room, her
reference, the contact notes, or anyone else living there. The file copy has the full detail.
Both are audited."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from pypdf import PdfReader
from sqlalchemy import select
from test_reviews import TODAY, amy  # noqa: F401  (the fixture)

from refugedesk import capacity, contacts, plans, residents, risk
from refugedesk.db.models import (
    AuditEvent,
    ContactMode,
    ContactPlace,
    CourtOrderKind,
    DashAnswer,
    GoalStatus,
    NeedArea,
    ReviewKind,
)
from refugedesk.reports.review_pdf import her_goals_sentence, write_file_copy, write_her_copy
from refugedesk.reviews import Moment, save_review, schedule_review

ABUSER = "Maximilian Thornbury"
DASH_COMMENT = "Ravenscroft threatened with a knife"
COURT = "Quillfeather non-molestation terms"
MARAC = "Marrowbone referral reason"
NOTE = "Talked about Thornbury turning up at Pendleford"
OTHER_RESIDENT = "Griselda Okonkwo-Vane"
LIGATURES = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi",
                           "\ufb04": "ffl"})


def _text(path) -> tuple[PdfReader, str]:
    reader = PdfReader(path)
    # Words as a reader sees them: whitespace folded, the ligatures (ff, fi, fl, ffi, ffl)
    # unfolded.
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    return reader, text.translate(LIGATURES)


def _with_secrets(vault, rid, room, keys):
    abuser = residents.add_abuser(vault, resident_id=rid, name=ABUSER,
                                  known_areas="Pendleford")
    residents.add_court_order(vault, resident_id=rid, kind=CourtOrderKind.NON_MOLESTATION,
                              made_on=date(2026, 2, 1), abuser_id=abuser, notes=COURT)
    answers = [risk.DashItem(DashAnswer.YES, DASH_COMMENT)] + [DashAnswer.YES] * 15 \
        + [DashAnswer.NO] * 8
    risk.assess(vault, resident_id=rid, answers=answers)
    risk.refer_to_marac(vault, resident_id=rid, referred_on=date(2026, 2, 3), reason=MARAC,
                        today=TODAY)
    secret = contacts.log_contact(vault, resident_id=rid,
                                  at=datetime(2026, 6, 1, 10, tzinfo=UTC),
                                  mode=ContactMode.PHONE, place=ContactPlace.OTHER, notes=NOTE)
    other = residents.create_resident(vault, reference="R-2", name=OTHER_RESIDENT)
    from refugedesk import houses

    with vault.session() as s:
        house_id = capacity.board(s, on=TODAY).houses[0].id
    room2 = houses.add_room(vault, house_id=house_id, name="Primrose Room",
                            opened_on=date(2020, 1, 1))
    stay2 = capacity.arrive(vault, room_id=room2, on=date(2026, 2, 1), household_ref="H-2",
                            name=OTHER_RESIDENT)
    residents.link_stay(vault, resident_id=other, stay_id=stay2)
    with vault.session() as s:
        plan = plans.current_plan_id(s, rid)
    legal = plans.add_goal(vault, plan_id=plan, area=NeedArea.LEGAL_COURT,
                           her_words=f"Get the non-molestation order against {ABUSER}")
    plans.set_goal_status(vault, legal, GoalStatus.ACHIEVED)
    review = schedule_review(vault, resident_id=rid, kind=ReviewKind.CELEBRATION,
                             due_on=date(2026, 8, 25))
    save_review(vault, review, held_on=date(2026, 8, 28),
                attended="Amy; Sam Keyworker (key worker)",
                her_words="I am proud of how far I have come.",
                next_steps="Outreach visits every week for the first month.",
                moments=[Moment(keys, "The day you got the keys to your flat"),
                         Moment(secret, "")], today=TODAY)
    return review, secret


def test_her_copy_celebrates_her_and_holds_nothing_sensitive(qapp, amy, tmp_path):  # noqa: F811
    vault, rid, stay, room, keys = amy
    review, _ = _with_secrets(vault, rid, room, keys)
    path = write_her_copy(vault, review, tmp_path / "her-copy.pdf")
    reader, text = _text(path)
    assert reader.metadata.title == "Celebrating you, Amy"
    for wanted in ("Celebrating you, Amy", "Open my own bank account", "You did this",
                   "Find a flat near my sister", "Sleep through the night",
                   "Part of the way there", "You reached 5 of the 7 things",
                   "A legal matter you worked on",
                   "Freedom Programme", "The day you got the keys to your flat",
                   "I am proud of how far I have come.", "Outreach visits every week",
                   "Money and benefits", "Fictional Test Refuge", "28 August 2026"):
        assert wanted in text, wanted
    for unwanted in ("Thornbury", "Maximilian", "Ravenscroft", "Quillfeather", "Marrowbone",
                     "Pendleford", "Griselda", "Okonkwo", "Larkspur", "Bluebell", "Primrose",
                     "Secret Lane", "R-1", "H-1", "Example", "DASH", "MARAC", "risk", "Risk",
                     "abuser", "court", "Court", "Keys collected", "Keyworker", "molestation"):
        assert unwanted not in text, unwanted
    # The star chart is embedded as an image on page 1.
    assert len(reader.pages[0].images) == 1


def test_the_file_copy_has_the_full_detail(qapp, amy, tmp_path):  # noqa: F811
    vault, rid, stay, room, keys = amy
    review, secret = _with_secrets(vault, rid, room, keys)
    save_review(vault, review, held_on=date(2026, 8, 29), her_words="Second version",
                today=TODAY)
    path = write_file_copy(vault, review, tmp_path / "file-copy.pdf", version=1)
    reader, text = _text(path)
    assert reader.metadata.title == "Celebration of achievement: R-1 (file copy)"
    for wanted in ("staff file copy", "Amy Example (known as Amy)", "R-1", "Version 1 of 2",
                   "Sam Keyworker", "Achieved (including partly): 71%",
                   "achieved in full: 57%", f"non-molestation order against {ABUSER}", "no longer wanted (not counted): 2",
                   "Keys collected for the new flat", NOTE, "+3", "Learn to drive: Not achieved",
                   "I am proud of how far I have come."):
        assert wanted in text, wanted
    assert "Second version" not in text
    with vault.session() as s:
        made = s.scalars(select(AuditEvent).where(
            AuditEvent.kind == "review_document_made")).all()
    assert [(e.record_type, e.record_id, e.detail) for e in made] == [
        ("resident", rid, f"review={review} version=1 copy=file")]


def test_producing_her_copy_is_audited(qapp, amy, tmp_path):  # noqa: F811
    vault, rid, stay, room, keys = amy
    review = schedule_review(vault, resident_id=rid, kind=ReviewKind.CELEBRATION)
    save_review(vault, review, held_on=TODAY, her_words="Zephyrine", today=TODAY)
    write_her_copy(vault, review, tmp_path / "her.pdf")
    with vault.session() as s:
        last = s.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
    assert (last.kind, last.record_id, last.detail) == (
        "review_document_made", rid, f"review={review} version=1 copy=her")
    assert "Zephyrine" not in last.detail


@pytest.mark.parametrize(("achieved", "counted", "words"), [
    (0, 0, ""),
    (0, 1, "You are still working towards 1 goal."),
    (0, 2, "You are still working towards 2 goals."),
    (1, 1, "You reached the goal you set out to reach."),
    (3, 3, "You reached all 3 of the things you set out to do."),
    (1, 2, "You reached 1 of the 2 things you set out to do, and you are still working "
           "towards the other one."),
    (5, 7, "You reached 5 of the 7 things you set out to do, and you are still working "
           "towards the other 2."),
])
def test_her_copy_says_where_her_goals_stand_warmly(achieved, counted, words):
    assert her_goals_sentence(achieved, counted) == words


@pytest.mark.parametrize(("statuses", "wanted"), [
    ((GoalStatus.OPEN, GoalStatus.NOT_ACHIEVED), "You are still working towards 2 goals."),
    ((GoalStatus.OPEN,), "You are still working towards 1 goal."),
    ((GoalStatus.ACHIEVED,), "You reached the goal you set out to reach."),
])
def test_her_copy_with_nothing_achieved_yet_is_still_warm(qapp, new_vault, tmp_path, statuses,
                                                          wanted):
    vault, _ = new_vault
    rid = residents.create_resident(vault, reference="R-9", name="Bea Example")
    plan = plans.start_plan(vault, resident_id=rid)
    for i, status in enumerate(statuses):
        goal = plans.add_goal(vault, plan_id=plan, her_words=f"Goal number {i}")
        if status is not GoalStatus.OPEN:
            plans.set_goal_status(vault, goal, status)
    review = schedule_review(vault, resident_id=rid, kind=ReviewKind.CELEBRATION)
    save_review(vault, review, held_on=TODAY, today=TODAY)
    _, text = _text(write_her_copy(vault, review, tmp_path / "her.pdf"))
    assert wanted in text
    assert "You reached 0" not in text and " 0 of " not in text


def test_her_copy_prints_the_star_chart_labels_at_least_9_pt(qapp, amy):  # noqa: F811
    import base64
    import re

    from PySide6.QtGui import QImage

    from refugedesk.reports.review_pdf import her_copy_html
    from refugedesk.reports.star_chart import LABEL_POINT_SIZE
    from refugedesk.reviews import gather

    vault, rid, stay, room, keys = amy
    review = schedule_review(vault, resident_id=rid, kind=ReviewKind.CELEBRATION)
    save_review(vault, review, held_on=TODAY, today=TODAY)
    with vault.session() as s:
        html = her_copy_html(gather(s, review))
    found = re.search(r'<img src="data:image/png;base64,([^"]+)" width="(\d+)"', html)
    assert found
    image = QImage.fromData(base64.b64decode(found.group(1)), "PNG")
    drawn_inches = image.width() / (image.dotsPerMeterX() * 0.0254)
    printed_inches = int(found.group(2)) / 96  # a document's pixel is 1/96 inch
    assert LABEL_POINT_SIZE * printed_inches / drawn_inches >= 9
