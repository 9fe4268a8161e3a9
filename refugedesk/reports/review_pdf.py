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

from refugedesk import audit, i18n
from refugedesk.db.models import GoalStatus, NeedArea, Resident
from refugedesk.db.vault import Vault
from refugedesk.i18n import QT_TRANSLATE_NOOP, english_count, translate
from refugedesk.progress import Progress
from refugedesk.reports import pdf
from refugedesk.reports.pdf import tag
from refugedesk.reviews import GoalOutcome, ReviewSummary, gather

if TYPE_CHECKING:
    from datetime import date

GREEN = "#2c5f5a"

#: How her copy says what became of each goal: warm, never blaming.
HER_GOAL_WORDS = {
    GoalStatus.ACHIEVED: QT_TRANSLATE_NOOP("ReportsReviewPdf", "You did this"),
    GoalStatus.PARTLY_ACHIEVED: QT_TRANSLATE_NOOP("ReportsReviewPdf", "Part of the way there"),
    GoalStatus.NOT_ACHIEVED: QT_TRANSLATE_NOOP("ReportsReviewPdf",
                                               "Still to come, in your own time"),
    GoalStatus.OPEN: QT_TRANSLATE_NOOP("ReportsReviewPdf", "Still working on it"),
    GoalStatus.NO_LONGER_WANTED: QT_TRANSLATE_NOOP("ReportsReviewPdf",
                                                   "You decided this was no longer for you"),
}


#: A legal or court goal names orders and proceedings (and often him): her copy, which she may
#: keep where others can find it, says only that it was a legal matter.
LEGAL_GOAL = QT_TRANSLATE_NOOP("ReportsReviewPdf", "A legal matter you worked on")



def her_goals_sentence(achieved: int, counted: int) -> str:
    """Her copy's line about the goals that count, warm whatever the figure: never "0 of 2".
    Empty when there is no goal to count."""
    if counted <= 0:
        return ""
    if achieved <= 0:
        return english_count(
            translate("ReportsReviewPdf", "You are still working towards %n goals."), counted, one="You are still working towards 1 goal.")
    if achieved >= counted:
        return english_count(
            translate("ReportsReviewPdf", "You reached all %n of the things you set out to do."), counted,
            one="You reached the goal you set out to reach.")
    rest = counted - achieved
    return english_count(
        translate("ReportsReviewPdf",
                  "You reached {achieved} of the {counted} things you set out to do, and you "
                  "are still working towards the other %n."), rest,
        one="You reached {achieved} of the {counted} things you set out to do, and you are "
            "still working towards the other one.",
    ).format(achieved=achieved, counted=counted)


def _sessions(count: int) -> str:
    return english_count(translate("ReportsReviewPdf", "%n sessions"), count,
                         one="1 session")


def _attended(programme: str, sessions: int, completed: date | None) -> str:
    """The file copy's line for a programme completed."""
    return english_count(
        translate("ReportsReviewPdf", "{programme}: %n sessions attended, completed {day}"), sessions,
        one="{programme}: 1 session attended, completed {day}").format(
            programme=programme, day=_when(completed))


def _her_goal(goal: GoalOutcome) -> str:
    return translate("ReportsReviewPdf", LEGAL_GOAL) if goal.area is NeedArea.LEGAL_COURT else goal.her_words


def _when(day: date | None) -> str:
    return i18n.long_date(day) if day else ""


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


def _heading(text: str) -> str:
    return f'<h2 style="color:{GREEN}">{escape(text)}</h2>'


def her_copy_html(summary: ReviewSummary) -> str:
    """Her copy, in the language being spoken (`write_her_copy` speaks hers)."""
    name = escape(summary.her_name)
    parts = [f'<p style="color:{GREEN}">{escape(summary.organisation)}</p>',
             f'<h1 style="color:{GREEN}">'
             f'{escape(translate("ReportsReviewPdf", "Celebrating you, {name}")).format(name=name)}</h1>',
             f'<p>{escape(translate("ReportsReviewPdf", "How much you have done and changed. This is yours to keep."))}'
             "</p>"]
    if summary.held_on:
        parts.append("<p>" + escape(translate("ReportsReviewPdf", "We looked back together on {day}.")).format(
            day=escape(_when(summary.held_on))) + "</p>")
    if summary.needs:
        parts.append(_heading(translate("ReportsReviewPdf", "Where you started, and where you are now")) + "<p>"
                     + escape(translate("ReportsReviewPdf", "Each area is scored from 1 to 5: the higher, the better "
                                 "things are.")) + "</p>")
        parts.append(_star_chart(summary))
        rows = "".join(
            f"<tr><td>{escape(d.area.label)}</td><td align='center'>{d.first}</td>"
            f"<td align='center'>{d.latest}</td></tr>" for d in summary.needs)
        parts.append(f'<table cellpadding="4" border="0"><tr><th align="left">'
                     f'{escape(translate("ReportsReviewPdf", "Area"))}</th><th>{escape(translate("ReportsReviewPdf", "When you arrived"))}</th>'
                     f'<th>{escape(translate("ReportsReviewPdf", "Now"))}</th></tr>{rows}</table>')
    if summary.goals:
        figure = summary.figure
        parts.append(_heading(translate("ReportsReviewPdf", "What you asked for")))
        if figure.counted:
            parts.append(f"<p>{escape(her_goals_sentence(figure.achieved, figure.counted))}</p>")
        items = "".join(f"<li><b>{escape(_her_goal(g))}</b>: "
                        f"{escape(translate('ReportsReviewPdf', HER_GOAL_WORDS[g.status]))}</li>"
                        for g in summary.goals)
        parts.append(f"<ul>{items}</ul>")
    if summary.programmes:
        items = "".join(
            "<li>" + escape(
                translate("ReportsReviewPdf", "{programme}: {sessions}, completed {day}").format(
                    programme=p.name, sessions=_sessions(p.sessions_attended),
                    day=_when(p.completed_on)) if p.completed_on else
                translate("ReportsReviewPdf", "{programme}: {sessions}").format(
                    programme=p.name, sessions=_sessions(p.sessions_attended))) + "</li>"
            for p in summary.programmes)
        parts.append(_heading(translate("ReportsReviewPdf", "Programmes you completed")) + f"<ul>{items}</ul>")
    moments = [m for m in summary.moments if m.words]
    if moments:
        items = "".join(f"<li>{escape(_when(m.at.date()))}: {escape(m.words)}</li>"
                        for m in moments)
        parts.append(_heading(translate("ReportsReviewPdf", "Moments to remember")) + f"<ul>{items}</ul>")
    if summary.her_words:
        parts.append(_heading(translate("ReportsReviewPdf", "In your own words")) + _paras(summary.her_words))
    if summary.next_steps:
        parts.append(_heading(translate("ReportsReviewPdf", "What comes next")) + _paras(summary.next_steps))
    parts.append(f'<p style="margin-top:24px; color:{GREEN}">'
                 + escape(translate("ReportsReviewPdf", "Well done, {name}. Everything on this page is something you did."))
                 .format(name=name) + "</p>")
    return "\n".join(parts)


def file_copy_html(summary: ReviewSummary) -> str:
    """The staff file copy, in the language in use."""
    f = summary.figure
    share = (translate("ReportsReviewPdf", "{percent}%").format(percent=f.percent) if f.percent is not None
             else translate("ReportsReviewPdf", "no goals to count yet"))
    in_full = (translate("ReportsReviewPdf", "{percent}%").format(percent=round(f.share_in_full * 100))
               if f.share_in_full is not None else "-")
    if summary.her_name != summary.full_name:
        heading = translate("ReportsReviewPdf", "{kind}: {name} (known as {known_as})").format(
            kind=summary.kind.label, name=summary.full_name, known_as=summary.her_name)
    else:
        heading = translate("ReportsReviewPdf", "{kind}: {name}").format(kind=summary.kind.label, name=summary.full_name)

    def row(label: str, value: str) -> str:
        return f"<tr><td>{escape(label)}</td><td>{escape(value)}</td></tr>"

    parts = [
        "<p>" + escape(translate("ReportsReviewPdf", "{organisation}: staff file copy, confidential")).format(
            organisation=f"<b>{escape(summary.organisation)}</b>") + "</p>",
        f"<h1>{escape(heading)}</h1>",
        "<table cellpadding='3'>"
        + row(translate("ReportsReviewPdf", "Reference"), summary.reference)
        + row(translate("ReportsReviewPdf", "Due"), _when(summary.due_on) or translate("ReportsReviewPdf", "not set"))
        + row(translate("ReportsReviewPdf", "Held"), _when(summary.held_on) or translate("ReportsReviewPdf", "not yet held"))
        + row(translate("ReportsReviewPdf", "Version"), translate("ReportsReviewPdf", "{version} of {latest}").format(
            version=summary.version, latest=summary.latest_version))
        + row(translate("ReportsReviewPdf", "Attended"), summary.attended or translate("ReportsReviewPdf", "not recorded"))
        + "</table>",
        tag("h2", translate("ReportsReviewPdf", "Requested outcomes")),
        "<p>" + escape(translate("ReportsReviewPdf", "Achieved (including partly): {share}; achieved in full: {in_full}."))
        .format(share=f"<b>{escape(share)}</b>", in_full=escape(in_full)) + "<br>"
        + escape(translate("ReportsReviewPdf", "Goals asked for: {asked}; no longer wanted (not counted): "
                    "{no_longer_wanted}; counted: {counted}; achieved: {achieved}; partly "
                    "achieved: {partly}; not achieved: {not_achieved}; still open: "
                    "{still_open}.").format(
            asked=f.asked, no_longer_wanted=f.no_longer_wanted, counted=f.counted,
            achieved=f.achieved_in_full, partly=f.partly, not_achieved=f.not_achieved,
            still_open=f.still_open)) + "</p>",
    ]
    if summary.needs:
        rows = "".join(
            f"<tr><td>{escape(d.area.label)}</td>"
            f"<td>{d.first} ({escape(_when(d.first_on))})</td>"
            f"<td>{d.latest} ({escape(_when(d.latest_on))})</td><td>{d.change:+d}</td></tr>"
            for d in summary.needs)
        parts.append(tag("h2", translate("ReportsReviewPdf", "Needs: first against latest"))
                     + "<table border='1' cellspacing='0' cellpadding='3'><tr>"
                     + tag("th", translate("ReportsReviewPdf", "Area"))
                     + tag("th", translate("ReportsReviewPdf", "First"))
                     + tag("th", translate("ReportsReviewPdf", "Latest"))
                     + tag("th", translate("ReportsReviewPdf", "Change")) + "</tr>"
                     f"{rows}</table>")
        parts.append(_star_chart(summary))
    if summary.goals:
        items = "".join(
            f"<li>{escape(g.her_words)}"
            f"{' (' + escape(g.area.label) + ')' if g.area else ''}: "
            f"{escape(g.status.label)}</li>"
            for g in summary.goals)
        parts.append(tag("h2", translate("ReportsReviewPdf", "Goals and what became of them")) + f"<ul>{items}</ul>")
    if summary.programmes:
        items = "".join(f"<li>{escape(_attended(p.name, p.sessions_attended, p.completed_on))}"
                        "</li>" for p in summary.programmes)
        parts.append(tag("h2", translate("ReportsReviewPdf", "Programmes completed")) + f"<ul>{items}</ul>")
    if summary.moments:
        items = "".join(
            "<li>" + escape(translate("ReportsReviewPdf", "{day} (contact {number}): {notes}").format(
                day=_when(m.at.date()), number=m.contact_id, notes=m.contact_notes))
            + ("<br>" + escape(translate("ReportsReviewPdf", "On her copy: {words}").format(words=m.words))
               if m.words else "") + "</li>"
            for m in summary.moments)
        parts.append(tag("h2", translate("ReportsReviewPdf",
                                         "Moments chosen from the contact log"))
                     + f"<ul>{items}</ul>")
    none = tag("p", translate("ReportsReviewPdf", "None recorded."))
    parts.append(tag("h2", translate("ReportsReviewPdf", "Her words"))
                 + (_paras(summary.her_words) or none))
    parts.append(tag("h2", translate("ReportsReviewPdf", "Next steps"))
                 + (_paras(summary.next_steps) or none))
    return "\n".join(parts)


def _write(vault: Vault, review_id: int, path: Path, *, version: int | None,
           copy: str, progress: Progress | None) -> Path:
    with vault.transaction() as session:
        summary = gather(session, review_id, version=version)
        her_language = session.get_one(Resident, summary.resident_id).documents_language
        audit.record(session, vault.person, "review_document_made", record_type="resident",
                     record_id=summary.resident_id,
                     detail=f"review={review_id} version={summary.version} copy={copy}")
    if copy == "her":
        # Hers is in her language, whatever the worker's screen speaks.
        with i18n.speaking(i18n.documents_in(her_language)):
            return pdf.write_pdf(her_copy_html(summary), path,
                                 title=translate("ReportsReviewPdf", "Celebrating you, {name}").format(
                                     name=summary.her_name), progress=progress)
    return pdf.write_pdf(file_copy_html(summary), path,
                         title=translate("ReportsReviewPdf", "{kind}: {reference} (file copy)").format(
                             kind=summary.kind.label, reference=summary.reference),
                         progress=progress)


def write_her_copy(vault: Vault, review_id: int, path: Path, *,
                   version: int | None = None, progress: Progress | None = None) -> Path:
    """Her copy of the review (latest version unless `version`), as an A4 PDF."""
    return _write(vault, review_id, path, version=version, copy="her", progress=progress)


def write_file_copy(vault: Vault, review_id: int, path: Path, *,
                    version: int | None = None, progress: Progress | None = None) -> Path:
    """The staff file copy of the review, as an A4 PDF."""
    return _write(vault, review_id, path, version=version, copy="file", progress=progress)
