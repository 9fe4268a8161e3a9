"""Welsh (issue 18) in the documents, spreadsheets and the command line: staff papers in the
language in use, her own papers in hers (Resident.documents_language) whatever the app speaks,
and the English unchanged. Through Qt's translators (the built .qm), not a dictionary here."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from test_programmes import AFTER, freedom  # noqa: F401  (the fixture)
from test_reviews import amy  # noqa: F401  (the fixture)

from refugedesk import capacity, houses, i18n, programmes
from refugedesk.cli import main
from refugedesk.db.models import AttendanceState, DepartureReason, NeedArea, Resident
from refugedesk.reports import pdf
from refugedesk.reports.certificate_pdf import certificate, write_certificate
from refugedesk.reports.court_report import CourtReport, NeedsChange, html
from refugedesk.reports.occupancy import export_occupancy
from refugedesk.reports.outcomes import export_outcomes
from refugedesk.reports.review_pdf import her_goals_sentence
from refugedesk.reports.subject_access_pdf import readme
from refugedesk.subject_access import (
    WHY_OTHER_RESIDENT,
    Area,
    SubjectAccessPack,
    area_title,
    reason_for_her,
)

START, END = date(2030, 1, 15), date(2030, 4, 20)


@pytest.fixture
def welsh(qapp):
    assert i18n.use("cy"), "the .qm files are missing: run `make translations`"
    yield
    i18n.use("en")


def _pdf_text(path) -> str:
    reader = PdfReader(path)
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    return text.replace("\ufb01", "fi")


def _two_houses(vault) -> None:
    elm = houses.add_house(vault, name="Elm", area="N", opened_on=date(2020, 1, 1))
    room = houses.add_room(vault, house_id=elm, name="A", child_places=2,
                           opened_on=date(2020, 1, 1))
    stay = capacity.arrive(vault, room_id=room, on=date(2030, 1, 10), household_ref="H-1",
                           name="J D", children_count=2)
    capacity.depart(vault, stay_id=stay, on=date(2030, 3, 1),
                    reason=DepartureReason.PLANNED_MOVE_ON)


def _texts(workbook) -> list[str]:
    return [c for ws in workbook.worksheets for row in ws.iter_rows(values_only=True)
            for c in row if isinstance(c, str)]


def test_the_occupancy_spreadsheet_in_welsh_and_back_in_english(new_vault, tmp_path, welsh):
    vault, _ = new_vault
    _two_houses(vault)
    wb = load_workbook(export_occupancy(vault, start=START, end=END, out=tmp_path / "cy"))
    assert wb.sheetnames == ["Crynodeb", "Dyddiol", "Misol", "Arhosiadau"]
    texts = _texts(wb)
    for wanted in ("Tŷ", "Deiliadaeth", "Nosweithiau ystafell llawn", "Pob tŷ", "Nodiadau",
                   "Cyfeirnod yr aelwyd"):
        assert wanted in texts, wanted
    # %n: the count goes in, in Welsh ("0 arhosiad"), where English says "no stays".
    assert any(t.startswith("Cofnodwyd mewn camgymeriad: cofnodwyd 0 arhosiad") for t in texts)
    assert any("15 Ion 2030 i 20 Ebr 2030" in t for t in texts)
    assert {p.name: p.value for p in wb.custom_doc_props}["Cyfnod"] == \
        "2030-01-15 i 2030-04-20 (nosweithiau)"
    # Words of ours never start like a formula (the cells are text anyway).
    assert not [t for t in texts if t[:1] in "=+-@"]

    outside = load_workbook(export_occupancy(vault, start=START, end=END,
                                             out=tmp_path / "outside", for_outside=True))
    assert "llai na 5" in _texts(outside)

    i18n.use("en")
    wb = load_workbook(export_occupancy(vault, start=START, end=END, out=tmp_path / "en"))
    assert wb.sheetnames == ["Summary", "Daily", "Monthly", "Stays"]
    texts = _texts(wb)
    assert "All houses" in texts and "House" in texts
    assert any(t.startswith("Recorded in error: no stays arriving") for t in texts)


def test_the_outcomes_spreadsheet_in_welsh(new_vault, tmp_path, welsh):
    vault, _ = new_vault
    _two_houses(vault)
    wb = load_workbook(export_outcomes(vault, start=START, end=END, out=tmp_path / "o"))
    assert wb.sheetnames == ["Crynodeb", "Canlyniadau fesul maes angen", "Ymadawiadau",
                             "MARAC ac atgyfeiriadau allan"]
    texts = _texts(wb)
    for wanted in ("Menywod a gefnogwyd", "Pob tŷ", "Wedi'i gynllunio", "O'r rhain, ailatgyfeiriadau"):
        assert wanted in texts, wanted
    assert not [t for t in texts if t[:1] in "=+-@"]


def _completed(vault, her, sessions, language):
    with vault.transaction() as s:
        s.get(Resident, her).documents_language = language
    for sid in sessions[:10]:
        programmes.record_attendance(vault, community_support=True, today=AFTER, session_id=sid,
                                     resident_id=her, state=AttendanceState.ATTENDED)


def test_her_certificate_is_in_her_language_while_the_app_speaks_english(
        qapp, freedom, tmp_path):  # noqa: F811
    vault, her, prog, sessions = freedom
    assert i18n.use("en") and i18n.current() == "en"
    _completed(vault, her, sessions, "cy")
    cert = certificate(vault, programme_id=prog, resident_id=her)
    path = write_certificate(cert, tmp_path / "cy.pdf")
    text = _pdf_text(path)
    for wanted in ("Tystysgrif cwblhau", "Mae'r dystysgrif hon yn dathlu", "am gwblhau",
                   "10 sesiwn, o 7 Ionawr i 11 Mawrth 2030", "Llofnod", "Dyddiad"):
        assert wanted in text, wanted
    assert PdfReader(path).metadata.title == "Tystysgrif: Freedom Programme"
    assert "Certificate of completion" not in text
    assert i18n.current() == "en"  # the app's own language is untouched

    with vault.transaction() as s:
        s.get(Resident, her).documents_language = "en"
    cert = certificate(vault, programme_id=prog, resident_id=her)
    text = _pdf_text(write_certificate(cert, tmp_path / "en.pdf"))
    assert "Certificate of completion" in text
    assert "10 sessions, from 7 January to 11 March 2030" in text


def test_her_copy_words_and_plurals_in_welsh(qapp):
    with i18n.speaking("cy"):
        assert her_goals_sentence(0, 2) == "Rydych chi'n dal i weithio tuag at 2 nod."
        assert her_goals_sentence(1, 3) == (
            "Fe wnaethoch chi gyrraedd 1 o'r 3 peth yr oeddech chi am eu gwneud, ac rydych "
            "chi'n dal i weithio tuag at y 2 arall.")
    assert her_goals_sentence(0, 1) == "You are still working towards 1 goal."
    assert her_goals_sentence(2, 3) == ("You reached 2 of the 3 things you set out to do, and "
                                        "you are still working towards the other one.")


def test_a_pdf_for_her_counts_its_pages_in_her_language(qapp, tmp_path):
    with i18n.speaking("cy"):
        path = pdf.write_pdf("<h1>Helo</h1>", tmp_path / "page.pdf", title="Prawf")
    assert "Tudalen 1 o 1" in _pdf_text(path)
    assert "Page 1 of 1" in _pdf_text(pdf.write_pdf("<h1>Hello</h1>", tmp_path / "en.pdf",
                                                    title="Test"))


def test_her_subject_access_copy_in_welsh(qapp):
    pack = SubjectAccessPack(1, "R-1", "Amy", date(2026, 11, 30),
                             [Area("her_details", "Your details", [{"name": "Amy"}]),
                              Area("child-7", "Your child: Bea", [], child="Bea")], [],
                             documents_language="cy")
    with i18n.speaking("cy"):
        assert area_title(pack.areas[0]) == "Eich manylion"
        assert area_title(pack.areas[1]) == "Eich plentyn: Bea"
        # A suggested reason the manager saw in English comes out in her language; her own
        # words stay as she wrote them.
        assert reason_for_her(WHY_OTHER_RESIDENT, seen_in="en") == "Mae'n enwi preswylydd arall"
        assert reason_for_her("Told to us in confidence", seen_in="en") == \
            "Told to us in confidence"
        text = readme(pack, pack.areas, ["her-data.pdf", "her_details.json"], 2)
    assert "Paratowyd ar 30 Tachwedd 2026." in text
    assert "Cafodd 2 eitem eu hatal" in text
    assert "her_details.json: Eich manylion" in text
    english = readme(pack, pack.areas, ["her-data.pdf"], 1)
    assert "Prepared on 30 November 2026." in english
    assert "1 item was withheld" in english


def _court_report() -> CourtReport:
    return CourtReport(1, "Amy Example", date(1990, 5, 1), date(2026, 3, 1), date(2026, 5, 31),
                       (), (), (NeedsChange(NeedArea.SAFETY, 2, date(2026, 3, 2), 4,
                                            date(2026, 5, 20)),),
                       "She has engaged well.", "Fictional Test Refuge", "Ada Test",
                       datetime(2026, 6, 1, 9, 0, tzinfo=UTC))


def test_the_court_report_speaks_the_apps_language(welsh):
    report = _court_report()
    text = html(report)
    for wanted in ("Adroddiad i&#x27;r llys", "Dyddiad geni", "1 Mai 1990",
                   "Dim sesiynau rhaglen yn y cyfnod hwn.", "Paratowyd gan Ada Test"):
        assert wanted in text, wanted
    assert report.title == "Adroddiad i'r llys: 1 Mawrth 2026 i 31 Mai 2026"


def test_the_command_line_in_welsh(qapp, capsys, monkeypatch):
    monkeypatch.delenv("REFUGEDESK_LANGUAGE", raising=False)
    code = main(["--language", "cy", "export", "occupancy", "--db", "x.rdb", "--user", "u",
                 "--from", "2026-03-01", "--to", "2026-01-01", "--out", "o.xlsx"])
    assert code == 2
    assert "mae --to cyn --from" in capsys.readouterr().err
    assert i18n.current() == "en"  # a run leaves the process's language as it found it

    assert main(["--language", "cy", "--help"]) == 0
    assert "Heb orchymyn, mae'n agor yr ap." in capsys.readouterr().out
    monkeypatch.setenv("REFUGEDESK_LANGUAGE", "cy")
    assert main(["check", "--help"]) == 0
    assert "Gwirio pob tudalen o ffeil y gronfa ddiogel" in capsys.readouterr().out

    monkeypatch.delenv("REFUGEDESK_LANGUAGE")
    assert main(["--language", "en", "--help"]) == 0
    assert "With no command, opens the app." in capsys.readouterr().out


def test_her_review_copy_is_in_her_language_and_the_file_copy_in_the_apps(
        qapp, amy, tmp_path):  # noqa: F811
    from test_review_pdf import _text, _with_secrets

    from refugedesk.reports.review_pdf import write_file_copy, write_her_copy

    vault, rid, stay, room, keys = amy
    review, _ = _with_secrets(vault, rid, room, keys)
    with vault.transaction() as s:
        s.get(Resident, rid).documents_language = "cy"
    reader, text = _text(write_her_copy(vault, review, tmp_path / "her.pdf"))
    assert reader.metadata.title == "Dathlu eich llwyddiant, Amy"
    for wanted in ("Fe wnaethoch chi hyn", "Rhan o'r ffordd yno",
                   "Fe wnaethoch chi gyrraedd 5 o'r 7 peth", "Mater cyfreithiol",
                   "Beth y gofynnoch chi amdano", "Da iawn chi, Amy", "28 Awst 2026",
                   "Tudalen 1 o"):
        assert wanted in text, wanted
    assert "You did this" not in text and "Page 1 of" not in text
    # The staff file copy follows the app, which is in English.
    _, staff = _text(write_file_copy(vault, review, tmp_path / "file.pdf"))
    assert "Requested outcomes" in staff and "Page 1 of" in staff
