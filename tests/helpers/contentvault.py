"""Build a vault full of fictional content with the RefugeDesk code that is imported, as that
version of the app wrote it. Kept beside the vault it made, tests/data/vault-0005.rdb (see the
README there for the exact commands): it was run once against commit 4a88628, the last commit
at schema revision 0005, and refuses to run against any other revision, so nobody "refreshes"
the kept file with newer code by mistake (its point is that an old file still opens).

What it writes, all made up:
- the bulk generators of that version's refugedesk/demo.py (`add_network`, `add_records`):
  houses, rooms, closures, referrals (most declined or withdrawn), offers, stays, and for every
  stay a resident with children, consent, abusers, court orders, a DASH, MARAC, needs
  assessments, a support plan with goals and actions, keywork contacts, referrals out,
  incidents and a Freedom Programme with attendance;
- then, through that version's own domain functions (so the audit trail is the app's own):
  staff (one of them deactivated, one who changed her password), referrals received, declined,
  withdrawn, offers held and cancelled, an arrival from an offer, a guided intake finished for
  her (another left as a draft), a room move and a departure, repeat DASH and MARAC, needs
  reviews, a new support plan version with goals, actions done and not, contacts tied to goals,
  referrals out updated, a programme with sessions and attendance, incidents, whereabouts
  sign-outs with steps (one still out), handovers (sent, acknowledged, with addenda; one saved
  unsent), reviews with corrected versions, and move-ons.

Content is seeded and its dates hang on TODAY, so every run writes the same records; only the
keys, instants of writing (created_at, audit times) and hashes differ. The light test Argon2id
profile keeps unlocking fast in tests.

Accounts and passwords are in ACCOUNTS; the recovery code is RECOVERY_CODE.
"""

from __future__ import annotations

import random
import sys
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

#: The schema revision this generator was written for and run at.
REVISION = "0005"
#: The commit whose code wrote tests/data/vault-0005.rdb.
COMMIT = "4a88628"
TODAY = date(2026, 11, 27)
SEED = 5
ORGANISATION = "Content Vault Refuges (fictional)"
ACCOUNTS = {  # username: (display name, role, password)
    "admin": ("Ada Contentadmin (fictional)", "administrator", "amber kettle harbour 51"),
    "manager": ("Mae Contentmanager (fictional)", "manager", "copper meadow violin 52"),
    "worker": ("Wynn Contentworker (fictional)", "support_worker", "silver thistle anchor 53"),
}
#: Made a worker, then deactivated: her row stays, her key slot goes.
LEAVER = ("leaver", "Lee Leftservice (fictional)", "hollow pepper canvas 54")
RECOVERY_CODE = "CNTV-AULT-RCVR-YCDE-2345-6789"
HOUSES, ROOMS, YEARS = 4, 16, 0.75


def at(day: date, hour: int = 10, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), UTC)


def build(path: Path) -> dict[str, int]:
    """Write the vault at `path` (and its key file beside it). Returns the rows per table."""
    from refugedesk.db import vault as vault_module

    require_revision(REVISION, COMMIT)
    write(path)
    return counts(path, vault_module.Vault)


def require_revision(revision: str, commit: str) -> None:
    """Refuse to write unless the `refugedesk` imported is at `revision`."""
    from refugedesk.db import migrate

    if revision != migrate.HEAD:
        raise SystemExit(f"this generator writes a revision-{revision} vault with the code of "
                         f"commit {commit}; the code imported is at revision {migrate.HEAD} "
                         "(see tests/data/README.md)")


def write(path: Path) -> None:
    """The content: every account's work, through the domain functions of the code imported
    (`build` checks which code that is)."""
    from refugedesk.db import keyslots
    from refugedesk.db import vault as vault_module

    keyslots.set_kdf_profile(keyslots.KdfProfile(1, 8192, 1))
    path = Path(path)
    # The recovery code is normally random and shown once; a known one lets tests use it.
    vault_module.new_recovery_code = lambda: RECOVERY_CODE
    name, _role, password = ACCOUNTS["admin"]
    vault, code = vault_module.Vault.create(path, organisation=ORGANISATION, username="admin",
                                            display_name=name, password=password)
    assert code == RECOVERY_CODE
    try:
        _as_admin(vault)
    finally:
        vault.close()
    with vault_module.Vault.unlock(path, "manager", ACCOUNTS["manager"][2]) as vault:
        _as_manager(vault)
    with vault_module.Vault.unlock(path, "worker", ACCOUNTS["worker"][2]) as vault:
        sent = _as_worker(vault)
    with vault_module.Vault.unlock(path, "manager", ACCOUNTS["manager"][2]) as vault:
        _handovers_read(vault, sent)


def _as_admin(vault) -> None:  # type: ignore[no-untyped-def]
    from refugedesk import audit, demo, staff
    from refugedesk.db.models import Role

    with vault.transaction() as session:
        audit.record(session, vault.person, "vault_created", detail="content vault")
    for username in ("manager", "worker"):
        display, role, password = ACCOUNTS[username]
        staff.add_staff(vault, username=username, display_name=display, role=Role(role),
                        password=password)
    leaver = staff.add_staff(vault, username=LEAVER[0], display_name=LEAVER[1],
                             role=Role.SUPPORT_WORKER, password=LEAVER[2])
    demo.add_network(vault, houses=HOUSES, rooms=ROOMS, years=YEARS, seed=SEED, today=TODAY)
    demo.add_records(vault, seed=SEED, today=TODAY)
    staff.deactivate(vault, leaver)


def _here(session, today: date) -> list[tuple[int, int, int, int]]:  # type: ignore[no-untyped-def]
    """(stay, resident, room, house) of everyone staying on `today`, by stay."""
    from sqlalchemy import or_, select

    from refugedesk.db.models import Room, Stay

    return [tuple(r) for r in session.execute(
        select(Stay.id, Stay.resident_id, Stay.room_id, Room.house_id)
        .join(Room, Stay.room_id == Room.id)
        .where(Stay.resident_id.is_not(None), Stay.arrived_on <= today,
               or_(Stay.left_on.is_(None), Stay.left_on > today)).order_by(Stay.id))]


def _as_manager(vault) -> None:  # type: ignore[no-untyped-def]
    """Referrals, offers, an arrival with her intake, a move and a departure."""
    from refugedesk import capacity, intake, referrals
    from refugedesk.db.models import (
        DeclineReason,
        DepartureReason,
        ReferralChannel,
        ReferralSource,
        ReferralStatus,
        RiskLevel,
    )
    from refugedesk.errors import ExcludedArea, NotEnoughPlaces

    rng = random.Random(SEED + 1)
    made = []
    for n, (first, last) in enumerate([("Quilla", "Notreal"), ("Rosa", "Madeup"),
                                       ("Saffi", "Example"), ("Tilde", "Placeholder"),
                                       ("Ula", "Specimen"), ("Vera", "Fictional")]):
        made.append(referrals.receive(
            vault, name=f"{first} {last}", channel=list(ReferralChannel)[n % 4],
            source=list(ReferralSource)[n % 8], risk_level=list(RiskLevel)[n % 3],
            children_count=[0, 2, 1, 0, 0, 1][n],
            children_ages=[rng.randint(0, 15) for _ in range([0, 2, 1, 0, 0, 1][n])],
            referrer_contact="Referrer (fictional), 01632 960999", language="Polish"
            if n == 2 else "", needs_interpreter=n == 2, excluded_areas=["Town 9"]
            if n == 1 else [], received_at=at(TODAY - timedelta(days=6 - n), 9 + n)))
    referrals.set_status(vault, made[0], ReferralStatus.ASSESSING, note="Calling her back")
    referrals.decline(vault, made[1], reason=DeclineReason.TOO_CLOSE_TO_ABUSER,
                      note="Her abuser lives near every house with a room (fictional)")
    referrals.set_status(vault, made[2], ReferralStatus.WITHDRAWN, note="Went to family")
    held_until = datetime.now(UTC) + timedelta(days=3650)  # still held whenever it is read
    with vault.session() as session:
        fits = capacity.rooms_for_referral(session, made[4], on=TODAY - timedelta(days=2),
                                           nights=14)
    arriving = capacity.offer(vault, referral_id=made[4], room_id=fits[0].room_id,
                              arriving=TODAY - timedelta(days=2), nights=14,
                              held_until=held_until)
    stay = capacity.arrive(vault, on=TODAY - timedelta(days=2), household_ref="C-00001",
                           name="Ula Specimen",
                           reservation_id=arriving)
    with vault.session() as session:
        fits = capacity.rooms_for_referral(session, made[3], on=TODAY + timedelta(days=2),
                                           nights=7)
    cancelled = capacity.offer(vault, referral_id=made[3], room_id=fits[0].room_id,
                               arriving=TODAY + timedelta(days=2), nights=7,
                               held_until=held_until)
    capacity.cancel_offer(vault, cancelled)
    capacity.offer(vault, referral_id=made[3], room_id=fits[-1].room_id,
                   arriving=TODAY + timedelta(days=3), nights=7, held_until=held_until)
    # her guided intake, finished; and another woman's, saved part-way
    record = {
        "resident": {"reference": "C-00001", "name": "Ula Specimen", "known_as": "Ula",
                     "date_of_birth": "1991-03-14", "language": "English",
                     "gp": "Example Health Centre (fictional)", "safe_to_call": True,
                     "safe_to_text": False, "code_word": "marigold",
                     "times_to_avoid": "school run"},
        "children": [{"name": "Kit Specimen", "date_of_birth": "2020-06-02",
                      "school": "Example Infants (fictional)"}],
        "consents": [{"what": "Her support needs", "shared_with": "Her GP",
                      "given_on": (TODAY - timedelta(days=2)).isoformat()}],
        "abusers": [{"name": "(fictional)", "description": "Tall", "vehicle": "Blue van",
                     "known_areas": "Town 7\nTown 8"}],
        "court_orders": [{"kind": "non_molestation",
                          "made_on": (TODAY - timedelta(days=30)).isoformat(),
                          "expires_on": (TODAY + timedelta(days=335)).isoformat()}],
    }
    draft = intake.save_draft(vault, data={"resident": record["resident"]}, step=1,
                              stay_id=stay)
    draft = intake.save_draft(vault, data=record, step=4, draft_id=draft)
    intake.finish(vault, draft, today=TODAY)
    intake.save_draft(vault, data={"resident": {"reference": "C-00002", "name": "Vera Fictional"},
                                   "children": []}, step=1)
    with vault.session() as session:
        here = _here(session, TODAY)
    # a departure, and a move into the room she left (the moving stay splits in two)
    capacity.depart(vault, stay_id=here[2][0], on=TODAY - timedelta(days=1),
                    reason=DepartureReason.LEFT_WITHOUT_NOTICE)
    for stay_id, _rid, _room, _house in here[:2] + here[3:]:  # the first whose family fits
        try:
            capacity.move(vault, stay_id=stay_id, to_room_id=here[2][2],
                          on=TODAY - timedelta(days=1))
            break
        except (NotEnoughPlaces, ExcludedArea):
            continue
    else:
        raise AssertionError("nobody could move into the room left empty")


def _as_worker(vault) -> list[int]:  # type: ignore[no-untyped-def]
    """Her record's work, whereabouts, handovers, reviews and move-ons. Returns the handovers
    sent to the manager."""
    from sqlalchemy import select

    from refugedesk import (
        assessment,
        contacts,
        handover,
        incidents,
        moveon,
        plans,
        programmes,
        referrals_out,
        residents,
        reviews,
        risk,
        staff,
        whereabouts,
    )
    from refugedesk.db.models import (
        ActionOwner,
        Agency,
        AssessmentStage,
        AttendanceState,
        ContactMode,
        ContactPlace,
        ContactState,
        DepartureReason,
        GoalStatus,
        IncidentKind,
        NeedArea,
        ReferralOutStatus,
        StaffMember,
    )
    from refugedesk.db.models_reviews import Destination, ReviewKind, SupportAfter

    with vault.session() as session:
        here = _here(session, TODAY)
        manager = session.scalar(select(StaffMember.id).where(StaffMember.username == "manager"))
    chosen = here[3:9]  # six women staying now, by stay
    for n, (_stay, rid, _room, house) in enumerate(chosen):
        residents.open_record(vault, rid, today=TODAY)
        # a repeat DASH, and for some a repeat MARAC referral
        answers = ["yes"] * (8 + 2 * n) + ["no"] * (16 - 2 * n)
        outcome = risk.assess(vault, resident_id=rid, answers=answers,
                              assessed_at=at(TODAY - timedelta(days=3), 11 + n))
        if n % 2 == 0:
            marac = risk.refer_to_marac(vault, resident_id=rid, referred_on=TODAY - timedelta(
                days=2), reason="Repeat DASH (fictional)", today=TODAY,
                risk_assessment_id=outcome.assessment_id)
            risk.record_marac_actions(vault, marac.id, actions="Safety plan shared (fictional)")
        assessment.record_needs(
            vault, resident_id=rid, assessed_on=TODAY - timedelta(days=1),
            stage=AssessmentStage.REVIEW,
            scores={area: 1 + (i + n) % 5 for i, area in enumerate(NeedArea)},
            her_words={NeedArea.SAFETY: "I feel safer here (fictional)"}, today=TODAY)
        # a new version of her plan (goals carried over), or her first; a goal and actions
        with vault.session() as session:
            has_plan = plans.current_plan_id(session, rid) is not None
        plan = plans.new_version(vault, resident_id=rid) if has_plan \
            else plans.start_plan(vault, resident_id=rid)
        goal = plans.add_goal(vault, plan_id=plan, her_words="Open a bank account of my own",
                              area=NeedArea.MONEY_BENEFITS,
                              success_looks_like="A card in my name")
        first = plans.add_action(vault, plan_id=plan, what="Bring ID to the bank",
                                 owner=ActionOwner.HER, goal_id=goal,
                                 due_on=TODAY - timedelta(days=1))
        plans.add_action(vault, plan_id=plan, what="Letter of support for the bank",
                         owner=ActionOwner.KEY_WORKER, goal_id=goal,
                         due_on=TODAY + timedelta(days=7 + n))
        plans.complete_action(vault, first, done_at=at(TODAY - timedelta(days=1), 15))
        if n == 0:
            plans.set_goal_status(vault, goal, GoalStatus.ACHIEVED)
        # contacts, one tied to the goal, one planned then missed
        for k in range(3):
            contacts.log_contact(vault, resident_id=rid, at=at(TODAY - timedelta(days=k + 1),
                                                               10 + k),
                                 mode=list(ContactMode)[k], place=list(ContactPlace)[k + n],
                                 minutes=30 + 15 * k, notes=f"Keywork {k + 1} (fictional)",
                                 goal_ids=[goal] if k == 0 else ())
        planned = contacts.log_contact(vault, resident_id=rid, at=at(TODAY, 9),
                                       mode=ContactMode.PHONE, place=ContactPlace.OTHER,
                                       state=ContactState.PLANNED, staff_id=manager)
        contacts.mark_contact(vault, planned, ContactState.MISSED, notes="No answer")
        out = referrals_out.make_referral(
            vault, resident_id=rid, agency=list(Agency)[n + 2], made_on=TODAY - timedelta(
                days=5), reason="She asked (fictional)", agency_name="Example Service",
            follow_up_on=TODAY + timedelta(days=n), today=TODAY,
            lawful_basis="Her safety (fictional)")
        referrals_out.update_referral(vault, out, status=list(ReferralOutStatus)[n % 5],
                                      outcome="Seen (fictional)" if n % 2 else None)
        incidents.log_incident(vault, at=at(TODAY - timedelta(days=n), 21), house_id=house,
                               kind=list(IncidentKind)[n], resident_ids=[rid],
                               what_happened="Fictional incident", action_taken="Logged",
                               police_ref=f"PX/{n:04d}" if n % 2 else "",
                               who_was_told="On-call manager")
    # one incident with two women
    incidents.log_incident(vault, at=at(TODAY - timedelta(days=1), 22), house_id=chosen[0][3],
                           kind=IncidentKind.CONFLICT_BETWEEN_RESIDENTS,
                           resident_ids=[chosen[0][1], chosen[1][1]],
                           what_happened="Argument in the kitchen (fictional)")
    # a programme in the second house, five sessions, attendance for the women there
    programme = programmes.create_programme(vault, name="Confidence Course (fictional)",
                                            sessions_to_complete=4, house_id=2)
    sessions = [programmes.add_session(vault, programme_id=programme, number=k + 1,
                                       held_on=TODAY - timedelta(weeks=5 - k),
                                       topic=f"Week {k + 1}") for k in range(5)]
    for _stay, rid, _room, house in here:
        if house != 2:
            continue
        for k, sid in enumerate(sessions):
            state = [AttendanceState.ATTENDED, AttendanceState.ATTENDED, AttendanceState.MISSED,
                     AttendanceState.EXCUSED][(k + rid) % 4]
            programmes.record_attendance(vault, session_id=sid, resident_id=rid, state=state)
    # whereabouts: back on time, back late after steps, and one still out
    for n, (stay, _rid, _room, _house) in enumerate(here[:3]):
        out_at = at(TODAY, 13 + n) if n < 2 else datetime.now(UTC) - timedelta(hours=1)
        signed = whereabouts.sign_out(vault, stay_id=stay, out_at=out_at,
                                      expected_back=out_at + timedelta(hours=2),
                                      contactable=n != 1, note="To the shops (fictional)")
        if n == 1:
            whereabouts.log_step(vault, signed, what="Rang her phone",
                                 at=out_at + timedelta(hours=2, minutes=15))
            whereabouts.log_step(vault, signed, what="Told the manager",
                                 at=out_at + timedelta(hours=2, minutes=40))
        if n < 2:
            whereabouts.sign_back(vault, signed, back_at=out_at + timedelta(hours=1 + 2 * n))
    # handovers: two sent to the manager (one she acknowledged and added to), one kept unsent
    sent = []
    for n in range(2):
        since = at(TODAY - timedelta(days=2 - n), 8)
        with vault.session() as session:
            d = handover.draft(session, since=since, until=since + timedelta(days=1))
        notes = {None: f"Quiet shift {n + 1} (fictional)"}
        sent.append(handover.send(vault, d, to_staff_id=manager, shift=["Day", "Night"][n],
                                  notes=notes))
    with vault.session() as session:
        d = handover.draft(session, since=at(TODAY, 8), until=at(TODAY, 20))
    handover.save(vault, d, to_staff_id=manager, shift="Late", notes={None: "Half written"})
    # reviews: an interim review held and corrected; a celebration at move-on
    for n, (stay, rid, _room, _house) in enumerate(chosen[:3]):
        review = reviews.schedule_review(vault, resident_id=rid, kind=ReviewKind.INTERIM,
                                         due_on=TODAY - timedelta(days=3), stay_id=stay)
        with vault.session() as session:
            mine = [c.id for c in contacts.contacts_for(session, rid, limit=3)]
        moments = [reviews.Moment(mine[0], "She led the meeting (fictional)")]
        reviews.save_review(vault, review, held_on=TODAY - timedelta(days=2),
                            attended="Her and her key worker", her_words="Going well",
                            next_steps="Housing register", moments=moments, today=TODAY)
        if n < 2:
            reviews.save_review(vault, review, held_on=TODAY - timedelta(days=2),
                                attended="Her, her key worker and the manager",
                                her_words="Going well, I want to move nearer school",
                                next_steps="Housing register; school transfer",
                                moments=moments + [reviews.Moment(mine[1], "")], today=TODAY)
    for n, (stay, rid, _room, _house) in enumerate(chosen[3:5]):
        with vault.session() as session:
            plan = plans.current_plan_id(session, rid)
            goals = [] if plan is None else [g.id for g in plans.plan_view(session, plan).goals]
        result = moveon.move_on(
            vault, stay_id=stay, on=TODAY - timedelta(days=n), reason=DepartureReason(
                "planned_move_on"), destination=list(Destination)[n],
            support_after=list(SupportAfter)[n], note="Keys collected (fictional)",
            goal_outcomes={g: GoalStatus.ACHIEVED for g in goals[:1]}, today=TODAY)
        review = reviews.schedule_review(vault, resident_id=rid, kind=ReviewKind.CELEBRATION,
                                         stay_id=result.stay_id)
        reviews.save_review(vault, review, held_on=TODAY - timedelta(days=n),
                            her_words="I did it (fictional)", today=TODAY)
    staff.change_own_password(vault, ACCOUNTS["worker"][2], ACCOUNTS["worker"][2] + "x")
    staff.change_own_password(vault, ACCOUNTS["worker"][2] + "x", ACCOUNTS["worker"][2])
    return sent


def _handovers_read(vault, sent: list[int]) -> None:  # type: ignore[no-untyped-def]
    """The manager opens what was sent to her, acknowledges it, and adds to the first."""
    from refugedesk import handover

    for n, handover_id in enumerate(sent):
        handover.open_handover(vault, handover_id)
        handover.acknowledge(vault, handover_id)
        if n == 0:
            handover.add_addendum(vault, handover_id, "Also: the boiler man comes at 9")
            handover.add_addendum(vault, handover_id, "Boiler fixed (fictional)")


def counts(path: Path, vault_class) -> dict[str, int]:  # type: ignore[no-untyped-def]
    """Rows per table, read as the administrator."""
    with vault_class.unlock(path, "admin", ACCOUNTS["admin"][2]) as vault, \
            vault.engine.connect() as conn:
        tables = [r[0] for r in conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return {t: conn.exec_driver_sql(f'SELECT count(*) FROM "{t}"').scalar_one()
                for t in tables}


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit("usage: python -m helpers.contentvault OUT.rdb   (see tests/data/README.md)")
    for table, rows in build(Path(sys.argv[1])).items():
        print(f"{rows:6d}  {table}")
