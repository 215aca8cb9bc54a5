"""The round trip of the acknowledgement with real files: a laptop exports, the center
imports the file, the center's acknowledgement comes back in a drive package, and the
laptop's next export holds only what was made since."""

import datetime as dt
import tempfile
from pathlib import Path

import pytest

from desktop.core.exchange.center_files import FileStatus
from desktop.core.exchange.package_contents import Acknowledgement
from desktop.core.exchange.sealing import open_export
from tests.center_files import center_copy, enrol, unlocked_key
from tests.center_sites import Site
from tests.exchange_fixtures import device_signer, signer_lookup
from tests.packages import package

pytestmark = pytest.mark.qt  # made_center is made by ``hmtn center init``


@pytest.fixture
def private_tmp(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def test_after_the_acknowledgement_the_next_export_holds_only_what_was_made_since(
    made_center, tmp_path, private_tmp
):
    center = center_copy(made_center, tmp_path / "center.sqlite3")
    lap = Site(tmp_path / "HN01-A.sqlite3", "HN01", "A1234", letter="A")
    try:
        enrol(lap, [center], made_center[1], tmp_path / "enrolment")
        stick = tmp_path / "USB"
        stick.mkdir()
        before = lap.give_blood(lap.register("Phạm Văn Đức", dt.date(1990, 5, 15), 1))
        first = lap.services.exports.export(stick)
        key = unlocked_key(center)
        (outcome,) = center.services.center_files.import_files([first.path], key)
        assert outcome.status == FileStatus.ACCEPTED
        # what the center acknowledges, as its package carries it
        row = center.query("SELECT incarnation, epoch, export_number FROM center_import"
                           " WHERE status = 'accepted'")[0]  # fmt: skip
        through = center.services.center.acknowledged()[(lap.device_id, row[0])]
        assert through == first.seq_to
        written_at = lap.services.db.execute("SELECT written_at FROM export_log").fetchone()[0]
        ack = Acknowledgement(row[0], row[1], through, row[2], written_at)
        s = lap.services
        s.package_installer.install(package(tmp_path, lap.device_id, 1, acknowledgements=[ack]))
        assert s.exports.at_center().through_seq == through

        newcomer = lap.register("Trần Thị Lan", dt.date(1992, 3, 4), 2)
        since = lap.give_blood(newcomer)
        second = s.exports.export(stick)
        assert second.seq_from == through
        work = tmp_path / "open"
        work.mkdir()
        lookup = signer_lookup(device_signer(s))
        with open_export(second.path, signer_for=lookup, identities=[key.identity],
                         workdir=work) as opened:  # fmt: skip
            donations = [r["id"] for r in opened.rows("donation")]
            donors = [r["id"] for r in opened.rows("donor")]
            manifest = opened.manifest
        assert donations == [since.id] and before.id not in donations
        assert donors == [newcomer.id]
        assert manifest["seq_from"] == through
        (again,) = center.services.center_files.import_files([second.path], key)
        assert again.status == FileStatus.ACCEPTED
    finally:
        lap.close()
        center.close()
