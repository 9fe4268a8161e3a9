"""The ORM models (SQLAlchemy 2 typed), one module per area of the refuge's work.

The schema itself is made by the migrations in refugedesk/db/migrations; tests check that the
two agree. Every model and enum is importable from here (`from refugedesk.db.models import
Stay`), and importing this package puts every table in `Base.metadata`. A new capability adds
its models in a module of its own (imported here) together with a new migration; an old
migration is never edited.

    base           Base, the Tracked mixin, values_in (an enum's CHECK)
    enums          the fixed choices (StrEnum), stored as their values
    staff          Organisation, ReferenceCounter, StaffMember, AuditEvent, StaffRoster
    houses         House, Room, RoomClosure, Reservation (an offer), Stay, StayCorrection
    referrals      Referral
    residents      Resident and her record: children, consent, abusers, court orders, intake,
                   FormDraft (a long form's unsaved work)
    risk           RiskAssessment (DASH), MaracReferral
    assessment     NeedsAssessment, NeedScore
    plans          SupportPlan, Goal, PlanAction
    contacts       Contact, ContactGoal
    referrals_out  ReferralOut
    programmes     Programme, ProgrammeSession, ProgrammeEnrolment, Attendance
    incidents      Incident, IncidentResident
    handover       Handover, HandoverAddendum, SignOut, WhereaboutsStep, OnCall
    reviews        Review, ReviewVersion, MoveOn
    rights         RetentionDecision, ErasureRequest, SubjectAccess, StaffHouse, AccessReason
"""

from __future__ import annotations

from refugedesk.db.models.assessment import (
    NeedsAssessment,
    NeedScore,
)
from refugedesk.db.models.base import (
    Base,
    Tracked,
    values_in,
)
from refugedesk.db.models.contacts import (
    Contact,
    ContactGoal,
)
from refugedesk.db.models.enums import (
    ActionOwner,
    Agency,
    AssessmentStage,
    AttendanceState,
    ChildSex,
    ClosureReason,
    ConsentHow,
    ContactMode,
    ContactPlace,
    ContactState,
    CourtOrderKind,
    DashAnswer,
    DeclineReason,
    DepartureReason,
    Destination,
    ErasureDecision,
    GoalStatus,
    IncidentKind,
    NeedArea,
    ProgrammeDelivery,
    ReferralChannel,
    ReferralOutStatus,
    ReferralSource,
    ReferralStatus,
    ReservationState,
    RetentionChoice,
    ReviewKind,
    RiskLevel,
    RiskRoute,
    Role,
    StayCorrectionKind,
    SupportAfter,
)
from refugedesk.db.models.handover import (
    Handover,
    HandoverAddendum,
    OnCall,
    SignOut,
    WhereaboutsStep,
)
from refugedesk.db.models.houses import (
    House,
    Reservation,
    Room,
    RoomClosure,
    Stay,
    StayCorrection,
)
from refugedesk.db.models.incidents import (
    Incident,
    IncidentResident,
)
from refugedesk.db.models.plans import (
    Goal,
    PlanAction,
    SupportPlan,
)
from refugedesk.db.models.programmes import (
    Attendance,
    Programme,
    ProgrammeEnrolment,
    ProgrammeSession,
)
from refugedesk.db.models.referrals import (
    Referral,
)
from refugedesk.db.models.referrals_out import (
    ReferralOut,
)
from refugedesk.db.models.residents import (
    Abuser,
    Child,
    Consent,
    CourtOrder,
    FormDraft,
    IntakeDraft,
    Resident,
    ResidentSearchTerm,
)
from refugedesk.db.models.reviews import (
    MoveOn,
    Review,
    ReviewVersion,
)
from refugedesk.db.models.rights import (
    AccessReason,
    ErasureRequest,
    RetentionDecision,
    StaffHouse,
    SubjectAccess,
)
from refugedesk.db.models.risk import (
    MaracReferral,
    RiskAssessment,
)
from refugedesk.db.models.staff import (
    AuditEvent,
    Organisation,
    ReferenceCounter,
    StaffMember,
    StaffRoster,
)

__all__ = [
    "AccessReason",
    "ErasureRequest",
    "RetentionDecision",
    "StaffHouse",
    "SubjectAccess",
    "ConsentHow",
    "ErasureDecision",
    "RetentionChoice",
    "Base",
    "Tracked",
    "values_in",
    "Role",
    "ClosureReason",
    "ReferralChannel",
    "ReferralSource",
    "RiskLevel",
    "ReferralStatus",
    "DeclineReason",
    "ReservationState",
    "DepartureReason",
    "CourtOrderKind",
    "DashAnswer",
    "RiskRoute",
    "NeedArea",
    "AssessmentStage",
    "GoalStatus",
    "ActionOwner",
    "ContactMode",
    "ContactPlace",
    "ContactState",
    "Agency",
    "ReferralOutStatus",
    "AttendanceState",
    "IncidentKind",
    "ReviewKind",
    "Destination",
    "SupportAfter",
    "StayCorrectionKind",
    "ChildSex",
    "ProgrammeDelivery",
    "StayCorrection",
    "ReferenceCounter",
    "ProgrammeEnrolment",
    "Organisation",
    "StaffMember",
    "AuditEvent",
    "StaffRoster",
    "House",
    "Room",
    "RoomClosure",
    "Reservation",
    "Stay",
    "Referral",
    "Resident",
    "ResidentSearchTerm",
    "Child",
    "Consent",
    "Abuser",
    "CourtOrder",
    "IntakeDraft",
    "FormDraft",
    "RiskAssessment",
    "MaracReferral",
    "NeedsAssessment",
    "NeedScore",
    "SupportPlan",
    "Goal",
    "PlanAction",
    "Contact",
    "ContactGoal",
    "ReferralOut",
    "Programme",
    "ProgrammeSession",
    "Attendance",
    "Incident",
    "IncidentResident",
    "Handover",
    "HandoverAddendum",
    "OnCall",
    "SignOut",
    "WhereaboutsStep",
    "Review",
    "ReviewVersion",
    "MoveOn",
]
