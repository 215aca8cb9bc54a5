"""The desk in one process, for tests/test_live_database.py: it checks donors in while
it is pointed at its own database file the ways the issue found (the registry dialog
given the database, the database opened a second time), step by step on its stdin.

    python -m tests.lock_loss_writer DB DONORS ROUNDS
"""

import contextlib
import datetime as dt
import sys
from pathlib import Path

from db.connection import DatabaseRefused, open_database
from desktop.core.domain import places
from desktop.core.services import Services
from desktop.core.stations.drives import DriveForm
from tests.factories import DonorFactory
from tests.people import open_signed_in


def say(text: str) -> None:
    print(text, flush=True)


def main(db_path: Path, count: int, rounds: int) -> None:
    services = open_signed_in(db_path)
    hanoi = places.province("1")
    drive = services.drives.create(
        DriveForm(code="HM261124", drive_date="24/11/2026", place_name="Trường THPT",
                  province_code=hanoi.code, ward_code=places.wards(hanoi.code)[0].code,
                  organizer="Hội Chữ thập đỏ", campaign="chu_nhat_do", target_units="250")
    )  # fmt: skip
    factory = DonorFactory(services)
    donors = [factory.register(birth=dt.date(1990, 1, 1) + dt.timedelta(days=i))
              for i in range(count)]  # fmt: skip
    saved = 0
    per_round = count // rounds
    for round_no in range(rounds):
        for donor in donors[round_no * per_round : (round_no + 1) * per_round]:
            services.checkin.check_in(drive, donor)
            saved += 1
        # The clerk points the registry dialog at the database, and something opens the
        # database a second time: both must be refused without touching the file.
        answers = [_import(services, Path(f"{db_path}{side}")) for side in ("", "-wal", "-shm")]
        with contextlib.suppress(DatabaseRefused):
            open_database(db_path).close()
        say(f"round {round_no} {' '.join(answers)}")
        sys.stdin.readline()  # the other process has opened and closed the file
    services.close()
    say(f"saved {saved}")


def _import(services: Services, path: Path) -> str:
    """What the import said about ``path`` (a file the other process deleted: missing)."""
    try:
        report = services.registry.import_file(path)
    except OSError:
        return "missing"
    return report.errors[0].problem.code if report.errors else "imported"


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]))
