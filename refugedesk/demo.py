"""A fictional refuge service for trying RefugeDesk. Every name here is made up.

`create_demo_vault` also fills in five safe houses in made-up towns (47 rooms, two of them
wheelchair accessible) and two years of generated referrals, offers, stays and closures, so the
board and the spreadsheets show something real on first run. `add_network` is the same generator
at any scale (benchmarks/ uses it for 60 houses, 400 rooms, five years).

The demo vault's three accounts are `admin`, `manager` and `worker`, each with the password
`demo`. A demo vault alone is exempt from the password rule; the app marks it DEMO everywhere.
"""

from __future__ import annotations

import json
import random
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import insert

from refugedesk import audit, household_refs, staff
from refugedesk.db.models import (
    Abuser,
    ActionOwner,
    Agency,
    Attendance,
    Base,
    Child,
    ClosureReason,
    Consent,
    Contact,
    ContactMode,
    ContactPlace,
    CourtOrder,
    CourtOrderKind,
    DeclineReason,
    DepartureReason,
    Goal,
    House,
    Incident,
    IncidentKind,
    IncidentResident,
    MaracReferral,
    NeedArea,
    NeedsAssessment,
    NeedScore,
    Organisation,
    PlanAction,
    Programme,
    ProgrammeSession,
    Referral,
    ReferralChannel,
    ReferralOut,
    ReferralOutStatus,
    ReferralSource,
    Reservation,
    ReservationState,
    Resident,
    ResidentSearchTerm,
    RiskAssessment,
    RiskLevel,
    Role,
    Room,
    RoomClosure,
    StaffMember,
    Stay,
    SupportPlan,
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
    add_records(vault)
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
    tracked: dict[str, Any] = {"created_by_id": who, "updated_by_id": who, "created_at": now,
                               "updated_at": now}
    house_rows: list[dict[str, Any]] = []
    room_rows: list[dict[str, Any]] = []
    closures: list[dict[str, Any]] = []
    stays: list[dict[str, Any]] = []
    referrals: list[dict[str, Any]] = []
    offers: list[dict[str, Any]] = []
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
                               state=ReservationState.CONVERTED, **tracked))
            still_here = left > today
            if still_here and rng.random() < 0.3:
                # Some rooms empty now, and some families leaving today.
                left = max(day, today - timedelta(days=rng.choice([0, 1, 3, 6, 10])))
                still_here = False
            reason = None if still_here else rng.choice(
                [d for d in DepartureReason if d is not DepartureReason.MOVED_ROOM])
            if reason is DepartureReason.RECORDED_IN_ERROR:
                reason = DepartureReason.OTHER  # not a departure (the same random draws)
            stays.append(dict(
                id=len(stays) + 1, room_id=room["id"], referral_id=ref_id,
                reservation_id=offer_id, moved_from_id=None,
                household_ref="",  # issued below, as every arrival's is
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
                                   state=ReservationState.HELD, **tracked))

    # Most referrals to a refuge end without an admission; their reasons are what commissioners
    # ask about.
    span = (today - first_day).days
    for _ in range(len(stays) * 3):
        at = datetime.combine(first_day + timedelta(days=rng.randint(0, span)),
                              time(rng.randint(8, 19)), UTC)
        outcome = rng.choices(
            ["declined_by_service", "declined_by_her", "withdrawn"], [6, 2, 2])[0]
        decline = rng.choices(list(DeclineReason), [6, 2, 2, 1])[0] \
            if outcome == "declined_by_service" else None
        referral(at, outcome, rng.randint(0, 3), decline_reason=decline)
    for _ in range(6):
        referral(now - timedelta(hours=rng.randint(1, 72)), rng.choice(["new", "assessing"]),
                 rng.randint(0, 2))

    with vault.transaction() as session:
        for stay, ref in zip(stays, household_refs.issue_many(session, len(stays)),
                             strict=True):
            stay["household_ref"] = ref
        tables: list[tuple[type[Base], list[dict[str, Any]]]] = [
            (House, house_rows), (Room, room_rows), (RoomClosure, closures),
            (Referral, referrals), (Reservation, offers), (Stay, stays)]
        for model, rows in tables:
            if rows:
                session.execute(insert(model), rows)
        audit.record(session, vault.person, "demo_network_added",
                     detail=f"houses={houses} rooms={rooms} stays={len(stays)}")
    return {"houses": len(house_rows), "rooms": len(room_rows), "stays": len(stays),
            "referrals": len(referrals), "closures": len(closures), "offers": len(offers)}


# --- residents' records over the demo stays ------------------------------------------------------

CHILD_NAMES = ["Alfie", "Bo", "Cass", "Dev", "Eli", "Finn", "Gus", "Ivy", "Jay", "Kit", "Lou",
               "Max", "Ned", "Pip", "Rory", "Sky", "Teo", "Viv"]
GOALS = [
    (NeedArea.HOUSING_MOVE_ON, "I want a flat of my own near the children's school",
     "Keys to a safe tenancy"),
    (NeedArea.MONEY_BENEFITS, "Get my own money sorted", "Universal Credit paid to me"),
    (NeedArea.SAFETY, "Feel safe going out on my own", "Walks to the shop without fear"),
    (NeedArea.MENTAL_HEALTH, "Sleep through the night", "Sleeping most nights"),
    (NeedArea.LEGAL_COURT, "Get the order made", "Non-molestation order in place"),
    (NeedArea.EDUCATION_TRAINING_WORK, "Start an English course", "Enrolled and attending"),
]
ACTIONS = [("Apply for Universal Credit", ActionOwner.KEY_WORKER, ""),
           ("Register with a GP", ActionOwner.HER, ""),
           ("Call the solicitor about the order", ActionOwner.HER, ""),
           ("Housing register application", ActionOwner.AGENCY, "Council housing team"),
           ("Safety plan review", ActionOwner.KEY_WORKER, ""),
           ("Book the college assessment", ActionOwner.HER, "")]


def add_records(vault: Vault, *, seed: int = 4, today: date | None = None) -> dict[str, int]:
    """Give every demo stay a resident (fictional, like everything here) with her children,
    consent, safety record, a DASH, needs assessments, a support plan, keywork contacts,
    referrals out, and some incidents and a Freedom Programme. Bulk-written in one transaction
    (it runs for every demo vault, so it must stay quick); returns counts."""
    from sqlalchemy import select, update

    from refugedesk.resident_search import search_words
    from refugedesk.risk import level_for_score

    rng = random.Random(seed)
    today = today or date.today()
    now = datetime.now(UTC)
    who = vault.person.id
    tracked: dict[str, Any] = {"created_by_id": who, "updated_by_id": who, "created_at": now,
                               "updated_at": now}
    rows: dict[type[Base], list[dict[str, Any]]] = {m: [] for m in (
        Resident, ResidentSearchTerm, Child, Consent, Abuser, CourtOrder, RiskAssessment,
        MaracReferral, NeedsAssessment, NeedScore, SupportPlan, Goal, PlanAction, Contact,
        ReferralOut, Incident, IncidentResident, Programme, ProgrammeSession, Attendance)}

    def add(model: type, **values: object) -> int:
        rows[model].append(dict(values, id=len(rows[model]) + 1) if "id" not in values
                           else values)
        return len(rows[model])

    def instant(day: date, hour: int = 10) -> datetime:
        return datetime.combine(day, time(hour, rng.randint(0, 59)), UTC)

    with vault.transaction() as session:
        workers = list(session.scalars(select(StaffMember.id).where(StaffMember.active)))
        stays = session.execute(
            select(Stay.id, Stay.household_ref, Stay.name, Stay.children_ages, Stay.arrived_on,
                   Stay.left_on, Referral.excluded_areas, Referral.risk_level, Room.house_id)
            .join(Referral, Stay.referral_id == Referral.id, isouter=True)
            .join(Room, Stay.room_id == Room.id).order_by(Stay.id)).all()
        links = []
        current: list[tuple[int, int, int]] = []  # resident, plan, house of those here now
        for stay_id, ref, name, ages, arrived, left, areas, level, house_id in stays:
            last = min(left or today, today)
            here = left is None or left > today
            rid = add(Resident, reference=ref, name=name,
                      known_as=name.split()[0] if rng.random() < 0.3 else "",
                      date_of_birth=date(today.year - rng.randint(19, 55), rng.randint(1, 12),
                                         rng.randint(1, 28)),
                      language=rng.choice(["", "", "", "Polish", "Urdu", "Arabic"]),
                      needs_interpreter=rng.random() < 0.1, access_needs="", nrpf=False,
                      immigration_status="", gp="Example Surgery (fictional)",
                      # About one in six not asked yet (the safe default), one in five
                      # "do not phone", one in ten "do not text"; one draw, so the rest of
                      # the demo is unchanged.
                      safe_to_call=None if (safety := rng.random()) >= 0.85 else safety < 0.65,
                      safe_to_text=None if safety >= 0.85 else safety < 0.75,
                      code_word=rng.choice(["", "", "bluebell", "teapot"]),
                      times_to_avoid=rng.choice(["", "", "", "evenings after 6pm"]),
                      key_worker_id=rng.choice(workers), risk_level=None, **tracked)
            links.append({"id": stay_id, "resident_id": rid})
            terms = set(search_words(name)) | set(search_words(ref)) | {ref.casefold()}
            for age in [int(a) for a in ages.split(",") if a]:
                child = rng.choice(CHILD_NAMES)
                terms |= set(search_words(child))
                born = arrived - timedelta(days=age * 365 + rng.randint(0, 300))
                add(Child, resident_id=rid, name=f"{child} {name.split()[-1]}",
                    date_of_birth=min(born, arrived), school="Example Primary (fictional)"
                    if age >= 4 else "", child_protection_plan=rng.random() < 0.15,
                    child_in_need=rng.random() < 0.2, social_worker="", needs="", **tracked)
            rows[ResidentSearchTerm] += [{"term": t, "resident_id": rid, "name": name}
                                         for t in sorted(terms)]
            add(Consent, resident_id=rid, what="Her support needs and safety plan",
                shared_with="Her GP and the local MARAC", given_on=arrived,
                explained_by_id=who, withdrawn_on=None, **tracked)
            add(Abuser, resident_id=rid, name="(fictional)", description="", vehicle="",
                known_areas=(areas or "").replace(",", "\n"), **tracked)
            if rng.random() < 0.25:
                add(CourtOrder, resident_id=rid, abuser_id=None,
                    kind=rng.choice(list(CourtOrderKind)), made_on=arrived, notes="",
                    expires_on=today + timedelta(days=rng.randint(-20, 200)) if here
                    else arrived + timedelta(days=365), **tracked)
            # a DASH at arrival, scored to agree with the referral's level
            band = {"high": (14, 19), "medium": (10, 13)}.get(level or "", (2, 9))
            score = rng.randint(*band)
            answers = ["yes"] * score + ["no"] * (20 - score) + ["not_known"] * 4
            rng.shuffle(answers)
            assessment = add(RiskAssessment, resident_id=rid, assessed_at=instant(arrived),
                             assessed_by_id=who, answers=json.dumps([[a, ""] for a in answers]),
                             score=score, level=level_for_score(score), route="score",
                             reason="", **tracked)
            rows[Resident][-1]["risk_level"] = level_for_score(score)
            if score >= 14:
                add(MaracReferral, resident_id=rid, risk_assessment_id=assessment,
                    referred_on=min(arrived + timedelta(days=2), today), reason="DASH high",
                    actions="Police marker on her address", repeat_of_id=None, **tracked)
            for stage, day in [("intake", arrived)] + ([("review", arrived + timedelta(
                    days=42))] if (last - arrived).days > 42 else []):
                needs = add(NeedsAssessment, resident_id=rid, assessed_on=day, stage=stage,
                            **tracked)
                for area in NeedArea:
                    base = rng.randint(1, 3)
                    rows[NeedScore].append({"id": len(rows[NeedScore]) + 1,
                                            "assessment_id": needs, "area": area,
                                            "score": min(5, base + (stage == "review")),
                                            "her_words": ""})
            if (last - arrived).days >= 9:
                plan = add(SupportPlan, resident_id=rid, version=1, superseded_at=None,
                           **tracked)
                for area, words, success in rng.sample(GOALS, 2):
                    goal = add(Goal, plan_id=plan, her_words=words, area=area,
                               success_looks_like=success, carried_from_id=None,
                               status="open" if here else rng.choice(
                                   ["achieved", "partly_achieved", "not_achieved"]), **tracked)
                    for what, owner, agency in rng.sample(ACTIONS, 2):
                        due = arrived + timedelta(days=rng.randint(7, 60))
                        done = here is False or (due < today and rng.random() < 0.7)
                        add(PlanAction, plan_id=plan, goal_id=goal, what=what,
                            owner=owner, agency=agency, due_on=due,
                            done_at=instant(min(due, today)) if done else None,
                            carried_from_id=None, **tracked)
                if here:
                    current.append((rid, plan, house_id))
            for n in range(min(8, (last - arrived).days // 7 + 1)):
                day = arrived + timedelta(days=n * 7)
                add(Contact, resident_id=rid, at=instant(day, rng.randint(9, 16)),
                    staff_id=rng.choice(workers), minutes=rng.choice([15, 30, 45, 60]),
                    mode=rng.choice(list(ContactMode)),
                    place=rng.choice(list(ContactPlace)),
                    state="missed" if rng.random() < 0.1 else "attended",
                    notes="Keywork session (fictional)", **tracked)
            if here:
                add(Contact, resident_id=rid, at=instant(today + timedelta(days=2), 11),
                    staff_id=rng.choice(workers), minutes=45, mode="face_to_face",
                    place="office", state="planned", notes="", **tracked)
            for _ in range(rng.choice([0, 1, 1, 2])):
                made = arrived + timedelta(days=rng.randint(0, max(0, (last - arrived).days)))
                status = rng.choice(list(ReferralOutStatus)) if not here or \
                    rng.random() < 0.5 else "made"
                add(ReferralOut, resident_id=rid, agency=rng.choice(list(Agency)),
                    agency_name="Example Project (fictional)", made_on=made,
                    reason="Support she asked for", status=status, outcome="",
                    follow_up_on=made + timedelta(days=14), **tracked)
            if rng.random() < 0.1:
                incident = add(Incident, at=instant(last, rng.randint(0, 23)),
                               house_id=house_id, kind=rng.choice(list(IncidentKind)),
                               what_happened="(fictional)", action_taken="Manager told",
                               police_ref="", who_was_told="Manager", **tracked)
                rows[IncidentResident].append({"incident_id": incident, "resident_id": rid})
        # a Freedom Programme in the first house, for the women there now
        programme = add(Programme, name="Freedom Programme", house_id=1,
                        sessions_to_complete=10, **tracked)
        sessions = [add(ProgrammeSession, programme_id=programme, number=n + 1,
                        held_on=today - timedelta(weeks=12 - n), topic="", **tracked)
                    for n in range(12)]
        for rid, plan, house_id in current:
            if house_id != 1:
                continue
            for sid in sessions:
                missed = rng.random() < 0.1
                follow = None
                if missed:
                    held = rows[ProgrammeSession][sid - 1]["held_on"]
                    follow = add(PlanAction, plan_id=plan, goal_id=None, agency="",
                                 what=f"Check she is safe: she missed session {sid} of "
                                      "Freedom Programme", owner="key_worker",
                                 due_on=held + timedelta(days=1), carried_from_id=None,
                                 done_at=instant(held + timedelta(days=1)), **tracked)
                add(Attendance, session_id=sid, resident_id=rid,
                    state="missed" if missed else "attended", follow_up_action_id=follow,
                    **tracked)
        for model, values in rows.items():
            if values:
                session.execute(insert(model), values)
        session.execute(update(Stay), links)  # by primary key, one row each
        audit.record(session, vault.person, "demo_records_added",
                     detail=f"residents={len(rows[Resident])}")
    return {m.__tablename__: len(v) for m, v in rows.items()}
