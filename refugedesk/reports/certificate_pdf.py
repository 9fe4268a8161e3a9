"""A programme completion certificate for her to keep, designed as a certificate (not a report):
one landscape A4 page with a calm double rule, the service's name, her name large and centred,
the programme, the sessions she attended and when, and space to sign. No page number, no report
header or footer. Warm and plain; nothing about risk, the abuser, addresses or anyone else.
Producing one is recorded in the audit trail."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen
from sqlalchemy import select

from refugedesk import audit, history, i18n
from refugedesk.db.models import (
    Attendance,
    AttendanceState,
    Organisation,
    Programme,
    ProgrammeSession,
    Resident,
)
from refugedesk.db.vault import Vault
from refugedesk.errors import NotFound, ValidationError
from refugedesk.i18n import english_count, translate
from refugedesk.programmes import completed_on, completion
from refugedesk.progress import Progress
from refugedesk.reports import pdf

GREEN = QColor("#2c5f5a")
INK = QColor("#25302f")
SOFT = QColor("#5b6664")


@dataclass(frozen=True)
class Certificate:
    her_name: str
    programme: str
    sessions_attended: int
    completed_on: date
    organisation: str
    #: The first session she attended that counts (the same as completed_on for one session).
    started_on: date | None = None
    #: The language of her documents (Resident.documents_language); None: the one in use.
    language: str | None = None

    @property
    def title(self) -> str:
        """The document's title, in the language being spoken."""
        return translate("ReportsCertificatePdf", "Certificate: {programme}").format(
            programme=self.programme)


def certificate(vault: Vault, *, programme_id: int, resident_id: int) -> Certificate:
    """What goes on her certificate. Refused, plainly, until she has completed the programme.
    She is named as she asked to be known, if she gave a name for that."""
    with vault.transaction() as session:
        resident = session.get(Resident, resident_id)
        programme = session.get(Programme, programme_id)
        if resident is None or programme is None:
            raise NotFound("resident" if resident is None else "programme")
        done = completion(session, programme_id=programme_id, resident_id=resident_id)
        if not done.completed:
            needed = done.to_complete
            raise ValidationError(english_count(
                translate("ReportsCertificatePdf",
                          "A certificate is for a completed programme: {attended} of %n "
                          "sessions attended so far."),
                needed,
                one="A certificate is for a completed programme: {attended} of 1 session "
                    "attended so far.").format(attended=done.attended), field="programme")
        # Sessions outside her stays count only as community support (history.py).
        last = completed_on(session, programme_id=programme_id, resident_id=resident_id)
        counted = history.counter(session, resident_id)
        first = min((held_on for held_on, community in session.execute(
            select(ProgrammeSession.held_on, Attendance.community_support)
            .join(Attendance, Attendance.session_id == ProgrammeSession.id)
            .where(ProgrammeSession.programme_id == programme_id,
                   Attendance.resident_id == resident_id,
                   Attendance.state == AttendanceState.ATTENDED))
            if counted(held_on, community)), default=last)
        organisation = session.scalar(select(Organisation.name)) or ""
        audit.record(session, vault.person, "certificate_made", record_type="resident",
                     record_id=resident_id, detail=f"programme={programme_id}")
        return Certificate(resident.known_as.strip() or resident.name, programme.name,
                           done.attended, last, organisation,  # type: ignore[arg-type]  # completed: dated
                           started_on=first, language=resident.documents_language)


def _day(day: date, *, year: bool = True) -> str:
    if year:
        return i18n.long_date(day)
    return i18n.locale().toString(QDate(day.year, day.month, day.day), "d MMMM")


def attended_line(cert: Certificate) -> str:
    """"10 sessions, from 5 January to 9 March 2030" (one session: "1 session, on ..."), in
    the language being spoken."""
    n = cert.sessions_attended
    first, last = cert.started_on or cert.completed_on, cert.completed_on
    if first >= last:
        return english_count(
            translate("ReportsCertificatePdf", "%n sessions, completed on {day}"), n,
            one="1 session, completed on {day}").format(day=_day(last))
    return english_count(
        translate("ReportsCertificatePdf", "%n sessions, from {first} to {last}"), n,
        one="1 session, from {first} to {last}").format(
            first=_day(first, year=first.year != last.year), last=_day(last))


def _font(point_size: float, *, bold: bool = False, italic: bool = False) -> QFont:
    font = QFont("Serif")
    font.setStyleHint(QFont.StyleHint.Serif)
    font.setPointSizeF(point_size)
    font.setBold(bold)
    font.setItalic(italic)
    return font


def _fitted(painter: QPainter, text: str, point_size: float, width: float, *,
            bold: bool = False, smallest: float = 18) -> QFont:
    """The largest font up to `point_size` (down to `smallest`) that fits `text` on one line
    `width` wide; a longer text wraps at the smallest size."""
    size = point_size
    while size > smallest:
        font = _font(size, bold=bold)
        if QFontMetricsF(font, painter.device()).horizontalAdvance(text) <= width:
            return font
        size -= 1
    return _font(smallest, bold=bold)


def draw(painter: QPainter, page: QRectF, cert: Certificate) -> None:
    """Draw the certificate on `page` (any paint device: the PDF, or an image to look at), in
    her language (`cert.language`)."""
    with i18n.speaking(i18n.documents_in(cert.language)):
        _draw(painter, page, cert)


def _draw(painter: QPainter, page: QRectF, cert: Certificate) -> None:
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    mm = painter.device().logicalDpiX() / 25.4
    # A calm frame: a firm outer rule and a fine inner one.
    painter.setPen(QPen(GREEN, 1.2 * mm))
    outer = page.adjusted(0.6 * mm, 0.6 * mm, -0.6 * mm, -0.6 * mm)
    painter.drawRect(outer)
    painter.setPen(QPen(GREEN, 0.3 * mm))
    painter.drawRect(outer.adjusted(3 * mm, 3 * mm, -3 * mm, -3 * mm))

    inner = page.adjusted(22 * mm, 14 * mm, -22 * mm, -14 * mm)
    width = inner.width()
    flags = int(Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap)
    signing = 30 * mm  # the space to sign, at the foot

    def measure(f: float) -> list[tuple[str, QFont, QColor, float, float]]:
        """The lines, their fonts and heights, at `f` times the full size."""
        blocks: list[tuple[str, QFont, QColor, float]] = [
            # text, font, colour, space above (mm)
            (cert.organisation, _font(15 * f), GREEN, 0),
            (translate("ReportsCertificatePdf", "Certificate of completion"),
             _font(34 * f, bold=True), GREEN, 6),
            (translate("ReportsCertificatePdf", "This certificate celebrates"),
             _font(15 * f, italic=True), SOFT, 9),
            (cert.her_name, _fitted(painter, cert.her_name, 40 * f, width, bold=True,
                                    smallest=18 * f), INK, 3),
            (translate("ReportsCertificatePdf", "for completing"),
             _font(15 * f, italic=True), SOFT, 6),
            (cert.programme, _fitted(painter, cert.programme, 26 * f, width, bold=True,
                                     smallest=16 * f), INK, 2),
            (attended_line(cert), _font(14 * f), INK, 5),
            (translate("ReportsCertificatePdf",
                       "Well done. This is your achievement, and yours to keep."),
             _font(14 * f, italic=True), GREEN, 7),
        ]
        return [(text, font, colour, above * mm * f, QFontMetricsF(font, painter.device())
                 .boundingRect(QRectF(0, 0, width, page.height()), flags, text).height())
                for text, font, colour, above in blocks if text]

    # The longest names and programmes (120 characters each) make everything a little smaller
    # rather than crowd out the space to sign.
    for f in (1.0, 0.9, 0.8, 0.7, 0.6):
        measured = measure(f)
        total = sum(above + height for _, _, _, above, height in measured)
        if total <= inner.height() - signing:
            break
    y = inner.top() + max(0.0, (inner.height() - signing - total) / 2)
    for text, font, colour, above, height in measured:
        y += above
        painter.setFont(font)
        painter.setPen(colour)
        painter.drawText(QRectF(inner.left(), y, width, height), flags, text)
        y += height

    # Space to sign: two lines, each with what it is for beneath it.
    line_y = inner.bottom() - 10 * mm
    half = (width - 30 * mm) / 2
    small = _font(11)
    painter.setFont(small)
    signed = (translate("ReportsCertificatePdf", "Signed, for {organisation}").format(
        organisation=cert.organisation) if cert.organisation
        else translate("ReportsCertificatePdf", "Signed"))
    for left, words in ((inner.left(), signed),
                        (inner.left() + half + 30 * mm,
                         translate("ReportsCertificatePdf", "Date"))):
        painter.setPen(QPen(SOFT, 0.25 * mm))
        painter.drawLine(QPointF(left, line_y), QPointF(left + half, line_y))
        painter.setPen(SOFT)
        words = QFontMetricsF(small, painter.device()).elidedText(
            words, Qt.TextElideMode.ElideRight, half)  # a long service name stays on its line
        painter.drawText(QRectF(left, line_y + 1.5 * mm, half, 8 * mm),
                         int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop), words)


def write_certificate(cert: Certificate, path: Path, *,
                      progress: Progress | None = None) -> Path:
    """Her certificate as one landscape A4 page, in her language."""
    with i18n.speaking(i18n.documents_in(cert.language)):
        title = cert.title
    return pdf.write_page(lambda painter, page: draw(painter, page, cert), path,
                          title=title, landscape=True, progress=progress)
