"""The names of the records the audit trail and the center's views show: every kind of
record (table), every column a record's values can hold and every setting, in words
("CenterValues" context in Qt Linguist). tests/ui/test_record_names.py reads the schema
and fails naming any table or column without a name here."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

# Tables kept for the application's own bookkeeping: no service writes them through the
# audited writer and no audit entry names them.
UNAUDITED_TABLES = frozenset({
    "_sqlite_migrations", "record_version", "record_key", "merge_flag", "merge_hold",
    "donor_redirect", "secret", "registry_line",
    "tally",  # counters kept by triggers (db.schema), never by the audited writer
})  # fmt: skip
UNAUDITED_PREFIXES = ("donor_name_fts",)  # the name search's index and its shadow tables

TABLES = {
    "donor": QT_TRANSLATE_NOOP("CenterValues", "donor"),
    "donation": QT_TRANSLATE_NOOP("CenterValues", "blood unit"),
    "visit": QT_TRANSLATE_NOOP("CenterValues", "ticket"),
    "screening": QT_TRANSLATE_NOOP("CenterValues", "screening"),
    "drive": QT_TRANSLATE_NOOP("CenterValues", "drive"),
    "certificate": QT_TRANSLATE_NOOP("CenterValues", "certificate"),
    "din": QT_TRANSLATE_NOOP("CenterValues", "DIN label"),
    "din_roll": QT_TRANSLATE_NOOP("CenterValues", "label roll"),
    "staff": QT_TRANSLATE_NOOP("CenterValues", "staff member"),
    "reconciliation_note": QT_TRANSLATE_NOOP("CenterValues", "end-of-day note"),
    "started_donation": QT_TRANSLATE_NOOP("CenterValues", "donation in the chair"),
    "rule_set": QT_TRANSLATE_NOOP("CenterValues", "rule set"),
    "audit_log": QT_TRANSLATE_NOOP("CenterValues", "audit trail entry"),
    "setting": QT_TRANSLATE_NOOP("CenterValues", "setting"),
    "installation": QT_TRANSLATE_NOOP("CenterValues", "this installation"),
    "device": QT_TRANSLATE_NOOP("CenterValues", "laptop"),
    "staff_role": QT_TRANSLATE_NOOP("CenterValues", "staff role"),
    "staff_login": QT_TRANSLATE_NOOP("CenterValues", "sign-in"),
    "questionnaire_draft": QT_TRANSLATE_NOOP("CenterValues", "questionnaire draft"),
    "reserved_number": QT_TRANSLATE_NOOP("CenterValues", "numbers kept unused after a restore"),
    "export_log": QT_TRANSLATE_NOOP("CenterValues", "export file"),
    "center_import": QT_TRANSLATE_NOOP("CenterValues", "site file received"),
    "package_install": QT_TRANSLATE_NOOP("CenterValues", "drive package installed"),
    "package_log": QT_TRANSLATE_NOOP("CenterValues", "drive package written"),
    "registry_import": QT_TRANSLATE_NOOP("CenterValues", "registry import"),
    "drive_assignment": QT_TRANSLATE_NOOP("CenterValues", "drive assignment"),
    "number_block": QT_TRANSLATE_NOOP("CenterValues", "block of numbers"),
    "merge_conflict": QT_TRANSLATE_NOOP("CenterValues", "conflicting change"),
    "person_review": QT_TRANSLATE_NOOP("CenterValues", "possible same person"),
    "quarantine": QT_TRANSLATE_NOOP("CenterValues", "held unit"),
    "lab_import": QT_TRANSLATE_NOOP("CenterValues", "lab results file"),
    "lab_result": QT_TRANSLATE_NOOP("CenterValues", "lab result"),
    "lab_conflict": QT_TRANSLATE_NOOP("CenterValues", "lab difference"),
    "lab_notice": QT_TRANSLATE_NOOP("CenterValues", "donor notice"),
    "audit_anchor": QT_TRANSLATE_NOOP("CenterValues", "audit chain anchor"),
}
COLUMNS = {
    "full_name": QT_TRANSLATE_NOOP("CenterValues", "full name"),
    "national_id": QT_TRANSLATE_NOOP("CenterValues", "CCCD"),
    "old_id": QT_TRANSLATE_NOOP("CenterValues", "CMND"),
    "birth_date": QT_TRANSLATE_NOOP("CenterValues", "date of birth"),
    "sex": QT_TRANSLATE_NOOP("CenterValues", "sex"),
    "address": QT_TRANSLATE_NOOP("CenterValues", "address"),
    "phone": QT_TRANSLATE_NOOP("CenterValues", "phone"),
    "abo": QT_TRANSLATE_NOOP("CenterValues", "ABO group"),
    "rh": QT_TRANSLATE_NOOP("CenterValues", "Rh"),
    "din": QT_TRANSLATE_NOOP("CenterValues", "DIN"),
    "volume_ml": QT_TRANSLATE_NOOP("CenterValues", "volume (ml)"),
    "outcome": QT_TRANSLATE_NOOP("CenterValues", "outcome"),
    "donation_type": QT_TRANSLATE_NOOP("CenterValues", "donation type"),
    "bag_type": QT_TRANSLATE_NOOP("CenterValues", "bag type"),
    "bag_lot": QT_TRANSLATE_NOOP("CenterValues", "bag lot"),
    "started_at": QT_TRANSLATE_NOOP("CenterValues", "started at"),
    "ended_at": QT_TRANSLATE_NOOP("CenterValues", "ended at"),
    "deferral_until": QT_TRANSLATE_NOOP("CenterValues", "deferred until"),
    "deferral_reason": QT_TRANSLATE_NOOP("CenterValues", "deferral reason"),
    "deferral_permanent": QT_TRANSLATE_NOOP("CenterValues", "permanent deferral"),
    "decision": QT_TRANSLATE_NOOP("CenterValues", "decision"),
    "status": QT_TRANSLATE_NOOP("CenterValues", "state"),
    "code": QT_TRANSLATE_NOOP("CenterValues", "code"),
    "place_name": QT_TRANSLATE_NOOP("CenterValues", "place"),
    "drive_date": QT_TRANSLATE_NOOP("CenterValues", "date"),
    "serial": QT_TRANSLATE_NOOP("CenterValues", "serial"),
    "hb": QT_TRANSLATE_NOOP("CenterValues", "haemoglobin"),
    "weight_kg": QT_TRANSLATE_NOOP("CenterValues", "weight (kg)"),
    "abandon_reason": QT_TRANSLATE_NOOP("CenterValues", "reason abandoned"),
    "active": QT_TRANSLATE_NOOP("CenterValues", "active"),
    "answers": QT_TRANSLATE_NOOP("CenterValues", "answers"),
    "anti_hcv": QT_TRANSLATE_NOOP("CenterValues", "anti-HCV"),
    "anti_hiv": QT_TRANSLATE_NOOP("CenterValues", "anti-HIV"),
    "hbsag": QT_TRANSLATE_NOOP("CenterValues", "HBsAg"),
    "syphilis": QT_TRANSLATE_NOOP("CenterValues", "syphilis"),
    "nat": QT_TRANSLATE_NOOP("CenterValues", "NAT"),
    "audit_chain_hash": QT_TRANSLATE_NOOP("CenterValues", "audit chain hash"),
    "audit_chain_seq": QT_TRANSLATE_NOOP("CenterValues", "audit chain place"),
    "batch": QT_TRANSLATE_NOOP("CenterValues", "batch"),
    "bulk_at": QT_TRANSLATE_NOOP("CenterValues", "first registry stored in bulk since"),
    "bytes": QT_TRANSLATE_NOOP("CenterValues", "size (bytes)"),
    "campaign": QT_TRANSLATE_NOOP("CenterValues", "campaign"),
    "campaign_other": QT_TRANSLATE_NOOP("CenterValues", "other campaign"),
    "checked_in_at": QT_TRANSLATE_NOOP("CenterValues", "checked in at"),
    "checked_in_by": QT_TRANSLATE_NOOP("CenterValues", "checked in by"),
    "chosen": QT_TRANSLATE_NOOP("CenterValues", "version chosen"),
    "closed_at": QT_TRANSLATE_NOOP("CenterValues", "closed at"),
    "closed_by": QT_TRANSLATE_NOOP("CenterValues", "closed by"),
    "decided_at": QT_TRANSLATE_NOOP("CenterValues", "decided at"),
    "decided_by": QT_TRANSLATE_NOOP("CenterValues", "decided by"),
    "decision_reason": QT_TRANSLATE_NOOP("CenterValues", "reason for the decision"),
    "desk_letter": QT_TRANSLATE_NOOP("CenterValues", "desk letter"),
    "device_name": QT_TRANSLATE_NOOP("CenterValues", "laptop name"),
    "diastolic": QT_TRANSLATE_NOOP("CenterValues", "diastolic pressure"),
    "din_block_first": QT_TRANSLATE_NOOP("CenterValues", "first DIN of the block"),
    "din_block_last": QT_TRANSLATE_NOOP("CenterValues", "last DIN of the block"),
    "doctor_id": QT_TRANSLATE_NOOP("CenterValues", "doctor"),
    "donation_count": QT_TRANSLATE_NOOP("CenterValues", "donations"),
    "donation_id": QT_TRANSLATE_NOOP("CenterValues", "blood unit"),
    "donor_a": QT_TRANSLATE_NOOP("CenterValues", "first donor"),
    "donor_b": QT_TRANSLATE_NOOP("CenterValues", "second donor"),
    "donor_deferral_before": QT_TRANSLATE_NOOP("CenterValues", "donor's deferral before"),
    "donor_history_before": QT_TRANSLATE_NOOP("CenterValues", "donor's history before"),
    "donor_id": QT_TRANSLATE_NOOP("CenterValues", "donor"),
    "drive_id": QT_TRANSLATE_NOOP("CenterValues", "drive"),
    "duration_confirmed": QT_TRANSLATE_NOOP("CenterValues", "duration confirmed"),
    "enrolled_at": QT_TRANSLATE_NOOP("CenterValues", "enrolled at"),
    "epoch": QT_TRANSLATE_NOOP("CenterValues", "epoch"),
    "file_name": QT_TRANSLATE_NOOP("CenterValues", "file"),
    "fin": QT_TRANSLATE_NOOP("CenterValues", "FIN"),
    "first": QT_TRANSLATE_NOOP("CenterValues", "first number"),
    "first_rowid": QT_TRANSLATE_NOOP("CenterValues", "first row"),
    "first_sequence": QT_TRANSLATE_NOOP("CenterValues", "first number"),
    "for_device": QT_TRANSLATE_NOOP("CenterValues", "for the laptop"),
    "hb_g_l": QT_TRANSLATE_NOOP("CenterValues", "haemoglobin (g/l)"),
    "hb_method": QT_TRANSLATE_NOOP("CenterValues", "haemoglobin method"),
    "heads": QT_TRANSLATE_NOOP("CenterValues", "versions"),
    "heartbeat_at": QT_TRANSLATE_NOOP("CenterValues", "last sign of life"),
    "incarnation": QT_TRANSLATE_NOOP("CenterValues", "incarnation"),
    "integrity_code": QT_TRANSLATE_NOOP("CenterValues", "integrity code"),
    "items": QT_TRANSLATE_NOOP("CenterValues", "items"),
    "key": QT_TRANSLATE_NOOP("CenterValues", "setting"),
    "key_id": QT_TRANSLATE_NOOP("CenterValues", "key id"),
    "kind": QT_TRANSLATE_NOOP("CenterValues", "kind"),
    "scope": QT_TRANSLATE_NOOP("CenterValues", "drive, FIN or serial prefix"),
    "part": QT_TRANSLATE_NOOP("CenterValues", "desk letter or year"),
    "basis": QT_TRANSLATE_NOOP("CenterValues", "known from"),
    "lab_abo": QT_TRANSLATE_NOOP("CenterValues", "laboratory's ABO group"),
    "lab_import_id": QT_TRANSLATE_NOOP("CenterValues", "lab results file"),
    "lab_rh": QT_TRANSLATE_NOOP("CenterValues", "laboratory's Rh"),
    "label_prints": QT_TRANSLATE_NOOP("CenterValues", "label prints"),
    "last": QT_TRANSLATE_NOOP("CenterValues", "last number"),
    "last_change_seq": QT_TRANSLATE_NOOP("CenterValues", "last change number"),
    "last_donation_date": QT_TRANSLATE_NOOP("CenterValues", "last donation"),
    "last_donation_type": QT_TRANSLATE_NOOP("CenterValues", "last donation type"),
    "last_rowid": QT_TRANSLATE_NOOP("CenterValues", "last row"),
    "last_sequence": QT_TRANSLATE_NOOP("CenterValues", "last number"),
    "left_reason": QT_TRANSLATE_NOOP("CenterValues", "reason for leaving"),
    "left_well": QT_TRANSLATE_NOOP("CenterValues", "left in good health"),
    "line": QT_TRANSLATE_NOOP("CenterValues", "line"),
    "lines": QT_TRANSLATE_NOOP("CenterValues", "lines"),
    "local_changed_at": QT_TRANSLATE_NOOP("CenterValues", "changed here at"),
    "method": QT_TRANSLATE_NOOP("CenterValues", "how"),
    "mode": QT_TRANSLATE_NOOP("CenterValues", "paper"),
    "name_folded": QT_TRANSLATE_NOOP("CenterValues", "name for searching"),
    "note": QT_TRANSLATE_NOOP("CenterValues", "note"),
    "notified_by": QT_TRANSLATE_NOOP("CenterValues", "notified by"),
    "notified_on": QT_TRANSLATE_NOOP("CenterValues", "notified on"),
    "number": QT_TRANSLATE_NOOP("CenterValues", "number"),
    "ordinal": QT_TRANSLATE_NOOP("CenterValues", "order"),
    "organizer": QT_TRANSLATE_NOOP("CenterValues", "organizer"),
    "origin": QT_TRANSLATE_NOOP("CenterValues", "label origin"),
    "overridden_rules": QT_TRANSLATE_NOOP("CenterValues", "rules overridden"),
    "override_reason": QT_TRANSLATE_NOOP("CenterValues", "reason for overriding"),
    "params": QT_TRANSLATE_NOOP("CenterValues", "details"),
    "person_id": QT_TRANSLATE_NOOP("CenterValues", "person"),
    "phlebotomist_id": QT_TRANSLATE_NOOP("CenterValues", "nurse at the chair"),
    "prefix": QT_TRANSLATE_NOOP("CenterValues", "prefix"),
    "print_count": QT_TRANSLATE_NOOP("CenterValues", "times printed"),
    "printed_at": QT_TRANSLATE_NOOP("CenterValues", "printed at"),
    "printed_by": QT_TRANSLATE_NOOP("CenterValues", "printed by"),
    "proposed_decision": QT_TRANSLATE_NOOP("CenterValues", "proposed decision"),
    "proposed_until": QT_TRANSLATE_NOOP("CenterValues", "proposed deferral until"),
    "proposed_volume_ml": QT_TRANSLATE_NOOP("CenterValues", "proposed volume (ml)"),
    "province_code": QT_TRANSLATE_NOOP("CenterValues", "province code"),
    "province_name": QT_TRANSLATE_NOOP("CenterValues", "province"),
    "pulse": QT_TRANSLATE_NOOP("CenterValues", "pulse"),
    "pulse_regular": QT_TRANSLATE_NOOP("CenterValues", "regular pulse"),
    "questionnaire": QT_TRANSLATE_NOOP("CenterValues", "questionnaire"),
    "questionnaire_at": QT_TRANSLATE_NOOP("CenterValues", "questionnaire at"),
    "questionnaire_by": QT_TRANSLATE_NOOP("CenterValues", "questionnaire by"),
    "queue_letter": QT_TRANSLATE_NOOP("CenterValues", "queue letter"),
    "queue_no": QT_TRANSLATE_NOOP("CenterValues", "queue number"),
    "rare_blood": QT_TRANSLATE_NOOP("CenterValues", "rare blood"),
    "reaction": QT_TRANSLATE_NOOP("CenterValues", "reaction"),
    "reaction_action": QT_TRANSLATE_NOOP("CenterValues", "what was done"),
    "reaction_at": QT_TRANSLATE_NOOP("CenterValues", "reaction at"),
    "reaction_severity": QT_TRANSLATE_NOOP("CenterValues", "severity"),
    "reason": QT_TRANSLATE_NOOP("CenterValues", "reason"),
    "reasons": QT_TRANSLATE_NOOP("CenterValues", "reasons"),
    "recipient": QT_TRANSLATE_NOOP("CenterValues", "encryption recipient"),
    "record_id": QT_TRANSLATE_NOOP("CenterValues", "record"),
    "recorded_abo": QT_TRANSLATE_NOOP("CenterValues", "recorded ABO group"),
    "recorded_rh": QT_TRANSLATE_NOOP("CenterValues", "recorded Rh"),
    "registry_donation_count": QT_TRANSLATE_NOOP("CenterValues", "donations in the registry"),
    "registry_imported_at": QT_TRANSLATE_NOOP("CenterValues", "registry imported at"),
    "registry_last_donation_date": QT_TRANSLATE_NOOP(
        "CenterValues", "last donation in the registry"
    ),
    "registry_last_donation_type": QT_TRANSLATE_NOOP(
        "CenterValues", "last donation type in the registry"
    ),
    "reserve_club": QT_TRANSLATE_NOOP("CenterValues", "reserve club"),
    "resolution": QT_TRANSLATE_NOOP("CenterValues", "resolution"),
    "resolved_at": QT_TRANSLATE_NOOP("CenterValues", "resolved at"),
    "resolved_by": QT_TRANSLATE_NOOP("CenterValues", "resolved by"),
    "result_id": QT_TRANSLATE_NOOP("CenterValues", "lab result"),
    "revoke_reason": QT_TRANSLATE_NOOP("CenterValues", "reason revoked"),
    "revoked_at": QT_TRANSLATE_NOOP("CenterValues", "revoked at"),
    "revoked_by": QT_TRANSLATE_NOOP("CenterValues", "revoked by"),
    "role": QT_TRANSLATE_NOOP("CenterValues", "role"),
    "rule_set_sha256": QT_TRANSLATE_NOOP("CenterValues", "rule set checksum"),
    "rule_set_version": QT_TRANSLATE_NOOP("CenterValues", "rule set version"),
    "seq_from": QT_TRANSLATE_NOOP("CenterValues", "from change"),
    "seq_to": QT_TRANSLATE_NOOP("CenterValues", "to change"),
    "sequence": QT_TRANSLATE_NOOP("CenterValues", "sequence number"),
    "sha256": QT_TRANSLATE_NOOP("CenterValues", "checksum (SHA-256)"),
    "signing_key": QT_TRANSLATE_NOOP("CenterValues", "signing key"),
    "singleton": QT_TRANSLATE_NOOP("CenterValues", "single row"),
    "site_code": QT_TRANSLATE_NOOP("CenterValues", "site code"),
    "source": QT_TRANSLATE_NOOP("CenterValues", "source"),
    "staff_id": QT_TRANSLATE_NOOP("CenterValues", "staff member"),
    "staged_import": QT_TRANSLATE_NOOP("CenterValues", "import in progress"),
    "staged_rows": QT_TRANSLATE_NOOP("CenterValues", "rows staged"),
    "street_address": QT_TRANSLATE_NOOP("CenterValues", "street address"),
    "systolic": QT_TRANSLATE_NOOP("CenterValues", "systolic pressure"),
    "target_units": QT_TRANSLATE_NOOP("CenterValues", "target units"),
    "temperature_c": QT_TRANSLATE_NOOP("CenterValues", "temperature (°C)"),
    "tested_on": QT_TRANSLATE_NOOP("CenterValues", "tested on"),
    "title": QT_TRANSLATE_NOOP("CenterValues", "title"),
    "value": QT_TRANSLATE_NOOP("CenterValues", "value"),
    "version": QT_TRANSLATE_NOOP("CenterValues", "version"),
    "visit_id": QT_TRANSLATE_NOOP("CenterValues", "ticket"),
    "void_reason": QT_TRANSLATE_NOOP("CenterValues", "reason voided"),
    "ward_code": QT_TRANSLATE_NOOP("CenterValues", "ward code"),
    "ward_name": QT_TRANSLATE_NOOP("CenterValues", "ward"),
    "warnings": QT_TRANSLATE_NOOP("CenterValues", "warnings"),
    "width": QT_TRANSLATE_NOOP("CenterValues", "digits"),
    "written_at": QT_TRANSLATE_NOOP("CenterValues", "written at"),
    "written_by": QT_TRANSLATE_NOOP("CenterValues", "written by"),
    "year": QT_TRANSLATE_NOOP("CenterValues", "year"),
    "counts": QT_TRANSLATE_NOOP("CenterValues", "counts"),
    "imported_at": QT_TRANSLATE_NOOP("CenterValues", "imported at"),
    "imported_by": QT_TRANSLATE_NOOP("CenterValues", "imported by"),
    "table_name": QT_TRANSLATE_NOOP("CenterValues", "kind of record"),
}
# The settings a "setting" record holds (its key), as the audit trail shows them.
SETTINGS = {
    "language": QT_TRANSLATE_NOOP("CenterValues", "interface language"),
    "last_folder": QT_TRANSLATE_NOOP("CenterValues", "last folder used"),
    "facility_name": QT_TRANSLATE_NOOP("CenterValues", "facility's name"),
    "center_contact": QT_TRANSLATE_NOOP("CenterValues", "center's contact line"),
    "desk_letter": QT_TRANSLATE_NOOP("CenterValues", "desk letter"),
    "din_block_first": QT_TRANSLATE_NOOP("CenterValues", "first DIN of the block"),
    "din_block_last": QT_TRANSLATE_NOOP("CenterValues", "last DIN of the block"),
    "last_drive": QT_TRANSLATE_NOOP("CenterValues", "drive shown last"),
    "last_station": QT_TRANSLATE_NOOP("CenterValues", "station shown last"),
    "backup_interval_minutes": QT_TRANSLATE_NOOP("CenterValues", "minutes between backups"),
    "backup_admin_recipient": QT_TRANSLATE_NOOP("CenterValues", "administrator's backup key"),
    "checkin_queue_tickets": QT_TRANSLATE_NOOP("CenterValues", "queue tickets printed"),
    "queue_ticket_printer": QT_TRANSLATE_NOOP("CenterValues", "queue ticket printer"),
    "fin": QT_TRANSLATE_NOOP("CenterValues", "FIN"),
    "sample_tubes": QT_TRANSLATE_NOOP("CenterValues", "sample tubes"),
    "certificate_paper": QT_TRANSLATE_NOOP("CenterValues", "certificate paper"),
    "certificate_destination": QT_TRANSLATE_NOOP("CenterValues", "certificates printed to"),
    "min_collection_minutes": QT_TRANSLATE_NOOP("CenterValues", "shortest collection (minutes)"),
    "max_collection_minutes": QT_TRANSLATE_NOOP("CenterValues", "longest collection (minutes)"),
    "center_acknowledged_seq": QT_TRANSLATE_NOOP("CenterValues", "changes the center acknowledged"),
    "center_age_recipient": QT_TRANSLATE_NOOP("CenterValues", "center's encryption key"),
    "escrow_age_recipient": QT_TRANSLATE_NOOP("CenterValues", "center's escrow key"),
    "center_signing_key": QT_TRANSLATE_NOOP("CenterValues", "center's signing key"),
    "rule_set": QT_TRANSLATE_NOOP("CenterValues", "rule set"),
    "rule_set_cases": QT_TRANSLATE_NOOP("CenterValues", "rule set's validation table"),
    "demo": QT_TRANSLATE_NOOP("CenterValues", "demo database"),
    "labels_count": QT_TRANSLATE_NOOP("CenterValues", "label sets per print"),
    "labels_layout": QT_TRANSLATE_NOOP("CenterValues", "label layout"),
    "labels_destination": QT_TRANSLATE_NOOP("CenterValues", "labels printed to"),
    "labels_printer": QT_TRANSLATE_NOOP("CenterValues", "label printer"),
}
# The stations ``last_station`` names (desktop.core.foundation.settings.STATIONS).
STATIONS = {
    "checkin": QT_TRANSLATE_NOOP("CenterValues", "check-in"),
    "screening": QT_TRANSLATE_NOOP("CenterValues", "screening"),
    "collection": QT_TRANSLATE_NOOP("CenterValues", "collection"),
    "certificates": QT_TRANSLATE_NOOP("CenterValues", "certificates"),
}
SETTING_PREFIXES = {
    "overlay_offset:": QT_TRANSLATE_NOOP("CenterValues", "pre-printed form offset of {printer}"),
}


def _text(table: dict[str, str], code: str | None) -> str:
    if not code:
        return ""
    source = table.get(code)
    return QCoreApplication.translate("CenterValues", source) if source else code


def is_audited(table: str) -> bool:
    return table not in UNAUDITED_TABLES and not table.startswith(UNAUDITED_PREFIXES)


def table_name(code: str) -> str:
    return _text(TABLES, code)


def column_name(code: str) -> str:
    """A column in words; one without a name here is shown with spaces, never a code."""
    return _text(COLUMNS, code) if code in COLUMNS else code.replace("_", " ")


def setting_name(key: str) -> str:
    """A setting in words (its key with spaces when it has no name here)."""
    if key in SETTINGS:
        return _text(SETTINGS, key)
    for prefix, source in SETTING_PREFIXES.items():
        if key.startswith(prefix):
            said = QCoreApplication.translate("CenterValues", source)
            return said.format(printer=key[len(prefix) :])
    return key.replace("_", " ")


def setting_value(key: str, value: str) -> str:
    """A setting's value in words where it is a code (the station shown last)."""
    return _text(STATIONS, value) if key == "last_station" else value
