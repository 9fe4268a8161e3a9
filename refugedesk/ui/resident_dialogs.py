"""The small forms on her record: add a contact, a goal, an action, a referral out, an
incident, a MARAC referral. Each makes one domain call through operations.run; a refused
value is explained next to its field and nothing typed is lost."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSpinBox,
    QWidget,
)

from refugedesk import (
    assessment,
    contacts,
    incidents,
    plans,
    programmes,
    referrals_out,
    residents,
    risk,
)
from refugedesk.db.models import (
    ActionOwner,
    Agency,
    AssessmentStage,
    AttendanceState,
    ContactMode,
    ContactPlace,
    ContactState,
    CourtOrderKind,
    DashAnswer,
    IncidentKind,
    NeedArea,
    ReferralOutStatus,
)
from refugedesk.db.vault import Vault
from refugedesk.errors import ValidationError
from refugedesk.plans import GoalView
from refugedesk.referrals_out import ReferralOutRow
from refugedesk.resident_views import ResidentDetails, SessionChoice
from refugedesk.risk import MaracRow
from refugedesk.ui.dates import date_edit, date_time_edit, day_of, instant, typed_day
from refugedesk.ui.forms import FormDialog
from refugedesk.ui.widgets import combo, label, line_edit, text_box

#: What a change on her record announces to the other views.
RECORD_CHANGED = frozenset({"residents"})

OWNER_LABELS = {ActionOwner.HER: "Her", ActionOwner.KEY_WORKER: "Her key worker",
                ActionOwner.AGENCY: "Another agency"}
MODE_LABELS = {ContactMode.FACE_TO_FACE: "Face to face", ContactMode.PHONE: "Phone",
               ContactMode.VIDEO: "Video call", ContactMode.TEXT: "Text message",
               ContactMode.LETTER: "Letter"}
PLACE_LABELS = {ContactPlace.HER_ROOM: "Her room", ContactPlace.OFFICE: "Office",
                ContactPlace.PARK: "Park", ContactPlace.CAFE: "Cafe",
                ContactPlace.SCHOOL: "School", ContactPlace.COURT: "Court",
                ContactPlace.HOSPITAL: "Hospital", ContactPlace.OTHER: "Somewhere else"}
STATE_LABELS = {ContactState.ATTENDED: "Happened", ContactState.PLANNED: "Planned",
                ContactState.MISSED: "Planned, but missed"}


class RecordDialog(FormDialog):
    """A form on her record: each field has its own message line under it."""

    changed = RECORD_CHANGED

    def __init__(self, vault: Vault, resident_id: int, *, name: str, title: str, intro: str,
                 save: str, parent: QWidget | None = None) -> None:
        super().__init__(vault, name=name, title=title, intro=intro, save=save, parent=parent)
        self.resident_id = resident_id


class ContactDialog(RecordDialog):
    """Add a contact: quick, so the defaults are the usual (now, face to face, her room)."""

    changed = RECORD_CHANGED | {"contacts"}

    def __init__(self, vault: Vault, resident_id: int, goals: list[GoalView],
                 parent: QWidget | None = None) -> None:
        super().__init__(vault, resident_id, name="contactDialog", title="Add a contact",
                         intro="A contact that has happened, or one planned.",
                         save="Save contact", parent=parent)
        self.state = combo("contactState", "What kind",
                           [(text, s.value) for s, text in STATE_LABELS.items()])
        self.at = date_time_edit("contactAt", "When")
        self.minutes = QSpinBox(objectName="contactMinutes", minimum=0, maximum=24 * 60,
                                value=30, singleStep=5, suffix=" minutes")
        self.minutes.setAccessibleName("How long")
        self.mode = combo("contactMode", "How", [(t, m.value) for m, t in MODE_LABELS.items()])
        self.place = combo("contactPlace", "Where",
                           [(t, p.value) for p, t in PLACE_LABELS.items()])
        self.goals = QListWidget(objectName="contactGoals")
        self.goals.setAccessibleName("Goals this contact worked on")
        for goal in goals:
            item = QListWidgetItem(goal.her_words)
            item.setData(Qt.ItemDataRole.UserRole, goal.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.goals.addItem(item)
        self.goals.setFixedHeight(min(110, 26 * max(1, len(goals)) + 6))
        self.notes = text_box("contactNotes", "Notes", height=110,
                              placeholder="What you talked about and what happens next")
        self.add_field("Kind", self.state, "state")
        self.add_field("When", self.at, "at")
        self.add_field("How long", self.minutes, "minutes")
        self.add_field("How", self.mode)
        self.add_field("Where", self.place)
        if goals:
            self.add_field("Goals worked on", self.goals, "goals")
        self.add_field("Notes", self.notes)

    def checked_goals(self) -> list[int]:
        return [self.goals.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.goals.count())
                if self.goals.item(i).checkState() == Qt.CheckState.Checked]

    def action(self) -> Callable[[], object]:
        kwargs = dict(resident_id=self.resident_id, at=instant(self.at),
                      mode=ContactMode(self.mode.currentData()),
                      place=ContactPlace(self.place.currentData()),
                      minutes=self.minutes.value(),
                      state=ContactState(self.state.currentData()),
                      notes=self.notes.toPlainText(), goal_ids=self.checked_goals())
        return lambda: contacts.log_contact(self.vault, **kwargs)  # type: ignore[arg-type]


class GoalDialog(RecordDialog):
    changed = RECORD_CHANGED | {"plans"}

    def __init__(self, vault: Vault, resident_id: int, plan_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(vault, resident_id, name="goalDialog", title="Add a goal",
                         intro="A goal she has chosen, written the way she says it.",
                         save="Save goal", parent=parent)
        self.plan_id = plan_id
        self.her_words = text_box("goalHerWords", "The goal in her words")
        self.area = combo("goalArea", "Need area", [("No particular area", None)]
                          + [(a.label, a.value) for a in NeedArea])
        self.success = text_box("goalSuccess", "What success looks like", height=54)
        self.add_field("In her words", self.her_words, "her_words")
        self.add_field("Need area", self.area)
        self.add_field("Success looks like", self.success)

    def action(self) -> Callable[[], object]:
        area = self.area.currentData()
        kwargs = dict(plan_id=self.plan_id, her_words=self.her_words.toPlainText(),
                      area=NeedArea(area) if area else None,
                      success_looks_like=self.success.toPlainText())
        return lambda: plans.add_goal(self.vault, **kwargs)  # type: ignore[arg-type]


class ActionDialog(RecordDialog):
    changed = RECORD_CHANGED | {"plans"}

    def __init__(self, vault: Vault, resident_id: int, plan_id: int, goals: list[GoalView],
                 parent: QWidget | None = None) -> None:
        super().__init__(vault, resident_id, name="actionDialog", title="Add an action",
                         intro="What is to be done, who does it, and by when.",
                         save="Save action", parent=parent)
        self.plan_id = plan_id
        self.what = line_edit("actionWhat", "What is to be done")
        self.goal = combo("actionGoal", "For which goal", [("Not under a goal", None)]
                          + [(g.her_words, g.id) for g in goals])
        self.owner = combo("actionOwner", "Who", [(t, o.value) for o, t in OWNER_LABELS.items()])
        self.agency = line_edit("actionAgency", "Which agency",
                                placeholder="Only when another agency does it")
        self.has_due = QCheckBox("Has a date to be done by", objectName="actionHasDue")
        self.has_due.setChecked(True)
        self.due = date_edit("actionDue", "Done by", date.today())
        self.has_due.toggled.connect(self.due.setEnabled)
        self.add_field("What", self.what, "what")
        self.add_field("For goal", self.goal)
        self.add_field("Who", self.owner)
        self.add_field("Agency", self.agency, "agency")
        self.add_field("", self.has_due)
        self.add_field("By when", self.due, "due_on")

    def action(self) -> Callable[[], object]:
        kwargs = dict(plan_id=self.plan_id, what=self.what.text(),
                      owner=ActionOwner(self.owner.currentData()),
                      goal_id=self.goal.currentData(), agency=self.agency.text(),
                      due_on=day_of(self.due) if self.has_due.isChecked() else None)
        return lambda: plans.add_action(self.vault, **kwargs)  # type: ignore[arg-type]


class ReferralOutDialog(RecordDialog):
    def __init__(self, vault: Vault, resident_id: int, parent: QWidget | None = None) -> None:
        super().__init__(vault, resident_id, name="referralOutDialog",
                         title="Make a referral for her",
                         intro="A referral made on her behalf to another agency.",
                         save="Save referral", parent=parent)
        self.agency = combo("referralOutAgency", "Agency", [(a.label, a.value) for a in Agency])
        self.agency_name = line_edit("referralOutAgencyName", "Agency's name",
                                     placeholder="e.g. Northtown Law Centre")
        self.made_on = date_edit("referralOutMadeOn", "Made on", date.today())
        self.reason = text_box("referralOutReason", "Reason")
        self.has_follow_up = QCheckBox("Follow it up on a date", objectName="referralOutHasFollow")
        self.follow_up = date_edit("referralOutFollowUp", "Follow up on", date.today())
        self.follow_up.setEnabled(False)
        self.has_follow_up.toggled.connect(self.follow_up.setEnabled)
        self.add_field("Agency", self.agency)
        self.add_field("Agency's name", self.agency_name, "agency_name")
        self.add_field("Made on", self.made_on, "made_on")
        self.add_field("Reason", self.reason)
        self.add_field("", self.has_follow_up)
        self.add_field("Follow up on", self.follow_up, "follow_up_on")

    def action(self) -> Callable[[], object]:
        kwargs = dict(resident_id=self.resident_id, agency=Agency(self.agency.currentData()),
                      made_on=day_of(self.made_on), reason=self.reason.toPlainText(),
                      agency_name=self.agency_name.text(),
                      follow_up_on=day_of(self.follow_up) if self.has_follow_up.isChecked()
                      else None)
        return lambda: referrals_out.make_referral(self.vault, **kwargs)  # type: ignore[arg-type]


class IncidentDialog(RecordDialog):
    """An incident she was involved in (others can be added from the handover later)."""

    changed = frozenset({"residents", "incidents"})

    def __init__(self, vault: Vault, resident_id: int, house_id: int | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(vault, resident_id, name="incidentDialog", title="Record an incident",
                         intro="What happened, what was done, and who was told.",
                         save="Save incident", parent=parent)
        self.house_id = house_id
        self.at = date_time_edit("incidentAt", "When")
        self.kind = combo("incidentKind", "Kind", [(k.label, k.value) for k in IncidentKind])
        self.what = text_box("incidentWhat", "What happened")
        self.done = text_box("incidentDone", "What was done", height=54)
        self.police_ref = line_edit("incidentPoliceRef", "Police reference")
        self.told = line_edit("incidentTold", "Who was told")
        self.add_field("When", self.at, "at")
        self.add_field("Kind", self.kind)
        self.add_field("What happened", self.what)
        self.add_field("What was done", self.done)
        self.add_field("Police reference", self.police_ref)
        self.add_field("Who was told", self.told)

    def action(self) -> Callable[[], object]:
        kwargs = dict(at=instant(self.at), kind=IncidentKind(self.kind.currentData()),
                      house_id=self.house_id, resident_ids=[self.resident_id],
                      what_happened=self.what.toPlainText(),
                      action_taken=self.done.toPlainText(), police_ref=self.police_ref.text(),
                      who_was_told=self.told.text())
        return lambda: incidents.log_incident(self.vault, **kwargs)  # type: ignore[arg-type]


class MaracDialog(RecordDialog):
    def __init__(self, vault: Vault, resident_id: int, assessment_id: int | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(vault, resident_id, name="maracDialog",
                         title="Record a MARAC referral",
                         intro="If she was referred in the last 12 months, this is marked as a "
                               "repeat and the earlier referral's actions are shown with it.",
                         save="Save MARAC referral", parent=parent)
        self.assessment_id = assessment_id
        self.referred_on = date_edit("maracReferredOn", "Referred on", date.today())
        self.reason = text_box("maracReason", "Reason")
        self.add_field("Referred on", self.referred_on, "referred_on")
        self.add_field("Reason", self.reason)

    def action(self) -> Callable[[], object]:
        kwargs = dict(resident_id=self.resident_id, referred_on=day_of(self.referred_on),
                      reason=self.reason.toPlainText(), risk_assessment_id=self.assessment_id)
        return lambda: risk.refer_to_marac(self.vault, **kwargs)  # type: ignore[arg-type]


def owner_text(owner: ActionOwner, agency: str) -> str:
    return agency if owner is ActionOwner.AGENCY and agency else OWNER_LABELS[owner]



class DashDialog(RecordDialog):
    """The DASH risk checklist: 24 questions, yes / no / not known, a comment each. The score
    and the level it gives show as the answers are chosen."""

    CHOICES = [("Choose…", ""), ("Yes", DashAnswer.YES.value), ("No", DashAnswer.NO.value),
               ("Not known", DashAnswer.NOT_KNOWN.value)]

    def __init__(self, vault: Vault, resident_id: int, parent: QWidget | None = None) -> None:
        super().__init__(vault, resident_id, name="dashDialog",
                         title="DASH risk checklist",
                         intro="Ask each question in your own way. The score is the number "
                               "of yes answers: 14 or more is high risk.",
                         save="Save checklist", parent=parent)
        self.setMinimumSize(820, 640)
        scroll = QScrollArea(objectName="dashScroll")
        scroll.setWidgetResizable(True)
        body = QWidget()
        grid = QGridLayout(body)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(3, 2)
        self.answers: list[QComboBox] = []
        self.comments: list[QLineEdit] = []
        for i, question in enumerate(risk.DASH_QUESTIONS):
            grid.addWidget(label(f"{i + 1}.", wrap=False), i, 0)
            text = label(question)
            grid.addWidget(text, i, 1)
            answer = combo(f"dashAnswer{i}", f"Answer to question {i + 1}", self.CHOICES)
            answer.currentIndexChanged.connect(lambda _i: self.show_score())
            grid.addWidget(answer, i, 2, Qt.AlignmentFlag.AlignTop)
            comment = line_edit(f"dashComment{i}", f"Comment on question {i + 1}",
                                placeholder="Comment")
            grid.addWidget(comment, i, 3, Qt.AlignmentFlag.AlignTop)
            self.answers.append(answer)
            self.comments.append(comment)
        scroll.setWidget(body)
        self.form.addRow(scroll)
        self.score_label = label(name="dashScore", role="subheading")
        self.add_field("", self.score_label, "answers")
        self.judgement = line_edit("dashJudgement", "High by professional judgement: why",
                                   placeholder="e.g. non-fatal strangulation, threats to kill, "
                                               "stalking, her own fear")
        self.escalation = line_edit("dashEscalation", "High by escalation: why",
                                    placeholder="e.g. repeated police call-outs")
        self.add_field("High by professional judgement, because", self.judgement, "route")
        self.add_field("High by escalation, because", self.escalation)
        self.show_score()

    def chosen(self) -> list[str]:
        return [a.currentData() for a in self.answers]

    def show_score(self) -> None:
        chosen = self.chosen()
        yes = sum(1 for c in chosen if c == DashAnswer.YES.value)
        left = sum(1 for c in chosen if not c)
        level = risk.level_for_score(yes).label.lower()
        self.score_label.setText(
            f"Score {yes} of 24 ({level} risk by score)"
            + (f"; {left} question{'s' if left != 1 else ''} still to answer" if left else ""))

    def action(self) -> Callable[[], object]:
        answered = [risk.DashItem(DashAnswer(a), c.text())
                    for a, c in zip(self.chosen(), self.comments, strict=True) if a]
        kwargs = dict(resident_id=self.resident_id, answers=answered,
                      judgement_reason=self.judgement.text(),
                      escalation_reason=self.escalation.text())
        return lambda: risk.assess(self.vault, **kwargs)  # type: ignore[arg-type]


class NeedsDialog(RecordDialog):
    """A needs assessment: each area scored 1 (in crisis) to 5 (no worries here), with her
    own words; an area that does not apply to her is left unscored."""

    SCORES = [("Not scored", 0), ("1: in crisis", 1), ("2", 2), ("3", 3), ("4", 4),
              ("5: no worries here", 5)]

    def __init__(self, vault: Vault, resident_id: int, parent: QWidget | None = None) -> None:
        super().__init__(vault, resident_id, name="needsDialog", title="Needs assessment",
                         intro="Score each area with her, and write down what she says "
                               "about it in her own words.",
                         save="Save assessment", parent=parent)
        self.setMinimumWidth(720)
        self.assessed_on = date_edit("needsAssessedOn", "Assessed on", date.today())
        self.stage = combo("needsStage", "When", [
            ("At intake", AssessmentStage.INTAKE.value),
            ("At a review", AssessmentStage.REVIEW.value),
            ("At move-on", AssessmentStage.MOVE_ON.value)])
        self.add_field("Assessed on", self.assessed_on, "assessed_on")
        self.add_field("When", self.stage)
        self.scores: dict[NeedArea, QComboBox] = {}
        self.words: dict[NeedArea, QLineEdit] = {}
        for area in NeedArea:
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            score = combo(f"needsScore_{area.value}", f"{area.label}: score", self.SCORES)
            words = line_edit(f"needsWords_{area.value}", f"{area.label}: in her words",
                              placeholder="In her words")
            line.addWidget(score)
            line.addWidget(words, 1)
            self.scores[area] = score
            self.words[area] = words
            self.add_field(area.label, row, area.value)
        self.field_messages["scores"] = self.message

    def action(self) -> Callable[[], object]:
        scores = {a: c.currentData() for a, c in self.scores.items() if c.currentData()}
        words = {a: w.text() for a, w in self.words.items() if w.text().strip()}
        kwargs = dict(resident_id=self.resident_id, assessed_on=day_of(self.assessed_on),
                      stage=AssessmentStage(self.stage.currentData()), scores=scores,
                      her_words=words)
        return lambda: assessment.record_needs(self.vault, **kwargs)  # type: ignore[arg-type]


class ChildDialog(RecordDialog):
    def __init__(self, vault: Vault, resident_id: int, parent: QWidget | None = None) -> None:
        super().__init__(vault, resident_id, name="childDialog", title="Add a child",
                         intro="A child of hers who is with her, or who joins her later.",
                         save="Save child", parent=parent)
        self.name = line_edit("childName", "Child's name")
        self.date_of_birth = line_edit("childDateOfBirth", "Date of birth",
                                       placeholder="dd/mm/yyyy")
        self.school = line_edit("childSchool", "School or nursery")
        self.cpp = QCheckBox("On a child protection plan", objectName="childCpp")
        self.cin = QCheckBox("Child in need", objectName="childCin")
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
        self.made_on = line_edit("courtOrderMadeOn", "Made on", placeholder="dd/mm/yyyy")
        self.expires_on = line_edit("courtOrderExpiresOn", "Ends on", placeholder="dd/mm/yyyy")
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
        self.date_of_birth = line_edit("detailsDateOfBirth", "Date of birth",
                                       placeholder="dd/mm/yyyy")
        self.language = line_edit("detailsLanguage", "Language")
        self.needs_interpreter = QCheckBox("Needs an interpreter",
                                           objectName="detailsInterpreter")
        self.access_needs = text_box("detailsAccessNeeds", "Disability and access needs",
                                     height=54)
        self.immigration_status = line_edit("detailsImmigration", "Immigration status")
        self.nrpf = QCheckBox("No recourse to public funds", objectName="detailsNrpf")
        self.gp = line_edit("detailsGp", "GP")
        self.safe_to_call = QCheckBox("It is safe to phone her", objectName="detailsSafeToCall")
        self.safe_to_text = QCheckBox("It is safe to text her", objectName="detailsSafeToText")
        self.code_word = line_edit("detailsCodeWord", "Code word", password=True)
        show = QCheckBox("Show the code word", objectName="detailsShowCodeWord")
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


class ReferralOutUpdateDialog(RecordDialog):
    """What became of a referral out: its status, the outcome, the next follow-up."""

    def __init__(self, vault: Vault, row: ReferralOutRow, parent: QWidget | None = None) -> None:
        super().__init__(vault, row.resident_id, name="referralUpdateDialog",
                         title=f"Referral to {row.agency_label}",
                         intro=f"Made on {row.made_on:%d %b %Y}.", save="Save",
                         parent=parent)
        self.row = row
        self.status = combo("referralUpdateStatus", "Status",
                            [(s.value.capitalize(), s.value) for s in ReferralOutStatus])
        self.status.setCurrentIndex(self.status.findData(row.status.value))
        self.outcome = text_box("referralUpdateOutcome", "Outcome")
        self.outcome.setPlainText(row.outcome)
        self.has_follow_up = QCheckBox("Follow it up on a date",
                                       objectName="referralUpdateHasFollow")
        self.follow_up = date_edit("referralUpdateFollowUp", "Follow up on",
                                   row.follow_up_on or date.today())
        self.has_follow_up.setChecked(row.follow_up_on is not None)
        self.follow_up.setEnabled(row.follow_up_on is not None)
        self.has_follow_up.toggled.connect(self.follow_up.setEnabled)
        self.add_field("Status", self.status)
        self.add_field("Outcome", self.outcome)
        self.add_field("", self.has_follow_up)
        self.add_field("Follow up on", self.follow_up, "follow_up_on")

    def action(self) -> Callable[[], object]:
        kwargs = dict(status=ReferralOutStatus(self.status.currentData()),
                      outcome=self.outcome.toPlainText(),
                      follow_up_on=day_of(self.follow_up) if self.has_follow_up.isChecked()
                      else None)
        return lambda: referrals_out.update_referral(self.vault, self.row.id, **kwargs)  # type: ignore[arg-type]


class MaracActionsDialog(RecordDialog):
    """What the MARAC agreed to do: shown again beside any repeat referral within a year."""

    def __init__(self, vault: Vault, resident_id: int, row: MaracRow,
                 parent: QWidget | None = None) -> None:
        super().__init__(vault, resident_id, name="maracActionsDialog",
                         title=f"MARAC referral of {row.referred_on:%d %b %Y}",
                         intro="The actions the MARAC agreed, who does each, and by when.",
                         save="Save actions", parent=parent)
        self.row = row
        self.actions = text_box("maracActions", "Actions agreed", height=140)
        self.actions.setPlainText(row.actions)
        self.add_field("Actions agreed", self.actions, "actions")

    def action(self) -> Callable[[], object]:
        text = self.actions.toPlainText()
        return lambda: risk.record_marac_actions(self.vault, self.row.id, actions=text)


ATTENDANCE_LABELS = {AttendanceState.ATTENDED: "She came", AttendanceState.MISSED: "She missed it",
                     AttendanceState.EXCUSED: "She could not come (excused)"}


class AttendanceDialog(RecordDialog):
    """Whether she came to a programme session. Missing one puts a "check she is safe" action
    on her plan for her key worker."""

    changed = RECORD_CHANGED | {"plans"}

    def __init__(self, vault: Vault, resident_id: int, sessions: list[SessionChoice],
                 parent: QWidget | None = None) -> None:
        super().__init__(vault, resident_id, name="attendanceDialog",
                         title="Record attendance",
                         intro="If she missed a session, a check that she is safe is added to "
                               "her plan for her key worker.",
                         save="Save", parent=parent)
        self.session_choice = combo("attendanceSession", "Session",
                                    [(c.label, c.session_id) for c in sessions])
        self.state = combo("attendanceState", "Did she come",
                           [(text, state.value) for state, text in ATTENDANCE_LABELS.items()])
        self.add_field("Session", self.session_choice, "session")
        self.add_field("Did she come?", self.state, "state")

    def action(self) -> Callable[[], object]:
        session_id = self.session_choice.currentData()
        if session_id is None:
            def nothing() -> None:
                raise ValidationError("There are no programme sessions to choose from yet.",
                                      field="session")
            return nothing
        state = AttendanceState(self.state.currentData())
        return lambda: programmes.record_attendance(
            self.vault, session_id=session_id, resident_id=self.resident_id, state=state)


class PlanReviewDialog(RecordDialog):
    """Plan a review for a date ahead; it shows on her key worker's Today page in its week."""

    changed = RECORD_CHANGED

    def __init__(self, vault: Vault, resident_id: int, parent: QWidget | None = None) -> None:
        from refugedesk.db.models_reviews import ReviewKind

        super().__init__(vault, resident_id, name="planReviewDialog", title="Plan a review",
                         intro="Her key worker sees it on Today in the week it is due.",
                         save="Plan review", parent=parent)
        self.kind = combo("planReviewKind", "Kind of review",
                          [("Interim review", ReviewKind.INTERIM.value),
                           ("Celebration of achievement", ReviewKind.CELEBRATION.value)])
        self.due = date_edit("planReviewDue", "Due on", date.today() + timedelta(weeks=6))
        self.add_field("Kind", self.kind)
        self.add_field("Due on", self.due, "due_on")

    def action(self) -> Callable[[], object]:
        from refugedesk import reviews
        from refugedesk.db.models_reviews import ReviewKind

        kind = ReviewKind(self.kind.currentData())
        due = day_of(self.due)
        return lambda: reviews.schedule_review(self.vault, resident_id=self.resident_id,
                                               kind=kind, due_on=due)
