"""Her data as a ZIP (issue 16, subject access): a readable PDF for her, JSON per area for
machines (each child in a file of its own), and a README.txt saying what is in it.

    export(vault, resident_id, out, withheld={key: why}, request_id=...)   # a manager

Withheld items are replaced by "[withheld: <reason>]" everywhere in the ZIP. The ZIP is
written beside its name and renamed when complete (reports/output.py): a full disk or a folder
that cannot be written to raises ExportNotSaved and leaves no file. The release is recorded
(SubjectAccess: keys withheld and why, never their content) and audited with counts only, in
the same step, before the file is put in place.
"""

from __future__ import annotations

import json
import re
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from html import escape
from pathlib import Path
from typing import Any

from refugedesk import i18n, subject_access
from refugedesk.db.models import enums
from refugedesk.db.vault import Vault
from refugedesk.i18n import QT_TRANSLATE_NOOP, english_count, translate
from refugedesk.progress import CancelCheck, Progress, report, stop_if
from refugedesk.reports import pdf
from refugedesk.reports.output import export_file
from refugedesk.reports.pdf import tag
from refugedesk.subject_access import Area, SubjectAccessPack, area_title, record_kind

PDF_NAME = "her-data.pdf"
#: Fields that are the database's own bookkeeping: in the JSON, not in her readable copy.
_NOT_READ_OUT = frozenset({"id", "resident_id", "stay_id", "record", "withheld_items"})
#: When a row was typed or last changed: kept in the JSON, left out of her readable copy.
_BOOKKEEPING = frozenset({"created_at", "updated_at"})


@dataclass(frozen=True)
class Released:
    path: Path
    request_id: int
    withheld: dict[str, str]
    files: tuple[str, ...]



def _day(d: date) -> str:
    return i18n.long_date(d)


#: Each field's name in her copy (in English here; translated where shown). A field not
#: listed reads as its column's name.
_LABELS = {
    "access_needs": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Access needs"),
    "acknowledged_at": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Acknowledged at"),
    "action_taken": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Action taken"),
    "actions": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Actions"),
    "agency": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Agency"),
    "agency_name": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Agency name"),
    "anonymised_on": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Anonymised on"),
    "answers": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Answers"),
    "area": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Area"),
    "arrived_on": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Arrived on"),
    "arriving_on": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Arriving on"),
    "assessed_at": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Assessed at"),
    "assessed_by": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Assessed by"),
    "assessed_on": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Assessed on"),
    "at": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "At"),
    "attended": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Attended"),
    "back_at": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Back at"),
    "carried_out_at": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Carried out at"),
    "channel": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Channel"),
    "child_in_need": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Child in need"),
    "child_protection_plan": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Child protection plan"),
    "children_ages": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Children ages"),
    "children_count": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Children count"),
    "closed_at": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Closed at"),
    "code_word": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Code word"),
    "comments": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Comments"),
    "community_support": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Community support"),
    "contactable": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Contactable"),
    "covers": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "What it covers"),
    "data": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Data"),
    "date_of_birth": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Date of birth"),
    "decided_on": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Decided on"),
    "decision": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Decision"),
    "decline_reason": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Decline reason"),
    "departure_reason": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Departure reason"),
    "description": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Description"),
    "destination": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Destination"),
    "documents_language": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Documents language"),
    "done_at": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Done at"),
    "draft": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Draft"),
    "due_on": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Due on"),
    "enrolled_on": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Enrolled on"),
    "excluded_areas": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Excluded areas"),
    "expected_back": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Expected back"),
    "expires_on": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Expires on"),
    "explained_by": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Explained by"),
    "finished_at": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Finished at"),
    "first_arrived_on": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "First arrived on"),
    "follow_up_on": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Follow up on"),
    "form": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Form"),
    "given_on": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Given on"),
    "goal_ids": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Goal ids"),
    "goals": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Goals"),
    "gp": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "GP"),
    "held_on": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Held on"),
    "held_until": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Held until"),
    "her_words": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "In her words"),
    "house": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "House"),
    "household_ref": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Household reference"),
    "how_given": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "How given"),
    "immigration_status": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Immigration status"),
    "key_worker": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Key worker"),
    "kind": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Kind"),
    "known_areas": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Areas he is known in"),
    "known_as": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Known as"),
    "language": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Language"),
    "lawful_basis": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Lawful basis"),
    "leaving_on": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Leaving on"),
    "left_on": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Left on"),
    "level": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Level"),
    "made_on": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Made on"),
    "minutes": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Minutes"),
    "mode": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Mode"),
    "moments": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Moments"),
    "name": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Name"),
    "needs": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Needs"),
    "needs_ground_floor": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Needs ground floor"),
    "needs_interpreter": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Needs interpreter"),
    "needs_wheelchair": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Needs wheelchair"),
    "next_steps": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Next steps"),
    "note": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Note"),
    "notes": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Notes"),
    "now_arrived_on": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Now arrived on"),
    "nrpf": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "No recourse to public funds"),
    "offers": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Offers"),
    "others_involved": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Others involved"),
    "out_at": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Out at"),
    "outcome": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Outcome"),
    "outcome_note": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Outcome note"),
    "owner": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Owner"),
    "period_end": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Period end"),
    "period_start": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Period start"),
    "pets": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Pets"),
    "place": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Place"),
    "police_ref": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Police ref"),
    "privacy_notice_given_on": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf",
                             "Privacy notice given on"),
    "programme": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Programme"),
    "reason": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Reason"),
    "received_at": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Received at"),
    "received_on": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Received on"),
    "reference": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Reference"),
    "referred_on": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Referred on"),
    "referrer_contact": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Referrer contact"),
    "released_on": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Released on"),
    "requested_on": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Requested on"),
    "risk_level": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Risk level"),
    "room": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Room"),
    "route": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Route"),
    "safe_to_call": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Safe to call"),
    "safe_to_text": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Safe to text"),
    "school": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "School"),
    "score": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Score"),
    "scores": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Scores"),
    "sealed_at": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Sealed at"),
    "section": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Section"),
    "session": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Session"),
    "sex": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Sex"),
    "shared_with": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Shared with"),
    "shift": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Shift"),
    "social_worker": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Social worker"),
    "source": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Source"),
    "stage": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Stage"),
    "state": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "State"),
    "status": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Status"),
    "status_on": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Status on"),
    "step": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Step"),
    "steps": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Steps"),
    "success_looks_like": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Success looks like"),
    "superseded_at": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Superseded at"),
    "support_after": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Support after"),
    "text": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Text"),
    "times_to_avoid": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Times to avoid"),
    "topic": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Topic"),
    "vehicle": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Vehicle"),
    "version": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Version"),
    "versions": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Versions"),
    "was_arrived_on": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Was arrived on"),
    "what": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "What"),
    "what_happened": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "What happened"),
    "who_was_told": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Who was told"),
    "withdrawn_on": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Withdrawn on"),
    "withheld": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Withheld"),
    "worker": QT_TRANSLATE_NOOP("ReportsSubjectAccessPdf", "Worker"),
}
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_INSTANT = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")
_CHOICE = re.compile(r"^[a-z]+(_[a-z]+)+$")


def _label(name: str) -> str:
    if name in _LABELS:
        return translate("ReportsSubjectAccessPdf", _LABELS[name])
    return name.replace("_", " ").capitalize()


def _choice(text: str) -> str:
    """A fixed choice stored as its key ("child_arrangements") in plain words: in English as
    the key reads; in another language, the choice's own label where it has one."""
    if i18n.current() != i18n.ENGLISH:
        for kind in vars(enums).values():
            if isinstance(kind, type) and issubclass(kind, Enum) and \
                    text in kind._value2member_map_:
                label = getattr(kind(text), "label", None)
                if isinstance(label, str):
                    return label
    return text.replace("_", " ").capitalize()


def _scalar(value: Any) -> str:
    if isinstance(value, bool):
        return translate("ReportsSubjectAccessPdf", "Yes") if value else translate("ReportsSubjectAccessPdf", "No")
    text = str(value)
    try:
        if _DAY.match(text):
            return _day(date.fromisoformat(text))
        if _INSTANT.match(text):
            return i18n.date_and_time(datetime.fromisoformat(text).astimezone())
    except ValueError:
        return text
    if _CHOICE.match(text):  # a fixed choice stored as its key: "child_arrangements"
        return _choice(text)
    return text


def _text(value: Any) -> str:
    if value is None or value == "" or value == [] or value == {}:
        return "—"
    if isinstance(value, dict):
        return "; ".join(f"{k}: {_text(v)}" for k, v in value.items())
    if isinstance(value, list):
        return "; ".join(_text(v) for v in value)
    return _scalar(value)


def _record_html(record: Mapping[str, Any]) -> str:
    rows = []
    for name, value in record.items():
        if name in _NOT_READ_OUT or name.endswith("_id") or name in _BOOKKEEPING:
            continue
        if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            inner = "".join(f"<li>{_record_html(v)}</li>" for v in value)
            rows.append(f"<tr><td><b>{escape(_label(name))}</b></td><td><ul>{inner}</ul></td></tr>")
            continue
        text = escape(_text(value)).replace("\n", "<br>")
        rows.append(f"<tr><td width='30%'><b>{escape(_label(name))}</b></td><td>{text}</td></tr>")
    return "<table cellpadding='2' width='100%'>" + "".join(rows) + "</table>"


def her_copy_html(pack: SubjectAccessPack, areas: list[Area]) -> str:
    """Her readable copy: calm plain headings per area, withheld items already replaced. In
    the language being spoken (`write` speaks hers)."""
    parts = [tag("h1", translate("ReportsSubjectAccessPdf", "The information we hold about you"))
             + "<p>" + escape(translate("ReportsSubjectAccessPdf", "Prepared on {day}. It is set out in parts, one for each area of "
                               "our work with you. Where something was withheld, it says so "
                               "and why: usually because it is about someone else. You can "
                               "ask us about anything in it.").format(
                 day=_day(pack.gathered_on))) + "</p>"]
    for area in areas:
        # A heading is always followed by a line of text, never straight by a table: Qt
        # crashed keeping such a heading with its table across a page break (see the
        # report of 30 Nov 2026).
        parts.append(f"<h2>{escape(area_title(area))}</h2>")
        if not area.records:
            parts.append(tag("p", translate("ReportsSubjectAccessPdf", "We hold nothing in this part.")))
            continue
        count = len(area.records)
        parts.append("<p>" + escape(english_count(
            translate("ReportsSubjectAccessPdf", "%n records in this part."),
            count, one="1 record in this part.")) + "</p>")
        for record in area.records:
            kind = record.get("record")
            if isinstance(kind, str) and kind:
                kind = record_kind(kind)
                parts.append(f"<p><b>{escape(kind[:1].upper() + kind[1:])}</b></p>")
            parts.append(_record_html(record) + "<hr>")
    return "\n".join(parts)


def readme(pack: SubjectAccessPack, areas: list[Area], files: list[str], withheld: int) -> str:
    """The README.txt, in the language being spoken (`write` speaks hers)."""
    lines = [
        translate("ReportsSubjectAccessPdf", "Your data, as held by the refuge service"),
        "",
        translate("ReportsSubjectAccessPdf", "Prepared on {day}.").format(day=_day(pack.gathered_on)),
        "",
        translate("ReportsSubjectAccessPdf", "{file}: everything below, to read or print.").format(file=PDF_NAME),
        *translate("ReportsSubjectAccessPdf", "The .json files hold the same information in a form other computer programs can\n"
            "read, one file for each part (each child has a file of their own):").splitlines(),
        "",
    ]
    titles = {f"{a.key}.json": area_title(a) for a in areas}
    lines += [f"  {name}: {titles.get(name, '')}" for name in files if name.endswith(".json")]
    withheld_line = english_count(
        translate("ReportsSubjectAccessPdf",
                  "%n items were withheld, each marked [withheld: reason] where it would have "
                  "been."), withheld,
        one="1 item was withheld, marked [withheld: reason] where it would have been.",
    ) if withheld else translate("ReportsSubjectAccessPdf", "Nothing was withheld.")
    lines += ["", withheld_line,
              "", translate("ReportsSubjectAccessPdf", "This file is not encrypted: keep it somewhere only you can open.")]
    return "\n".join(lines) + "\n"


def write(pack: SubjectAccessPack, withheld: Mapping[str, str], out: Path, *,
          vault_path: Path | None = None, progress: Progress | None = None,
          cancelled: CancelCheck | None = None) -> tuple[str, ...]:
    """Write the ZIP to `out` (atomic: temporary file, renamed when complete), in her
    language (pack.documents_language). Returns the names of the files in it."""
    with export_file(Path(out), vault_path=vault_path) as partial:
        return _write_zip(pack, withheld, partial, progress=progress, cancelled=cancelled)


def _write_zip(pack: SubjectAccessPack, withheld: Mapping[str, str], partial: Path, *,
               progress: Progress | None, cancelled: CancelCheck | None) -> tuple[str, ...]:
    # Everything in it is hers, so in her language; the reasons were chosen in the manager's.
    manager_language = i18n.current()
    with i18n.speaking(i18n.documents_in(pack.documents_language)):
        return _write_her_zip(pack, withheld, partial, progress=progress,
                              cancelled=cancelled, seen_in=manager_language)


def _write_her_zip(pack: SubjectAccessPack, withheld: Mapping[str, str], partial: Path, *,
                   progress: Progress | None, cancelled: CancelCheck | None,
                   seen_in: str) -> tuple[str, ...]:
    areas = pack.redacted(withheld, seen_in=seen_in)
    total = len(areas) + 2
    files: list[str] = []
    pdf_part = partial.with_name(partial.name + ".pdf")
    try:
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            for n, area in enumerate(areas, 1):
                stop_if(cancelled)
                name = f"{area.key}.json"
                zf.writestr(name, json.dumps({"part": area_title(area), "records": area.records},
                                             ensure_ascii=False, indent=2))
                files.append(name)
                report(progress, n, total)
            stop_if(cancelled)
            pdf.write_pdf(her_copy_html(pack, areas), pdf_part,
                          title=translate("ReportsSubjectAccessPdf", "The information we hold about you"),
                          progress=lambda done, pages: report(
                              progress, len(areas) + done, len(areas) + pages + 1))
            zf.write(pdf_part, PDF_NAME)
            files.insert(0, PDF_NAME)
            zf.writestr("README.txt", readme(pack, areas, files, len(withheld)))
            files.append("README.txt")
            report(progress, total, total)
    finally:
        pdf_part.unlink(missing_ok=True)
    return tuple(files)


def export(vault: Vault, resident_id: int, out: Path, *,
           withheld: Mapping[str, str] | None = None, request_id: int | None = None,
           requested_on: date | None = None, today: date | None = None,
           progress: Progress | None = None, cancelled: CancelCheck | None = None) -> Released:
    """Gather her data, write the ZIP with `withheld` left out (None: the default list), and
    record the release, as one step: a manager or an administrator only (NotAllowed).
    `request_id`: the request being answered; None records one asked on `requested_on`."""
    subject_access.check_can_release(vault.person)
    with vault.session() as session:
        pack = subject_access.gather(session, resident_id, today=today)
    chosen = dict(pack.default_withheld() if withheld is None else withheld)
    subject_access.check_withheld(pack, chosen)
    out = Path(out)
    with export_file(out, vault_path=vault.path) as partial:
        files = _write_zip(pack, chosen, partial, progress=progress, cancelled=cancelled)
        stop_if(cancelled)
        with vault.transaction() as session:
            rid = subject_access.release(session, vault.person, pack=pack, withheld=chosen,
                                         request_id=request_id, requested_on=requested_on,
                                         today=today)
    return Released(out, rid, chosen, files)
