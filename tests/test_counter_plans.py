"""The figures on screen (the status bar's donors, the queue's counts, the drive's
figures and the drive list) are read through indexes or kept tallies: none of their
queries reads a whole table of donors, tickets, donations or screenings, which at a
national registry's size would stall the window at every change."""

import datetime as dt
import re

from tests.factories import FEMALE, MALE

# Tables that grow with the registry and the drives (a drive list reads every drive:
# a few hundred rows in a laptop's life).
LARGE = {"donor", "visit", "donation", "screening", "din", "certificate", "audit_log"}


def statements_of(services, read) -> list[str]:
    """The SELECTs ``read`` runs, their parameters written in."""
    seen: list[str] = []
    services.db.conn.set_trace_callback(seen.append)
    try:
        read()
    finally:
        services.db.conn.set_trace_callback(None)
    return [sql for sql in seen if sql.lstrip().upper().startswith("SELECT")]


def whole_table_reads(services, sql: str) -> list[str]:
    """What the plan of ``sql`` reads from start to end among the large tables (SQLite's
    plan says SCAN for a full pass, SEARCH for an indexed range)."""
    aliases = dict(re.findall(r"\b(?:FROM|JOIN)\s+(\w+)\s+(?:AS\s+)?(\w+)", sql, re.I))
    tables = {alias: table for table, alias in aliases.items()}
    scans = []
    for row in services.db.execute(f"EXPLAIN QUERY PLAN {sql}"):
        found = re.match(r"SCAN (\w+)", row[3])
        if found and tables.get(found[1], found[1]) in LARGE:
            scans.append(row[3])
    return scans


def test_no_figure_on_screen_reads_a_whole_table(services, drive, donors):
    for serial, (name, sex) in enumerate([("Lê Thị Mai", FEMALE), ("Trần Văn An", MALE)], 1):
        donor = donors.register(name, dt.date(1990, 1, serial), sex)
        services.checkin.check_in(drive, donor)
    reads = {
        "status bar": services.donors.count,
        "queue counts": lambda: services.checkin.counts(drive),
        "queue": lambda: services.checkin.waiting_for_screening(drive),
        "drive figures": lambda: services.reconciliation.summary(drive),
        "drive list": services.drives.all,
    }
    for what, read in reads.items():
        statements = statements_of(services, read)
        assert statements, what
        for sql in statements:
            assert whole_table_reads(services, sql) == [], (what, sql)
