"""The checks the tests of the kept content vaults share (tests/data/vault-0005.* and
vault-0006.*, made by tests/helpers/contentvault.py and contentvault_0006.py with the same
accounts, content and TODAY): a copy of the kept file opens in today's app, the migrations keep
every row of every table as it was, and every record reads back through today's domain
functions.

The counts read through the domain are compared with a raw sqlcipher3 dump taken before the
migration (tests/helpers/raw.py), not with figures written here, so a migration that loses or
changes a row fails. Registered for pytest's assertion rewriting in tests/conftest.py."""

from __future__ import annotations

import shutil
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

from helpers import contentvault as cv
from helpers.raw import connect, dump_by_column, raw_key, rows_in
from refugedesk import access
from refugedesk.db import migrate
from refugedesk.db.keyslots import keyfile_path
from refugedesk.db.vault import Vault

Dump = dict[str, tuple[tuple[str, ...], list[tuple]]]  # what raw.dump_by_column returns

ADMIN_PW = cv.ACCOUNTS["admin"][2]
MANAGER_PW = cv.ACCOUNTS["manager"][2]
WORKER_PW = cv.ACCOUNTS["worker"][2]

#: At least this many rows of each kind: the kept file is only worth keeping if it is full.
AT_LEAST = {
    "house": 4, "room": 16, "room_closure": 3, "referral": 100, "reservation": 30, "stay": 40,
    "resident": 40, "child": 30, "consent": 40, "abuser": 40, "court_order": 5,
    "intake_draft": 2, "risk_assessment": 40, "marac_referral": 5, "needs_assessment": 40,
    "need_score": 400, "support_plan": 30, "goal": 60, "plan_action": 100, "contact": 200,
    "contact_goal": 3, "referral_out": 30, "programme": 2, "programme_session": 10,
    "attendance": 20, "incident": 5, "incident_resident": 5, "sign_out": 3,
    "whereabouts_step": 2, "handover": 3, "handover_addendum": 2, "review": 3,
    "review_version": 5, "move_on": 2, "staff_member": 4, "audit_event": 100,
}


def copy_kept(kept: Path, tmp_path: Path) -> Path:
    """A copy of the kept vault and its key file in `tmp_path` (the kept files stay as made)."""
    path = tmp_path / kept.name
    shutil.copyfile(kept, path)
    shutil.copyfile(keyfile_path(kept), keyfile_path(path))
    return path


def revision(path: Path, key: bytes) -> str:
    conn = connect(path, key)
    try:
        return conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        conn.close()


def count(dumped: Dump, table: str) -> int:
    return len(dumped[table][1])


def kept_and_full(kept: Path, tmp_path: Path) -> tuple[str, Dump]:
    """(revision, raw dump) of a copy of the kept vault, once it is shown full and small."""
    path = copy_kept(kept, tmp_path)
    key = raw_key(path, "admin", ADMIN_PW)
    before = dump_by_column(path, key)
    short = {t: count(before, t) for t, n in AT_LEAST.items() if count(before, t) < n}
    assert short == {}
    assert path.stat().st_size < 2 * 1024 * 1024
    return revision(path, key), before


def open_migrated(kept: Path, tmp_path: Path) -> tuple[Path, Dump, Dump]:
    """(path, raw dump before, raw dump after): a copy opened once by today's code."""
    path = copy_kept(kept, tmp_path)
    key = raw_key(path, "admin", ADMIN_PW)
    before = dump_by_column(path, key)
    with Vault.unlock(path, "manager", MANAGER_PW) as vault:
        with vault.engine.connect() as conn:
            assert migrate.current_revision(conn) == migrate.HEAD
            assert migrate.schema_problems(conn) == []
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert vault.integrity_problems() == []
        assert migrate.upgrade(vault.engine) is False  # nothing left to run
    after = dump_by_column(path, key)
    return path, before, after


def assert_every_row_kept(path: Path, before: Dump, after: Dump) -> None:
    """Every row of every table the old version wrote is there, unchanged, and no other."""
    assert revision(path, raw_key(path, "worker", WORKER_PW)) == migrate.HEAD
    assert set(before) <= set(after)
    for table, (columns, rows) in before.items():
        if table == "alembic_version":
            continue
        # a later migration may add columns; every column that was there keeps every value
        assert set(columns) <= set(after[table][0]), table
        assert rows_in(after[table], columns) == rows, f"{table} changed"


def every_record_reads_back(path: Path, before: Dump) -> None:
    """Each kind of record, read through today's domain functions as the manager, as many
    as were stored; whereabouts and intake drafts as the content left them."""
    from refugedesk import (
        assessment,
        contacts,
        handover,
        incidents,
        intake,
        moveon,
        plans,
        referrals,
        referrals_out,
        residents,
        reviews,
        risk,
        staff,
        whereabouts,
    )
    from refugedesk.resident_views import programmes_for, resident_details

    n = {t: count(before, t) for t in before}
    seen: Counter[str] = Counter()
    with access.sign_in(path, "manager", MANAGER_PW) as vault, vault.session() as s:
        ids = [r[0] for r in rows_in(before["resident"], ("id",))]
        for rid in ids:
            d = resident_details(s, rid)
            seen["resident"] += 1
            seen["child"] += len(d.children)
            seen["consent"] += len(d.consents)
            seen["abuser"] += len(d.abusers)
            seen["court_order"] += len(d.court_orders)
            seen["stay with her"] += len(d.stays)
            head = residents.header(s, rid, today=cv.TODAY)
            assert (head.reference, head.name) == (d.reference, d.name)
            total = contacts.count_contacts(s, rid)
            page = contacts.contacts_for(s, rid, limit=1000)
            assert len(page) == total
            seen["contact"] += total
            seen["contact_goal"] += sum(len(c.goal_ids) for c in page)
            seen["risk_assessment"] += len(risk.history(s, rid))
            seen["marac_referral"] += len(risk.marac_history(s, rid))
            needs = assessment.assessments(s, rid)
            seen["needs_assessment"] += len(needs)
            seen["need_score"] += sum(len(a.scores) for a in needs)
            for plan_id, _version, _at in plans.versions(s, rid):
                view = plans.plan_view(s, plan_id)
                seen["support_plan"] += 1
                seen["goal"] += len(view.goals)
                seen["plan_action"] += len(view.actions)
            seen["referral_out"] += len(referrals_out.for_resident(s, rid, today=cv.TODAY))
            seen["incident_resident"] += len(incidents.incidents_for(s, rid))
            # sessions outside her stays are read back too, as not counted (history.py)
            seen["attendance"] += sum(p.attended + p.missed + p.excused + p.not_counted
                                      for p in programmes_for(s, rid))
            for review in reviews.reviews_for(s, rid):
                seen["review"] += 1
                versions = reviews.review_versions(s, review.id)
                assert [v.version for v in versions] == list(range(review.version, 0, -1))
                seen["review_version"] += len(versions)
                for v in versions:
                    assert reviews.gather(s, review.id, version=v.version).version == v.version
        staying = [r for r in rows_in(before["stay"], ("id", "resident_id")) if r[1]]
        assert seen.pop("stay with her") == len(staying)
        seen["move_on"] = sum(moveon.move_on_for(s, sid) is not None
                              for sid, _ in rows_in(before["stay"], ("id", "resident_id")))
        seen["referral"] = len(referrals.list_referrals(s, limit=100_000))
        seen["staff_member"] = len(staff.list_staff(s))
        sent = handover.search(s, limit=100_000)
        unsent = [h for sid in (1, 2, 3, 4) for h in handover.unsent(s, sid)]
        seen["handover"] = len(sent) + len(unsent)
        seen["handover_addendum"] = sum(len(handover.get(s, h.id).addenda) for h in sent)
        for table in ("resident", "child", "consent", "abuser", "court_order", "contact",
                      "contact_goal", "risk_assessment", "marac_referral", "needs_assessment",
                      "need_score", "support_plan", "goal", "plan_action", "referral_out",
                      "incident_resident", "attendance", "review", "review_version",
                      "move_on", "referral", "staff_member", "handover", "handover_addendum"):
            assert seen[table] == n[table], f"{table}: read {seen[table]}, stored {n[table]}"

        # whereabouts: one woman still out (with no steps), two back; the late one's steps
        out = whereabouts.out_now(s)
        assert len(out) == 1 == n["sign_out"] - 2
        assert n["whereabouts_step"] == 2
        # the intake finished for her, and the one left part-way
        assert [(d.name, d.step) for d in intake.open_drafts(s)] == [("Vera Fictional", 1)]


def spot_checks(path: Path, before: Dump) -> None:
    """Her record, the board, handovers, a corrected review, plan versions and the outcome
    figures, read as the worker and held against the raw rows."""
    from refugedesk import handover, occupancy_board, plans, residents, reviews
    from refugedesk.reports import outcome_figures
    from refugedesk.resident_views import resident_details

    with access.sign_in(path, "worker", WORKER_PW) as vault, vault.session() as s:
        # her record: the guided intake of the arrival made through the old app
        rid = next(r[0] for r in rows_in(before["resident"], ("id", "reference"))
                   if r[1] == "C-00001")
        d = resident_details(s, rid)
        assert (d.name, d.known_as, d.code_word, d.safe_to_text) == (
            "Ula Specimen", "Ula", "marigold", False)
        assert [c.name for c in d.children] == ["Kit Specimen"]
        assert [a.known_areas for a in d.abusers] == [("Town 7", "Town 8")]
        assert [o.kind.value for o in d.court_orders] == ["non_molestation"]
        assert [(st.arrived_on, st.left_on) for st in d.stays] == [
            (cv.TODAY - timedelta(days=2), None)]
        assert residents.open_record(vault, rid, today=cv.TODAY).reference == "C-00001"

        # the board on the day the content was written: every room, her tile among them
        board = occupancy_board.board(s, on=cv.TODAY)
        tiles = [t for h in board.houses for t in h.tiles]
        assert len(board.houses) == count(before, "house")
        assert len(tiles) == count(before, "room")
        assert "C-00001" in [t.household_ref for t in tiles]
        occupied = occupancy_board.TileState.OCCUPIED
        on_board = {t.stay_id for t in tiles if t.state is occupied}
        here = {sid for sid, arrived, left in rows_in(before["stay"],
                                                        ("id", "arrived_on", "left_on"))
                if arrived <= cv.TODAY.isoformat() and (left is None
                                                        or left > cv.TODAY.isoformat())}
        assert on_board == here
        a_day_later = occupancy_board.board(s, on=cv.TODAY + timedelta(days=1))
        assert len([t for h in a_day_later.houses for t in h.tiles]) == len(tiles)

        # handover history: two sent and acknowledged, the first with two addenda, one unsent
        sent = handover.search(s, limit=50)
        assert len(sent) == 2 and all(h.acknowledged_at is not None for h in sent)
        views = sorted((handover.get(s, h.id) for h in sent), key=lambda v: v.id)
        assert [a.text for a in views[0].addenda] == ["Also: the boiler man comes at 9",
                                                      "Boiler fixed (fictional)"]
        assert list(views[1].addenda) == []
        assert [v.shift for v in views] == ["Day", "Night"]
        assert handover.search(s, word="boiler")[0].id == views[0].id

        # a review corrected once: both versions kept as they were saved
        corrected = [r[0] for r in rows_in(before["review"], ("id", "version")) if r[1] == 2]
        assert len(corrected) == 2
        first = reviews.gather(s, corrected[0], version=1)
        latest = reviews.gather(s, corrected[0])
        assert first.attended == "Her and her key worker" and len(first.moments) == 1
        assert latest.version == latest.latest_version == 2
        assert latest.attended == "Her, her key worker and the manager"
        assert len(latest.moments) == 2

        # her plan's versions: the newest current, the older superseded
        for plan_id, version, _at in plans.versions(s, first.resident_id):
            view = plans.plan_view(s, plan_id)
            assert view.current == (version == max(v for _i, v, _a in
                                                   plans.versions(s, first.resident_id)))

        # the outcomes figures over the whole year, against the raw rows (the rule is the
        # module's: women with a linked stay having a night in the period)
        stays = rows_in(before["stay"], ("resident_id", "arrived_on", "left_on",
                                         "departure_reason"))
        start = min(date.fromisoformat(arrived) for _r, arrived, _l, _w in stays)
        first, last = start.isoformat(), cv.TODAY.isoformat()
        figures = outcome_figures.compute(s, start=start, end=cv.TODAY)
        women = {rid for rid, arrived, left, _w in stays if rid is not None and arrived <= last
                 and (left is None or (left > first and left > arrived))}
        assert figures.total.residents == women
        exits = [why for _r, _a, left, why in stays
                 if left is not None and why not in ("moved_room", "recorded_in_error")
                 and first <= left <= last]
        assert sum(figures.total.exits.values()) == len(exits)
        assert figures.total.planned + figures.total.unplanned + \
            figures.total.other_exits == len(exits)
        recorded = sum(count for (_why, where), count in figures.total.exits.items()
                       if where != outcome_figures.NOT_RECORDED)
        assert recorded == count(before, "move_on") == 2
        assert figures.total.marac == len(
            [1 for rid, on in rows_in(before["marac_referral"], ("resident_id", "referred_on"))
             if rid in women and first <= on <= last])
        assert sum(figures.total.referrals_out.values()) == len(
            [1 for rid, made in rows_in(before["referral_out"], ("resident_id", "made_on"))
             if rid in women and first <= made <= last])
        assert figures.total.outcomes.asked > 0
