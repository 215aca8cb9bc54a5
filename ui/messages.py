"""Turning the core's problem codes and coded values into translated sentences.

The core reports ``Problem(code, params)``; each code has an English source sentence
here, marked for Qt Linguist with QT_TRANSLATE_NOOP, and is translated when shown.

Longer than our 400-line habit on purpose: ``PROBLEMS`` is one catalog, grouped by
station, that a translator and a test (every code the core raises has a sentence) read
as a whole; split, a code would be looked for in several files.
"""

import datetime as dt
from collections.abc import Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.core.domain.dates import dmy
from desktop.core.domain.problems import Problem
from desktop.core.eligibility.reasons import reason_label
from desktop.core.exchange.lab_import import LabFileStatus, LabReport
from desktop.core.foundation.base_service import storage_problem
from desktop.core.registry.importer import ImportReport
from ui.translators import current_language
from ui.value_names import donation_type_name, role_name


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


PROBLEMS = {
    # identity
    "cccd_format": QT_TRANSLATE_NOOP("Messages", "A CCCD number has exactly 12 digits."),
    "cccd_province": QT_TRANSLATE_NOOP(
        "Messages", "The CCCD starts with {code}, which is not a province code."
    ),
    "cccd_sex_century": QT_TRANSLATE_NOOP(
        "Messages",
        "The 4th digit of the CCCD ({digit}) does not match the sex and birth century"
        " (it should be {expected}).",
    ),
    "cccd_birth_year": QT_TRANSLATE_NOOP(
        "Messages",
        "Digits 5-6 of the CCCD ({digits}) do not match the year of birth {year}.",
    ),
    "old_id_format": QT_TRANSLATE_NOOP("Messages", "An old CMND number has 9 or 12 digits."),
    "too_many_digits": QT_TRANSLATE_NOOP(
        "Messages",
        "{count} digits: a CCCD has 12 digits, an old CMND 9 or 12, a mobile number 10."
        " Check the number.",
    ),
    "phone_format": QT_TRANSLATE_NOOP(
        "Messages", "Not a Vietnamese mobile number (10 digits, e.g. 0912 345 678)."
    ),
    "id_required": QT_TRANSLATE_NOOP("Messages", "Enter the CCCD or the old CMND number."),
    "id_registered": QT_TRANSLATE_NOOP("Messages", "This number is already registered, to {name}."),
    "id_in_import": QT_TRANSLATE_NOOP(
        "Messages",
        "Number {value} arrives with the registry being imported right now: wait until the"
        " import has finished, then search for the donor again.",
    ),
    # card scans
    "qr_not_card": QT_TRANSLATE_NOOP("Messages", "This is not the QR code of a CCCD card."),
    "qr_field_count": QT_TRANSLATE_NOOP(
        "Messages", "The card QR has {count} fields instead of 6 or 7; scan it again."
    ),
    "qr_birth_date": QT_TRANSLATE_NOOP(
        "Messages", "The card QR holds an invalid date of birth ({value}); scan it again."
    ),
    "qr_sex": QT_TRANSLATE_NOOP(
        "Messages", "The card QR holds an unknown sex ({value}); scan it again."
    ),
    "qr_name": QT_TRANSLATE_NOOP("Messages", "The card QR holds no name; scan it again."),
    "qr_old_id": QT_TRANSLATE_NOOP(
        "Messages", "The card QR holds an invalid old CMND ({value}); scan it again."
    ),
    # forms
    "required": QT_TRANSLATE_NOOP("Messages", "Required."),
    "name_invalid": QT_TRANSLATE_NOOP(
        "Messages", "A name has letters only (no digits or symbols), at most 100 characters."
    ),
    "date_invalid": QT_TRANSLATE_NOOP(
        "Messages", "{value} is not a real date; write it as dd/mm/yyyy."
    ),
    "birth_date_implausible": QT_TRANSLATE_NOOP(
        "Messages", "The date of birth cannot be in the future or before 1900."
    ),
    "donor_not_found": QT_TRANSLATE_NOOP("Messages", "This donor no longer exists."),
    # the database
    "database_busy": QT_TRANSLATE_NOOP(
        "Messages",
        "The database is busy: another program (a registry import, perhaps) is writing"
        " to it. Nothing was changed; try again in a moment.",
    ),
    "registry_loading": QT_TRANSLATE_NOOP(
        "Messages",
        "A registry import is storing a whole registry on this laptop, or removing one"
        " that did not go through: nothing can be saved until it is done. Nothing was"
        " changed; try again in a few minutes, once the import has finished.",
    ),
    "disk_full": QT_TRANSLATE_NOOP(
        "Messages",
        "The disk is full: nothing was saved. Free some space (empty the recycle bin,"
        " remove old files), then try again.",
    ),
    "out_of_memory": QT_TRANSLATE_NOOP(
        "Messages",
        "The laptop ran out of memory and the work stopped: nothing was changed. Close the"
        " other programs, then try again.",
    ),
    # the audit trail's hash chain (``hmtn audit verify``, the check at start, the center)
    "audit_chain_altered": QT_TRANSLATE_NOOP(
        "Messages",
        "Entry {position} of device {device} (written {at}) was changed after it was"
        " written: its content no longer matches the chain.",
    ),
    "audit_chain_missing": QT_TRANSLATE_NOOP(
        "Messages",
        "Entries of device {device} are missing before entry {position} (written {at}):"
        " the chain should go on from entry {expected}. They were deleted.",
    ),
    "audit_chain_duplicate": QT_TRANSLATE_NOOP(
        "Messages",
        "Device {device} has two entries at place {position} of its chain (one written"
        " {at}): one of them was added afterwards.",
    ),
    "audit_chain_unchained": QT_TRANSLATE_NOOP(
        "Messages",
        "An entry written {at} ({entry}) is in no chain: it was added outside the application.",
    ),
    "audit_chain_truncated": QT_TRANSLATE_NOOP(
        "Messages",
        "The last entries of device {device} are missing: the chain ends before entry"
        " {expected}, and this laptop recorded entry {position} as its last.",
    ),
    "audit_chain_beyond_head": QT_TRANSLATE_NOOP(
        "Messages",
        "Device {device} has entries after the last one it recorded (up to entry"
        " {position}): they were added outside the application.",
    ),
    "audit_chain_restarted": QT_TRANSLATE_NOOP(
        "Messages",
        "The chain of device {device} starts again at entry {position} (written {at})"
        " without continuing the entries the center holds, and not as a laptop restored from"
        " a backup goes on (with a new incarnation, from an entry the center holds): entries"
        " were replaced.",
    ),
    "audit_chain_restored": QT_TRANSLATE_NOOP(
        "Messages",
        "Device {device} was restored from a backup: its chain goes on from entry {position},"
        " which the center holds. Entries {lost} to {expected}, made after that backup, are no"
        " longer on the laptop; the center keeps them.",
    ),
    "audit_chain_gap": QT_TRANSLATE_NOOP(
        "Messages",
        "The file's audit trail of device {device} does not continue the chain the center"
        " holds: entries {expected} to {position} are missing (deleted on the laptop).",
    ),
    "audit_chain_fork": QT_TRANSLATE_NOOP(
        "Messages",
        "The file's audit trail of device {device} differs from what the center holds at"
        " entry {position}: entries were changed or replaced on the laptop.",
    ),
    "audit_chain_head_mismatch": QT_TRANSLATE_NOOP(
        "Messages",
        "The file's audit trail of device {device} does not end at the chain head its"
        " manifest names (entry {expected}): entries were left out or changed.",
    ),
    # backups and restore
    "backup_disk_full": QT_TRANSLATE_NOOP(
        "Messages",
        "The disk or USB stick of {folder} is full: the backup was not made and no file was"
        " left there. Free some space or use another stick, then try again.",
    ),
    "usb_backup_no_room": QT_TRANSLATE_NOOP(
        "Messages",
        "The USB backup was not made: it is first prepared on this laptop's disk ({folder}),"
        " which needs {needed} there and would leave less than {keep_free} free (it has"
        " {free}). Nothing was written. Free some space on the laptop's disk and try again.",
    ),
    "backup_no_room": QT_TRANSLATE_NOOP(
        "Messages",
        "The backup was not made: it needs {needed}, and even with the older backups removed"
        " the disk of {folder} would keep less than {keep_free} free (it has {free}) or the"
        " backups there would take more than {limit} (a quarter of the disk). The latest"
        " backup is kept. Free some space on the disk, or back up to a USB stick.",
    ),
    "backup_not_written": QT_TRANSLATE_NOOP(
        "Messages",
        "The backup could not be written to {folder} ({error}); no file was left there."
        " Check that the USB stick is still plugged in, or use another one.",
    ),
    "backup_file_exists": QT_TRANSLATE_NOOP(
        "Messages", "{file} is already there and was left as it is; nothing was written."
    ),
    "backup_admin_key_missing": QT_TRANSLATE_NOOP(
        "Messages",
        "A backup for a USB stick is encrypted for the administrator's backup key, and this"
        " laptop has none yet. Make it first (Backups, Make the administrator's backup"
        " key), on the administrator's own USB stick.",
    ),
    "backup_identity_needed": QT_TRANSLATE_NOOP(
        "Messages",
        "A backup from a USB stick is encrypted: choose the administrator's backup key file"
        " (or the center's key) to open it.",
    ),
    "backup_identity_bad": QT_TRANSLATE_NOOP(
        "Messages", "{file} is not a backup key (an age identity file)."
    ),
    "backup_not_for_key": QT_TRANSLATE_NOOP(
        "Messages",
        "{file} was not made for this key: it opens only with the backup key of the"
        " administrator who made it, or the center's.",
    ),
    "backup_unreadable": QT_TRANSLATE_NOOP(
        "Messages",
        "{file} is not a backup of this laptop's database (or it was made with another"
        " database key); nothing was restored.",
    ),
    "backup_damaged": QT_TRANSLATE_NOOP(
        "Messages",
        "{file} is damaged (the database check found: {detail}); nothing was restored."
        " Choose another backup.",
    ),
    "backup_not_hmtn": QT_TRANSLATE_NOOP(
        "Messages", "{file} is a database of another program; nothing was restored."
    ),
    "backup_chain_broken": QT_TRANSLATE_NOOP(
        "Messages",
        "The audit trail of {file} was altered; nothing was restored. Choose another backup"
        " and tell the center.",
    ),
    "restore_database_open": QT_TRANSLATE_NOOP(
        "Messages",
        "The database is still open in this program: close it before restoring a backup"
        " into it. Nothing was restored.",
    ),
    # printers
    "printer_refused": QT_TRANSLATE_NOOP(
        "Messages",
        "The printer did not accept the pages. Check that it is on and connected, then try again.",
    ),
    # drives
    "drive_code_format": QT_TRANSLATE_NOOP(
        "Messages", "2 to 20 letters, digits or hyphens, without accents (e.g. HM261124)."
    ),
    "drive_code_taken": QT_TRANSLATE_NOOP("Messages", "Another drive already has code {value}."),
    "target_units_range": QT_TRANSLATE_NOOP(
        "Messages", "Enter the target number of units, from 1 to {max}."
    ),
    "drive_not_found": QT_TRANSLATE_NOOP("Messages", "There is no drive with code {code}."),
    "drive_closed": QT_TRANSLATE_NOOP(
        "Messages", "Drive {code} is closed; no one can be checked in."
    ),
    # settings
    "site_code_format": QT_TRANSLATE_NOOP(
        "Messages", "2 to 12 letters, digits or hyphens, without accents (e.g. TTHH-HN)."
    ),
    "too_long": QT_TRANSLATE_NOOP("Messages", "At most {max} characters."),
    "desk_letter_format": QT_TRANSLATE_NOOP(
        "Messages", '"{value}" is not a desk letter: one letter from A to Z, without accents.'
    ),
    "desk_letter_in_use": QT_TRANSLATE_NOOP(
        "Messages",
        "Drive {drive} is open and this laptop has given tickets of letter {letter} there:"
        " change the desk letter after closing it.",
    ),
    "din_block_range": QT_TRANSLATE_NOOP(
        "Messages", '"{value}" is not a DIN sequence number: a whole number from 1 to {max}.'
    ),
    "din_block_order": QT_TRANSLATE_NOOP(
        "Messages", "The last number of the block must not be below the first ({first})."
    ),
    # the export file for the center: writing one at a site
    "center_keys_missing": QT_TRANSLATE_NOOP(
        "Messages",
        "Set the center's keys first (Settings, Set the center's keys…; or hmtn device"
        " set-center): the file is encrypted to them. Nothing was written.",
    ),
    "center_keys_invalid": QT_TRANSLATE_NOOP(
        "Messages",
        "The center's keys kept on this laptop are not valid: install them again from the"
        " center's folder. Nothing was written.",
    ),
    "export_site_code_missing": QT_TRANSLATE_NOOP(
        "Messages", "Set the site code first: Settings, Set up this site. Nothing was written."
    ),
    "export_folder_missing": QT_TRANSLATE_NOOP(
        "Messages",
        "The folder {folder} is not there (is the USB stick plugged in?). Nothing was written.",
    ),
    "export_file_exists": QT_TRANSLATE_NOOP(
        "Messages",
        "{file} is already there and was left as it is; nothing was written. Export again:"
        " the next file gets a new number.",
    ),
    "export_disk_full": QT_TRANSLATE_NOOP(
        "Messages",
        "The disk or USB stick of {folder} is full: no file was left there. Free some space"
        " or use another stick, then export again.",
    ),
    "export_not_written": QT_TRANSLATE_NOOP(
        "Messages",
        "The export file could not be written to {folder} ({error}); no file was left"
        " there. Try again, or use another USB stick.",
    ),
    "export_verify_failed": QT_TRANSLATE_NOOP(
        "Messages",
        "{file} did not read back as it was written (a faulty USB stick?) and was removed."
        " Use another stick and export again.",
    ),
    # the export file for the center: why the center did not open one
    "export_unsigned": QT_TRANSLATE_NOOP(
        "Messages",
        "The file has no signature beside it (its .minisig file), so it cannot be trusted."
        " Copy both files of the export.",
    ),
    "export_signature_invalid": QT_TRANSLATE_NOOP(
        "Messages",
        "The file does not match its signature: it is incomplete (a copy that did not"
        " finish), damaged or altered. Copy it again, or export again on the laptop.",
    ),
    "export_unknown_signer": QT_TRANSLATE_NOOP(
        "Messages",
        "The file is signed with a key that no enrolled device holds (key {key_id}), or by"
        " a revoked device; it was not opened.",
    ),
    "export_not_for_this_center": QT_TRANSLATE_NOOP(
        "Messages", "The file was not encrypted for this center's key; it was not opened."
    ),
    "export_truncated": QT_TRANSLATE_NOOP(
        "Messages",
        "The file ends too early: it is incomplete. Copy it again, or export again on the laptop.",
    ),
    "export_damaged": QT_TRANSLATE_NOOP(
        "Messages",
        "The file is damaged and cannot be read. Copy it again, or export again on the laptop.",
    ),
    "export_manifest_signature_invalid": QT_TRANSLATE_NOOP(
        "Messages",
        "The list of contents inside the file is not signed by the device that signed the"
        " file; nothing from it was used.",
    ),
    "export_unknown_format": QT_TRANSLATE_NOOP(
        "Messages",
        "The file is in a format this version does not know ({format}, version {version});"
        " install the version that wrote it.",
    ),
    "export_foreign_device": QT_TRANSLATE_NOOP(
        "Messages",
        "The file is signed by one device but says it comes from another ({device});"
        " nothing from it was used.",
    ),
    "export_wrong_site": QT_TRANSLATE_NOOP(
        "Messages",
        "The file says it comes from site {site}, but its device was enrolled for site"
        " {enrolled}; nothing from it was used.",
    ),
    "import_file_missing": QT_TRANSLATE_NOOP(
        "Messages", "There is no file {file} (is the USB stick plugged in, the name right?)."
    ),
    "import_not_a_file": QT_TRANSLATE_NOOP(
        "Messages", "{file} is a folder: choose the .hmtn.age files inside it."
    ),
    "import_unreadable": QT_TRANSLATE_NOOP(
        "Messages", "{file} could not be read ({error}); nothing from it was used."
    ),
    "import_rejected_other": QT_TRANSLATE_NOOP("Messages", "The file was not accepted: {reason}"),
    "export_manifest_mismatch": QT_TRANSLATE_NOOP(
        "Messages",
        "The content of the file does not match its list of contents: it was altered;"
        " nothing from it was used.",
    ),
    "export_part_missing": QT_TRANSLATE_NOOP(
        "Messages",
        "The file lacks a part its list of contents names ({name}); nothing from it was used.",
    ),
    "export_unexpected_member": QT_TRANSLATE_NOOP(
        "Messages",
        "The file holds something an export never holds ({name}); nothing from it was used.",
    ),
    "export_damaged_line": QT_TRANSLATE_NOOP(
        "Messages",
        "Record {line} of {name} in the file cannot be read; nothing from it was used.",
    ),
    "export_too_large": QT_TRANSLATE_NOOP(
        "Messages",
        "A part of the file is larger than an export can be ({name}); it was not opened.",
    ),
    # drive packages (the center's file for one laptop): writing one at the center
    "package_file_exists": QT_TRANSLATE_NOOP(
        "Messages",
        "{file} is already there and was left as it is; nothing was written. Prepare the"
        " package again: the next one gets a new number.",
    ),
    "package_disk_full": QT_TRANSLATE_NOOP(
        "Messages",
        "The disk or USB stick of {folder} is full: no file was left there. Free some space"
        " or use another stick, then prepare the package again.",
    ),
    "package_not_written": QT_TRANSLATE_NOOP(
        "Messages",
        "The package could not be written to {folder} ({error}); no file was left there."
        " Try again, or use another USB stick.",
    ),
    "package_verify_failed": QT_TRANSLATE_NOOP(
        "Messages",
        "{file} did not read back as it was written (a faulty USB stick?) and was removed."
        " Use another stick and prepare the package again.",
    ),
    "package_folder_missing": QT_TRANSLATE_NOOP(
        "Messages",
        "The folder {folder} is not there (is the USB stick plugged in?). Nothing was written.",
    ),
    "package_no_recipient": QT_TRANSLATE_NOOP(
        "Messages",
        "Device {device} was enrolled with an older enrolment file, without its age key: a"
        " package cannot be encrypted for it. Enrol the device again (hmtn device enrol on"
        " the laptop, then add its folder here). Nothing was written.",
    ),
    "package_device_revoked": QT_TRANSLATE_NOOP(
        "Messages",
        "Device {device} is revoked: the center writes it no package. Nothing was written.",
    ),
    # drive packages: why a laptop does not open one
    "package_unsigned": QT_TRANSLATE_NOOP(
        "Messages",
        "The package has no signature beside it (its .minisig file), so it cannot be"
        " trusted. Copy both files of the package.",
    ),
    "package_signature_invalid": QT_TRANSLATE_NOOP(
        "Messages",
        "The package does not match its signature: it is incomplete (a copy that did not"
        " finish), damaged or altered. Copy it again from the center. Nothing was changed.",
    ),
    "package_other_signer": QT_TRANSLATE_NOOP(
        "Messages",
        "The package is not signed by the center whose keys this laptop holds (it is signed"
        " by key {key_id}). Nothing was changed.",
    ),
    "package_center_keys_missing": QT_TRANSLATE_NOOP(
        "Messages",
        "Install the center's keys first (Settings, Set the center's keys…; or hmtn device"
        " set-center): without them a package cannot be checked. Nothing was changed.",
    ),
    "package_not_for_this_device": QT_TRANSLATE_NOOP(
        "Messages",
        "The package was prepared for another laptop: each laptop opens only its own."
        " Nothing was changed.",
    ),
    "package_truncated": QT_TRANSLATE_NOOP(
        "Messages",
        "The package ends too early: it is incomplete. Copy it again from the center."
        " Nothing was changed.",
    ),
    "package_damaged": QT_TRANSLATE_NOOP(
        "Messages",
        "The package is damaged and cannot be read. Copy it again from the center."
        " Nothing was changed.",
    ),
    "package_manifest_signature_invalid": QT_TRANSLATE_NOOP(
        "Messages",
        "The list of contents inside the package is not signed by the center; nothing"
        " from it was used.",
    ),
    "package_unknown_format": QT_TRANSLATE_NOOP(
        "Messages",
        "The package is in a format this version does not know ({format}, version"
        " {version}); install the version the center uses.",
    ),
    "package_manifest_mismatch": QT_TRANSLATE_NOOP(
        "Messages",
        "The content of the package does not match its list of contents: it was altered;"
        " nothing from it was used.",
    ),
    "package_part_missing": QT_TRANSLATE_NOOP(
        "Messages",
        "The package lacks a part its list of contents names ({name}); nothing from it was used.",
    ),
    "package_unexpected_member": QT_TRANSLATE_NOOP(
        "Messages",
        "The package holds something a package never holds ({name}); nothing from it was used.",
    ),
    "package_damaged_line": QT_TRANSLATE_NOOP(
        "Messages",
        "Line {line} of {name} in the package cannot be read; nothing from it was used.",
    ),
    "package_too_large": QT_TRANSLATE_NOOP(
        "Messages",
        "A part of the package is larger than a package can be ({name}); it was not opened.",
    ),
    # keys and devices (the exchange with the center)
    "passphrase_short": QT_TRANSLATE_NOOP(
        "Messages", "The passphrase needs at least {min} characters; nothing was done."
    ),
    "passphrase_wrong": QT_TRANSLATE_NOOP(
        "Messages", "Wrong passphrase: the center's key stays locked. Nothing was done."
    ),
    "not_center": QT_TRANSLATE_NOOP(
        "Messages",
        "This is not the center's database (hmtn center init makes one). Nothing was done.",
    ),
    "center_already": QT_TRANSLATE_NOOP(
        "Messages", "This database is the center's already; its keys were made before."
    ),
    "center_not_new": QT_TRANSLATE_NOOP(
        "Messages",
        "This database holds a site's records: the center needs a database of its own"
        " (give a new file to --db). Nothing was done.",
    ),
    "center_keys_exist": QT_TRANSLATE_NOOP(
        "Messages",
        "{file} exists already: keys are never overwritten. Choose an empty folder."
        " Nothing was done.",
    ),
    "center_key_missing": QT_TRANSLATE_NOOP(
        "Messages", "{file} is missing: choose the folder the center gave you."
    ),
    "center_key_bad": QT_TRANSLATE_NOOP(
        "Messages", "{file} is not one of the center's public keys. Nothing was installed."
    ),
    "enrolment_needs_setup": QT_TRANSLATE_NOOP(
        "Messages",
        "Set up this site first (its site code and FIN): the enrolment file carries them.",
    ),
    "enrolment_other_device": QT_TRANSLATE_NOOP(
        "Messages",
        "{file} is another device's enrolment: write this one to another folder.",
    ),
    "enrolment_missing": QT_TRANSLATE_NOOP(
        "Messages", "{file} is missing: the folder holds no device's enrolment."
    ),
    "enrolment_malformed": QT_TRANSLATE_NOOP(
        "Messages", "{file} is not a valid enrolment file ({detail}). Nothing was registered."
    ),
    "enrolment_key_mismatch": QT_TRANSLATE_NOOP(
        "Messages",
        "{file} holds another key than the enrolment file: the files do not belong"
        " together. Nothing was registered.",
    ),
    "device_known": QT_TRANSLATE_NOOP(
        "Messages", "Device {device} is enrolled already. Nothing was registered."
    ),
    "device_key_known": QT_TRANSLATE_NOOP(
        "Messages",
        "Device {device} has this signing key already: an enrolment file was copied."
        " Nothing was registered.",
    ),
    "din_block_overlap": QT_TRANSLATE_NOOP(
        "Messages",
        "Its DIN block overlaps that of device {device} ({name}): DINs {first} to {last}"
        " of FIN {fin}. Give the laptop another desk letter or DIN block, then enrol it"
        " again. Nothing was registered.",
    ),
    "device_unknown": QT_TRANSLATE_NOOP("Messages", "No enrolled device has the id {device}."),
    "device_ambiguous": QT_TRANSLATE_NOOP(
        "Messages", "Several devices have ids starting with {device}: type more of it."
    ),
    "device_revoked_already": QT_TRANSLATE_NOOP("Messages", "Device {device} was revoked already."),
    # drive packages from the center, installed at a site
    "package_other_device": QT_TRANSLATE_NOOP(
        "Messages",
        "This package is for another device ({device}), not for this laptop ({this})."
        " Nothing was installed.",
    ),
    "package_older": QT_TRANSLATE_NOOP(
        "Messages",
        "Package no. {number} is older than package no. {installed}, which is installed"
        " already. Nothing was installed.",
    ),
    "package_number_reused": QT_TRANSLATE_NOOP(
        "Messages",
        "Another package no. {number} is installed already: one number never names two"
        " packages. Ask the center for a new package. Nothing was installed.",
    ),
    "package_rule_set_hash": QT_TRANSLATE_NOOP(
        "Messages",
        "The rule set {version} in the package is not the one its list names (damaged or"
        " altered). Nothing was installed.",
    ),
    "package_rule_set_invalid": QT_TRANSLATE_NOOP(
        "Messages",
        "The rule set {version} in the package cannot be used (why, below). Nothing was installed.",
    ),
    "package_rule_set_cases_failed": QT_TRANSLATE_NOOP(
        "Messages",
        "The rule set {version} in the package fails {failed} of its {total} validation"
        " cases ({cases}), so it is not used. Nothing was installed; tell the center.",
    ),
    "package_registry_refused": QT_TRANSLATE_NOOP(
        "Messages",
        "{count} lines of the package's registry cannot be installed (each line and why,"
        " below). Nothing was installed.",
    ),
    "package_block_overlaps": QT_TRANSLATE_NOOP(
        "Messages",
        "The center's DIN block {first}–{last} ({fin}, {year}) holds numbers this laptop"
        " already gave drive {drive}. Tell the center: this laptop needs another block."
        " Nothing was installed.",
    ),
    "package_block_outside": QT_TRANSLATE_NOOP(
        "Messages",
        "The center's DIN block {first}–{last} ({fin}, {year}) is not in this laptop's own"
        " block {own_first}–{own_last} ({own_fin}): its numbers were changed here after it"
        " enrolled. Set them back as enrolled, or tell the center. Nothing was installed.",
    ),
    "package_drive_code_taken": QT_TRANSLATE_NOOP(
        "Messages",
        "The code {code} of a drive the center planned is already another drive's on this"
        " laptop. Nothing was installed.",
    ),
    "package_desk_letter_invalid": QT_TRANSLATE_NOOP(
        "Messages",
        'The package gives this laptop the desk letter "{letter}", which is not a letter'
        " from A to Z. Nothing was installed.",
    ),
    "package_desk_letter_in_use": QT_TRANSLATE_NOOP(
        "Messages",
        "The center gives this laptop the desk letter {new}, but drive {drive} is open with"
        " tickets of letter {letter}. Close that drive, then install the package again."
        " Nothing was installed.",
    ),
    "package_not_applicable": QT_TRANSLATE_NOOP(
        "Messages",
        "The database refused a record of the package ({detail}). Nothing was installed;"
        " tell the center.",
    ),
    # staff
    "staff_not_found": QT_TRANSLATE_NOOP("Messages", "This staff member no longer exists."),
    "staff_is_operator": QT_TRANSLATE_NOOP(
        "Messages", "{name} is signed in now: someone else signs in to deactivate them."
    ),
    "staff_inactive": QT_TRANSLATE_NOOP(
        "Messages", "{name} is deactivated: reactivate them in the staff list first."
    ),
    "role_required": QT_TRANSLATE_NOOP(
        "Messages", "This needs the role: {roles}. Nothing was saved."
    ),
    "last_administrator": QT_TRANSLATE_NOOP(
        "Messages", "{name} is the last administrator: make someone else an administrator first."
    ),
    # sign-in
    "sign_in_refused": QT_TRANSLATE_NOOP(
        "Messages", "Wrong user name or password (or PIN). Check them and try again."
    ),
    "sign_in_wait": QT_TRANSLATE_NOOP(
        "Messages", "Too many wrong tries: try again in {seconds} seconds."
    ),
    "no_administrator": QT_TRANSLATE_NOOP(
        "Messages",
        "This database has no administrator yet: create one first (it is then encrypted).",
    ),
    "administrator_exists": QT_TRANSLATE_NOOP(
        "Messages", "This database has its administrator already: sign in instead."
    ),
    "user_name_invalid": QT_TRANSLATE_NOOP(
        "Messages", "A user name is one word (no spaces) of at most {max} characters."
    ),
    "user_name_taken": QT_TRANSLATE_NOOP(
        "Messages", "The user name {user} is someone else's already: choose another."
    ),
    "user_name_missing": QT_TRANSLATE_NOOP(
        "Messages", "Give this person a user name and a password first."
    ),
    "password_too_short": QT_TRANSLATE_NOOP(
        "Messages", "A password needs at least {min} characters."
    ),
    "passwords_differ": QT_TRANSLATE_NOOP("Messages", "The two passwords differ."),
    "pin_invalid": QT_TRANSLATE_NOOP("Messages", "A PIN is {min} to {max} digits."),
    "database_not_encrypted": QT_TRANSLATE_NOOP(
        "Messages", "This database is not encrypted yet: create its administrator first."
    ),
    "not_locked": QT_TRANSLATE_NOOP("Messages", "The screen is not locked."),
    "pin_not_set": QT_TRANSLATE_NOOP(
        "Messages",
        "{name} has no PIN yet: ask an administrator to set one in the staff list (or use"
        " the password).",
    ),
    "pins_differ": QT_TRANSLATE_NOOP("Messages", "The two PINs differ."),
    "lock_minutes_invalid": QT_TRANSLATE_NOOP("Messages", "Minutes from 0 (never lock) to {max}."),
    "key_file_unusable": QT_TRANSLATE_NOOP(
        "Messages", "{file} is not a key file of HMTN Desk (or it is damaged). Nothing was done."
    ),
    "escrow_not_for_this_file": QT_TRANSLATE_NOOP(
        "Messages",
        "The escrow key does not open {file}: it was escrowed to another center's key, or"
        " not at all (the laptop never had the center's keys). Nothing was done.",
    ),
    "escrow_key_unusable": QT_TRANSLATE_NOOP(
        "Messages", "That file is not the center's escrow key (escrow-key.age). Nothing was done."
    ),
    # check-in warnings
    "under_age": QT_TRANSLATE_NOOP(
        "Messages",
        "Under {min_age} on the drive date ({age} years old); {min_age} on {eligible_from}.",
    ),
    "over_age": QT_TRANSLATE_NOOP(
        "Messages", "Over {max_age} on the drive date ({age} years old)."
    ),
    "too_soon": QT_TRANSLATE_NOOP(
        "Messages",
        "Last donation ({last_type}) on {last_date}, {days} days ago: may donate again"
        " from {eligible_from}.",
    ),
    "deferred_permanently": QT_TRANSLATE_NOOP("Messages", "Permanently deferred: {reason}"),
    "deferred_until": QT_TRANSLATE_NOOP("Messages", "Deferred until {until}: {reason}"),
    # registry files
    "file_empty": QT_TRANSLATE_NOOP("Messages", "The file is empty: it holds no donor lines."),
    "file_not_regular": QT_TRANSLATE_NOOP("Messages", "{file} is not a file that can be read."),
    "registry_is_database": QT_TRANSLATE_NOOP(
        "Messages",
        "This is a database file, not a registry: choose the CSV file sent by the center.",
    ),
    "file_is_open_database": QT_TRANSLATE_NOOP(
        "Messages",
        "{file} is the database HMTN Desk is working in; it is never read or written"
        " as another file. Choose another file.",
    ),
    "file_not_utf8": QT_TRANSLATE_NOOP(
        "Messages", 'The file is not UTF-8 text; save it from Excel as "CSV UTF-8".'
    ),
    "csv_malformed": QT_TRANSLATE_NOOP("Messages", "The line cannot be read as CSV ({detail})."),
    "column_missing": QT_TRANSLATE_NOOP("Messages", "Column {column} is missing."),
    "column_unknown": QT_TRANSLATE_NOOP("Messages", 'Unknown column "{column}".'),
    "column_repeated": QT_TRANSLATE_NOOP("Messages", "Column {column} appears twice."),
    "cell_count": QT_TRANSLATE_NOOP(
        "Messages", "The line has {found} cells instead of {expected}."
    ),
    "date_in_future": QT_TRANSLATE_NOOP("Messages", "The date {value} is in the future."),
    "sex_invalid": QT_TRANSLATE_NOOP(
        "Messages", 'Sex must be Nam or Nữ (or M / F), not "{value}".'
    ),
    "duplicate_id": QT_TRANSLATE_NOOP(
        "Messages", "The number {value} already appears on line {first_line}."
    ),
    "same_donor_twice": QT_TRANSLATE_NOOP(
        "Messages", "This line and line {first_line} are about the same donor."
    ),
    "national_id_elsewhere": QT_TRANSLATE_NOOP(
        "Messages", "The CCCD {value} belongs to another donor on this laptop."
    ),
    "old_id_ambiguous": QT_TRANSLATE_NOOP(
        "Messages",
        "Several donors on this laptop have the old CMND {value}; give the CCCD too.",
    ),
    "identity_conflict": QT_TRANSLATE_NOOP(
        "Messages", "The old CMND {value} belongs to a donor with another CCCD ({other})."
    ),
    "uuid_invalid": QT_TRANSLATE_NOOP("Messages", '"{value}" is not a valid donor_id (UUID).'),
    "value_invalid": QT_TRANSLATE_NOOP("Messages", '"{value}" is not an allowed value.'),
    "flag_invalid": QT_TRANSLATE_NOOP("Messages", 'Write 1 or 0 (yes or no), not "{value}".'),
    "count_invalid": QT_TRANSLATE_NOOP("Messages", '"{value}" is not a whole number of donations.'),
    "import_running": QT_TRANSLATE_NOOP(
        "Messages",
        "Another registry import is being stored in this database; wait until it has"
        " finished, then import this file.",
    ),
    "registered_during_import": QT_TRANSLATE_NOOP(
        "Messages",
        "The donor with number {value} was registered or changed on this laptop while the"
        " file was being imported. Nothing was imported: import the file again.",
    ),
    "registry_changed": QT_TRANSLATE_NOOP(
        "Messages",
        "Another registry import finished while this one was being prepared. Nothing was"
        " imported: import the file again.",
    ),
    "import_interrupted": QT_TRANSLATE_NOOP(
        "Messages", "The import was interrupted. Nothing was imported: import the file again."
    ),
    "child_process_failed": QT_TRANSLATE_NOOP(
        "Messages",
        "The work stopped unexpectedly in its helper process ({detail}). Nothing was"
        " changed: try again; if it fails again, tell the center.",
    ),
    # the center's merge of the files sites send, and its lists
    "merge_stamp_reused": QT_TRANSLATE_NOOP(
        "Messages",
        "The file holds a record ({table} {record}) the center already received from the"
        " same laptop under the same change number ({stamp}) with other content: the file"
        " was altered, or the laptop was restored from a backup without starting a new"
        " incarnation. Nothing from the file was merged.",
    ),
    "merge_unknown_table": QT_TRANSLATE_NOOP(
        "Messages",
        "The file holds records of a kind the center does not know ({tables}). Nothing"
        " from the file was merged.",
    ),
    "merge_bad_stamp": QT_TRANSLATE_NOOP(
        "Messages",
        "A record of the file ({table} {record}) does not say which laptop wrote it."
        " Nothing from the file was merged.",
    ),
    "merge_refused_by_schema": QT_TRANSLATE_NOOP(
        "Messages",
        "The center's database refused a record of the file ({detail}). Nothing from the"
        " file was merged; keep the file for the technical team.",
    ),
    "decision_needs_a_person": QT_TRANSLATE_NOOP(
        "Messages", "Sign in with your own name first: a decision on these lists names who took it."
    ),
    "quarantine_decided": QT_TRANSLATE_NOOP(
        "Messages", "This unit was already released or discarded."
    ),
    "conflict_not_open": QT_TRANSLATE_NOOP("Messages", "This conflict was already resolved."),
    "conflict_head_unknown": QT_TRANSLATE_NOOP(
        "Messages", "Choose one of the versions in conflict."
    ),
    "review_not_open": QT_TRANSLATE_NOOP("Messages", "These two records were already reviewed."),
    # the laboratory's results at the center
    "lab_not_a_file": QT_TRANSLATE_NOOP(
        "Messages", "{file} is a folder: choose the results file (CSV or .xlsx) inside it."
    ),
    "lab_file_is_database": QT_TRANSLATE_NOOP(
        "Messages",
        "This is a database file, not the laboratory's results: choose the CSV or .xlsx"
        " file the laboratory sent.",
    ),
    "lab_xlsx_unreadable": QT_TRANSLATE_NOOP(
        "Messages",
        "The file cannot be read as an Excel workbook: open it in Excel and save it as"
        " .xlsx or as CSV UTF-8.",
    ),
    "lab_file_empty": QT_TRANSLATE_NOOP("Messages", "The file is empty: it holds no results."),
    "lab_din_twice": QT_TRANSLATE_NOOP(
        "Messages", "The DIN {din} already appears on line {first_line}."
    ),
    "lab_value_invalid": QT_TRANSLATE_NOOP(
        "Messages",
        '"{value}" is not a result: write negative (âm tính), reactive (phản ứng) or'
        " positive (dương tính), or leave the cell empty when not tested.",
    ),
    "lab_line_empty": QT_TRANSLATE_NOOP("Messages", "The line gives the DIN {din} but no result."),
    "lab_din_unknown": QT_TRANSLATE_NOOP(
        "Messages",
        "No unit with the DIN {din} has reached the center: import the site's export file"
        " first, or check the DIN.",
    ),
    "lab_din_held": QT_TRANSLATE_NOOP(
        "Messages",
        "The DIN {din} is on two units at the center (held aside, see the quarantined"
        " units): find out which unit the sample came from first.",
    ),
    "lab_tested_before_donation": QT_TRANSLATE_NOOP(
        "Messages", "Tested on {tested}, before the unit was given ({donated})."
    ),
    "lab_choice_unknown": QT_TRANSLATE_NOOP(
        "Messages", "Choose to keep what was recorded or to take the laboratory's result."
    ),
    "lab_conflict_decided": QT_TRANSLATE_NOOP(
        "Messages", "This difference was already decided, or is no longer there."
    ),
    "lab_notice_not_open": QT_TRANSLATE_NOOP(
        "Messages", "This donor was already marked as notified, or no longer needs to be."
    ),
    # drives planned at the center: devices, DIN blocks, serial runs, desk letters
    "plan_date_past": QT_TRANSLATE_NOOP(
        "Messages",
        "A planned drive is dated today ({date}) or later: a package carries no earlier one.",
    ),
    "plan_not_planned": QT_TRANSLATE_NOOP(
        "Messages",
        "Drive {code} was set up at a site, not planned at the center: its laptop keeps it.",
    ),
    "plan_drive_closed": QT_TRANSLATE_NOOP(
        "Messages", "Drive {code} is closed: its plan can no longer change."
    ),
    "plan_drive_past": QT_TRANSLATE_NOOP(
        "Messages", "Drive {code} was on {date}: its plan can no longer change."
    ),
    "plan_device_revoked": QT_TRANSLATE_NOOP(
        "Messages", "Device {name} was revoked: it cannot work a drive nor take numbers."
    ),
    "plan_already_assigned": QT_TRANSLATE_NOOP(
        "Messages", "Device {name} already works drive {code}."
    ),
    "plan_block_no_room": QT_TRANSLATE_NOOP(
        "Messages",
        "Device {name} has no room for {size} DINs of {year} (FIN {fin}): its enrolled"
        " block has {room} numbers left below its other blocks and above the DINs it used."
        " Make the block smaller, or enrol the laptop again with a larger block.",
    ),
    "plan_not_assigned": QT_TRANSLATE_NOOP(
        "Messages", "Device {name} does not work drive {code}: there is nothing to withdraw."
    ),
    "plan_block_size": QT_TRANSLATE_NOOP(
        "Messages", "Enter the block's size: a whole number of DINs from 1 to {max}."
    ),
    "plan_block_carried": QT_TRANSLATE_NOOP(
        "Messages",
        "Package {number} for {name} already carried this block: the laptop may be using"
        " it, so it can no longer change. Withdraw it, and assign the device again for a"
        " new one.",
    ),
    "plan_block_not_din": QT_TRANSLATE_NOOP(
        "Messages", "Only a DIN block changes its size; withdraw a serial run and allocate another."
    ),
    "plan_block_withdrawn": QT_TRANSLATE_NOOP(
        "Messages", "This block was withdrawn: its numbers are never handed out again."
    ),
    "desk_letter_taken": QT_TRANSLATE_NOOP(
        "Messages",
        "Letter {letter} is already the desk letter of {name} at site {site}: give each"
        " laptop of a site its own letter.",
    ),
    "serial_prefix_format": QT_TRANSLATE_NOOP(
        "Messages",
        '"{value}" is not a serial prefix: up to 10 letters, digits, - or /, ending with a'
        " letter (the number follows it).",
    ),
    "serial_width_range": QT_TRANSLATE_NOOP(
        "Messages", "Enter how many digits the number has on the forms, from 1 to {max}."
    ),
    "serial_number_range": QT_TRANSLATE_NOOP(
        "Messages", "Enter a whole number from 0 to {max} (the digits the forms have)."
    ),
    "serial_run_order": QT_TRANSLATE_NOOP(
        "Messages", "The last serial comes before the first: check the two numbers."
    ),
    "serial_run_overlap": QT_TRANSLATE_NOOP(
        "Messages",
        "These forms overlap the run {first} to {last} of {name}: a form goes to one"
        " laptop only. Withdraw that run first, or allocate other numbers.",
    ),
    # screening
    "event_in_future": QT_TRANSLATE_NOOP("Messages", "{date} is after the drive date."),
    "event_before_birth": QT_TRANSLATE_NOOP("Messages", "{date} is before the donor was born."),
    "not_a_number": QT_TRANSLATE_NOOP("Messages", '"{value}" is not a number.'),
    "implausible": QT_TRANSLATE_NOOP(
        "Messages", "{value} {unit} is not possible; enter a value from {min} to {max} {unit}."
    ),
    "systolic_not_above_diastolic": QT_TRANSLATE_NOOP(
        "Messages", "The systolic pressure must be higher than the diastolic."
    ),
    "questionnaire_missing": QT_TRANSLATE_NOOP(
        "Messages", "Record the health questionnaire before accepting the donor."
    ),
    "volume_choice": QT_TRANSLATE_NOOP("Messages", "Choose a volume of 250, 350 or 450 ml."),
    "until_not_after_drive": QT_TRANSLATE_NOOP(
        "Messages", "The deferral must end after the drive date ({date})."
    ),
    "override_reason_required": QT_TRANSLATE_NOOP(
        "Messages", "Accepting against a failed rule needs a written reason."
    ),
    "deferral_reason_required": QT_TRANSLATE_NOOP(
        "Messages", "The rules do not call for this deferral: write the reason."
    ),
    "already_screened": QT_TRANSLATE_NOOP(
        "Messages", "This donor has already been screened; reopen the decision to change it."
    ),
    "not_screened": QT_TRANSLATE_NOOP("Messages", "There is no decision to reopen."),
    "visit_not_found": QT_TRANSLATE_NOOP("Messages", "This ticket no longer exists."),
    "ticket_not_found": QT_TRANSLATE_NOOP(
        "Messages", "No ticket {number} was given at this drive."
    ),
    "not_deferred": QT_TRANSLATE_NOOP(
        "Messages", "This donor was not deferred at screening: there is no deferral slip."
    ),
    # eligibility rule sets (the "line" parameter is shown before the sentence)
    "rule_set_unreadable": QT_TRANSLATE_NOOP("Messages", "{path} cannot be read ({error})."),
    "rule_set_not_utf8": QT_TRANSLATE_NOOP("Messages", "{path} is not UTF-8 text."),
    "rule_set_toml": QT_TRANSLATE_NOOP(
        "Messages", "Column {column}: this is not valid TOML ({detail})."
    ),
    "rule_set_missing": QT_TRANSLATE_NOOP("Messages", "{key} is missing."),
    "rule_set_unknown_key": QT_TRANSLATE_NOOP(
        "Messages", "{key} is not a setting of a rule set (misspelt?)."
    ),
    "rule_set_not_table": QT_TRANSLATE_NOOP(
        "Messages", "{key} must be a table of settings, not {value}."
    ),
    "rule_set_not_list": QT_TRANSLATE_NOOP("Messages", "{key} must be a list, not {value}."),
    "rule_set_not_number": QT_TRANSLATE_NOOP("Messages", "{key} must be a number, not {value}."),
    "rule_set_not_whole": QT_TRANSLATE_NOOP(
        "Messages", "{key} must be a whole number, not {value}."
    ),
    "rule_set_not_flag": QT_TRANSLATE_NOOP("Messages", "{key} must be true or false, not {value}."),
    "rule_set_not_text": QT_TRANSLATE_NOOP("Messages", "{key} must be a text, not {value}."),
    "rule_set_not_finite": QT_TRANSLATE_NOOP(
        "Messages", "{key} = {value}: a threshold must be a finite number."
    ),
    "rule_set_out_of_range": QT_TRANSLATE_NOOP(
        "Messages", "{key} = {value} is outside the accepted range, {min} to {max}."
    ),
    "rule_set_order": QT_TRANSLATE_NOOP(
        "Messages", "{key} ({value}) must be below {other} ({other_value})."
    ),
    "rule_set_duplicate_volume": QT_TRANSLATE_NOOP(
        "Messages", "{key} lists the same volume twice."
    ),
    "rule_set_hb_cover": QT_TRANSLATE_NOOP(
        "Messages",
        "{key} must give the haemoglobin needed for the smallest standard volume ({volume} ml).",
    ),
    "rule_set_effect": QT_TRANSLATE_NOOP(
        "Messages", "{key} must be one of {choices}, not {value}."
    ),
    "rule_set_window": QT_TRANSLATE_NOOP(
        "Messages", '{key}: a "window" effect needs window_months or window_days.'
    ),
    "rule_set_duplicate_code": QT_TRANSLATE_NOOP(
        "Messages", "The questionnaire code {value} is used twice."
    ),
    "rule_set_cases_missing": QT_TRANSLATE_NOOP(
        "Messages", "No validation cases beside the rule set ({path}): choose its cases file."
    ),
    "rule_set_cases_unreadable": QT_TRANSLATE_NOOP(
        "Messages", "The validation cases cannot be used: {detail}"
    ),
    "rule_set_version_reused": QT_TRANSLATE_NOOP(
        "Messages",
        "Version {version} was used on this laptop for a rule set with other content"
        " (SHA-256 {seen}). Give the edited file a new version.",
    ),
    # donation identification numbers and collection
    "din_format": QT_TRANSLATE_NOOP(
        "Messages", '"{value}" is not a donation identification number (DIN); scan it again.'
    ),
    "din_check": QT_TRANSLATE_NOOP(
        "Messages",
        'The check character of "{value}" does not match. Scan the label again.',
    ),
    "fin_format": QT_TRANSLATE_NOOP(
        "Messages",
        '"{value}" is not a facility identification number: one letter or digit and 4 digits.',
    ),
    "fin_missing": QT_TRANSLATE_NOOP(
        "Messages",
        "Set the facility identification number (FIN) first: Settings, Collection.",
    ),
    "din_count": QT_TRANSLATE_NOOP("Messages", "Print from 1 to {max} label sets at a time."),
    "tubes_range": QT_TRANSLATE_NOOP("Messages", "From 0 to {max} sample tube labels per set."),
    "minutes_range": QT_TRANSLATE_NOOP("Messages", "A whole number of minutes, {min} to {max}."),
    "din_block_used_up": QT_TRANSLATE_NOOP(
        "Messages",
        "This laptop's DIN block {first}–{last} has {left} numbers left for {fin} in year"
        " {year}, not {count}. Ask the blood center for another block and set it under"
        " Settings, This device.",
    ),
    "din_center_block_used_up": QT_TRANSLATE_NOOP(
        "Messages",
        "The center's DIN block for this drive, {first}–{last}, has {left} numbers left, not"
        " {count}. Ask the center for a larger block: it comes with the next drive package.",
    ),
    "din_not_voidable": QT_TRANSLATE_NOOP(
        "Messages", "{value} is used or already voided; only an unused DIN can be voided."
    ),
    "roll_range": QT_TRANSLATE_NOOP(
        "Messages", "The last label must follow the first one, from the same facility and year."
    ),
    "roll_overlap": QT_TRANSLATE_NOOP(
        "Messages", "Part of this roll is already registered or used."
    ),
    "roll_outside_block": QT_TRANSLATE_NOOP(
        "Messages",
        "This roll ({first}–{last}) is not inside this laptop's DIN block"
        " ({block_first}–{block_last}): another laptop may use these numbers. Use a roll"
        " given to this laptop.",
    ),
    "roll_outside_center_block": QT_TRANSLATE_NOOP(
        "Messages",
        "This roll ({first}–{last}) is not inside the center's DIN block for this drive"
        " ({block_first}–{block_last}): use a roll within it.",
    ),
    "din_other_facility": QT_TRANSLATE_NOOP(
        "Messages", "This DIN belongs to facility {fin}, not to this site ({site})."
    ),
    "din_used": QT_TRANSLATE_NOOP(
        "Messages", "DIN {value} is already used for another unit. Never use it twice."
    ),
    "din_voided": QT_TRANSLATE_NOOP("Messages", "DIN {value} was voided and may not be used."),
    "din_other_drive": QT_TRANSLATE_NOOP("Messages", "DIN {value} was printed for another drive."),
    "din_not_allocated": QT_TRANSLATE_NOOP(
        "Messages",
        "DIN {value} was neither printed for this drive nor is it in a registered roll.",
    ),
    "din_in_chair": QT_TRANSLATE_NOOP(
        "Messages", "DIN {value} is on the bag of No. {number}, who is in the chair."
    ),
    "din_out_of_sequence": QT_TRANSLATE_NOOP(
        "Messages", "Out of sequence: the next label of the roll is {expected}."
    ),
    "not_accepted": QT_TRANSLATE_NOOP(
        "Messages", "This donor is not waiting to give (no acceptance, or already recorded)."
    ),
    "not_in_chair": QT_TRANSLATE_NOOP("Messages", "No donation was started for this donor."),
    "volume_not_collected": QT_TRANSLATE_NOOP(
        "Messages", "Nothing was collected: leave the volume empty."
    ),
    "time_invalid": QT_TRANSLATE_NOOP("Messages", '"{value}" is not a time; write it as hh:mm.'),
    "end_before_start": QT_TRANSLATE_NOOP("Messages", "The end is before the start."),
    "duration_unusual": QT_TRANSLATE_NOOP(
        "Messages",
        "{minutes} min is outside the usual collection time of {min} to {max} min: check the"
        " start and end times.",
    ),
    "minutes_order": QT_TRANSLATE_NOOP(
        "Messages", "The shortest time must be below the longest ({max} min)."
    ),
    "unexplained_discrepancies": QT_TRANSLATE_NOOP(
        "Messages", "Explain every discrepancy before closing ({count} left)."
    ),
    "donations_in_chair": QT_TRANSLATE_NOOP(
        "Messages",
        "{count} donations are still in the chair: record or abandon them before closing.",
    ),
    "nothing_to_explain": QT_TRANSLATE_NOOP("Messages", "There is nothing left to explain."),
    # certificates
    "offset_range": QT_TRANSLATE_NOOP("Messages", "An offset of at most {max} mm either way."),
    "facility_missing": QT_TRANSLATE_NOOP(
        "Messages",
        "Enter the collecting facility's name first: Settings, Certificates.",
    ),
    "donation_not_found": QT_TRANSLATE_NOOP(
        "Messages", "This donation is not one of this drive's."
    ),
    "certificate_not_complete": QT_TRANSLATE_NOOP(
        "Messages",
        "No. {number}: only a complete donation gets a certificate.",
    ),
    "serial_format": QT_TRANSLATE_NOOP(
        "Messages", '"{value}" is not a form serial number (letters, digits, spaces, - / .).'
    ),
    "serial_required": QT_TRANSLATE_NOOP(
        "Messages", "Type or scan the serial of the first form in the printer."
    ),
    "serial_not_allocated": QT_TRANSLATE_NOOP(
        "Messages",
        "Serial {value} is not among the forms the center gave this laptop ({runs}).",
    ),
    "serial_run_withdrawn": QT_TRANSLATE_NOOP(
        "Messages",
        "Serial {value} is one of the forms {run} the center took back from this laptop:"
        " use another form.",
    ),
    "serial_no_number": QT_TRANSLATE_NOOP(
        "Messages", "The serial {value} does not end in a number, so the next form's is unknown."
    ),
    "serial_used": QT_TRANSLATE_NOOP(
        "Messages", "Serial {value} is already in the register; a serial is never used twice."
    ),
    "serial_reserved": QT_TRANSLATE_NOOP(
        "Messages",
        "The form {value} was printed after the backup this laptop was restored from (the"
        " file kept aside at the restore holds it); a serial is never used twice: use the"
        " next blank form.",
    ),
    "certificate_exists": QT_TRANSLATE_NOOP(
        "Messages", "This donation already has a certificate; reprint it or void it first."
    ),
    "certificate_not_reprintable": QT_TRANSLATE_NOOP("Messages", "This certificate was voided."),
    "certificate_not_reserved": QT_TRANSLATE_NOOP(
        "Messages", "This serial is no longer reserved for printing; nothing was entered."
    ),
    "certificate_keys_missing": QT_TRANSLATE_NOOP(
        "Messages",
        "{file} is not there: give the center's published keys file (hmtn center"
        " certificate-keys writes it).",
    ),
    "certificate_keys_signature_missing": QT_TRANSLATE_NOOP(
        "Messages",
        "{file} is not there: the center's signature of the keys file lies beside it, its"
        " name ending in .minisig. Nothing was checked.",
    ),
    "certificate_keys_not_signed": QT_TRANSLATE_NOOP(
        "Messages",
        "{file} is not signed by the center key given: it was altered, or it comes from"
        " another center. Nothing was checked.",
    ),
    "certificate_keys_bad": QT_TRANSLATE_NOOP(
        "Messages", "{file} is signed, but it is not a certificate keys file. Nothing was checked."
    ),
    "certificate_center_key_missing": QT_TRANSLATE_NOOP(
        "Messages", "{file} is not there: give the center's public key (center.minisign.pub)."
    ),
    "certificate_center_key_bad": QT_TRANSLATE_NOOP(
        "Messages", "{file} is not a minisign public key like the center's center.minisign.pub."
    ),
    "certificate_file_unreadable": QT_TRANSLATE_NOOP("Messages", "{file} cannot be read."),
    "certificate_keys_folder": QT_TRANSLATE_NOOP(
        "Messages", "{file} is a folder: give the name of the keys file to write."
    ),
    "certificate_keys_folder_missing": QT_TRANSLATE_NOOP(
        "Messages", "The folder {folder} is not there. Nothing was written."
    ),
    "cannot_mark_left": QT_TRANSLATE_NOOP(
        "Messages", "Only a donor waiting for screening or to give can be marked as gone."
    ),
    "move_not_allowed": QT_TRANSLATE_NOOP(
        "Messages", "This change is not possible for the record as it stands now."
    ),
    "outcome_not_amendable": QT_TRANSLATE_NOOP(
        "Messages",
        "A unit recorded as not collected cannot become a collected one; record a new"
        " donation instead.",
    ),
    "certificate_modes_mixed": QT_TRANSLATE_NOOP(
        "Messages",
        "These certificates were issued in different ways (blank paper and pre-printed"
        " forms): print them again separately.",
    ),
    "ticket_not_voidable": QT_TRANSLATE_NOOP(
        "Messages", "Only a ticket still waiting for screening can be voided."
    ),
}

REFUSALS = {
    "not_sqlite": QT_TRANSLATE_NOOP("Messages", "{path} is not a database file."),
    "not_hmtn": QT_TRANSLATE_NOOP(
        "Messages", "{path} is a database of another program, not of HMTN Desk."
    ),
    "damaged": QT_TRANSLATE_NOOP(
        "Messages",
        "{path} is damaged and was not opened. Restore the latest backup and keep this"
        " file for the technical team.",
    ),
    "newer_schema": QT_TRANSLATE_NOOP(
        "Messages",
        "{path} was written by a newer version of HMTN Desk. Install that version to open"
        " it; nothing was changed in the file.",
    ),
    "unreadable": QT_TRANSLATE_NOOP("Messages", "{path} cannot be read."),
    "read_only": QT_TRANSLATE_NOOP(
        "Messages",
        "{path} is read-only (a write-protected USB stick, a read-only file or folder)."
        " HMTN Desk must be able to write to it and its folder. Nothing was changed: copy"
        " it to the laptop or allow writing, then open it again.",
    ),
    "locked": QT_TRANSLATE_NOOP(
        "Messages",
        "{path} is locked by another program that is writing to it. Nothing was changed;"
        " close that program or wait a moment, then open it again. The file is not damaged.",
    ),
    "disk_full": QT_TRANSLATE_NOOP(
        "Messages",
        "The disk holding {path} is full. Nothing was changed; free some space, then open"
        " it again.",
    ),
    "already_open": QT_TRANSLATE_NOOP(
        "Messages", "{path} is already open in HMTN Desk; a database is opened only once."
    ),
    "wrong_key": QT_TRANSLATE_NOOP(
        "Messages",
        "{path} does not open with the key of its key file: the key file beside it belongs"
        " to another database. Nothing was changed; put the right key file back (from a"
        " backup) or ask the center to recover it.",
    ),
    "no_key_file": QT_TRANSLATE_NOOP(
        "Messages",
        "{path} is encrypted (or not a database at all) and its key file ({path}.keys) is"
        " missing. Nothing was changed; put the key file back beside it (from a backup) or"
        " ask the center to recover it.",
    ),
    "key_file_damaged": QT_TRANSLATE_NOOP(
        "Messages",
        "The key file of {path} ({path}.keys) is damaged. Nothing was changed; put it back"
        " from a backup or ask the center to recover it.",
    ),
    "missing": QT_TRANSLATE_NOOP(
        "Messages",
        "{path} does not exist. To start a new, empty database there, add --create.",
    ),
}


# Parameters that are dates; on a stored ticket they come back as ISO strings.
# (A "value" parameter echoes what the user typed and is shown exactly as typed.)
_DATE_PARAMS = {"eligible_from", "last_date", "until", "tested", "donated"}
_SIZE_PARAMS = {"needed", "free", "keep_free", "limit"}  # bytes: said in MB or GB


def bytes_text(size: int | str) -> str:
    """A size on disk as people say it: 640 MB, 6,3 GB (the decimal comma)."""
    size = int(size)
    if size < 1_000_000_000:
        return f"{size / 1e6:.0f} MB"
    return f"{size / 1e9:.1f} GB".replace(".", ",")


def _format_param(name: str, value: object) -> str:
    if isinstance(value, dt.date) or (name in _DATE_PARAMS and isinstance(value, str)):
        return dmy(value)
    if name in _SIZE_PARAMS and isinstance(value, int):
        return bytes_text(value)
    if name == "last_type":
        return donation_type_name(str(value))
    if name == "reason" and value:
        return reason_text(value)
    if name == "roles" and isinstance(value, list | tuple):
        return QCoreApplication.translate("Messages", " or ").join(role_name(r) for r in value)
    return "" if value is None else str(value)


def reason_text(reason: dict[str, str] | str) -> str:
    """A deferral reason as the core names it in each language (``{"vi": …, "en": …}``),
    in the interface language; a bare code (a ticket stored by an older version) is
    named when it is a rule's, else shown as it is."""
    if isinstance(reason, dict):
        return reason.get(current_language(), "")
    return reason_label(str(reason), current_language())


def problem_text(problem: Problem) -> str:
    """The translated sentence for one problem, its parameters filled in."""
    source = PROBLEMS.get(problem.code)
    if source is None:
        return problem.code
    params = {name: _format_param(name, value) for name, value in problem.params.items()}
    text = QCoreApplication.translate("Messages", source).format(**params)
    return text.removesuffix(": ")  # a deferral recorded without a reason


def problems_text(problems: Iterable[Problem]) -> str:
    return "\n".join(problem_text(p) for p in problems)


def storage_error_text(error: BaseException) -> str | None:
    """Plain words for a write the database or the disk refused (nothing was written);
    None for any other error."""
    code = storage_problem(error)
    return problem_text(Problem(code)) if code else None


def refusal_text(reason: str, path: str) -> str:
    source = REFUSALS.get(reason, REFUSALS["unreadable"])
    return QCoreApplication.translate("Messages", source).format(path=path)


def line_error_text(line: int, column: str | None, problem: Problem) -> str:
    if line == 0:  # the file as a whole
        return problem_text(problem)
    where = (
        translate("Messages", "Line {line}, column {column}: ").format(line=line, column=column)
        if column
        else translate("Messages", "Line {line}: ").format(line=line)
    )
    return where + problem_text(problem)


def rule_set_problem_lines(problems: Iterable[Problem]) -> list[str]:
    """What is wrong with a rule-set file, one line each, with the file's line number."""
    return [
        line_error_text(p.params["line"], None, p) if p.params.get("line") else problem_text(p)
        for p in problems
    ]


def import_report_lines(report: ImportReport) -> list[str]:
    """The import outcome as lines of text, for the dialog's report and the command line."""
    if report.ok:
        lines = [
            translate("Messages", "Registry {file} imported: {rows} rows, {inserted} new donors,"
               " {updated} updated, {unchanged} unchanged.").format(
                file=report.file_name, rows=report.rows, inserted=report.inserted,
                updated=report.updated, unchanged=report.unchanged,
            )
        ]  # fmt: skip
        if report.permanent_deferrals_lifted:
            lines.append(
                translate("Messages", "The center lifted {count} permanent deferral(s).").format(
                    count=report.permanent_deferrals_lifted
                )
            )
        return lines
    lines = [
        translate("Messages", "Registry {file} was NOT imported: {count} problems found."
           " Nothing was changed.").format(file=report.file_name, count=report.error_count)
    ]  # fmt: skip
    lines += [line_error_text(e.line, e.column, e.problem) for e in report.errors]
    if report.error_count > len(report.errors):
        lines.append(
            translate("Messages", "... and {more} more problems.").format(
                more=report.error_count - len(report.errors)
            )
        )
    return lines


def lab_report_lines(report: LabReport) -> list[str]:
    """What became of one results file, as lines of text (the center's window and the
    command line)."""
    name = report.file_name
    if report.status == LabFileStatus.ALREADY:
        return [translate("Messages", "{file}: imported before; nothing new.").format(file=name)]
    if report.status == LabFileStatus.REFUSED:
        lines = [
            translate("Messages", "{file} was NOT imported: {count} problems found. Nothing"
               " was changed.").format(file=name, count=report.error_count)
        ]  # fmt: skip
        lines += [line_error_text(e.line, e.column, e.problem) for e in report.errors]
        if report.error_count > len(report.errors):
            more = report.error_count - len(report.errors)
            lines.append(translate("Messages", "... and {more} more problems.").format(more=more))
        return lines
    return [
        translate("Messages", "{file} imported: {lines} lines; {new} units with their first"
           " results, {unchanged} unchanged, {to_review} with other results to review.").format(
            file=name, lines=report.lines, new=report.new, unchanged=report.unchanged,
            to_review=report.to_review,
        ),
        translate("Messages", "Units held: {positive} confirmed positive (donors to notify),"
           " {reactive} repeat-reactive. Blood groups to review: {groups}.").format(
            positive=report.positive, reactive=report.reactive, groups=report.group_conflicts,
        ),
    ]  # fmt: skip
