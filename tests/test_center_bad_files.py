"""At the center, through real export files: a cut, flipped, re-signed or wrongly
addressed file is rejected with nothing of it written and no plaintext left behind; an
older export after a newer one changes nothing; a restored laptop's files are accepted
and what its restore lost conflicts; a DIN outside its device's block is flagged."""

import datetime as dt
import random
import tempfile
from pathlib import Path

import pyrage
import pytest

from db.driver import sqlite3
from desktop.core.domain.vocabulary import FlagKind
from desktop.core.exchange.center_files import CenterKey, FileStatus
from desktop.core.exchange.export import ACKNOWLEDGED_KEY
from desktop.core.exchange.sealing import signature_path
from tests.center_files import center_copy, center_data, enrol, unlocked_key
from tests.center_sites import Site, center_state
from tests.exchange_fixtures import new_center_keys, reseal_payload, sign_as_device
from tests.people import open_signed_in

pytestmark = pytest.mark.qt  # made_center is made by ``hmtn center init``
CUT_SAMPLE = 16  # every 16th length of a cut copy as delivered (and the last 16)
FLIPS = 60  # seeded bit flips per kind (signed as delivered, re-signed by the device)


@pytest.fixture
def private_tmp(tmp_path, monkeypatch) -> Path:
    """Where the center decrypts: checked empty after every import."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


@pytest.fixture(scope="module")
def key(made_center, tmp_path_factory) -> CenterKey:
    """The center's key, unlocked once for the module (every copy of the center has it)."""
    center = center_copy(made_center, tmp_path_factory.mktemp("unlock") / "center.sqlite3")
    try:
        return unlocked_key(center)
    finally:
        center.close()


def laptop(tmp_path: Path, centers, keys: Path, letter: str = "A") -> Site:
    site = Site(tmp_path / f"HN01-{letter}.sqlite3", "HN01", "A1234", letter=letter)
    enrol(site, centers, keys, tmp_path / f"enrolment-{letter}")
    return site


def one_donor(site: Site, serial: int = 1):
    donor = site.register("Phạm Văn Đức", dt.date(1990, 5, 15), serial)
    return site.give_blood(donor, certificate=True)


def trusted_comment_of(path: Path) -> str:
    lines = signature_path(path).read_text(encoding="utf-8").splitlines()
    return lines[2].removeprefix("trusted comment: ")


def write_export(folder: Path, name: str, data: bytes, signature: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    signature_path(path).write_bytes(signature)
    return path


def test_every_cut_and_flipped_copy_of_a_file_is_rejected_and_nothing_written(
    made_center, key, tmp_path, stick, private_tmp
):
    center = center_copy(made_center, tmp_path / "center.sqlite3")
    a = laptop(tmp_path, [center], made_center[1])
    # a small file (every length of it is tried): what the center acknowledged (the
    # laptop's set-up) left out, one donor registered
    a.services.settings.set(ACKNOWLEDGED_KEY, str(a.last_seq()))
    a.register("Phạm Văn Đức", dt.date(1990, 5, 15), 1)
    whole = a.services.exports.export(stick).path
    data, signature = whole.read_bytes(), signature_path(whole).read_bytes()
    comment = trusted_comment_of(whole)
    assert 1_000 < len(data) < 14_000
    bad = tmp_path / "bad"
    bad.mkdir()
    files = []
    for length in range(len(data)):
        # re-signed by the device: only decrypting it can tell (age authenticates its
        # header and every chunk); as delivered (the signature no longer matches: the
        # same check for every length, tried on a sample of them)
        if length % CUT_SAMPLE == 0 or length > len(data) - CUT_SAMPLE:
            files.append(write_export(bad, f"cut-{length}.hmtn.age", data[:length], signature))
        resigned = write_export(bad, f"cut-signed-{length}.hmtn.age", data[:length], b"")
        sign_as_device(a.services, resigned, comment)
        files.append(resigned)
    rng = random.Random(11)
    for n in range(2 * FLIPS):
        flipped = bytearray(data)
        position = rng.randrange(len(data))
        flipped[position] ^= 1 << rng.randrange(8)
        path = write_export(bad, f"flip-{n}-{position}.hmtn.age", bytes(flipped), signature)
        if n % 2:
            sign_as_device(a.services, path, comment)
        files.append(path)
    before = center_data(center.services)

    outcomes = center.services.center_files.import_files(files, key)
    assert [o.status for o in outcomes] == [FileStatus.REJECTED] * len(files)
    assert all(o.problem is not None for o in outcomes)
    assert center_data(center.services) == before
    assert list(private_tmp.iterdir()) == []
    rejected = center.query("SELECT count(*) FROM center_import WHERE status = 'rejected'")
    assert rejected == [(len(files),)]

    # the file itself, still whole, is accepted after all that
    (outcome,) = center.services.center_files.import_files([whole], key)
    assert outcome.status == FileStatus.ACCEPTED
    assert list(private_tmp.iterdir()) == []


def test_a_file_for_another_center_signed_by_an_enrolled_device_is_rejected(
    made_center, key, tmp_path, stick, private_tmp
):
    center = center_copy(made_center, tmp_path / "center.sqlite3")
    a = laptop(tmp_path, [center], made_center[1])
    b = laptop(tmp_path, [center], made_center[1], "B")
    one_donor(b, 2)
    other = new_center_keys()
    other.install(b.services)
    foreign = b.services.exports.export(stick).path
    # the payload of b's file, for the other center, re-sealed and signed by device a
    payload = tmp_path / "payload.tar"
    payload.write_bytes(_decrypt(foreign, other))
    resigned = write_export(stick, "HN01-resigned-00001.hmtn.age", b"", b"")
    reseal_payload(a.services, resigned, payload.read_bytes(), other, trusted_comment_of(foreign))
    before = center_data(center.services)

    outcomes = center.services.center_files.import_files([foreign, resigned], key)
    assert [o.status for o in outcomes] == [FileStatus.REJECTED] * 2
    assert center_data(center.services) == before
    assert list(private_tmp.iterdir()) == []


def _decrypt(path: Path, keys) -> bytes:
    return pyrage.decrypt(path.read_bytes(), [keys.center])


def test_an_older_export_after_a_newer_one_changes_nothing(
    made_center, key, tmp_path, stick, private_tmp
):
    replayed = center_copy(made_center, tmp_path / "replayed.sqlite3")
    in_order = center_copy(made_center, tmp_path / "in-order.sqlite3")
    a = laptop(tmp_path, [replayed, in_order], made_center[1])
    unit = one_donor(a)
    older = a.services.exports.export(stick).path
    same = a.services.exports.export(stick).path  # nothing changed in between
    a.amend_volume(unit, 350)
    newer = a.services.exports.export(stick).path

    center_files = replayed.services.center_files
    assert [o.status for o in center_files.import_files([same, newer], key)] == [
        FileStatus.ACCEPTED
    ] * 2
    settled = center_data(replayed.services)
    assert center_files.import_files([older], key)[0].status == FileStatus.ACCEPTED
    assert center_data(replayed.services) == settled
    donation = replayed.query("SELECT volume_ml FROM donation WHERE id = ?", [unit.id])
    assert donation == [(350,)]

    in_order.services.center_files.import_files([older, same, newer], key)
    assert center_state(in_order) == center_state(replayed)


@pytest.mark.parametrize("changed_before_export", [False, True])
def test_a_restored_laptop_is_accepted_and_what_its_restore_lost_conflicts(
    made_center, key, tmp_path, stick, private_tmp, changed_before_export
):
    """The laptop's database is restored from last night's backup and used again: its
    next export (or, ``changed_before_export``, its first change) starts a new
    incarnation."""
    center = center_copy(made_center, tmp_path / "center.sqlite3")
    a = laptop(tmp_path, [center], made_center[1])
    unit = one_donor(a)
    backup = tmp_path / "backup.sqlite3"
    backup_of(a, backup)  # last night's backup
    a.amend_volume(unit, 350)  # lost with the laptop: only its export reaches the center
    lost_with_it = a.services.exports.export(stick).path
    a.close()

    a.services = open_signed_in(backup)  # restored onto the laptop, and used again
    if changed_before_export:
        a.amend_volume(unit, 430)
    restored_copy = a.services.exports.export(stick)
    if not changed_before_export:
        a.amend_volume(unit, 430)
    after_restore = a.services.exports.export(stick).path
    epoch, incarnation = a.services.db.execute(
        "SELECT epoch, incarnation FROM installation"
    ).fetchone()
    assert epoch == 1

    outcomes = center.services.center_files.import_files(
        [lost_with_it, restored_copy.path, after_restore], key
    )
    assert [o.status for o in outcomes] == [FileStatus.ACCEPTED] * 3
    conflicts = center.query(
        "SELECT table_name, record_id, heads, status FROM merge_conflict ORDER BY table_name"
    )
    assert [(t, r, s) for t, r, _heads, s in conflicts] == [("donation", unit.id, "open")]
    heads = conflicts[0][2]
    volumes = dict(
        center.query(
            "SELECT json_extract(content, '$.volume_ml'), device_id || ':' || change_seq"
            " FROM record_version WHERE table_name = 'donation' AND record_id = ?",
            [unit.id],
        )
    )
    assert 350 in volumes and 430 in volumes  # neither change vanished
    assert all(volumes[v] in heads for v in (350, 430))
    received = center.query(
        "SELECT DISTINCT incarnation FROM center_import WHERE status = 'accepted'"
    )
    assert (incarnation,) in received and len(received) == 2


def backup_of(site: Site, path: Path) -> None:
    """A copy of the live database through SQLite's backup API."""
    copy = sqlite3.connect(path)
    try:
        site.services.db.conn.backup(copy)
    finally:
        copy.close()


def test_a_din_outside_the_block_its_device_was_enrolled_with_is_flagged(
    made_center, key, tmp_path, stick, private_tmp
):
    center = center_copy(made_center, tmp_path / "center.sqlite3")
    a = laptop(tmp_path, [center], made_center[1])  # desk A: DINs 000001..038461
    inside = one_donor(a)
    # someone moves the laptop's block after its enrolment (into desk B's)
    a.services.settings.set("din_block_first", "38462")
    a.services.settings.set("din_block_last", "76922")
    outside = one_donor(a, 2)
    file = a.services.exports.export(stick).path

    (outcome,) = center.services.center_files.import_files([file], key)
    assert outcome.status == FileStatus.ACCEPTED
    flagged = [
        (t, kind) for t, _, kind in outcome.report.flags if kind == FlagKind.DIN_OUTSIDE_BLOCK
    ]
    din_id = center.query("SELECT id FROM din WHERE number = ?", [outside.din])[0][0]
    rows = center.query(
        "SELECT table_name, record_id, json_extract(detail, '$.sequence') FROM merge_flag"
        " WHERE kind = ? ORDER BY table_name",
        [FlagKind.DIN_OUTSIDE_BLOCK],
    )
    sequence = int(outside.din[-6:])
    assert rows == [("din", din_id, sequence), ("donation", outside.id, sequence)]
    assert sorted(flagged) == [
        ("din", FlagKind.DIN_OUTSIDE_BLOCK),
        ("donation", FlagKind.DIN_OUTSIDE_BLOCK),
    ]
    assert int(inside.din[-6:]) <= 38461  # the unit inside the block: no flag
