"""Group programmes on the screens: the Programmes manager (every programme, its sessions and
who is enrolled), setting one up (name, facilitator, in person or online, house or whole
service, its sessions and what completion needs), adding a session later, and enrolling her.
Opened from her record's Programmes tab (ui/record/programmes.py).

Any staff member may set up a programme and add sessions (the facilitator is often a support
worker; a programme holds nothing about any woman); each step is audited. docs/journey.md.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from refugedesk import houses, programmes
from refugedesk.capacity_rules import fmt_day
from refugedesk.db.models import ProgrammeDelivery
from refugedesk.db.vault import Vault
from refugedesk.errors import ValidationError
from refugedesk.i18n import day_name, put_count, translate
from refugedesk.programmes import ProgrammeRow, SessionPlan
from refugedesk.ui import dialogs, operations
from refugedesk.ui.changes import Change
from refugedesk.ui.dates import DayEdit, date_edit, day_of
from refugedesk.ui.flow import FlowRow
from refugedesk.ui.forms import FormDialog
from refugedesk.ui.record.common import RECORD_CHANGED, RecordDialog, cells, fill, table
from refugedesk.ui.widgets import button, combo, label, line_edit, message_label, say

PROGRAMME_CHANGED = frozenset({Change.RESIDENTS})


def _delivery_choices() -> list[tuple[str, object]]:
    """In person or online, in the language in use (read when the form opens)."""
    return [(d.label, d.value) for d in ProgrammeDelivery]


def _day(day: date | None) -> str:
    """"Mon 30 Nov 2026", the weekday and month in the language in use."""
    return f"{day_name(day, short=True)} {fmt_day(day)}" if day else "—"


class ProgrammeSetUpDialog(FormDialog):
    """Set up a programme with its sessions (numbers, dates and topics: add and remove rows)
    and how many of them completing it needs."""

    changed = PROGRAMME_CHANGED

    def __init__(self, vault: Vault, house_choices: list[tuple[str, int | None]],
                 parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(vault, name="programmeSetUpDialog",
                         title=translate("RecordProgrammeDialogs", "Set up a programme"),
                         intro=translate("RecordProgrammeDialogs", "A group programme, such as the 12-week Freedom "
                                         "Programme: who runs it, how, and its sessions."),
                         save=translate("RecordProgrammeDialogs", "Save programme"), parent=parent)
        self.setMinimumWidth(560)
        self.today = today or date.today()
        self.programme_name = line_edit("programmeName", translate("RecordProgrammeDialogs", "Programme name"),
                                        placeholder=translate("RecordProgrammeDialogs", "e.g. Freedom Programme"))
        self.programme_name.setMaxLength(programmes.MAX_NAME)
        self.facilitator = line_edit("programmeFacilitator", translate("RecordProgrammeDialogs", "Facilitator"),
                                     placeholder=translate("RecordProgrammeDialogs", "Who runs it"))
        self.facilitator.setMaxLength(programmes.MAX_NAME)
        self.delivery = combo("programmeDelivery", translate("RecordProgrammeDialogs", "In person or online"),
                              _delivery_choices())
        self.house = combo("programmeHouse", translate("RecordProgrammeDialogs", "For which house"), house_choices)
        self.sessions_table = QTableWidget(0, 3)
        self.sessions_table.setTabKeyNavigation(False)  # Tab leaves the list; arrows move in it
        # Its cells are fields of their own: Tab goes through them, not to the table itself.
        self.sessions_table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.sessions_table.setObjectName("programmeSessions")
        self.sessions_table.setAccessibleName(translate("RecordProgrammeDialogs", "Sessions: number, date and topic"))
        self.sessions_table.setHorizontalHeaderLabels(
            [translate("RecordProgrammeDialogs", "No."),
             translate("RecordProgrammeDialogs", "Date"),
             translate("RecordProgrammeDialogs", "Topic")])
        self.sessions_table.verticalHeader().hide()
        header = self.sessions_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.sessions_table.setMinimumHeight(170)
        rows = FlowRow()  # wraps where the words are long (Welsh) and the screen narrow
        add = button(translate("RecordProgrammeDialogs", "Add a session"), "programmeAddSessionRow",
                     accessible=translate("RecordProgrammeDialogs", "Add a session, a week after the last"))
        add.setToolTip(translate("RecordProgrammeDialogs", "Adds the next session, a week after the last one"))
        add.clicked.connect(lambda: self.add_row())
        self.remove_row_button = button(translate("RecordProgrammeDialogs", "Remove the last session"),
                                        "programmeRemoveSessionRow")
        self.remove_row_button.clicked.connect(self.remove_row)
        rows.addWidget(add)
        rows.addWidget(self.remove_row_button)
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.sessions_table)
        column.addLayout(rows)
        self.to_complete = QSpinBox(objectName="programmeToComplete", minimum=1, maximum=1)  # type: ignore[call-arg]  # objectName= kwarg: not in the stubs
        self.to_complete.setAccessibleName(
            translate("RecordProgrammeDialogs", "Sessions she must attend to complete it"))
        self.to_complete_hint = label(role="hint", name="programmeToCompleteHint")
        self.to_complete.valueChanged.connect(lambda _v: self.show_completion())
        complete = QWidget()
        line = QHBoxLayout(complete)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.to_complete)
        line.addWidget(self.to_complete_hint, 1)

        # The form scrolls, so Save and Cancel stay visible at 1024x600 and 150% scaling.
        scroll = QScrollArea(objectName="programmeSetUpScroll")  # type: ignore[call-arg]  # objectName= kwarg: not in the stubs
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to what it holds
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget()
        inner = QFormLayout(body)
        self.form.addRow(scroll)
        self.form = inner  # add_field puts the fields inside the scroll area
        self.add_field(translate("RecordProgrammeDialogs", "Name"), self.programme_name, "name")
        self.add_field(translate("RecordProgrammeDialogs", "Facilitator"), self.facilitator, "facilitator")
        self.add_field(translate("RecordProgrammeDialogs", "How"), self.delivery)
        self.add_field(translate("RecordProgrammeDialogs", "For"), self.house)
        self.add_field(translate("RecordProgrammeDialogs", "Sessions"), box, "sessions")
        self.add_field(translate("RecordProgrammeDialogs", "Sessions to attend"), complete, "sessions_to_complete")
        scroll.setWidget(body)
        self.resize(640, 500)
        self.add_row()

    def rows(self) -> list[tuple[QSpinBox, DayEdit, QLineEdit]]:
        t = self.sessions_table
        return [(t.cellWidget(r, 0), t.cellWidget(r, 1), t.cellWidget(r, 2))  # type: ignore[misc]  # add_row sets these
                for r in range(t.rowCount())]

    def add_row(self) -> None:
        rows = self.rows()
        number = rows[-1][0].value() + 1 if rows else 1
        day = day_of(rows[-1][1]) + timedelta(days=7) if rows else self.today
        r = self.sessions_table.rowCount()
        self.sessions_table.insertRow(r)
        spin = QSpinBox(objectName=f"sessionNumber{r}", minimum=1, maximum=999, value=number)  # type: ignore[call-arg]  # objectName= kwarg: not in the stubs
        spin.setAccessibleName(translate("RecordProgrammeDialogs", "Session {row}: number").format(row=r + 1))
        when = date_edit(f"sessionDate{r}",
                         translate("RecordProgrammeDialogs", "Session {row}: date").format(row=r + 1), day)
        topic = line_edit(f"sessionTopic{r}",
                          translate("RecordProgrammeDialogs", "Session {row}: topic").format(row=r + 1),
                          placeholder=translate("RecordProgrammeDialogs", "Topic (optional)"))
        topic.setMaxLength(programmes.MAX_TOPIC)
        self.sessions_table.setCellWidget(r, 0, spin)
        self.sessions_table.setCellWidget(r, 1, when)
        self.sessions_table.setCellWidget(r, 2, topic)
        self.sessions_table.resizeRowsToContents()
        self.sessions_table.scrollToBottom()
        self.show_completion(grew=True)
        if self.isVisible():  # a row added on screen: Tab reads it before the buttons under it
            self._reading_order()

    def remove_row(self) -> None:
        if self.sessions_table.rowCount() > 1:
            self.sessions_table.removeRow(self.sessions_table.rowCount() - 1)
            self.show_completion()

    def show_completion(self, *, grew: bool = False) -> None:
        count = self.sessions_table.rowCount()
        was_all = self.to_complete.value() == self.to_complete.maximum()
        self.to_complete.setMaximum(max(1, count))
        if grew and was_all:
            self.to_complete.setValue(count)  # "all of them" follows the rows added
        # English has no plural forms file: one entry for one session, one for the rest.
        self.to_complete_hint.setText(put_count(
            translate("RecordProgrammeDialogs",
                      "of the %n session: attending this many completes it") if count == 1
            else translate("RecordProgrammeDialogs",
                           "of the %n sessions: attending this many completes it"), count))
        self.remove_row_button.setEnabled(count > 1)
        self.remove_row_button.setToolTip(
            "" if count > 1 else translate("RecordProgrammeDialogs", "A programme needs at least one session."))

    def typed(self) -> bool:
        return bool(self.programme_name.text().strip() or self.facilitator.text().strip()
                    or self.sessions_table.rowCount() > 1
                    or any(t.text().strip() for _n, _d, t in self.rows()))

    def typed_work(self) -> bool:
        return super().typed_work() or self.typed()

    def action(self) -> Callable[[], object]:
        planned = [SessionPlan(n.value(), day_of(d), t.text()) for n, d, t in self.rows()]
        kwargs = dict(name=self.programme_name.text(), facilitator=self.facilitator.text(),
                      delivery=ProgrammeDelivery(self.delivery.currentData()),
                      house_id=self.house.currentData(), sessions=planned,
                      sessions_to_complete=self.to_complete.value())
        return lambda: programmes.create_programme(self.vault, **kwargs)


class AddSessionDialog(FormDialog):
    """Another session of a programme set up already."""

    changed = PROGRAMME_CHANGED

    def __init__(self, vault: Vault, programme: ProgrammeRow,
                 parent: QWidget | None = None) -> None:
        super().__init__(vault, name="addSessionDialog",
                         title=translate("RecordProgrammeDialogs", "Add a session: {programme}").format(
                             programme=programme.name),
                         intro=translate("RecordProgrammeDialogs", "A session added to the programme."),
                         save=translate("RecordProgrammeDialogs", "Add session"), parent=parent)
        self.programme = programme
        last = programme.sessions[-1] if programme.sessions else None
        self.number = QSpinBox(objectName="addSessionNumber", minimum=1, maximum=999,  # type: ignore[call-arg]  # objectName= kwarg: not in the stubs
                               value=max((s.number for s in programme.sessions), default=0) + 1)
        self.number.setAccessibleName(translate("RecordProgrammeDialogs", "Session number"))
        self.held_on = date_edit("addSessionDate", translate("RecordProgrammeDialogs", "Date of the session"),
                                 last.held_on + timedelta(days=7) if last else date.today())
        self.topic = line_edit("addSessionTopic", translate("RecordProgrammeDialogs", "Topic"),
                               placeholder=translate("RecordProgrammeDialogs", "Topic (optional)"))
        self.topic.setMaxLength(programmes.MAX_TOPIC)
        self.add_field(translate("RecordProgrammeDialogs", "Number"), self.number, "number")
        self.add_field(translate("RecordProgrammeDialogs", "Date"), self.held_on, "held_on")
        self.add_field(translate("RecordProgrammeDialogs", "Topic"), self.topic, "topic")

    def action(self) -> Callable[[], object]:
        kwargs = dict(programme_id=self.programme.id, number=self.number.value(),
                      held_on=day_of(self.held_on), topic=self.topic.text())
        return lambda: programmes.add_session(self.vault, **kwargs)  # type: ignore[arg-type]


class EnrolDialog(RecordDialog):
    """Enrol her on a programme (before her first session; a first session enrols her too)."""

    changed = RECORD_CHANGED

    def __init__(self, vault: Vault, resident_id: int, choices: list[ProgrammeRow],
                 parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(vault, resident_id, name="enrolDialog",
                         title=translate("RecordProgrammeDialogs", "Enrol her on a programme"),
                         intro=translate("RecordProgrammeDialogs", "Programmes she is not enrolled on yet."),
                         save=translate("RecordProgrammeDialogs", "Enrol her"), parent=parent)
        self.today = today or date.today()
        self.programme = combo("enrolProgramme", translate("RecordProgrammeDialogs", "Programme"),
                               [(_choice(p), p.id) for p in choices])
        self.enrolled_on = date_edit("enrolOn", translate("RecordProgrammeDialogs", "Enrolled on"), self.today)
        self.add_field(translate("RecordProgrammeDialogs", "Programme"), self.programme, "programme")
        self.add_field(translate("RecordProgrammeDialogs", "Enrolled on"), self.enrolled_on, "enrolled_on")
        if not choices:
            say(self.message, translate("RecordProgrammeDialogs", "She is on every programme there is. To add another, "
                                        "use Set up a programme… on her Programmes tab."),
                role="hint")
            self.save.setEnabled(False)
            self.save.setToolTip(translate("RecordProgrammeDialogs", "There is no programme she is not on yet."))

    def action(self) -> Callable[[], object]:
        programme_id = self.programme.currentData()
        if programme_id is None:
            def nothing() -> None:
                raise ValidationError(translate("RecordProgrammeDialogs", "There is no programme to enrol her on: "
                                                "set one up first."), field="programme")
            return nothing
        on, today = day_of(self.enrolled_on), self.today
        return lambda: programmes.enrol(self.vault, programme_id=programme_id,
                                        resident_id=self.resident_id, enrolled_on=on,
                                        today=today)


def _choice(p: ProgrammeRow) -> str:
    """A programme as the enrol list shows it: "Freedom Programme (in person, Willow House,
    from Mon 5 Jan 2026)"."""
    where = p.house or translate("RecordProgrammeDialogs", "whole service")
    how = p.delivery.label.lower()
    if p.first_on:
        return translate("RecordProgrammeDialogs", "{programme} ({how}, {where}, from {day})").format(
            programme=p.name, how=how, where=where, day=_day(p.first_on))
    return translate("RecordProgrammeDialogs", "{programme} ({how}, {where})").format(
        programme=p.name, how=how, where=where)


class ProgrammesDialog(QDialog):
    """The Programmes manager: every programme (who runs it, how, for which house, sessions,
    what completion needs, how many enrolled) and the sessions of the one selected."""

    def __init__(self, vault: Vault, parent: QWidget | None = None, *,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.today = today
        self.setObjectName("programmesDialog")
        self.setWindowTitle(translate("RecordProgrammeDialogs", "Programmes"))
        self.resize(820, 480)
        # The last form opened from here (tests read it).
        self.dialog: QDialog | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(label(translate("RecordProgrammeDialogs", "Group programmes"), role="subheading"))
        layout.addWidget(label(translate("RecordProgrammeDialogs", "Every programme the service runs. Select one to see "
                                         "its sessions."), role="hint"))
        self.message = message_label("programmesDialogMessage")
        layout.addWidget(self.message)
        self.table = table("programmesList", translate("RecordProgrammeDialogs", "Programmes"),
                           [translate("RecordProgrammeDialogs", "Programme"),
                            translate("RecordProgrammeDialogs", "Facilitator"),
                            translate("RecordProgrammeDialogs", "How"),
                            translate("RecordProgrammeDialogs", "For"),
                            translate("RecordProgrammeDialogs", "Sessions"),
                            translate("RecordProgrammeDialogs", "To complete"),
                            translate("RecordProgrammeDialogs", "Enrolled")],
                           [180, 130, 110, 110, 70, 90])
        self.table.itemSelectionChanged.connect(self.show_sessions)
        layout.addWidget(self.table, 2)
        layout.addWidget(label(translate("RecordProgrammeDialogs", "Sessions of the programme selected"), role="hint"))
        self.sessions = table("programmeSessionsList",
                              translate("RecordProgrammeDialogs", "Sessions of the programme selected"),
                              [translate("RecordProgrammeDialogs", "No."),
                               translate("RecordProgrammeDialogs", "Date"),
                               translate("RecordProgrammeDialogs", "Topic")],
                              [60, 160])
        layout.addWidget(self.sessions, 2)
        row = QHBoxLayout()
        set_up = button(translate("RecordProgrammeDialogs", "Set up a programme…"), "programmesSetUpButton")
        set_up.clicked.connect(self.set_up)
        self.add_session_button = button(translate("RecordProgrammeDialogs", "Add a session…"),
                                         "programmesAddSessionButton")
        self.add_session_button.clicked.connect(self.add_session)
        close = button(translate("RecordProgrammeDialogs", "Close"), "programmesDialogClose")
        close.clicked.connect(self.accept)
        row.addWidget(set_up)
        row.addWidget(self.add_session_button)
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)
        self._rows: list[ProgrammeRow] = []
        operations.changes().changed.connect(self._changed)
        self.load()

    def _changed(self, kinds) -> None:
        if dialogs.alive(self) and Change.RESIDENTS in kinds and self.vault.is_open:
            self.load()

    def load(self) -> None:
        keep = self.selected()
        outcome = operations.read(self, self.vault, programmes.programmes_list,
                                  message=self.message)
        if not outcome.ok:
            return
        self._rows = outcome.value
        whole = translate("RecordProgrammeDialogs", "Whole service")

        def attended(needed: int) -> str:
            #: In the "To complete" column: how many sessions she must attend to complete it.
            return put_count(translate("RecordProgrammeDialogs", "%n attended"), needed)

        fill(self.table, [[p.name, p.facilitator or "—", p.delivery.label, p.house or whole,
                           str(len(p.sessions)), attended(p.sessions_to_complete),
                           str(p.enrolled)]
                          for p in self._rows], [p.id for p in self._rows])
        ids = [p.id for p in self._rows]
        if self._rows:
            self.table.selectRow(ids.index(keep.id) if keep and keep.id in ids else 0)
        self.show_sessions()

    def selected(self) -> ProgrammeRow | None:
        chosen = self.table.selectionModel().selectedRows() if self.table.selectionModel() \
            else []
        if not chosen or chosen[0].row() >= len(self._rows):
            return None
        return self._rows[chosen[0].row()]

    def show_sessions(self) -> None:
        p = self.selected()
        fill(self.sessions, [[str(s.number), _day(s.held_on), s.topic or "—"]
                             for s in (p.sessions if p else ())])
        self.add_session_button.setEnabled(p is not None)
        self.add_session_button.setToolTip(
            "" if p is not None else translate("RecordProgrammeDialogs", "Select a programme in the list first."))

    def shown(self) -> list[list[str]]:
        return cells(self.table)

    def open_form(self, dialog: QDialog) -> QDialog:
        self.dialog = dialogs.show(dialog)
        return self.dialog

    def set_up(self) -> QDialog | None:
        return open_set_up(self, self.vault, self.open_form, self.message, today=self.today)

    def add_session(self) -> QDialog | None:
        p = self.selected()
        if p is None:
            return None
        return self.open_form(AddSessionDialog(self.vault, p, self))


def open_set_up(parent: QWidget, vault: Vault, opener: Callable[[QDialog], QDialog],
                message, *, today: date | None = None) -> QDialog | None:
    """Read the houses, then open the set-up form."""
    outcome = operations.read(parent, vault, houses.list_houses, message=message)
    if not outcome.ok:
        return None
    choices: list[tuple[str, int | None]] = [(translate("RecordProgrammeDialogs", "The whole service"), None)] + [
        (h.name, h.id) for h in outcome.value]
    return opener(ProgrammeSetUpDialog(vault, choices, parent, today=today))


