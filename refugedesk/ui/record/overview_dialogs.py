"""The Overview tab's forms: her details, a child (added or changed), a consent (added,
changed, withdrawn), the person she fled, a court order. Dates that may be unknown (a date of
birth, when an order was made) are typed, and may be left empty; dates that are always known
(consent given, withdrawn) are picked."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from refugedesk import i18n, residents
from refugedesk.db.models import ChildSex, CourtOrderKind
from refugedesk.db.vault import Vault
from refugedesk.i18n import translate
from refugedesk.resident_views import AbuserView, ChildView, ConsentView, ResidentDetails
from refugedesk.ui.consent_covers import CoversBox, how_combo, set_how
from refugedesk.ui.contact_safety import answer, answer_choice, set_answer
from refugedesk.ui.dates import DayEdit, date_edit, date_line, day_of, typed_day
from refugedesk.ui.record.common import RecordDialog, day_text
from refugedesk.ui.widgets import combo, line_edit, text_box


def _limit(edit: QLineEdit, key: str) -> QLineEdit:
    """Stop typing at the domain's limit for the field (residents.TEXT_LIMITS)."""
    edit.setMaxLength(residents.TEXT_LIMITS[key])
    return edit


def _limit_box(box: QPlainTextEdit, key: str) -> QPlainTextEdit:
    """A few lines of text cut at the domain's limit for the field, as a one-line field is."""
    limit = residents.TEXT_LIMITS[key]

    def trim() -> None:
        text = box.toPlainText()
        if len(text) > limit:
            box.setPlainText(text[:limit])
            box.moveCursor(QTextCursor.MoveOperation.End)

    box.textChanged.connect(trim)
    return box


def sex_choices() -> list[tuple[str, object]]:
    return [(translate("RecordOverviewDialogs", "Not recorded"), None),
            *((s.label, s.value) for s in ChildSex)]


class ChildDialog(RecordDialog):
    """Add a child, or (with `child`) change a child's details."""

    def __init__(self, vault: Vault, resident_id: int, parent: QWidget | None = None, *,
                 child: ChildView | None = None) -> None:
        adding = child is None
        super().__init__(vault, resident_id, name="childDialog",
                         title=translate("RecordOverviewDialogs", "Add a child") if adding
                         else translate("RecordOverviewDialogs", "Change a child's details"),
                         intro=translate("RecordOverviewDialogs", "A child of hers who is with "
                                         "her, or who joins her later.") if adding
                         else translate("RecordOverviewDialogs", "Only what you change is saved."),
                         save=translate("RecordOverviewDialogs", "Save child") if adding
                         else translate("RecordOverviewDialogs", "Save changes"), parent=parent)
        self.child = child
        self.name = _limit(line_edit("childName", translate("RecordOverviewDialogs",
                                                            "Child's name")), "name")
        self.date_of_birth = date_line("childDateOfBirth",
                                       translate("RecordOverviewDialogs", "Date of birth"))
        self.sex = combo("childSex", translate("RecordOverviewDialogs", "Girl or boy"),
                         sex_choices())
        self.sex.setToolTip(translate("RecordOverviewDialogs",
                                      "Recorded where the service has an age rule for boys. "
                                      "Leave it as Not recorded otherwise."))
        self.school = _limit(line_edit("childSchool", translate("RecordOverviewDialogs",
                                                                "School or nursery")), "school")
        self.cpp = QCheckBox(  # type: ignore[call-overload]  # objectName= kwarg: not in the stubs
            translate("RecordOverviewDialogs", "On a child protection plan"), objectName="childCpp")
        self.cin = QCheckBox(  # type: ignore[call-overload]  # objectName= kwarg: not in the stubs
            translate("RecordOverviewDialogs", "Child in need"), objectName="childCin")
        self.social_worker = _limit(line_edit(
            "childSocialWorker", translate("RecordOverviewDialogs", "Social worker")),
            "social_worker")
        self.needs = _limit_box(text_box(
            "childNeeds", translate("RecordOverviewDialogs", "The child's own needs"), height=54),
            "needs")
        if child is not None:
            self.name.setText(child.name)
            self.date_of_birth.setText(f"{child.date_of_birth:%d/%m/%Y}"
                                       if child.date_of_birth else "")
            self.sex.setCurrentIndex(max(0, self.sex.findData(
                child.sex.value if child.sex else None)))
            self.school.setText(child.school)
            self.cpp.setChecked(child.child_protection_plan)
            self.cin.setChecked(child.child_in_need)
            self.social_worker.setText(child.social_worker)
            self.needs.setPlainText(child.needs)
        self.add_field(translate("RecordOverviewDialogs", "Name"), self.name, "name")
        self.add_field(translate("RecordOverviewDialogs", "Date of birth"), self.date_of_birth,
                       "date_of_birth")
        self.add_field(translate("RecordOverviewDialogs", "Girl or boy"), self.sex, "sex")
        self.add_field(translate("RecordOverviewDialogs", "School or nursery"), self.school,
                       "school")
        self.add_field("", self.cpp)
        self.add_field("", self.cin)
        self.add_field(translate("RecordOverviewDialogs", "Social worker"), self.social_worker,
                       "social_worker")
        self.add_field(translate("RecordOverviewDialogs", "Needs"), self.needs, "needs")
        self.mark_clean()  # what it opened with is "nothing typed" (forms.KeepsTypedWork)

    def action(self) -> Callable[[], object]:
        def save() -> int | None:
            born = typed_day(self.date_of_birth, "date_of_birth")
            sex = self.sex.currentData()
            fields = dict(
                name=self.name.text(), date_of_birth=born, school=self.school.text(),
                child_protection_plan=self.cpp.isChecked(), child_in_need=self.cin.isChecked(),
                social_worker=self.social_worker.text(), needs=self.needs.toPlainText(),
                sex=ChildSex(sex) if sex else None)
            if self.child is None:
                return residents.add_child(self.vault, resident_id=self.resident_id, **fields)
            residents.update_child(self.vault, self.child.id, **fields)
            return None
        return save


class ConsentDialog(RecordDialog):
    """Record a consent she gave, or (with `consent`) change what it covers, who it may be
    shared with, or how she gave it."""

    def __init__(self, vault: Vault, resident_id: int, parent: QWidget | None = None, *,
                 consent: ConsentView | None = None,
                 workers: list[tuple[str, int]] | None = None, today: date | None = None) -> None:
        adding = consent is None
        super().__init__(
            vault, resident_id, name="consentDialog",
            title=translate("RecordOverviewDialogs", "Add a consent") if adding
            else translate("RecordOverviewDialogs", "Change a consent"),
            intro=translate("RecordOverviewDialogs",
                            "What she agreed to share, who with, how she gave her consent and "
                            "who explained it to her. A referral out that her consent does not "
                            "cover asks for the lawful basis.") if adding
            else translate("RecordOverviewDialogs",
                           "Change what this consent covers, who it may be shared with, or how "
                           "she gave it. The date she gave it stays as it is."),
            save=translate("RecordOverviewDialogs", "Save consent") if adding
            else translate("RecordOverviewDialogs", "Save changes"), parent=parent)
        self.consent = consent
        self.what = _limit(line_edit(
            "consentWhat", translate("RecordOverviewDialogs", "What she agreed to share"),
            placeholder=translate("RecordOverviewDialogs", "for example: her risk assessment")),
            "what")
        self.covers = CoversBox("consent")
        self.shared_with = _limit(line_edit(
            "consentSharedWith", translate("RecordOverviewDialogs", "Who it may be shared with"),
            placeholder=translate("RecordOverviewDialogs",
                                  "in words, if the ticks do not say it all")), "shared_with")
        self.how_given = how_combo("consentHowGiven")
        self.add_field(translate("RecordOverviewDialogs", "What may be shared"), self.what,
                       "what")
        self.add_field(translate("RecordOverviewDialogs", "She agreed to share with"),
                       self.covers, "covers")
        self.add_field(translate("RecordOverviewDialogs", "Shared with (in words)"),
                       self.shared_with, "shared_with")
        self.add_field(translate("RecordOverviewDialogs", "How she gave it"), self.how_given,
                       "how_given")
        self.given_on: DayEdit | None = None
        self.explained_by: QComboBox | None = None
        if consent is not None:
            self.what.setText(consent.what)
            self.shared_with.setText(consent.shared_with)
            self.covers.set_keys(consent.covers)
            set_how(self.how_given, consent.how_given)
        else:
            self.given_on = date_edit("consentGivenOn",
                                      translate("RecordOverviewDialogs", "Given on"),
                                      today or date.today())
            self.explained_by = combo("consentExplainedBy",
                                      translate("RecordOverviewDialogs", "Explained to her by"),
                                      list(workers or []))
            self.explained_by.setCurrentIndex(max(0, self.explained_by.findData(
                vault.person.id)))
            self.add_field(translate("RecordOverviewDialogs", "Given on"), self.given_on,
                           "given_on")
            self.add_field(translate("RecordOverviewDialogs", "Explained by"), self.explained_by,
                           "explained_by_id")
        self.mark_clean()  # what it opened with is "nothing typed" (forms.KeepsTypedWork)

    def action(self) -> Callable[[], object]:
        covers, how = self.covers.keys(), self.how_given.currentData() or None

        def save() -> int | None:
            if self.consent is not None:
                residents.update_consent(self.vault, self.consent.id, what=self.what.text(),
                                         shared_with=self.shared_with.text(), covers=covers,
                                         how_given=how)
                return None
            assert self.given_on is not None and self.explained_by is not None
            return residents.add_consent(
                self.vault, resident_id=self.resident_id, what=self.what.text(),
                shared_with=self.shared_with.text(), given_on=day_of(self.given_on),
                explained_by_id=self.explained_by.currentData(), covers=covers,
                how_given=how)
        return save


class WithdrawConsentDialog(RecordDialog):
    """She withdrew a consent: on which day."""

    def __init__(self, vault: Vault, resident_id: int, consent: ConsentView,
                 parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(
            vault, resident_id, name="withdrawConsentDialog",
            title=translate("RecordOverviewDialogs", "Withdraw a consent"),
            intro=translate("RecordOverviewDialogs",
                            "She no longer agrees to share “{what}” with {shared_with}. She "
                            "gave it on {day}.").format(
                what=consent.what, shared_with=consent.shared_with,
                day=day_text(consent.given_on)),
            save=translate("RecordOverviewDialogs", "Withdraw consent"), parent=parent)
        for hint in self.findChildren(QLabel):
            hint.setTextFormat(Qt.TextFormat.PlainText)  # the intro quotes typed text
        self.consent = consent
        words = translate("RecordOverviewDialogs", "Withdrawn on")
        self.withdrawn_on = date_edit("consentWithdrawnOn", words, today or date.today())
        self.add_field(words, self.withdrawn_on, "withdrawn_on")
        self.today = today
        self.mark_clean()  # what it opened with is "nothing typed" (forms.KeepsTypedWork)

    def action(self) -> Callable[[], object]:
        def save() -> None:
            residents.withdraw_consent(self.vault, self.consent.id,
                                       on=day_of(self.withdrawn_on), today=self.today)
        return save


class AbuserDialog(RecordDialog):
    """Record the person she fled, or (with `abuser`) change what is recorded. His known
    areas keep her placements away from there."""

    def __init__(self, vault: Vault, resident_id: int, parent: QWidget | None = None, *,
                 abuser: AbuserView | None = None) -> None:
        adding = abuser is None
        super().__init__(
            vault, resident_id, name="abuserDialog",
            title=translate("RecordOverviewDialogs", "The person she fled") if adding
            else translate("RecordOverviewDialogs", "Change: the person she fled"),
            intro=translate("RecordOverviewDialogs",
                            "Known areas are used to keep her away from those places when a "
                            "room is found: Find a room leaves out houses there."),
            save=translate("RecordOverviewDialogs", "Save") if adding
            else translate("RecordOverviewDialogs", "Save changes"), parent=parent)
        self.abuser = abuser
        self.name = _limit(line_edit("abuserName", translate("RecordOverviewDialogs",
                                                             "His name")), "name")
        self.description = _limit_box(text_box(
            "abuserDescription", translate("RecordOverviewDialogs", "What he looks like"),
            height=54), "description")
        self.vehicle = _limit(line_edit(
            "abuserVehicle", translate("RecordOverviewDialogs", "His vehicle"),
            placeholder=translate("RecordOverviewDialogs", "make, colour, registration")),
            "vehicle")
        self.known_areas = _limit_box(text_box(
            "abuserKnownAreas", translate("RecordOverviewDialogs", "Known areas, one per line"),
            placeholder=translate("RecordOverviewDialogs", "One town or area per line"),
            height=70), "known_areas")
        if abuser is not None:
            self.name.setText(abuser.name)
            self.description.setPlainText(abuser.description)
            self.vehicle.setText(abuser.vehicle)
            self.known_areas.setPlainText("\n".join(abuser.known_areas))
        self.add_field(translate("RecordOverviewDialogs", "Name"), self.name, "name")
        self.add_field(translate("RecordOverviewDialogs", "Description"), self.description,
                       "description")
        self.add_field(translate("RecordOverviewDialogs", "Vehicle"), self.vehicle, "vehicle")
        self.add_field(translate("RecordOverviewDialogs", "Known areas\n(one per line)"),
                       self.known_areas, "known_areas")
        self.mark_clean()  # what it opened with is "nothing typed" (forms.KeepsTypedWork)

    def action(self) -> Callable[[], object]:
        def save() -> int | None:
            fields = dict(name=self.name.text(), description=self.description.toPlainText(),
                          vehicle=self.vehicle.text(),
                          known_areas=self.known_areas.toPlainText())
            if self.abuser is None:
                return residents.add_abuser(self.vault, resident_id=self.resident_id,
                                            **fields)
            residents.update_abuser(self.vault, self.abuser.id, **fields)
            return None
        return save


class CourtOrderDialog(RecordDialog):
    def __init__(self, vault: Vault, resident_id: int, parent: QWidget | None = None) -> None:
        super().__init__(vault, resident_id, name="courtOrderDialog",
                         title=translate("RecordOverviewDialogs", "Add a court order"),
                         intro=translate("RecordOverviewDialogs",
                                         "An order with an end date warns on her record from "
                                         "28 days before it ends."),
                         save=translate("RecordOverviewDialogs", "Save order"), parent=parent)
        kind, made_on, ends_on, notes = (translate("RecordOverviewDialogs", "Kind"),
                                         translate("RecordOverviewDialogs", "Made on"),
                                         translate("RecordOverviewDialogs", "Ends on"),
                                         translate("RecordOverviewDialogs", "Notes"))
        self.kind = combo("courtOrderKind", kind, [(k.label, k.value) for k in CourtOrderKind])
        self.made_on = date_line("courtOrderMadeOn", made_on)
        self.expires_on = date_line("courtOrderExpiresOn", ends_on)
        self.notes = line_edit("courtOrderNotes", notes)
        self.add_field(kind, self.kind)
        self.add_field(made_on, self.made_on, "made_on")
        self.add_field(ends_on, self.expires_on, "expires_on")
        self.add_field(notes, self.notes)
        self.mark_clean()  # what it opened with is "nothing typed" (forms.KeepsTypedWork)

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
                 parent: QWidget | None = None, *,
                 documents_language: str | None = None) -> None:
        """`documents_language`: her choice of language for her documents ("en", "cy"), or
        None when she has not been asked yet."""
        super().__init__(vault, details.id, name="detailsDialog",
                         title=translate("RecordOverviewDialogs", "Her details"),
                         intro="", save=translate("RecordOverviewDialogs", "Save changes"),
                         parent=parent)
        d = details
        self.details = d
        words = {
            "name": translate("RecordOverviewDialogs", "Her name"),
            "known_as": translate("RecordOverviewDialogs", "Known as"),
            "reference": translate("RecordOverviewDialogs", "Reference"),
            "date_of_birth": translate("RecordOverviewDialogs", "Date of birth"),
            "language": translate("RecordOverviewDialogs", "Language"),
            "immigration": translate("RecordOverviewDialogs", "Immigration status"),
            "gp": translate("RecordOverviewDialogs", "GP"),
            "code_word": translate("RecordOverviewDialogs", "Code word"),
            "times": translate("RecordOverviewDialogs", "Times to avoid"),
            "key_worker": translate("RecordOverviewDialogs", "Key worker")}
        self.name = line_edit("detailsName", words["name"])
        self.known_as = line_edit("detailsKnownAs", words["known_as"])
        self.reference = line_edit("detailsReference", words["reference"])
        self.date_of_birth = date_line("detailsDateOfBirth", words["date_of_birth"])
        self.language = line_edit("detailsLanguage", words["language"])
        self.needs_interpreter = QCheckBox(  # type: ignore[call-overload]  # objectName= kwarg: not in the stubs
            translate("RecordOverviewDialogs", "Needs an interpreter"),
            objectName="detailsInterpreter")
        # Her certificate and her copy of her data are made in this language (i18n.documents_in);
        # the language names are each in their own language, as a choice of language is.
        self.documents_in = combo("detailsDocumentsLanguage", translate(
            "RecordOverviewDialogs", "Documents for her in"), [
                (translate("RecordOverviewDialogs", "Not asked yet"), None),
                *((name, code) for code, name in i18n.LANGUAGES.items())])
        self.documents_in.setToolTip(translate(
            "RecordOverviewDialogs", "The language of the documents made for her, such as her "
            "certificate and her copy of her data. Ask her which she would like."))
        self.documents_in.setCurrentIndex(max(0, self.documents_in.findData(
            documents_language)) if documents_language else 0)
        self.access_needs = text_box(
            "detailsAccessNeeds",
            translate("RecordOverviewDialogs", "Disability and access needs"), height=54)
        self.immigration_status = line_edit("detailsImmigration", words["immigration"])
        self.nrpf = QCheckBox(  # type: ignore[call-overload]  # objectName= kwarg: not in the stubs
            translate("RecordOverviewDialogs", "No recourse to public funds"),
            objectName="detailsNrpf")
        self.gp = line_edit("detailsGp", words["gp"])
        self.safe_to_call = answer_choice("detailsSafeToCall", "phone")
        self.safe_to_text = answer_choice("detailsSafeToText", "text")
        self.code_word = line_edit("detailsCodeWord", words["code_word"], password=True)
        show = QCheckBox(  # type: ignore[call-overload]  # objectName= kwarg: not in the stubs
            translate("RecordOverviewDialogs", "Show the code word"),
            objectName="detailsShowCodeWord")
        show.toggled.connect(lambda on: self.code_word.setEchoMode(
            QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password))
        self.times_to_avoid = line_edit("detailsTimesToAvoid", words["times"])
        self.key_worker = combo("detailsKeyWorker", words["key_worker"], [
            (translate("RecordOverviewDialogs", "Not chosen yet"), None), *workers])
        for edit, value in [(self.name, d.name), (self.known_as, d.known_as),
                            (self.reference, d.reference), (self.language, d.language),
                            (self.immigration_status, d.immigration_status), (self.gp, d.gp),
                            (self.code_word, d.code_word),
                            (self.times_to_avoid, d.times_to_avoid)]:
            edit.setText(value)
        self.date_of_birth.setText(f"{d.date_of_birth:%d/%m/%Y}" if d.date_of_birth else "")
        self.access_needs.setPlainText(d.access_needs)
        for box, value in [(self.needs_interpreter, d.needs_interpreter), (self.nrpf, d.nrpf)]:
            box.setChecked(value)
        set_answer(self.safe_to_call, d.safe_to_call)  # as stored: "Not asked yet" too
        set_answer(self.safe_to_text, d.safe_to_text)
        self.key_worker.setCurrentIndex(max(0, self.key_worker.findData(d.key_worker_id)))
        for text, widget, key in [
                (words["name"], self.name, "name"), (words["known_as"], self.known_as, None),
                (words["reference"], self.reference, "reference"),
                (words["date_of_birth"], self.date_of_birth, "date_of_birth"),
                (words["language"], self.language, None), ("", self.needs_interpreter, None),
                (translate("RecordOverviewDialogs", "Documents for her in:"), self.documents_in,
                 "documents_language"),
                (translate("RecordOverviewDialogs", "Disability and access"), self.access_needs,
                 None),
                (words["immigration"], self.immigration_status, None), ("", self.nrpf, None),
                (words["gp"], self.gp, None),
                (translate("RecordOverviewDialogs", "Safe to phone her?"), self.safe_to_call,
                 None),
                (translate("RecordOverviewDialogs", "Safe to text her?"), self.safe_to_text,
                 None),
                (words["code_word"], self.code_word, None),
                ("", show, None), (words["times"], self.times_to_avoid, None),
                (words["key_worker"], self.key_worker, "key_worker_id")]:
            self.add_field(text, widget, key)
        self.mark_clean()  # what it opened with is "nothing typed" (forms.KeepsTypedWork)

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
                gp=self.gp.text(), safe_to_call=answer(self.safe_to_call),
                safe_to_text=answer(self.safe_to_text), code_word=self.code_word.text(),
                times_to_avoid=self.times_to_avoid.text(),
                key_worker_id=self.key_worker.currentData(),
                documents_language=self.documents_in.currentData())
        return save
