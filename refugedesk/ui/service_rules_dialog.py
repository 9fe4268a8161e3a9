"""Service rules… (Admin page): the age from which the service cannot house a boy, and its
safeguarding note for a resident under 18. Administrators only; the domain refuses anyone
else (service_rules.set_service_rules) and the audit records each change."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QSpinBox, QWidget

from refugedesk import service_rules
from refugedesk.db.vault import Vault
from refugedesk.i18n import translate
from refugedesk.service_rules import BOYS_AGE_MAX, BOYS_AGE_MIN, NOTE_MAX, ServiceRules
from refugedesk.ui import operations
from refugedesk.ui.changes import Change
from refugedesk.ui.forms import FormDialog
from refugedesk.ui.widgets import label, text_box

#: The spin box's "no rule" position (shown as words, saved as empty).
NO_RULE = BOYS_AGE_MIN - 1


class ServiceRulesDialog(FormDialog):
    changed = frozenset({Change.SETTINGS})

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(vault, name="serviceRulesDialog",
                         title=translate("ServiceRulesDialog", "Service rules"),
                         intro=translate("ServiceRulesDialog", "Your service's own rules. Find a "
                                         "room applies the rule on boys' ages to every family; "
                                         "the note is shown beside every resident under 18."),
                         save=translate("ServiceRulesDialog", "Save rules"), parent=parent)
        self.setMinimumWidth(520)
        rules = operations.read(self, vault, service_rules.service_rules,
                                message=self.message).value_or(ServiceRules())
        self.boys = QSpinBox(objectName="boysAgeLimit")  # type: ignore[call-arg]  # objectName= kwarg: not in the stubs
        self.boys.setRange(NO_RULE, BOYS_AGE_MAX)
        self.boys.setSpecialValueText(translate("ServiceRulesDialog", "No rule: boys of any age"))
        # One phrase with {age} where the number goes, split into the box's prefix and suffix.
        before, _, after = translate("ServiceRulesDialog", "Aged {age} or older").partition(
            "{age}")
        self.boys.setPrefix(before)
        self.boys.setSuffix(after)
        self.boys.setAccessibleName(translate("ServiceRulesDialog",
                                              "Boys cannot be housed from this age"))
        self.boys.setValue(rules.boys_age_limit if rules.boys_age_limit is not None else NO_RULE)
        self.note = text_box("under18Note", translate("ServiceRulesDialog",
                                                      "Safeguarding note for residents under 18"),
                             placeholder=translate("ServiceRulesDialog", "e.g. Tell the "
                                                   "safeguarding lead the same day; she is "
                                                   "still a child in law."), height=90)
        self.note.setPlainText(rules.under_18_note)
        self.note.textChanged.connect(self._keep_short)
        self.add_field(translate("ServiceRulesDialog", "Boys cannot be housed"), self.boys,
                       key="boys_age_limit")
        self.form.addRow("", label(translate(
            "ServiceRulesDialog", "A family with a boy this age or older is not offered any "
            "room. Find a room asks for the boys' ages, and counts the children recorded as "
            "boys on her record. Choose “No rule” if your service has none."), role="hint"))
        self.add_field(translate("ServiceRulesDialog", "Note for under-18s"), self.note,
                       key="under_18_note")

    def _keep_short(self) -> None:
        """A plain-text box has no length limit of its own: a huge paste is cut here (the
        domain refuses it too)."""
        text = self.note.toPlainText()
        if len(text) > NOTE_MAX:
            self.note.setPlainText(text[:NOTE_MAX])

    def action(self) -> Callable[[], object]:
        age = self.boys.value()
        limit = None if age == NO_RULE else age
        note = self.note.toPlainText()
        return lambda: service_rules.set_service_rules(self.vault, boys_age_limit=limit,
                                                       under_18_note=note)
