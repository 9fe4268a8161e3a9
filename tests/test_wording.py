"""Counts read right wherever a worker meets them ("1 child", never "1 children"; "1 cot", never
"1 cots"; "12 attended, 2 more than needed", never "12 of 10 needed"), and "Drugs or alcohol",
never "Drugs alcohol"."""

from __future__ import annotations

from datetime import date

import pytest

from refugedesk import capacity, houses
from refugedesk.capacity_rules import check_family, places_fit
from refugedesk.db.models import Agency
from refugedesk.errors import NotEnoughPlaces, ValidationError


def test_a_family_too_big_for_a_room_is_counted_in_good_english():
    assert places_fit(0, 0, 1, []) == \
        "it has 0 child places and 0 cots, and this family has 1 child."
    assert places_fit(1, 1, 3, []) == \
        "it has 1 child place and 1 cot, and this family has 3 children."
    assert places_fit(0, 1, 1, [3]) == \
        "it has 0 child places and her child is 2 or older (too old for a cot)."
    assert places_fit(1, 2, 3, [4, 5, 0]) == \
        "it has 1 child place and 2 of the children are 2 or older (too old for a cot)."


def test_ages_that_do_not_match_the_children_are_counted_in_good_english():
    with pytest.raises(ValidationError) as err:
        check_family(2, [4])
    assert str(err.value).startswith("1 age is given for 2 children.")
    with pytest.raises(ValidationError) as err:
        check_family(1, [4, 6])
    assert str(err.value).startswith("2 ages are given for 1 child.")


def test_arriving_in_a_room_with_no_child_place_says_1_child(new_vault):
    vault, _ = new_vault
    house = houses.add_house(vault, name="Elm", area="N", opened_on=date(2020, 1, 1))
    room = houses.add_room(vault, house_id=house, name="A", opened_on=date(2020, 1, 1))
    with pytest.raises(NotEnoughPlaces) as err:
        capacity.arrive(vault, room_id=room, on=date(2030, 1, 3), household_ref="H-1",
                        name="Test Resident", children_count=1)
    assert "this family has 1 child." in str(err.value)
    # Nothing was saved: the room is still free that night.
    with vault.session() as s:
        board = capacity.board(s, on=date(2030, 1, 3))
    assert board.free_rooms == 1


def test_the_drugs_and_alcohol_service_is_named_in_words():
    assert Agency.DRUGS_ALCOHOL.label == "Drugs or alcohol"
    assert Agency.CHILDRENS_SOCIAL_CARE.label == "Children's social care"  # unchanged
