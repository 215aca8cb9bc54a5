"""The certificate issue register of a drive: every serial with its donation, who
printed it and when, how often, and whether it is reserved, issued or voided; as rows
for the printed register and as CSV for the center (cells a spreadsheet would run as a
formula are neutralised)."""

import csv
import datetime as dt
import io
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from sqlite_utils import Database

from db import certificates as certificate_queries
from desktop.core.domain.dates import dmy, from_iso, local_moment
from desktop.core.domain.records import Drive
from desktop.core.domain.text import spreadsheet_safe
from desktop.core.foundation.files import refuse_open_database, written_whole

if TYPE_CHECKING:  # the module loads reportlab: imported where the rows are made
    from printing.register import RegisterRow

CSV_COLUMNS = ("serial", "issued_at", "full_name", "birth_date", "id_number", "volume_ml",
               "din", "mode", "printed_by", "print_count", "status", "void_reason")  # fmt: skip


def register_rows(db: Database, drive: Drive) -> "list[RegisterRow]":
    from printing.register import RegisterRow  # noqa: PLC0415 - reportlab, loaded when printing

    return [
        RegisterRow(
            serial=row["serial"],
            issued_at=local_moment(row["printed_at"]) if row["printed_at"] else None,
            full_name=row["full_name"],
            birth_date=from_iso(row["birth_date"]),
            id_number=row["national_id"] or row["old_id"] or "",
            volume_ml=row["volume_ml"] or 0,
            din=row["din"] or "",
            mode=row["mode"],
            printed_by=row["printed_by_name"] or "",
            print_count=row["print_count"],
            status=row["status"],
            void_reason=row["void_reason"] or "",
        )
        for row in certificate_queries.register(db, drive.id)
    ]


def write_register_csv(rows: "list[RegisterRow]", path: str | Path) -> int:
    """The register as CSV (UTF-8 with BOM, for Excel); returns the rows written."""
    refuse_open_database(path)
    with written_whole(Path(path)) as target, _text(target) as handle:
        writer = csv.writer(handle)
        writer.writerow(CSV_COLUMNS)
        for row in rows:
            cells = [row.serial, _local(row.issued_at), row.full_name, dmy(row.birth_date),
                     row.id_number, row.volume_ml, row.din, row.mode, row.printed_by,
                     row.print_count, row.status, row.void_reason]  # fmt: skip
            writer.writerow([spreadsheet_safe(cell) for cell in cells])
    return len(rows)


@contextmanager
def _text(target: BinaryIO) -> Iterator[io.TextIOWrapper]:
    """Text (UTF-8 with BOM) over ``target``, which stays open for its owner."""
    handle = io.TextIOWrapper(target, encoding="utf-8-sig", newline="")
    try:
        yield handle
        handle.flush()
    finally:
        handle.detach()


def _local(moment: dt.datetime | None) -> str:
    """dd/mm/yyyy hh:mm, as the register's CSV has it; empty for a serial reserved and
    never printed."""
    return f"{dmy(moment.date())} {moment:%H:%M}" if moment else ""
