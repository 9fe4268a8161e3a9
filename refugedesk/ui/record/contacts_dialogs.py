"""Adding a contact with her, and the words contacts are shown in (the Contacts tab, the
review's moments)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from refugedesk import contacts
from refugedesk.db.models import ContactMode, ContactPlace, ContactState
from refugedesk.db.vault import Vault
from refugedesk.plans import GoalView
from refugedesk.ui import dialogs, operations
from refugedesk.ui.changes import Change
from refugedesk.ui.dates import date_time_edit, instant
from refugedesk.ui.record.common import RECORD_CHANGED, RecordDialog
from refugedesk.ui.record.community import AsksCommunitySupport
from refugedesk.ui.widgets import button, combo, label, line_edit, text_box

MODE_LABELS = {ContactMode.FACE_TO_FACE: "Face to face", ContactMode.PHONE: "Phone",
               ContactMode.VIDEO: "Video call", ContactMode.TEXT: "Text message",
               ContactMode.LETTER: "Letter"}


PLACE_LABELS = {ContactPlace.HER_ROOM: "Her room", ContactPlace.OFFICE: "Office",
                ContactPlace.PARK: "Park", ContactPlace.CAFE: "Cafe",
                ContactPlace.SCHOOL: "School", ContactPlace.COURT: "Court",
                ContactPlace.HOSPITAL: "Hospital", ContactPlace.OTHER: "Somewhere else"}


#: The narrowest the contact form's reminder (her times to avoid, her code word) is laid out.
REMINDER_WIDTH = 400

#: A way of contact inside a sentence ("Save this text-message contact anyway?").
MODE_WORDS = {ContactMode.FACE_TO_FACE: "face-to-face", ContactMode.PHONE: "phone-call",
              ContactMode.VIDEO: "video-call", ContactMode.TEXT: "text-message",
              ContactMode.LETTER: "letter"}


STATE_LABELS = {ContactState.ATTENDED: "Happened", ContactState.PLANNED: "Planned",
                ContactState.MISSED: "Planned, but missed"}


class ContactDialog(AsksCommunitySupport, RecordDialog):
    """Add a contact: quick, so the defaults are the usual (now, face to face, her room). One
    dated outside her stays asks whether it is community support (community.py)."""

    changed = RECORD_CHANGED | {Change.CONTACTS}

    def __init__(self, vault: Vault, resident_id: int, goals: list[GoalView],
                 parent: QWidget | None = None) -> None:
        super().__init__(vault, resident_id, name="contactDialog", title="Add a contact",
                         intro="A contact that has happened, or one planned.",
                         save="Save contact", parent=parent)
        self.state = combo("contactState", "What kind",
                           [(text, s.value) for s, text in STATE_LABELS.items()])
        self.at = date_time_edit("contactAt", "When")
        self.date_widget = self.at
        self.minutes = QSpinBox(objectName="contactMinutes", minimum=0, maximum=24 * 60,  # type: ignore[call-arg]  # objectName= kwarg: not in the stubs
                                value=30, singleStep=5, suffix=" minutes")
        self.minutes.setAccessibleName("How long")
        self.mode = combo("contactMode", "How", [(t, m.value) for m, t in MODE_LABELS.items()])
        self.place = combo("contactPlace", "Where",
                           [(t, p.value) for p, t in PLACE_LABELS.items()])
        self.goals = QListWidget(objectName="contactGoals")  # type: ignore[call-arg]  # objectName= kwarg: not in the stubs
        self.goals.setTabKeyNavigation(False)  # Tab leaves the list; arrows move in it
        self.goals.setAccessibleName("Goals this contact worked on")
        for goal in goals:
            item = QListWidgetItem(goal.her_words)
            item.setData(Qt.ItemDataRole.UserRole, goal.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.goals.addItem(item)
        self.goals.setFixedHeight(min(110, 26 * max(1, len(goals)) + 6))
        self.notes = text_box("contactNotes", "Notes", height=110,
                              placeholder="What you talked about and what happens next")
        # On a short screen the notes give way (down to three lines) before Save does.
        self.notes.setMinimumHeight(64)
        self.notes.setMaximumHeight(110)
        self.add_field("Kind", self.state, "state")
        self.add_field("When", self.at, "at")
        self.add_field("How long", self.minutes, "minutes")
        self.add_field("How", self.mode)
        self.add_field("Where", self.place)
        if goals:
            self.add_field("Goals worked on", self.goals, "goals")
        self.add_field("Notes", self.notes)
        self.rules = operations.read(self, vault, lambda session: contacts.contact_rules(
            session, resident_id), message=self.message).value
        self._reminder()
        #: The way of contact the worker chose to save despite her rules (asked once).
        self.accepted_mode: ContactMode | None = None
        #: The warning while it is open (tests answer it).
        self.rule_question: QMessageBox | None = None

    def _reminder(self) -> None:
        """Her code word and times to avoid, above the fields, when she has them: read before
        the phone rings. The code word itself stays hidden until asked for."""
        rules = self.rules
        if rules is None or not (rules.code_word or rules.times_to_avoid):
            return
        box = QWidget(objectName="contactReminder")  # type: ignore[call-arg]  # objectName= kwarg: not in the stubs
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        said = [f"Times to avoid: {rules.times_to_avoid}." if rules.times_to_avoid else "",
                "She has a code word: check it before you talk." if rules.code_word else ""]
        note = label(" ".join(s for s in said if s), role="note", name="contactReminderText")
        note.setTextFormat(Qt.TextFormat.PlainText)  # typed text, never HTML
        # Never squeezed out of sight on a short screen: the notes give way first.
        note.ensurePolished()  # its padding (the "note" style) counts too
        note.setMinimumHeight(note.heightForWidth(REMINDER_WIDTH))
        column.addWidget(note)
        if rules.code_word:
            row = QHBoxLayout()
            word = line_edit("contactCodeWord", "Her code word")
            word.setText(rules.code_word)
            word.setReadOnly(True)
            word.setEchoMode(QLineEdit.EchoMode.Password)
            word.setFixedWidth(150)
            show = button("Show", "contactShowCodeWord", accessible="Show her code word")

            def flip() -> None:
                hidden = word.echoMode() == QLineEdit.EchoMode.Password
                word.setEchoMode(QLineEdit.EchoMode.Normal if hidden
                                 else QLineEdit.EchoMode.Password)
                show.setText("Hide" if hidden else "Show")
            show.clicked.connect(flip)
            row.addWidget(label("Code word:", wrap=False))
            row.addWidget(word)
            row.addWidget(show)
            row.addStretch(1)
            column.addLayout(row)
        self.setMinimumWidth(REMINDER_WIDTH + 160)  # the field column fits the reminder
        self.form.insertRow(0, "Remember", box)

    def submit(self) -> bool:
        """Save; but a way of contact that goes against her rules (do not phone, do not text,
        or nobody has asked her yet) asks first, with "Go back" the default."""
        mode = ContactMode(self.mode.currentData())
        if mode != self.accepted_mode:
            warnings = operations.read(self, self.vault, lambda session: (
                contacts.contact_rule_warnings(session, self.resident_id, mode)),
                message=self.message)
            if not warnings.ok:
                return False
            if warnings.value:
                self.rule_question = dialogs.confirm(
                    self, name="contactRuleWarning", title="Check her contact rules",
                    text="\n".join(warnings.value) + f"\n\nSave this {MODE_WORDS[mode]} "
                    "contact anyway?", yes="Save anyway", cancel="Go back",
                    on_yes=lambda: self._save_anyway(mode))
                return False
        return super().submit()

    def _save_anyway(self, mode: ContactMode) -> None:
        self.rule_question = None
        self.accepted_mode = mode
        self.submit()

    def checked_goals(self) -> list[int]:
        return [self.goals.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.goals.count())
                if self.goals.item(i).checkState() == Qt.CheckState.Checked]

    def action(self) -> Callable[[], object]:
        kwargs = dict(resident_id=self.resident_id, at=instant(self.at),
                      mode=ContactMode(self.mode.currentData()),
                      place=ContactPlace(self.place.currentData()),
                      minutes=self.minutes.value(),
                      state=ContactState(self.state.currentData()),
                      notes=self.notes.toPlainText(), goal_ids=self.checked_goals(),
                      community_support=self.community_support)
        return lambda: contacts.log_contact(self.vault, **kwargs)  # type: ignore[arg-type]
