"""Her record's Incidents tab: incidents she was involved in, newest first, and recording
one."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from refugedesk import incidents
from refugedesk.db.models import IncidentKind
from refugedesk.db.vault import Vault
from refugedesk.ui.changes import Change
from refugedesk.ui.dates import date_time_edit, instant
from refugedesk.ui.record.common import RecordDialog, RecordTab, fill, table
from refugedesk.ui.record.community import AsksCommunitySupport
from refugedesk.ui.widgets import combo, label, line_edit, text_box


class IncidentsTab(RecordTab):
    name = "recordIncidents"
    title = "Incid&ents"

    def build(self, layout: QVBoxLayout) -> None:
        self.top_row(layout, label("Incidents she was involved in, newest first.", role="hint"),
                     [("Record an incident…", "incidentAddButton", self.add_incident)])
        self.incidents_table = table("incidentsTable", "Incidents",
                                     ["When", "Kind", "House", "What happened", "What was done",
                                      "Police reference", "Who was told"],
                                     [140, 190, 110, 220, 200, 110])
        layout.addWidget(self.incidents_table, 1)

    def load(self) -> None:
        outcome = self.read(lambda session: incidents.incidents_for(session, self.resident_id))
        if not outcome.ok:
            return
        rows = outcome.value or []
        fill(self.incidents_table, [[f"{i.at.astimezone():%d %b %Y %H:%M}"
                                     + (" (community support)" if i.community_support else ""),
                                     i.kind.label,
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
        super().__init__(vault, resident_id, name="incidentDialog", title="Record an incident",
                         intro="What happened, what was done, and who was told.",
                         save="Save incident", parent=parent)
        self.house_id = house_id
        self.at = date_time_edit("incidentAt", "When")
        self.date_widget = self.at
        self.kind = combo("incidentKind", "Kind", [(k.label, k.value) for k in IncidentKind])
        self.what = text_box("incidentWhat", "What happened")
        self.action_taken = text_box("incidentDone", "What was done", height=54)
        self.police_ref = line_edit("incidentPoliceRef", "Police reference")
        self.told = line_edit("incidentTold", "Who was told")
        self.add_field("When", self.at, "at")
        self.add_field("Kind", self.kind)
        self.add_field("What happened", self.what)
        self.add_field("What was done", self.action_taken)
        self.add_field("Police reference", self.police_ref)
        self.add_field("Who was told", self.told)

    def action(self) -> Callable[[], object]:
        kwargs: dict[str, Any] = dict(at=instant(self.at), kind=IncidentKind(self.kind.currentData()),
                      house_id=self.house_id, resident_ids=[self.resident_id],
                      what_happened=self.what.toPlainText(),
                      action_taken=self.action_taken.toPlainText(), police_ref=self.police_ref.text(),
                      who_was_told=self.told.text(),
                      community_support=self.community_support)
        return lambda: incidents.log_incident(self.vault, **kwargs)
