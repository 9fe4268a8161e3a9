"""Her record's Programmes tab: the group programmes she has joined, her attendance, and her
completion certificate; and the form that records whether she came to a session."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from refugedesk import programmes, resident_views
from refugedesk.db.models import AttendanceState
from refugedesk.db.vault import Vault
from refugedesk.errors import ValidationError
from refugedesk.i18n import QT_TRANSLATE_NOOP, put_count, translate
from refugedesk.resident_views import SessionChoice
from refugedesk.ui import operations
from refugedesk.ui.changes import Change
from refugedesk.ui.record.common import (
    RECORD_CHANGED,
    RecordDialog,
    RecordTab,
    fill,
    pdf_file_dialog,
    selected,
    table,
)
from refugedesk.ui.record.community import AsksCommunitySupport
from refugedesk.ui.record.programme_dialogs import (
    EnrolDialog,
    ProgrammesDialog,
    open_set_up,
)
from refugedesk.ui.widgets import combo, label


class _Title:
    """The tab's title in the language in use, read when her record is built (after sign-in,
    when the language is known)."""

    def __get__(self, obj: object, owner: type | None = None) -> str:
        return translate("RecordProgrammes", "Pro&grammes")


def attended_text(p: resident_views.ProgrammeProgress) -> str:
    """Her attendance set against what completing needs, read at a glance: "8 of 10 needed",
    and past it "12 attended, 2 more than needed" (never "12 of 10 needed"); sessions counted
    as community support, and those outside her stays that do not count, after it."""
    attended, needed = p.attended, p.to_complete
    if attended > needed:
        text = put_count(translate("RecordProgrammes", "%n attended, {more} more than needed"),
                         attended).format(more=attended - needed)
    else:
        text = put_count(translate("RecordProgrammes", "%n of {needed} needed"),
                         attended).format(needed=needed)
    if p.community_support:
        text = put_count(translate("RecordProgrammes", "{attended} (%n as community support)"),
                         p.community_support).format(attended=text)
    if p.not_counted:
        text = put_count(translate("RecordProgrammes",
                                   "{attended}; %n outside her stays not counted"),
                         p.not_counted).format(attended=text)
    return text


class ProgrammesTab(RecordTab):
    name = "recordProgrammes"
    title = _Title()

    def build(self, layout: QVBoxLayout) -> None:
        layout.addWidget(label(translate("RecordProgrammes", "Group programmes she is enrolled on. A certificate "
                                         "can be printed for a programme she has completed. "
                                         "Sessions outside her stays count only as community "
                                         "support."), role="hint"))
        self.programme_buttons = self.top_row(layout, label(), [
            (translate("RecordProgrammes", "Enrol her…"), "programmeEnrolButton", self.enrol),
            (translate("RecordProgrammes", "Record attendance…"), "programmeAttendanceButton",
             self.record_attendance),
            (translate("RecordProgrammes", "Certificate…"), "programmeCertificateButton", self.save_certificate),
            (translate("RecordProgrammes", "Set up a programme…"), "programmeSetUpButton", self.set_up),
            (translate("RecordProgrammes", "Programmes…"), "programmesManagerButton", self.manage)])
        self.certificate_button = self.programme_buttons[2]
        self.programmes_table = table("programmesTable", translate("RecordProgrammes", "Programmes"),
                                      [translate("RecordProgrammes", "Programme"),
                                       translate("RecordProgrammes", "How"),
                                       translate("RecordProgrammes", "Attended"),
                                       translate("RecordProgrammes", "Missed"),
                                       translate("RecordProgrammes", "Excused"),
                                       translate("RecordProgrammes", "Completed?")],
                                      [230, 170, 140])
        layout.addWidget(self.programmes_table, 1)

    def load(self) -> None:
        outcome = self.read(lambda session: resident_views.programmes_for(session,
                                                                          self.resident_id))
        if not outcome.ok:
            return
        rows = outcome.value or []
        fill(self.programmes_table, [
            [p.name, p.delivery.label + (f", {p.facilitator}" if p.facilitator else ""),
             attended_text(p), str(p.missed), str(p.excused),
             translate("RecordProgrammes", "Yes") if p.completed else translate("RecordProgrammes", "Not yet")] for p in rows],
             list(rows))
        if rows:
            self.programmes_table.selectRow(0)
        attendance = self.programme_buttons[1]
        attendance.setEnabled(bool(rows))
        attendance.setToolTip("" if rows else translate("RecordProgrammes", "Enrol her on a programme first."))
        self.certificate_button.setEnabled(bool(rows))
        self.certificate_button.setToolTip(
            "" if rows else translate("RecordProgrammes", "She is not on a programme yet."))

    def record_attendance(self) -> QDialog | None:
        resident_id = self.resident_id
        choices = self.read(lambda session: resident_views.programme_sessions(
            session, resident_id=resident_id))
        if not choices.ok:
            return None
        return self.open(AttendanceDialog(self.vault, self.resident_id, choices.value, self))

    def enrol(self) -> QDialog | None:
        resident_id = self.resident_id
        outcome = self.read(lambda session: (programmes.programmes_list(session),
                                             programmes.enrolled_ids(session, resident_id)))
        if not outcome.ok:
            return None
        every, hers = outcome.value
        return self.open(EnrolDialog(self.vault, self.resident_id,
                                     [p for p in every if p.id not in hers], self,
                                     today=self.record.today))

    def set_up(self) -> QDialog | None:
        return open_set_up(self, self.vault, self.open, self.message, today=self.record.today)

    def manage(self) -> QDialog:
        return self.open(ProgrammesDialog(self.vault, self, today=self.record.today))

    def save_certificate(self) -> QDialog | None:
        """Her completion certificate for the selected programme, as a PDF she can keep."""
        progress = selected(self.programmes_table)
        if progress is None:
            self.say(translate("RecordProgrammes", "Select a programme in the list first."))
            return None
        from refugedesk.reports.certificate_pdf import certificate, write_certificate

        outcome = operations.run(self, lambda: certificate(
            self.vault, programme_id=progress.programme_id,  # type: ignore[attr-defined]
            resident_id=self.resident_id), message=self.message)
        if not outcome.ok:
            return None
        cert = outcome.value

        def write(path: str) -> None:
            self.write_file(
                lambda progress: write_certificate(cert, Path(path), progress=progress),
                label=translate("RecordProgrammes", "Making her certificate…"),
                saved=translate("RecordProgrammes", "Certificate saved"))

        return self.open(pdf_file_dialog(
            self, name="certificateFileDialog", title=translate("RecordProgrammes", "Save her certificate"),
            file_name=f"certificate-{progress.name}.pdf", write=write))  # type: ignore[attr-defined]


# Marked for translation here, translated where shown (the language is chosen at sign-in).
ATTENDANCE_LABELS = {
    AttendanceState.ATTENDED: QT_TRANSLATE_NOOP("RecordProgrammes", "She came"),
    AttendanceState.MISSED: QT_TRANSLATE_NOOP("RecordProgrammes", "She missed it"),
    AttendanceState.EXCUSED: QT_TRANSLATE_NOOP("RecordProgrammes", "She could not come (excused)")}


class AttendanceDialog(AsksCommunitySupport, RecordDialog):
    """Whether she came to a session of a programme she is enrolled on. Missing one puts a
    "check she is safe" action on her plan for her key worker. A session outside her stays
    asks whether it is community support (community.py)."""

    changed = RECORD_CHANGED | {Change.PLANS}

    def __init__(self, vault: Vault, resident_id: int, sessions: list[SessionChoice],
                 parent: QWidget | None = None) -> None:
        super().__init__(vault, resident_id, name="attendanceDialog",
                         title=translate("RecordProgrammes", "Record attendance"),
                         intro=translate("RecordProgrammes", "If she missed a session, a check that she is safe is "
                                         "added to her plan for her key worker."),
                         save=translate("RecordProgrammes", "Save"), parent=parent)
        self.session_choice = combo("attendanceSession", translate("RecordProgrammes", "Session"),
                                    [(c.label, c.session_id) for c in sessions])
        self.state = combo("attendanceState", translate("RecordProgrammes", "Did she come"),
                           [(translate("RecordProgrammes", text), state.value)
                            for state, text in ATTENDANCE_LABELS.items()])
        self.date_widget = self.session_choice
        self.add_field(translate("RecordProgrammes", "Session"), self.session_choice, "session")
        self.add_field(translate("RecordProgrammes", "Did she come?"), self.state, "state")

    def action(self) -> Callable[[], object]:
        session_id = self.session_choice.currentData()
        if session_id is None:
            def nothing() -> None:
                raise ValidationError(translate("RecordProgrammes", "Her programmes have no sessions to choose "
                                                "from yet: add one from Programmes…."),
                                      field="session")
            return nothing
        state = AttendanceState(self.state.currentData())
        community = self.community_support
        return lambda: programmes.record_attendance(
            self.vault, session_id=session_id, resident_id=self.resident_id, state=state,
            community_support=community)
