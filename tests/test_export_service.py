"""The export file of a site: what it holds, its name and number, when it is refused."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from db import installation
from desktop.core.domain.problems import UserError
from desktop.core.exchange.export import ACKNOWLEDGED_KEY
from desktop.core.exchange.keys import device_secret_key
from desktop.core.exchange.sealing import SealedFile, open_export, verify_written
from desktop.core.foundation.progress import Cancelled, Progress
from tests.exchange_fixtures import CenterKeys, device_signer, new_center_keys, signer_lookup
from tests.signin import credentials, secure


@pytest.fixture
def keys() -> CenterKeys:
    return new_center_keys()


@pytest.fixture
def site(services, keys):
    services.settings.update_device("TTHH-HN", "Bàn tiếp đón 1")
    keys.install(services)
    return services


def opened_rows(services, keys, path: Path, tmp_path: Path) -> tuple[dict, dict[str, list]]:
    work = tmp_path / "center-work"
    work.mkdir(exist_ok=True)
    lookup = signer_lookup(device_signer(services))
    with open_export(path, signer_for=lookup, identities=[keys.center], workdir=work) as opened:
        tables = {t: list(opened.rows(t)) for t in ("visit", "donor", "drive", "staff",
                                                      "audit_log", "screening")}  # fmt: skip
        manifest = opened.manifest
    assert list(work.iterdir()) == []  # the plaintext is gone once closed
    return manifest, tables


def test_an_export_holds_what_this_device_wrote_and_what_it_refers_to(
    site, keys, drive, donors, tmp_path
):
    donor = donors.register()
    visit = site.checkin.check_in(drive, donor).visit
    out = tmp_path / "usb"
    out.mkdir()
    result = site.exports.export(out)
    device_id = installation.current(site.db)["device_id"]
    assert result.path.name == f"TTHH-HN-{device_id.replace('-', '')[-8:]}-00001.hmtn.age"
    assert sorted(p.name for p in out.iterdir()) == [
        result.path.name,
        result.path.name + ".minisig",
    ]
    manifest, tables = opened_rows(site, keys, result.path, tmp_path)
    assert [row["id"] for row in tables["visit"]] == [visit.id]
    assert [row["id"] for row in tables["donor"]] == [donor.id]
    assert [row["id"] for row in tables["drive"]] == [drive.id]
    assert tables["visit"][0]["_base"] is None
    audit = site.db.execute(
        "SELECT count(*) FROM audit_log WHERE device_id = ? AND change_seq <= ?",
        [device_id, result.seq_to],
    ).fetchone()[0]
    assert len(tables["audit_log"]) == audit
    seqs = [(row["change_seq"], row["id"]) for row in tables["audit_log"]]
    assert seqs == sorted(seqs)
    assert manifest["site_code"] == "TTHH-HN" and manifest["device_id"] == device_id
    assert (manifest["export_number"], manifest["seq_from"]) == (1, 0)
    assert manifest["seq_to"] == result.seq_to
    assert manifest["center_key"] == str(keys.center.to_public())
    assert manifest["escrow_key"] == str(keys.escrow.to_public())
    assert manifest["parts"]["tables/visit.jsonl"]["records"] == 1
    assert "tables/setting.jsonl" not in manifest["parts"]
    logged = site.db.execute("SELECT number, sha256, file_name FROM export_log").fetchall()
    assert logged == [(1, result.sha256, result.path.name)]


def test_exporting_again_covers_a_lost_stick_and_the_mark_limits_what_goes(
    site, keys, drive, donors, tmp_path
):
    first_donor = donors.register(name="Trần Thị Bình")
    site.checkin.check_in(drive, first_donor)
    out = tmp_path / "usb"
    out.mkdir()
    first = site.exports.export(out)
    again = site.exports.export(out)  # the first stick was lost: everything again
    assert again.number == 2 and again.seq_from == 0
    assert again.records["visit"] == first.records["visit"] == 1
    site.settings.set(ACKNOWLEDGED_KEY, str(again.seq_to))  # the center has all of it
    second_donor = donors.register(name="Lê Văn Cường")
    visit = site.checkin.check_in(drive, second_donor).visit
    later = site.exports.export(out)
    assert later.number == 3 and later.seq_from == again.seq_to
    _manifest, tables = opened_rows(site, keys, later.path, tmp_path)
    assert [row["id"] for row in tables["visit"]] == [visit.id]
    # the drive and the staff were written before the mark: they travel as referred to
    assert [row["id"] for row in tables["drive"]] == [drive.id]
    assert [row["id"] for row in tables["donor"]] == [second_donor.id]
    assert all(row["change_seq"] > again.seq_to for row in tables["audit_log"])


def test_without_the_centers_keys_nothing_is_written(services, tmp_path, donors):
    services.settings.update_device("TTHH-HN", "")
    donors.register()
    out = tmp_path / "usb"
    out.mkdir()
    assert [p.code for p in services.exports.readiness_problems()] == ["center_keys_missing"]
    with pytest.raises(UserError) as refused:
        services.exports.export(out)
    assert [p.code for p in refused.value.problems] == ["center_keys_missing"]
    assert list(out.iterdir()) == []
    assert services.db.execute("SELECT count(*) FROM export_log").fetchone()[0] == 0


def test_without_a_site_code_or_folder_nothing_is_written(services, keys, tmp_path):
    keys.install(services)
    assert [p.code for p in services.exports.readiness_problems()] == ["export_site_code_missing"]
    out = tmp_path / "usb"
    with pytest.raises(UserError) as no_folder:
        services.exports.export(out)
    assert [p.code for p in no_folder.value.problems] == ["export_folder_missing"]
    out.mkdir()
    with pytest.raises(UserError) as no_site:
        services.exports.export(out)
    assert [p.code for p in no_site.value.problems] == ["export_site_code_missing"]
    assert list(out.iterdir()) == []


def test_a_file_of_that_name_is_never_overwritten(site, tmp_path):
    out = tmp_path / "usb"
    out.mkdir()
    device_id = installation.current(site.db)["device_id"]
    taken = out / f"TTHH-HN-{device_id.replace('-', '')[-8:]}-00001.hmtn.age"
    taken.write_bytes(b"someone's file")
    with pytest.raises(UserError) as refused:
        site.exports.export(out)
    assert [p.code for p in refused.value.problems] == ["export_file_exists"]
    assert taken.read_bytes() == b"someone's file"
    assert sorted(p.name for p in out.iterdir()) == [taken.name]
    # the number was taken, not reused: the next export is number 2
    assert re.search(r"-00002\.hmtn\.age$", site.exports.export(out).path.name)


def test_cancelling_leaves_no_file_and_takes_no_number(site, drive, donors, tmp_path):
    site.checkin.check_in(drive, donors.register())
    out = tmp_path / "usb"
    out.mkdir()
    phases = []

    def cancel_at_the_third_table() -> bool:
        return len(phases) >= 3

    progress = Progress(lambda phase, done, total: phases.append((phase, done, total)),
                        cancel_at_the_third_table)  # fmt: skip
    with pytest.raises(Cancelled):
        site.exports.export(out, progress)
    assert list(out.iterdir()) == []
    assert site.db.execute("SELECT count(*) FROM export_log").fetchone()[0] == 0
    assert site.exports.export(out).number == 1


def test_a_file_that_does_not_read_back_as_written_is_refused(site, tmp_path):
    """What a faulty stick returns is caught before the user is told it is safe."""
    out = tmp_path / "usb"
    out.mkdir()
    result = site.exports.export(out)
    sealed = SealedFile(result.path, result.signature_path, result.sha256, result.size)
    public = device_secret_key(site.db).get_public_key()
    verify_written(sealed, public, recipients=2)
    with pytest.raises(UserError):
        verify_written(sealed, public, recipients=3)  # a recipient's stanza went missing
    data = bytearray(result.path.read_bytes())
    data[len(data) // 2] ^= 0x10
    result.path.write_bytes(bytes(data))
    with pytest.raises(UserError) as refused:
        verify_written(sealed, public, recipients=2)
    assert [p.code for p in refused.value.problems] == ["export_verify_failed"]


def test_hmtn_export_writes_a_marker_it_cannot_keep_to_the_log_not_the_terminal(site, tmp_path):
    """The export is written and verified; the restore marker's folder cannot be made
    (the data folder is a file): a warning for the log file, never a traceback."""
    stick = tmp_path / "USB"
    stick.mkdir()
    not_a_folder = tmp_path / "data"
    not_a_folder.write_text("")
    state = tmp_path / "state"
    environment = {**os.environ, "HMTN_DATA_DIR": str(not_a_folder), "XDG_STATE_HOME": str(state)}
    site.close()
    secure(site.path)  # a command opens it signed in
    command = [sys.executable, "-m", "desktop", "--lang", "en", "export", "--db", str(site.path),
               "--out", str(stick), *credentials(tmp_path)]  # fmt: skip
    result = subprocess.run(
        command, check=False, capture_output=True, text=True, timeout=120, env=environment
    )
    assert (result.returncode, result.stderr) == (0, "")
    assert Path(result.stdout.splitlines()[-1]).is_file()
    logged = "".join(log.read_text(encoding="utf-8") for log in state.rglob("hmtn.log"))
    assert "the export marker could not be written" in logged


def test_a_cancel_asked_while_the_file_is_sealed_comes_too_late(site, drive, donors, tmp_path):
    """Once the file is being written, its number taken, a cancel is not honoured: the
    export is written and said to be, never "cancelled" with the file on the stick."""
    site.checkin.check_in(drive, donors.register())
    out = tmp_path / "usb"
    out.mkdir()
    sealing = []
    progress = Progress(lambda phase, done, total: sealing.append(phase == "seal"),
                        lambda: any(sealing))  # fmt: skip
    result = site.exports.export(out, progress)
    assert any(sealing) and result.path.exists() and result.signature_path.exists()
    assert site.db.execute("SELECT count(*) FROM export_log").fetchone()[0] == 1
