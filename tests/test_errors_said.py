"""Errors are never swallowed silently: where one cannot be reported to the person at
the laptop at that point, it is in the log (logger "hmtn"), with its traceback."""

import logging

from tests.test_registry_import import rows_for, write_registry


def test_an_import_whose_work_table_cannot_be_emptied_says_so_in_the_log(
    services, tmp_path, caplog
):
    # A real refusal of SQLite's: a trigger aborts the delete of any work row (the table
    # is empty when the import starts: it fires only when the import is over).
    services.db.execute(
        "CREATE TRIGGER keep_lines BEFORE DELETE ON registry_line"
        " BEGIN SELECT RAISE(ABORT, 'the work table cannot be emptied'); END"
    )
    path = write_registry(tmp_path / "registry.csv", rows_for(3))
    with caplog.at_level(logging.ERROR, "hmtn"):
        report = services.registry.import_file(path)
    assert report.ok and report.inserted == 3  # the import itself went through
    said = [r for r in caplog.records if "work table" in r.getMessage()]
    assert said and said[0].exc_info is not None
    assert "the work table cannot be emptied" in caplog.text


def test_a_last_full_check_that_is_not_a_day_makes_the_check_due_and_is_logged(services, caplog):
    from db.records import write_transaction
    from desktop.core.foundation.integrity import LAST_FULL_CHECK_KEY
    from desktop.core.foundation.settings import put_setting

    with write_transaction(services.db, services.session.actor) as w:
        put_setting(w, LAST_FULL_CHECK_KEY, "hôm qua")
    with caplog.at_level(logging.ERROR, "hmtn"):
        assert services.integrity.due()
    said = [r for r in caplog.records if "last full check" in r.getMessage()]
    assert said and said[0].exc_info is not None and "hôm qua" in said[0].getMessage()
