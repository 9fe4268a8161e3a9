"""The fixed choices stored in the vault, each as a StrEnum whose values are the stored strings.

A column holding one is declared with `EnumText` (refugedesk/db/types.py), so reading it
gives the member and writing anything else is refused; the schema's CHECK constraints
list the same values (`values_in` in base.py).

A `label` is the member in words, in the language in use when it is read (the words are
marked for translation here and translated inside the property, never at import).
"""

from __future__ import annotations

from enum import StrEnum

from refugedesk.i18n import QT_TRANSLATE_NOOP, translate


class Role(StrEnum):
    SUPPORT_WORKER = "support_worker"
    MANAGER = "manager"
    ADMINISTRATOR = "administrator"

    @property
    def label(self) -> str:
        return translate("Enums", {
            "support_worker": QT_TRANSLATE_NOOP("Enums", "Support worker"),
            "manager": QT_TRANSLATE_NOOP("Enums", "Manager"),
            "administrator": QT_TRANSLATE_NOOP("Enums", "Administrator"),
        }[self.value])


class ClosureReason(StrEnum):
    REPAIRS = "repairs"
    DEEP_CLEAN = "deep_clean"
    HELD_FOR_SAFETY = "held_for_safety"
    OTHER = "other"

    @property
    def label(self) -> str:
        return translate("Enums", {
            "repairs": QT_TRANSLATE_NOOP("Enums", "Repairs"),
            "deep_clean": QT_TRANSLATE_NOOP("Enums", "Deep clean"),
            "held_for_safety": QT_TRANSLATE_NOOP("Enums", "Held for safety"),
            "other": QT_TRANSLATE_NOOP("Enums", "Other"),
        }[self.value])


class ReferralChannel(StrEnum):
    PHONE = "phone"
    EMAIL = "email"
    ONLINE_FORM = "online_form"
    IN_PERSON = "in_person"

    @property
    def label(self) -> str:
        return translate("Enums", {
            "phone": QT_TRANSLATE_NOOP("Enums", "Phone"),
            "email": QT_TRANSLATE_NOOP("Enums", "Email"),
            "online_form": QT_TRANSLATE_NOOP("Enums", "Online form"),
            "in_person": QT_TRANSLATE_NOOP("Enums", "In person"),
        }[self.value])


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
        return translate("Enums", {
            "police": QT_TRANSLATE_NOOP("Enums", "Police"),
            "childrens_social_care": QT_TRANSLATE_NOOP("Enums", "Children's social care"),
            "national_helpline": QT_TRANSLATE_NOOP("Enums", "National helpline"),
            "other_refuge": QT_TRANSLATE_NOOP("Enums", "Other refuge"),
            "marac": QT_TRANSLATE_NOOP("Enums", "MARAC"),
            "health": QT_TRANSLATE_NOOP("Enums", "Health"),
            "self_referral": QT_TRANSLATE_NOOP("Enums", "Self referral"),
            "other": QT_TRANSLATE_NOOP("Enums", "Other"),
        }[self.value])


class RiskLevel(StrEnum):
    STANDARD = "standard"
    MEDIUM = "medium"
    HIGH = "high"

    @property
    def label(self) -> str:
        return translate("Enums", {
            "standard": QT_TRANSLATE_NOOP("Enums", "Standard"),
            "medium": QT_TRANSLATE_NOOP("Enums", "Medium"),
            "high": QT_TRANSLATE_NOOP("Enums", "High"),
        }[self.value])


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
        return translate("Enums", {
            "new": QT_TRANSLATE_NOOP("Enums", "New"),
            "assessing": QT_TRANSLATE_NOOP("Enums", "Assessing"),
            "room_offered": QT_TRANSLATE_NOOP("Enums", "Room offered"),
            "arrived": QT_TRANSLATE_NOOP("Enums", "Arrived"),
            "declined_by_service": QT_TRANSLATE_NOOP("Enums", "Declined by service"),
            "declined_by_her": QT_TRANSLATE_NOOP("Enums", "Declined by her"),
            "withdrawn": QT_TRANSLATE_NOOP("Enums", "Withdrawn"),
        }[self.value])

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
        return translate("Enums", {
            "no_vacancy": QT_TRANSLATE_NOOP("Enums", "No vacancy"),
            "needs_not_met": QT_TRANSLATE_NOOP("Enums", "Needs the service cannot meet"),
            "too_close_to_abuser": QT_TRANSLATE_NOOP("Enums", "Too close to the abuser"),
            "other": QT_TRANSLATE_NOOP("Enums", "Other"),
        }[self.value])


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
        return translate("Enums", {
            "planned_move_on": QT_TRANSLATE_NOOP("Enums", "Planned move on"),
            "another_refuge": QT_TRANSLATE_NOOP("Enums", "Another refuge"),
            "returned_to_abuser": QT_TRANSLATE_NOOP("Enums", "Returned to abuser"),
            "left_without_notice": QT_TRANSLATE_NOOP("Enums", "Left without notice"),
            "asked_to_leave": QT_TRANSLATE_NOOP("Enums", "Asked to leave"),
            "other": QT_TRANSLATE_NOOP("Enums", "Other"),
            "moved_room": QT_TRANSLATE_NOOP("Enums", "Moved room"),
            "recorded_in_error": QT_TRANSLATE_NOOP("Enums", "Recorded in error"),
        }[self.value])


class StayCorrectionKind(StrEnum):
    """What a correction to an arrival put right (each one audited, with the reason)."""

    ARRIVAL_DATE = "arrival_date"
    ROOM = "room"
    RECORDED_IN_ERROR = "recorded_in_error"

    @property
    def label(self) -> str:
        return translate("Enums", {
            "arrival_date": QT_TRANSLATE_NOOP("Enums", "Arrival date changed"),
            "room": QT_TRANSLATE_NOOP("Enums", "Room changed"),
            "recorded_in_error": QT_TRANSLATE_NOOP("Enums", "Recorded in error"),
        }[self.value])


class ChildSex(StrEnum):
    """Recorded only where the service has an age rule for boys (see Organisation); empty
    means not recorded."""

    GIRL = "girl"
    BOY = "boy"

    @property
    def label(self) -> str:
        return translate("Enums", {
            "girl": QT_TRANSLATE_NOOP("Enums", "Girl"),
            "boy": QT_TRANSLATE_NOOP("Enums", "Boy"),
        }[self.value])


class CourtOrderKind(StrEnum):
    NON_MOLESTATION = "non_molestation"
    RESTRAINING = "restraining"
    OCCUPATION = "occupation"
    BAIL_CONDITIONS = "bail_conditions"
    CHILD_ARRANGEMENTS = "child_arrangements"

    @property
    def label(self) -> str:
        return translate("Enums", {
            "non_molestation": QT_TRANSLATE_NOOP("Enums", "Non-molestation order"),
            "restraining": QT_TRANSLATE_NOOP("Enums", "Restraining order"),
            "occupation": QT_TRANSLATE_NOOP("Enums", "Occupation order"),
            "bail_conditions": QT_TRANSLATE_NOOP("Enums", "Bail conditions"),
            "child_arrangements": QT_TRANSLATE_NOOP("Enums", "Child arrangements order"),
        }[self.value])


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
        return translate("Enums", {
            "score": QT_TRANSLATE_NOOP("Enums", "Score"),
            "professional_judgement": QT_TRANSLATE_NOOP("Enums", "Professional judgement"),
            "escalation": QT_TRANSLATE_NOOP("Enums", "Escalation"),
        }[self.value])


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
        return translate("Enums", {
            "safety": QT_TRANSLATE_NOOP("Enums", "Safety"),
            "physical_health": QT_TRANSLATE_NOOP("Enums", "Physical health"),
            "mental_health": QT_TRANSLATE_NOOP("Enums", "Mental health and wellbeing"),
            "drugs_alcohol": QT_TRANSLATE_NOOP("Enums", "Drugs and alcohol"),
            "money_benefits": QT_TRANSLATE_NOOP("Enums", "Money and benefits"),
            "housing_move_on": QT_TRANSLATE_NOOP("Enums", "Housing and move-on"),
            "legal_court": QT_TRANSLATE_NOOP("Enums", "Legal and court"),
            "immigration": QT_TRANSLATE_NOOP("Enums", "Immigration"),
            "children_parenting": QT_TRANSLATE_NOOP("Enums", "Children and parenting"),
            "friends_family_confidence": QT_TRANSLATE_NOOP("Enums", "Friends, family and confidence"),
            "education_training_work": QT_TRANSLATE_NOOP("Enums", "Education, training and work"),
        }[self.value])


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
        return translate("Enums", {
            "open": QT_TRANSLATE_NOOP("Enums", "Open"),
            "achieved": QT_TRANSLATE_NOOP("Enums", "Achieved"),
            "partly_achieved": QT_TRANSLATE_NOOP("Enums", "Partly achieved"),
            "not_achieved": QT_TRANSLATE_NOOP("Enums", "Not achieved"),
            "no_longer_wanted": QT_TRANSLATE_NOOP("Enums", "No longer wanted"),
        }[self.value])


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
        return translate("Enums", {
            "marac": QT_TRANSLATE_NOOP("Enums", "MARAC"),
            "fire_and_rescue": QT_TRANSLATE_NOOP("Enums", "Fire and rescue home safety"),
            "police": QT_TRANSLATE_NOOP("Enums", "Police"),
            "childrens_social_care": QT_TRANSLATE_NOOP("Enums", "Children's social care"),
            "health_visitor": QT_TRANSLATE_NOOP("Enums", "Health visitor"),
            "gp": QT_TRANSLATE_NOOP("Enums", "GP"),
            "mental_health": QT_TRANSLATE_NOOP("Enums", "Mental health"),
            "drugs_alcohol": QT_TRANSLATE_NOOP("Enums", "Drugs or alcohol"),
            "solicitor": QT_TRANSLATE_NOOP("Enums", "Solicitor"),
            "housing": QT_TRANSLATE_NOOP("Enums", "Housing"),
            "benefits": QT_TRANSLATE_NOOP("Enums", "Benefits"),
            "immigration_advice": QT_TRANSLATE_NOOP("Enums", "Immigration advice"),
            "counselling": QT_TRANSLATE_NOOP("Enums", "Counselling"),
            "childrens_service": QT_TRANSLATE_NOOP("Enums", "Children's service"),
            "other": QT_TRANSLATE_NOOP("Enums", "Other"),
        }[self.value])


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
        return translate("Enums", {
            "in_person": QT_TRANSLATE_NOOP("Enums", "In person"),
            "virtual": QT_TRANSLATE_NOOP("Enums", "Online (virtual)"),
        }[self.value])


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
        return translate("Enums", {
            "abuser_contact": QT_TRANSLATE_NOOP("Enums", "Abuser contact or sighting"),
            "location_breach": QT_TRANSLATE_NOOP("Enums", "Location breach"),
            "police_called": QT_TRANSLATE_NOOP("Enums", "Police called"),
            "safeguarding_concern": QT_TRANSLATE_NOOP("Enums", "Safeguarding concern"),
            "health_emergency": QT_TRANSLATE_NOOP("Enums", "Health emergency"),
            "damage": QT_TRANSLATE_NOOP("Enums", "Damage"),
            "conflict_between_residents": QT_TRANSLATE_NOOP("Enums", "Conflict between residents"),
        }[self.value])


class ReviewKind(StrEnum):
    INTERIM = "interim"
    CELEBRATION = "celebration"

    @property
    def label(self) -> str:
        return translate("Enums", {
            "interim": QT_TRANSLATE_NOOP("Enums", "Interim review"),
            "celebration": QT_TRANSLATE_NOOP("Enums", "Celebration of achievement"),
        }[self.value])


class Destination(StrEnum):
    OWN_TENANCY = "own_tenancy"
    SOCIAL_HOUSING = "social_housing"
    PRIVATE_RENTED = "private_rented"
    FAMILY_OR_FRIENDS = "family_or_friends"
    ANOTHER_REFUGE = "another_refuge"
    UNKNOWN = "unknown"

    @property
    def label(self) -> str:
        return translate("Enums", {
            "own_tenancy": QT_TRANSLATE_NOOP("Enums", "Own tenancy"),
            "social_housing": QT_TRANSLATE_NOOP("Enums", "Social housing"),
            "private_rented": QT_TRANSLATE_NOOP("Enums", "Private rented"),
            "family_or_friends": QT_TRANSLATE_NOOP("Enums", "Family or friends"),
            "another_refuge": QT_TRANSLATE_NOOP("Enums", "Another refuge"),
            "unknown": QT_TRANSLATE_NOOP("Enums", "Unknown"),
        }[self.value])


class SupportAfter(StrEnum):
    """Whether support carries on after she leaves the refuge."""

    OUTREACH = "outreach"
    RESETTLEMENT = "resettlement"
    NONE = "none"

    @property
    def label(self) -> str:
        return translate("Enums", {
            "outreach": QT_TRANSLATE_NOOP("Enums", "Outreach support"),
            "resettlement": QT_TRANSLATE_NOOP("Enums", "Resettlement support"),
            "none": QT_TRANSLATE_NOOP("Enums", "No further support"),
        }[self.value])


class ConsentHow(StrEnum):
    """How she gave a consent (issue 16)."""
    VERBAL = "verbal"
    WRITTEN = "written"
    OTHER = "other"

    @property
    def label(self) -> str:
        return translate("Enums", {
            "verbal": QT_TRANSLATE_NOOP("Enums", "She said so"),
            "written": QT_TRANSLATE_NOOP("Enums", "She signed"),
            "other": QT_TRANSLATE_NOOP("Enums", "Another way"),
        }[self.value])


class RetentionChoice(StrEnum):
    """What a manager decided for a record due for review under the retention schedule."""
    KEEP = "keep"
    ANONYMISE = "anonymise"
    ERASE = "erase"

    @property
    def label(self) -> str:
        return translate("Enums", {
            "keep": QT_TRANSLATE_NOOP("Enums", "Keep longer"),
            "anonymise": QT_TRANSLATE_NOOP("Enums", "Anonymise"),
            "erase": QT_TRANSLATE_NOOP("Enums", "Erase"),
        }[self.value])


class ErasureDecision(StrEnum):
    """A manager's answer to a request to erase her record."""
    ERASE = "erase"
    ANONYMISE = "anonymise"
    REFUSE = "refuse"

    @property
    def label(self) -> str:
        return translate("Enums", {
            "erase": QT_TRANSLATE_NOOP("Enums", "Erase"),
            "anonymise": QT_TRANSLATE_NOOP("Enums", "Anonymise"),
            "refuse": QT_TRANSLATE_NOOP("Enums", "Refuse"),
        }[self.value])
