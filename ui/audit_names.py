"""What an audit entry's action and values read like in the viewer."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.core.domain.vocabulary import AuditAction as A
from ui.center_names import value_shown
from ui.record_names import column_name, setting_name, setting_value

ACTIONS = {
    A.INSERT: QT_TRANSLATE_NOOP("AuditValues", "created"),
    A.UPDATE: QT_TRANSLATE_NOOP("AuditValues", "changed"),
    A.VOID: QT_TRANSLATE_NOOP("AuditValues", "voided"),
    A.AMEND: QT_TRANSLATE_NOOP("AuditValues", "amended"),
    A.REOPEN: QT_TRANSLATE_NOOP("AuditValues", "reopened"),
    A.LEFT: QT_TRANSLATE_NOOP("AuditValues", "left before donating"),
    A.CLOSE: QT_TRANSLATE_NOOP("AuditValues", "drive closed"),
    A.START: QT_TRANSLATE_NOOP("AuditValues", "donation started"),
    A.RECORD: QT_TRANSLATE_NOOP("AuditValues", "donation recorded"),
    A.ABANDON: QT_TRANSLATE_NOOP("AuditValues", "abandoned"),
    A.USE: QT_TRANSLATE_NOOP("AuditValues", "DIN used"),
    A.RESERVE: QT_TRANSLATE_NOOP("AuditValues", "serial reserved"),
    A.ISSUE: QT_TRANSLATE_NOOP("AuditValues", "certificate issued"),
    A.REPRINT: QT_TRANSLATE_NOOP("AuditValues", "printed again"),
    A.WITHDRAW: QT_TRANSLATE_NOOP("AuditValues", "withdrawn"),
    A.NEW_INCARNATION: QT_TRANSLATE_NOOP("AuditValues", "new incarnation (restored copy)"),
    A.SIGN_IN: QT_TRANSLATE_NOOP("AuditValues", "signed in"),
    A.SIGN_IN_FAILED: QT_TRANSLATE_NOOP("AuditValues", "sign-in failed"),
    A.SIGN_OUT: QT_TRANSLATE_NOOP("AuditValues", "signed out"),
    A.SWITCH_PERSON: QT_TRANSLATE_NOOP("AuditValues", "person switched"),
    A.LOCK: QT_TRANSLATE_NOOP("AuditValues", "screen locked"),
    A.UNLOCK: QT_TRANSLATE_NOOP("AuditValues", "screen unlocked"),
    A.KEY_RECOVERY: QT_TRANSLATE_NOOP("AuditValues", "key recovered by the center"),
    A.EXPORT: QT_TRANSLATE_NOOP("AuditValues", "export written"),
    A.IMPORT: QT_TRANSLATE_NOOP("AuditValues", "file imported"),
    A.REGISTRY_IMPORT: QT_TRANSLATE_NOOP("AuditValues", "registry imported"),
    A.PACKAGE_INSTALL: QT_TRANSLATE_NOOP("AuditValues", "drive package installed"),
    A.PACKAGE_WRITTEN: QT_TRANSLATE_NOOP("AuditValues", "drive package written"),
    A.CERTIFICATE_KEYS_WRITTEN: QT_TRANSLATE_NOOP("AuditValues", "certificate keys published"),
    A.PACKAGE_NUMBER: QT_TRANSLATE_NOOP("AuditValues", "package number taken"),
    A.PRINT: QT_TRANSLATE_NOOP("AuditValues", "printed"),
    A.RULE_SET_INSTALL: QT_TRANSLATE_NOOP("AuditValues", "rule set installed"),
    A.BACKUP: QT_TRANSLATE_NOOP("AuditValues", "backup made"),
    A.RESTORE: QT_TRANSLATE_NOOP("AuditValues", "backup restored"),
    A.AUDIT_EXPORT: QT_TRANSLATE_NOOP("AuditValues", "audit trail exported"),
    A.MERGE: QT_TRANSLATE_NOOP("AuditValues", "merged from a site's file"),
    A.MERGE_PERSON: QT_TRANSLATE_NOOP("AuditValues", "two records made one person"),
    A.IMPORT_ACCEPTED: QT_TRANSLATE_NOOP("AuditValues", "site file accepted"),
    A.IMPORT_REJECTED: QT_TRANSLATE_NOOP("AuditValues", "site file rejected"),
    A.QUARANTINE_RELEASED: QT_TRANSLATE_NOOP("AuditValues", "unit released"),
    A.QUARANTINE_DISCARDED: QT_TRANSLATE_NOOP("AuditValues", "unit discarded"),
    A.RESOLVE_CONFLICT: QT_TRANSLATE_NOOP("AuditValues", "conflict resolved"),
    A.DISMISS_REVIEW: QT_TRANSLATE_NOOP("AuditValues", "not the same person"),
    A.MERGE_REVIEW: QT_TRANSLATE_NOOP("AuditValues", "same person merged"),
    A.LAB_IMPORT: QT_TRANSLATE_NOOP("AuditValues", "lab results imported"),
    A.LAB_RESULT: QT_TRANSLATE_NOOP("AuditValues", "lab result"),
    A.LAB_CONFLICT: QT_TRANSLATE_NOOP("AuditValues", "lab results differ"),
    A.LAB_CONFLICT_DECIDED: QT_TRANSLATE_NOOP("AuditValues", "lab difference decided"),
    A.LAB_RESULT_SUPERSEDED: QT_TRANSLATE_NOOP("AuditValues", "lab result superseded"),
    A.LAB_RESULT_TAKEN: QT_TRANSLATE_NOOP("AuditValues", "lab result taken"),
    A.LAB_RESULT_REJECTED: QT_TRANSLATE_NOOP("AuditValues", "lab result rejected"),
    A.LAB_NOTICE: QT_TRANSLATE_NOOP("AuditValues", "donor to be notified"),
    A.LAB_NOTICE_WITHDRAWN: QT_TRANSLATE_NOOP("AuditValues", "notice withdrawn"),
    A.LAB_NOTIFIED: QT_TRANSLATE_NOOP("AuditValues", "donor notified"),
}
VALUE_LIMIT = 80  # characters of one value shown in the list (the CSV holds them whole)


def action_name(code: str) -> str:
    source = ACTIONS.get(code)  # type: ignore[call-overload]
    return QCoreApplication.translate("AuditValues", source) if source else code


def changes_text(old: dict | None, new: dict | None, setting: str = "") -> str:
    """Old -> new values, one column after the other: "state: waiting -> voided"; a
    setting's by its name: "station shown last: check-in -> screening"."""
    old, new = old or {}, new or {}
    if setting:
        return _setting_text(setting, old, new)
    parts = []
    for column in dict.fromkeys([*old, *new]):
        after = _short(value_shown(column, new.get(column)))
        name = column_name(column) if column else ""
        if column in old:
            before = _short(value_shown(column, old.get(column)))
            parts.append(f"{name}: {before} → {after}" if name else f"{before} → {after}")
        else:
            parts.append(f"{name}: {after}" if name else after)
    return "; ".join(parts)


def _setting_text(key: str, old: dict, new: dict) -> str:
    def shown(value: object) -> str:
        named = setting_value(key, value) if isinstance(value, str) else value
        return _short(value_shown("value", named))

    after = shown(new.get("value"))
    if "value" in old:
        return f"{setting_name(key)}: {shown(old['value'])} → {after}"
    return f"{setting_name(key)}: {after}"


def _short(text: str) -> str:
    return text if len(text) <= VALUE_LIMIT else text[: VALUE_LIMIT - 1] + "…"
