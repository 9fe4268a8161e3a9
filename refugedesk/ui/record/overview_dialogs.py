"""The Overview tab's forms: her details, a child, a court order. Dates that may be unknown
(a date of birth, when an order was made) are typed, and may be left empty."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QCheckBox, QLineEdit, QWidget

from refugedesk import residents
from refugedesk.db.models import CourtOrderKind
from refugedesk.db.vault import Vault
from refugedesk.resident_views import ResidentDetails
from refugedesk.ui.dates import date_line, typed_day
from refugedesk.ui.record.common import RecordDialog
from refugedesk.ui.widgets import combo, line_edit, text_box


class ChildDialog(RecordDialog):
    def __init__(self, vault: Vault, resident_id: int, parent: QWidget | None = None) -> None:
        super().__init__(vault, resident_id, name="childDialog", title="Add a child",
                         intro="A child of hers who is with her, or who joins her later.",
                         save="Save child", parent=parent)
        self.name = line_edit("childName", "Child's name")
        self.date_of_birth = date_line("childDateOfBirth", "Date of birth")
        self.school = line_edit("childSchool", "School or nursery")
        self.cpp = QCheckBox("On a child protection plan", objectName="childCpp")  # type: ignore[call-overload]  # objectName= kwarg: not in the stubs
        self.cin = QCheckBox("Child in need", objectName="childCin")  # type: ignore[call-overload]  # objectName= kwarg: not in the stubs
        self.social_worker = line_edit("childSocialWorker", "Social worker")
        self.needs = text_box("childNeeds", "The child's own needs", height=54)
        self.add_field("Name", self.name, "name")
        self.add_field("Date of birth", self.date_of_birth, "date_of_birth")
        self.add_field("School or nursery", self.school)
        self.add_field("", self.cpp)
        self.add_field("", self.cin)
        self.add_field("Social worker", self.social_worker)
        self.add_field("Needs", self.needs)

    def action(self) -> Callable[[], object]:
        def save() -> int:
            born = typed_day(self.date_of_birth, "date_of_birth")
            return residents.add_child(
                self.vault, resident_id=self.resident_id, name=self.name.text(),
                date_of_birth=born, school=self.school.text(),
                child_protection_plan=self.cpp.isChecked(), child_in_need=self.cin.isChecked(),
                social_worker=self.social_worker.text(), needs=self.needs.toPlainText())
        return save


class CourtOrderDialog(RecordDialog):
    def __init__(self, vault: Vault, resident_id: int, parent: QWidget | None = None) -> None:
        super().__init__(vault, resident_id, name="courtOrderDialog",
                         title="Add a court order",
                         intro="An order with an end date warns on her record from 28 days "
                               "before it ends.", save="Save order", parent=parent)
        self.kind = combo("courtOrderKind", "Kind", [(k.label, k.value) for k in CourtOrderKind])
        self.made_on = date_line("courtOrderMadeOn", "Made on")
        self.expires_on = date_line("courtOrderExpiresOn", "Ends on")
        self.notes = line_edit("courtOrderNotes", "Notes")
        self.add_field("Kind", self.kind)
        self.add_field("Made on", self.made_on, "made_on")
        self.add_field("Ends on", self.expires_on, "expires_on")
        self.add_field("Notes", self.notes)

    def action(self) -> Callable[[], object]:
        def save() -> int:
            made = typed_day(self.made_on, "made_on")
            ends = typed_day(self.expires_on, "expires_on")
            return residents.add_court_order(
                self.vault, resident_id=self.resident_id,
                kind=CourtOrderKind(self.kind.currentData()), made_on=made, expires_on=ends,
                notes=self.notes.text())
        return save


class DetailsDialog(RecordDialog):
    """Change her details. Only what was changed is saved, and the audit names the fields
    changed, never what they became."""

    def __init__(self, vault: Vault, details: ResidentDetails, workers: list[tuple[str, int]],
                 parent: QWidget | None = None) -> None:
        super().__init__(vault, details.id, name="detailsDialog", title="Her details",
                         intro="", save="Save changes", parent=parent)
        d = details
        self.details = d
        self.name = line_edit("detailsName", "Her name")
        self.known_as = line_edit("detailsKnownAs", "Known as")
        self.reference = line_edit("detailsReference", "Reference")
        self.date_of_birth = date_line("detailsDateOfBirth", "Date of birth")
        self.language = line_edit("detailsLanguage", "Language")
        self.needs_interpreter = QCheckBox("Needs an interpreter",  # type: ignore[call-overload]  # objectName= kwarg: not in the stubs
                                           objectName="detailsInterpreter")
        self.access_needs = text_box("detailsAccessNeeds", "Disability and access needs",
                                     height=54)
        self.immigration_status = line_edit("detailsImmigration", "Immigration status")
        self.nrpf = QCheckBox("No recourse to public funds", objectName="detailsNrpf")  # type: ignore[call-overload]  # objectName= kwarg: not in the stubs
        self.gp = line_edit("detailsGp", "GP")
        self.safe_to_call = QCheckBox("It is safe to phone her", objectName="detailsSafeToCall")  # type: ignore[call-overload]  # objectName= kwarg: not in the stubs
        self.safe_to_text = QCheckBox("It is safe to text her", objectName="detailsSafeToText")  # type: ignore[call-overload]  # objectName= kwarg: not in the stubs
        self.code_word = line_edit("detailsCodeWord", "Code word", password=True)
        show = QCheckBox("Show the code word", objectName="detailsShowCodeWord")  # type: ignore[call-overload]  # objectName= kwarg: not in the stubs
        show.toggled.connect(lambda on: self.code_word.setEchoMode(
            QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password))
        self.times_to_avoid = line_edit("detailsTimesToAvoid", "Times to avoid")
        self.key_worker = combo("detailsKeyWorker", "Key worker",
                                [("Not chosen yet", None), *workers])
        for edit, value in [(self.name, d.name), (self.known_as, d.known_as),
                            (self.reference, d.reference), (self.language, d.language),
                            (self.immigration_status, d.immigration_status), (self.gp, d.gp),
                            (self.code_word, d.code_word),
                            (self.times_to_avoid, d.times_to_avoid)]:
            edit.setText(value)
        self.date_of_birth.setText(f"{d.date_of_birth:%d/%m/%Y}" if d.date_of_birth else "")
        self.access_needs.setPlainText(d.access_needs)
        for box, value in [(self.needs_interpreter, d.needs_interpreter), (self.nrpf, d.nrpf),
                           (self.safe_to_call, d.safe_to_call),
                           (self.safe_to_text, d.safe_to_text)]:
            box.setChecked(value)
        self.key_worker.setCurrentIndex(max(0, self.key_worker.findData(d.key_worker_id)))
        for text, widget, key in [
                ("Her name", self.name, "name"), ("Known as", self.known_as, None),
                ("Reference", self.reference, "reference"),
                ("Date of birth", self.date_of_birth, "date_of_birth"),
                ("Language", self.language, None), ("", self.needs_interpreter, None),
                ("Disability and access", self.access_needs, None),
                ("Immigration status", self.immigration_status, None), ("", self.nrpf, None),
                ("GP", self.gp, None), ("Contacting her", self.safe_to_call, None),
                ("", self.safe_to_text, None), ("Code word", self.code_word, None),
                ("", show, None), ("Times to avoid", self.times_to_avoid, None),
                ("Key worker", self.key_worker, "key_worker_id")]:
            self.add_field(text, widget, key)

    def action(self) -> Callable[[], object]:
        def save() -> None:
            born = typed_day(self.date_of_birth, "date_of_birth")
            residents.update_resident(
                self.vault, self.resident_id, name=self.name.text(),
                known_as=self.known_as.text(), reference=self.reference.text(),
                date_of_birth=born, language=self.language.text(),
                needs_interpreter=self.needs_interpreter.isChecked(),
                access_needs=self.access_needs.toPlainText(),
                immigration_status=self.immigration_status.text(), nrpf=self.nrpf.isChecked(),
                gp=self.gp.text(), safe_to_call=self.safe_to_call.isChecked(),
                safe_to_text=self.safe_to_text.isChecked(), code_word=self.code_word.text(),
                times_to_avoid=self.times_to_avoid.text(),
                key_worker_id=self.key_worker.currentData())
        return save
