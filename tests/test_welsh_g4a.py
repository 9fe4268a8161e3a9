"""Welsh (issue 18) for the domain and vault layers: the typed errors' messages, the enum
labels, the dates' rule, find-a-room's reasons and summary, the board's tiles and the arrival
questions come out in Welsh through Qt's translators, with their plural forms, and the
English is as it was."""

from __future__ import annotations

import ast
import re
from datetime import date, timedelta
from pathlib import Path

import pytest

from refugedesk import arrivals, capacity, dates, houses, i18n, moveon, referrals
from refugedesk.db.models import (
    ClosureReason,
    DepartureReason,
    ReferralChannel,
    ReferralSource,
    ReferralStatus,
    RiskLevel,
    Role,
)
from refugedesk.errors import (
    DiskFull,
    NotFound,
    RoomNotFree,
    TooManyAttempts,
    WrongPassword,
)

OPENED = date(2020, 1, 1)
TODAY = date.today()
PACKAGE = Path(__file__).resolve().parents[1] / "refugedesk"


@pytest.fixture
def welsh(qapp):
    assert i18n.use("cy"), "the .qm files are missing: run `make translations`"
    yield
    i18n.use("en")


def _service(vault):
    """Two houses: a free room, an occupied one, a closed one and one too small."""
    house_id = houses.add_house(vault, name="Elm House", area="Southbury", opened_on=OPENED)
    rooms = {name: houses.add_room(vault, house_id=house_id, name=name, child_places=places,
                                   cots=0, opened_on=OPENED)
             for name, places in (("Free", 2), ("Occupied", 2), ("Closed", 2), ("Small", 0))}
    stay = capacity.arrive(vault, room_id=rooms["Occupied"], on=TODAY - timedelta(days=3),
                           household_ref="H-0042", name="Zara Quill")
    houses.close_room(vault, room_id=rooms["Closed"], starts_on=TODAY - timedelta(days=1),
                      ends_on=TODAY + timedelta(days=4), reason=ClosureReason.DEEP_CLEAN)
    mine = referrals.receive(vault, name="Tara Lind", channel=ReferralChannel.PHONE,
                             source=ReferralSource.POLICE, risk_level=RiskLevel.HIGH,
                             children_count=2, children_ages=(3, 9))
    return rooms, stay, mine


def _search(vault, referral_id):
    with vault.session() as s:
        return capacity.search_for_referral(s, referral_id, on=TODAY, nights=28)


# --- errors, labels and dates: no vault needed ---------------------------------------------


def test_errors_speak_welsh_with_their_plurals(welsh):
    assert str(WrongPassword()) == ("Nid yw'r cyfrinair hwnnw'n gywir. Gwiriwch Caps Lock a "
                                    "rhowch gynnig arall arni.")
    assert str(TooManyAttempts(5)) == ("Gormod o ymdrechion. Arhoswch 5 eiliad cyn rhoi cynnig "
                                       "arall arni.")
    assert str(NotFound("room")).startswith("Ni chafwyd hyd i'r ystafell honno.")
    assert str(DiskFull(nothing_changed=True)) == (
        "Mae'r gyriant yn llawn, felly nid oedd RefugeDesk yn gallu ysgrifennu iddo. Ni "
        "newidiwyd dim. Rhyddhewch rywfaint o le (symudwch hen allforion neu gopïau wrth gefn "
        "oddi ar y gyriant hwnnw, gwagiwch y bin ailgylchu), yna rhowch gynnig arall arni.")
    assert str(RoomNotFree("Ystafell 1", "x")).startswith("Nid yw Ystafell 1 yn rhydd")


def test_errors_in_english_are_as_they_were(qapp):
    assert str(WrongPassword()) == "That password is not right. Check Caps Lock and try again."
    assert str(TooManyAttempts(5)) == ("Too many attempts. Please wait 5 seconds before trying "
                                       "again.")
    # One second is a second, not "1 seconds".
    assert str(TooManyAttempts(1)) == ("Too many attempts. Please wait 1 second before trying "
                                       "again.")
    assert str(NotFound("room")) == ("That room could not be found. It may have been removed; "
                                     "refresh and try again.")
    assert str(NotFound("gizmo")) == ("That gizmo could not be found. It may have been removed; "
                                      "refresh and try again.")


def test_enum_labels_are_translated_when_read(welsh):
    assert Role.MANAGER.label == "Rheolwr"
    assert ReferralStatus.ROOM_OFFERED.label == "Ystafell wedi'i chynnig"
    assert ClosureReason.DEEP_CLEAN.label == "Glanhau trylwyr"
    i18n.use("en")
    assert Role.MANAGER.label == "Manager"
    assert ReferralStatus.ROOM_OFFERED.label == "Room offered"


def test_the_dates_rule_in_welsh_and_its_years(welsh):
    problem = dates.date_problem(date(1, 1, 1))
    assert str(problem) == ("Ni all 01/01/0001 fod yn gywir: gwiriwch y flwyddyn. Mae "
                            "RefugeDesk yn derbyn dyddiadau o 1900 i 2200.")
    # RANGE_TEXT names its years in the text (a marked constant): they are the range's own.
    assert f"{dates.EARLIEST.year} to {dates.LATEST.year}" in dates.RANGE_TEXT


def test_arrival_and_leaving_questions_count_in_welsh(welsh):
    monday = date(2026, 11, 30)
    asked = arrivals.arrival_date_question(monday, today=monday - timedelta(days=2))
    assert asked is not None and asked.startswith("Dydd Llun 30 Tach 2026: mae hynny ymhen 2 "
                                                  "diwrnod.")
    asked = moveon.past_date_question(monday, today=monday + timedelta(days=6))
    assert asked is not None and "Dydd Llun 30 Tach 2026, 6 diwrnod yn ôl" in asked


def test_arrival_question_in_english_says_day_or_days(qapp):
    monday = date(2026, 11, 30)
    assert arrivals.arrival_date_question(monday, today=monday - timedelta(days=1)) == (
        "Monday 30 Nov 2026 is 1 day from now. An arrival is recorded once she is here. "
        "Record it on that date anyway?")
    assert arrivals.arrival_date_question(monday, today=monday - timedelta(days=2)).startswith(
        "Monday 30 Nov 2026 is 2 days from now.")


# --- find a room and the board, on a real vault ---------------------------------------------


def test_find_a_room_and_the_board_in_welsh(new_vault, welsh):
    vault, _ = new_vault
    rooms, _stay, mine = _service(vault)
    found = _search(vault, mine)
    assert found.summary == ("Mae 1 ystafell ar gau, 1 yn llawn a 1 yn rhy fach i'w phlant: "
                             "gweler y rhestr isod.")
    why = {r.room: r for r in found.left_out}
    assert why["Occupied"].reason.startswith("Llawn, aelwyd H-0042") or \
        why["Occupied"].reason.startswith("Llawn tan")
    assert why["Closed"].reason.startswith("Ar gau (glanhau trylwyr)")
    assert why["Small"].nearest_text.startswith("Dim dyddiad: yn rhy fach i'w phlant")
    with pytest.raises(RoomNotFree) as refused:
        capacity.arrive(vault, room_id=rooms["Occupied"], on=TODAY, household_ref="H-0050",
                        name="Mari Jones")
    assert str(refused.value).startswith("Nid yw Occupied, Elm House yn rhydd am y nosweithiau "
                                         "hynny: mae aelwyd H-0042 yno o ")

    with vault.session() as s:
        tiles = {t.room: t for h in capacity.board(s, on=TODAY).houses for t in h.tiles}
    assert tiles["Free"].state.label == "Rhydd"
    assert tiles["Occupied"].state.label == "Llawn"
    assert tiles["Closed"].note.startswith("Glanhau trylwyr · yn ôl ")


def test_find_a_room_in_english_is_as_it_was(new_vault, qapp):
    vault, _ = new_vault
    _rooms, _stay, mine = _service(vault)
    found = _search(vault, mine)
    assert found.summary == ("1 room is closed, 1 occupied and 1 too small for her children: "
                             "see the list below.")
    why = {r.room: r for r in found.left_out}
    assert why["Closed"].reason.startswith("Closed (deep clean) until ")
    with vault.session() as s:
        tiles = {t.room: t for h in capacity.board(s, on=TODAY).houses for t in h.tiles}
    assert tiles["Closed"].note.startswith("Deep clean · back ")


def test_a_departure_reason_keeps_its_stored_value(new_vault, welsh):
    """Labels are words on screen; what is stored stays the enum's value."""
    assert DepartureReason.PLANNED_MOVE_ON.value == "planned_move_on"
    assert DepartureReason.PLANNED_MOVE_ON.label == "Symud ymlaen wedi'i gynllunio"


# --- the counted-words convention ------------------------------------------------------------


def test_each_counted_object_is_named_as_its_context():
    """lupdate reads `Name.tr(...)` with the context `Name`: the object must be called what it
    translates under, or the Welsh is looked up under a context lupdate never wrote."""
    found = 0
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Assign) and isinstance(node.value, ast.Call)
                    and (getattr(node.value.func, "id", "")
                         or getattr(node.value.func, "attr", "")) in {"Counted", "Counts"}):
                (target,) = node.targets
                assert isinstance(target, ast.Name)
                assert [target.id] == [a.value for a in node.value.args], path
                found += 1
    assert found >= 5


def test_every_plural_entry_has_the_five_welsh_forms():
    """Every entry marked as a plural has Qt's five Welsh forms (0; 1; 2-5; 6; other), each
    holding the count: a form left out would show English for the counts it covers."""
    ts = (Path(__file__).resolve().parents[1] / "resources" / "translations"
          / "refugedesk_cy.ts").read_text(encoding="utf-8")
    plurals = re.findall(r'<message numerus="yes">.*?</message>', ts, re.S)
    assert len(plurals) >= 40
    for message in plurals:
        assert message.count("<numerusform>") == 5, message


#: This part's modules (the domain and the vault), whose counts all go through `Counted`.
PART = ["errors.py", "db/**/*.py", "credentials.py", "access.py", "staff.py", "dates.py",
        "service_rules.py", "capacity_rules.py", "capacity.py", "houses.py", "referrals.py",
        "room_search.py", "occupancy_board.py", "arrivals.py", "moveon.py"]


def test_counts_in_this_part_have_plural_forms():
    """Every entry of this part with a %n has Qt's five Welsh plural forms (a translate call
    with a named count once lost them, and with them the Welsh for any count but 0)."""
    contexts = {found for pattern in PART for path in PACKAGE.glob(pattern)
                for found in re.findall(r'(?:translate|Counted)\(\s*"(\w+)"',
                                        path.read_text(encoding="utf-8"))}
    assert {"Errors", "FindARoom", "Arrivals", "MovingOn", "CapacityRules"} <= contexts
    ts = (Path(__file__).resolve().parents[1] / "resources" / "translations"
          / "refugedesk_cy.ts").read_text(encoding="utf-8")
    part = "".join(context for context in re.findall(r"<context>.*?</context>", ts, re.S)
                   if re.search(r"<name>(\w+)</name>", context).group(1) in contexts)
    for message in re.findall(r"<message[^>]*>.*?</message>", part, re.S):
        if "%n" in re.search(r"<source>(.*?)</source>", message, re.S).group(1):
            assert message.startswith('<message numerus="yes">'), message
            assert message.count("<numerusform>") == 5, message
