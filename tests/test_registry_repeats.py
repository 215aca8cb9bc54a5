"""A number two lines of a registry carry refuses the file, the later line naming the
first; found once the whole file is in the import's work table (one sort a column,
desktop.core.registry.loading), reported with the other bad lines in line order."""

import pytest

from desktop.core.registry import loading, reader
from tests.factories import write_registry
from tests.test_registry_import import database_digest, rows_for


def _found(report) -> list[tuple]:
    return [(e.line, e.column, e.problem.code, e.problem.params.get("first_line"))
            for e in report.errors]  # fmt: skip


@pytest.mark.parametrize("rows_per_sort", [loading.ROWS_PER_SORT, 2], ids=["one sort", "parts"])
def test_repeated_numbers_and_bad_lines_come_in_line_order_across_chunks(
    services, tmp_path, monkeypatch, rows_per_sort
):
    monkeypatch.setattr(reader, "CHUNK_ROWS", 2)  # the repeats span chunks
    monkeypatch.setattr(loading, "ROWS_PER_SORT", rows_per_sort)  # a column sorted in parts
    services.registry.import_file(write_registry(tmp_path / "first.csv", rows_for(2, start=90)))
    before = database_digest(services)
    r = rows_for(6)
    lines = [r[0], r[1], {**r[2], "sex": "?"}, r[0], r[3], {**r[4], "birth_date": "x"},
             {**r[5], "old_id": "123456789"}, r[1], {**r[3], "national_id": "",
             "old_id": "123456789"}]  # fmt: skip
    report = services.registry.import_file(write_registry(tmp_path / "r.csv", lines))
    assert _found(report) == [
        (4, "sex", "sex_invalid", None),
        (5, "national_id", "duplicate_id", 2),
        (7, "birth_date", "date_invalid", None),
        (9, "national_id", "duplicate_id", 3),
        (10, "old_id", "duplicate_id", 8),
    ]
    assert report.errors[1].problem.params["value"] == r[0]["national_id"]
    assert (report.rows, report.error_count) == (9, 5)
    assert database_digest(services) == before


def test_the_first_thousand_errors_are_kept_in_line_order_and_all_are_counted(services, tmp_path):
    """Repeats and bad lines alternate, in one chunk of the reading: kept in line order
    (the reading once put a chunk's repeats after all its bad lines)."""
    good = rows_for(700)
    lines = good + [row for g in good for row in (g, {**g, "sex": "?"})]
    report = services.registry.import_file(write_registry(tmp_path / "r.csv", lines))
    assert report.error_count == 1400
    assert [e.line for e in report.errors] == list(range(702, 702 + reader.MAX_REPORTED_ERRORS))
    assert _found(report)[:3] == [
        (702, "national_id", "duplicate_id", 2),
        (703, "sex", "sex_invalid", None),
        (704, "national_id", "duplicate_id", 3),
    ]
    assert report.rows == 2100
