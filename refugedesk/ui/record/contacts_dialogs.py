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
from refugedesk.i18n import QT_TRANSLATE_NOOP, translate
from refugedesk.plans import GoalView
from refugedesk.ui import dialogs, operations
from refugedesk.ui.changes import Change
from refugedesk.ui.dates import date_time_edit, instant
from refugedesk.ui.record.common import RECORD_CHANGED, RecordDialog
from refugedesk.ui.record.community import AsksCommunitySupport
from refugedesk.ui.widgets import button, combo, label, line_edit, text_box

#: The words for contacts, marked for translation: show them through `mode_label`,
#: `place_label` and `state_label` (the language is chosen after import, at sign-in).
MODE_LABELS = {ContactMode.FACE_TO_FACE: QT_TRANSLATE_NOOP("RecordContactsDialogs", "Face to face"),
               ContactMode.PHONE: QT_TRANSLATE_NOOP("RecordContactsDialogs", "Phone"),
               ContactMode.VIDEO: QT_TRANSLATE_NOOP("RecordContactsDialogs", "Video call"),
               ContactMode.TEXT: QT_TRANSLATE_NOOP("RecordContactsDialogs", "Text message"),
               ContactMode.LETTER: QT_TRANSLATE_NOOP("RecordContactsDialogs", "Letter")}


PLACE_LABELS = {ContactPlace.HER_ROOM: QT_TRANSLATE_NOOP("RecordContactsDialogs", "Her room"),
                ContactPlace.OFFICE: QT_TRANSLATE_NOOP("RecordContactsDialogs", "Office"),
                ContactPlace.PARK: QT_TRANSLATE_NOOP("RecordContactsDialogs", "Park"),
                ContactPlace.CAFE: QT_TRANSLATE_NOOP("RecordContactsDialogs", "Cafe"),
                ContactPlace.SCHOOL: QT_TRANSLATE_NOOP("RecordContactsDialogs", "School"),
                ContactPlace.COURT: QT_TRANSLATE_NOOP("RecordContactsDialogs", "Court"),
                ContactPlace.HOSPITAL: QT_TRANSLATE_NOOP("RecordContactsDialogs", "Hospital"),
                ContactPlace.OTHER: QT_TRANSLATE_NOOP("RecordContactsDialogs", "Somewhere else")}


#: The narrowest the contact form's reminder (her times to avoid, her code word) is laid out.
REMINDER_WIDTH = 400

#: The question asked before saving a way of contact against her rules, a whole sentence
#: for each way (the way's place in the sentence differs between languages).
SAVE_ANYWAY = {
    ContactMode.FACE_TO_FACE: QT_TRANSLATE_NOOP("RecordContactsDialogs",
                                                "Save this face-to-face contact anyway?"),
    ContactMode.PHONE: QT_TRANSLATE_NOOP("RecordContactsDialogs",
                                         "Save this phone-call contact anyway?"),
    ContactMode.VIDEO: QT_TRANSLATE_NOOP("RecordContactsDialogs",
                                         "Save this video-call contact anyway?"),
    ContactMode.TEXT: QT_TRANSLATE_NOOP("RecordContactsDialogs",
                                        "Save this text-message contact anyway?"),
    ContactMode.LETTER: QT_TRANSLATE_NOOP("RecordContactsDialogs",
                                          "Save this letter contact anyway?")}


STATE_LABELS = {ContactState.ATTENDED: QT_TRANSLATE_NOOP("RecordContactsDialogs", "Happened"),
                ContactState.PLANNED: QT_TRANSLATE_NOOP("RecordContactsDialogs", "Planned"),
                ContactState.MISSED: QT_TRANSLATE_NOOP("RecordContactsDialogs",
                                                       "Planned, but missed")}


def mode_label(mode: ContactMode) -> str:
    """"Face to face", "Phone", …, in the language in use."""
    return translate("RecordContactsDialogs", MODE_LABELS[mode])


def place_label(place: ContactPlace) -> str:
    """"Her room", "Office", …, in the language in use."""
    return translate("RecordContactsDialogs", PLACE_LABELS[place])


def state_label(state: ContactState) -> str:
    """"Happened", "Planned", "Planned, but missed", in the language in use."""
    return translate("RecordContactsDialogs", STATE_LABELS[state])


class ContactDialog(AsksCommunitySupport, RecordDialog):
    """Add a contact: quick, so the defaults are the usual (now, face to face, her room). One
    dated outside her stays asks whether it is community support (community.py)."""

    changed = RECORD_CHANGED | {Change.CONTACTS}

    def __init__(self, vault: Vault, resident_id: int, goals: list[GoalView],
                 parent: QWidget | None = None) -> None:
        super().__init__(vault, resident_id, name="contactDialog",
                         title=translate("RecordContactsDialogs", "Add a contact"),
                         intro=translate("RecordContactsDialogs",
                                         "A contact that has happened, or one planned."),
                         save=translate("RecordContactsDialogs", "Save contact"), parent=parent)
        self.state = combo("contactState", translate("RecordContactsDialogs", "What kind"),
                           [(state_label(s), s.value) for s in STATE_LABELS])
        self.at = date_time_edit("contactAt", translate("RecordContactsDialogs", "When"))
        self.date_widget = self.at
        self.minutes = QSpinBox(objectName="contactMinutes", minimum=0, maximum=24 * 60,  # type: ignore[call-arg]  # objectName= kwarg: not in the stubs
                                value=30, singleStep=5,
                                suffix=translate("RecordContactsDialogs", " minutes"))
        self.minutes.setAccessibleName(translate("RecordContactsDialogs", "How long"))
        self.mode = combo("contactMode", translate("RecordContactsDialogs", "How"),
                          [(mode_label(m), m.value) for m in MODE_LABELS])
        self.place = combo("contactPlace", translate("RecordContactsDialogs", "Where"),
                           [(place_label(p), p.value) for p in PLACE_LABELS])
        self.goals = QListWidget(objectName="contactGoals")  # type: ignore[call-arg]  # objectName= kwarg: not in the stubs
        self.goals.setTabKeyNavigation(False)  # Tab leaves the list; arrows move in it
        self.goals.setAccessibleName(translate("RecordContactsDialogs",
                                               "Goals this contact worked on"))
        for goal in goals:
            item = QListWidgetItem(goal.her_words)
            item.setData(Qt.ItemDataRole.UserRole, goal.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.goals.addItem(item)
        self.goals.setFixedHeight(min(110, 26 * max(1, len(goals)) + 6))
        self.notes = text_box("contactNotes", translate("RecordContactsDialogs", "Notes"),
                              height=110, placeholder=translate(
                                  "RecordContactsDialogs",
                                  "What you talked about and what happens next"))
        # On a short screen the notes give way (down to three lines) before Save does.
        self.notes.setMinimumHeight(64)
        self.notes.setMaximumHeight(110)
        self.add_field(translate("RecordContactsDialogs", "Kind"), self.state, "state")
        self.add_field(translate("RecordContactsDialogs", "When"), self.at, "at")
        self.add_field(translate("RecordContactsDialogs", "How long"), self.minutes, "minutes")
        self.add_field(translate("RecordContactsDialogs", "How"), self.mode)
        self.add_field(translate("RecordContactsDialogs", "Where"), self.place)
        if goals:
            self.add_field(translate("RecordContactsDialogs", "Goals worked on"), self.goals,
                           "goals")
        self.add_field(translate("RecordContactsDialogs", "Notes"), self.notes)
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
        said = [translate("RecordContactsDialogs", "Times to avoid: {times}.").format(
                    times=rules.times_to_avoid) if rules.times_to_avoid else "",
                translate("RecordContactsDialogs", "She has a code word: check it before you "
                          "talk.") if rules.code_word else ""]
        note = label(" ".join(s for s in said if s), role="note", name="contactReminderText")
        note.setTextFormat(Qt.TextFormat.PlainText)  # typed text, never HTML
        # Never squeezed out of sight on a short screen: the notes give way first.
        note.ensurePolished()  # its padding (the "note" style) counts too
        note.setMinimumHeight(note.heightForWidth(REMINDER_WIDTH))
        column.addWidget(note)
        if rules.code_word:
            row = QHBoxLayout()
            word = line_edit("contactCodeWord", translate("RecordContactsDialogs", "Her code word"))
            word.setText(rules.code_word)
            word.setReadOnly(True)
            word.setEchoMode(QLineEdit.EchoMode.Password)
            word.setFixedWidth(150)
            show = button(translate("RecordContactsDialogs", "Show"), "contactShowCodeWord",
                          accessible=translate("RecordContactsDialogs", "Show her code word"))

            def flip() -> None:
                hidden = word.echoMode() == QLineEdit.EchoMode.Password
                word.setEchoMode(QLineEdit.EchoMode.Normal if hidden
                                 else QLineEdit.EchoMode.Password)
                show.setText(translate("RecordContactsDialogs", "Hide") if hidden
                             else translate("RecordContactsDialogs", "Show"))
            show.clicked.connect(flip)
            row.addWidget(label(translate("RecordContactsDialogs", "Code word:"), wrap=False))
            row.addWidget(word)
            row.addWidget(show)
            row.addStretch(1)
            column.addLayout(row)
        self.setMinimumWidth(REMINDER_WIDTH + 160)  # the field column fits the reminder
        self.form.insertRow(0, translate("RecordContactsDialogs", "Remember"), box)

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
                    self, name="contactRuleWarning",
                    title=translate("RecordContactsDialogs", "Check her contact rules"),
                    text="\n".join(warnings.value) + "\n\n"
                    + translate("RecordContactsDialogs", SAVE_ANYWAY[mode]),
                    yes=translate("RecordContactsDialogs", "Save anyway"),
                    cancel=translate("RecordContactsDialogs", "Go back"),
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
