"""The demo database: a registry of synthetic donors and an open drive with a queue.

Everything is written through the same services the application uses (the registry
through the importer, the drive and tickets through their services), so the demo
database carries a full audit trail like a real one.
"""

import datetime as dt
import random
import sqlite3
import tempfile
from collections.abc import Callable
from pathlib import Path

from sqlite_utils import Database

from db.connection import connect, read_only
from db.open_files import remove_database
from desktop.core import access
from desktop.core.domain import places
from desktop.core.domain.answers import Answer
from desktop.core.domain.audit_notes import AuditNote
from desktop.core.domain.dates import add_years, iso
from desktop.core.domain.problems import UserError
from desktop.core.domain.records import Drive
from desktop.core.domain.vocabulary import StaffRole
from desktop.core.eligibility.measurements import MeasurementForm
from desktop.core.foundation.key_file import key_file_path
from desktop.core.services import Services
from desktop.core.stations.collection import DonationForm, ReactionForm
from desktop.core.stations.donors import DonorForm
from desktop.core.stations.drives import DriveForm
from desktop.core.stations.screening import DoctorDecision
from desktop.demo.donors import DonorGenerator, write_registry_csv

DEMO_DONORS = 20_000
DEMO_SEED = 2026
# The demo's users, one per role (README, "Sign-in"): (full name, role, user name,
# password, PIN). Its administrator is ``admin``; made first, as a new laptop makes it,
# it is then given every station's role too, so that one sign-in shows the whole demo.
DEMO_ADMIN = ("Trần Quản Trị", StaffRole.ADMIN, "admin", "quantri2026", "1111")
DEMO_STAFF = (
    ("Nguyễn Thị Lan", StaffRole.CLERK, "letan", "letan2026", "2222"),
    ("BS. Trần Văn Minh", StaffRole.DOCTOR, "bacsi", "bacsi2026", "3333"),
    ("Lê Thị Hoa", StaffRole.NURSE, "dieuduong", "dieuduong2026", "4444"),
    ("Phạm Thu Trang", StaffRole.CERTIFICATE, "chungnhan", "chungnhan2026", "5555"),
)
SITE_ROLES = frozenset(StaffRole) - {StaffRole.CENTER}
DEMO_QUEUE = 24  # donors already checked in at the open drive
# With the FIN, the facility and the staff below, the demo site is fully set up: the
# demo never shows the first-run set-up.
DEMO_SITE_CODE = "HMTN-DEMO"
DEMO_SETTING = "demo"  # "1" on a demo database: only a demo is ever rebuilt
DEMO_DEVICE_NAME = "Bàn tiếp đón (mẫu)"


class DemoExists(Exception):
    pass


def build_demo(
    path: Path,
    donors: int = DEMO_DONORS,
    seed: int = DEMO_SEED,
    today: dt.date | None = None,
    say: Callable[[str], None] = lambda _: None,
    *,
    key: bytes | None = None,
) -> None:
    """Write the demo database at ``path`` (which must not exist yet), encrypted (with
    ``key`` when given: a rebuild keeps the key of the demo it replaces) and its key
    file beside it."""
    path = Path(path)
    if path.exists():
        raise DemoExists(str(path))
    today = today or dt.date.today()
    # Built under a temporary name and renamed when complete: a failed or interrupted
    # build never leaves a half-made demo database behind.
    partial = path.with_name(path.name + ".partial")
    remove_database(partial)
    full_name, _role, user, password, pin = DEMO_ADMIN
    services = access.create_administrator(
        partial, full_name, user, password, pin, create=True, key=key
    )
    try:
        admin = services.staff.get(services.session.actor.staff_id or "")
        services.staff.update(admin.id, admin.full_name, SITE_ROLES)  # the whole demo
        services.settings.set(DEMO_SETTING, "1")
        for name, role, user, password, pin in DEMO_STAFF:
            member = services.staff.add(name, role)
            access.set_password(services, member.id, user, password)
            access.set_pin(services, member.id, pin)
        services.settings.update_device(DEMO_SITE_CODE, DEMO_DEVICE_NAME)
        say(f"registry: {donors} donors")
        registry_ids = _import_registry(services, donors, seed, today)
        drive = _create_drive(services, today)
        say(f"drive {drive.code}: {DEMO_QUEUE} donors checked in")
        _fill_queue(services, drive, seed, registry_ids)
        say(f"drive {drive.code}: {len(SCREENINGS)} donors screened")
        _screen(services, drive)
        say(f"drive {drive.code}: {DEMO_LABEL_SETS} label sets, {len(UNITS)} units")
        _collect(services, drive)
        say(f"drive {drive.code}: {DEMO_CERTIFICATES} certificates issued")
        _certify(services, drive)
    except BaseException:
        services.close()
        remove_database(partial)
        key_file_path(partial).unlink(missing_ok=True)
        raise
    services.close()
    key_file_path(partial).replace(key_file_path(path))  # first: a database never
    partial.replace(path)  # stands without its key file


def is_older_demo(path: Path) -> bool:
    """Whether ``path`` is a demo an older version wrote: plain (written before the
    databases were encrypted: it has no users and would ask for an administrator), and
    marked a demo. It holds no one's data, so it is rebuilt rather than converted."""
    if access.database_state(path) != access.AccessState.PLAIN:
        return False
    try:
        conn = read_only(Path(path))
        try:
            row = conn.execute("SELECT value FROM setting WHERE key = ?", [DEMO_SETTING])
            marked = row.fetchone()
        finally:
            conn.close()
    except sqlite3.Error:  # not a database of ours: not a demo
        return False
    return marked is not None and marked[0] == "1"


def rebuild_older_demo(
    path: Path,
    donors: int = DEMO_DONORS,
    seed: int = DEMO_SEED,
    say: Callable[[str], None] = lambda _: None,
) -> None:
    """A new demo at ``path``, in place of none or of an older plain one
    (``is_older_demo``: no one's data and no one signed in to it, so its file is
    replaced), built beside it first."""
    fresh = build_fresh_demo(path, donors, seed, say)
    remove_database(path)
    key_file_path(fresh).replace(key_file_path(path))  # first: a database never
    fresh.replace(path)  # stands without its key file


class NotADemo(Exception):
    """The file is not a demo database: it is never replaced by one."""


def is_demo(services: Services) -> bool:
    return services.settings.get(DEMO_SETTING) == "1"


def build_fresh_demo(
    path: Path,
    donors: int = DEMO_DONORS,
    seed: int = DEMO_SEED,
    say: Callable[[str], None] = lambda _: None,
    key: bytes | None = None,
) -> Path:
    """A new demo database built beside ``path`` (as ``path`` + ".new"), to replace it,
    encrypted with ``key`` (the key of the demo it replaces)."""
    fresh = Path(path).with_name(Path(path).name + ".new")
    remove_database(fresh)
    build_demo(fresh, donors=donors, seed=seed, say=say, key=key)
    return fresh


def replace_with(db: Database, fresh: Path) -> None:
    """Replace what the open database ``db`` holds with ``fresh``'s content, through
    SQLite's backup API, then delete ``fresh`` (closed, and never open elsewhere) and its
    key file (both are encrypted with the same key, the users and passwords the same:
    the key file of ``db`` stays right).

    The file behind ``db`` is never deleted, renamed or copied as a file: whoever has it
    open sees the new content, and no descriptor of a live database is closed.
    """
    source = connect(fresh, getattr(db, "key", None))
    try:
        source.conn.backup(db.conn)
    finally:
        source.close()
    remove_database(fresh)
    key_file_path(fresh).unlink(missing_ok=True)


def sign_in_again(services: Services, user: str | None) -> None:
    """After a rebuild the staff are new records: the same user signs in again (the
    demo's administrator if that user is not in the demo)."""
    for who in (user, DEMO_ADMIN[2]):
        if access.resume(services, AuditNote.SIGNED_IN_AFTER_DEMO, username=who) is not None:
            return
    raise LookupError(DEMO_ADMIN[2])  # a demo always has its administrator


def reset_demo(
    path: Path,
    donors: int = DEMO_DONORS,
    seed: int = DEMO_SEED,
    say: Callable[[str], None] = lambda _: None,
) -> None:
    """Rebuild the demo database at ``path`` (``hmtn demo --reset``); only a demo
    database is replaced (NotADemo otherwise), and only through SQLite."""
    path = Path(path)
    if not path.exists() or is_older_demo(path):
        rebuild_older_demo(path, donors=donors, seed=seed, say=say)
        return
    if access.database_state(path) != access.AccessState.ENCRYPTED:
        raise NotADemo(str(path))  # a demo is encrypted
    _full_name, _role, user, password, _pin = DEMO_ADMIN
    try:
        services = access.sign_in(path, user, password)
    except UserError as error:  # not the demo's administrator: no demo
        raise NotADemo(str(path)) from error
    try:
        if not is_demo(services):
            raise NotADemo(str(path))
        fresh = build_fresh_demo(path, donors, seed, say, key=services.database_key)
        replace_with(services.db, fresh)
    finally:
        services.close()


# Donors every demo has, each showing something the check-in clerk must notice:
# (name, sex, age in years, days since last whole-blood donation, deferral).
SHOWCASE = (
    ("Đặng Văn Đức", "M", 34, 40, None),  # gave 40 days ago: too soon
    ("Nguyễn Thị Hồng Ánh", "F", 27, 200, ("until", 30, "Huyết sắc tố thấp")),
    ("Trần Minh Khoa", "M", 17, None, None),  # under 18
    ("Lê Văn Tâm", "M", 61, 400, None),  # over 60
    ("Phạm Thị Thu Hà", "F", 45, 300, ("permanent", 0, "HBsAg dương tính")),
    ("Hoàng Đức Anh", "M", 29, 120, None),  # an ordinary repeat donor
)


def showcase_rows(generator: DonorGenerator, today: dt.date) -> list[dict[str, str]]:
    rows = []
    for name, sex, age, days_since, deferral in SHOWCASE:
        row = generator.row()
        birth = add_years(today, -age) - dt.timedelta(days=40)
        row.update(
            national_id=generator.cccd(birth, sex),
            full_name=name,
            birth_date=birth.strftime("%d/%m/%Y"),
            sex="Nam" if sex == "M" else "Nữ",
            donation_count="0" if days_since is None else "6",
            last_donation_date="" if days_since is None else iso(today - dt.timedelta(days_since)),
            last_donation_type="" if days_since is None else "whole_blood",
            deferral_until="",
            deferral_permanent="0",
            deferral_reason="",
        )
        if deferral:
            kind, days, reason = deferral
            row["deferral_reason"] = reason
            if kind == "permanent":
                row["deferral_permanent"] = "1"
            else:
                row["deferral_until"] = iso(today + dt.timedelta(days))
        rows.append(row)
    return rows


def _import_registry(services: Services, donors: int, seed: int, today: dt.date) -> list[str]:
    generator = DonorGenerator(seed, today)
    rows = showcase_rows(generator, today) + list(generator.rows(donors - len(SHOWCASE)))
    with tempfile.TemporaryDirectory() as folder:
        csv_path = Path(folder) / "so-dang-ky-nguoi-hien-mau.csv"
        write_registry_csv(csv_path, iter(rows))
        report = services.registry.import_file(csv_path)
    if not report.ok:  # the generator and the checker disagree: a bug, not user input
        raise RuntimeError(f"demo registry refused: {report.errors[:3]}")
    return [row["national_id"] for row in rows if row["national_id"]]


def _create_drive(services: Services, today: dt.date) -> Drive:
    hanoi = next(p for p in places.provinces() if p.name.endswith("Hà Nội"))
    ward = next(w for w in places.wards(hanoi.code) if w.name == "Phường Bạch Mai")
    return services.drives.create(
        DriveForm(
            code=services.drives.suggested_code(today),
            drive_date=today.isoformat(),
            place_name="Đại học Bách khoa Hà Nội",
            province_code=hanoi.code,
            ward_code=ward.code,
            street_address="Số 1 Đại Cồ Việt",
            organizer="Hội Chữ thập đỏ thành phố Hà Nội",
            campaign="chu_nhat_do",
            target_units="350",
        )
    )


def _fill_queue(services: Services, drive: Drive, seed: int, registry_ids: list[str]) -> None:
    """Tickets for the showcase donors, other registry donors and a few new donors."""
    _as(services, StaffRole.CLERK)
    chosen = [services.donors.lookup(n).exact for n in registry_ids[: len(SHOWCASE)]]
    rng = random.Random(seed)
    for national_id in rng.sample(registry_ids[len(SHOWCASE) :], 60):
        donor = services.donors.lookup(national_id).exact
        if len(chosen) < DEMO_QUEUE - 6 and not services.checkin.assess(donor, drive).warnings:
            chosen.append(donor)
    generator = DonorGenerator(seed + 1, drive.drive_date)
    while len(chosen) < DEMO_QUEUE:
        row = generator.row()
        form = DonorForm(
            national_id=row["national_id"],
            full_name=row["full_name"],
            birth_date=row["birth_date"],
            sex="M" if row["sex"] == "Nam" else "F",
            address=row["address"],
            phone=row["phone"],
        )
        if row["national_id"] and not services.donors.validate(form):
            chosen.append(services.donors.register(form, not_a_duplicate=True))
    _as(services, StaffRole.CLERK)
    for donor in chosen:
        services.checkin.check_in(drive, donor)


# The first tickets of the demo drive, screened: (answers, with event dates as days
# before the drive; measurements; the doctor's decision). The first six are the
# showcase donors, in the order of SHOWCASE. The rest of the queue is still waiting.
_NORMAL = {"weight_kg": "64", "systolic": "122", "diastolic": "78", "pulse": "74",
           "hb_g_l": "142", "hbsag": "negative"}  # fmt: skip
SCREENINGS = (
    ({}, {}, DoctorDecision("defer_temporary")),  # 40 days after whole blood
    ({}, {}, DoctorDecision("defer_temporary")),  # deferred on record (low Hb)
    ({}, {}, DoctorDecision("defer_temporary")),  # under 18: until the birthday
    ({}, {}, DoctorDecision("defer_permanent")),  # over 60
    ({}, {}, DoctorDecision("defer_permanent")),  # HBsAg positive on record
    ({"donated_before": None}, {}, DoctorDecision("accept", 450)),
    ({}, {"weight_kg": "71.5", "hb_g_l": "151"}, DoctorDecision("accept", 450)),
    ({}, {"weight_kg": "47", "hb_g_l": "131"}, DoctorDecision("accept", 350)),
    ({}, {"weight_kg": "55", "hb_g_l": "122"}, DoctorDecision("accept", 250)),
    ({"tattoo": 60}, {}, DoctorDecision("defer_temporary")),
    ({}, {"systolic": "172", "diastolic": "104"}, DoctorDecision("defer_temporary")),
    ({}, {"hb_g_l": "114"}, DoctorDecision("defer_temporary")),
    ({"fever": 3}, {}, DoctorDecision("defer_temporary")),
    (
        {"antibiotics": 2},
        {"weight_kg": "58"},
        DoctorDecision(
            "accept", 350, reason="Chỉ bôi kem kháng sinh ngoài da, không dùng đường uống"
        ),
    ),
)
CLERK_ANSWERED = 3  # tickets after the screened ones whose questionnaire is recorded


def _screen(services: Services, drive: Drive) -> None:
    """Screen the first tickets with the demo doctor, as the station would."""
    tickets = services.checkin.waiting_for_screening(drive)
    _as(services, StaffRole.CLERK)
    for entry in tickets[len(SCREENINGS) : len(SCREENINGS) + CLERK_ANSWERED]:
        services.screening.save_questionnaire(entry.visit.id, {})
    _as(services, StaffRole.DOCTOR)
    for entry, (answers, measured, choice) in zip(tickets, SCREENINGS, strict=False):
        services.screening.save_questionnaire(
            entry.visit.id,
            {
                code: Answer(True, drive.drive_date - dt.timedelta(days) if days else None)
                for code, days in answers.items()
            },
        )
        form = MeasurementForm(**{**_NORMAL, **measured})
        services.screening.decide(entry.visit.id, form, choice)


DEMO_FIN = "A9999"  # ICCBBA's example facility; a real site sets its own in Settings
DEMO_LABEL_SETS = 40
# Units recorded for the first accepted donors, in ticket order; the last accepted
# donor is still in the chair (the bag's DIN scanned, started at IN_CHAIR_SINCE).
# (outcome, volume, start, end, reaction)
UNITS = (
    ("complete", "450", "08:10", "08:17", None),
    ("complete", "450", "08:20", "08:26", None),
    ("complete", "350", "08:31", "08:38", None),
    (
        "incomplete",
        "120",
        "08:40",
        "08:44",
        ReactionForm("vasovagal_immediate", "mild", "08:43", "Ngừng lấy máu, kê cao chân"),
    ),
)


IN_CHAIR_SINCE = "08:50"


def _collect(services: Services, drive: Drive) -> None:
    """Print the day's label sets and record units for the first accepted donors."""
    _as(services, StaffRole.ADMIN)
    services.dins.set_fin(DEMO_FIN)
    _as(services, StaffRole.NURSE)
    labels = services.dins.allocate(drive, DEMO_LABEL_SETS)
    services.dins.printed([record.din.number for record in labels])
    queue = services.collection.queue(drive)
    for entry, label, (outcome, volume, start, end, reaction) in zip(
        queue, labels, UNITS, strict=False
    ):
        services.collection.record(
            entry.visit.id,
            DonationForm(
                din=label.din.barcode_data,
                bag_type="triple",
                bag_lot="KL2611-07",
                volume_ml=volume,
                started=start,
                ended=end,
                outcome=outcome,
                reaction=reaction,
            ),
        )
    for entry, label in zip(queue[len(UNITS) :], labels[len(UNITS) :], strict=False):
        services.collection.start(
            entry.visit.id, din=label.din.barcode_data, started=IN_CHAIR_SINCE
        )


DEMO_FACILITY = "Viện Huyết học - Truyền máu Trung ương"
DEMO_CONTACT = "Đường dây nóng 1900 0000 · 14 Trần Thái Tông, Cầu Giấy, Hà Nội"
DEMO_CERTIFICATES = 2  # of the complete donations; the others are pending


def _certify(services: Services, drive: Drive) -> None:
    """Certificates for the first complete donations, on blank paper, as the desk would."""
    _as(services, StaffRole.ADMIN)
    services.certificates.set_texts(DEMO_FACILITY, DEMO_CONTACT)
    _as(services, StaffRole.CERTIFICATE)
    pending = [e.donation_id for e in services.certificates.entries(drive) if e.pending]
    reserved = services.certificates.reserve(drive, pending[:DEMO_CERTIFICATES], "blank")
    services.certificates.confirm([item.certificate_id for item in reserved])


def _as(services: Services, role: StaffRole) -> None:
    """Sign in the demo's person for ``role`` (the administrator for ``admin``), as the
    station would be worked."""
    for member in services.staff.active():
        if member.roles == {role} or (role == StaffRole.ADMIN and role in member.roles):
            services.staff.sign_in(member)
            return
    raise LookupError(role)
