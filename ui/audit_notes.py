"""The application's own audit notes (codes with parameters, written by the core:
``desktop.core.domain.audit_notes``) said in the window's language. A reason a person
typed, and a note written before the catalogue existed, are shown as stored."""

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.core.backups.rotation import BackupReason
from desktop.core.domain.audit_notes import AuditNote as N
from desktop.core.domain.audit_notes import parse_note
from ui.messages import bytes_text

CONTEXT = "AuditNotes"
NOTES = {
    N.SWITCH_PERSON: QT_TRANSLATE_NOOP("AuditNotes", "after {after}"),
    N.SIGNED_IN_PASSWORD: QT_TRANSLATE_NOOP("AuditNotes", "signed in with a password"),
    N.SIGNED_IN_AFTER_RESTORE: QT_TRANSLATE_NOOP(
        "AuditNotes", "signed in again after a restore (no password typed)"
    ),
    N.SIGNED_IN_AFTER_DEMO: QT_TRANSLATE_NOOP(
        "AuditNotes", "signed in again after the demo was rebuilt (no password typed)"
    ),
    N.SCREEN_LOCKED: QT_TRANSLATE_NOOP("AuditNotes", "screen locked"),
    N.SCREEN_UNLOCKED: QT_TRANSLATE_NOOP("AuditNotes", "screen unlocked"),
    N.PASSWORD_SET: QT_TRANSLATE_NOOP("AuditNotes", "password set"),
    N.PASSWORD_FAILED: QT_TRANSLATE_NOOP("AuditNotes", "wrong password at {at}"),
    N.PIN_FAILED: QT_TRANSLATE_NOOP("AuditNotes", "wrong PIN at {at}"),
    N.USER_NAME_SET: QT_TRANSLATE_NOOP("AuditNotes", "user name {user}"),
    N.FIRST_ADMINISTRATOR: QT_TRANSLATE_NOOP("AuditNotes", "user name {user}, first administrator"),
    N.PIN_SET: QT_TRANSLATE_NOOP("AuditNotes", "PIN set"),
    N.PIN_REMOVED: QT_TRANSLATE_NOOP("AuditNotes", "PIN removed"),
    N.PIN_REMOVED_DEACTIVATED: QT_TRANSLATE_NOOP("AuditNotes", "PIN removed (deactivated)"),
    N.KEY_ESCROWED: QT_TRANSLATE_NOOP(
        "AuditNotes", "database key escrowed to the center ({recipient})"
    ),
    N.KEY_RECOVERED: QT_TRANSLATE_NOOP(
        "AuditNotes", "key file recovered at the center for {user} at {at}"
    ),
    N.CERTIFICATES_PRINTED: QT_TRANSLATE_NOOP(
        "AuditNotes", "certificates issued: {issued}; printed again: {reprinted}"
    ),
    N.LABELS_PRINTED: QT_TRANSLATE_NOOP("AuditNotes", "labels: {sets} sets, DIN {first}..{last}"),
    N.DONOR_FROM_SCREENING: QT_TRANSLATE_NOOP("AuditNotes", "from the screening"),
    N.DONATION_COUNTED: QT_TRANSLATE_NOOP("AuditNotes", "donation counted"),
    N.DURATION_CONFIRMED: QT_TRANSLATE_NOOP(
        "AuditNotes",
        "collection time of {minutes} min confirmed by the nurse (outside {minimum}-{maximum} min)",
    ),
    N.IMPORT_INTERRUPTED: QT_TRANSLATE_NOOP("AuditNotes", "import interrupted"),
    N.REGISTRY_IMPORTED: QT_TRANSLATE_NOOP(
        "AuditNotes",
        "{file} (sha256 {sha256}): {rows} rows, {inserted} new, {updated} updated,"
        " import batch {batch}",
    ),
    N.PLAN_EDITED: QT_TRANSLATE_NOOP("AuditNotes", "plan edited"),
    N.DESK_LETTER: QT_TRANSLATE_NOOP("AuditNotes", "desk letter"),
    N.DESK_LETTER_FROM_CENTER: QT_TRANSLATE_NOOP("AuditNotes", "desk letter given by the center"),
    N.DIN_BLOCK: QT_TRANSLATE_NOOP("AuditNotes", "DIN block for drive {drive}"),
    N.BLOCK_RESIZED: QT_TRANSLATE_NOOP("AuditNotes", "resized to {size}"),
    N.CERTIFICATE_SERIALS: QT_TRANSLATE_NOOP("AuditNotes", "certificate form serials"),
    N.DEVICE_ENROLLED: QT_TRANSLATE_NOOP("AuditNotes", "enrolled from {folder}"),
    N.DEVICE_ENROLLED_AGAIN: QT_TRANSLATE_NOOP("AuditNotes", "enrolled again from {folder}"),
    N.COUNTERS_RECOMPUTED: QT_TRANSLATE_NOOP("AuditNotes", "{source}: counters recomputed"),
    N.KEYS_PUBLISHED: QT_TRANSLATE_NOOP(
        "AuditNotes",
        "{file} (sha256 {sha256}): {devices} devices, {revoked} revoked, {voided} voided serials",
    ),
    N.PACKAGE_INSTALLED: QT_TRANSLATE_NOOP(
        "AuditNotes", "{file} (sha256 {sha256}) no. {number}: {counts}"
    ),
    N.EXPORT_WRITTEN: QT_TRANSLATE_NOOP(
        "AuditNotes", "{file} (sha256 {sha256}), changes {first}..{last}"
    ),
    N.ACKNOWLEDGED: QT_TRANSLATE_NOOP(
        "AuditNotes", "acknowledged by the center: export {export} ({at})"
    ),
    N.RESTORED_COPY_CENTER: QT_TRANSLATE_NOOP(
        "AuditNotes",
        "restored copy: the center holds changes through {through} of incarnation"
        " {incarnation} (export {export}), this database only through {local}",
    ),
    N.RESTORED_COPY_MARKER: QT_TRANSLATE_NOOP(
        "AuditNotes",
        "restored copy: exported through {through} in incarnation {incarnation}"
        " (epoch {epoch}), export {export}",
    ),
    N.RESTORED_FROM: QT_TRANSLATE_NOOP("AuditNotes", "restored from {source} (made {made})"),
    N.RESTORED: QT_TRANSLATE_NOOP(
        "AuditNotes", "from {source}; the file before it kept as {aside}"
    ),
    N.BACKUP_MADE: QT_TRANSLATE_NOOP("AuditNotes", "{reason}: {file}"),
    N.BACKUP_USB: QT_TRANSLATE_NOOP(
        "AuditNotes", "to a USB stick: {file} ({recipients} recipients)"
    ),
    N.BACKUP_SKIPPED: QT_TRANSLATE_NOOP(
        "AuditNotes", "{reason} not made: no room on the disk ({needed} needed, {free} free)"
    ),
    N.RULE_SET_INSTALLED: QT_TRANSLATE_NOOP("AuditNotes", "rule set {version} (sha256 {sha256})"),
    N.AUDIT_EXPORTED: QT_TRANSLATE_NOOP("AuditNotes", "{file}: {count} entries; filter {filter}"),
    N.INCARNATION_BY_HAND: QT_TRANSLATE_NOOP("AuditNotes", "new incarnation started by hand"),
    N.SAME_NATIONAL_ID: QT_TRANSLATE_NOOP("AuditNotes", "{source}: same CCCD as {survivor}"),
}
NOTHING = QT_TRANSLATE_NOOP("AuditNotes", "none")
BACKUP_REASONS = {
    BackupReason.PERIODIC: QT_TRANSLATE_NOOP("AuditNotes", "periodic backup"),
    BackupReason.DRIVE_CLOSE: QT_TRANSLATE_NOOP("AuditNotes", "backup at the drive's close"),
    BackupReason.EXIT: QT_TRANSLATE_NOOP("AuditNotes", "backup at exit"),
    BackupReason.MANUAL: QT_TRANSLATE_NOOP("AuditNotes", "backup made on request"),
}
SIZES = ("needed", "free")  # bytes: said in MB or GB
MOMENTS = ("at",)  # parameters holding a UTC time stamp: shown as local dd/mm/yyyy


def note_text(stored: str) -> str:
    """``stored`` (an audit entry's note) in the window's language."""
    parsed = parse_note(stored)
    if parsed is None:
        return stored
    code, params = parsed
    shown = {name: _value(name, value) for name, value in params.items()}
    return QCoreApplication.translate(CONTEXT, NOTES[code]).format(**shown)


def _value(name: str, value: str) -> str:
    if not value:
        return QCoreApplication.translate(CONTEXT, NOTHING)
    if name == "reason" and value in BACKUP_REASONS:
        return QCoreApplication.translate(CONTEXT, BACKUP_REASONS[value])  # type: ignore[index]
    if name in SIZES and value.isdigit():
        return bytes_text(value)
    if name in MOMENTS:
        try:
            moment = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return value
        if moment.tzinfo is not None:
            moment = moment.astimezone()
        return moment.strftime("%d/%m/%Y %H:%M:%S")
    return value
