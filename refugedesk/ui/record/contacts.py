"""Her record's Contacts tab: her contacts newest first, a page at a time, and marking a planned
one as happened or missed. Adding one is on the record itself (Ctrl+K, any tab); the form is in
contacts_dialogs.py."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QTableView, QVBoxLayout, QWidget

from refugedesk import contacts
from refugedesk.contacts import ContactRow
from refugedesk.db.models import ContactState
from refugedesk.db.vault import Vault
from refugedesk.i18n import QT_TRANSLATE_NOOP, Counted, translate
from refugedesk.ui.changes import Change
from refugedesk.ui.lazy_model import LazyTableModel
from refugedesk.ui.record.common import RecordTab, weekday_and_time
from refugedesk.ui.record.contacts_dialogs import mode_label, place_label, state_label
from refugedesk.ui.widgets import button, label, list_table

# This module's words with a count (refugedesk.i18n.Counted: lupdate reads the name).
RecordContacts = Counted("RecordContacts")

CONTACT_BATCH = 100


class ContactsModel(LazyTableModel):
    """Her contacts newest first, a page at a time (a long stay can have hundreds)."""

    #: The column headings (marked: shown in the language in use).
    COLUMNS = [QT_TRANSLATE_NOOP("RecordContacts", "When"),
               QT_TRANSLATE_NOOP("RecordContacts", "Kind"),
               QT_TRANSLATE_NOOP("RecordContacts", "How and where"),
               QT_TRANSLATE_NOOP("RecordContacts", "Minutes"),
               QT_TRANSLATE_NOOP("RecordContacts", "Staff"),
               QT_TRANSLATE_NOOP("RecordContacts", "Notes")]
    batch = CONTACT_BATCH

    def __init__(self, vault: Vault, resident_id: int, parent: QWidget | None = None) -> None:
        super().__init__(vault, parent)
        self.resident_id = resident_id
        self.columns = [translate("RecordContacts", text) for text in self.COLUMNS]

    def fetch(self, session, *, offset: int, limit: int) -> list[ContactRow]:
        return contacts.contacts_for(session, self.resident_id, offset=offset, limit=limit)

    def cell(self, c: ContactRow, column: int, role: int) -> str | None:
        if role == Qt.ItemDataRole.ToolTipRole and column == 5:
            return c.notes or None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        notes = c.notes.replace("\n", " ")
        return [weekday_and_time(c.at.astimezone()), state_label(c.state),
                translate("RecordContacts", "{how}, {where}").format(
                    how=mode_label(c.mode), where=place_label(c.place).lower()), str(c.minutes),
                c.staff or "—", notes if len(notes) <= 140 else notes[:139] + "…"
                ][column]


class ContactsTab(RecordTab):
    name = "recordContacts"
    title = QT_TRANSLATE_NOOP("RecordContacts", "&Contacts")

    def build(self, layout: QVBoxLayout) -> None:
        top = QHBoxLayout()
        self.contacts_summary = label(name="contactsSummary", role="hint")
        top.addWidget(self.contacts_summary, 1)
        self.contact_buttons: dict[ContactState, QPushButton] = {}
        for state, text, name in [
                (ContactState.ATTENDED, translate("RecordContacts", "It happened"),
                 "contactHappened"),
                (ContactState.MISSED, translate("RecordContacts", "She missed it"),
                 "contactMissed")]:
            b = button(text, name)
            b.setToolTip(translate("RecordContacts",
                                   "For a planned contact: record what became of it"))
            b.clicked.connect(lambda _=False, st=state: self.mark_contact(st))
            b.setEnabled(False)
            top.addWidget(b)
            self.contact_buttons[state] = b
        add = button(translate("RecordContacts", "Add contact…"), "contactsAddButton")
        add.clicked.connect(self.add_contact)
        top.addWidget(add)
        layout.addLayout(top)
        self.contacts_model = ContactsModel(self.vault, self.resident_id, self)
        self.contacts_model.message = self.message
        self.contacts_view = list_table(QTableView(), "contactsTable",
                                        translate("RecordContacts", "Contacts with her"))
        self.contacts_view.setSelectionMode(QTableView.SelectionMode.ExtendedSelection)
        self.contacts_view.setModel(self.contacts_model)
        for col, width in enumerate([190, 140, 190, 70, 140]):
            self.contacts_view.setColumnWidth(col, width)
        layout.addWidget(self.contacts_view, 1)
        self.contacts_view.selectionModel().selectionChanged.connect(
            lambda *_: self._contact_selected())

    def load(self) -> None:
        outcome = self.read(lambda session: contacts.count_contacts(session, self.resident_id))
        if not outcome.ok:
            return
        total = outcome.value
        self.contacts_model.reload()
        self._contact_selected()
        if total == 0:
            summary = translate("RecordContacts", "No contacts recorded yet.")
        elif total == 1:  # English says "1 contact"; Welsh has a form for each count
            summary = translate("RecordContacts", "1 contact, newest first.")
        else:
            summary = RecordContacts.tr("%n contacts, newest first.", None, total)
        self.contacts_summary.setText(summary)

    def selected_contact(self) -> ContactRow | None:
        rows = self.contacts_view.selectionModel().selectedRows()
        return rows[0].data(Qt.ItemDataRole.UserRole) if rows else None

    def _contact_selected(self) -> None:
        c = self.selected_contact()
        planned = c is not None and c.state is ContactState.PLANNED
        for b in self.contact_buttons.values():
            b.setEnabled(planned)

    def mark_contact(self, state: ContactState) -> None:
        c = self.selected_contact()
        if c is None or c.state is not ContactState.PLANNED:
            return
        self.run(lambda: contacts.mark_contact(self.vault, c.id, state),
                 changed={Change.RESIDENTS, Change.CONTACTS})

    def add_contact(self) -> QDialog | None:
        return self.record.add_contact()
