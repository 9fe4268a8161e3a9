"""The fixed choices stored in the vault, each as a StrEnum whose values are the stored strings.

A column holding one is declared with `EnumText` (refugedesk/db/types.py), so reading it
gives the member and writing anything else is refused; the schema's CHECK constraints
list the same values (`values_in` in base.py).
"""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    SUPPORT_WORKER = "support_worker"
    MANAGER = "manager"
    ADMINISTRATOR = "administrator"

    @property
    def label(self) -> str:
        return {
            Role.SUPPORT_WORKER: "Support worker",
            Role.MANAGER: "Manager",
            Role.ADMINISTRATOR: "Administrator",
        }[self]


class ClosureReason(StrEnum):
    REPAIRS = "repairs"
    DEEP_CLEAN = "deep_clean"
    HELD_FOR_SAFETY = "held_for_safety"
    OTHER = "other"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()


class ReferralChannel(StrEnum):
    PHONE = "phone"
    EMAIL = "email"
    ONLINE_FORM = "online_form"
    IN_PERSON = "in_person"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()


class ReferralSource(StrEnum):
    POLICE = "police"
    CHILDRENS_SOCIAL_CARE = "childrens_social_care"
    NATIONAL_HELPLINE = "national_helpline"
    OTHER_REFUGE = "other_refuge"
    MARAC = "marac"
    HEALTH = "health"
    SELF_REFERRAL = "self_referral"
    OTHER = "other"

    @property
    def label(self) -> str:
        return {"childrens_social_care": "Children's social care", "marac": "MARAC"}.get(
            self.value, self.value.replace("_", " ").capitalize())


class RiskLevel(StrEnum):
    STANDARD = "standard"
    MEDIUM = "medium"
    HIGH = "high"

    @property
    def label(self) -> str:
        return self.value.capitalize()


class ReferralStatus(StrEnum):
    NEW = "new"
    ASSESSING = "assessing"
    ROOM_OFFERED = "room_offered"
    ARRIVED = "arrived"
    DECLINED_BY_SERVICE = "declined_by_service"
    DECLINED_BY_HER = "declined_by_her"
    WITHDRAWN = "withdrawn"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()

    @property
    def is_open(self) -> bool:
        return self in (ReferralStatus.NEW, ReferralStatus.ASSESSING,
                        ReferralStatus.ROOM_OFFERED)


class DeclineReason(StrEnum):
    """Why the service said no: what commissioners ask for."""

    NO_VACANCY = "no_vacancy"
    NEEDS_NOT_MET = "needs_not_met"
    TOO_CLOSE_TO_ABUSER = "too_close_to_abuser"
    OTHER = "other"

    @property
    def label(self) -> str:
        return {"no_vacancy": "No vacancy", "needs_not_met": "Needs the service cannot meet",
                "too_close_to_abuser": "Too close to the abuser", "other": "Other"}[self.value]


class ReservationState(StrEnum):
    HELD = "held"            # live until held_until; after that it has lapsed, marked or not
    CONVERTED = "converted"  # she arrived: a stay took its place
    LAPSED = "lapsed"
    CANCELLED = "cancelled"


class DepartureReason(StrEnum):
    PLANNED_MOVE_ON = "planned_move_on"
    ANOTHER_REFUGE = "another_refuge"
    RETURNED_TO_ABUSER = "returned_to_abuser"
    LEFT_WITHOUT_NOTICE = "left_without_notice"
    ASKED_TO_LEAVE = "asked_to_leave"
    OTHER = "other"
    #: Not a departure from the service: she moved to another room (a new stay follows).
    MOVED_ROOM = "moved_room"
    #: Not a departure at all: the stay was recorded by mistake. It keeps its row (and its
    #: history in stay_correction) but holds no nights: `left_on` equals `arrived_on`.
    RECORDED_IN_ERROR = "recorded_in_error"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()


class StayCorrectionKind(StrEnum):
    """What a correction to an arrival put right (each one audited, with the reason)."""

    ARRIVAL_DATE = "arrival_date"
    ROOM = "room"
    RECORDED_IN_ERROR = "recorded_in_error"

    @property
    def label(self) -> str:
        return {"arrival_date": "Arrival date changed", "room": "Room changed",
                "recorded_in_error": "Recorded in error"}[self.value]


class ChildSex(StrEnum):
    """Recorded only where the service has an age rule for boys (see Organisation); empty
    means not recorded."""

    GIRL = "girl"
    BOY = "boy"

    @property
    def label(self) -> str:
        return self.value.capitalize()


class CourtOrderKind(StrEnum):
    NON_MOLESTATION = "non_molestation"
    RESTRAINING = "restraining"
    OCCUPATION = "occupation"
    BAIL_CONDITIONS = "bail_conditions"
    CHILD_ARRANGEMENTS = "child_arrangements"

    @property
    def label(self) -> str:
        return {"non_molestation": "Non-molestation order", "restraining": "Restraining order",
                "occupation": "Occupation order", "bail_conditions": "Bail conditions",
                "child_arrangements": "Child arrangements order"}[self.value]


class DashAnswer(StrEnum):
    YES = "yes"
    NO = "no"
    NOT_KNOWN = "not_known"


class RiskRoute(StrEnum):
    """How the level was reached: the score alone, professional judgement, or escalation."""

    SCORE = "score"
    PROFESSIONAL_JUDGEMENT = "professional_judgement"
    ESCALATION = "escalation"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()


class NeedArea(StrEnum):
    SAFETY = "safety"
    PHYSICAL_HEALTH = "physical_health"
    MENTAL_HEALTH = "mental_health"
    DRUGS_ALCOHOL = "drugs_alcohol"
    MONEY_BENEFITS = "money_benefits"
    HOUSING_MOVE_ON = "housing_move_on"
    LEGAL_COURT = "legal_court"
    IMMIGRATION = "immigration"
    CHILDREN_PARENTING = "children_parenting"
    FRIENDS_FAMILY_CONFIDENCE = "friends_family_confidence"
    EDUCATION_TRAINING_WORK = "education_training_work"

    @property
    def label(self) -> str:
        return {
            "safety": "Safety", "physical_health": "Physical health",
            "mental_health": "Mental health and wellbeing", "drugs_alcohol": "Drugs and alcohol",
            "money_benefits": "Money and benefits", "housing_move_on": "Housing and move-on",
            "legal_court": "Legal and court", "immigration": "Immigration",
            "children_parenting": "Children and parenting",
            "friends_family_confidence": "Friends, family and confidence",
            "education_training_work": "Education, training and work",
        }[self.value]


class AssessmentStage(StrEnum):
    INTAKE = "intake"
    REVIEW = "review"
    MOVE_ON = "move_on"


class GoalStatus(StrEnum):
    OPEN = "open"
    ACHIEVED = "achieved"
    PARTLY_ACHIEVED = "partly_achieved"
    NOT_ACHIEVED = "not_achieved"
    NO_LONGER_WANTED = "no_longer_wanted"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()


class ActionOwner(StrEnum):
    HER = "her"
    KEY_WORKER = "key_worker"
    AGENCY = "agency"


class ContactMode(StrEnum):
    FACE_TO_FACE = "face_to_face"
    PHONE = "phone"
    VIDEO = "video"
    TEXT = "text"
    LETTER = "letter"


class ContactPlace(StrEnum):
    HER_ROOM = "her_room"
    OFFICE = "office"
    PARK = "park"
    CAFE = "cafe"
    SCHOOL = "school"
    COURT = "court"
    HOSPITAL = "hospital"
    OTHER = "other"


class ContactState(StrEnum):
    PLANNED = "planned"
    ATTENDED = "attended"
    MISSED = "missed"


class Agency(StrEnum):
    MARAC = "marac"
    FIRE_AND_RESCUE = "fire_and_rescue"
    POLICE = "police"
    CHILDRENS_SOCIAL_CARE = "childrens_social_care"
    HEALTH_VISITOR = "health_visitor"
    GP = "gp"
    MENTAL_HEALTH = "mental_health"
    DRUGS_ALCOHOL = "drugs_alcohol"
    SOLICITOR = "solicitor"
    HOUSING = "housing"
    BENEFITS = "benefits"
    IMMIGRATION_ADVICE = "immigration_advice"
    COUNSELLING = "counselling"
    CHILDRENS_SERVICE = "childrens_service"
    OTHER = "other"

    @property
    def label(self) -> str:
        return {"marac": "MARAC", "gp": "GP",
                "fire_and_rescue": "Fire and rescue home safety",
                "childrens_social_care": "Children's social care",
                "childrens_service": "Children's service",
                "drugs_alcohol": "Drugs or alcohol"}.get(
            self.value, self.value.replace("_", " ").capitalize())


class ReferralOutStatus(StrEnum):
    MADE = "made"
    ACKNOWLEDGED = "acknowledged"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    COMPLETED = "completed"

    @property
    def is_outstanding(self) -> bool:
        return self in (ReferralOutStatus.MADE, ReferralOutStatus.ACKNOWLEDGED,
                        ReferralOutStatus.ACCEPTED)


class AttendanceState(StrEnum):
    ATTENDED = "attended"
    MISSED = "missed"
    EXCUSED = "excused"


class ProgrammeDelivery(StrEnum):
    IN_PERSON = "in_person"
    VIRTUAL = "virtual"

    @property
    def label(self) -> str:
        return {"in_person": "In person", "virtual": "Online (virtual)"}[self.value]


class IncidentKind(StrEnum):
    ABUSER_CONTACT = "abuser_contact"
    LOCATION_BREACH = "location_breach"
    POLICE_CALLED = "police_called"
    SAFEGUARDING_CONCERN = "safeguarding_concern"
    HEALTH_EMERGENCY = "health_emergency"
    DAMAGE = "damage"
    CONFLICT_BETWEEN_RESIDENTS = "conflict_between_residents"

    @property
    def label(self) -> str:
        return {"abuser_contact": "Abuser contact or sighting"}.get(
            self.value, self.value.replace("_", " ").capitalize())


class ReviewKind(StrEnum):
    INTERIM = "interim"
    CELEBRATION = "celebration"

    @property
    def label(self) -> str:
        return {"interim": "Interim review",
                "celebration": "Celebration of achievement"}[self.value]


class Destination(StrEnum):
    OWN_TENANCY = "own_tenancy"
    SOCIAL_HOUSING = "social_housing"
    PRIVATE_RENTED = "private_rented"
    FAMILY_OR_FRIENDS = "family_or_friends"
    ANOTHER_REFUGE = "another_refuge"
    UNKNOWN = "unknown"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()


class SupportAfter(StrEnum):
    """Whether support carries on after she leaves the refuge."""

    OUTREACH = "outreach"
    RESETTLEMENT = "resettlement"
    NONE = "none"

    @property
    def label(self) -> str:
        return {"outreach": "Outreach support", "resettlement": "Resettlement support",
                "none": "No further support"}[self.value]


class ConsentHow(StrEnum):
    """How she gave a consent (issue 16)."""
    VERBAL = "verbal"
    WRITTEN = "written"
    OTHER = "other"

    @property
    def label(self) -> str:
        return {"verbal": "She said so", "written": "She signed", "other": "Another way"}[self.value]


class RetentionChoice(StrEnum):
    """What a manager decided for a record due for review under the retention schedule."""
    KEEP = "keep"
    ANONYMISE = "anonymise"
    ERASE = "erase"

    @property
    def label(self) -> str:
        return {"keep": "Keep longer", "anonymise": "Anonymise", "erase": "Erase"}[self.value]


class ErasureDecision(StrEnum):
    """A manager's answer to a request to erase her record."""
    ERASE = "erase"
    ANONYMISE = "anonymise"
    REFUSE = "refuse"

    @property
    def label(self) -> str:
        return {"erase": "Erase", "anonymise": "Anonymise", "refuse": "Refuse"}[self.value]
