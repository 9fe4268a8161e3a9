"""Small numbers… (Admin page): the threshold under which reports for outside the service
(funders, commissioners) hide a count. Administrators only; the domain refuses anyone else
(reports.suppression.set_small_number_threshold) and the audit records each change."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QSpinBox, QWidget

from refugedesk import i18n
from refugedesk.db.vault import Vault
from refugedesk.i18n import translate
from refugedesk.reports import suppression
from refugedesk.ui import operations
from refugedesk.ui.changes import Change
from refugedesk.ui.forms import FormDialog
from refugedesk.ui.widgets import label


class SmallNumbersDialog(FormDialog):
    changed = frozenset({Change.SETTINGS})

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(vault, name="smallNumbersDialog",
                         title=translate("SmallNumbersDialog", "Small numbers"),
                         intro=translate("SmallNumbersDialog", "A count of one or two from a "
                                         "small house can point to a woman. Spreadsheets for "
                                         "outside the service show counts below this number "
                                         "as “fewer than …”, and hide a total that would give "
                                         "one away."),
                         save=translate("SmallNumbersDialog", "Save"), parent=parent)
        current = operations.read(self, vault, suppression.small_number_threshold,
                                  message=self.message).value
        self.threshold = QSpinBox(objectName="smallNumberThreshold")  # type: ignore[call-arg]  # objectName= kwarg: not in the stubs
        self.threshold.setRange(suppression.THRESHOLD_MIN, suppression.THRESHOLD_MAX)
        # One phrase with {count} where the number goes, split into the box's prefix and suffix.
        before, _, after = translate("SmallNumbersDialog", "Hide counts below {count}").partition(
            "{count}")
        self.threshold.setPrefix(before)
        self.threshold.setSuffix(after)
        self.threshold.setAccessibleName(translate("SmallNumbersDialog",
                                                   "Hide counts below this number"))
        self.threshold.setValue(current or suppression.DEFAULT_THRESHOLD)
        self.add_field(translate("SmallNumbersDialog", "Threshold"), self.threshold,
                       key="small_number_threshold")
        self.form.addRow("", label(translate(
            "SmallNumbersDialog", "{count} is the usual choice. The version for inside the "
            "service always keeps exact counts.").format(
                count=i18n.number(suppression.DEFAULT_THRESHOLD)), role="hint"))

    def action(self) -> Callable[[], object]:
        value = self.threshold.value()
        return lambda: suppression.set_small_number_threshold(self.vault, value)
