"""The ``hmtn`` command run in-process, and what a center made by ``hmtn center init``
takes (the fixtures ``made_center`` and ``center`` are in tests/conftest.py)."""

import json
import tempfile
from pathlib import Path

from tests.people import open_signed_in
from tests.signin import credentials, secure

PASSPHRASE = "mật khẩu trung tâm 2026"
ESCROW_PASSPHRASE = "két sắt ngoại tuyến 2026"
SIGNED_IN = credentials(Path(tempfile.mkdtemp(prefix="hmtn-signin-")))
KEY_FILES = {"center.pub", "center-key.age", "escrow.pub", "escrow-key.age", "center.minisign.pub"}


def hmtn(*argv: object) -> int:
    """``hmtn`` signed in as the test administrator (who creates the databases the
    commands create)."""
    from desktop.cli import main  # the command line (and Qt's translators) only when run

    return main(["--lang", "en", *SIGNED_IN, *map(str, argv)])


def write(path: Path, text: str) -> Path:
    path.write_text(text + "\n", encoding="utf-8")
    return path


def enrolled_site(tmp_path: Path, center: Path, keys: Path, letter: str = "A") -> dict:
    """A laptop of site HN01 (FIN A1234, desk ``letter``) with the center's keys,
    enrolled at ``center``, all through the commands."""
    path = tmp_path / f"site-{letter}.sqlite3"
    services = open_signed_in(path)
    services.settings.update_device("HN01", f"Bàn {letter}")
    services.dins.set_fin("A1234")
    services.settings.set("desk_letter", letter)
    services.close()
    secure(path)
    folder = tmp_path / f"enrol-{letter}"
    assert hmtn("device", "set-center", keys, "--db", path) == 0
    assert hmtn("device", "enrol", "--db", path, "--out", folder) == 0
    assert hmtn("center", "devices", "add", folder, "--db", center) == 0
    device = json.loads((folder / "enrolment.json").read_text(encoding="utf-8"))["device_id"]
    return {"path": path, "device": device, "enrolment": folder}
