"""A USB stick that fills up while the export is written leaves no file and says so."""

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from desktop.core.domain.problems import UserError
from tests.exchange_fixtures import new_center_keys

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def small_stick(tmp_path):
    """A real 8 kB file system (tmpfs), as root; skipped where it cannot be mounted."""
    mount = tmp_path / "stick"
    mount.mkdir()
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root (CI runs as root)")
    made = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8k", "tmpfs", str(mount)],
                          capture_output=True, text=True, check=False)  # fmt: skip
    if made.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {made.stderr.strip()}")
    yield mount
    subprocess.run(["umount", str(mount)], check=True)


def test_a_full_stick_leaves_no_file_and_a_clear_problem(services, drive, donors, small_stick):
    services.settings.update_device("TTHH-HN", "Bàn 1")
    new_center_keys().install(services)
    for name in ("Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường"):
        services.checkin.check_in(drive, donors.register(name=name))
    with pytest.raises(UserError) as refused:
        services.exports.export(small_stick)
    assert [(p.code, p.params) for p in refused.value.problems] == [
        ("export_disk_full", {"folder": str(small_stick)})
    ]
    assert sorted(os.listdir(small_stick)) == []


SEAL_WITH_A_SIZE_LIMIT = """
import resource, signal, sys
from pathlib import Path
import minisign, pyrage
from desktop.core.domain.problems import UserError
from desktop.core.exchange.sealing import seal

work, folder = Path(sys.argv[1]), Path(sys.argv[2])
payload = work / "payload.tar"
payload.write_bytes(bytes(range(256)) * 800)  # 200 kB
recipients = [str(pyrage.x25519.Identity.generate().to_public()) for _ in range(2)]
key = minisign.KeyPair.generate().secret_key
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG
resource.setrlimit(resource.RLIMIT_FSIZE, (50_000, 50_000))
try:
    seal(payload, folder, "X-1.hmtn.age", recipients=recipients, secret_key=key,
         trusted_comment="hmtn export X 1 1")
except UserError as error:
    print(",".join(p.code for p in error.problems))
"""


@pytest.mark.skipif(sys.platform == "win32", reason="file size limits are POSIX")
def test_a_write_refused_midway_leaves_no_partial_file(tmp_path):
    """The system refuses the write past a file-size limit, as a full disk would."""
    folder = tmp_path / "stick"
    folder.mkdir()
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(SEAL_WITH_A_SIZE_LIMIT), str(tmp_path), str(folder)],
        capture_output=True, text=True, cwd=ROOT, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "export_disk_full"
    assert os.listdir(folder) == []
