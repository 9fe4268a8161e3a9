"""Her record's Incidents tab: incidents she was involved in, newest first, and recording
one."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from refugedesk import incidents
from refugedesk.capacity_rules import fmt_day
from refugedesk.db.models import IncidentKind
from refugedesk.db.vault import Vault
from refugedesk.i18n import time_of_day, translate
from refugedesk.ui.changes import Change
from refugedesk.ui.dates import date_time_edit, instant
from refugedesk.ui.record.common import RecordDialog, RecordTab, fill, table
from refugedesk.ui.record.community import AsksCommunitySupport
from refugedesk.ui.widgets import combo, label, line_edit, text_box


class _Title:
    """The tab's title in the language in use, read when her record is built (after sign-in,
    when the language is known)."""

    def __get__(self, obj: object, owner: type | None = None) -> str:
        return translate("RecordIncidents", "Incid&ents")


def when_text(incident: incidents.IncidentRow) -> str:
    """"5 Nov 2026 21:40", and whether it counts as community support."""
    at = incident.at.astimezone()
    when = f"{fmt_day(at)} {time_of_day(at)}"
    if incident.community_support:
        return translate("RecordIncidents", "{when} (community support)").format(when=when)
    return when


class IncidentsTab(RecordTab):
    name = "recordIncidents"
    title = _Title()

    def build(self, layout: QVBoxLayout) -> None:
        self.top_row(layout, label(translate("RecordIncidents", "Incidents she was involved in, newest first."),
                                   role="hint"),
                     [(translate("RecordIncidents", "Record an incident…"), "incidentAddButton",
                       self.add_incident)])
        self.incidents_table = table("incidentsTable", translate("RecordIncidents", "Incidents"),
                                     [translate("RecordIncidents", "When"),
                                      translate("RecordIncidents", "Kind"),
                                      translate("RecordIncidents", "House"),
                                      translate("RecordIncidents", "What happened"),
                                      translate("RecordIncidents", "What was done"),
                                      translate("RecordIncidents", "Police reference"),
                                      translate("RecordIncidents", "Who was told")],
                                     [140, 190, 110, 220, 200, 110])
        layout.addWidget(self.incidents_table, 1)

    def load(self) -> None:
        outcome = self.read(lambda session: incidents.incidents_for(session, self.resident_id))
        if not outcome.ok:
            return
        rows = outcome.value or []
        fill(self.incidents_table, [[when_text(i), i.kind.label,
                                     i.house or "—", i.what_happened, i.action_taken,
                                     i.police_ref, i.who_was_told] for i in rows])

    def add_incident(self) -> QDialog:
        return self.open(IncidentDialog(self.vault, self.resident_id, None, self))


class IncidentDialog(AsksCommunitySupport, RecordDialog):
    """An incident she was involved in (others can be added from the handover later). One
    dated outside her stays asks whether it is community support (community.py)."""

    changed = frozenset({Change.RESIDENTS, Change.INCIDENTS})

    def __init__(self, vault: Vault, resident_id: int, house_id: int | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(vault, resident_id, name="incidentDialog",
                         title=translate("RecordIncidents", "Record an incident"),
                         intro=translate("RecordIncidents", "What happened, what was done, and who was told."),
                         save=translate("RecordIncidents", "Save incident"), parent=parent)
        self.house_id = house_id
        self.at = date_time_edit("incidentAt", translate("RecordIncidents", "When"))
        self.date_widget = self.at
        self.kind = combo("incidentKind", translate("RecordIncidents", "Kind"),
                          [(k.label, k.value) for k in IncidentKind])
        self.what = text_box("incidentWhat", translate("RecordIncidents", "What happened"))
        self.action_taken = text_box("incidentDone", translate("RecordIncidents", "What was done"), height=54)
        self.police_ref = line_edit("incidentPoliceRef", translate("RecordIncidents", "Police reference"))
        self.told = line_edit("incidentTold", translate("RecordIncidents", "Who was told"))
        self.add_field(translate("RecordIncidents", "When"), self.at, "at")
        self.add_field(translate("RecordIncidents", "Kind"), self.kind)
        self.add_field(translate("RecordIncidents", "What happened"), self.what)
        self.add_field(translate("RecordIncidents", "What was done"), self.action_taken)
        self.add_field(translate("RecordIncidents", "Police reference"), self.police_ref)
        self.add_field(translate("RecordIncidents", "Who was told"), self.told)

    def action(self) -> Callable[[], object]:
        kwargs: dict[str, Any] = dict(at=instant(self.at), kind=IncidentKind(self.kind.currentData()),
                      house_id=self.house_id, resident_ids=[self.resident_id],
                      what_happened=self.what.toPlainText(),
                      action_taken=self.action_taken.toPlainText(), police_ref=self.police_ref.text(),
                      who_was_told=self.told.text(),
                      community_support=self.community_support)
        return lambda: incidents.log_incident(self.vault, **kwargs)
