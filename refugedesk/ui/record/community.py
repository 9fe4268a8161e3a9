"""The question a form asks when what it records is dated outside her stays (the domain's
OutsideStay, refugedesk/history.py): "Is this community support?". Yes saves it again, marked
as community support; No leaves the form as it was typed, with the reason under the date, so
she can correct it.

A form opts in by deriving from `AsksCommunitySupport` (before RecordDialog) and reading
`self.community_support` in its `action()`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QMessageBox, QWidget

from refugedesk.errors import OutsideStay
from refugedesk.i18n import QT_TRANSLATE_NOOP, translate
from refugedesk.ui import dialogs, operations

QUESTION_TITLE = QT_TRANSLATE_NOOP("RecordCommunity", "Is this community support?")


def ask(parent: QWidget, reason: str, *, on_yes, on_no) -> QMessageBox:
    """The question, window-modal and non-blocking (dialogs.show). `on_yes` / `on_no` run on
    the named buttons (Escape is No)."""
    box = QMessageBox(QMessageBox.Icon.Question, translate("RecordCommunity", QUESTION_TITLE),
                      translate("RecordCommunity",
                                "This date is outside her stay: {reason}\n\nIs this community "
                                "support (support given outside a stay, on purpose)?").format(
                          reason=reason),
                      QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("communitySupportQuestion")
    box.setInformativeText(translate("RecordCommunity", "Yes records it as community support. "
                                     "No lets you correct the date."))
    yes = box.addButton(translate("RecordCommunity", "Yes, community support"),
                        QMessageBox.ButtonRole.YesRole)
    yes.setObjectName("communitySupportYes")
    no = box.addButton(translate("RecordCommunity", "No, correct the date"),
                       QMessageBox.ButtonRole.NoRole)
    no.setObjectName("communitySupportNo")
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    yes.clicked.connect(on_yes)
    no.clicked.connect(on_no)
    dialogs.show(box)
    return box


class AsksCommunitySupport:
    """Mixin for a RecordDialog whose action the domain may refuse as OutsideStay."""

    community_support = False
    #: The question while it is open (tests answer it).
    question: QMessageBox | None = None
    #: The widget holding the date, focused again on No.
    date_widget: QWidget | None = None

    def submit(self) -> bool:
        form: Any = self  # a RecordDialog (see the class docstring)
        outcome = operations.run(form, form.action(), message=form.message,
                                 fields=form.field_messages, changed=form.changed)
        if outcome.ok:
            form.saved(outcome.value)
            form.accept()
            return True
        if isinstance(outcome.error, OutsideStay) and not self.community_support:
            self.question = ask(form, str(outcome.error), on_yes=self._as_community_support,
                                on_no=self._correct_the_date)
        return False

    def _as_community_support(self) -> None:
        self.question = None
        self.community_support = True
        if not self.submit():
            self.community_support = False  # refused for another reason: ask again next time

    def _correct_the_date(self) -> None:
        self.question = None
        if self.date_widget is not None:
            self.date_widget.setFocus()
