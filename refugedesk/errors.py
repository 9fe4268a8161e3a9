"""Typed errors, each with a plain message a refuge worker can act on.

`RefugeDeskError` and its children are *known* errors: something about the environment or the
input, shown to the user as they are. Anything else that escapes is a bug, shown as a calm
"something went wrong" and logged without resident data.

Messages never contain passwords, keys or resident details.
"""

from __future__ import annotations

from refugedesk.i18n import QT_TRANSLATE_NOOP, Counted, translate

# This module's words with a count (refugedesk.i18n.Counted: lupdate reads the name).
Errors = Counted("Errors")


class RefugeDeskError(Exception):
    """A problem the user can understand and act on. `str(err)` is the plain message."""

    #: A short default message; subclasses override it, callers may pass their own.
    message = QT_TRANSLATE_NOOP("Errors", "Something stopped this from working.")

    def __init__(self, message: str | None = None) -> None:
        # The class's own message is marked, not translated, at import: it is put into the
        # language in use when the error is made.
        super().__init__(message or translate("Errors", self.message))


# --- The vault: opening, unlocking, the files on disk ---------------------------------------


class VaultError(RefugeDeskError):
    """Something about the vault files or unlocking them."""


class VaultNotFound(VaultError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "No RefugeDesk vault was found at that place. Check the folder, or set up a new vault."
    )


class VaultExists(VaultError):
    message = QT_TRANSLATE_NOOP("Errors", "A vault already exists there. Choose another place, or open the existing one.")


class KeyFileMissing(VaultError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "The vault's key file (the .rdkeys file that sits beside it) is missing. "
        "Without it the vault cannot be opened: restore the key file from a backup."
    )


class KeyFileDamaged(VaultError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "The vault's key file is damaged or is not a RefugeDesk key file. "
        "Restore it from a backup."
    )


class NotAVault(VaultError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "This file is not a RefugeDesk vault, or it is damaged. Nothing was changed. "
        "If it should be a vault, restore it from a backup."
    )


class VaultBusy(VaultError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "The vault is busy: another copy of RefugeDesk or another program is writing to it. "
        "Wait a moment and try again. Nothing was lost."
    )


class VaultClosed(VaultError):
    message = QT_TRANSLATE_NOOP("Errors", "The vault has been closed. Sign in again to carry on.")


class WrongPassword(VaultError):
    message = QT_TRANSLATE_NOOP("Errors", "That password is not right. Check Caps Lock and try again.")


class UnknownUser(VaultError):
    message = QT_TRANSLATE_NOOP("Errors", "There is no staff member with that username on this vault.")


class AccountInactive(VaultError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "This staff account has been switched off. Ask an administrator if you need access again."
    )


class WrongRecoveryCode(VaultError):
    message = QT_TRANSLATE_NOOP("Errors", "That recovery code is not right. Check it against the printed copy.")


class TooManyAttempts(VaultError):
    message = QT_TRANSLATE_NOOP("Errors", "Too many attempts. Please wait a moment before trying again.")

    def __init__(self, wait_seconds: float) -> None:
        self.wait_seconds = wait_seconds
        seconds = max(1, round(wait_seconds))
        super().__init__(
            Errors.tr("Too many attempts. Please wait %n second before trying again.",
                      None, seconds) if seconds == 1 else
            Errors.tr("Too many attempts. Please wait %n seconds before trying "
                      "again.", None, seconds))


class TrustBroken(VaultError):
    """Who may do what was changed outside RefugeDesk (the signed staff roster, its anchor or
    this computer's witness disagree with the vault). Nobody is given rights from it."""

    message = QT_TRANSLATE_NOOP(
        "Errors",
        "Staff accounts in this vault were changed outside RefugeDesk, so it cannot be trusted "
        "to say who may do what."
    )
    todo = QT_TRANSLATE_NOOP(
        "Errors", "Nothing was changed. Tell your manager: an administrator can restore the latest "
            "backup with the recovery code.")

    def __init__(self, detail: str | None = None) -> None:
        self.detail = detail or ""
        super().__init__(translate("Errors", "{problem} {todo}").format(
            problem=detail or translate("Errors", self.message),
            todo=translate("Errors", self.todo)))


class BackupInvalid(VaultError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "That backup could not be opened and checked, so nothing was replaced. "
        "Check you chose the right backup and its key file."
    )


# --- Staff and permissions ------------------------------------------------------------------


class NotAllowed(RefugeDeskError):
    message = QT_TRANSLATE_NOOP("Errors", "Your role does not allow this. Ask a manager or an administrator.")


class NeedToKnow(NotAllowed):
    """Her record is for the staff of the house she stays (or last stayed) in and her key
    worker. `card` holds the little anyone may see (refugedesk.need_to_know.Card): the screen
    shows it, with "Open anyway…" asking for a reason."""

    message = QT_TRANSLATE_NOOP(
        "Errors", "Her record is for the staff of her house and her key worker. You can still "
               "open it, giving your reason: a manager sees it.")

    def __init__(self, card: object, message: str | None = None) -> None:
        self.card = card
        super().__init__(message)


class ValidationError(RefugeDeskError):
    """Input that cannot be saved as it is. `field` names the form field, when there is one."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        self.field = field
        super().__init__(message)


class WeakPassword(ValidationError):
    def __init__(self, message: str) -> None:
        super().__init__(message, field="password")


class UsernameTaken(ValidationError):
    def __init__(self, username: str) -> None:
        super().__init__(
            translate("Errors", "The username “{username}” is already used. Choose another.")
            .format(username=username), field="username"
        )


class LastAdministrator(ValidationError):
    def __init__(self) -> None:
        super().__init__(
            translate("Errors", "This is the only active administrator. Make someone else an "
                      "administrator first."),
            field="role",
        )


class DatesOutOfOrder(ValidationError):
    #: The default message, put into the language in use when the error is made.
    message = QT_TRANSLATE_NOOP("Errors", "The end date is before the start date.")

    def __init__(self, message: str | None = None, *, field: str | None = None) -> None:
        super().__init__(message or translate("Errors", self.message), field=field)


# --- Houses, rooms and placements (refugedesk/houses.py, capacity.py, referrals.py) ---------


class NotFound(ValidationError):
    """A house, room, referral, offer or stay that is not (or no longer) there."""

    def __init__(self, what: str) -> None:
        self.what = what
        sentence = _NOT_FOUND.get(what)
        super().__init__(
            translate("Errors", sentence) if sentence else
            translate("Errors", "That {what} could not be found. It may have been removed; "
                      "refresh and try again.").format(what=what))


class RoomNotFree(ValidationError):
    """The room is taken for some of the nights asked for. `clash` says by what and when
    (a household reference or an offer, never a name)."""

    def __init__(self, room: str, clash: str) -> None:
        self.room = room
        self.clash = clash
        super().__init__(translate("Errors", "{room} is not free for those nights: {clash}. "
                                   "Choose another room or other dates.")
                         .format(room=room, clash=clash), field="room")


class RoomClosed(ValidationError):
    """The room is out of use (repairs, deep clean, held for safety...) or retired."""

    def __init__(self, room: str, why: str) -> None:
        self.room = room
        super().__init__(translate("Errors", "{room} is closed: {why}. Reopen it first, or "
                                   "choose another room.").format(room=room, why=why),
                         field="room")


class NotEnoughPlaces(ValidationError):
    """More children than the room's child places and cots can take."""

    def __init__(self, room: str, message: str) -> None:
        self.room = room
        super().__init__(translate("Errors", "{room} cannot take this family: {problem}")
                         .format(room=room, problem=message), field="children")


class ExcludedArea(ValidationError):
    """The house is in an area the referral says she must not be placed in."""

    def __init__(self, house: str, area: str) -> None:
        super().__init__(translate("Errors", "{house} is in {area}, one of the areas she must "
                                   "not be placed in. Choose a house elsewhere.")
                         .format(house=house, area=area), field="room")


class HoldEndsBeforeArrival(ValidationError):
    """An offer whose hold would run out before the day she arrives: it would lapse before
    she could take the room (capacity_rules.hold_problem says it in words)."""

    def __init__(self, message: str) -> None:
        super().__init__(message, field="held_until")


class BoysAgeRule(ValidationError):
    """The service's rule on boys' ages (service_rules.py) keeps this family out."""

    def __init__(self, message: str) -> None:
        super().__init__(message, field="children")


class OfferLapsed(ValidationError):
    """The offer's hold ran out before she arrived; the room may have gone to someone else."""

    message = QT_TRANSLATE_NOOP(
        "Errors", "This offer has lapsed (or was cancelled), so the room is no longer held. "
               "Make a new offer if the room is still free.")

    def __init__(self) -> None:
        super().__init__(translate("Errors", self.message), field="offer")


# --- Correcting an arrival (stay_corrections.py) ----------------------------------------------


class CorrectionTooLate(NotAllowed):
    """A support worker corrects an arrival only in the first days after it was recorded;
    after that a manager or an administrator does it."""

    def __init__(self, days: int) -> None:
        super().__init__(
            Errors.tr("This arrival was recorded more than %n day ago, so only a "
                      "manager or an administrator can correct it now. Nothing was changed.",
                      None, days) if days == 1 else
            Errors.tr("This arrival was recorded more than %n days ago, so only a "
                      "manager or an administrator can correct it now. Nothing was changed.",
                      None, days))


class StayNotCorrectable(ValidationError):
    """This stay cannot be corrected that way (it was moved, she has moved on, it was already
    recorded in error...); the message says why and what to do instead."""

    def __init__(self, message: str, *, field: str | None = "stay") -> None:
        super().__init__(message, field=field)


# --- The resident's record (residents.py, intake.py, risk.py, plans.py ...) -----------------


class ChildCountedInStay(ValidationError):
    """A child one of her stays counts cannot be taken off her record (residents.remove_child
    says which stay)."""

    def __init__(self, message: str) -> None:
        super().__init__(message, field="child")


class DateInFuture(ValidationError):
    """A date that cannot be later than today (a date of birth, a contact that happened)."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message, field=field)


class ReferenceTaken(ValidationError):
    def __init__(self, reference: str) -> None:
        super().__init__(translate("Errors", "The reference “{reference}” is already used by "
                                   "another resident. Choose another.")
                         .format(reference=reference), field="reference")


class HouseholdReferenceTaken(ValidationError):
    """A typed household reference another household already has (household_refs.py)."""

    def __init__(self, reference: str, suggestion: str) -> None:
        super().__init__(translate("Errors", "Another household already has the reference "
                                   "“{reference}”. Use {suggestion}, the next free one, or "
                                   "check her earlier reference if she has stayed before.")
                         .format(reference=reference, suggestion=suggestion),
                         field="household_ref")
        self.suggestion = suggestion


class DraftFinished(ValidationError):
    """The intake was already finished (perhaps by a colleague); it cannot change now."""

    def __init__(self) -> None:
        super().__init__(translate("Errors", "This intake has already been finished. Open her "
                                   "record instead."), field="draft")


class IncompleteChecklist(ValidationError):
    """A DASH checklist without an answer to every question."""


class OutsideStay(ValidationError):
    """A contact, an incident or a programme session dated outside all of her stays (before
    she first arrived, after she left with no stay then, or she has no stay at all). Refused
    unless the caller says it is community support, given outside a stay on purpose
    (refugedesk/history.py)."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message, field=field)


# --- Handover and whereabouts (handover.py, whereabouts.py) ------------------------------------


class HandoverSealed(ValidationError):
    """A sent handover is kept as it was sent: add an addendum instead."""

    def __init__(self) -> None:
        super().__init__(translate("Errors", "This handover has been sent, so it cannot be "
                                   "changed. Add an addendum instead."), field="handover")


class NotTheReceiver(NotAllowed):
    message = QT_TRANSLATE_NOOP("Errors", "Only the person it was handed to can acknowledge this handover.")


class NotSentYet(ValidationError):
    def __init__(self) -> None:
        super().__init__(translate("Errors", "This handover has not been sent yet."),
                         field="handover")


class AlreadyOut(ValidationError):
    """She is signed out already: sign her back in first."""

    def __init__(self) -> None:
        super().__init__(translate("Errors", "She is already signed out. Sign her back in "
                                   "first."), field="stay")


class AlreadyBack(ValidationError):
    def __init__(self) -> None:
        super().__init__(translate("Errors", "She has already been signed back in."),
                         field="sign_out")


# --- Exports: spreadsheets and PDFs written outside the vault (refugedesk/reports/) --------


class ExportWouldReplaceVault(ValidationError):
    """The file chosen for an export is the vault, its key file, one of its working files, or
    another vault or key file (a backup). Nothing was written."""

    message = QT_TRANSLATE_NOOP(
        "Errors", "That file is the vault (or its key file or a backup). Choose another name: "
               "nothing was written.")

    def __init__(self) -> None:
        super().__init__(translate("Errors", self.message), field="path")


class ExportNotSaved(RefugeDeskError):
    """The export could not be written where she chose (disk full, a folder that cannot be
    written to or does not exist). No file was left behind and nothing was recorded."""

    message = QT_TRANSLATE_NOOP(
        "Errors", "The file could not be saved there, so nothing was written. "
               "Choose another folder and try again.")


# --- At the edges: the disk, dates and what is typed (db/engine.py, dates.py, credentials.py) --


class DiskProblem(VaultError):
    """The computer would not let RefugeDesk read or write a file: the vault, its key file, a
    backup or an export. `nothing_changed` is True only when that is certain (SQLite undid the
    whole action); `filename` is where it happened, when known (never put in the message,
    which the screen shows: the command line adds it)."""

    #: What happened, and what to do about it; the message is built from the two.
    what = QT_TRANSLATE_NOOP("Errors", "RefugeDesk could not use a file it needs.")
    todo = QT_TRANSLATE_NOOP("Errors", "Check the drive and the folder, then try again.")

    def __init__(self, message: str | None = None, *, nothing_changed: bool = False,
                 filename: str | None = None) -> None:
        self.nothing_changed = nothing_changed
        self.filename = filename
        if message is None:
            message = " ".join([
                translate("Errors", self.what),
                *([translate("Errors", "Nothing was changed.")] if nothing_changed else []),
                translate("Errors", self.todo)])
        super().__init__(message)


class VaultReadOnly(DiskProblem):
    """A read-only file, folder or drive, or one this computer account may not change."""

    what = QT_TRANSLATE_NOOP(
        "Errors", "RefugeDesk cannot save to this file or folder: it (or the whole drive) is "
            "read-only, or this computer account is not allowed to change it.")
    todo = QT_TRANSLATE_NOOP(
        "Errors", "Use a folder you can write to (RefugeDesk needs to write even to sign in: every "
            "sign-in is recorded), or ask whoever looks after this computer for access.")


class DiskFull(DiskProblem):
    what = QT_TRANSLATE_NOOP("Errors", "The drive is full, so RefugeDesk could not write to it.")
    todo = QT_TRANSLATE_NOOP(
        "Errors", "Free some space (move old exports or backups off that drive, empty the recycle "
            "bin), then try again.")


class DiskError(DiskProblem):
    """The drive failed to read or write (a failing disk, an unplugged USB or network drive)."""

    what = QT_TRANSLATE_NOOP(
        "Errors", "The drive would not read or write (it may be failing, or a USB or network drive "
            "may have been disconnected).")
    todo = QT_TRANSLATE_NOOP(
        "Errors", "Check that the drive is connected, then try again. If it keeps happening, ask "
            "for help, and run `refugedesk check` before trusting the vault again.")


class CannotOpenFile(DiskProblem):
    """SQLite could not open the vault's files: a missing or moved folder, a file where a
    folder should be, or a folder RefugeDesk may not use."""

    what = QT_TRANSLATE_NOOP("Errors", "RefugeDesk could not open the vault's files.")
    todo = QT_TRANSLATE_NOOP(
        "Errors", "Check that the folder is still there (and the drive connected) and that this "
            "computer account may use it, then try again.")


class DateOutOfRange(ValidationError):
    """A date outside the years RefugeDesk takes (see refugedesk/dates.py)."""


class TypedTextRefused(ValidationError):
    """A username or password that cannot be used as typed: too long, or characters that are
    not text (see refugedesk/credentials.py)."""


# --- Backups and restore: the checks nobody can skip -----------------------------------------


class RecoveryCodeNeeded(NotAllowed):
    """A restore over a vault that cannot be opened (key file missing or damaged, vault file
    damaged, foreign or gone): nobody can show she is still an administrator of it, so only the
    organisation's recovery code may replace it."""

    message = QT_TRANSLATE_NOOP(
        "Errors",
        "The vault here cannot be opened (its key file is missing or damaged, or the vault file "
        "is damaged or missing), so RefugeDesk cannot check that you are still an administrator "
        "of it. Restoring over it needs your organisation's recovery code: run "
        "'refugedesk restore --recovery-code'. Nothing was changed."
    )


class VaultDamaged(VaultError):
    """The vault (or the copy just written of it) failed its integrity or audit checks."""

    message = QT_TRANSLATE_NOOP(
        "Errors",
        "The vault did not pass its checks, so no backup was written: a copy of a damaged vault "
        "could not be restored. Nothing was left behind. Run 'refugedesk check' to see what is "
        "wrong, and tell your administrator."
    )


class BackupFailed(VaultError):
    """The backup could not be written (a full disk, a removed stick, a folder that cannot be
    written to) or its key file did not read back as written."""

    message = QT_TRANSLATE_NOOP(
        "Errors",
        "The backup could not be written. Nothing was left behind. Check there is space and "
        "that the folder can be written to, or choose another place, then try again."
    )


class ServiceKeyMissing(VaultError):
    """A sealed column was read or written on a server before the service key was opened:
    nothing is ever sent to a server in clear instead (refugedesk/db/sealed.py)."""

    message = QT_TRANSLATE_NOOP(
        "Errors",
        "RefugeDesk could not open the service's key, so it did not send or show the protected "
        "details (addresses, notes, code words). Nothing was saved. Sign in again."
    )


class ServerProfileDamaged(VaultError):
    """A `.rdserver` profile, or the certificate beside it, is missing or not one."""

    message = QT_TRANSLATE_NOOP(
        "Errors",
        "The server profile (the .rdserver file) or the certificate beside it is missing or "
        "damaged. Set it up again with 'refugedesk server connect', or ask your administrator "
        "for a copy."
    )


class ServerUnreachable(VaultError):
    """The service's server did not answer, or the connection dropped part-way. Nothing is
    kept on this computer instead: a local copy would fork the records."""

    message = QT_TRANSLATE_NOOP(
        "Errors",
        "The service's server cannot be reached just now, so nothing was saved or changed. "
        "Check this computer's network connection and try again. If it keeps happening, tell "
        "your administrator."
    )


class ServerRecordsOlder(VaultError):
    """The server's schema is at an earlier revision than this copy of RefugeDesk's HEAD: it
    is not opened (writing to it with newer models could spoil it)."""

    message = QT_TRANSLATE_NOOP(
        "Errors",
        "The service's server keeps its records in an older form than this copy of RefugeDesk "
        "uses, so RefugeDesk did not open them and nothing was changed. Tell whoever runs the "
        "server: the records there must be brought up to date first (refugedesk server "
        "upgrade)."
    )


class ServerRecordsNewer(VaultError):
    """The server's schema is at a revision this copy does not know (a newer RefugeDesk set it
    up or upgraded it), or is not RefugeDesk's at all: it is not opened."""

    message = QT_TRANSLATE_NOOP(
        "Errors",
        "The service's server keeps its records in a form this copy of RefugeDesk does not "
        "know (a newer RefugeDesk set them up), so it did not open them and nothing was "
        "changed. Install the RefugeDesk the rest of your service uses."
    )


class ServerNotTrusted(VaultError):
    """TLS refused: the server's certificate is not signed by the profile's authority, or is
    for another name. A password is not sent."""

    message = QT_TRANSLATE_NOOP(
        "Errors",
        "RefugeDesk could not confirm that this is your service's server (its certificate does "
        "not match), so it did not send your password. Tell your administrator."
    )


class ServerAlreadySetUp(VaultError):
    """`server init` on a database that already holds RefugeDesk's records: nothing changed."""

    message = QT_TRANSLATE_NOOP(
        "Errors",
        "That database on the server is already set up for RefugeDesk, so nothing was changed. "
        "To add staff, an administrator signs in to RefugeDesk. To start again, whoever runs "
        "the server must remove the database first."
    )


class ServerHoldsAnotherService(VaultError):
    """`server init` or a move onto a server that already has another RefugeDesk service's
    database: the group roles are the whole server's, so each service's staff would reach the
    other's records. Nothing changed."""

    def __init__(self, database: str) -> None:
        super().__init__(translate(
            "Errors", "This server already holds another RefugeDesk service (the database "
            "{database}), so nothing was changed. Each service needs a PostgreSQL server of "
            "its own: staff logins on one server reach every RefugeDesk database on it."
        ).format(database=database))
        self.database = database


class ServerNotSetUp(VaultError):
    """`server upgrade` on a database that holds no RefugeDesk records: nothing changed."""

    message = QT_TRANSLATE_NOOP(
        "Errors",
        "That database on the server is not set up for RefugeDesk, so there is nothing to "
        "bring up to date and nothing was changed. Check the database's name; a new service "
        "is set up with refugedesk server init."
    )


class ServerInUse(VaultError):
    """`server upgrade` while others are connected to the service's database: nothing changed
    (a migration would wait on them, and a copy left open would go on with the old form).
    `who`: the logins connected, when known (a tool such as a backup counts too)."""

    def __init__(self, connections: int | None = None, who: list[str] | None = None) -> None:
        text = translate(
            "Errors", "The service's records are in use, so nothing was changed. Ask "
            "everyone to close RefugeDesk (a copy left open on a computer counts too, and so "
            "does a backup or another program connected to the database), then try again.")
        if who:
            text += " " + translate("Errors", "Connected now: {names}.").format(
                names=", ".join(who))
        super().__init__(text)
        self.connections = connections
        self.who = who or []


class ServerSchemaDiffers(VaultError):
    """`server upgrade` ran the migrations, and the tables still differ from this release's
    models: the whole upgrade is undone. A bug in a migration, not the user's doing."""

    def __init__(self, differences: str) -> None:
        super().__init__(translate(
            "Errors", "After bringing the records up to date their form still differs from "
            "the one this copy of RefugeDesk uses, so the whole step was undone and nothing "
            "was changed. Keep using the release you had, and send this to RefugeDesk's "
            "developers: {differences}").format(differences=differences))
        self.differences = differences


class ServerDatabaseNotEmpty(VaultError):
    """`server init` on a database that holds tables of something else: nothing changed."""

    message = QT_TRANSLATE_NOOP(
        "Errors",
        "That database on the server already holds other tables, so RefugeDesk did not set it "
        "up and nothing was changed. Give the name of a new database (it will be made) or of an "
        "empty one."
    )


class ServerRightsMissing(VaultError):
    """`server init` signed in as a role that may not create roles and databases."""

    message = QT_TRANSLATE_NOOP(
        "Errors",
        "Setting up needs the server's superuser (often called postgres) or a role that may "
        "create roles and databases. That user may not, so nothing was changed."
    )


class ServerRefused(VaultError):
    """The server answered, over verified TLS, but its pg_hba.conf has no line letting this
    user reach this database from here (or rejects it)."""

    message = QT_TRANSLATE_NOOP(
        "Errors",
        "The server does not let that user reach that database from this computer (its "
        "pg_hba.conf has no line for it). Check the user and the database's name, or ask "
        "whoever runs the server."
    )


class NoKeySlot(VaultError):
    """On a server, her login has no key slot for the service key: she was switched off, or
    her administrator has not given her one yet (refugedesk/server/key_slots.py)."""

    message = QT_TRANSLATE_NOOP(
        "Errors",
        "There is no key for your account on the server, so the protected details cannot be "
        "opened. Ask your administrator to give you one."
    )


class KeySlotAltered(VaultError):
    """On a server, her key slot opened with her password but holds a key other than the one
    it was made with: someone who can write the server's slot table put another key in it
    (refugedesk/db/keyslots.py, `KeyFile.holding`). The key is not used."""

    message = QT_TRANSLATE_NOOP(
        "Errors",
        "Your key on the service's server has been changed there, so RefugeDesk has not used "
        "it: nothing was opened or saved. Tell your administrator."
    )


class KeyNotPassedOn(VaultError):
    """On a server, the service key was changed (refugedesk/server/key_rotation.py) after her
    slot was last renewed, and no new key was left for her: her slot was more than one
    change behind, or was made by a RefugeDesk too old to carry it. Her administrator gives
    her a new password, which comes with a slot for the key as it is now."""

    message = QT_TRANSLATE_NOOP(
        "Errors",
        "The service's key was changed since you last signed in, and RefugeDesk could not "
        "pass the new one to you. Ask your administrator to give you a new password."
    )


class ServiceKeyChanged(VaultError):
    """On a server, this copy still holds the service key as it was before an administrator
    changed it: what it would save could not be read by anyone else, so the server refuses
    it (SQLSTATE RDK01, server/key_rotation.py)."""

    message = QT_TRANSLATE_NOOP(
        "Errors",
        "An administrator changed the service's key while you were signed in, so nothing was "
        "saved. Sign out, then sign in again."
    )


class OthersSignedIn(VaultError):
    """Changing the service key on a server while others are connected: nothing changed
    (their copies hold the old key). `who`: the logins connected."""

    def __init__(self, who: list[str]) -> None:
        super().__init__(translate(
            "Errors", "Others are connected to the service's records, so the key was not "
            "changed. Ask them to close RefugeDesk, then try again. Connected now: "
            "{names}.").format(names=", ".join(who)))
        self.who = who


class RecoveryNotCarried(VaultError):
    """Changing the service key on a server when the recovery code's slot cannot be given the
    new key (made by a RefugeDesk too old to vouch for it): the organisation would lose its
    recovery code, so nothing changed."""

    message = QT_TRANSLATE_NOOP(
        "Errors",
        "The key was not changed: the organisation's recovery code was set up by an older "
        "RefugeDesk and cannot be carried over to a new key without it. Type the recovery "
        "code to carry it over. Nothing was changed."
    )


class SealedValueUnreadable(VaultError):
    """A sealed value on the server does not open with the service's key: it was changed on
    the server, copied from another column or service, or written in clear."""

    message = QT_TRANSLATE_NOOP(
        "Errors",
        "Some protected details on the server cannot be read with your service's key: they may "
        "have been changed on the server. Nothing was changed here. Tell your administrator."
    )


class StillInRefuge(ValidationError):
    """Her record cannot be anonymised or erased while she is staying in a room (issue 16)."""

    def __init__(self) -> None:
        super().__init__(translate("Errors", "She is staying in refuge now, so her record "
                                   "cannot be anonymised or erased yet. Record her move-on "
                                   "first, then decide again."), field="record")


# --- Her consent (refugedesk/consent_rules.py) ------------------------------------------------


class ConsentNotCovered(ValidationError):
    """Sharing her information that no consent of hers covers, with no lawful basis given."""


#: NotFound's message for each thing a caller names, a whole sentence (Welsh names each thing
#: with its own gender and mutation, which a word dropped into one sentence cannot do).
_NOT_FOUND: dict[str, str] = {
    what: sentence for what, sentence in (
        ("action", QT_TRANSLATE_NOOP("Errors", "That action could not be found. It may have "
                                     "been removed; refresh and try again.")),
        ("child", QT_TRANSLATE_NOOP("Errors", "That child could not be found. It may have been "
                                    "removed; refresh and try again.")),
        ("closure", QT_TRANSLATE_NOOP("Errors", "That closure could not be found. It may have "
                                      "been removed; refresh and try again.")),
        ("consent", QT_TRANSLATE_NOOP("Errors", "That consent could not be found. It may have "
                                      "been removed; refresh and try again.")),
        ("contact", QT_TRANSLATE_NOOP("Errors", "That contact could not be found. It may have "
                                      "been removed; refresh and try again.")),
        ("goal", QT_TRANSLATE_NOOP("Errors", "That goal could not be found. It may have been "
                                   "removed; refresh and try again.")),
        ("handover", QT_TRANSLATE_NOOP("Errors", "That handover could not be found. It may "
                                       "have been removed; refresh and try again.")),
        ("house", QT_TRANSLATE_NOOP("Errors", "That house could not be found. It may have been "
                                    "removed; refresh and try again.")),
        ("intake", QT_TRANSLATE_NOOP("Errors", "That intake could not be found. It may have "
                                     "been removed; refresh and try again.")),
        ("MARAC referral", QT_TRANSLATE_NOOP("Errors", "That MARAC referral could not be "
                                             "found. It may have been removed; refresh and "
                                             "try again.")),
        ("offer", QT_TRANSLATE_NOOP("Errors", "That offer could not be found. It may have been "
                                    "removed; refresh and try again.")),
        ("programme", QT_TRANSLATE_NOOP("Errors", "That programme could not be found. It may "
                                        "have been removed; refresh and try again.")),
        ("record", QT_TRANSLATE_NOOP("Errors", "That record could not be found. It may have "
                                     "been removed; refresh and try again.")),
        ("referral", QT_TRANSLATE_NOOP("Errors", "That referral could not be found. It may "
                                       "have been removed; refresh and try again.")),
        ("request", QT_TRANSLATE_NOOP("Errors", "That request could not be found. It may have "
                                      "been removed; refresh and try again.")),
        ("resident", QT_TRANSLATE_NOOP("Errors", "That resident could not be found. It may "
                                       "have been removed; refresh and try again.")),
        ("review", QT_TRANSLATE_NOOP("Errors", "That review could not be found. It may have "
                                     "been removed; refresh and try again.")),
        ("room", QT_TRANSLATE_NOOP("Errors", "That room could not be found. It may have been "
                                   "removed; refresh and try again.")),
        ("safety record", QT_TRANSLATE_NOOP("Errors", "That safety record could not be found. "
                                            "It may have been removed; refresh and try "
                                            "again.")),
        ("session", QT_TRANSLATE_NOOP("Errors", "That session could not be found. It may have "
                                      "been removed; refresh and try again.")),
        ("sign-out", QT_TRANSLATE_NOOP("Errors", "That sign-out could not be found. It may "
                                       "have been removed; refresh and try again.")),
        ("staff member", QT_TRANSLATE_NOOP("Errors", "That staff member could not be found. "
                                           "It may have been removed; refresh and try "
                                           "again.")),
        ("stay", QT_TRANSLATE_NOOP("Errors", "That stay could not be found. It may have been "
                                   "removed; refresh and try again.")),
        ("support plan", QT_TRANSLATE_NOOP("Errors", "That support plan could not be found. "
                                           "It may have been removed; refresh and try "
                                           "again.")),
        ("version of this review", QT_TRANSLATE_NOOP("Errors", "That version of this review "
                                                     "could not be found. It may have been "
                                                     "removed; refresh and try again.")),
    )
}
