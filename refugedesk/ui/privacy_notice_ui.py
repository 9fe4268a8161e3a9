"""The privacy notice on screen: the administrator's "Privacy notice…" form (Admin page), and
the box on the intake's consent step that shows the notice and records that she was given it.
The domain is refugedesk/privacy_notice.py."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from refugedesk import privacy_notice
from refugedesk.db.vault import Vault
from refugedesk.i18n import QT_TRANSLATE_NOOP, translate
from refugedesk.privacy_notice import NOTICE_MAX, Notice
from refugedesk.ui import operations
from refugedesk.ui.changes import Change
from refugedesk.ui.dates import check_date, date_line, shown_day, stored_day
from refugedesk.ui.forms import FormDialog
from refugedesk.ui.widgets import label, message_label, say, text_box

NO_NOTICE = QT_TRANSLATE_NOOP(
    "PrivacyNoticeUi", "No privacy notice is set yet: an administrator can set your service's "
    "own text on the Admin page (Privacy notice…). If you gave her a paper copy, tick below.")


class PrivacyNoticeDialog(FormDialog):
    """Privacy notice… : the service's own text, shown at every intake."""

    changed = frozenset({Change.SETTINGS})

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(vault, name="privacyNoticeDialog",
                         title=translate("PrivacyNoticeUi", "Privacy notice"),
                         intro=translate("PrivacyNoticeUi", "Your service's own privacy notice: "
                                         "what you keep about her, why, who sees it, how long "
                                         "you keep it, and her rights. It is shown on the "
                                         "consent step of every intake, where the worker "
                                         "records the day she was given it."),
                         save=translate("PrivacyNoticeUi", "Save notice"), parent=parent)
        self.setMinimumWidth(560)
        current = operations.read(self, vault, privacy_notice.notice,
                                  message=self.message).value or Notice()
        self.text = text_box("privacyNoticeText", translate("PrivacyNoticeUi", "Privacy notice"),
                             height=260,
                             placeholder=translate("PrivacyNoticeUi", "e.g. We keep your "
                                                   "details safe in an encrypted system. Only "
                                                   "staff who need them can see them…"))
        self.text.setPlainText(current.text)
        self.text.textChanged.connect(self._keep_short)
        self.add_field(translate("PrivacyNoticeUi", "Notice"), self.text, key="privacy_notice")
        when = (translate("PrivacyNoticeUi", "Last changed {when}.").format(
            when=f"{current.changed_at.astimezone():%d/%m/%Y %H:%M}")
                if current.changed_at else translate("PrivacyNoticeUi", "Not set yet."))
        self.form.addRow("", label(when, role="hint", name="privacyNoticeChanged"))

    def _keep_short(self) -> None:
        text = self.text.toPlainText()
        if len(text) > NOTICE_MAX:
            self.text.setPlainText(text[:NOTICE_MAX])

    def action(self) -> Callable[[], object]:
        text = self.text.toPlainText()
        return lambda: privacy_notice.set_notice(self.vault, text)


class PrivacyNoticeBox(QGroupBox):
    """On the intake's consent step: the notice (read-only, scrolling), "I have given her the
    privacy notice" and the day. Its draft section is `privacy` (intake.py)."""

    def __init__(self) -> None:
        super().__init__(translate("PrivacyNoticeUi", "Privacy notice"))
        self.setObjectName("intakePrivacyBox")
        column = QVBoxLayout(self)
        column.addWidget(label(translate("PrivacyNoticeUi", "Go through it with her, or give her "
                                         "a copy, then tick."), role="hint"))
        self.missing = label(translate("PrivacyNoticeUi", NO_NOTICE), role="hint",
                             name="intakePrivacyMissing")
        column.addWidget(self.missing)
        self.text = QPlainTextEdit(objectName="intakePrivacyNotice")  # type: ignore[call-overload]  # objectName= kwarg: not in the stubs
        self.text.setAccessibleName(translate("PrivacyNoticeUi", "The service's privacy notice"))
        self.text.setReadOnly(True)
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(120)
        column.addWidget(self.text)
        form = QFormLayout()
        given = translate("PrivacyNoticeUi", "I have given her the privacy notice")
        self.given = QCheckBox(given,
                               objectName="intakePrivacyGiven")  # type: ignore[call-overload]  # objectName= kwarg: not in the stubs
        self.given.setAccessibleName(given)
        form.addRow("", self.given)
        self.given_on = date_line("intakePrivacyGivenOn",
                                  translate("PrivacyNoticeUi", "Day she was given it"))
        self.given_on.setText(date.today().strftime("%d/%m/%Y"))
        box = QWidget()
        inner = QVBoxLayout(box)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self.given_on)
        self.message = message_label("intakePrivacyGivenOnMessage")
        inner.addWidget(self.message)
        form.addRow(translate("PrivacyNoticeUi", "Given on"), box)
        column.addLayout(form)
        self.given.toggled.connect(self._given_toggled)
        self.given_on.textChanged.connect(lambda _t: self.check())
        self._given_toggled(False)
        self.show_notice(Notice())

    def show_notice(self, notice: Notice | None) -> None:
        text = notice.text if notice is not None else ""
        self.text.setPlainText(text)
        self.text.setVisible(bool(text))
        self.missing.setVisible(not text)

    def _given_toggled(self, on: bool) -> None:
        self.given_on.setEnabled(on)
        self.given_on.setToolTip("" if on else translate(
            "PrivacyNoticeUi", "Tick “I have given her the privacy notice” first."))
        if not on:
            say(self.message, "")

    def check(self) -> bool:
        return not self.given.isChecked() or check_date(self.given_on, self.message)

    def messages(self) -> dict[str, Any]:
        return {"privacy": self.message, "privacy.given_on": self.message}

    def data(self) -> dict[str, Any]:
        if not self.given.isChecked():
            return {}
        return {"given": True, "given_on": stored_day(self.given_on.text())}

    def load(self, data: dict[str, Any]) -> None:
        self.given.setChecked(bool(data.get("given")))
        if data.get("given_on"):
            self.given_on.setText(shown_day(data.get("given_on")))
