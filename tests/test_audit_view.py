"""The audit view: managers and administrators page through the trail, filtered by person,
resident and dates, and export it for an inquiry (re-opened here); a support worker cannot."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from conftest import reopen
from openpyxl import load_workbook
from sqlalchemy import select
from test_handover import PASSWORD, service  # noqa: F401  (the fixture)

from refugedesk import audit_view, residents
from refugedesk.audit_view import AuditFilter
from refugedesk.db.models import AuditEvent
from refugedesk.errors import DatesOutOfOrder, NotAllowed, ValidationError

HOSTILE = "=HYPERLINK(\"http://x\",\"y\")"


def _trail(service):  # noqa: F811
    """Two residents (one with a reference a spreadsheet would run), opened by Ada and Omar."""
    vault = service["vault"]
    amy = residents.create_resident(vault, reference="R-1", name="Amy Example",
                                    code_word="bluebell")
    odd = residents.create_resident(vault, reference=HOSTILE, name="Bo Example")
    residents.update_resident(vault, amy, code_word="teapot")
    omar = reopen(service["path"], "omar", PASSWORD)
    try:
        residents.open_record(omar, amy)
        residents.open_record(omar, odd)
    finally:
        omar.close()
    return amy, odd


def test_filters_page_and_never_show_values(service):  # noqa: F811
    vault = service["vault"]
    amy, odd = _trail(service)
    with vault.session() as s:
        everything = audit_view.events(s, vault.person, limit=1000)
        hers = audit_view.events(s, vault.person, AuditFilter(reference="R-1"))
        omars = audit_view.events(s, vault.person, AuditFilter(who="omar"))
        both = audit_view.events(s, vault.person, AuditFilter(who="omar", reference="R-1"))
        today = audit_view.events(s, vault.person, AuditFilter(since=date.today(),
                                                               until=date.today()))
        yesterday = audit_view.events(s, vault.person, AuditFilter(
            until=date.today() - timedelta(days=1)))
        total = len(list(s.scalars(select(AuditEvent.id))))
    assert len(everything) == total
    assert [e.at for e in everything] == sorted((e.at for e in everything), reverse=True)
    assert {e.record_id for e in hers} == {amy} and {e.kind for e in hers} >= {
        "resident_created", "resident_changed", "record_opened"}
    assert {e.who for e in omars} == {"omar"}
    assert [(e.kind, e.record) for e in both] == [("record_opened", "Resident R-1")]
    assert len(today) == total and yesterday == []
    changed = next(e for e in hers if e.kind == "resident_changed")
    assert changed.detail == "fields=code_word"  # the field, never "teapot"
    assert all("teapot" not in e.detail and "bluebell" not in e.detail for e in everything)

    # pages: newest first, each page after the last row of the one before, none lost
    with vault.session() as s:
        pages, last = [], None
        while True:
            rows = audit_view.events(s, vault.person, after=last, limit=3)
            if not rows:
                break
            pages += rows
            last = rows[-1]
    assert [e.id for e in pages] == [e.id for e in everything]


def test_bad_filters_are_refused_in_their_field(service):  # noqa: F811
    vault = service["vault"]
    with vault.session() as s:
        for filt, field in ((AuditFilter(reference="R-404"), "reference"),
                            (AuditFilter(reference="x" * 41), "reference"),
                            (AuditFilter(who="x" * 65), "who"),
                            (AuditFilter(since=date(1850, 1, 1)), "since")):
            with pytest.raises(ValidationError) as err:
                audit_view.events(s, vault.person, filt)
            assert err.value.field == field
        with pytest.raises(DatesOutOfOrder):
            audit_view.events(s, vault.person, AuditFilter(since=date.today(),
                                                           until=date(2020, 1, 1)))


def test_the_export_is_reopened_holds_text_as_text_and_is_audited(service, tmp_path):  # noqa: F811
    vault = service["vault"]
    amy, odd = _trail(service)
    out, count = audit_view.export_audit(vault, AuditFilter(who="omar"), tmp_path / "inquiry")
    sheet = load_workbook(out).active
    rows = [tuple(c.value for c in row) for row in sheet.iter_rows()]
    assert rows[2] == tuple(audit_view.COLUMNS)
    body = rows[3:]
    assert out.name == "inquiry.xlsx" and count == len(body) == 3  # his sign-in, two openings
    assert [r[1:4] for r in body] == [("omar", "Record opened", f"Resident {HOSTILE}"),
                                      ("omar", "Record opened", "Resident R-1"),
                                      ("omar", "Sign in", None)]
    assert sheet.cell(row=4, column=4).data_type == "s"  # text, never a formula
    with vault.session() as s:
        event = s.scalars(select(AuditEvent).where(AuditEvent.kind == "audit_exported")).one()
    assert "events=3" in event.detail and "file=inquiry.xlsx" in event.detail
    assert "R-1" not in event.detail

    out, _ = audit_view.export_audit(vault, AuditFilter(reference="R-1"), tmp_path / "hers.xlsx")
    with vault.session() as s:
        event = s.scalars(select(AuditEvent).where(AuditEvent.kind == "audit_exported")
                          .order_by(AuditEvent.id.desc())).first()
    assert event is not None and (event.record_type, event.record_id) == ("resident", amy)


def test_a_support_worker_cannot_read_or_export_the_trail(service, tmp_path):  # noqa: F811
    nina = reopen(service["path"], "nina", PASSWORD)
    try:
        with nina.session() as s, pytest.raises(NotAllowed):
            audit_view.events(s, nina.person)
        with pytest.raises(NotAllowed):
            audit_view.export_audit(nina, AuditFilter(), tmp_path / "x.xlsx")
        assert not (tmp_path / "x.xlsx").exists()
    finally:
        nina.close()
