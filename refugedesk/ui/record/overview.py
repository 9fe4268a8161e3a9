"""Her record's Overview tab: her details, court orders and stays; editing her details or
adding a court order (the forms are in overview_dialogs.py); then her children, consent and
the person she fled, each a list kept up to date here (overview_lists.py)."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog, QFrame, QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from refugedesk import i18n, privacy_notice, resident_views, residents, staff, stay_corrections
from refugedesk.db.vault import ReadSession
from refugedesk.i18n import QT_TRANSLATE_NOOP, translate
from refugedesk.resident_views import ResidentDetails
from refugedesk.stay_corrections import CorrectionView
from refugedesk.ui.record.common import RecordTab
from refugedesk.ui.record.common import day_text as _day
from refugedesk.ui.record.her_data_dialog import HerDataDialog
from refugedesk.ui.record.overview_dialogs import CourtOrderDialog, DetailsDialog
from refugedesk.ui.record.overview_lists import RecordLists
from refugedesk.ui.widgets import button, label

#: What the Overview reads: her details, the corrections of each of her stays, the day she
#: was given the privacy notice, and the language of the documents made for her.
OverviewReads = tuple[ResidentDetails, dict[int, list[CorrectionView]], date | None, str | None]


def overview_reads(session: ReadSession, resident_id: int) -> OverviewReads:
    """The Overview's reads, in one session; domain calls only, so they can run off the
    window's thread (opening her record reads them in the background: record/window.py)."""
    details = resident_views.resident_details(session, resident_id)
    return (details, stay_corrections.corrections(session, [s.id for s in details.stays]),
            privacy_notice.given_on(session, resident_id),
            residents.documents_language(session, resident_id))


def documents_language_text(code: str | None) -> str:
    """Her choice of language for her documents, as the Overview says it: the language named
    in its own words ("Cymraeg"), or "Not asked yet"."""
    if code is None:
        return translate("RecordOverview", "Not asked yet")
    return i18n.LANGUAGES.get(code, code)


def _answer(value: bool | None, yes: str, no: str, not_asked: str) -> str:
    """A contact-safety answer in words; None is "not asked yet", never read as safe."""
    return not_asked if value is None else (yes if value else no)


class OverviewTab(RecordTab):
    name = "recordOverview"
    title = QT_TRANSLATE_NOOP("RecordOverview", "&Overview")
    #: Reads made before the tab was built (when her record was opened): its first load
    #: shows them instead of reading again.
    given: OverviewReads | None = None
    #: Set by the record window when it shows her record a part at a time: the lists under
    #: the text (children, consent, the person she fled) are added on the next turn of the
    #: event loop, or when first asked for (`lists`), whichever comes first.
    lists_later = False
    _lists: RecordLists | None = None
    _details: ResidentDetails | None = None

    def build(self, layout: QVBoxLayout) -> None:
        top = QHBoxLayout()
        top.addStretch(1)
        edit = button(translate("RecordOverview", "Edit her details…"), "overviewEditDetails")
        edit.clicked.connect(self.edit_details)
        top.addWidget(edit)
        for text, name, dialog in [(translate("RecordOverview", "Add a court order…"),
                                    "overviewAddOrder", CourtOrderDialog)]:
            b = button(text, name)
            b.clicked.connect(lambda _=False, d=dialog: self.open(
                d(self.vault, self.resident_id, self)))
            top.addWidget(b)
        her_data = button(translate("RecordOverview", "Her data…"), "overviewHerData",
                          accessible=translate(
                              "RecordOverview",
                              "Her data: what we hold about her, for her to have"))
        her_data.clicked.connect(self.her_data)
        top.addWidget(her_data)
        layout.addLayout(top)
        scroll = QScrollArea(objectName="overviewScroll")  # type: ignore[call-arg]  # objectName= kwarg: not in the stubs
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to what it holds
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.overview = label(name="overviewText")
        self.overview.setTextFormat(Qt.TextFormat.RichText)
        self.overview.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.overview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        scroll.setWidget(self._body())
        layout.addWidget(scroll)

    def load(self) -> None:
        given, self.given = self.given, None
        if given is None:
            resident_id = self.resident_id
            outcome = self.read(lambda session: overview_reads(session, resident_id))
            if not outcome.ok:
                return
            given = outcome.value
        details, self.corrections, self.notice_given, self.documents_language = given
        self.overview.setText(self.html(details))
        self._details = details
        if self._lists is not None:
            self._lists.show_details(details)

    def _body(self) -> QWidget:
        """What the tab scrolls: the text about her, then the lists kept up to date here
        (children, consent, the person she fled: overview_lists.py)."""
        body = QWidget(objectName="overviewBody")  # type: ignore[call-arg]  # objectName= kwarg: not in the stubs
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 8, 0)
        column.addWidget(self.overview)
        column.addStretch(1)
        self._column = column
        if self.lists_later:
            QTimer.singleShot(0, self, lambda: self.lists)
        else:
            self.lists  # noqa: B018  # built now
        return body

    @property
    def lists(self) -> RecordLists:
        """The lists under the text, built (and filled with what was read) on first use."""
        if self._lists is None:
            self._lists = RecordLists(self)
            self._column.insertWidget(1, self._lists)
            if self._details is not None:
                self._lists.show_details(self._details)
        return self._lists

    def shown_text(self) -> str:
        """What the tab shows, as text: the text about her, then each list's rows, one a line
        (cells joined by " | "): what a user reads, for tests."""
        lines = [self.overview.text()]
        for section in (self.lists.children_list, self.lists.consents, self.lists.abusers):
            lines += [" | ".join(row) for row in section.shown()]
        return "\n".join(lines)

    def html(self, d: ResidentDetails) -> str:
        """Her record as the Overview shows it."""
        today = self.today
        e = escape

        def rows(pairs: list[tuple[str, str]]) -> str:
            return "".join(f"<tr><td style='padding-right:14px;color:#55615f'>{e(k)}</td>"
                           f"<td>{e(v)}</td></tr>" for k, v in pairs if v)

        notice_given = getattr(self, "notice_given", None)
        language = (translate("RecordOverview", "{language} (needs an interpreter)").format(
            language=d.language) if d.needs_interpreter else d.language)
        about = rows([
            (translate("RecordOverview", "Name"), d.name),
            (translate("RecordOverview", "Known as"), d.known_as),
            (translate("RecordOverview", "Reference"), d.reference),
            (translate("RecordOverview", "Date of birth"), _day(d.date_of_birth, "")),
            (translate("RecordOverview", "Language"), language),
            (translate("RecordOverview", "Documents for her in"),
             documents_language_text(getattr(self, "documents_language", None))),
            (translate("RecordOverview", "Disability and access"), d.access_needs),
            (translate("RecordOverview", "Immigration status"), d.immigration_status),
            (translate("RecordOverview", "No recourse to public funds"),
             translate("RecordOverview", "Yes") if d.nrpf else ""),
            (translate("RecordOverview", "GP"), d.gp),
            (translate("RecordOverview", "Key worker"),
             d.key_worker or translate("RecordOverview", "None yet")),
            (translate("RecordOverview", "Privacy notice"),
             translate("RecordOverview", "Given on {day}").format(day=_day(notice_given))
             if notice_given else translate("RecordOverview", "Not given yet"))])
        safely = rows([
            (translate("RecordOverview", "Phone calls"), _answer(
                d.safe_to_call, translate("RecordOverview", "Safe to call"),
                translate("RecordOverview", "Do not phone her"),
                translate("RecordOverview", "Not asked yet: ask her before phoning"))),
            (translate("RecordOverview", "Text messages"), _answer(
                d.safe_to_text, translate("RecordOverview", "Safe to text"),
                translate("RecordOverview", "Do not text her"),
                translate("RecordOverview", "Not asked yet: ask her before texting"))),
            (translate("RecordOverview", "Code word"),
             translate("RecordOverview", "Yes: check it before you talk") if d.code_word
             else translate("RecordOverview", "None")),
            (translate("RecordOverview", "Times to avoid"), d.times_to_avoid)])
        parts = [self.where_now(d),
                 "<h3>" + e(translate("RecordOverview", "About her")) + "</h3>",
                 f"<table>{about}</table>",
                 "<h3>" + e(translate("RecordOverview", "Contacting her safely")) + "</h3>",
                 f"<table>{safely}</table>"]
        parts.append("<h3>" + e(translate("RecordOverview", "Court orders and bail conditions"))
                     + "</h3>")
        if not d.court_orders:
            parts.append("<p>" + e(translate("RecordOverview", "None recorded.")) + "</p>")
        for o in d.court_orders:
            made = _day(o.made_on, translate("RecordOverview", "date not known"))
            if o.expires_on is None:
                order = translate("RecordOverview", "{kind}: made {made}, no end date")
            elif o.expires_on < today:
                order = translate("RecordOverview", "{kind}: made {made}, ends {ends} (ended)")
            else:
                order = translate("RecordOverview", "{kind}: made {made}, ends {ends}")
            order = order.format(kind=e(o.kind.label), made=made, ends=_day(o.expires_on))
            parts.append(f"<p>{order}" + (f". {e(o.notes)}" if o.notes else "") + "</p>")
        parts.append("<h3>" + e(translate("RecordOverview", "Stays")) + "</h3>")
        if not d.stays:
            parts.append("<p>" + e(translate("RecordOverview", "No stays linked to her record."))
                         + "</p>")
        for s in d.stays:
            if s.left_on is None:
                stay = translate("RecordOverview", "{house}, {room}: from {arrived} (here now)")
            elif s.departure_reason is not None:
                stay = translate("RecordOverview",
                                 "{house}, {room}: from {arrived} to {left} ({reason})")
            else:
                stay = translate("RecordOverview", "{house}, {room}: from {arrived} to {left}")
            parts.append("<p>" + stay.format(
                house=e(s.house), room=e(s.room), arrived=_day(s.arrived_on),
                left=_day(s.left_on), reason=e(s.departure_reason.label.lower()
                                                if s.departure_reason else "")) + "</p>")
            parts += ["<p style='margin-left:16px;color:#55615f'>"
                      + translate("RecordOverview", "Corrected: {text}").format(text=e(c.text))
                      + "</p>" for c in getattr(self, "corrections", {}).get(s.id, [])]
        return "".join(parts)

    def where_now(self, d: ResidentDetails) -> str:
        """The line on top: the stay she is in tonight (the same rule as the header), or not."""
        today = self.today
        here = [s for s in d.stays
                if s.arrived_on <= today and (s.left_on is None or s.left_on > today)]
        if not here:
            return "<p><b>" + escape(translate("RecordOverview", "Not in refuge now.")) + "</b></p>"
        s = max(here, key=lambda x: (x.arrived_on, x.id))
        return "<p><b>" + translate(
            "RecordOverview", "In refuge now: {room}, {house}, since {day}").format(
                room=escape(s.room), house=escape(s.house), day=_day(s.arrived_on)) + "</b></p>"

    def her_data(self) -> QDialog:
        """Her subject access request: what we hold, reviewed and saved for her."""
        return self.open(HerDataDialog(self.vault, self.resident_id, self,
                                       today=self.record.today))

    def edit_details(self) -> QDialog | None:
        def read(session):
            details = resident_views.resident_details(session, self.resident_id)
            return details, [(s.display_name, s.id) for s in staff.colleagues(session)
                             if s.active or s.id == details.key_worker_id], \
                residents.documents_language(session, self.resident_id)

        outcome = self.read(read)
        if not outcome.ok:
            return None
        details, workers, documents_in = outcome.value
        return self.open(DetailsDialog(self.vault, details, workers, self,
                                       documents_language=documents_in))
