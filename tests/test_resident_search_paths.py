"""The residents search finds the same page, in the same order, whichever way it takes: walking
residents by name until the page is full (when many words start with what was typed: a letter
or two) or gathering the few matching words (resident_search._walk_pays decides)."""

from __future__ import annotations

from refugedesk import resident_search, residents
from refugedesk.resident_search import search_residents

SURNAMES = ["Bell", "Berry", "Brook", "Banks", "Stone", "Bishop", "Blake", "Bond"]


def make_people(vault) -> dict[str, int]:
    """60 women, most with a surname starting with B, each with a child whose name starts
    with B too: many words start with 'b', few with 'sto' or 'bish'."""
    ids = {}
    for n in range(60):
        name = f"{chr(ord('A') + n % 26)}{'a' * (1 + n // 26)}na {SURNAMES[n % len(SURNAMES)]}"
        rid = residents.create_resident(vault, reference=f"R-{n:04d}", name=name)
        residents.add_child(vault, resident_id=rid, name=f"Bo {n}")
        ids[name] = rid
    return ids


def expected(ids: dict[str, int], prefix: str) -> list[str]:
    found = [name for name in ids
             if any(w.startswith(prefix) for w in name.casefold().split())
             or prefix == "b"]  # every child is "Bo n"
    return sorted(found, key=lambda name: (name, ids[name]))


def names(vault, text: str, **kw) -> list[str]:
    with vault.session() as session:
        return [r.name for r in search_residents(session, text, **kw)]


def takes_the_walk(vault, text: str, page: int) -> bool:
    with vault.session() as session:
        return resident_search._walk_pays(session, text, page)


def test_one_letter_finds_the_first_page_in_name_order_by_walking(new_vault):
    vault, _ = new_vault
    ids = make_people(vault)
    assert takes_the_walk(vault, "b", 5)  # 120 words start with b; the walk is cheaper
    assert names(vault, "b", limit=5) == expected(ids, "b")[:5]
    # page after page, the same order as one long page, nobody twice or left out
    pages = [names(vault, "B", limit=5, offset=k) for k in range(0, 60, 5)]
    assert [n for p in pages for n in p] == expected(ids, "b")
    assert names(vault, "b", limit=100) == expected(ids, "b")


def test_a_rarer_prefix_gathers_its_words_and_gives_the_same_order(new_vault):
    vault, _ = new_vault
    ids = make_people(vault)
    assert not takes_the_walk(vault, "sto", 5)
    assert names(vault, "sto", limit=5) == expected(ids, "sto")[:5]
    assert names(vault, "sto") == expected(ids, "sto")


def test_the_walk_keeps_every_word_and_filter(new_vault):
    vault, _ = new_vault
    ids = make_people(vault)
    assert takes_the_walk(vault, "b", 5)
    both = [n for n in expected(ids, "b") if n.split()[1].startswith("Bi")]
    assert names(vault, "b bi", limit=5) == both[:5]  # each word must match
    assert names(vault, "b", limit=5, in_refuge_now=True) == []  # nobody is staying
    assert names(vault, "b zz", limit=5) == []
