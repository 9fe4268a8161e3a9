"""Adding a contact with her, and the words contacts are shown in (the Contacts tab, the
review's moments)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QSpinBox, QWidget

from refugedesk import contacts
from refugedesk.db.models import ContactMode, ContactPlace, ContactState
from refugedesk.db.vault import Vault
from refugedesk.plans import GoalView
from refugedesk.ui.changes import Change
from refugedesk.ui.dates import date_time_edit, instant
from refugedesk.ui.record.common import RECORD_CHANGED, RecordDialog
from refugedesk.ui.record.community import AsksCommunitySupport
from refugedesk.ui.widgets import combo, text_box

MODE_LABELS = {ContactMode.FACE_TO_FACE: "Face to face", ContactMode.PHONE: "Phone",
               ContactMode.VIDEO: "Video call", ContactMode.TEXT: "Text message",
               ContactMode.LETTER: "Letter"}


PLACE_LABELS = {ContactPlace.HER_ROOM: "Her room", ContactPlace.OFFICE: "Office",
                ContactPlace.PARK: "Park", ContactPlace.CAFE: "Cafe",
                ContactPlace.SCHOOL: "School", ContactPlace.COURT: "Court",
                ContactPlace.HOSPITAL: "Hospital", ContactPlace.OTHER: "Somewhere else"}


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
        self.add_field("Kind", self.state, "state")
        self.add_field("When", self.at, "at")
        self.add_field("How long", self.minutes, "minutes")
        self.add_field("How", self.mode)
        self.add_field("Where", self.place)
        if goals:
            self.add_field("Goals worked on", self.goals, "goals")
        self.add_field("Notes", self.notes)

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
