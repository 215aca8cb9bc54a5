"""A restored laptop never gives a number twice: the tickets, DINs and certificate serials
it gave after the backup (read in the file kept aside) are kept unused, and without such
a file a safety margin is; every allocator starts above them."""

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from desktop.core.backups.reserve import DIN_MARGIN, SERIAL_MARGIN, TICKET_MARGIN
from desktop.core.backups.restore import RestoreReport
from desktop.core.backups.rotation import BackupReason
from desktop.core.domain.problems import UserError
from desktop.core.domain.vocabulary import CertificateMode, ReserveBasis, ReservedKind
from desktop.core.jobs.certificates import CertificateJob
from desktop.core.stations.certificate_serials import serials_for
from tests.center_sites import Site
from tests.people import open_signed_in
from ui.backup_texts import numbers_lines


def restore(site: Site, made, into: Path | None = None) -> RestoreReport:
    """The laptop restored from the backup ``made`` by the core's restorer (into another
    file: a laptop set up anew, nothing kept aside), then opened again."""
    checked = site.services.backups.check(made.path)
    restorer = site.services.backups.restorer()
    if into is not None:
        restorer = dataclasses.replace(restorer, path=into)
    site.services.close()
    try:
        report = restorer.run(checked)
    finally:
        checked.discard()
    site.services = open_signed_in(restorer.path, create=False)
    return report


def highest(site: Site) -> tuple[int, int, str]:
    """The highest ticket number, DIN sequence and certificate serial the laptop holds."""
    db = site.services.db
    return (
        db.execute("SELECT max(queue_no) FROM visit").fetchone()[0],
        db.execute("SELECT max(sequence) FROM din").fetchone()[0],
        db.execute("SELECT max(serial) FROM certificate").fetchone()[0],
    )


def next_numbers(site: Site, serial: int) -> tuple[int, int, str]:
    """A donor's ticket, the DIN on their bag and their certificate's serial, given now."""
    unit = site.give_blood(site.register("Đỗ Văn Nam", dt.date(1991, 4, 4), serial))
    visit = site.services.db.execute(
        "SELECT queue_no FROM visit WHERE id = ?", [unit.visit_id]
    ).fetchone()
    job = CertificateJob.issue(site.services.certificates, site.drive, [unit.id],
                               CertificateMode.BLANK)  # fmt: skip
    job.commit()
    (certificate,) = site.services.db.execute(
        "SELECT serial FROM certificate WHERE donation_id = ?", [unit.id]
    ).fetchone()
    return visit[0], site.services.dins.record(unit.din).din.sequence, certificate


@pytest.fixture
def site(tmp_path) -> Site:
    site = Site(tmp_path / "laptop.sqlite3", "HN01", "A1234")
    site.give_blood(site.register("Phạm Văn Đức", dt.date(1990, 5, 15), 1), certificate=True)
    return site


def test_numbers_given_after_the_backup_are_never_given_again(site):
    made = site.services.backups.back_up(BackupReason.MANUAL)
    backup_ticket, backup_din, backup_serial = highest(site)
    for serial in (2, 3):  # the work the restore takes away
        site.give_blood(site.register("Lê Văn Bình", dt.date(1988, 1, 2), serial),
                        certificate=True)  # fmt: skip
    ahead = site.services.dins.allocate(site.drive, 20)  # label sets printed ahead
    site.services.dins.printed([record.din.number for record in ahead])
    lost_ticket, lost_din, lost_serial = highest(site)
    assert lost_din == ahead[-1].din.sequence

    report = restore(site, made)

    assert highest(site) == (backup_ticket, backup_din, backup_serial)  # the backup's records
    assert report.numbers.basis == ReserveBasis.LOST_WORK
    ticket, din, serial = next_numbers(site, 4)
    assert ticket == lost_ticket + 1
    assert din == lost_din + 1
    assert serial > lost_serial and serial[:-6] == lost_serial[:-6]
    assert int(serial[-6:]) == int(lost_serial[-6:]) + 1
    reserved = site.services.db.execute(
        "SELECT kind, first, last, basis FROM reserved_number ORDER BY kind, first"
    ).fetchall()
    assert (ReservedKind.TICKET, backup_ticket + 1, lost_ticket, "lost_work") in reserved
    assert (ReservedKind.DIN, backup_din + 1, lost_din, "lost_work") in reserved
    # the reservation is audited, and a form printed after the backup is refused
    audited = site.services.db.execute(
        "SELECT count(*) FROM audit_log WHERE table_name = 'reserved_number'"
    ).fetchone()[0]
    assert audited == len(reserved)
    with pytest.raises(UserError) as refused:  # typed as a pre-printed form's serial
        serials_for(site.services.db, CertificateMode.OVERLAY, 1, lost_serial, site.drive,
                    desk_letter="A")  # fmt: skip
    assert refused.value.problems[0].code == "serial_reserved"


@pytest.mark.qt  # what the window and hmtn restore say, through Qt's translators
def test_without_a_file_from_after_the_backup_a_margin_is_kept_and_a_full_block_named(
    site, tmp_path, in_english
):
    site.services.settings.set("din_block_first", "1")
    site.services.settings.set("din_block_last", "600")  # less room than the margin
    made = site.services.backups.back_up(BackupReason.MANUAL)
    backup_ticket, _, backup_serial = highest(site)

    report = restore(site, made, into=tmp_path / "new laptop.sqlite3")  # a laptop set up anew

    assert report.aside is None and report.numbers.basis == ReserveBasis.MARGIN
    (full,) = report.numbers.full
    assert (full.scope, full.first, full.last) == ("A1234", 1, 600)
    said = "\n".join(numbers_lines(report.numbers))
    assert "No file from after the backup could be read" in said
    assert (
        f"Tickets at {site.drive.code}, desk A: continue from A{backup_ticket + TICKET_MARGIN + 1}"
        in said
    )
    assert "The DIN block A1234 26 000001–000600 has no room left after the margin" in said
    next_serial = f"{backup_serial[:-6]}{int(backup_serial[-6:]) + SERIAL_MARGIN + 1:06d}"
    assert f"Certificate serials: continue from {next_serial}" in said
    with pytest.raises(UserError) as refused:
        site.services.dins.allocate(site.drive, 1)
    assert refused.value.problems[0].code == "din_block_used_up"
    site.services.settings.set("din_block_last", "5000")  # the center gave a larger block
    ticket, din, serial = next_numbers(site, 4)
    assert ticket == backup_ticket + TICKET_MARGIN + 1
    assert din == 601  # the whole old block stays unused: its labels may be on bags
    assert int(serial[-6:]) == int(backup_serial[-6:]) + SERIAL_MARGIN + 1
    assert DIN_MARGIN >= 600
