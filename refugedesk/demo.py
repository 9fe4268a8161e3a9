"""A fictional refuge service for trying RefugeDesk. Every name here is made up.

`create_demo_vault` also fills in five safe houses in made-up towns (47 rooms, two of them
wheelchair accessible) and two years of generated referrals, offers, stays and closures, so the
board and the spreadsheets show something real on first run. `add_network` is the same generator
at any scale (benchmarks/ uses it for 60 houses, 400 rooms, five years).

The demo vault's three accounts are `admin`, `manager` and `worker`, each with the password
`demo`. A demo vault alone is exempt from the password rule; the app marks it DEMO everywhere.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import insert

from refugedesk import audit, staff
from refugedesk.db.models import (
    ClosureReason,
    DeclineReason,
    DepartureReason,
    House,
    Organisation,
    Referral,
    ReferralChannel,
    ReferralSource,
    Reservation,
    ReservationState,
    RiskLevel,
    Role,
    Room,
    RoomClosure,
    Stay,
)
from refugedesk.db.vault import Vault

DEMO_PASSWORD = "demo"
DEMO_ORGANISATION = "Demo Refuge Network (fictional)"
DEMO_STAFF = [
    # username, display name, role
    ("admin", "Alex Admin (demo)", Role.ADMINISTRATOR),
    ("manager", "Morgan Manager (demo)", Role.MANAGER),
    ("worker", "Sam Worker (demo)", Role.SUPPORT_WORKER),
]


def create_demo_vault(path: Path) -> Vault:
    """Make a demo vault at `path`, opened as `admin`. The recovery code is thrown away: the
    demo holds nothing worth recovering."""
    username, display_name, _role = DEMO_STAFF[0]
    vault, _code = Vault.create(path, organisation=DEMO_ORGANISATION, username=username,
                                display_name=display_name, password=DEMO_PASSWORD, demo=True)
    with vault.transaction() as session:
        audit.record(session, vault.person, "vault_created", detail="demo")
    for username, display_name, role in DEMO_STAFF[1:]:
        staff.add_staff(vault, username=username, display_name=display_name, role=role,
                        password=DEMO_PASSWORD, check_strength=False)
    add_network(vault)
    return vault


def is_demo(vault: Vault) -> bool:
    from sqlalchemy import select

    with vault.session() as session:
        return bool(session.scalar(select(Organisation.is_demo)))


# --- houses, rooms, referrals and stays ----------------------------------------------------------

DEMO_HOUSES = [
    # name, town (all fictional), rooms, languages, takes women with no recourse to public funds
    ("Rowan House", "Northtown", 10, "Polish", True),
    ("Hazel House", "Eastbridge", 10, "Urdu, Punjabi", False),
    ("Willow House", "Southmere", 9, "", True),
    ("Birch House", "Westfold", 9, "Romanian", False),
    ("Cedar House", "Lowmoor", 9, "Arabic", False),
]
#: Obviously made-up surnames, so no demo record can be mistaken for a real woman.
FIRST = ["Amy", "Bea", "Cara", "Dina", "Esme", "Fay", "Gita", "Hana", "Iris", "Jo", "Kemi",
         "Lena", "Mira", "Nia", "Ola", "Pia", "Rae", "Sana", "Tess", "Uma", "Vi", "Wren", "Zoe"]
SURNAMES = ["Example", "Sample", "Placeholder", "Madeup", "Testcase", "Fictional", "Dummy",
            "Notreal", "Specimen", "Mockley"]


def _house_names(count: int) -> list[tuple[str, str, int, str, bool]]:
    if count <= len(DEMO_HOUSES):
        return DEMO_HOUSES[:count]
    trees = ["Alder", "Ash", "Aspen", "Beech", "Elm", "Fir", "Holly", "Larch", "Lime", "Maple",
             "Oak", "Pine", "Poplar", "Rowan", "Yew", "Hazel"]
    return [(f"{trees[i % len(trees)]} House {i + 1}", f"Town {i + 1}", 0, "", i % 3 == 0)
            for i in range(count)]


def add_network(vault: Vault, *, houses: int = 5, rooms: int = 47, years: float = 2.0,
                seed: int = 47, today: date | None = None) -> dict[str, int]:
    """Fill a vault with a fictional refuge network: houses, rooms, and `years` of referrals,
    offers, stays and closures up to `today`, generated from `seed` (the same every time).

    Written in bulk in one transaction (not through capacity.py, which would take minutes at
    benchmark scale), but by construction it keeps every placement rule: per room, stays and
    closures follow one another without overlapping. Returns counts of what was made.
    """
    rng = random.Random(seed)
    today = today or date.today()
    first_day = today - timedelta(days=round(365.25 * years))
    now = datetime.now(UTC)
    who = vault.person.id
    tracked = {"created_by_id": who, "updated_by_id": who, "created_at": now, "updated_at": now}
    house_rows, room_rows, closures, stays, referrals, offers = [], [], [], [], [], []
    specs = _house_names(houses)
    per_house = [rooms // houses + (1 if i < rooms % houses else 0) for i in range(houses)]
    room_id = 0
    accessible = {0, rooms // 2}  # two accessible rooms, in different houses
    for h, (name, town, _n, languages, nrpf) in enumerate(specs):
        house_rows.append(dict(
            id=h + 1, name=name, area=town, address=f"{h + 1} Example Street, {town} (fictional)",
            phone=f"01632 960{h:03d}", notes="", accepts_nrpf=nrpf, pets_allowed=h == 2,
            languages=languages, opened_on=first_day - timedelta(days=365), retired_on=None,
            **tracked))
        for r in range(per_house[h]):
            room_id += 1
            is_accessible = (room_id - 1) in accessible
            room_rows.append(dict(
                id=room_id, house_id=h + 1, name=f"Room {r + 1}", adult_places=1,
                child_places=rng.choice([0, 1, 2, 2, 3, 3, 4]), cots=rng.choice([0, 0, 1]),
                wheelchair_accessible=is_accessible, ground_floor=is_accessible or r < 2,
                self_contained=rng.random() < 0.3, notes="", opened_on=house_rows[-1]["opened_on"],
                retired_on=None, **tracked))

    def received(before: date) -> datetime:
        day = before - timedelta(days=rng.randint(1, 10))
        return datetime.combine(day, time(rng.randint(8, 19), rng.randint(0, 59)), UTC)

    def referral(at: datetime, status: str, children: int, **extra: object) -> int:
        referrals.append(dict(
            id=len(referrals) + 1, received_at=at, channel=rng.choice(list(ReferralChannel)),
            source=rng.choice(list(ReferralSource)), referrer_contact="Referrer (fictional)",
            name=f"{rng.choice(FIRST)} {rng.choice(SURNAMES)}", children_count=children,
            children_ages=",".join(str(rng.randint(0, 15)) for _ in range(children)),
            needs_wheelchair=False, needs_ground_floor=False, language="",
            needs_interpreter=False, nrpf=False, pets=False,
            risk_level=rng.choice(list(RiskLevel)),
            excluded_areas=rng.choice([s[1] for s in specs]), status=status,
            decline_reason=extra.get("decline_reason"), outcome_note="",
            closed_at=None if status in ("new", "assessing", "room_offered") else at, **tracked))
        return len(referrals)

    for room in room_rows:
        day = first_day + timedelta(days=rng.randint(0, 30))
        places = room["child_places"] + room["cots"]
        while day <= today:
            if rng.random() < 0.08:  # a closure between stays
                length = rng.choice([2, 3, 7, 14, 30])
                closures.append(dict(id=len(closures) + 1, room_id=room["id"], starts_on=day,
                                     ends_on=day + timedelta(days=length),
                                     reason=rng.choice(list(ClosureReason)), note="",
                                     **tracked))
                day += timedelta(days=length + rng.randint(0, 5))
                continue
            length = rng.choice([0, 2, 9, 30, 45, 60, 90, 90, 120, 150, 180, 240])
            left = day + timedelta(days=length)
            children = rng.randint(0, min(places, 3))
            ref_id = referral(received(day), "arrived", children)
            offer_id = len(offers) + 1
            offers.append(dict(id=offer_id, room_id=room["id"], referral_id=ref_id,
                               arriving_on=day, leaving_on=day + timedelta(days=14),
                               held_until=datetime.combine(day, time(18), UTC),
                               state=ReservationState.CONVERTED.value, **tracked))
            still_here = left > today
            if still_here and rng.random() < 0.3:
                # Some rooms empty now, and some families leaving today.
                left = max(day, today - timedelta(days=rng.choice([0, 1, 3, 6, 10])))
                still_here = False
            reason = None if still_here else rng.choice(
                [d for d in DepartureReason if d is not DepartureReason.MOVED_ROOM])
            stays.append(dict(
                id=len(stays) + 1, room_id=room["id"], referral_id=ref_id,
                reservation_id=offer_id, moved_from_id=None,
                household_ref=f"D-{len(stays) + 1:05d}",
                name=referrals[-1]["name"], children_count=children,
                children_ages=referrals[-1]["children_ages"], arrived_on=day,
                first_arrived_on=day, left_on=None if still_here else left,
                departure_reason=reason, **tracked))
            if still_here:
                break
            day = left + timedelta(days=rng.choice([0, 0, 1, 2, 3, 5, 10]))
        else:
            # Free today: now and then an offer held for a new referral, arriving soon.
            if rng.random() < 0.3:
                ref_id = referral(now - timedelta(hours=rng.randint(2, 30)), "room_offered",
                                  min(places, 1))
                arriving = today + timedelta(days=rng.randint(0, 2))
                offers.append(dict(id=len(offers) + 1, room_id=room["id"], referral_id=ref_id,
                                   arriving_on=arriving, leaving_on=arriving + timedelta(days=28),
                                   held_until=now + timedelta(hours=rng.randint(4, 48)),
                                   state=ReservationState.HELD.value, **tracked))

    # Most referrals to a refuge end without an admission; their reasons are what commissioners
    # ask about.
    span = (today - first_day).days
    for _ in range(len(stays) * 3):
        at = datetime.combine(first_day + timedelta(days=rng.randint(0, span)),
                              time(rng.randint(8, 19)), UTC)
        outcome = rng.choices(
            ["declined_by_service", "declined_by_her", "withdrawn"], [6, 2, 2])[0]
        reason = rng.choices(list(DeclineReason), [6, 2, 2, 1])[0].value \
            if outcome == "declined_by_service" else None
        referral(at, outcome, rng.randint(0, 3), decline_reason=reason)
    for _ in range(6):
        referral(now - timedelta(hours=rng.randint(1, 72)), rng.choice(["new", "assessing"]),
                 rng.randint(0, 2))

    with vault.transaction() as session:
        for model, rows in [(House, house_rows), (Room, room_rows), (RoomClosure, closures),
                            (Referral, referrals), (Reservation, offers), (Stay, stays)]:
            if rows:
                session.execute(insert(model), rows)
        audit.record(session, vault.person, "demo_network_added",
                     detail=f"houses={houses} rooms={rooms} stays={len(stays)}")
    return {"houses": len(house_rows), "rooms": len(room_rows), "stays": len(stays),
            "referrals": len(referrals), "closures": len(closures), "offers": len(offers)}
