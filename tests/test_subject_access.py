"""Subject access (issue 16): everything held about her, a manager's redaction review, and the
ZIP she is given. Real encrypted vaults: the kept content vault of revision 0007 (every kind of
record, written by the app itself), migrated on opening, plus planted items added through the
domain."""

from __future__ import annotations

import json
import re
import zipfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from helpers import contentchecks as checks
from helpers import contentvault_0007 as cv7
from sqlalchemy import select

from refugedesk import (
    access,
    contacts,
    drafts,
    incidents,
    programmes,
    referrals_out,
    residents,
    reviews,
    risk,
    subject_access,
    whereabouts,
)
from refugedesk.db.models import (
    AccessReason,
    Agency,
    AuditEvent,
    Base,
    ContactMode,
    ContactPlace,
    CourtOrderKind,
    DashAnswer,
    IncidentKind,
    Resident,
    ReviewKind,
    Room,
    Stay,
    SubjectAccess,
)
from refugedesk.errors import (
    DateInFuture,
    DateOutOfRange,
    ExportNotSaved,
    NotAllowed,
    ValidationError,
)
from refugedesk.reports import subject_access_pdf
from refugedesk.risk import DASH_QUESTIONS, DashItem

KEPT = Path(__file__).with_name("data") / "vault-0007.rdb"

#: Strings planted in her record, each where a manager would withhold it by default.
ABUSER = "Vornkettle"          # the person she left (his own record)
OTHER_WOMAN = "Quillbury"      # another resident, named in a shared incident
THIRD_PARTY = "Drossington"    # a third party named in a contact note
RISK_NOTE = "zebracrossing-risk-comment"  # a staff-only DASH comment
#: Planted where nothing is withheld: must reach her copy (so the search can fail).
HER_OWN = "marmalade-goal-words"
CHILD = "Pippinella"


def sign_in(path: Path, who: str):
    return access.sign_in(path, who, cv7.ACCOUNTS[who][2])


@pytest.fixture
def kept(tmp_path):
    return checks.copy_kept(KEPT, tmp_path)


def _here_now(vault) -> list[tuple[int, int, int]]:
    """(resident id, stay id, house id) of women staying now, most records first."""
    with vault.session() as s:
        rows = s.execute(select(Stay.resident_id, Stay.id, Room.house_id)
                         .join(Room, Stay.room_id == Room.id)
                         .where(Stay.left_on.is_(None), Stay.resident_id.is_not(None))
                         .order_by(Stay.resident_id)).all()
    return [(r, st, h) for r, st, h in rows]


def plant(path: Path) -> tuple[int, int]:
    """A full record: her, a child, the person she left, a shared incident with another woman,
    a contact note naming a third party, a DASH comment, a programme, a sign-out, a form draft
    and her request. Returns (her id, the other woman's id)."""
    now = datetime.now(UTC).replace(microsecond=0)
    with sign_in(path, "manager") as vault:
        (her, stay, house), (other, _, _) = _here_now(vault)[:2]
        residents.update_resident(vault, other, name=f"Ann {OTHER_WOMAN}")
        residents.add_child(vault, resident_id=her, name=CHILD)
        residents.add_abuser(vault, resident_id=her, name=f"Karl {ABUSER}",
                             description="tall", vehicle="blue van")
        incidents.log_incident(vault, at=now - timedelta(hours=2),
                               kind=IncidentKind.SAFEGUARDING_CONCERN, house_id=house,
                               resident_ids=[her, other],
                               what_happened=f"An argument with {OTHER_WOMAN} in the kitchen.")
        contacts.log_contact(vault, resident_id=her, at=now - timedelta(hours=1),
                             mode=ContactMode.FACE_TO_FACE, place=ContactPlace.OFFICE,
                             notes=f"She talked about her sister's friend {THIRD_PARTY}.")
        contacts.log_contact(vault, resident_id=her, at=now - timedelta(minutes=50),
                             mode=ContactMode.PHONE, place=ContactPlace.OFFICE,
                             notes=f"she chose the {HER_OWN}")
        risk.assess(vault, resident_id=her, answers=[DashItem(DashAnswer.YES, f"note {RISK_NOTE}-q")]
                    + ["no"] * (len(DASH_QUESTIONS) - 1),
                    judgement_reason=RISK_NOTE)
        pid = programmes.create_programme(vault, name="Freedom (fictional)",
                                          sessions_to_complete=2)
        programmes.enrol(vault, programme_id=pid, resident_id=her)
        sid = programmes.add_session(vault, programme_id=pid, number=1,
                                     held_on=date.today())
        programmes.record_attendance(vault, session_id=sid, resident_id=her, state="attended")
        whereabouts.sign_out(vault, stay_id=stay, expected_back=now + timedelta(hours=3))
        drafts.keep(vault, form="needs", resident_id=her, data={"housing": "2"})
        residents.add_court_order(vault, resident_id=her, kind=CourtOrderKind.NON_MOLESTATION,
                                  made_on=date.today() - timedelta(days=3))
        referrals_out.make_referral(vault, resident_id=her, agency=Agency.POLICE,
                                    made_on=date.today(), reason="her own safety plan",
                                    lawful_basis="risk to her life (fictional)")
        reviews.schedule_review(vault, resident_id=her, kind=ReviewKind.INTERIM,
                                due_on=date.today() + timedelta(days=14), stay_id=stay)
        subject_access.record_request(vault, resident_id=her, requested_on=date.today())
        # "Open anyway" has no domain function on this branch yet (need-to-know is another
        # part of issue 16): its row is added as that part will add it.
        with vault.transaction() as s:
            s.add(AccessReason(staff_id=vault.person.id, resident_id=her,
                               reason="Covering the house tonight"))
    return her, other


def _everything_in(zip_path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(zip_path) as zf:
        return {name: zf.read(name) for name in zf.namelist()}


# --- coverage -------------------------------------------------------------------------------


def test_every_table_that_names_her_is_read():
    """A new table with her id (or one of her stays) must be added to the pack: this fails
    until it is."""
    reaching = set()
    for table in Base.metadata.tables.values():
        targets = {fk.column.table.name for fk in table.foreign_keys}
        if "resident_id" in table.columns or targets & {"resident", "stay"}:
            reaching.add(table.name)
    missing = reaching - set(subject_access.COVERED_TABLES) - set(subject_access.NOT_COPIED)
    assert not missing, f"not in the subject access pack: {sorted(missing)}"
    assert {"child", "sign_out", "move_on", "incident_resident", "form_draft"} <= reaching


# --- the pack and the zip -------------------------------------------------------------------


def test_the_pack_holds_every_area_and_the_zip_none_of_what_was_withheld(kept, tmp_path, qapp):
    her, _ = plant(kept)
    out = tmp_path / "her-data.zip"
    with sign_in(kept, "manager") as vault:
        with vault.session() as s:
            pack = subject_access.gather(s, her)
        areas = {a.key: a for a in pack.areas}
        empty = [k for k in subject_access.AREA_TITLES if not areas[k].records]
        assert not empty, f"areas with nothing in them: {empty}"
        children = [k for k in areas if k.startswith("child-")]
        assert children and any(CHILD in json.dumps(areas[k].records) for k in children)
        defaults = pack.default_withheld()
        assert any(k.startswith("abuser:") for k in defaults)
        assert any(k.startswith("incident:") and k.endswith(":others") for k in defaults)
        assert any(k.startswith("risk_assessment:") for k in defaults)
        released = subject_access_pdf.export(vault, her, out)
    files = _everything_in(out)
    assert "her-data.pdf" in files and "README.txt" in files
    assert files["her-data.pdf"].startswith(b"%PDF")
    assert {f"{k}.json" for k in children} <= set(files)
    for planted in (ABUSER, OTHER_WOMAN, THIRD_PARTY, RISK_NOTE):
        for name, data in files.items():
            assert planted.encode() not in data, f"{planted} is in {name}"
    assert HER_OWN.encode() in files["contacts.json"]  # what is not withheld is there
    assert b"[withheld: " in files["person_she_fled.json"]
    # Her readable copy, as laid out (the PDF's text is compressed): the same.
    with sign_in(kept, "manager") as vault, vault.session() as s:
        pack = subject_access.gather(s, her)
        html = subject_access_pdf.her_copy_html(pack, pack.redacted(released.withheld))
        row = s.get(SubjectAccess, released.request_id)
        stored = json.loads(row.withheld)
    for planted in (ABUSER, OTHER_WOMAN, THIRD_PARTY, RISK_NOTE):
        assert planted not in html
    assert HER_OWN in html
    # A heading straight before a table crashed Qt at a page break in a long record.
    assert not re.search(r"</h\d>\s*<table", html)
    assert row.released_on == date.today() and row.reviewed_by_id is not None
    assert {w["item"] for w in stored} == set(released.withheld)
    assert all(set(w) == {"item", "why"} for w in stored)
    assert not any(p in row.withheld for p in (ABUSER, OTHER_WOMAN, THIRD_PARTY, RISK_NOTE))


def test_the_audit_holds_counts_never_content(kept, tmp_path, qapp):
    her, _ = plant(kept)
    with sign_in(kept, "manager") as vault:
        with vault.session() as s:
            name = s.get(Resident, her).name
            before = s.scalar(select(AuditEvent.id).order_by(AuditEvent.id.desc()).limit(1))
        subject_access_pdf.export(vault, her, tmp_path / "out.zip")
        with vault.session() as s:
            events = list(s.scalars(select(AuditEvent).where(AuditEvent.id > before)))
    kinds = [e.kind for e in events]
    assert "subject_access_released" in kinds
    text = " ".join(f"{e.kind} {e.record_type} {e.detail}" for e in events)
    for secret in (name, ABUSER, OTHER_WOMAN, THIRD_PARTY, RISK_NOTE, HER_OWN, CHILD):
        assert secret not in text
    released = next(e for e in events if e.kind == "subject_access_released")
    assert "withheld=" in released.detail and "areas=" in released.detail


def test_a_support_worker_is_refused_and_can_record_that_she_asked(kept, tmp_path, qapp):
    her, _ = plant(kept)
    out = tmp_path / "her.zip"
    with sign_in(kept, "worker") as vault:
        with pytest.raises(NotAllowed):
            subject_access_pdf.export(vault, her, out)
        with vault.session() as s, vault.transaction() as w:
            pack = subject_access.gather(s, her)
            with pytest.raises(NotAllowed):
                subject_access.release(w, vault.person, pack=pack, withheld={})
        rid = subject_access.record_request(vault, resident_id=her, requested_on=date.today())
        with vault.session() as s:
            assert s.get(SubjectAccess, rid).released_on is None
    assert not out.exists() and list(tmp_path.glob("*.part")) == []


def test_due_one_calendar_month_after_she_asked(kept):
    assert subject_access.due_on(date(2026, 11, 30)) == date(2026, 12, 30)
    assert subject_access.due_on(date(2026, 12, 15)) == date(2027, 1, 15)
    assert subject_access.due_on(date(2027, 1, 31)) == date(2027, 2, 28)
    assert subject_access.due_on(date(2028, 1, 31)) == date(2028, 2, 29)
    her, _ = plant(kept)
    with sign_in(kept, "worker") as vault:
        rid = subject_access.record_request(vault, resident_id=her,
                                            requested_on=date(2026, 10, 31),
                                            today=date(2026, 11, 30))
        with pytest.raises(DateInFuture):
            subject_access.record_request(vault, resident_id=her,
                                          requested_on=date.today() + timedelta(days=1))
        with pytest.raises(DateOutOfRange):
            subject_access.record_request(vault, resident_id=her, requested_on=date(1800, 1, 1))
        with vault.session() as s:
            rows = subject_access.requests_for(s, her)
    assert [r.due_on for r in rows if r.id == rid] == [date(2026, 11, 30)]


def test_bad_choices_are_refused_and_nothing_is_released(kept, tmp_path, qapp):
    her, _ = plant(kept)
    out = tmp_path / "her.zip"
    with sign_in(kept, "manager") as vault:
        with pytest.raises(ValidationError):
            subject_access_pdf.export(vault, her, out, withheld={"abuser:999999": "why"})
        with vault.session() as s:
            pack = subject_access.gather(s, her)
        key = pack.candidates[0].key
        with pytest.raises(ValidationError):
            subject_access_pdf.export(vault, her, out, withheld={key: "   "})
        with pytest.raises(ValidationError):
            subject_access_pdf.export(vault, her, out, withheld={key: "x" * 501})
        with vault.session() as s:
            released = s.scalars(select(SubjectAccess.released_on)
                                 .where(SubjectAccess.resident_id == her)).all()
    assert released == [None]  # only the request planted, never released
    assert not out.exists()


def test_a_folder_that_cannot_be_used_saves_nothing_and_releases_nothing(kept, tmp_path, qapp):
    her, _ = plant(kept)
    blocker = tmp_path / "a-file"
    blocker.write_text("in the way")
    with sign_in(kept, "manager") as vault:
        with pytest.raises(ExportNotSaved):
            subject_access_pdf.export(vault, her, blocker / "her.zip")
        with vault.session() as s:
            released = s.scalars(select(SubjectAccess.released_on)
                                 .where(SubjectAccess.resident_id == her)).all()
    assert released == [None]
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".refugedesk")) == []
