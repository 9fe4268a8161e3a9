"""The guided intake: her details, her children, consent, and safety (the person she fled,
the areas she must be kept away from, court orders), in four steps.

Nothing typed is lost: every Next saves the intake as a draft (intake.save_draft), "Save and
finish later" saves and closes, and closing the window with anything typed saves it too. A
saved intake is carried on from the Residents page ("Intakes saved part-way") exactly where it
was left. Finishing makes her record in one transaction (intake.finish); anything refused is
explained next to the field it is about, on the step where that field is.

About 700 lines, over the ~500 a module should keep to: the four steps and the drafts list
share the draft's shape, so splitting them (as ui/record/ was, one step per file) is its own
change; the typed-date helpers it had are already in ui/dates.py.
"""

from __future__ import annotations

from datetime import date
from typing import Any, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from refugedesk import household_refs, intake, privacy_notice, resident_views, staff
from refugedesk.db.models import CourtOrderKind
from refugedesk.db.vault import Vault
from refugedesk.errors import ValidationError
from refugedesk.i18n import translate
from refugedesk.ui import accessible, dialogs, operations
from refugedesk.ui.changes import Change
from refugedesk.ui.consent_covers import CoversBox, how_combo, set_how
from refugedesk.ui.contact_safety import answer, answer_choice, set_answer
from refugedesk.ui.dates import check_date, date_line, shown_day, stored_day
from refugedesk.ui.privacy_notice_ui import PrivacyNoticeBox
from refugedesk.ui.record.common import weekday_and_time
from refugedesk.ui.widgets import (
    button,
    label,
    line_edit,
    message_label,
    prefer_size,
    say,
    text_box,
)

#: Which step each section of the draft is typed on.
STEP_OF = {"resident": 0, "children": 1, "consents": 2, "abusers": 3, "court_orders": 3,
           "privacy": 2}


class FieldRow(QWidget):
    """A field with its own message line under it."""

    def __init__(self, widget: QWidget, message_name: str) -> None:
        super().__init__()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        self.message = message_label(message_name)
        column.addWidget(self.message)


#: Form.add gives back the widget it was given, as its own type.
W = TypeVar("W", bound=QWidget)


class Form:
    """Builds a QFormLayout of fields, each with a message line, keyed by the domain's field
    names (so an error naming a field lands beside it)."""

    def __init__(self, form: QFormLayout, prefix: str, where: str) -> None:
        self.form = form
        self.prefix = prefix
        self.where = where
        self.messages: dict[str, QLabel] = {}

    def add(self, text: str, widget: W, key: str) -> W:
        row = FieldRow(widget, f"{self.prefix}{key.title().replace('_', '')}Message")
        self.messages[f"{self.where}.{key}"] = row.message
        self.form.addRow(text, row)
        return widget


# --- step 1: her details ------------------------------------------------------------------------


class DetailsPage(QWizardPage):
    def __init__(self, vault: Vault) -> None:
        super().__init__()
        self.setObjectName("intakeDetailsPage")
        self.setTitle(translate("IntakeWizard", "About her"))
        self.setSubTitle(translate("IntakeWizard",
                                   "Her name is needed (left empty, the reference is the next "
                                   "household reference); fill in the rest as she is ready to "
                                   "share it."))
        outer = QVBoxLayout(self)
        self.step_message = message_label("intakeStepMessage")
        outer.addWidget(self.step_message)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to what it holds
        body = QWidget()
        layout = QFormLayout(body)
        # A long label (Welsh says more) puts its field underneath rather than pushing the
        # form wider than a small screen.
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        scroll.setWidget(body)
        outer.addWidget(scroll)
        f = self.fields = Form(layout, "intake", "resident")
        words = translate("IntakeWizard", "Reference")
        self.reference = f.add(words, line_edit(
            "intakeReference", words, placeholder=translate("IntakeWizard", "e.g. {example}")
            .format(example=household_refs.EXAMPLE)), "reference")
        self.reference.setMaxLength(household_refs.MAX_LENGTH)
        self.reference.setToolTip(translate(
            "IntakeWizard", "Her household reference. An intake started from her stay has it "
            "already; a new one gets the next free reference when left empty."))
        words = translate("IntakeWizard", "Her name")
        self.name = f.add(words, line_edit("intakeName", words), "name")
        words = translate("IntakeWizard", "Known as")
        self.known_as = f.add(words, line_edit(
            "intakeKnownAs", words,
            placeholder=translate("IntakeWizard", "The name she likes to be called")),
            "known_as")
        self.date_of_birth = f.add(
            translate("IntakeWizard", "Date of birth"),
            date_line("intakeDateOfBirth", translate("IntakeWizard", "Her date of birth")),
            "date_of_birth")
        words = translate("IntakeWizard", "Language")
        self.language = f.add(words, line_edit("intakeLanguage", words), "language")
        self.needs_interpreter = f.add("", QCheckBox(  # type: ignore[call-overload]  # objectName= kwarg: not in the stubs
            translate("IntakeWizard", "Needs an interpreter"), objectName="intakeInterpreter"),
            "needs_interpreter")
        words = translate("IntakeWizard", "Disability and access needs")
        self.access_needs = f.add(words, text_box("intakeAccessNeeds", words, height=56),
                                  "access_needs")
        words = translate("IntakeWizard", "Immigration status")
        self.immigration_status = f.add(words, line_edit("intakeImmigration", words),
                                        "immigration_status")
        self.nrpf = f.add("", QCheckBox(  # type: ignore[call-overload]  # objectName= kwarg: not in the stubs
            translate("IntakeWizard", "No recourse to public funds"), objectName="intakeNrpf"),
            "nrpf")
        words = translate("IntakeWizard", "GP")
        self.gp = f.add(words, line_edit("intakeGp", words), "gp")
        # Asked, never assumed: both start at "Not asked yet" (ui/contact_safety.py).
        self.safe_to_call = f.add(translate("IntakeWizard", "Safe to phone her?"),
                                  answer_choice("intakeSafeToCall", "phone"), "safe_to_call")
        self.safe_to_text = f.add(translate("IntakeWizard", "Safe to text her?"),
                                  answer_choice("intakeSafeToText", "text"), "safe_to_text")
        words = translate("IntakeWizard", "Code word")
        self.code_word = f.add(words, line_edit("intakeCodeWord", words), "code_word")
        self.times_to_avoid = f.add(translate("IntakeWizard", "Times to avoid"), line_edit(
            "intakeTimesToAvoid", translate("IntakeWizard", "Times to avoid"),
            placeholder=translate("IntakeWizard", "e.g. weekends, after 6pm")),
            "times_to_avoid")
        self.key_worker = QComboBox(objectName="intakeKeyWorker")  # type: ignore[call-arg]  # objectName= kwarg: not in the stubs
        self.key_worker.setAccessibleName(translate("IntakeWizard", "Key worker"))
        accessible.label_when_shown(self.key_worker)
        self.key_worker.addItem(translate("IntakeWizard", "Not chosen yet"), None)
        for member in operations.read(self, vault, staff.colleagues).value_or([]):
            if member.active:
                self.key_worker.addItem(member.display_name, member.id)
        if vault.person.id is not None:
            self.key_worker.setCurrentIndex(max(0, self.key_worker.findData(vault.person.id)))
        f.add(translate("IntakeWizard", "Key worker"), self.key_worker, "key_worker_id")
        self.date_of_birth.textChanged.connect(lambda _t: self.check())

    def check(self) -> bool:
        return check_date(self.date_of_birth, self.fields.messages["resident.date_of_birth"],
                          resident_views.resident_date_problem)

    def data(self) -> dict[str, Any]:
        return {
            "reference": self.reference.text(), "name": self.name.text(),
            "known_as": self.known_as.text(),
            "date_of_birth": stored_day(self.date_of_birth.text()),
            "language": self.language.text(),
            "needs_interpreter": self.needs_interpreter.isChecked(),
            "access_needs": self.access_needs.toPlainText(),
            "immigration_status": self.immigration_status.text(),
            "nrpf": self.nrpf.isChecked(), "gp": self.gp.text(),
            "safe_to_call": answer(self.safe_to_call),
            "safe_to_text": answer(self.safe_to_text), "code_word": self.code_word.text(),
            "times_to_avoid": self.times_to_avoid.text(),
            "key_worker_id": self.key_worker.currentData()}

    def load(self, data: dict[str, Any]) -> None:
        for key in ("reference", "name", "known_as", "language", "immigration_status", "gp",
                    "code_word", "times_to_avoid"):
            getattr(self, key).setText(str(data.get(key, "")))
        self.access_needs.setPlainText(str(data.get("access_needs", "")))
        self.date_of_birth.setText(shown_day(data.get("date_of_birth")))
        for key in ("needs_interpreter", "nrpf"):
            getattr(self, key).setChecked(bool(data.get(key, False)))
        for key in ("safe_to_call", "safe_to_text"):  # a draft without them: not asked yet
            set_answer(getattr(self, key), data.get(key))
        if "key_worker_id" in data:  # an intake started from her stay leaves it as it was
            worker = data.get("key_worker_id")
            self.key_worker.setCurrentIndex(max(0, self.key_worker.findData(worker)))

    def typed_anything(self) -> bool:
        d = self.data()
        return any(d[k] for k in ("reference", "name", "known_as", "date_of_birth", "language",
                                  "access_needs", "immigration_status", "gp", "code_word",
                                  "times_to_avoid"))

    def validatePage(self) -> bool:
        wizard = self.wizard()
        return wizard.leave_step(self.check()) if isinstance(wizard, IntakeWizard) else True


# --- step 2: her children -----------------------------------------------------------------------


class ChildForm(QGroupBox):
    def __init__(self, index: int, on_remove) -> None:
        super().__init__(translate("IntakeWizard", "Child {number}").format(number=index + 1))
        self.setObjectName(f"intakeChild{index}")
        self.index = index
        layout = QFormLayout(self)
        f = self.fields = Form(layout, f"intakeChild{index}", f"children.{index}")
        self.name = f.add(translate("IntakeWizard", "Name"), line_edit(
            f"intakeChild{index}Name", translate("IntakeWizard", "Child's name")), "name")
        self.date_of_birth = f.add(translate("IntakeWizard", "Date of birth"), date_line(
            f"intakeChild{index}DateOfBirth", translate("IntakeWizard", "Child's date of birth")),
            "date_of_birth")
        words = translate("IntakeWizard", "School or nursery")
        self.school = f.add(words, line_edit(f"intakeChild{index}School", words), "school")
        self.child_protection_plan = f.add("", QCheckBox(  # type: ignore[call-overload]  # objectName= kwarg: not in the stubs
            translate("IntakeWizard", "On a child protection plan"),
            objectName=f"intakeChild{index}Cpp"), "child_protection_plan")
        self.child_in_need = f.add("", QCheckBox(  # type: ignore[call-overload]  # objectName= kwarg: not in the stubs
            translate("IntakeWizard", "Child in need"), objectName=f"intakeChild{index}Cin"),
            "child_in_need")
        words = translate("IntakeWizard", "Social worker")
        self.social_worker = f.add(words, line_edit(f"intakeChild{index}SocialWorker", words),
                                   "social_worker")
        words = translate("IntakeWizard", "The child's own needs")
        self.needs = f.add(words, text_box(f"intakeChild{index}Needs", words, height=56),
                           "needs")
        remove = button(translate("IntakeWizard", "Remove this child"),
                        f"intakeChild{index}Remove")
        remove.clicked.connect(lambda: on_remove(self))
        layout.addRow("", remove)
        self.date_of_birth.textChanged.connect(lambda _t: self.check())
        #: What the arrival said about this child (intake.ARRIVAL_HINTS), kept with the row.
        self.hints: dict[str, Any] = {}

    def check(self) -> bool:
        return check_date(self.date_of_birth,
                          self.fields.messages[f"children.{self.index}.date_of_birth"],
                          resident_views.child_date_problem)

    def data(self) -> dict[str, Any]:
        return {"name": self.name.text(),
                "date_of_birth": stored_day(self.date_of_birth.text()),
                "school": self.school.text(),
                "child_protection_plan": self.child_protection_plan.isChecked(),
                "child_in_need": self.child_in_need.isChecked(),
                "social_worker": self.social_worker.text(), "needs": self.needs.toPlainText(),
                **self.hints}

    def load(self, data: dict[str, Any]) -> None:
        self.hints = {k: data[k] for k in intake.ARRIVAL_HINTS if k in data}
        if self.hints:
            age = self.hints.get("age_on_arrival")
            self.setTitle(translate("IntakeWizard", "Child {number} (aged {age} at arrival)")
                          .format(number=self.index + 1, age=age) if age is not None
                          else translate("IntakeWizard",
                                         "Child {number} (age not given at arrival)")
                          .format(number=self.index + 1))
            self.name.setPlaceholderText(translate(
                "IntakeWizard", "The child's name: from her arrival, still to fill in"))
        for key in ("name", "school", "social_worker"):
            getattr(self, key).setText(str(data.get(key, "")))
        self.date_of_birth.setText(shown_day(data.get("date_of_birth")))
        self.needs.setPlainText(str(data.get("needs", "")))
        self.child_protection_plan.setChecked(bool(data.get("child_protection_plan")))
        self.child_in_need.setChecked(bool(data.get("child_in_need")))


class RowsPage(QWizardPage):
    """A step holding a list of like forms (children, consents, court orders) with an Add
    button; forms are renumbered when one is removed."""

    def __init__(self) -> None:
        super().__init__()
        outer = QVBoxLayout(self)
        self.step_message = message_label("intakeStepMessage")
        outer.addWidget(self.step_message)
        self.intro = QVBoxLayout()
        outer.addLayout(self.intro)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to what it holds
        body = QWidget()
        self.rows_layout = QVBoxLayout(body)
        self.rows_layout.addStretch(1)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        self.forms: list[Any] = []

    def make(self, index: int) -> Any:  # a row form: .load() and .data()
        raise NotImplementedError

    def add_row(self, data: dict[str, Any] | None = None) -> Any:
        form = self.make(len(self.forms))
        if data:
            form.load(data)
        self.forms.append(form)
        self.rows_layout.insertWidget(self.rows_layout.count() - 1, form)
        form.show()
        return form

    def remove_row(self, form: Any) -> None:
        kept = [f.data() for f in self.forms if f is not form]
        self.set_rows(kept)

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        for form in self.forms:
            form.setParent(None)
            form.deleteLater()
        self.forms = []
        for row in rows:
            self.add_row(row)

    def messages(self) -> dict[str, QLabel]:
        out: dict[str, QLabel] = {}
        for form in self.forms:
            out.update(form.fields.messages)
        return out


class ChildrenPage(RowsPage):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("intakeChildrenPage")
        self.setTitle(translate("IntakeWizard", "Her children"))
        self.setSubTitle(translate("IntakeWizard", "The children coming with her. Leave the "
                                   "date of birth empty if you do not know it yet."))
        add = button(translate("IntakeWizard", "Add a child"), "intakeAddChild")
        add.clicked.connect(lambda: self.add_row().name.setFocus())
        self.intro.addWidget(add, 0, Qt.AlignmentFlag.AlignLeft)

    def make(self, index: int) -> QWidget:
        return ChildForm(index, self.remove_row)

    def data(self) -> list[dict[str, Any]]:
        return [f.data() for f in self.forms if any(v for v in f.data().values())]

    def validatePage(self) -> bool:
        ok = all([form.check() for form in self.forms])
        wizard = self.wizard()
        return wizard.leave_step(ok) if isinstance(wizard, IntakeWizard) else ok


# --- step 3: consent ----------------------------------------------------------------------------


class ConsentForm(QGroupBox):
    def __init__(self, index: int, on_remove) -> None:
        super().__init__(translate("IntakeWizard", "Consent {number}").format(number=index + 1))
        self.setObjectName(f"intakeConsent{index}")
        self.index = index
        layout = QFormLayout(self)
        f = self.fields = Form(layout, f"intakeConsent{index}", f"consents.{index}")
        words = translate("IntakeWizard", "What she agreed to share")
        self.what = f.add(words, line_edit(
            f"intakeConsent{index}What", words,
            placeholder=translate("IntakeWizard", "e.g. her risk assessment")), "what")
        self.covers = f.add(translate("IntakeWizard", "She agreed to share with"),
                            CoversBox(f"intakeConsent{index}"), "covers")
        self.shared_with = f.add(translate("IntakeWizard", "With whom (in words)"), line_edit(
            f"intakeConsent{index}With", translate("IntakeWizard", "With whom"),
            placeholder=translate("IntakeWizard", "if the ticks do not say it all")),
            "shared_with")
        self.how_given = f.add(translate("IntakeWizard", "How she gave it"),
                               how_combo(f"intakeConsent{index}How"), "how_given")
        words = translate("IntakeWizard", "Agreed on")
        self.given_on = f.add(words, date_line(f"intakeConsent{index}GivenOn", words),
                              "given_on")
        self.given_on.setText(date.today().strftime("%d/%m/%Y"))
        remove = button(translate("IntakeWizard", "Remove"), f"intakeConsent{index}Remove")
        remove.clicked.connect(lambda: on_remove(self))
        layout.addRow("", remove)
        self.given_on.textChanged.connect(lambda _t: self.check())

    def check(self) -> bool:
        return check_date(self.given_on, self.fields.messages[f"consents.{self.index}.given_on"])

    def data(self) -> dict[str, Any]:
        return {"what": self.what.text(), "shared_with": self.shared_with.text(),
                "given_on": stored_day(self.given_on.text()), "covers": self.covers.keys(),
                "how_given": self.how_given.currentData() or ""}

    def load(self, data: dict[str, Any]) -> None:
        self.what.setText(str(data.get("what", "")))
        self.shared_with.setText(str(data.get("shared_with", "")))
        covers = data.get("covers")
        self.covers.set_keys(covers if isinstance(covers, list) else [])
        set_how(self.how_given, str(data.get("how_given") or ""))
        self.given_on.setText(shown_day(data.get("given_on")))


class ConsentPage(RowsPage):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("intakeConsentPage")
        self.setTitle(translate("IntakeWizard", "Consent"))
        self.setSubTitle(translate("IntakeWizard", "What she has agreed to share, and with "
                                   "whom. You are recorded as the person who explained it to "
                                   "her."))
        add = button(translate("IntakeWizard", "Add consent"), "intakeAddConsent")
        add.clicked.connect(lambda: self.add_row().what.setFocus())
        self.intro.addWidget(add, 0, Qt.AlignmentFlag.AlignLeft)
        # The service's privacy notice, and the day she was given it, above the consents.
        self.privacy = PrivacyNoticeBox()
        self.rows_layout.insertWidget(0, self.privacy)

    def make(self, index: int) -> QWidget:
        return ConsentForm(index, self.remove_row)

    def data(self) -> list[dict[str, Any]]:
        # A consent row with only the default date in it has not been filled in.
        return [f.data() for f in self.forms if f.what.text().strip()
                or f.shared_with.text().strip() or f.covers.keys()]

    def messages(self) -> dict[str, QLabel]:
        return {**super().messages(), **self.privacy.messages()}

    def validatePage(self) -> bool:
        ok = all([form.check() for form in self.forms] + [self.privacy.check()])
        wizard = self.wizard()
        return wizard.leave_step(ok) if isinstance(wizard, IntakeWizard) else ok


# --- step 4: safety -----------------------------------------------------------------------------


class CourtOrderForm(QGroupBox):
    def __init__(self, index: int, on_remove) -> None:
        super().__init__(translate("IntakeWizard", "Court order {number}").format(
            number=index + 1))
        self.setObjectName(f"intakeOrder{index}")
        self.index = index
        layout = QFormLayout(self)
        f = self.fields = Form(layout, f"intakeOrder{index}", f"court_orders.{index}")
        self.kind = QComboBox(objectName=f"intakeOrder{index}Kind")  # type: ignore[call-arg]  # objectName= kwarg: not in the stubs
        self.kind.setAccessibleName(translate("IntakeWizard", "Kind of order"))
        self.kind.addItem(translate("IntakeWizard", "Choose the kind of order"), "")
        for kind in CourtOrderKind:
            self.kind.addItem(kind.label, kind.value)
        f.add(translate("IntakeWizard", "Kind"), self.kind, "kind")
        words = translate("IntakeWizard", "Made on")
        self.made_on = f.add(words, date_line(f"intakeOrder{index}MadeOn", words), "made_on")
        words = translate("IntakeWizard", "Ends on")
        self.expires_on = f.add(words, date_line(f"intakeOrder{index}ExpiresOn", words),
                                "expires_on")
        words = translate("IntakeWizard", "Notes")
        self.notes = f.add(words, line_edit(f"intakeOrder{index}Notes", words), "notes")
        remove = button(translate("IntakeWizard", "Remove"), f"intakeOrder{index}Remove")
        remove.clicked.connect(lambda: on_remove(self))
        layout.addRow("", remove)
        self.made_on.textChanged.connect(lambda _t: self.check())
        self.expires_on.textChanged.connect(lambda _t: self.check())

    def check(self) -> bool:
        where = f"court_orders.{self.index}"
        return all([check_date(self.made_on, self.fields.messages[f"{where}.made_on"]),
                    check_date(self.expires_on, self.fields.messages[f"{where}.expires_on"])])

    def data(self) -> dict[str, Any]:
        return {"kind": self.kind.currentData() or "", "made_on": stored_day(
            self.made_on.text()), "expires_on": stored_day(self.expires_on.text()),
            "notes": self.notes.text()}

    def load(self, data: dict[str, Any]) -> None:
        self.kind.setCurrentIndex(max(0, self.kind.findData(data.get("kind", ""))))
        self.made_on.setText(shown_day(data.get("made_on")))
        self.expires_on.setText(shown_day(data.get("expires_on")))
        self.notes.setText(str(data.get("notes", "")))


class SafetyPage(RowsPage):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("intakeSafetyPage")
        self.setTitle(translate("IntakeWizard", "Safety"))
        self.setSubTitle(translate("IntakeWizard", "The person she fled, the areas she must be "
                                   "kept away from, and any court orders. Known areas are never "
                                   "offered to her as a place to live."))
        box = QGroupBox(translate("IntakeWizard", "The person she fled"))
        form = QFormLayout(box)
        f = self.abuser_fields = Form(form, "intakeAbuser", "abusers.0")
        self.abuser_name = f.add(translate("IntakeWizard", "Name"), line_edit(
            "intakeAbuserName", translate("IntakeWizard", "His or her name")), "name")
        words = translate("IntakeWizard", "Description")
        self.description = f.add(words, text_box("intakeAbuserDescription", words, height=56),
                                 "description")
        words = translate("IntakeWizard", "Vehicle")
        self.vehicle = f.add(words, line_edit(
            "intakeAbuserVehicle", words,
            placeholder=translate("IntakeWizard", "Make, colour, registration")), "vehicle")
        self.known_areas = f.add(translate("IntakeWizard", "Known areas"), text_box(
            "intakeKnownAreas", translate("IntakeWizard", "Known areas"),
            placeholder=translate("IntakeWizard", "One town or area per line: where he lives, "
                                  "works or has family"),
            height=56),
            "known_areas")
        self.intro.addWidget(box)
        add = button(translate("IntakeWizard", "Add a court order"), "intakeAddOrder")
        add.clicked.connect(lambda: self.add_row().kind.setFocus())
        self.intro.addWidget(add, 0, Qt.AlignmentFlag.AlignLeft)
        self.extra_abusers: list[dict[str, Any]] = []

    def make(self, index: int) -> QWidget:
        return CourtOrderForm(index, self.remove_row)

    def abusers(self) -> list[dict[str, Any]]:
        first = {"name": self.abuser_name.text(), "description": self.description.toPlainText(),
                 "vehicle": self.vehicle.text(), "known_areas": self.known_areas.toPlainText()}
        return ([first] if any(first.values()) else []) + self.extra_abusers

    def data(self) -> list[dict[str, Any]]:
        return [f.data() for f in self.forms if any(v for v in f.data().values())]

    def load_abusers(self, rows: list[dict[str, Any]]) -> None:
        first = rows[0] if rows else {}
        self.abuser_name.setText(str(first.get("name", "")))
        self.description.setPlainText(str(first.get("description", "")))
        self.vehicle.setText(str(first.get("vehicle", "")))
        self.known_areas.setPlainText(str(first.get("known_areas", "")))
        self.extra_abusers = list(rows[1:])  # kept as they were, never dropped

    def messages(self) -> dict[str, QLabel]:
        return {**super().messages(), **self.abuser_fields.messages}

    def validatePage(self) -> bool:
        ok = all([form.check() for form in self.forms])
        wizard = self.wizard()
        return wizard.finish_intake() if ok and isinstance(wizard, IntakeWizard) else False


# --- the wizard ---------------------------------------------------------------------------------


class IntakeWizard(QWizard):
    """Emits `finished_intake(resident_id)` when her record is made, `saved_part_way(draft_id)`
    when it is kept to finish later."""

    finished_intake = Signal(int)
    saved_part_way = Signal(int)

    def __init__(self, vault: Vault, *, draft_id: int | None = None, stay_id: int | None = None,
                 prefill: dict[str, Any] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("intakeWizard")
        self.setWindowTitle(translate("IntakeWizard", "Intake"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.setOption(QWizard.WizardOption.HaveCustomButton1)
        self.setButtonText(QWizard.WizardButton.CustomButton1,
                           translate("IntakeWizard", "Save and finish later"))
        self.setButtonText(QWizard.WizardButton.FinishButton,
                           translate("IntakeWizard", "Finish: make her record"))
        for which, name in [(QWizard.WizardButton.NextButton, "intakeNext"),
                            (QWizard.WizardButton.BackButton, "intakeBack"),
                            (QWizard.WizardButton.FinishButton, "intakeFinish"),
                            (QWizard.WizardButton.CancelButton, "intakeCancel"),
                            (QWizard.WizardButton.CustomButton1, "intakeSaveLater")]:
            self.button(which).setObjectName(name)
        self.customButtonClicked.connect(lambda _which: self.save_and_close())
        # Each step scrolls: the wizard fits a 1024x600 screen, larger where there is room.
        self.setMinimumSize(600, 400)
        prefer_size(self, 760, 640)
        self.vault = vault
        self.draft_id = draft_id
        self.stay_id = stay_id
        self.resident_id: int | None = None
        self._quiet = False  # moving to a saved step: no saving or checking on the way

        self.details = DetailsPage(vault)
        self.children_page = ChildrenPage()
        self.consent = ConsentPage()
        self.safety = SafetyPage()
        for page in (self.details, self.children_page, self.consent, self.safety):
            self.addPage(page)
        self.message = self.details.step_message

        if draft_id is not None:
            self._resume(draft_id)
        else:
            if prefill:
                self._load(prefill)
                ref = str(prefill.get("resident", {}).get("reference", ""))
                if stay_id is not None and ref:
                    self.setWindowTitle(translate(
                        "IntakeWizard", "Intake: household {reference}, started from her "
                        "arrival").format(reference=ref))
            self.consent.add_row()
        self.consent.privacy.show_notice(operations.read(
            self, vault, privacy_notice.notice, message=self.message).value)

    # --- the draft -----------------------------------------------------------------------------

    def data(self) -> dict[str, Any]:
        return {"resident": self.details.data(), "children": self.children_page.data(),
                "consents": self.consent.data(), "abusers": self.safety.abusers(),
                "court_orders": self.safety.data(), "privacy": self.consent.privacy.data()}

    def typed_anything(self) -> bool:
        d = self.data()
        return self.details.typed_anything() or any(d[k] for k in d if k != "resident")

    def save(self) -> bool:
        """Keep everything typed so far, and the step reached."""
        step = max(0, self.currentId())
        outcome = operations.run(
            self, lambda: intake.save_draft(self.vault, data=self.data(), step=step,
                                            draft_id=self.draft_id, stay_id=self.stay_id
                                            if self.draft_id is None else None),
            message=self._current_message())
        if outcome.ok and isinstance(outcome.value, int):
            self.draft_id = outcome.value
        return outcome.ok

    def _current_message(self) -> QLabel:
        """Where a problem with saving is said: the page being looked at."""
        page = self.currentPage()
        return getattr(page, "step_message", self.message)

    def _resume(self, draft_id: int) -> None:
        outcome = operations.run(self, lambda: intake.resume_draft(self.vault, draft_id),
                                 message=self.message)
        if not outcome.ok or outcome.value is None:
            self.draft_id = None
            return
        draft = outcome.value
        self.stay_id = draft.stay_id
        self._load(draft.data)
        self.go_to(draft.step)

    def _load(self, data: dict[str, Any]) -> None:
        """Fill the steps from a draft's data (a saved intake, or one started from a stay)."""
        self.details.load(data.get("resident", {}))
        self.children_page.set_rows(list(data.get("children", [])))
        self.consent.set_rows(list(data.get("consents", [])))
        self.safety.load_abusers(list(data.get("abusers", [])))
        self.safety.set_rows(list(data.get("court_orders", [])))
        self.consent.privacy.load(data.get("privacy") or {})

    def go_to(self, step: int) -> None:
        """Show a step without saving or checking on the way (resuming, or showing an error)."""
        self._quiet = True
        try:
            if self.currentId() == -1:
                self.restart()
            while self.currentId() > step:
                self.back()
            while self.currentId() < step and self.currentId() != -1:
                before = self.currentId()
                self.next()
                if self.currentId() == before:
                    break
        finally:
            self._quiet = False

    def leave_step(self, ok: bool) -> bool:
        """Moving on from a step: save (even if something on it needs correcting, so nothing
        is lost), then move on only if it is all right."""
        if self._quiet:
            return True
        saved = self.save()
        return ok and saved

    def save_and_close(self) -> None:
        if self.save() and self.draft_id is not None:
            self.saved_part_way.emit(self.draft_id)
            self._closing = True
            # Rejected: QWizard checks (and on the last step finishes) the page on Accepted.
            self.done(QDialog.DialogCode.Rejected)

    def reject(self) -> None:
        """Closing with something typed keeps it as a saved intake rather than losing it."""
        if self.resident_id is None and self.typed_anything() and \
                not getattr(self, "_closing", False):
            if self.save() and self.draft_id is not None:
                self.saved_part_way.emit(self.draft_id)
            else:
                return  # could not save: stay open, with the message showing
        super().reject()

    # --- finishing -----------------------------------------------------------------------------

    def messages(self) -> dict[str, QLabel]:
        return {**self.details.fields.messages, **self.children_page.messages(),
                **self.consent.messages(), **self.safety.messages()}

    def finish_intake(self) -> bool:
        if self._quiet:
            return True
        if not self.save() or self.draft_id is None:
            return False
        draft_id = self.draft_id
        fields = self.messages()
        outcome = operations.run(self, lambda: intake.finish(self.vault, draft_id),
                                 message=self._current_message(), fields=fields,
                                 changed={Change.RESIDENTS, Change.STAYS})
        if not outcome.ok:
            err = outcome.error
            if isinstance(err, ValidationError) and err.field:
                section = err.field.split(".")[0]
                step = STEP_OF.get(section)
                if step is not None and step != self.currentId():
                    self.go_to(step)
                    if err.field not in fields:
                        say(self._current_message(), str(err))
                target = fields.get(err.field)
                if target is not None:
                    say(target, str(err))
            return False
        self.resident_id = int(outcome.value)
        self.finished_intake.emit(self.resident_id)
        return True


# --- intakes saved part-way ---------------------------------------------------------------------


class DraftsDialog(QDialog):
    """The intakes saved part-way: carry one on, or discard one that is not needed."""

    carry_on = Signal(int)

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.setObjectName("intakeDraftsDialog")
        self.setWindowTitle(translate("IntakeWizard", "Intakes saved part-way"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.addWidget(label(translate("IntakeWizard", "Intakes saved part-way"),
                               role="subheading"))
        layout.addWidget(label(translate("IntakeWizard", "Carry on where it was left. Nothing "
                                         "typed has been lost."), role="hint"))
        self.list = QListWidget(objectName="intakeDraftsList")  # type: ignore[call-arg]  # objectName= kwarg: not in the stubs
        self.list.setTabKeyNavigation(False)  # Tab leaves the list; arrows move in it
        self.list.setAccessibleName(translate("IntakeWizard", "Intakes saved part-way"))
        self.list.itemDoubleClicked.connect(lambda _i: self.choose())
        layout.addWidget(self.list)
        self.message = message_label("intakeDraftsMessage")
        layout.addWidget(self.message)
        row = QHBoxLayout()
        discard = button(translate("IntakeWizard", "Discard…"), "intakeDraftDiscard")
        discard.clicked.connect(self.ask_discard)
        row.addWidget(discard)
        row.addStretch(1)
        close = button(translate("IntakeWizard", "Close"), "intakeDraftsClose")
        close.clicked.connect(self.reject)
        row.addWidget(close)
        go = button(translate("IntakeWizard", "Carry on"), "intakeDraftCarryOn", primary=True)
        go.clicked.connect(self.choose)
        row.addWidget(go)
        layout.addLayout(row)
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        drafts = operations.read(self, self.vault, intake.open_drafts).value_or([])
        steps = [translate("IntakeWizard", "{name}: at her details, saved {when}"),
                 translate("IntakeWizard", "{name}: at children, saved {when}"),
                 translate("IntakeWizard", "{name}: at consent, saved {when}"),
                 translate("IntakeWizard", "{name}: at safety, saved {when}")]
        for d in drafts:
            who = d.name.strip() or translate("IntakeWizard", "No name typed yet")
            item = QListWidgetItem(steps[min(d.step, len(steps) - 1)].format(
                name=who, when=weekday_and_time(d.updated_at.astimezone(), year=False)))
            item.setData(Qt.ItemDataRole.UserRole, d.id)
            self.list.addItem(item)
        if drafts:
            self.list.setCurrentRow(0)
        else:
            say(self.message, translate("IntakeWizard", "No intakes are waiting to be finished."),
                role="hint")

    def _chosen(self) -> int | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def choose(self) -> None:
        draft_id = self._chosen()
        if draft_id is not None:
            self.accept()
            self.carry_on.emit(draft_id)

    def ask_discard(self) -> None:
        draft_id = self._chosen()
        if draft_id is None:
            return
        dialogs.confirm(
            self, name="discardDraftConfirm",
            title=translate("IntakeWizard", "Discard this intake?"),
            text=translate("IntakeWizard", "Everything typed in this intake will be deleted. "
                           "This cannot be undone."),
            yes=translate("IntakeWizard", "Discard it"),
            on_yes=lambda: self._discard(draft_id))

    def _discard(self, draft_id: int) -> None:
        outcome = operations.run(self, lambda: intake.discard_draft(self.vault, draft_id),
                                 message=self.message)
        if outcome.ok:
            self.refresh()
