"""The check-in field's searches: family and given name without the middle ones, names as
typed letter by letter, names nobody has, unseen donors of an import, and every kind
read as an index range in the order shown (the plans SQLite makes for them)."""

import datetime as dt
import re

import pytest

from db import donors as donor_queries
from db.registry_imports import staging_ranges
from db.stamps import utc_now
from desktop.core.domain.text import fold
from desktop.core.foundation.progress import Cancelled, Progress
from desktop.core.registry.staging import STAGE_CHUNK
from tests.factories import FEMALE, MALE, write_registry
from tests.test_registry_import import rows_for


@pytest.fixture
def people(donors):
    return {
        "tran_nguyen_an": donors.register("Trần Nguyễn An", dt.date(1985, 5, 5), MALE),
        "van_an": donors.register("Nguyễn Văn An", dt.date(1990, 1, 1), MALE, "0912345678"),
        "thanh_an": donors.register("Nguyễn Thị Thanh An", dt.date(1995, 2, 3), FEMALE),
        "anh": donors.register("Nguyễn Anh", dt.date(2000, 7, 8), MALE),
        "tran_an": donors.register("Trần Văn An", dt.date(1990, 1, 1), MALE),
        "binh": donors.register("Nguyễn Văn Bình", dt.date(1990, 1, 1), MALE, "0912999888"),
    }


def names(services, text):
    return [d.full_name for d in services.donors.lookup(text).donors]


def test_family_and_given_name_without_the_middle_names(services, people):
    """ "nguyen an": the Nguyễns whose given name starts with "an", whatever their middle
    names, by given name; a name merely holding both words comes after them."""
    assert names(services, "nguyen an") == [
        "Nguyễn Anh",  # the name starts with what was typed
        "Nguyễn Văn An",  # then family and given name, by given name
        "Nguyễn Thị Thanh An",
        "Trần Nguyễn An",  # then a name holding both words
    ]
    assert names(services, "tran an") == ["Trần Nguyễn An", "Trần Văn An"]


def test_a_name_typed_letter_by_letter_finds_it_at_every_step(services, people):
    typed = "Nguyễn Thị Thanh An"
    for end in range(2, len(typed) + 1):
        if typed[end - 1] == " ":
            continue
        found = services.donors.lookup(typed[:end]).donors
        assert people["thanh_an"] in found, typed[:end]
        prefix = fold(typed[:end])
        starting = [d for d in found if fold(d.full_name).startswith(prefix)]
        assert found[: len(starting)] == starting, typed[:end]  # names starting so first


def test_completed_words_are_whole_words_and_the_last_one_a_prefix(services, people):
    """Only the word still being typed is a prefix: "an nguyen" is An, not Anh."""
    assert names(services, "an nguyen") == [
        "Trần Nguyễn An",
        "Nguyễn Văn An",
        "Nguyễn Thị Thanh An",
    ]
    assert names(services, "an ngu") == names(services, "an nguyen")
    assert names(services, "thanh nguyen an") == ["Nguyễn Thị Thanh An"]


def test_a_name_nobody_has_finds_nothing(services, people):
    for text in ("nguyen zzq", "zzq", "Nguyễn Văn Zzq", "xyrt nguyen", "nguyen van an binh"):
        assert names(services, text) == [], text


def _plans(services, texts):
    """The query plan of every search statement the look-ups of ``texts`` run."""
    statements = []
    services.db.conn.set_trace_callback(statements.append)
    try:
        for text in texts:
            services.donors.lookup(text)
    finally:
        services.db.conn.set_trace_callback(None)
    searches = [s for s in statements if re.search(r"\bFROM donor(_name_fts)?\b", s)]
    return {
        sql: [row[3] for row in services.db.execute(f"EXPLAIN QUERY PLAN {sql}")]
        for sql in searches
    }


def test_every_kind_of_search_is_an_index_range_without_a_sort(services, people):
    texts = {
        "name": "nguyen van a",
        "full name": "nguyen thi thanh an",
        "family and given": "nguyen an",
        "any order": "an thanh",
        "cccd": people["van_an"].national_id,
        "partial": people["van_an"].national_id[:5],
        "phone": "0912345678",
        "birth date": "01/01/1990",
        "birth date as digits": "01011990",
    }
    plans = _plans(services, texts.values())
    assert len(plans) >= len(texts)
    used = " ".join(step for steps in plans.values() for step in steps)
    for sql, steps in plans.items():
        for step in steps:
            assert "TEMP B-TREE" not in step, (sql, steps)
            assert not re.match(r"SCAN (d|donor)\b(?! VIRTUAL)", step), (sql, steps)
            assert "sqlite_autoindex_donor" not in step, (sql, steps)  # no look-up by id
    for index in ("donor_name_birth", "donor_family_given", "donor_birth_name", "donor_phone"):
        assert f"INDEX {index}" in used, index
    assert "donor_national_id" in used and "donor_old_id" in used
    assert "VIRTUAL TABLE INDEX" in used  # the name index, joined by rowid
    assert "USING INTEGER PRIMARY KEY (rowid=?)" in used


def test_donors_of_an_import_not_switched_on_are_found_by_no_search(services, donors, tmp_path):
    """Staged donors of an import gone silent (so no running import's rowid range to
    skip) stay unseen by every kind of search: what is seen is read on each row. The
    walk-in registered before is still found."""
    walk_in = donors.register("Trần Văn Bình", dt.date(1988, 3, 9), MALE, "0912301999")
    rows = rows_for(2 * STAGE_CHUNK + 1, start=1000)  # "Trần Văn Bình", 09/03/1988, ...
    staged = rows[0]
    texts = (
        staged["national_id"],
        staged["national_id"][:6],
        staged["phone"],
        staged["phone"][:7],
        "09/03/1988",
        "09031988",
        "tran van",
        "tran van binh",
        "tran binh",
        "binh tran",
        "van cuong",
    )
    found = {}

    def meanwhile(phase: str, done: int, total: int) -> None:
        if phase != "write" or found:
            return
        db = services.db
        db.execute("UPDATE registry_import SET heartbeat_at = '2000-01-01T00:00:00Z'")
        batch, first, last = db.execute(
            "SELECT batch, first_rowid, last_rowid FROM registry_import"
        ).fetchone()
        donor_queries.index_staged_names(db, batch, (first, last))  # as a big import does
        db.conn.commit()
        assert staging_ranges(db, utc_now(), "staging") == []
        assert db.execute("SELECT count(*) FROM donor_name_fts").fetchone()[0] > STAGE_CHUNK
        for text in texts:
            found[text] = [d.id for d in services.donors.lookup(text).donors]

    with pytest.raises(Cancelled):
        services.registry.import_file(
            write_registry(tmp_path / "r.csv", rows),
            Progress(meanwhile, lambda: bool(found)),
        )
    assert set(found) == set(texts)
    for text in texts:
        assert set(found[text]) <= {walk_in.id}, text  # no staged donor
    for text in ("0912301", "09/03/1988", "09031988", "tran van", "tran binh", "binh tran"):
        assert found[text] == [walk_in.id], text
    assert found[staged["national_id"]] == found["van cuong"] == []
    assert names(services, "tran van binh") == ["Trần Văn Bình"]  # the import left nothing


def test_warm_up_reads_every_search_index_and_changes_nothing(services, people):
    before = services.db.execute("SELECT total_changes()").fetchone()[0]
    services.donors.warm_up()
    assert services.db.execute("SELECT total_changes()").fetchone()[0] == before
    assert names(services, "nguyen an")[0] == "Nguyễn Anh"


def test_a_keystroke_during_the_warm_up_stops_it_quietly(services, people, monkeypatch):
    """The search thread's warm-up stopped by the first keystroke is no failure: the
    search asked for next runs and finds its donors."""
    from desktop.core.stations.donors import DonorService

    searcher = services.searcher
    real = DonorService.warm_up

    def stopped_midway(donors):
        searcher.stop()  # as the check-in field does at a keystroke
        real(donors)

    monkeypatch.setattr(DonorService, "warm_up", stopped_midway)
    searcher.start()
    assert [d.full_name for d in searcher.lookup("nguyen an").donors]
