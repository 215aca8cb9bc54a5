"""Site laptops and a provincial center for the merge tests, built with the real services.

``Site.export`` stands in for the export file (another part of the app): the rows this
device wrote since a mark, plus every donor they refer to, each with ``_base`` as the
export sends it (null for a record this device made; ``registry:0`` for a registry
donor it changed).
"""

import datetime as dt
from pathlib import Path

from db import origins as origin_queries
from db.donors import COUNTER_COLUMNS
from db.origins import EPOCH_SPAN
from db.stamps import new_id
from desktop.core.domain import places
from desktop.core.domain.text import fold
from desktop.core.domain.vocabulary import CertificateMode, DonationOutcome, ScreeningDecision
from desktop.core.exchange.merge import MERGE_ORDER, MergeReport
from desktop.core.jobs.certificates import CertificateJob
from desktop.core.services import Services
from desktop.core.stations.donors import DonorForm
from desktop.core.stations.drives import DriveForm
from desktop.core.stations.screening import DoctorDecision
from tests.factories import MALE, cccd_for
from tests.people import open_signed_in
from tests.test_collection import HEALTHY, form

Rows = dict[str, list[dict]]
DRIVE_DATE = dt.date(2026, 11, 24)


def drive_form(code: str, day: dt.date) -> DriveForm:
    hanoi = places.province("1")
    ward = next(w for w in places.wards(hanoi.code) if w.name == "Phường Láng")
    return DriveForm(
        code=code, drive_date=day.strftime("%d/%m/%Y"), place_name="Trường THPT Chu Văn An",
        province_code=hanoi.code, ward_code=ward.code, organizer="Hội Chữ thập đỏ quận",
        campaign="chu_nhat_do", target_units="250",
    )  # fmt: skip


class Site:
    """One laptop at a site, with a doctor, a nurse and a drive (the test person holding
    every role signed in)."""

    def __init__(
        self, path: Path, code: str, fin: str, day: dt.date = DRIVE_DATE, letter: str = ""
    ) -> None:
        """``letter``: the laptop's desk letter, which its drive codes then end with (as
        the suggested codes do); none: desk A, codes without it."""
        self.services: Services = open_signed_in(path)
        self.code = code
        s = self.services
        if letter:
            s.settings.set("desk_letter", letter)
        s.settings.update_device(code, f"Bàn {code}")
        s.dins.set_fin(fin)
        s.certificates.set_texts("Bệnh viện Bạch Mai", "")
        self.doctor = s.staff.add("BS. Trần Thị Hoa", "doctor")
        self.nurse = s.staff.add("Lê Thị Hồng", "nurse")

        self.drive = s.drives.create(drive_form(f"HM{code}{day:%y%m%d}{letter}", day))
        self.device_id = s.db.execute("SELECT device_id FROM installation").fetchone()[0]
        self.mark = 0  # what the center acknowledged

    def new_drive(self, day: dt.date, code: str | None = None):
        return self.services.drives.create(drive_form(code or f"HM{self.code}{day:%y%m%d}", day))

    def register(self, name: str, birth: dt.date, serial: int, national_id: str | None = None):
        form = DonorForm(
            national_id=national_id or cccd_for(birth, MALE, serial), full_name=name,
            birth_date=birth.strftime("%d/%m/%Y"), sex=MALE,
        )  # fmt: skip
        return self.services.donors.register(form, not_a_duplicate=True)

    def registry_donor(self, name: str, birth: dt.date, serial: int, **values) -> str:
        """A donor as the center's registry gave it (stamped ``registry:0``)."""
        donor_id = new_id()
        row = {
            "id": donor_id, "created_at": "2026-01-05T01:00:00.000000Z",
            "updated_at": "2026-01-05T01:00:00.000000Z", "device_id": "registry",
            "change_seq": 0, "national_id": cccd_for(birth, MALE, serial), "full_name": name,
            "name_folded": fold(name), "birth_date": birth.isoformat(), "sex": MALE,
            "source": "registry", **with_baseline(values),
        }  # fmt: skip
        self.services.db.table("donor").insert(row)
        return donor_id

    def give_blood(self, donor, drive=None, *, certificate: bool = False, override: str = ""):
        """Check in, accept (``override``: the doctor's reason to accept against the
        rules), bleed (450 ml, complete); returns the donation record."""
        s, drive = self.services, drive or self.drive
        visit = s.checkin.check_in(drive, s.donors.get(donor.id)).visit
        choice = DoctorDecision(ScreeningDecision.ACCEPT, 450, reason=override)
        s.screening.decide(visit.id, HEALTHY, choice, answers={})
        din = s.dins.allocate(drive, 1)[0].din
        unit = s.collection.record(visit.id, form(din.barcode_data))
        if certificate:
            CertificateJob.issue(s.certificates, drive, [unit.id], CertificateMode.BLANK).commit()
        return unit

    def defer(self, donor, until: dt.date, drive=None):
        s, drive = self.services, drive or self.drive
        visit = s.checkin.check_in(drive, s.donors.get(donor.id)).visit
        choice = DoctorDecision(ScreeningDecision.DEFER_TEMPORARY, until=until,
                                reason="Thiếu máu nhẹ, hẹn khám lại")  # fmt: skip
        s.screening.decide(visit.id, HEALTHY, choice, answers={})
        return visit

    def not_collected_after_all(self, unit) -> None:
        self.services.reconciliation.amend_donation(
            unit.id, {"outcome": DonationOutcome.NOT_COLLECTED}, "Túi máu bị vỡ khi vận chuyển"
        )

    def amend_volume(self, unit, volume: int) -> None:
        self.services.reconciliation.amend_donation(
            unit.id, {"volume_ml": str(volume)}, f"Cân lại túi: {volume} ml"
        )

    def last_seq(self) -> int:
        return self.services.db.execute("SELECT last_change_seq FROM installation").fetchone()[0]

    def export(self, since: int | None = None) -> tuple[Rows, int]:
        """The rows changed on this device after ``since`` (default: the acknowledged
        mark) and the donors they refer to; returns (rows, the last sequence number)."""
        db, since = self.services.db, self.mark if since is None else since
        through = self.last_seq()
        rows: Rows = {}
        for table in MERGE_ORDER:
            order = "change_seq, id"
            found = list(
                db.query(
                    f'SELECT * FROM "{table}" WHERE device_id = ? AND change_seq > ?'
                    f" AND change_seq <= ? ORDER BY {order}",
                    [self.device_id, since, through],
                )
            )
            if found:
                rows[table] = found
        referred = {r["donor_id"] for t in ("visit", "donation") for r in rows.get(t, [])}
        sent = {r["id"] for r in rows.get("donor", [])}
        rows.setdefault("donor", []).extend(
            next(db.query("SELECT * FROM donor WHERE id = ?", [donor_id]))
            for donor_id in sorted(referred - sent)
        )
        for table, found in rows.items():
            if table != "audit_log":
                for row in found:
                    row["_base"] = self._base(table, row)
        return {t: r for t, r in rows.items() if r}, through

    def _base(self, table: str, row: dict) -> str | None:
        """As the export sends it (db.origins): this device's epoch is its last stamp's."""
        epoch = self.last_seq() // EPOCH_SPAN
        return origin_queries.base(self.services.db, table, row["id"], self.device_id, epoch)

    def close(self) -> None:
        self.services.close()


def with_baseline(values: dict) -> dict:
    """A donor's history as the registry gave it is its baseline too, as the registry
    import stores it (desktop.core.lifecycle.counters)."""
    baseline = {f"registry_{name}": values[name] for name in COUNTER_COLUMNS if name in values}
    return {**values, **baseline}


class Center:
    def __init__(self, path: Path) -> None:
        self.services = open_signed_in(path)

    def merge(self, name: str, rows: Rows) -> MergeReport:
        return self.services.center.merge(name, rows)

    def query(self, sql: str, params: list | None = None) -> list[tuple]:
        return self.services.db.execute(sql, params or []).fetchall()

    def close(self) -> None:
        self.services.close()


LISTS = {
    "merge_conflict": "table_name, record_id, heads, chosen, status",
    "quarantine": "donation_id, reason, params, status",
    "person_review": "donor_a, donor_b, name_folded, birth_date, status",
    "donor_redirect": "from_id, to_id, reason",
    "merge_hold": "table_name, record_id, column_name, value, reason",
    "merge_flag": "table_name, record_id, kind, detail",
    "record_version": "table_name, record_id, device_id, change_seq, epoch, bases, content_sha",
    "record_key": "table_name, column_name, value, record_id",
}


def center_state(center: Center) -> dict[str, list]:
    """Everything the center derived from the files it received: the rows of every
    exchanged table that came from a site, the received audit entries and every list.
    (Left out: what the center itself made: its own staff and audit entries, and when
    and from which file it first saw a version.)"""
    db = center.services.db
    own = db.execute("SELECT device_id FROM installation").fetchone()[0]
    state = {}
    for table in MERGE_ORDER:
        state[table] = db.execute(
            f'SELECT * FROM "{table}" WHERE device_id <> ? ORDER BY id', [own]
        ).fetchall()
    for table, columns in LISTS.items():
        state[table] = db.execute(f"SELECT {columns} FROM {table} ORDER BY {columns}").fetchall()
    return state
