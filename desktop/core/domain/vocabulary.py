"""The coded values every station, query and screen shares, each in one place.

They are ``StrEnum``s, so a member is the very string stored in the database (and in
the schema's ``CHECK`` lists, which a test keeps equal to these): code compares and
stores members, never bare strings. Which moves between states are allowed, and what
each move carries with it, is owned by ``desktop.core.lifecycle``.
"""

from enum import StrEnum


class VisitStatus(StrEnum):
    """Where a donor's ticket at a drive stands."""

    WAITING_SCREENING = "waiting_screening"
    ACCEPTED = "accepted"
    DEFERRED = "deferred"
    DONATED = "donated"  # blood was drawn, complete or not
    NOT_COLLECTED = "not_collected"  # accepted, at the chair, but no blood was drawn
    LEFT = "left"  # went away before screening or before giving
    VOIDED = "voided"  # issued by mistake (the wrong person was checked in)


class DonationOutcome(StrEnum):
    COMPLETE = "complete"
    INCOMPLETE = "incomplete"
    NOT_COLLECTED = "not_collected"


class StartedStatus(StrEnum):
    """A donation in the chair: started (DIN scanned or start time set), then recorded
    as a donation or abandoned with a reason."""

    STARTED = "started"
    RECORDED = "recorded"
    ABANDONED = "abandoned"


class BagType(StrEnum):
    SINGLE = "single"
    DOUBLE = "double"
    TRIPLE = "triple"
    QUADRUPLE = "quadruple"


class ReactionKind(StrEnum):
    """Adverse reactions to donation, as the collection station records them."""

    VASOVAGAL_IMMEDIATE = "vasovagal_immediate"
    VASOVAGAL_IMMEDIATE_LOC = "vasovagal_immediate_loc"  # with loss of consciousness
    VASOVAGAL_DELAYED = "vasovagal_delayed"
    VASOVAGAL_DELAYED_LOC = "vasovagal_delayed_loc"
    HAEMATOMA = "haematoma"
    ARTERIAL_PUNCTURE = "arterial_puncture"
    NERVE_INJURY = "nerve_injury"
    OTHER = "other"


class ReactionSeverity(StrEnum):
    MILD = "mild"
    MODERATE = "moderate"
    SEVERE = "severe"


class DonationType(StrEnum):
    WHOLE_BLOOD = "whole_blood"
    RBC_APHERESIS = "rbc_apheresis"
    PLASMA = "plasma"
    PLATELETS = "platelets"


class ScreeningDecision(StrEnum):
    """What the doctor decided."""

    ACCEPT = "accept"
    DEFER_TEMPORARY = "defer_temporary"
    DEFER_PERMANENT = "defer_permanent"


class Proposal(StrEnum):
    """What the rules engine proposes: a decision, or ``incomplete`` while something
    it needs (a measurement, the questionnaire) is missing."""

    ACCEPT = "accept"
    DEFER_TEMPORARY = "defer_temporary"
    DEFER_PERMANENT = "defer_permanent"
    INCOMPLETE = "incomplete"


class HbsagResult(StrEnum):
    NEGATIVE = "negative"
    POSITIVE = "positive"
    NOT_DONE = "not_done"


class HbMethod(StrEnum):
    QUICK_METER = "quick_meter"
    COPPER_SULPHATE = "copper_sulphate"


class DinStatus(StrEnum):
    ALLOCATED = "allocated"  # given to a drive, label printed or about to be
    USED = "used"  # on a bag
    VOIDED = "voided"  # spoilt, lost or never printed; never given again


class DinOrigin(StrEnum):
    PRINTED = "printed"  # from the site's own sequence, labels printed by the app
    ROLL = "roll"  # from a pre-printed roll


class CertificateStatus(StrEnum):
    RESERVED = "reserved"  # its serial taken before printing; issued once the pages are out
    ISSUED = "issued"
    VOIDED = "voided"  # spoilt, wrong, or never printed; its serial is never given again


class CertificateMode(StrEnum):
    BLANK = "blank"  # the whole certificate on blank paper
    OVERLAY = "overlay"  # values printed on a nationally pre-printed form


class DiscrepancyKind(StrEnum):
    """What the end-of-day reconciliation asks to be explained before closing."""

    WAITING = "waiting"  # tickets never screened
    ACCEPTED_NO_UNIT = "accepted_no_unit"  # accepted donors without a unit
    UNUSED_DINS = "unused_dins"  # allocated DINs neither used nor voided
    RESERVED_CERTIFICATES = "reserved_certificates"  # serials reserved, printing never confirmed


class DriveStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


class StaffRole(StrEnum):
    """What a person may do (a person holds several: table ``staff_role``)."""

    ADMIN = "admin"
    CLERK = "clerk"  # reception
    DOCTOR = "doctor"
    NURSE = "nurse"
    CERTIFICATE = "certificate"  # certificate desk
    CENTER = "center"  # the provincial center's operator


class Sex(StrEnum):
    MALE = "M"
    FEMALE = "F"


class RecordSource(StrEnum):
    """Where a donor record came from."""

    REGISTRY = "registry"  # the center's registry file
    DRIVE = "drive"  # registered at a drive on this laptop


class ImportStatus(StrEnum):
    """A registry import: its new donors are stored unseen, then shown all at once."""

    STAGING = "staging"  # new donors being stored, invisible to every search
    APPLIED = "applied"  # switched on in one short transaction
    ABANDONED = "abandoned"  # cancelled, failed or interrupted; its rows are removed


class AuditAction(StrEnum):
    """What an audit entry records (``audit_log.action``). A write's entry names how the
    record changed; an event (``Writer.log``) changes no row by itself. The stored
    strings stay as they were before the enum existed."""

    # a record written
    INSERT = "insert"
    UPDATE = "update"
    VOID = "void"
    AMEND = "amend"
    REOPEN = "reopen"
    LEFT = "left"
    CLOSE = "close"
    START = "start"
    RECORD = "record"
    ABANDON = "abandon"
    USE = "use"
    RESERVE = "reserve"
    ISSUE = "issue"
    REPRINT = "reprint"
    WITHDRAW = "withdraw"
    NEW_INCARNATION = "new_incarnation"
    # people
    SIGN_IN = "sign_in"
    SIGN_IN_FAILED = "sign_in_failed"
    SIGN_OUT = "sign_out"
    SWITCH_PERSON = "switch_person"
    LOCK = "lock"
    UNLOCK = "unlock"
    KEY_RECOVERY = "key_recovery"
    # files in and out, printing, rules
    EXPORT = "export"
    IMPORT = "import"
    REGISTRY_IMPORT = "registry_import"
    PACKAGE_INSTALL = "package_install"
    PACKAGE_WRITTEN = "package_written"
    PACKAGE_NUMBER = "package_number"
    CERTIFICATE_KEYS_WRITTEN = "certificate_keys_written"
    PRINT = "print"
    RULE_SET_INSTALL = "rule_set_install"
    BACKUP = "backup"
    RESTORE = "restore"
    AUDIT_EXPORT = "audit_export"
    # the center
    MERGE = "merge"
    MERGE_PERSON = "merge_person"
    IMPORT_ACCEPTED = "import_accepted"
    IMPORT_REJECTED = "import_rejected"
    QUARANTINE_RELEASED = "quarantine_released"
    QUARANTINE_DISCARDED = "quarantine_discarded"
    RESOLVE_CONFLICT = "resolve_conflict"
    DISMISS_REVIEW = "dismiss_review"
    MERGE_REVIEW = "merge_review"
    LAB_IMPORT = "lab_import"
    LAB_RESULT = "lab_result"
    LAB_CONFLICT = "lab_conflict"
    LAB_CONFLICT_DECIDED = "lab_conflict_decided"
    LAB_RESULT_SUPERSEDED = "lab_result_superseded"
    LAB_RESULT_TAKEN = "lab_result_taken"
    LAB_RESULT_REJECTED = "lab_result_rejected"
    LAB_NOTICE = "lab_notice"
    LAB_NOTICE_WITHDRAWN = "lab_notice_withdrawn"
    LAB_NOTIFIED = "lab_notified"


class InstallationRole(StrEnum):
    """What this installation is: a laptop at a site, or the provincial center."""

    SITE = "site"
    CENTER = "center"


class DeviceStatus(StrEnum):
    """A device the center knows: its files are accepted while it is active."""

    ACTIVE = "active"
    REVOKED = "revoked"  # lost, stolen or retired: its files are rejected; the row stays


class ConflictStatus(StrEnum):
    """A record changed on two devices at the center: open until a person chooses."""

    OPEN = "open"
    RESOLVED = "resolved"  # a center version supersedes every head


class QuarantineReason(StrEnum):
    """Why the center's safety re-checks held a unit (on the date of its donation)."""

    WITHIN_INTERVAL = "within_interval"  # after another donation of the person, too soon
    DEFERRED_ELSEWHERE = "deferred_elsewhere"  # a screening deferred the person then
    DEFERRED_REGISTRY = "deferred_registry"  # the registry's deferral was in force
    DIN_TWICE = "din_twice"  # its DIN was seen on another record
    SERIAL_TWICE = "serial_twice"  # its certificate serial was seen on another record
    LAB_REACTIVE = "lab_reactive"  # a marker repeat-reactive in the lab, not confirmed yet
    LAB_POSITIVE = "lab_positive"  # a marker confirmed positive in the lab


class QuarantineStatus(StrEnum):
    HELD = "held"
    RELEASED = "released"  # a named person let the unit go on, with a reason
    DISCARDED = "discarded"  # a named person had it discarded, with a reason


class ReviewStatus(StrEnum):
    """Two donors with the same folded name and birth date, not both with a CCCD."""

    OPEN = "open"
    DISMISSED = "dismissed"  # two people after all
    MERGED = "merged"  # one person: a redirect was made


class RedirectReason(StrEnum):
    SAME_NATIONAL_ID = "same_national_id"
    REVIEWED = "reviewed"  # a person merged the two after a review


class HoldReason(StrEnum):
    """Why a unique value was moved aside in a row at the center."""

    SEEN_TWICE = "seen_twice"  # carried by two records: kept on neither


class FlagKind(StrEnum):
    """What the center notices about a received record and only reports."""

    OUTSIDE_DRIVE_DAY = "outside_drive_day"  # collection times not on the drive's day
    FUTURE_TIMESTAMP = "future_timestamp"  # a time later than the import
    DIN_OUTSIDE_BLOCK = "din_outside_block"  # a DIN not in its device's enrolled block


class CenterImportStatus(StrEnum):
    ACCEPTED = "accepted"
    REJECTED = "rejected"


class AssignmentStatus(StrEnum):
    """A device planned to work a drive at the center."""

    ASSIGNED = "assigned"
    WITHDRAWN = "withdrawn"  # taken off the drive; the row stays


class BlockKind(StrEnum):
    """Numbers the center hands a device ahead."""

    DIN = "din"  # a block of the site's yearly DIN sequence, for one drive
    SERIAL = "serial"  # a run of pre-printed certificate form serials


class BlockStatus(StrEnum):
    ACTIVE = "active"
    WITHDRAWN = "withdrawn"  # no longer to be used (never reused for another device)


class ReservedKind(StrEnum):
    """Numbers a restored laptop must not give again (table ``reserved_number``)."""

    TICKET = "ticket"  # a queue number of one drive and desk letter
    DIN = "din"  # a sequence number of the site's DINs of one FIN and year
    SERIAL = "serial"  # a certificate serial's number after its prefix


class ReserveBasis(StrEnum):
    """How a restore knew the numbers it reserved."""

    LOST_WORK = "lost_work"  # read in the file kept aside: given after the backup
    MARGIN = "margin"  # no such file: a safety margin beyond the backup's numbers


class LabValue(StrEnum):
    """A laboratory's infectious-marker result for one unit."""

    NOT_TESTED = ""  # the cell was empty
    NEGATIVE = "negative"
    REACTIVE = "reactive"  # repeat-reactive, not confirmed: the unit is held
    POSITIVE = "positive"  # confirmed: the unit is held, the donor deferred for good


class LabResultStatus(StrEnum):
    """Where a unit's results from the laboratory stand (one is current per DIN)."""

    CURRENT = "current"
    PENDING = "pending"  # other results for a DIN that has some: a person decides
    SUPERSEDED = "superseded"  # a person took later results instead
    REJECTED = "rejected"  # a person kept the earlier results instead


class LabConflictKind(StrEnum):
    RESULTS = "results"  # a later file gave other results for a unit
    BLOOD_GROUP = "blood_group"  # the lab's blood group differs from the recorded one


class LabConflictStatus(StrEnum):
    OPEN = "open"
    KEPT = "kept"  # what was there stays (the first results, the recorded group)
    TAKEN = "taken"  # the lab's new word is taken (the later results, the lab's group)


class NoticeStatus(StrEnum):
    """A donor the center must tell of a confirmed positive marker."""

    TO_NOTIFY = "to_notify"
    NOTIFIED = "notified"
    WITHDRAWN = "withdrawn"  # the results a person then took are not positive


class NotifyMethod(StrEnum):
    PHONE = "phone"
    MESSAGE = "message"  # SMS, Zalo
    LETTER = "letter"
    IN_PERSON = "in_person"  # came to the center, or was visited
