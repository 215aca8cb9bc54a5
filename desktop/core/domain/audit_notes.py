"""The notes the application itself writes into the audit trail, as codes with
parameters, so that the viewer and its CSV export say them in the reader's language.

A note is stored as ``@code`` or ``@code {"param":"value",...}`` (the parameters as a
JSON object, keys sorted, non-ASCII as it is): that text is what the hash chain
commits to and it never changes. A reason a person typed is stored as typed; text that
is not exactly a catalogued code with its parameters (entries written before this
catalogue, in English) is shown as it is.
"""

import json
from enum import StrEnum

PREFIX = "@"


class AuditNote(StrEnum):
    SWITCH_PERSON = "switch_person"
    SIGNED_IN_PASSWORD = "signed_in_password"
    SIGNED_IN_AFTER_RESTORE = "signed_in_after_restore"
    SIGNED_IN_AFTER_DEMO = "signed_in_after_demo"
    SCREEN_LOCKED = "screen_locked"
    SCREEN_UNLOCKED = "screen_unlocked"
    PASSWORD_SET = "password_set"
    PASSWORD_FAILED = "password_failed"
    PIN_FAILED = "pin_failed"
    USER_NAME_SET = "user_name_set"
    FIRST_ADMINISTRATOR = "first_administrator"
    PIN_SET = "pin_set"
    PIN_REMOVED = "pin_removed"
    PIN_REMOVED_DEACTIVATED = "pin_removed_deactivated"
    KEY_ESCROWED = "key_escrowed"
    KEY_RECOVERED = "key_recovered"
    CERTIFICATES_PRINTED = "certificates_printed"
    LABELS_PRINTED = "labels_printed"
    DONOR_FROM_SCREENING = "donor_from_screening"
    DONATION_COUNTED = "donation_counted"
    DURATION_CONFIRMED = "duration_confirmed"
    IMPORT_INTERRUPTED = "import_interrupted"
    REGISTRY_IMPORTED = "registry_imported"
    PLAN_EDITED = "plan_edited"
    DESK_LETTER = "desk_letter"
    DESK_LETTER_FROM_CENTER = "desk_letter_from_center"
    DIN_BLOCK = "din_block"
    BLOCK_RESIZED = "block_resized"
    CERTIFICATE_SERIALS = "certificate_serials"
    DEVICE_ENROLLED = "device_enrolled"
    DEVICE_ENROLLED_AGAIN = "device_enrolled_again"
    COUNTERS_RECOMPUTED = "counters_recomputed"
    KEYS_PUBLISHED = "keys_published"
    PACKAGE_INSTALLED = "package_installed"
    EXPORT_WRITTEN = "export_written"
    ACKNOWLEDGED = "acknowledged"
    RESTORED_COPY_CENTER = "restored_copy_center"
    RESTORED_COPY_MARKER = "restored_copy_marker"
    RESTORED_FROM = "restored_from"
    RESTORED = "restored"
    BACKUP_MADE = "backup_made"
    BACKUP_USB = "backup_usb"
    BACKUP_SKIPPED = "backup_skipped"
    RULE_SET_INSTALLED = "rule_set_installed"
    AUDIT_EXPORTED = "audit_exported"
    INCARNATION_BY_HAND = "incarnation_by_hand"
    SAME_NATIONAL_ID = "same_national_id"


# Each code's parameters, sorted (a code not named here takes none).
PARAMS: dict[AuditNote, tuple[str, ...]] = {
    AuditNote.SWITCH_PERSON: ("after",),
    AuditNote.PASSWORD_FAILED: ("at",),
    AuditNote.PIN_FAILED: ("at",),
    AuditNote.USER_NAME_SET: ("user",),
    AuditNote.FIRST_ADMINISTRATOR: ("user",),
    AuditNote.KEY_ESCROWED: ("recipient",),
    AuditNote.KEY_RECOVERED: ("at", "user"),
    AuditNote.CERTIFICATES_PRINTED: ("issued", "reprinted"),
    AuditNote.LABELS_PRINTED: ("first", "last", "sets"),
    AuditNote.DURATION_CONFIRMED: ("maximum", "minimum", "minutes"),
    AuditNote.REGISTRY_IMPORTED: ("batch", "file", "inserted", "rows", "sha256", "updated"),
    AuditNote.DIN_BLOCK: ("drive",),
    AuditNote.BLOCK_RESIZED: ("size",),
    AuditNote.DEVICE_ENROLLED: ("folder",),
    AuditNote.DEVICE_ENROLLED_AGAIN: ("folder",),
    AuditNote.COUNTERS_RECOMPUTED: ("source",),
    AuditNote.KEYS_PUBLISHED: ("devices", "file", "revoked", "sha256", "voided"),
    AuditNote.PACKAGE_INSTALLED: ("counts", "file", "number", "sha256"),
    AuditNote.EXPORT_WRITTEN: ("file", "first", "last", "sha256"),
    AuditNote.ACKNOWLEDGED: ("at", "export"),
    AuditNote.RESTORED_COPY_CENTER: ("export", "incarnation", "local", "through"),
    AuditNote.RESTORED_COPY_MARKER: ("epoch", "export", "incarnation", "through"),
    AuditNote.RESTORED_FROM: ("made", "source"),
    AuditNote.RESTORED: ("aside", "source"),
    AuditNote.BACKUP_MADE: ("file", "reason"),
    AuditNote.BACKUP_USB: ("file", "recipients"),
    AuditNote.BACKUP_SKIPPED: ("free", "needed", "reason"),
    AuditNote.RULE_SET_INSTALLED: ("sha256", "version"),
    AuditNote.AUDIT_EXPORTED: ("count", "file", "filter"),
    AuditNote.SAME_NATIONAL_ID: ("source", "survivor"),
}


def audit_note(code: AuditNote, **params: object) -> str:
    """The stored form of a catalogued note; its parameters must be exactly the
    catalogue's (a programming error otherwise)."""
    names = PARAMS.get(code, ())
    if tuple(sorted(params)) != names:
        raise ValueError(f"audit note {code} takes {names}, not {sorted(params)}")
    if not params:
        return f"{PREFIX}{code}"
    values = {name: str(value) for name, value in params.items()}
    text = json.dumps(values, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    return f"{PREFIX}{code} {text}"


def parse_note(text: str) -> tuple[AuditNote, dict[str, str]] | None:
    """The code and parameters of a catalogued note; None for any other text (a
    reason someone typed, an entry written before the catalogue)."""
    if not text.startswith(PREFIX):
        return None
    head, _space, rest = text[len(PREFIX) :].partition(" ")
    try:
        code = AuditNote(head)
        params = json.loads(rest) if rest else {}
    except ValueError:
        return None
    if not isinstance(params, dict) or tuple(sorted(params)) != PARAMS.get(code, ()):
        return None
    if not all(isinstance(v, str) for v in params.values()):
        return None
    return code, params
