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
from html import escape
from pathlib import Path
from typing import Any

from refugedesk import subject_access
from refugedesk.db.vault import Vault
from refugedesk.progress import CancelCheck, Progress, report, stop_if
from refugedesk.reports import pdf
from refugedesk.reports.output import export_file
from refugedesk.subject_access import Area, SubjectAccessPack
from refugedesk.words import plural

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
    return f"{d.day} {d:%B %Y}"


#: Field names said in plain words where the column's own name would not do.
_LABELS = {"nrpf": "No recourse to public funds", "gp": "GP",
           "household_ref": "Household reference", "her_words": "In her words",
           "known_areas": "Areas he is known in", "covers": "What it covers"}
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_INSTANT = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")
_CHOICE = re.compile(r"^[a-z]+(_[a-z]+)+$")


def _label(name: str) -> str:
    return _LABELS.get(name, name.replace("_", " ").capitalize())


def _scalar(value: Any) -> str:
    if isinstance(value, bool):
        return "Yes" if value else "No"
    text = str(value)
    try:
        if _DAY.match(text):
            return _day(date.fromisoformat(text))
        if _INSTANT.match(text):
            when = datetime.fromisoformat(text).astimezone()
            return f"{_day(when.date())}, {when:%H:%M}"
    except ValueError:
        return text
    if _CHOICE.match(text):  # a fixed choice stored as its key: "child_arrangements"
        return text.replace("_", " ").capitalize()
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
    """Her readable copy: calm plain headings per area, withheld items already replaced."""
    parts = [f"<h1>The information we hold about you</h1>"
             f"<p>Prepared on {_day(pack.gathered_on)}. It is set out in parts, one for each "
             "area of our work with you. Where something was withheld, it says so and why: "
             "usually because it is about someone else. You can ask us about anything in "
             "it.</p>"]
    for area in areas:
        # A heading is always followed by a line of text, never straight by a table: Qt
        # crashed keeping such a heading with its table across a page break (see the
        # report of 30 Nov 2026).
        parts.append(f"<h2>{escape(area.title)}</h2>")
        if not area.records:
            parts.append("<p>We hold nothing in this part.</p>")
            continue
        parts.append(f"<p>{plural(len(area.records), 'record')} in this part.</p>")
        for record in area.records:
            kind = record.get("record")
            if isinstance(kind, str) and kind:
                parts.append(f"<p><b>{escape(kind[:1].upper() + kind[1:])}</b></p>")
            parts.append(_record_html(record) + "<hr>")
    return "\n".join(parts)


def readme(pack: SubjectAccessPack, areas: list[Area], files: list[str], withheld: int) -> str:
    lines = [
        "Your data, as held by the refuge service",
        "",
        f"Prepared on {_day(pack.gathered_on)}.",
        "",
        f"{PDF_NAME}: everything below, to read or print.",
        "The .json files hold the same information in a form other computer programs can",
        "read, one file for each part (each child has a file of their own):",
        "",
    ]
    titles = {f"{a.key}.json": a.title for a in areas}
    lines += [f"  {name}: {titles.get(name, '')}" for name in files if name.endswith(".json")]
    lines += ["", (f"{withheld} item{'s' if withheld != 1 else ''} were withheld, each marked "
                   "[withheld: reason] where it would have been." if withheld else
                   "Nothing was withheld."),
              "", "This file is not encrypted: keep it somewhere only you can open."]
    return "\n".join(lines) + "\n"


def write(pack: SubjectAccessPack, withheld: Mapping[str, str], out: Path, *,
          vault_path: Path | None = None, progress: Progress | None = None,
          cancelled: CancelCheck | None = None) -> tuple[str, ...]:
    """Write the ZIP to `out` (atomic: temporary file, renamed when complete). Returns the
    names of the files in it."""
    with export_file(Path(out), vault_path=vault_path) as partial:
        return _write_zip(pack, withheld, partial, progress=progress, cancelled=cancelled)


def _write_zip(pack: SubjectAccessPack, withheld: Mapping[str, str], partial: Path, *,
               progress: Progress | None, cancelled: CancelCheck | None) -> tuple[str, ...]:
    areas = pack.redacted(withheld)
    total = len(areas) + 2
    files: list[str] = []
    pdf_part = partial.with_name(partial.name + ".pdf")
    try:
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            for n, area in enumerate(areas, 1):
                stop_if(cancelled)
                name = f"{area.key}.json"
                zf.writestr(name, json.dumps({"part": area.title, "records": area.records},
                                             ensure_ascii=False, indent=2))
                files.append(name)
                report(progress, n, total)
            stop_if(cancelled)
            pdf.write_pdf(her_copy_html(pack, areas), pdf_part,
                          title="The information we hold about you",
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
