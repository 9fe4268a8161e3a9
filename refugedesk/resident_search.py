"""The residents list: the words each resident can be found by, kept in resident_search_term
(rewritten by `reindex` whenever a name, known-as, reference or child's name changes), and the
search and filters over them that fill the list a page at a time.
"""

from __future__ import annotations

import re
import time
import weakref
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Engine, Select, and_, delete, func, insert, or_, select
from sqlalchemy.orm import Session

from refugedesk.db.models import (
    Child,
    DepartureReason,
    House,
    Resident,
    ResidentSearchTerm,
    RiskLevel,
    Room,
    StaffMember,
    Stay,
)

# --- the search index --------------------------------------------------------------------------

_WORD = re.compile(r"\w+")


def search_words(text: str) -> list[str]:
    """The words `text` is found by: runs of letters and digits, folded to lower case."""
    return _WORD.findall(text.casefold())


def reindex(session: Session, resident_id: int) -> None:
    """Rewrite the words she can be found by: her names, known-as, reference, her children."""
    resident = session.get_one(Resident, resident_id)
    terms = set(search_words(resident.name)) | set(search_words(resident.known_as))
    terms |= set(search_words(resident.reference)) | {resident.reference.casefold()}
    for child_name in session.scalars(select(Child.name).where(Child.resident_id == resident_id)):
        terms |= set(search_words(child_name))
    session.execute(delete(ResidentSearchTerm).where(
        ResidentSearchTerm.resident_id == resident_id))
    if terms:
        session.execute(insert(ResidentSearchTerm),
                        [{"term": t[:120], "resident_id": resident_id, "name": resident.name}
                         for t in sorted({t[:120] for t in terms})])


# --- the residents list --------------------------------------------------------------------------


@dataclass(frozen=True)
class ResidentRow:
    id: int
    reference: str
    name: str
    known_as: str
    risk_level: RiskLevel | None
    key_worker: str | None
    house: str | None
    room: str | None

    @property
    def in_refuge(self) -> bool:
        return self.room is not None


def _current_stays(today: date) -> ColumnElement[bool]:
    return and_(Stay.resident_id.is_not(None), Stay.arrived_on <= today,
                or_(Stay.left_on.is_(None), Stay.left_on > today))


def _filters(column: Any, *, today: date, in_refuge_now: bool, house_id: int | None,
             key_worker_id: int | None, risk_level: RiskLevel | None,
             left_in_last_year: bool) -> list[Any]:
    """The list's filters as conditions on a resident id column. Each is a set of ids from an
    indexed query (her stays, her key worker, her level), so the search never reads every
    resident to apply one."""
    here = select(Stay.resident_id).where(_current_stays(today))
    conditions = []
    if in_refuge_now:
        conditions.append(column.in_(here))
    if house_id is not None:
        conditions.append(column.in_(here.join(Room, Stay.room_id == Room.id).where(
            Room.house_id == house_id)))
    if key_worker_id is not None:
        conditions.append(column.in_(select(Resident.id).where(
            Resident.key_worker_id == key_worker_id)))
    if risk_level is not None:
        conditions.append(column.in_(select(Resident.id).where(
            Resident.risk_level == RiskLevel(risk_level))))
    if left_in_last_year:
        conditions.append(column.in_(select(Stay.resident_id).where(
            Stay.resident_id.is_not(None), Stay.left_on > today - timedelta(days=365),
            Stay.left_on <= today, Stay.departure_reason != DepartureReason.MOVED_ROOM,
            Stay.departure_reason != DepartureReason.RECORDED_IN_ERROR)))
        conditions.append(column.not_in(here))
    return conditions


def _term_range(word: str) -> ColumnElement[bool]:
    return and_(ResidentSearchTerm.term >= word, ResidentSearchTerm.term < word + "\U0010ffff")


def _matching_ids(words: list[str]) -> Select[int, str]:
    """Residents with a search word starting with each of `words`, one row each, with her
    name to sort on: a range scan of ix_resident_search_term_cover for the first word (the
    index holds the names too, so nothing else is read) and a set for each further word."""
    term = ResidentSearchTerm
    query = select(term.resident_id, func.min(term.name).label("name")).where(
        _term_range(words[0]))
    for word in words[1:6]:
        query = query.where(term.resident_id.in_(select(term.resident_id).where(
            _term_range(word))))
    return query.group_by(term.resident_id)


#: How the first page is found when many search words start with what was typed (a letter or
#: two): by walking residents in name order and keeping those with a matching word
#: (ix_resident_name, then each one's own words through ix_resident_search_term_resident_id),
#: which stops once the page is full; otherwise by gathering the matching words and sorting
#: them by name (their range of ix_resident_search_term_cover), which costs what they number.
#: The walk reads about (page x residents / matches) residents at ~WALK_COST each, the range
#: about `matches` words at ~RANGE_COST each (measured on 100k residents, 636k words): the
#: walk wins above sqrt(page x residents x WALK_COST / RANGE_COST) matches, ~15,000 there.
WALK_COST, RANGE_COST = 43.0, 1.8


def _walk_pays(session: Session, word: str, page: int) -> bool:
    """Whether walking residents by name finds this page sooner than gathering the words
    starting with `word`. Counts those words no further than the point where it does."""
    residents = _residents_on_file(session)
    enough = int((page * residents * WALK_COST / RANGE_COST) ** 0.5)
    found = select(ResidentSearchTerm.term).where(_term_range(word)).limit(enough + 1)
    return (session.scalar(select(func.count()).select_from(found.subquery())) or 0) > enough


#: How long the number of residents on file is taken as known (seconds). It only weighs the
#: choice between two ways to the same page, so a minute's staleness costs nothing, and not
#: asking again saves each search a round trip on a server.
RESIDENTS_KNOWN_FOR = 60.0
_residents_known: weakref.WeakKeyDictionary[Engine, tuple[float, int]] = (
    weakref.WeakKeyDictionary())


def _residents_on_file(session: Session) -> int:
    """About how many residents are on file (the highest id), asked at most once a
    RESIDENTS_KNOWN_FOR on each engine."""
    engine = session.get_bind().engine
    now = time.monotonic()
    known = _residents_known.get(engine)
    if known is not None and now - known[0] < RESIDENTS_KNOWN_FOR:
        return known[1]
    residents = session.scalar(select(func.max(Resident.id))) or 0
    _residents_known[engine] = (now, residents)
    return residents


def _walk_by_name(words: list[str]) -> Select[int]:
    """Residents in name order who have a search word starting with each of `words`: read in
    ix_resident_name's order, each checked through her own few words, so a LIMIT stops the
    walk as soon as the page is full."""
    term = ResidentSearchTerm
    query = select(Resident.id)
    for word in words[:6]:
        # the prefix as substr(), not a range: a range would draw SQLite to the term index
        # and make it read every matching word for each resident
        query = query.where(select(term.resident_id).where(
            term.resident_id == Resident.id,
            func.substr(term.term, 1, len(word)) == word).exists())
    return query.order_by(Resident.name, Resident.id)


def search_residents(session: Session, text: str = "", *, in_refuge_now: bool = False,
                     house_id: int | None = None, key_worker_id: int | None = None,
                     risk_level: RiskLevel | None = None, left_in_last_year: bool = False,
                     today: date | None = None, limit: int = 100,
                     offset: int = 0) -> list[ResidentRow]:
    """A page of residents, by name, for the residents list. `text` matches the start of any
    word of her name or known-as name, of her reference, or of a child's name; several words
    must all match. Text with no letters or digits in it matches nobody. The filters narrow
    the list further."""
    today = today or date.today()
    words = search_words(text)
    if text.strip() and not words:
        return []
    filters: dict[str, Any] = dict(today=today, in_refuge_now=in_refuge_now, house_id=house_id,
                   key_worker_id=key_worker_id, risk_level=risk_level,
                   left_in_last_year=left_in_last_year)
    # The page's ids with the name they sort by, then everything the list shows of each in
    # the same statement: one round trip to a server, however the ids are found.
    page: Select[int, str]
    if words and _walk_pays(session, words[0], limit + offset):
        page = (_walk_by_name(words).add_columns(Resident.name.label("sort"))
                .where(*_filters(Resident.id, **filters)))
    elif words:
        page = (_matching_ids(words).where(*_filters(ResidentSearchTerm.resident_id, **filters))
                .order_by(func.min(ResidentSearchTerm.name), ResidentSearchTerm.resident_id))
    else:
        # in name order straight from ix_resident_name
        page = (select(Resident.id, Resident.name.label("sort"))
                .where(*_filters(Resident.id, **filters)).order_by(Resident.name, Resident.id))
    found = page.limit(limit).offset(offset).subquery()
    rows = session.execute(
        select(Resident.id, Resident.reference, Resident.name, Resident.known_as,
               Resident.risk_level, StaffMember.display_name, House.name, Room.name)
        .select_from(found).join(Resident, Resident.id == found.c[0])
        .outerjoin(StaffMember, StaffMember.id == Resident.key_worker_id)
        .outerjoin(Stay, and_(Stay.resident_id == Resident.id, _current_stays(today)))
        .outerjoin(Room, Room.id == Stay.room_id).outerjoin(House, House.id == Room.house_id)
        # (were two of her stays "today", a fault in the records, the one current_stay goes
        # by, so the list and her record's header agree)
        .order_by(found.c[1], found.c[0], Stay.arrived_on.desc(), Stay.id.desc()))
    listed: dict[int, ResidentRow] = {}
    for rid, reference, name, known_as, risk, key_worker, house, room in rows:
        listed.setdefault(rid, ResidentRow(rid, reference, name, known_as, risk, key_worker,
                                           house, room))
    return list(listed.values())


def count_residents(session: Session, text: str = "") -> int:
    """How many residents `text` finds (all of them when it is empty)."""
    words = search_words(text)
    if text.strip() and not words:
        return 0
    if not words:
        return session.scalar(select(func.count()).select_from(Resident)) or 0
    return session.scalar(select(func.count()).select_from(_matching_ids(words).subquery())) or 0
