"""Houses and rooms: adding, changing and retiring them, and closing rooms for a while.

Managers and administrators add, change and retire houses and rooms; any signed-in staff member
may close a room (a deep clean, a repair, held for safety) and reopen it. Retiring keeps the row
and its history: a retired room simply stops counting from its retirement date.

A closure covers the nights [starts_on, ends_on): `ends_on` is the first night the room can be
used again; no `ends_on` means closed until someone reopens it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from refugedesk import audit, dates
from refugedesk.capacity_rules import (
    check_children,
    check_no_stays_or_offers,
    current_stays,
    fmt_day,
    lapse_offers,
    load_room,
    overlapping_closures,
    room_label,
)
from refugedesk.db.models import ClosureReason, House, Room, RoomClosure
from refugedesk.db.vault import Vault
from refugedesk.errors import (
    DatesOutOfOrder,
    NotAllowed,
    NotFound,
    RoomClosed,
    ValidationError,
)
from refugedesk.i18n import translate


def _require_manager(vault: Vault) -> None:
    if not vault.confirm_person().is_manager_or_admin:
        raise NotAllowed(translate("Houses", "Only a manager or an administrator can change "
                                   "houses and rooms."))


def _asks() -> dict[str, str]:
    """What an empty name or area is asked for with, by what it is."""
    return {"house's name": translate("Houses", "Enter the house's name."),
            "town or area": translate("Houses", "Enter the town or area."),
            "area": translate("Houses", "Enter the area."),
            "room's name": translate("Houses", "Enter the room's name.")}


def _text(value: str, field: str, what: str) -> str:
    cleaned = value.strip()
    if not cleaned:
        raise ValidationError(_asks()[what], field=field)
    return cleaned


def _places(value: int, field: str, *, minimum: int = 0) -> int:
    if value < minimum:
        raise ValidationError(translate("Houses", "Use a whole number of at least {minimum}.")
                              .format(minimum=minimum), field=field)
    return value


# --- houses ----------------------------------------------------------------------------------


def add_house(vault: Vault, *, name: str, area: str, address: str = "", phone: str = "",
              notes: str = "", accepts_nrpf: bool = False, pets_allowed: bool = False,
              languages: str = "", opened_on: date | None = None) -> int:
    """A new safe house. Its address and phone are never written to the audit trail."""
    dates.check_dates(opened_on=opened_on)
    _require_manager(vault)
    name = _text(name, "name", "house's name")
    area = _text(area, "area", "town or area")
    with vault.transaction() as session:
        if session.scalar(select(House.id).where(House.name == name)):
            raise ValidationError(translate("Houses", "There is already a house called {name}.")
                                  .format(name=name), field="name")
        house = House(name=name, area=area, address=address.strip(), phone=phone.strip(),
                      notes=notes, accepts_nrpf=accepts_nrpf, pets_allowed=pets_allowed,
                      languages=languages.strip(), opened_on=opened_on or date.today(),
                      created_by_id=vault.person.id, updated_by_id=vault.person.id)
        session.add(house)
        session.flush()
        audit.record(session, vault.person, "house_added", record_type="house",
                     record_id=house.id)
        return house.id


#: The house fields `edit_house` may change.
HOUSE_FIELDS = {"name", "area", "address", "phone", "notes", "accepts_nrpf", "pets_allowed",
                "languages"}


def edit_house(vault: Vault, house_id: int, **changes: object) -> None:
    """Change some of a house's details (see HOUSE_FIELDS). The audit event names the fields
    changed, never their values."""
    _require_manager(vault)
    unknown = set(changes) - HOUSE_FIELDS
    if unknown:
        raise TypeError(f"edit_house cannot change {sorted(unknown)}")
    with vault.transaction() as session:
        house = session.get(House, house_id)
        if house is None:
            raise NotFound("house")
        for field, value in changes.items():
            if field in ("name", "area"):
                value = _text(str(value), field, "house's name" if field == "name" else "area")
            setattr(house, field, value)
        house.updated_by_id = vault.person.id
        audit.record(session, vault.person, "house_changed", record_type="house",
                     record_id=house_id, detail="fields=" + ",".join(sorted(changes)))


def retire_house(vault: Vault, house_id: int, *, on: date | None = None) -> None:
    """Stop using a house from `on` (today by default): it and its rooms leave the board and
    stop counting as available. Refused while anyone is there or expected."""
    dates.check_dates(on=on)
    _require_manager(vault)
    on = on or date.today()
    with vault.transaction() as session:
        lapse_offers(session)
        house = session.get(House, house_id)
        if house is None:
            raise NotFound("house")
        if house.retired_on is not None:
            return
        if on < house.opened_on:
            raise DatesOutOfOrder(translate("Houses", "A house cannot be retired before it "
                                            "opened."), field="on")
        for room in house.rooms:
            if room.retired_on is None:
                _retire(session, vault, room, on)
        house.retired_on = on
        house.updated_by_id = vault.person.id
        audit.record(session, vault.person, "house_retired", record_type="house",
                     record_id=house_id, detail=f"on={on.isoformat()}")


# --- rooms -----------------------------------------------------------------------------------


def add_room(vault: Vault, *, house_id: int, name: str, adult_places: int = 1,
             child_places: int = 0, cots: int = 0, wheelchair_accessible: bool = False,
             ground_floor: bool = False, self_contained: bool = False, notes: str = "",
             opened_on: date | None = None) -> int:
    """A new room (unit) in a house."""
    dates.check_dates(opened_on=opened_on)
    _require_manager(vault)
    name = _text(name, "name", "room's name")
    with vault.transaction() as session:
        house = session.get(House, house_id)
        if house is None or house.retired_on is not None:
            raise NotFound("house")
        if session.scalar(select(Room.id).where(Room.house_id == house_id, Room.name == name)):
            raise ValidationError(translate("Houses", "{house} already has a room called "
                                            "{name}.").format(house=house.name, name=name),
                                  field="name")
        room = Room(house_id=house_id, name=name,
                    adult_places=_places(adult_places, "adult_places", minimum=1),
                    child_places=_places(child_places, "child_places"),
                    cots=_places(cots, "cots"), wheelchair_accessible=wheelchair_accessible,
                    ground_floor=ground_floor or wheelchair_accessible,
                    self_contained=self_contained, notes=notes,
                    opened_on=opened_on or date.today(),
                    created_by_id=vault.person.id, updated_by_id=vault.person.id)
        session.add(room)
        session.flush()
        audit.record(session, vault.person, "room_added", record_type="room", record_id=room.id)
        return room.id


ROOM_FIELDS = {"name", "adult_places", "child_places", "cots", "wheelchair_accessible",
               "ground_floor", "self_contained", "notes"}


def edit_room(vault: Vault, room_id: int, **changes: object) -> None:
    """Change some of a room's details (see ROOM_FIELDS). Fewer child places than the family
    living there needs is refused."""
    _require_manager(vault)
    unknown = set(changes) - ROOM_FIELDS
    if unknown:
        raise TypeError(f"edit_room cannot change {sorted(unknown)}")
    with vault.transaction() as session:
        room = load_room(session, room_id)
        for field, value in changes.items():
            if field in ("adult_places", "child_places", "cots"):
                value = _places(int(value), field,  # type: ignore[call-overload]  # a number from the form
                                minimum=1 if field == "adult_places" else 0)
            elif field == "name":
                value = _text(str(value), "name", "room's name")
            setattr(room, field, value)
        for stay in current_stays(session, room.id):
            check_children(room, stay.children_count, stay.children_ages)
        room.updated_by_id = vault.person.id
        audit.record(session, vault.person, "room_changed", record_type="room",
                     record_id=room_id, detail="fields=" + ",".join(sorted(changes)))


def _retire(session: Session, vault: Vault, room: Room, on: date) -> None:
    if on < room.opened_on:
        raise DatesOutOfOrder(translate("Houses", "A room cannot be retired before it opened."),
                              field="on")
    check_no_stays_or_offers(session, room, on, None)
    room.retired_on = on
    room.updated_by_id = vault.person.id
    audit.record(session, vault.person, "room_retired", record_type="room", record_id=room.id,
                 detail=f"on={on.isoformat()}")


def retire_room(vault: Vault, room_id: int, *, on: date | None = None) -> None:
    """Stop using a room from `on` (today by default). Its history stays; it stops counting as
    available from that night. Refused while a stay or a live offer uses it then or later."""
    dates.check_dates(on=on)
    _require_manager(vault)
    with vault.transaction() as session:
        lapse_offers(session)
        room = load_room(session, room_id)
        if room.retired_on is None:
            _retire(session, vault, room, on or date.today())


# --- closures --------------------------------------------------------------------------------


def close_room(vault: Vault, *, room_id: int, starts_on: date, ends_on: date | None = None,
               reason: ClosureReason, note: str = "") -> int:
    """Take a room out of use for the nights [starts_on, ends_on) (no end: until reopened).
    Refused if anyone is staying or expected then, or if it is already closed then."""
    dates.check_dates(starts_on=starts_on, ends_on=ends_on)
    reason = ClosureReason(reason)
    if ends_on is not None and ends_on <= starts_on:
        raise DatesOutOfOrder(translate("Houses", "The room must reopen after the day it "
                                        "closes."), field="ends_on")
    with vault.transaction() as session:
        lapse_offers(session)
        room = load_room(session, room_id)
        if room.retired_on is not None:
            raise RoomClosed(room_label(room), translate("Houses", "it has been retired"))
        clash = next(iter(overlapping_closures(session, room.id, starts_on, ends_on)), None)
        if clash is not None:
            raise RoomClosed(room_label(room), _closure_when(clash))
        check_no_stays_or_offers(session, room, starts_on, ends_on)
        closure = RoomClosure(room_id=room.id, starts_on=starts_on, ends_on=ends_on,
                              reason=reason, note=note,
                              created_by_id=vault.person.id, updated_by_id=vault.person.id)
        session.add(closure)
        session.flush()
        audit.record(session, vault.person, "room_closed", record_type="room",
                     record_id=room.id,
                     detail=f"closure={closure.id} from={starts_on.isoformat()} "
                            f"until={ends_on.isoformat() if ends_on else 'open'} "
                            f"reason={reason}")
        return closure.id


def reopen_room(vault: Vault, *, closure_id: int, on: date | None = None) -> None:
    """End a closure: the room is back in use from the night of `on` (today by default). A
    closure that had not started yet is removed altogether."""
    dates.check_dates(on=on)
    on = on or date.today()
    with vault.transaction() as session:
        closure = session.get(RoomClosure, closure_id)
        if closure is None:
            raise NotFound("closure")
        if closure.ends_on is not None and closure.ends_on <= on:
            return  # already back in use by then
        if on <= closure.starts_on:
            session.delete(closure)
        else:
            closure.ends_on = on
            closure.updated_by_id = vault.person.id
        audit.record(session, vault.person, "room_reopened", record_type="room",
                     record_id=closure.room_id,
                     detail=f"closure={closure_id} from={on.isoformat()}")


def _closure_when(closure: RoomClosure) -> str:
    """Why a room cannot be closed again: the closure it already has then."""
    start = fmt_day(closure.starts_on)
    if closure.ends_on is None:
        return translate("Houses", "it is already closed then (from {start}, no reopening "
                         "date)").format(start=start)
    return translate("Houses", "it is already closed then (from {start}, reopening {end})"
                     ).format(start=start, end=fmt_day(closure.ends_on))


# --- reading ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class HouseInfo:
    id: int
    name: str
    area: str


def list_houses(session: Session, *, active_only: bool = True) -> list[HouseInfo]:
    """Houses in name order (no address or phone: those are read only where shown)."""
    query = select(House.id, House.name, House.area).order_by(House.name)
    if active_only:
        query = query.where(House.retired_on.is_(None))
    return [HouseInfo(*row) for row in session.execute(query)]


@dataclass(frozen=True)
class RoomInfo:
    id: int
    house_id: int
    house: str
    name: str
    child_places: int
    cots: int
    wheelchair_accessible: bool
    self_contained: bool
    active: bool


def list_rooms(session: Session, *, active_only: bool = True) -> list[RoomInfo]:
    """Every room with its house's name, houses and rooms in name order."""
    query = (select(Room, House.name).join(House, Room.house_id == House.id)
             .order_by(House.name, Room.name))
    if active_only:
        query = query.where(Room.retired_on.is_(None))
    return [RoomInfo(r.id, r.house_id, h, r.name, r.child_places, r.cots,
                     r.wheelchair_accessible, r.self_contained, r.retired_on is None)
            for r, h in session.execute(query)]


@dataclass(frozen=True)
class HouseDetails:
    """Everything editable about a house, including its confidential address and phone."""

    id: int
    name: str
    area: str
    address: str
    phone: str
    languages: str
    accepts_nrpf: bool
    pets_allowed: bool
    notes: str


def house_details(vault: Vault, house_id: int) -> HouseDetails:
    """Read a house's details to show or edit them. Showing the confidential address is
    recorded in the audit trail (who looked, which house; never the address itself)."""
    with vault.transaction() as session:
        house = session.get(House, house_id)
        if house is None:
            raise NotFound("house")
        audit.record(session, vault.person, "house_address_viewed", record_type="house",
                     record_id=house_id)
        return HouseDetails(house.id, house.name, house.area, house.address, house.phone,
                            house.languages, house.accepts_nrpf, house.pets_allowed,
                            house.notes)


@dataclass(frozen=True)
class RoomDetails:
    id: int
    name: str
    child_places: int
    cots: int
    wheelchair_accessible: bool
    ground_floor: bool
    self_contained: bool
    notes: str


def room_details(session: Session, room_id: int) -> RoomDetails:
    room = load_room(session, room_id)
    return RoomDetails(room.id, room.name, room.child_places, room.cots,
                       room.wheelchair_accessible, room.ground_floor, room.self_contained,
                       room.notes)
