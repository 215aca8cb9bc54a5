"""The HMTN schema as sqlite-utils migrations.

Every table of the workflow carries the same bookkeeping columns so that records made
on many laptops can be merged at the provincial center: a UUIDv7 primary key, created
and updated timestamps (UTC, ISO 8601), the device that last wrote the row and that
device's change sequence number at the time.

Longer than our 400-line habit on purpose: migrations are a history, applied in the
order they stand here and never edited once released, so they stay in one file.
"""

import json
from collections.abc import Callable

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from db.audit_chain import chain_existing
from db.stamps import new_id

MIGRATION_SET = "hmtn"
migrations = Migrations(MIGRATION_SET)
MIGRATION_NAMES: list[str] = []


def _migration(fn: Callable[[Database], None]) -> Callable[[Database], None]:
    """Register a migration of the HMTN set, remembering its name in order."""
    MIGRATION_NAMES.append(fn.__name__)
    return migrations()(fn)


def _migration_own_transaction(fn: Callable[[Database], None]) -> Callable[[Database], None]:
    """Register a migration that opens and commits its own transaction (one that must
    change a pragma first, which SQLite ignores inside a transaction). It must be safe
    to run again: a crash between its commit and the record of it leaves it pending."""
    MIGRATION_NAMES.append(fn.__name__)
    return migrations(transactional=False)(fn)


STANDARD_COLUMNS = """
    id TEXT PRIMARY KEY NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    device_id TEXT NOT NULL,
    change_seq INTEGER NOT NULL"""

DONOR_FTS_INSERT_TRIGGER = """CREATE TRIGGER donor_fts_insert AFTER INSERT ON donor BEGIN
    INSERT INTO donor_name_fts (name_folded, donor_id) VALUES (new.name_folded, new.id);
END"""

_INITIAL = [
    f"""CREATE TABLE device (
    {STANDARD_COLUMNS},
    site_code TEXT NOT NULL DEFAULT '',
    device_name TEXT NOT NULL DEFAULT '',
    last_change_seq INTEGER NOT NULL DEFAULT 0
)""",
    f"""CREATE TABLE setting (
    {STANDARD_COLUMNS},
    key TEXT NOT NULL UNIQUE,
    value TEXT
)""",
    f"""CREATE TABLE staff (
    {STANDARD_COLUMNS},
    full_name TEXT NOT NULL,
    role TEXT NOT NULL DEFAULT 'clerk'
        CHECK (role IN ('admin', 'clerk', 'doctor', 'nurse', 'certificate')),
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
)""",
    f"""CREATE TABLE drive (
    {STANDARD_COLUMNS},
    code TEXT NOT NULL UNIQUE,
    drive_date TEXT NOT NULL,
    place_name TEXT NOT NULL,
    province_code TEXT NOT NULL,
    province_name TEXT NOT NULL,
    ward_code TEXT NOT NULL,
    ward_name TEXT NOT NULL,
    street_address TEXT NOT NULL DEFAULT '',
    organizer TEXT NOT NULL,
    campaign TEXT NOT NULL,
    campaign_other TEXT NOT NULL DEFAULT '',
    target_units INTEGER NOT NULL CHECK (target_units >= 0),
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
    closed_at TEXT
)""",
    "CREATE INDEX drive_status_date ON drive (status, drive_date)",
    f"""CREATE TABLE donor (
    {STANDARD_COLUMNS},
    national_id TEXT,
    old_id TEXT,
    full_name TEXT NOT NULL,
    name_folded TEXT NOT NULL,
    birth_date TEXT NOT NULL,
    sex TEXT NOT NULL CHECK (sex IN ('M', 'F')),
    address TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    abo TEXT NOT NULL DEFAULT '' CHECK (abo IN ('', 'A', 'B', 'AB', 'O')),
    rh TEXT NOT NULL DEFAULT '' CHECK (rh IN ('', '+', '-')),
    donation_count INTEGER NOT NULL DEFAULT 0 CHECK (donation_count >= 0),
    last_donation_date TEXT,
    last_donation_type TEXT
        CHECK (last_donation_type IN ('whole_blood', 'rbc_apheresis', 'plasma', 'platelets')),
    deferral_until TEXT,
    deferral_permanent INTEGER NOT NULL DEFAULT 0 CHECK (deferral_permanent IN (0, 1)),
    deferral_reason TEXT NOT NULL DEFAULT '',
    rare_blood INTEGER NOT NULL DEFAULT 0 CHECK (rare_blood IN (0, 1)),
    reserve_club INTEGER NOT NULL DEFAULT 0 CHECK (reserve_club IN (0, 1)),
    source TEXT NOT NULL CHECK (source IN ('registry', 'drive')),
    registry_imported_at TEXT,
    local_changed_at TEXT
)""",
    "CREATE UNIQUE INDEX donor_national_id ON donor (national_id) WHERE national_id IS NOT NULL",
    "CREATE INDEX donor_old_id ON donor (old_id)",
    "CREATE INDEX donor_phone ON donor (phone)",
    "CREATE INDEX donor_birth_date ON donor (birth_date)",
    "CREATE INDEX donor_name_folded ON donor (name_folded)",
    # Name search: a full-text index over the folded name (see desktop.core.text.fold).
    # Not an external-content table: donor has no INTEGER PRIMARY KEY, so its rowids
    # may change on VACUUM; the donor id is stored alongside instead.
    """CREATE VIRTUAL TABLE donor_name_fts USING fts5(
    name_folded, donor_id UNINDEXED,
    tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3'
)""",
    DONOR_FTS_INSERT_TRIGGER,
    """CREATE TRIGGER donor_fts_update AFTER UPDATE OF name_folded ON donor BEGIN
    DELETE FROM donor_name_fts WHERE donor_id = old.id;
    INSERT INTO donor_name_fts (name_folded, donor_id) VALUES (new.name_folded, new.id);
END""",
    f"""CREATE TABLE visit (
    {STANDARD_COLUMNS},
    drive_id TEXT NOT NULL REFERENCES drive (id),
    donor_id TEXT NOT NULL REFERENCES donor (id),
    queue_no INTEGER NOT NULL CHECK (queue_no > 0),
    checked_in_at TEXT NOT NULL,
    checked_in_by TEXT REFERENCES staff (id),
    status TEXT NOT NULL DEFAULT 'waiting_screening' CHECK (status IN (
        'waiting_screening', 'accepted', 'deferred', 'donated', 'not_collected',
        'left', 'voided')),
    warnings TEXT NOT NULL DEFAULT '[]',
    void_reason TEXT,
    UNIQUE (drive_id, queue_no)
)""",
    # A donor holds one live ticket per drive; a voided ticket frees the donor again.
    """CREATE UNIQUE INDEX visit_one_per_drive ON visit (drive_id, donor_id)
    WHERE status <> 'voided'""",
    "CREATE INDEX visit_donor ON visit (donor_id)",
    f"""CREATE TABLE screening (
    {STANDARD_COLUMNS},
    visit_id TEXT NOT NULL UNIQUE REFERENCES visit (id),
    questionnaire TEXT,
    questionnaire_by TEXT REFERENCES staff (id),
    questionnaire_at TEXT,
    weight_kg REAL,
    systolic INTEGER,
    diastolic INTEGER,
    pulse INTEGER,
    pulse_regular INTEGER,
    hb_g_l INTEGER,
    hb_method TEXT,
    hbsag TEXT CHECK (hbsag IN ('negative', 'positive', 'not_done')),
    temperature_c REAL,
    proposed_decision TEXT,
    proposed_volume_ml INTEGER,
    decision TEXT CHECK (decision IN ('accept', 'defer_temporary', 'defer_permanent')),
    volume_ml INTEGER,
    deferral_until TEXT,
    reasons TEXT,
    override_reason TEXT,
    doctor_id TEXT REFERENCES staff (id),
    rule_set_version TEXT,
    decided_at TEXT
)""",
    f"""CREATE TABLE donation (
    {STANDARD_COLUMNS},
    visit_id TEXT NOT NULL REFERENCES visit (id),
    donor_id TEXT NOT NULL REFERENCES donor (id),
    din TEXT UNIQUE,
    donation_type TEXT NOT NULL DEFAULT 'whole_blood'
        CHECK (donation_type IN ('whole_blood', 'rbc_apheresis', 'plasma', 'platelets')),
    bag_type TEXT,
    bag_lot TEXT,
    volume_ml INTEGER,
    started_at TEXT,
    ended_at TEXT,
    phlebotomist_id TEXT REFERENCES staff (id),
    outcome TEXT CHECK (outcome IN ('complete', 'incomplete', 'not_collected')),
    reaction TEXT,
    note TEXT
)""",
    "CREATE INDEX donation_visit ON donation (visit_id)",
    f"""CREATE TABLE certificate (
    {STANDARD_COLUMNS},
    donation_id TEXT NOT NULL REFERENCES donation (id),
    serial TEXT NOT NULL UNIQUE,
    mode TEXT NOT NULL CHECK (mode IN ('overlay', 'blank')),
    printed_at TEXT NOT NULL,
    printed_by TEXT REFERENCES staff (id),
    print_count INTEGER NOT NULL DEFAULT 1,
    status TEXT NOT NULL DEFAULT 'issued' CHECK (status IN ('issued', 'voided')),
    void_reason TEXT
)""",
    # The audit trail: append-only. One row per record written, with the values before
    # and after (JSON), written in the same transaction as the change itself.
    """CREATE TABLE audit_log (
    id TEXT PRIMARY KEY NOT NULL,
    at TEXT NOT NULL,
    device_id TEXT NOT NULL,
    change_seq INTEGER NOT NULL,
    actor_id TEXT,
    actor_name TEXT NOT NULL,
    action TEXT NOT NULL,
    table_name TEXT NOT NULL,
    record_id TEXT NOT NULL,
    old_values TEXT,
    new_values TEXT,
    note TEXT
)""",
    "CREATE INDEX audit_log_record ON audit_log (table_name, record_id)",
    """CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END""",
    """CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END""",
]


@_migration
def m0001_initial(db: Database) -> None:
    for statement in _INITIAL:
        db.execute(statement)


@_migration
def m0002_screening_decisions(db: Database) -> None:
    """What the doctor's decision needs beyond the first schema: the engine's proposed
    until-date, which failed rules an override set aside, and the donor's deferral as it
    was before this screening changed it (so a reopened screening can restore it)."""
    for statement in (
        "ALTER TABLE screening ADD COLUMN proposed_until TEXT",
        "ALTER TABLE screening ADD COLUMN overridden_rules TEXT",
        "ALTER TABLE screening ADD COLUMN deferral_reason TEXT",
        "ALTER TABLE screening ADD COLUMN donor_deferral_before TEXT",
        "CREATE INDEX visit_drive_status ON visit (drive_id, status, queue_no)",
    ):
        db.execute(statement)


@_migration
def m0003_collection(db: Database) -> None:
    """Donation identification numbers, pre-printed label rolls, the details of an
    adverse reaction (its type goes in donation.reaction), and the notes that explain
    the discrepancies of a drive before it closes."""
    for statement in (
        f"""CREATE TABLE din (
    {STANDARD_COLUMNS},
    number TEXT NOT NULL UNIQUE,
    fin TEXT NOT NULL,
    year INTEGER NOT NULL CHECK (year BETWEEN 0 AND 99),
    sequence INTEGER NOT NULL CHECK (sequence BETWEEN 1 AND 999999),
    drive_id TEXT NOT NULL REFERENCES drive (id),
    origin TEXT NOT NULL CHECK (origin IN ('printed', 'roll')),
    status TEXT NOT NULL DEFAULT 'allocated' CHECK (status IN ('allocated', 'used', 'voided')),
    label_prints INTEGER NOT NULL DEFAULT 0,
    void_reason TEXT,
    UNIQUE (fin, year, sequence)
)""",
        "CREATE INDEX din_drive ON din (drive_id, status)",
        f"""CREATE TABLE din_roll (
    {STANDARD_COLUMNS},
    drive_id TEXT NOT NULL REFERENCES drive (id),
    fin TEXT NOT NULL,
    year INTEGER NOT NULL,
    first_sequence INTEGER NOT NULL,
    last_sequence INTEGER NOT NULL,
    CHECK (first_sequence <= last_sequence)
)""",
        "ALTER TABLE donation ADD COLUMN reaction_severity TEXT",
        "ALTER TABLE donation ADD COLUMN reaction_at TEXT",
        "ALTER TABLE donation ADD COLUMN reaction_action TEXT",
        "ALTER TABLE donation ADD COLUMN left_well INTEGER",
        "ALTER TABLE drive ADD COLUMN closed_by TEXT",
        f"""CREATE TABLE reconciliation_note (
    {STANDARD_COLUMNS},
    drive_id TEXT NOT NULL REFERENCES drive (id),
    kind TEXT NOT NULL,
    items TEXT NOT NULL,
    note TEXT NOT NULL
)""",
        "CREATE INDEX reconciliation_note_drive ON reconciliation_note (drive_id, kind)",
    ):
        db.execute(statement)


@_migration
def m0004_certificates(db: Database) -> None:
    """What a certificate records beyond the first schema: the donation's ordinal as
    printed ("lần thứ N") and the integrity code its QR carries."""
    for statement in (
        "ALTER TABLE certificate ADD COLUMN ordinal INTEGER",
        "ALTER TABLE certificate ADD COLUMN integrity_code TEXT",
        "CREATE INDEX certificate_donation ON certificate (donation_id)",
    ):
        db.execute(statement)


@_migration
def m0005_ticket_and_unit_history(db: Database) -> None:
    """Why a donor left is not a void: it gets its own column (``void_reason`` is for a
    ticket voided because it was issued by mistake). A donation keeps the donor's
    history as it was before it, so an amendment to "not collected" can restore it."""
    for statement in (
        "ALTER TABLE visit ADD COLUMN left_reason TEXT",
        "UPDATE visit SET left_reason = void_reason, void_reason = NULL WHERE status = 'left'",
        "ALTER TABLE donation ADD COLUMN donor_history_before TEXT",
    ):
        db.execute(statement)


@_migration
def m0006_secrets(db: Database) -> None:
    """Keys of this installation (the certificate integrity key) live in their own table,
    written without the audit trail and never exported: a setting is audited, so a key
    kept there was copied into ``audit_log``."""
    for statement in (
        """CREATE TABLE secret (
    name TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL,
    created_at TEXT NOT NULL
)""",
        "INSERT INTO secret (name, value, created_at)"
        " SELECT key, value, created_at FROM setting WHERE key = 'certificate_key'",
        "DELETE FROM setting WHERE key = 'certificate_key'",
    ):
        db.execute(statement)


_CERTIFICATE_RESERVED = f"""CREATE TABLE certificate_new (
    {STANDARD_COLUMNS},
    donation_id TEXT NOT NULL REFERENCES donation (id),
    serial TEXT NOT NULL UNIQUE,
    mode TEXT NOT NULL CHECK (mode IN ('overlay', 'blank')),
    printed_at TEXT,
    printed_by TEXT REFERENCES staff (id),
    print_count INTEGER NOT NULL DEFAULT 0,
    status TEXT NOT NULL DEFAULT 'reserved' CHECK (status IN ('reserved', 'issued', 'voided')),
    void_reason TEXT,
    ordinal INTEGER,
    integrity_code TEXT
)"""


@_migration
def m0007_printing_certificate_reserved(db: Database) -> None:
    """A serial is reserved in the register before its page is printed: a certificate
    may be ``reserved`` (not yet printed, so ``printed_at`` may be empty).

    SQLite cannot change a CHECK in place, so the table is rebuilt inside this
    migration's transaction: a new table, every row copied with its id, the old table
    dropped, the new one renamed, its indexes made again. Nothing refers to a
    certificate by foreign key (checked first, so a schema that grew one stops here
    and rolls back rather than leave dangling references)."""
    referring = [
        table
        for (table,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        for reference in db.execute(f"PRAGMA foreign_key_list('{table}')")
        if reference[2] == "certificate"
    ]
    if referring:
        raise RuntimeError(f"tables refer to certificate: {referring}")
    indexes = [
        sql
        for (sql,) in db.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'certificate'"
            " AND sql IS NOT NULL"
        )
    ]
    columns = [row[1] for row in db.execute("PRAGMA table_info('certificate')")]
    names = ", ".join(f'"{column}"' for column in columns)
    before = db.execute("SELECT count(*) FROM certificate").fetchone()[0]
    db.execute(_CERTIFICATE_RESERVED)
    db.execute(f"INSERT INTO certificate_new ({names}) SELECT {names} FROM certificate")
    db.execute("DROP TABLE certificate")
    db.execute("ALTER TABLE certificate_new RENAME TO certificate")
    for sql in indexes:
        db.execute(sql)
    after = db.execute("SELECT count(*) FROM certificate").fetchone()[0]
    problems = db.execute("PRAGMA foreign_key_check('certificate')").fetchall()
    if after != before or problems:
        raise RuntimeError(f"certificate rebuild: {before} rows before, {after} after, {problems}")


@_migration
def m0008_collection_chair(db: Database) -> None:
    """A donation keeps whether the nurse confirmed a collection time outside the site's
    limits (asked before it is recorded). A donation in the chair (its DIN scanned, its
    start time set, not yet recorded) is a row of its own, written at once, so that
    opening another donor, closing the window or a crash never loses it; it ends
    recorded (with its donation) or abandoned (with the reason)."""
    for statement in (
        "ALTER TABLE donation ADD COLUMN duration_confirmed INTEGER NOT NULL DEFAULT 0"
        " CHECK (duration_confirmed IN (0, 1))",
        f"""CREATE TABLE started_donation (
    {STANDARD_COLUMNS},
    visit_id TEXT NOT NULL REFERENCES visit (id),
    drive_id TEXT NOT NULL REFERENCES drive (id),
    din TEXT,
    started_at TEXT,
    status TEXT NOT NULL DEFAULT 'started'
        CHECK (status IN ('started', 'recorded', 'abandoned')),
    donation_id TEXT REFERENCES donation (id),
    abandon_reason TEXT
)""",
        # One donation in the chair per ticket, and a DIN on one bag at a time.
        """CREATE UNIQUE INDEX started_donation_visit ON started_donation (visit_id)
    WHERE status = 'started'""",
        """CREATE UNIQUE INDEX started_donation_din ON started_donation (din)
    WHERE status = 'started' AND din IS NOT NULL""",
        "CREATE INDEX started_donation_drive ON started_donation (drive_id, status)",
    ):
        db.execute(statement)


@_migration
def m0009_screening_rule_set_identity(db: Database) -> None:
    """A rule set is its version and the SHA-256 of its content: every one installed or
    used on this laptop is kept (one content per version, ever), and each screening
    records the hash of the rule set it was decided with."""
    for statement in (
        f"""CREATE TABLE rule_set (
    {STANDARD_COLUMNS},
    version TEXT NOT NULL UNIQUE,
    sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
    title TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT ''
)""",
        "ALTER TABLE screening ADD COLUMN rule_set_sha256 TEXT",
    ):
        db.execute(statement)


# The name index row of a donor has the donor's rowid, so a rename or a removal finds it
# at once (a search by the UNINDEXED donor_id column read the whole index: 70 ms a
# name). VACUUM may renumber donor rowids: rebuild the index after one
# (db.donors.rebuild_name_index).
_NAME_INDEX_TRIGGERS = (
    # A registry import indexes the names of the donors it stages in large batches
    # (db.donors.index_staged_names): a row at a time, the index was a third of it.
    """CREATE TRIGGER donor_fts_insert AFTER INSERT ON donor WHEN new.staged_import IS NULL
BEGIN
    INSERT INTO donor_name_fts (rowid, name_folded, donor_id)
    VALUES (new.rowid, new.name_folded, new.id);
END""",
    """CREATE TRIGGER donor_fts_update AFTER UPDATE OF name_folded ON donor BEGIN
    DELETE FROM donor_name_fts WHERE rowid = old.rowid;
    INSERT INTO donor_name_fts (rowid, name_folded, donor_id)
    VALUES (new.rowid, new.name_folded, new.id);
END""",
    """CREATE TRIGGER donor_fts_delete AFTER DELETE ON donor BEGIN
    DELETE FROM donor_name_fts WHERE rowid = old.rowid;
END""",
)


@_migration
def m0010_datasafety_staged_import(db: Database) -> None:
    """A registry import stores its new donors unseen (``staged_import`` names its
    batch) in short transactions, then shows them all at once by marking the batch
    applied: the write lock is never held for the whole file. Every read of donors
    goes through ``donor_visible``. The name index is keyed by the donor's rowid."""
    for statement in (
        f"""CREATE TABLE registry_import (
    {STANDARD_COLUMNS},
    batch INTEGER NOT NULL UNIQUE,
    file_name TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'staging'
        CHECK (status IN ('staging', 'applied', 'abandoned')),
    staged_rows INTEGER NOT NULL DEFAULT 0,
    first_rowid INTEGER,
    last_rowid INTEGER,
    heartbeat_at TEXT NOT NULL
)""",
        "ALTER TABLE donor ADD COLUMN staged_import INTEGER",
        """CREATE VIEW donor_visible AS SELECT * FROM donor
    WHERE staged_import IS NULL
       OR staged_import IN (SELECT batch FROM registry_import WHERE status = 'applied')""",
        "DROP TRIGGER donor_fts_insert",
        "DROP TRIGGER donor_fts_update",
        *_NAME_INDEX_TRIGGERS,
        "DELETE FROM donor_name_fts",
        "INSERT INTO donor_name_fts (rowid, name_folded, donor_id)"
        " SELECT rowid, name_folded, id FROM donor",
    ):
        db.execute(statement)


@_migration
def m0011_origin_audit_base(db: Database) -> None:
    """What makes the data mergeable (see db.origins):

    * each audited update keeps the stamp the row had before it (``audit_log.base``);
    * donors as the registry loaded them carry the registry's stamp ``registry:0``, not
      this device's: those no one here changed since (a donor with an audited write
      other than the import's keeps its stamp);
    * a donor keeps the donation history it came with (``registry_*``), the baseline
      the counters are recomputed from with the donations held here
      (desktop.core.lifecycle.counters): the current history less what the donations
      held here brought, so that recomputing changes nothing."""
    types = "('whole_blood', 'rbc_apheresis', 'plasma', 'platelets')"
    for statement in (
        "ALTER TABLE audit_log ADD COLUMN base TEXT",
        "ALTER TABLE donor ADD COLUMN registry_donation_count INTEGER NOT NULL DEFAULT 0"
        " CHECK (registry_donation_count >= 0)",
        "ALTER TABLE donor ADD COLUMN registry_last_donation_date TEXT",
        "ALTER TABLE donor ADD COLUMN registry_last_donation_type TEXT"
        f" CHECK (registry_last_donation_type IN {types})",
        # "What this device changed since mark N" reads donors by their stamp.
        "CREATE INDEX donor_origin ON donor (device_id, change_seq)",
        # The counters are recomputed from the donations held for a donor.
        "CREATE INDEX donation_donor ON donation (donor_id)",
        "UPDATE donor SET device_id = 'registry', change_seq = 0 WHERE source = 'registry'"
        " AND NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.table_name = 'donor'"
        " AND a.record_id = donor.id AND a.action <> 'registry_import')",
        "UPDATE donor SET registry_donation_count = donation_count,"
        " registry_last_donation_date = last_donation_date,"
        " registry_last_donation_type = last_donation_type",
    ):
        db.execute(statement)
    _baselines_before_held_donations(db)


def _baselines_before_held_donations(db: Database) -> None:
    """Donors with donations held here: the baseline is their history before the first
    of them (kept on the donation), or the current one when later than all of them, and
    the count less the complete ones after the baseline's date."""
    held: dict[str, list[tuple]] = {}
    for row in db.execute(
        "SELECT n.donor_id, r.drive_date, n.outcome, n.donor_history_before FROM donation n"
        " JOIN visit v ON v.id = n.visit_id JOIN drive r ON r.id = v.drive_id"
        " WHERE n.outcome IN ('complete', 'incomplete') ORDER BY r.drive_date, n.created_at"
    ):
        held.setdefault(row[0], []).append(row[1:])
    updates = []
    for donor_id, donations in held.items():
        count, last_date, last_type = db.execute(
            "SELECT donation_count, last_donation_date, last_donation_type FROM donor WHERE id = ?",
            [donor_id],
        ).fetchone()
        if not last_date or last_date <= donations[-1][0]:
            before = json.loads(donations[0][2]) if donations[0][2] else {}
            last_date = before.get("last_donation_date")
            last_type = before.get("last_donation_type")
        after = sum(
            1
            for date, outcome, _ in donations
            if outcome == "complete" and date > (last_date or "")
        )
        updates.append((max(count - after, 0), last_date, last_type, donor_id))
    db.conn.executemany(
        "UPDATE donor SET registry_donation_count = ?, registry_last_donation_date = ?,"
        " registry_last_donation_type = ? WHERE id = ?",
        updates,
    )


# The tables an export selects from by origin (device, change sequence).
_EXPORTED_BY_ORIGIN = (
    "drive", "staff", "donor", "visit", "screening", "donation", "certificate", "din",
    "din_roll", "reconciliation_note", "started_donation", "rule_set", "audit_log",
)  # fmt: skip


@_migration
def m0012_seal_export_log(db: Database) -> None:
    """Every export file this device wrote (its number, never reused: a number is taken
    before the file is written, so one that failed leaves a gap), and an index on the
    origin stamp of every exported table: an export selects the rows this device wrote
    after a change sequence number, which was a scan of each table."""
    db.execute(f"""CREATE TABLE export_log (
    {STANDARD_COLUMNS},
    number INTEGER NOT NULL UNIQUE CHECK (number > 0),
    seq_from INTEGER NOT NULL,
    seq_to INTEGER NOT NULL,
    file_name TEXT NOT NULL,
    sha256 TEXT,
    bytes INTEGER,
    written_at TEXT,
    written_by TEXT REFERENCES staff (id)
)""")
    for table in _EXPORTED_BY_ORIGIN:  # donor_origin came with m0011
        db.execute(f"CREATE INDEX IF NOT EXISTS {table}_origin ON {table} (device_id, change_seq)")


_VISIT_QUEUE_LETTER = f"""CREATE TABLE visit_new (
    {STANDARD_COLUMNS},
    drive_id TEXT NOT NULL REFERENCES drive (id),
    donor_id TEXT NOT NULL REFERENCES donor (id),
    queue_no INTEGER NOT NULL CHECK (queue_no > 0),
    checked_in_at TEXT NOT NULL,
    checked_in_by TEXT REFERENCES staff (id),
    status TEXT NOT NULL DEFAULT 'waiting_screening' CHECK (status IN (
        'waiting_screening', 'accepted', 'deferred', 'donated', 'not_collected',
        'left', 'voided')),
    warnings TEXT NOT NULL DEFAULT '[]',
    void_reason TEXT,
    left_reason TEXT,
    queue_letter TEXT NOT NULL DEFAULT 'A'
        CHECK (length(queue_letter) = 1 AND queue_letter BETWEEN 'A' AND 'Z'),
    UNIQUE (drive_id, queue_letter, queue_no)
)"""


@_migration_own_transaction
def m0013_numbers_queue_letter(db: Database) -> None:
    """A ticket carries its check-in desk's letter (``B12``): two laptops at one drive
    both hand out 12, as A12 and B12, and a ticket is unique per drive, letter and
    number. Every ticket made before is desk A's.

    SQLite cannot drop a table's UNIQUE in place, so the visit table is rebuilt, as
    SQLite's documentation says for a table others refer to (screening, donation and
    started_donation point at visit): foreign keys off (a pragma SQLite ignores inside
    a transaction, hence this migration's own transaction), a new table, every row
    copied with its id, the old table dropped, the new one renamed (the references,
    which name ``visit``, then point at it), its indexes made again, then
    ``PRAGMA foreign_key_check`` before the commit: any dangling reference rolls it all
    back. Foreign keys are set back as they were (on, for every HMTN connection)
    whatever happens."""
    columns = [row[1] for row in db.execute("PRAGMA table_info('visit')")]
    if "queue_letter" in columns:
        return  # committed before a crash kept it from being recorded
    if db.conn.in_transaction:
        raise RuntimeError("m0011 must start outside a transaction")
    foreign_keys = db.execute("PRAGMA foreign_keys").fetchone()[0]
    db.execute("PRAGMA foreign_keys = OFF")
    try:
        db.execute("BEGIN IMMEDIATE")
        try:
            _rebuild_visit(db, columns)
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")
    finally:
        db.execute(f"PRAGMA foreign_keys = {'ON' if foreign_keys else 'OFF'}")


def _rebuild_visit(db: Database, columns: list[str]) -> None:
    indexes = [
        sql
        for (sql,) in db.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'visit'"
            " AND sql IS NOT NULL"
        )
    ]
    triggers = db.execute(
        "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'visit'"
    ).fetchone()[0]
    if triggers:  # dropped with the table: this migration would have to make them again
        raise RuntimeError("visit has triggers: rebuild them too")
    names = ", ".join(f'"{column}"' for column in columns)
    before = db.execute("SELECT count(*) FROM visit").fetchone()[0]
    db.execute(_VISIT_QUEUE_LETTER)
    db.execute(f"INSERT INTO visit_new ({names}) SELECT {names} FROM visit")
    db.execute("DROP TABLE visit")
    db.execute("ALTER TABLE visit_new RENAME TO visit")
    for sql in indexes:
        db.execute(sql)
    db.execute("DROP INDEX visit_drive_status")
    db.execute(
        "CREATE INDEX visit_drive_status ON visit (drive_id, status, queue_letter, queue_no)"
    )
    after = db.execute("SELECT count(*) FROM visit").fetchone()[0]
    problems = db.execute("PRAGMA foreign_key_check").fetchall()
    if after != before or problems:
        raise RuntimeError(f"visit rebuild: {before} rows before, {after} after, {problems}")


_INSTALLATION = f"""CREATE TABLE installation (
    {STANDARD_COLUMNS},
    singleton INTEGER NOT NULL DEFAULT 1 UNIQUE CHECK (singleton = 1),
    incarnation TEXT NOT NULL,
    epoch INTEGER NOT NULL DEFAULT 0 CHECK (epoch >= 0),
    role TEXT NOT NULL DEFAULT 'site' CHECK (role IN ('site', 'center')),
    site_code TEXT NOT NULL DEFAULT '',
    device_name TEXT NOT NULL DEFAULT '',
    last_change_seq INTEGER NOT NULL DEFAULT 0
)"""

_KNOWN_DEVICES = f"""CREATE TABLE device (
    {STANDARD_COLUMNS},
    site_code TEXT NOT NULL,
    device_name TEXT NOT NULL DEFAULT '',
    desk_letter TEXT NOT NULL,
    fin TEXT NOT NULL,
    din_block_first INTEGER NOT NULL,
    din_block_last INTEGER NOT NULL,
    signing_key TEXT NOT NULL UNIQUE,
    key_id TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'revoked')),
    enrolled_at TEXT NOT NULL,
    revoked_at TEXT,
    revoked_by TEXT,
    revoke_reason TEXT,
    CHECK (din_block_first <= din_block_last)
)"""


@_migration
def m0014_ident_installation(db: Database) -> None:
    """This installation and the devices it knows are two things: the one row that was
    ``device`` (read with ``LIMIT 1``) becomes ``installation``, which holds exactly one
    row (a constant unique key; a trigger refuses its deletion), and gains an
    incarnation (a new UUIDv7 here, and after every restore), an epoch (0; the change
    sequence numbers of an epoch are ``epoch * 10**12 + n``) and a role (a site's
    laptop or the provincial center). ``device`` now lists the devices this database
    knows (a center's enrolled laptops), each with its signing key."""
    columns = "id, created_at, updated_at, device_id, change_seq, site_code, device_name"
    rows = db.execute(f"SELECT {columns}, last_change_seq FROM device").fetchall()
    if len(rows) > 1:
        raise RuntimeError(f"{len(rows)} device rows: which one is this installation?")
    db.execute(_INSTALLATION)
    for row in rows:
        db.execute(
            f"INSERT INTO installation ({columns}, last_change_seq, incarnation)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [*row, new_id()],
        )
    db.execute("DROP TABLE device")
    for statement in (
        """CREATE TRIGGER installation_no_delete BEFORE DELETE ON installation BEGIN
    SELECT RAISE(ABORT, 'the installation row is never deleted');
END""",
        _KNOWN_DEVICES,
        "CREATE INDEX device_fin ON device (fin, status)",
    ):
        db.execute(statement)


_CENTER_MERGE = (
    # Every version of a record the center received, as received: the row in the
    # record's table is a function of this set (desktop.core.exchange.versions).
    # Registry versions all carry registry:0, so the content hash is part of the key.
    """CREATE TABLE record_version (
    table_name TEXT NOT NULL,
    record_id TEXT NOT NULL,
    device_id TEXT NOT NULL,
    change_seq INTEGER NOT NULL,
    epoch INTEGER NOT NULL,
    bases TEXT NOT NULL DEFAULT '[]',
    content_sha TEXT NOT NULL,
    content TEXT NOT NULL,
    source TEXT NOT NULL,
    received_at TEXT NOT NULL,
    PRIMARY KEY (table_name, record_id, device_id, change_seq, content_sha)
) WITHOUT ROWID""",
    # Every value of a unique column (and a donor's CCCD, name and birth date) that a
    # received version carried: two records behind one value is a hold or a person.
    """CREATE TABLE record_key (
    table_name TEXT NOT NULL,
    column_name TEXT NOT NULL,
    value TEXT NOT NULL,
    record_id TEXT NOT NULL,
    PRIMARY KEY (table_name, column_name, value, record_id)
) WITHOUT ROWID""",
    "CREATE INDEX record_key_record ON record_key (record_id, table_name, column_name)",
    f"""CREATE TABLE merge_conflict (
    {STANDARD_COLUMNS},
    table_name TEXT NOT NULL,
    record_id TEXT NOT NULL,
    heads TEXT NOT NULL,
    chosen TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved')),
    resolved_by TEXT,
    resolved_at TEXT,
    resolution TEXT,
    decision_reason TEXT,
    UNIQUE (table_name, record_id, heads)
)""",
    "CREATE INDEX merge_conflict_status ON merge_conflict (status, table_name, record_id)",
    f"""CREATE TABLE quarantine (
    {STANDARD_COLUMNS},
    donation_id TEXT NOT NULL,
    reason TEXT NOT NULL CHECK (reason IN ('within_interval', 'deferred_elsewhere',
        'deferred_registry', 'din_twice', 'serial_twice')),
    params TEXT NOT NULL DEFAULT '{{}}',
    status TEXT NOT NULL DEFAULT 'held' CHECK (status IN ('held', 'released', 'discarded')),
    decided_by TEXT,
    decided_at TEXT,
    decision_reason TEXT,
    UNIQUE (donation_id, reason)
)""",
    "CREATE INDEX quarantine_status ON quarantine (status)",
    f"""CREATE TABLE person_review (
    {STANDARD_COLUMNS},
    donor_a TEXT NOT NULL,
    donor_b TEXT NOT NULL,
    name_folded TEXT NOT NULL,
    birth_date TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'dismissed', 'merged')),
    decided_by TEXT,
    decided_at TEXT,
    decision_reason TEXT,
    UNIQUE (donor_a, donor_b),
    CHECK (donor_a < donor_b)
)""",
    """CREATE TABLE donor_redirect (
    from_id TEXT PRIMARY KEY NOT NULL,
    to_id TEXT NOT NULL,
    reason TEXT NOT NULL CHECK (reason IN ('same_national_id', 'reviewed')),
    created_at TEXT NOT NULL,
    CHECK (to_id < from_id)
)""",
    "CREATE INDEX donor_redirect_to ON donor_redirect (to_id)",
    """CREATE TABLE merge_hold (
    table_name TEXT NOT NULL,
    record_id TEXT NOT NULL,
    column_name TEXT NOT NULL,
    value TEXT NOT NULL,
    reason TEXT NOT NULL CHECK (reason IN ('seen_twice')),
    created_at TEXT NOT NULL,
    PRIMARY KEY (table_name, record_id, column_name, value)
)""",
    "CREATE INDEX merge_hold_value ON merge_hold (table_name, column_name, value)",
    """CREATE TABLE merge_flag (
    table_name TEXT NOT NULL,
    record_id TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('outside_drive_day', 'future_timestamp')),
    detail TEXT NOT NULL DEFAULT '{}',
    created_at TEXT NOT NULL,
    PRIMARY KEY (table_name, record_id, kind)
)""",
    "CREATE INDEX merge_flag_record ON merge_flag (record_id, kind)",
    """CREATE TABLE center_import (
    id TEXT PRIMARY KEY NOT NULL,
    file_name TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    source_device_id TEXT,
    incarnation TEXT,
    epoch INTEGER,
    export_number INTEGER,
    seq_from INTEGER,
    seq_to INTEGER,
    status TEXT NOT NULL CHECK (status IN ('accepted', 'rejected')),
    reason TEXT,
    counts TEXT NOT NULL DEFAULT '{}',
    flags INTEGER NOT NULL DEFAULT 0,
    imported_at TEXT NOT NULL,
    imported_by TEXT NOT NULL
)""",
    "CREATE INDEX center_import_device ON center_import (source_device_id, incarnation, status)",
    # a person's donations, for the re-checks and the counters (and redirects)
    "CREATE INDEX IF NOT EXISTS donation_donor ON donation (donor_id)",
)


@_migration
def m0015_center_merge(db: Database) -> None:
    """The provincial center's merge of the files sites send: every version received,
    the keys they carried, and the lists a person works through (conflicts, quarantined
    units, people to review) beside what the merge decided alone (redirects of a
    person's second record, values held aside, flags) and one row per file seen."""
    for statement in _CENTER_MERGE:
        db.execute(statement)


_MERGE_FLAG_KINDS = """CREATE TABLE merge_flag_new (
    table_name TEXT NOT NULL,
    record_id TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('outside_drive_day', 'future_timestamp',
                                       'din_outside_block')),
    detail TEXT NOT NULL DEFAULT '{}',
    created_at TEXT NOT NULL,
    PRIMARY KEY (table_name, record_id, kind)
)"""


@_migration
def m0016_centertests_din_outside_block(db: Database) -> None:
    """A flag for a DIN outside the block its device was enrolled with (the center
    checks what the laptop's own allocation promised): merge_flag's CHECK list grows
    (SQLite changes a CHECK only by making the table again)."""
    db.execute(_MERGE_FLAG_KINDS)
    db.execute(
        "INSERT INTO merge_flag_new (table_name, record_id, kind, detail, created_at)"
        " SELECT table_name, record_id, kind, detail, created_at FROM merge_flag"
    )
    db.execute("DROP TABLE merge_flag")
    db.execute("ALTER TABLE merge_flag_new RENAME TO merge_flag")
    db.execute("CREATE INDEX merge_flag_record ON merge_flag (record_id, kind)")


_PACKAGES = (
    # The devices a planned drive is worked by (the center plans; a site receives its own).
    f"""CREATE TABLE drive_assignment (
    {STANDARD_COLUMNS},
    drive_id TEXT NOT NULL REFERENCES drive (id),
    for_device TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'assigned' CHECK (status IN ('assigned', 'withdrawn')),
    UNIQUE (drive_id, for_device)
)""",
    "CREATE INDEX drive_assignment_device ON drive_assignment (for_device, status)",
    # Numbers the center hands a device ahead: a DIN sequence block for one drive
    # (FIN, year of the drive, first..last of the site's yearly sequence), or a run of
    # pre-printed certificate form serials (prefix, zero-padded width, first..last).
    f"""CREATE TABLE number_block (
    {STANDARD_COLUMNS},
    kind TEXT NOT NULL CHECK (kind IN ('din', 'serial')),
    for_device TEXT NOT NULL,
    drive_id TEXT REFERENCES drive (id),
    fin TEXT NOT NULL DEFAULT '',
    year INTEGER,
    prefix TEXT NOT NULL DEFAULT '',
    width INTEGER NOT NULL DEFAULT 0,
    first INTEGER NOT NULL,
    last INTEGER NOT NULL,
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'withdrawn')),
    CHECK (first <= last),
    CHECK (kind = 'serial' OR (drive_id IS NOT NULL AND fin != '' AND year IS NOT NULL))
)""",
    "CREATE INDEX number_block_device ON number_block (for_device, kind, status)",
    "CREATE INDEX number_block_drive ON number_block (drive_id)",
    # The center: every drive package written, numbered per device.
    """CREATE TABLE package_log (
    id TEXT PRIMARY KEY NOT NULL,
    device_id TEXT NOT NULL,
    number INTEGER NOT NULL CHECK (number >= 1),
    file_name TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    counts TEXT NOT NULL DEFAULT '{}',
    made_at TEXT NOT NULL,
    made_by TEXT NOT NULL,
    UNIQUE (device_id, number)
)""",
    # A site: every package installed here (the highest number is the one installed).
    """CREATE TABLE package_install (
    id TEXT PRIMARY KEY NOT NULL,
    number INTEGER NOT NULL UNIQUE CHECK (number >= 1),
    file_name TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    made_at TEXT NOT NULL,
    counts TEXT NOT NULL DEFAULT '{}',
    acknowledged_seq INTEGER,
    installed_at TEXT NOT NULL,
    installed_by TEXT NOT NULL
)""",
)


@_migration
def m0017_packages(db: Database) -> None:
    """The center prepares the laptops: a device's age recipient (drive packages are
    encrypted to it), the devices each planned drive is worked by, the number blocks
    the center hands out, the packages it wrote and those a site installed."""
    db.execute("ALTER TABLE device ADD COLUMN recipient TEXT NOT NULL DEFAULT ''")
    for statement in _PACKAGES:
        db.execute(statement)


_LAB_QUARANTINE = f"""CREATE TABLE quarantine_new (
    {STANDARD_COLUMNS},
    donation_id TEXT NOT NULL,
    reason TEXT NOT NULL CHECK (reason IN ('within_interval', 'deferred_elsewhere',
        'deferred_registry', 'din_twice', 'serial_twice', 'lab_reactive', 'lab_positive')),
    params TEXT NOT NULL DEFAULT '{{}}',
    status TEXT NOT NULL DEFAULT 'held' CHECK (status IN ('held', 'released', 'discarded')),
    decided_by TEXT,
    decided_at TEXT,
    decision_reason TEXT,
    UNIQUE (donation_id, reason)
)"""

_LAB_MARKER = "TEXT NOT NULL DEFAULT '' CHECK ({0} IN ('', 'negative', 'reactive', 'positive'))"

_LAB = (
    # Every results file the center imported (a file seen before is not imported again).
    f"""CREATE TABLE lab_import (
    {STANDARD_COLUMNS},
    file_name TEXT NOT NULL,
    sha256 TEXT NOT NULL UNIQUE,
    lines INTEGER NOT NULL CHECK (lines >= 0),
    counts TEXT NOT NULL DEFAULT '{{}}',
    imported_at TEXT NOT NULL,
    imported_by TEXT
)""",
    # A unit's results as a file gave them; one is current per DIN, later different ones
    # wait for a person's decision (pending), never overwriting.
    f"""CREATE TABLE lab_result (
    {STANDARD_COLUMNS},
    lab_import_id TEXT NOT NULL REFERENCES lab_import (id),
    line INTEGER NOT NULL,
    din TEXT NOT NULL,
    donation_id TEXT NOT NULL,
    abo TEXT NOT NULL DEFAULT '' CHECK (abo IN ('', 'A', 'B', 'AB', 'O')),
    rh TEXT NOT NULL DEFAULT '' CHECK (rh IN ('', '+', '-')),
    hbsag {_LAB_MARKER.format("hbsag")},
    anti_hcv {_LAB_MARKER.format("anti_hcv")},
    anti_hiv {_LAB_MARKER.format("anti_hiv")},
    syphilis {_LAB_MARKER.format("syphilis")},
    nat {_LAB_MARKER.format("nat")},
    tested_on TEXT,
    status TEXT NOT NULL DEFAULT 'current'
        CHECK (status IN ('current', 'pending', 'superseded', 'rejected'))
)""",
    "CREATE UNIQUE INDEX lab_result_current ON lab_result (din) WHERE status = 'current'",
    "CREATE INDEX lab_result_din ON lab_result (din, status)",
    "CREATE INDEX lab_result_donation ON lab_result (donation_id, status)",
    # What a person decides: other results for a unit (open until decided), or the lab's
    # blood group against the recorded one (listed as derived, stored once decided).
    f"""CREATE TABLE lab_conflict (
    {STANDARD_COLUMNS},
    kind TEXT NOT NULL CHECK (kind IN ('results', 'blood_group')),
    din TEXT NOT NULL DEFAULT '',
    result_id TEXT REFERENCES lab_result (id),
    person_id TEXT NOT NULL DEFAULT '',
    lab_abo TEXT NOT NULL DEFAULT '',
    lab_rh TEXT NOT NULL DEFAULT '',
    recorded_abo TEXT NOT NULL DEFAULT '',
    recorded_rh TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'kept', 'taken')),
    decided_by TEXT,
    decided_at TEXT,
    decision_reason TEXT
)""",
    "CREATE INDEX lab_conflict_status ON lab_conflict (status, kind)",
    # The donors the center must tell of a confirmed positive marker, one per unit.
    f"""CREATE TABLE lab_notice (
    {STANDARD_COLUMNS},
    donation_id TEXT NOT NULL UNIQUE,
    din TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'to_notify'
        CHECK (status IN ('to_notify', 'notified', 'withdrawn')),
    method TEXT CHECK (method IN ('phone', 'message', 'letter', 'in_person')),
    notified_on TEXT,
    notified_by TEXT,
    note TEXT NOT NULL DEFAULT ''
)""",
    "CREATE INDEX lab_notice_status ON lab_notice (status)",
)


@_migration
def m0019_lab_results(db: Database) -> None:
    """The laboratory's results at the center: the files imported, each unit's results,
    the decisions a person takes on them and the donors to notify. Lab facts (a blood
    group, a permanent deferral) are derived from these, never written into the merged
    records. Two quarantine reasons for a unit the lab found reactive or positive: the
    CHECK list grows (SQLite changes a CHECK only by making the table again)."""
    db.execute(_LAB_QUARANTINE)
    db.execute(
        "INSERT INTO quarantine_new SELECT id, created_at, updated_at, device_id, change_seq,"
        " donation_id, reason, params, status, decided_by, decided_at, decision_reason"
        " FROM quarantine"
    )
    db.execute("DROP TABLE quarantine")
    db.execute("ALTER TABLE quarantine_new RENAME TO quarantine")
    db.execute("CREATE INDEX quarantine_status ON quarantine (status)")
    for statement in _LAB:
        db.execute(statement)


@_migration
def m0020_pkg_export_time(db: Database) -> None:
    """The center keeps when each export file it accepted was made (its manifest's
    ``exported_at``): a drive package tells the laptop that everything it changed up
    to that time is at the center. Files accepted before have none (NULL)."""
    db.execute("ALTER TABLE center_import ADD COLUMN exported_at TEXT")


@_migration
def m0021_install_acknowledgement(db: Database) -> None:
    """What a site keeps of the acknowledgement each installed package carried: which
    incarnation of this laptop it was for, the last export it names and when that
    export was written (the "everything up to <time> is at the center" line)."""
    for column in (
        "acknowledged_incarnation TEXT",
        "acknowledged_export INTEGER",
        "acknowledged_at TEXT",
    ):
        db.execute(f"ALTER TABLE package_install ADD COLUMN {column}")


_STAFF_ROLE = f"""CREATE TABLE staff_role (
    {STANDARD_COLUMNS},
    staff_id TEXT NOT NULL REFERENCES staff (id),
    role TEXT NOT NULL
        CHECK (role IN ('admin', 'clerk', 'doctor', 'nurse', 'certificate', 'center')),
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    UNIQUE (staff_id, role)
)"""


@_migration
def m0022_staff_roles(db: Database) -> None:
    """A person holds several roles, one row each (a role taken away is made inactive,
    never deleted). Each person's role so far becomes their first row, stamped as their
    staff row is (its id is made from the person and the role, db.staff.role_id: the
    site and the center derive the same row, which the center then holds already). At a
    center, its own staff (written by this installation) are also center operators.

    ``staff.role`` stays, frozen and no longer read: SQLite changes a CHECK list only by
    making the most referred-to table again, and the center holds versions of staff rows
    carrying that column (their hashes include it): dropping it would make the center
    refuse a re-sent file and those of laptops not yet upgraded."""
    from db.staff import role_id  # noqa: PLC0415 - the one definition of a role row's id

    db.execute(_STAFF_ROLE)
    db.execute("CREATE INDEX staff_role_origin ON staff_role (device_id, change_seq)")
    installation = db.execute("SELECT device_id, role FROM installation").fetchone()
    rows = []
    for staff in db.query("SELECT * FROM staff"):
        roles = [staff["role"]]
        if installation and installation[1] == "center" and staff["device_id"] == installation[0]:
            roles.append("center")
        for role in roles:
            rows.append((role_id(staff["id"], role), staff["created_at"], staff["updated_at"],
                         staff["device_id"], staff["change_seq"], staff["id"], role))  # fmt: skip
    db.conn.executemany(
        "INSERT INTO staff_role (id, created_at, updated_at, device_id, change_seq, staff_id,"
        " role, active) VALUES (?, ?, ?, ?, ?, ?, ?, 1)",
        rows,
    )


@_migration
def m0023_signin_staff_login(db: Database) -> None:
    """How each staff member signs in on this laptop: a user name (unique as
    ``key_file.user_key`` compares them), the PIN's argon2id hash and the PIN's recent
    failures. Like ``secret``, written without the audit trail's values (a hash is no
    business of an audit export) and never exported. Passwords are not here: a password
    is right when it unwraps the database key (the key file beside the database)."""
    db.execute(
        """CREATE TABLE staff_login (
    staff_id TEXT PRIMARY KEY NOT NULL REFERENCES staff (id),
    user_name TEXT NOT NULL,
    user_key TEXT NOT NULL UNIQUE,
    pin_hash TEXT,
    pin_failures INTEGER NOT NULL DEFAULT 0,
    pin_failed_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
)"""
    )


_AUDIT_CHAIN = (
    # Each entry's place in the hash chain of the installation that wrote it (see
    # db.audit_chain), and the head of this installation's chain.
    "ALTER TABLE audit_log ADD COLUMN chain_device TEXT",
    "ALTER TABLE audit_log ADD COLUMN chain_seq INTEGER",
    "ALTER TABLE audit_log ADD COLUMN chain_hash TEXT",
    "CREATE INDEX audit_log_chain ON audit_log (chain_device, chain_seq)",
    "ALTER TABLE installation ADD COLUMN audit_chain_seq INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE installation ADD COLUMN audit_chain_hash TEXT",
    # The center: the last link of each device's chain it checked (from the files it
    # imported), which the next file must continue; and what each file's check found.
    """CREATE TABLE audit_anchor (
    device_id TEXT PRIMARY KEY NOT NULL,
    chain_seq INTEGER NOT NULL,
    chain_hash TEXT NOT NULL,
    incarnation TEXT,
    export_number INTEGER,
    updated_at TEXT NOT NULL
)""",
    "ALTER TABLE center_import ADD COLUMN audit_chain TEXT",
)


@_migration
def m0024_audit_chain(db: Database) -> None:
    """The audit trail becomes a hash chain per device: the columns, the installation's
    head, the center's anchors, and the chain computed over the entries written so far
    (the append-only triggers set aside for that one update, then restored)."""
    for statement in _AUDIT_CHAIN:
        db.execute(statement)
    db.execute("DROP TRIGGER audit_log_no_update")
    chain_existing(db)
    db.execute("""CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END""")


@_migration
def m0027_drafts(db: Database) -> None:
    """The ticks of a questionnaire nobody has recorded yet, kept as the doctor makes
    them (one row per ticket, its latest ticks): a crash or a power cut no longer loses
    a half-filled questionnaire. A draft is never an answer: the recorded questionnaire
    (``screening.answers``) is, and once it exists its draft is no longer read. Kept on
    this laptop only (not in the export)."""
    db.execute(f"""CREATE TABLE questionnaire_draft (
    {STANDARD_COLUMNS},
    visit_id TEXT NOT NULL UNIQUE REFERENCES visit (id),
    answers TEXT NOT NULL
)""")


@_migration
def m0025_reserved_numbers(db: Database) -> None:
    """Numbers a restored laptop must not give again: those the file kept aside at the
    restore holds beyond the backup's (work done after the backup), or a safety margin
    when there was no such file. Every allocator starts above them (tickets, DINs,
    certificate serials stay derived from the records; these ranges are records too).
    Kept on this laptop only (not in the export): the center holds the records."""
    db.execute(f"""CREATE TABLE reserved_number (
    {STANDARD_COLUMNS},
    kind TEXT NOT NULL CHECK (kind IN ('ticket', 'din', 'serial')),
    scope TEXT NOT NULL,
    part TEXT NOT NULL DEFAULT '',
    first INTEGER NOT NULL,
    last INTEGER NOT NULL,
    basis TEXT NOT NULL CHECK (basis IN ('lost_work', 'margin')),
    note TEXT NOT NULL DEFAULT '',
    CHECK (first <= last)
)""")
    db.execute("CREATE INDEX reserved_number_scope ON reserved_number (kind, scope, part, last)")


@_migration
def m0028_search_indexes(db: Database) -> None:
    """Every search the check-in field makes is one index range read in the order shown,
    with no sort and no second look-up by id (at 10 million donors a sort read every
    "nguyen van an" before showing 50):
    - names as typed: (name_folded, birth_date), the order of the results;
    - a date of birth: (birth_date, name_folded);
    - family and given name without the middle names ("nguyen an" finds Nguyễn Văn An
      and Nguyễn Thị Thanh An): the first and the last word of the folded name, so the
      two most common words of the name index are not intersected. An index on the
      expressions: no column to fill, so every writer of donors keeps working as is
      (``db.donors.FAMILY_NAME``/``GIVEN_NAME`` are the same expressions, to the letter).
    The single-column indexes they extend are dropped (every query they served uses the
    new ones)."""
    for statement in (
        "CREATE INDEX donor_name_birth ON donor (name_folded, birth_date)",
        "CREATE INDEX donor_birth_name ON donor (birth_date, name_folded)",
        "CREATE INDEX donor_family_given ON donor ("
        "substr(name_folded, 1, instr(name_folded || ' ', ' ') - 1),"
        " substr(name_folded, length(rtrim(name_folded, replace(name_folded, ' ', ''))) + 1))",
        "DROP INDEX donor_name_folded",
        "DROP INDEX donor_birth_date",
    ):
        db.execute(statement)


# The donors stored (seen or staged), kept by the rows' own inserts and deletes: the
# status bar read ``count(*)`` over donor at every change (57 ms at 10 M donors, seconds
# cold). Every path that adds or removes donors must go through these triggers.
DONOR_TALLY = "donors"
_DONOR_TALLY_TRIGGERS = (
    f"""CREATE TRIGGER donor_tally_insert AFTER INSERT ON donor BEGIN
    UPDATE tally SET value = value + 1 WHERE name = '{DONOR_TALLY}';
END""",
    f"""CREATE TRIGGER donor_tally_delete AFTER DELETE ON donor BEGIN
    UPDATE tally SET value = value - 1 WHERE name = '{DONOR_TALLY}';
END""",
)


@_migration
def m0029_donor_tally(db: Database) -> None:
    """Counters kept as rows change, not counted at each look (``db.tally``): the donors
    stored, counted once here. Derived, kept on this laptop only (not exported)."""
    db.execute("CREATE TABLE tally (name TEXT PRIMARY KEY NOT NULL, value INTEGER NOT NULL)")
    db.execute("INSERT INTO tally (name, value) SELECT ?, count(*) FROM donor", [DONOR_TALLY])
    for statement in _DONOR_TALLY_TRIGGERS:
        db.execute(statement)


@_migration
def m0030_registry_lines(db: Database) -> None:
    """The checked lines of the registry file being imported, written a chunk at a time
    as the file is read (by a child process, on its own connection), so that nothing
    proportional to the file is held in memory: the lines are matched to the donors
    here in SQL, and the new ones go into ``donor`` from here. One import stages at a
    time (``registry_import``); the table is emptied when it ends. Not a record (no
    bookkeeping columns, never audited, never exported): a work table in the encrypted
    file (a TEMP table cannot be shared with the child's connection, and SQLCipher
    keeps temporary data in memory here: ``TEMP_STORE=2``)."""
    db.execute("""CREATE TABLE registry_line (
    line INTEGER PRIMARY KEY,
    donor_id TEXT,
    new_id TEXT NOT NULL,
    national_id TEXT,
    old_id TEXT,
    full_name TEXT NOT NULL,
    name_folded TEXT NOT NULL,
    birth_date TEXT NOT NULL,
    sex TEXT NOT NULL,
    address TEXT NOT NULL,
    phone TEXT NOT NULL,
    abo TEXT NOT NULL,
    rh TEXT NOT NULL,
    donation_count INTEGER NOT NULL,
    last_donation_date TEXT,
    last_donation_type TEXT,
    deferral_until TEXT,
    deferral_permanent INTEGER,
    deferral_reason TEXT NOT NULL,
    rare_blood INTEGER,
    reserve_club INTEGER,
    matched_id TEXT,
    changes TEXT,
    lifted INTEGER NOT NULL DEFAULT 0
)""")
    # A number carried by two lines is found by these as the lines are written.
    db.execute(
        "CREATE INDEX registry_line_national_id ON registry_line (national_id)"
        " WHERE national_id IS NOT NULL"
    )
    db.execute(
        "CREATE INDEX registry_line_old_id ON registry_line (old_id) WHERE old_id IS NOT NULL"
    )
    db.execute(
        "CREATE INDEX registry_line_donor_id ON registry_line (donor_id) WHERE donor_id IS NOT NULL"
    )
    db.execute(
        "CREATE INDEX registry_line_matched ON registry_line (matched_id)"
        " WHERE matched_id IS NOT NULL"
    )


@_migration
def m0031_registry_line_unindexed(db: Database) -> None:
    """The work table's number indexes go: a number two lines of a registry carry is
    found by one sort once the file is read (``db.registry_lines.repeated_numbers``),
    not by indexes kept row by row as it is read, which outgrew the page cache at
    millions of lines and with it the reading's time."""
    for name in ("registry_line_national_id", "registry_line_old_id", "registry_line_donor_id"):
        db.execute(f"DROP INDEX IF EXISTS {name}")


@_migration
def m0032_registry_import_bulk(db: Database) -> None:
    """When an import began storing a laptop's first registry in bulk (one write
    transaction of minutes): a write meeting the lock then says so at once instead of
    waiting out its busy timeout (``db.records.RegistryLoading``)."""
    db.execute("ALTER TABLE registry_import ADD COLUMN bulk_at TEXT")
