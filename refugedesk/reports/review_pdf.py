"""The two documents of a review, through the shared A4 writer (reports/pdf.py).

- Her copy: warm, celebratory and plain, for her to keep. Her name as she likes to be known,
  where she started and where she is now in each area (with the star chart), what she asked
  for and what became of it, programmes she completed, the moments chosen with her (in the
  words written for her copy), her own words and what comes next. It is built only from those
  fields: nothing about risk, DASH, MARAC, the abuser, court orders, addresses, houses or
  rooms, her reference, the contact log's own notes, or anyone else living in the refuge. A
  goal in the legal and court area is shown only as "a legal matter you worked on".
- The file copy, for staff: the full detail of the review, including her reference, who
  attended, the version, the figure with its rule, and the contact notes behind each moment.

Producing either writes `review_document_made` on her record (which review, which version,
which copy; never the contents).
"""

from __future__ import annotations

import base64
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from refugedesk import audit
from refugedesk.db.models import GoalStatus, NeedArea
from refugedesk.db.vault import Vault
from refugedesk.progress import Progress
from refugedesk.reports import pdf
from refugedesk.reviews import GoalOutcome, ReviewSummary, gather
from refugedesk.words import plural

if TYPE_CHECKING:
    from datetime import date

GREEN = "#2c5f5a"

#: How her copy says what became of each goal: warm, never blaming.
HER_GOAL_WORDS = {
    GoalStatus.ACHIEVED: "You did this",
    GoalStatus.PARTLY_ACHIEVED: "Part of the way there",
    GoalStatus.NOT_ACHIEVED: "Still to come, in your own time",
    GoalStatus.OPEN: "Still working on it",
    GoalStatus.NO_LONGER_WANTED: "You decided this was no longer for you",
}


#: A legal or court goal names orders and proceedings (and often him): her copy, which she may
#: keep where others can find it, says only that it was a legal matter.
LEGAL_GOAL = "A legal matter you worked on"


def her_goals_sentence(achieved: int, counted: int) -> str:
    """Her copy's line about the goals that count, warm whatever the figure: never "0 of 2".
    Empty when there is no goal to count."""
    if counted <= 0:
        return ""
    if achieved <= 0:
        return f"You are still working towards {plural(counted, 'goal')}."
    if achieved >= counted:
        if counted == 1:
            return "You reached the goal you set out to reach."
        return f"You reached all {counted} of the things you set out to do."
    rest = counted - achieved
    return (f"You reached {achieved} of the {counted} things you set out to do, and you are "
            f"still working towards {'the other one' if rest == 1 else f'the other {rest}'}.")


def _sessions(count: int) -> str:
    return plural(count, "session")


def _her_goal(goal: GoalOutcome) -> str:
    return LEGAL_GOAL if goal.area is NeedArea.LEGAL_COURT else goal.her_words


def _when(day: date | None) -> str:
    return f"{day.day} {day:%B %Y}" if day else ""


def _paras(text: str) -> str:
    return "".join(f"<p>{escape(line)}</p>" for line in text.splitlines() if line.strip())


def _star_chart(summary: ReviewSummary) -> str:
    """The star chart as an embedded PNG (data URI), or "" with fewer than three areas."""
    if len(summary.needs) < 3:
        return ""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    # The drawing lives with the record screen's chart; it uses QPainter only.
    from refugedesk.reports.star_chart import PAPER_SIZE, Spoke, paper_image

    image = paper_image([Spoke(d.area.label, d.first, d.latest) for d in summary.needs])
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs want bytes; str works
    buffer.close()
    encoded = base64.b64encode(bytes(data)).decode("ascii")  # type: ignore[call-overload]  # a buffer
    # Shown at the size it was drawn for, so its labels print at their point size.
    return (f'<p align="center"><img src="data:image/png;base64,{encoded}" '
            f'width="{PAPER_SIZE.width()}" height="{PAPER_SIZE.height()}"></p>')


def her_copy_html(summary: ReviewSummary) -> str:
    name = escape(summary.her_name)
    parts = [f'<p style="color:{GREEN}">{escape(summary.organisation)}</p>',
             f'<h1 style="color:{GREEN}">Celebrating you, {name}</h1>',
             "<p>How much you have done and changed. This is yours to keep.</p>"]
    if summary.held_on:
        parts.append(f"<p>We looked back together on {_when(summary.held_on)}.</p>")
    if summary.needs:
        parts.append(f'<h2 style="color:{GREEN}">Where you started, and where you are now'
                     "</h2><p>Each area is scored from 1 to 5: the higher, the better things "
                     "are.</p>")
        parts.append(_star_chart(summary))
        rows = "".join(
            f"<tr><td>{escape(d.area.label)}</td><td align='center'>{d.first}</td>"
            f"<td align='center'>{d.latest}</td></tr>" for d in summary.needs)
        parts.append('<table cellpadding="4" border="0"><tr><th align="left">Area</th>'
                     f"<th>When you arrived</th><th>Now</th></tr>{rows}</table>")
    if summary.goals:
        figure = summary.figure
        parts.append(f'<h2 style="color:{GREEN}">What you asked for</h2>')
        if figure.counted:
            parts.append(f"<p>{her_goals_sentence(figure.achieved, figure.counted)}</p>")
        items = "".join(f"<li><b>{escape(_her_goal(g))}</b>: {HER_GOAL_WORDS[g.status]}</li>"
                        for g in summary.goals)
        parts.append(f"<ul>{items}</ul>")
    if summary.programmes:
        items = "".join(f"<li>{escape(p.name)}: {_sessions(p.sessions_attended)}"
                        f"{', completed ' + _when(p.completed_on) if p.completed_on else ''}"
                        "</li>" for p in summary.programmes)
        parts.append(f'<h2 style="color:{GREEN}">Programmes you completed</h2><ul>{items}</ul>')
    moments = [m for m in summary.moments if m.words]
    if moments:
        items = "".join(f"<li>{_when(m.at.date())}: {escape(m.words)}</li>" for m in moments)
        parts.append(f'<h2 style="color:{GREEN}">Moments to remember</h2><ul>{items}</ul>')
    if summary.her_words:
        parts.append(f'<h2 style="color:{GREEN}">In your own words</h2>'
                     f"{_paras(summary.her_words)}")
    if summary.next_steps:
        parts.append(f'<h2 style="color:{GREEN}">What comes next</h2>'
                     f"{_paras(summary.next_steps)}")
    parts.append(f'<p style="margin-top:24px; color:{GREEN}">Well done, {name}. Everything on '
                 "this page is something you did.</p>")
    return "\n".join(parts)


def file_copy_html(summary: ReviewSummary) -> str:
    f = summary.figure
    share = f"{f.percent}%" if f.percent is not None else "no goals to count yet"
    in_full = (f"{round(f.share_in_full * 100)}%" if f.share_in_full is not None else "-")
    known = (f" (known as {escape(summary.her_name)})"
             if summary.her_name != summary.full_name else "")
    parts = [
        f"<p><b>{escape(summary.organisation)}</b>: staff file copy, confidential</p>",
        f"<h1>{escape(summary.kind.label)}: {escape(summary.full_name)}{known}</h1>",
        "<table cellpadding='3'>"
        f"<tr><td>Reference</td><td>{escape(summary.reference)}</td></tr>"
        f"<tr><td>Due</td><td>{_when(summary.due_on) or 'not set'}</td></tr>"
        f"<tr><td>Held</td><td>{_when(summary.held_on) or 'not yet held'}</td></tr>"
        f"<tr><td>Version</td><td>{summary.version} of {summary.latest_version}</td></tr>"
        f"<tr><td>Attended</td><td>{escape(summary.attended) or 'not recorded'}</td></tr>"
        "</table>",
        "<h2>Requested outcomes</h2>",
        f"<p>Achieved (including partly): <b>{share}</b>; achieved in full: {in_full}.<br>"
        f"Goals asked for: {f.asked}; no longer wanted (not counted): {f.no_longer_wanted}; "
        f"counted: {f.counted}; achieved: {f.achieved_in_full}; partly achieved: {f.partly}; "
        f"not achieved: {f.not_achieved}; still open: {f.still_open}.</p>",
    ]
    if summary.needs:
        rows = "".join(
            f"<tr><td>{escape(d.area.label)}</td><td>{d.first} ({_when(d.first_on)})</td>"
            f"<td>{d.latest} ({_when(d.latest_on)})</td><td>{d.change:+d}</td></tr>"
            for d in summary.needs)
        parts.append("<h2>Needs: first against latest</h2>"
                     "<table border='1' cellspacing='0' cellpadding='3'><tr><th>Area</th>"
                     f"<th>First</th><th>Latest</th><th>Change</th></tr>{rows}</table>")
        parts.append(_star_chart(summary))
    if summary.goals:
        items = "".join(
            f"<li>{escape(g.her_words)}"
            f"{' (' + escape(g.area.label) + ')' if g.area else ''}: {g.status.label}</li>"
            for g in summary.goals)
        parts.append(f"<h2>Goals and what became of them</h2><ul>{items}</ul>")
    if summary.programmes:
        items = "".join(f"<li>{escape(p.name)}: {_sessions(p.sessions_attended)} attended, "
                        f"completed {_when(p.completed_on)}</li>" for p in summary.programmes)
        parts.append(f"<h2>Programmes completed</h2><ul>{items}</ul>")
    if summary.moments:
        items = "".join(
            f"<li>{_when(m.at.date())} (contact {m.contact_id}): {escape(m.contact_notes)}"
            f"{'<br>On her copy: ' + escape(m.words) if m.words else ''}</li>"
            for m in summary.moments)
        parts.append(f"<h2>Moments chosen from the contact log</h2><ul>{items}</ul>")
    parts.append(f"<h2>Her words</h2>{_paras(summary.her_words) or '<p>None recorded.</p>'}")
    parts.append(f"<h2>Next steps</h2>{_paras(summary.next_steps) or '<p>None recorded.</p>'}")
    return "\n".join(parts)


def _write(vault: Vault, review_id: int, path: Path, *, version: int | None,
           copy: str, progress: Progress | None) -> Path:
    with vault.transaction() as session:
        summary = gather(session, review_id, version=version)
        audit.record(session, vault.person, "review_document_made", record_type="resident",
                     record_id=summary.resident_id,
                     detail=f"review={review_id} version={summary.version} copy={copy}")
    if copy == "her":
        return pdf.write_pdf(her_copy_html(summary), path,
                             title=f"Celebrating you, {summary.her_name}", progress=progress)
    return pdf.write_pdf(file_copy_html(summary), path,
                         title=f"{summary.kind.label}: {summary.reference} (file copy)",
                         progress=progress)


def write_her_copy(vault: Vault, review_id: int, path: Path, *,
                   version: int | None = None, progress: Progress | None = None) -> Path:
    """Her copy of the review (latest version unless `version`), as an A4 PDF."""
    return _write(vault, review_id, path, version=version, copy="her", progress=progress)


def write_file_copy(vault: Vault, review_id: int, path: Path, *,
                    version: int | None = None, progress: Progress | None = None) -> Path:
    """The staff file copy of the review, as an A4 PDF."""
    return _write(vault, review_id, path, version=version, copy="file", progress=progress)
