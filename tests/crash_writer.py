"""The desk that gets killed, for tests/test_crash_loop.py.

One process imports the application once and then, on each ``run TRIAL`` line of its
stdin, forks a worker and waits for it. The worker opens the database the app's way and
records donors, check-ins, screenings, donations in the chair and units through the real
services, in a loop, writing ``rec TABLE ID`` on stdout only after the service returned
(its transaction committed). The test kills the worker with SIGKILL at a random moment;
this process then says ``ended STATUS`` and waits for the next line.

Forking from a process that has everything imported (and no database open: the worker
opens its own) makes a trial cost milliseconds instead of a Python start-up.

    python -m tests.crash_writer DB
"""

import datetime as dt
import os
import sys
import traceback
from pathlib import Path

from desktop.core.eligibility.measurements import MeasurementForm
from desktop.core.services import Services, open_services
from desktop.core.stations.collection import DonationForm
from desktop.core.stations.screening import DoctorDecision
from tests.factories import DonorFactory
from tests.people import everyone

HEALTHY = MeasurementForm(
    weight_kg="62", systolic="120", diastolic="80", pulse="72", hb_g_l="138", hbsag="negative"
)
DONORS_PER_TRIAL = 5_000  # a bound, far above what a worker records before it is killed
NAMES = ("Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung", "Hoàng Văn Em")


def say(line: str) -> None:
    """One line in one write(2): whole on the pipe, also when the process dies next."""
    os.write(sys.stdout.fileno(), f"{line}\n".encode())


def record_forever(db_path: Path, trial: int) -> None:
    services = open_services(db_path)
    drive = services.drives.by_code("HM261124")
    everyone(services)  # one person at every desk of this laptop
    factory = DonorFactory(services)
    factory.serial = trial * DONORS_PER_TRIAL  # CCCD serials no other trial uses
    for number in range(DONORS_PER_TRIAL):
        _one_donor(services, factory, drive, number)


def _one_donor(services: Services, factory: DonorFactory, drive, number: int) -> None:
    birth = dt.date(1970, 1, 1) + dt.timedelta(days=number % 9000)
    donor = factory.register(NAMES[number % len(NAMES)], birth)
    say(f"rec donor {donor.id}")
    visit = services.checkin.check_in(drive, donor).visit
    say(f"rec visit {visit.id}")
    services.screening.save_questionnaire(visit.id, {})
    screening = services.screening.decide(visit.id, HEALTHY, DoctorDecision("accept", 450))
    say(f"rec screening {screening.id}")
    din = services.dins.allocate(drive, 1)[0].din
    chair = services.collection.start(visit.id, din=din.barcode_data, started="09:05")
    say(f"rec started_donation {chair.donation.id}")
    unit = services.collection.record(
        visit.id,
        DonationForm(din=din.barcode_data, bag_type="triple", bag_lot="L2611", volume_ml="450",
                     started="09:05", ended="09:13"),
    )  # fmt: skip
    say(f"rec donation {unit.id}")


def serve(db_path: Path) -> None:
    say("ready")
    for line in sys.stdin:
        command = line.split()
        if command[:1] != ["run"]:
            return
        pid = os.fork()
        if pid == 0:  # the worker: its end is a kill (or, past the bound, a plain exit)
            try:
                record_forever(db_path, int(command[1]))
            except BaseException:
                traceback.print_exc()
                os._exit(1)
            os._exit(0)
        say(f"pid {pid}")
        _, status = os.waitpid(pid, 0)
        say(f"ended {os.waitstatus_to_exitcode(status)}")


if __name__ == "__main__":
    serve(Path(sys.argv[1]))
