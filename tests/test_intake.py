"""The guided intake: saved part-way and resumed with nothing lost; finished in one
transaction; a mistake found on finishing writes nothing and loses nothing."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from refugedesk import capacity, houses, intake, residents
from refugedesk.db.models import (
    Abuser,
    Child,
    Consent,
    CourtOrder,
    IntakeDraft,
    Resident,
    Stay,
)
from refugedesk.errors import DateInFuture, DraftFinished, ValidationError

pytestmark = pytest.mark.both_engines  # each test on a file and on a server

TODAY = date(2030, 6, 15)

PART_ONE = {"resident": {"name": "Zofia Przykład-Ñúñez", "known_as": "Zosia",
                         "date_of_birth": "1991-02-03", "language": "Polish",
                         "needs_interpreter": True, "code_word": "bluebell",
                         "times_to_avoid": "after 6pm\nweekends", "nrpf": False}}


def _counts(vault) -> dict[str, int]:
    with vault.session() as s:
        return {m.__name__: s.scalar(select(func.count()).select_from(m))
                for m in (Resident, Child, Consent, Abuser, CourtOrder)}


def test_saved_part_way_and_resumed_with_nothing_lost(new_vault):
    vault, _ = new_vault
    draft = intake.save_draft(vault, data=PART_ONE, step=1)
    assert [d.id for d in _open(vault)] == [draft]
    resumed = intake.resume_draft(vault, draft)
    assert (resumed.step, resumed.data) == (1, PART_ONE)
    more = dict(resumed.data, children=[{"name": "Kasia", "date_of_birth": date(2021, 5, 6),
                                         "school": "Hilltop Nursery",
                                         "child_protection_plan": True}])
    assert intake.save_draft(vault, data=more, step=2, draft_id=draft) == draft
    again = intake.resume_draft(vault, draft)
    assert again.step == 2
    assert again.data["resident"] == PART_ONE["resident"]
    assert again.data["children"] == [{"name": "Kasia", "date_of_birth": "2021-05-06",
                                       "school": "Hilltop Nursery",
                                       "child_protection_plan": True}]
    assert _counts(vault)["Resident"] == 0  # nothing becomes a record until it is finished
    assert _open(vault)[0].name == "Zofia Przykład-Ñúñez"


def _open(vault):
    with vault.session() as s:
        return intake.open_drafts(s)


def _full() -> dict:
    return dict(PART_ONE, resident=dict(PART_ONE["resident"], reference="R-7"),
                children=[{"name": "Kasia", "date_of_birth": "2021-05-06"},
                          {"name": "Tomek", "date_of_birth": ""}],
                consents=[{"what": "Her situation", "shared_with": "Her GP",
                           "given_on": "2030-06-14"}],
                abusers=[{"name": "A. Person", "vehicle": "Blue van",
                          "known_areas": "Northtown, Eastbridge"}],
                court_orders=[{"kind": "non_molestation", "made_on": "2030-05-01",
                               "expires_on": "2030-07-01"}])


def test_finishing_makes_her_record_and_her_areas_reach_find_a_room(new_vault):
    vault, _ = new_vault
    for name, area in [("Elm House", "Northtown"), ("Oak House", "Southmere")]:
        hid = houses.add_house(vault, name=name, area=area, opened_on=date(2020, 1, 1))
        houses.add_room(vault, house_id=hid, name="Room 1", child_places=2,
                        opened_on=date(2020, 1, 1))
    draft = intake.save_draft(vault, data=_full(), step=5)
    rid = intake.finish(vault, draft, today=TODAY)
    assert _counts(vault) == {"Resident": 1, "Child": 2, "Consent": 1, "Abuser": 1,
                              "CourtOrder": 1}
    header = residents.open_record(vault, rid, today=TODAY)
    assert (header.reference, header.name, header.known_as) == ("R-7", "Zofia Przykład-Ñúñez",
                                                                "Zosia")
    assert any("Non-molestation order ends on 1 Jul 2030" in a.message for a in header.alerts)
    with vault.session() as s:
        assert residents.excluded_areas(s, rid) == ["Northtown", "Eastbridge"]
        assert [f.house for f in residents.rooms_for_resident(s, rid, on=TODAY, nights=7)] == [
            "Oak House"]
        assert [r.reference for r in residents.search_residents(s, "tomek")] == ["R-7"]
        assert intake.open_drafts(s) == []
    with pytest.raises(DraftFinished):
        intake.resume_draft(vault, draft)
    with vault.session() as s:  # no stale second copy of what was typed is left behind
        kept = s.get(IntakeDraft, draft)
        assert (kept.data, kept.resident_id) == ("{}", rid) and kept.finished_at is not None
    with pytest.raises(DraftFinished):
        intake.finish(vault, draft, today=TODAY)


def test_a_mistake_found_on_finishing_writes_nothing_and_keeps_the_draft(new_vault):
    vault, _ = new_vault
    data = _full()
    data["children"][1]["date_of_birth"] = "2030-09-01"  # not born yet: a typing slip
    draft = intake.save_draft(vault, data=data, step=5)
    with pytest.raises(DateInFuture) as info:
        intake.finish(vault, draft, today=TODAY)
    assert info.value.field == "children.1.date_of_birth"
    assert "cannot be in the future" in str(info.value)
    assert _counts(vault) == {"Resident": 0, "Child": 0, "Consent": 0, "Abuser": 0,
                              "CourtOrder": 0}
    kept = intake.resume_draft(vault, draft)
    assert kept.data == data and kept.step == 5
    data["court_orders"][0]["kind"] = "something else"
    data["children"][1]["date_of_birth"] = "not a date"
    intake.save_draft(vault, data=data, step=5, draft_id=draft)
    with pytest.raises(ValidationError) as info:
        intake.finish(vault, draft, today=TODAY)
    assert info.value.field == "children.1.date_of_birth"


def test_an_intake_from_her_arrival_links_the_stay(new_vault):
    vault, _ = new_vault
    hid = houses.add_house(vault, name="Elm House", area="Northtown", opened_on=date(2020, 1, 1))
    room = houses.add_room(vault, house_id=hid, name="Room 1", opened_on=date(2020, 1, 1))
    stay = capacity.arrive(vault, room_id=room, on=TODAY, household_ref="H-42", name="Z.P.")
    draft = intake.save_draft(vault, data={"resident": {"name": "Zofia Example"}}, step=0,
                              stay_id=stay)
    rid = intake.finish(vault, draft, today=TODAY)
    with vault.session() as s:
        assert s.get(Stay, stay).resident_id == rid
        assert s.get(Resident, rid).reference == "H-42"  # her household reference by default
    assert residents.open_record(vault, rid, today=TODAY).house == "Elm House"


@pytest.mark.parametrize("said", [{}, {"safe_to_call": None, "safe_to_text": None},
                                  {"safe_to_call": True, "safe_to_text": False}])
def test_an_intake_keeps_safe_to_phone_and_text_as_asked(new_vault, said):
    """Not said (an old draft) or "not asked yet" is stored as None, never as "safe"; an
    answer is stored as given."""
    vault, _ = new_vault
    data = {"resident": {**PART_ONE["resident"], "reference": "R-9", **said}}
    rid = intake.finish(vault, intake.save_draft(vault, data=data, step=5), today=TODAY)
    with vault.session() as s:
        her = s.get(Resident, rid)
        assert (her.safe_to_call, her.safe_to_text) == (
            said.get("safe_to_call"), said.get("safe_to_text"))
