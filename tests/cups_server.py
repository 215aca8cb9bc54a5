"""A private CUPS server for the printing tests, with a CUPS-PDF queue.

``cupsd`` runs from the test (never the system's), listening on loopback only, with its
configuration, spool, cache, state and logs in a temporary folder; a CUPS-PDF queue
writes every job it prints as a PDF into that folder, where the test reads it back.
CUPS-PDF reads its per-queue settings only from ``/etc/cups/cups-pdf-QUEUE.conf``, so
one such file, named after this test run's queue, is written there and removed again.
Qt (and libcups) are pointed at the server with ``CUPS_SERVER``.

Needs root (cupsd and the CUPS-PDF backend run as root) and the Debian packages
``cups`` and ``printer-driver-cups-pdf`` (``python3 tasks.py test`` installs them when
it runs as root); otherwise the tests that use it are skipped, saying why.
"""

import contextlib
import ctypes
import ctypes.util
import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

CUPS_PDF_BACKEND = Path("/usr/lib/cups/backend/cups-pdf")
CUPS_PDF_PPD = Path("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd")
CUPS_PDF_CONFIG_DIR = Path("/etc/cups")


@dataclass(frozen=True)
class CupsPrinter:
    name: str
    server: str  # host:port
    out: Path  # where CUPS-PDF writes the jobs it printed
    spool: Path  # cupsd's spool: the files the jobs were sent as

    def printed_pdf(self, timeout: float = 90.0) -> Path:
        """The PDF of the one job printed, once CUPS-PDF has finished writing it."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            done = [path for path in self.out.glob("*.pdf") if _complete(path)]
            if done:
                return done[0]
            time.sleep(0.2)
        raise AssertionError(f"nothing printed into {self.out} within {timeout} s")


def _complete(path: Path) -> bool:
    """CUPS-PDF writes the file in one go from Ghostscript: complete once it ends with
    the end-of-file marker and has stopped growing."""
    size = path.stat().st_size
    time.sleep(0.2)
    return size == path.stat().st_size and path.read_bytes()[-64:].rstrip().endswith(b"%%EOF")


def why_not() -> str | None:
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        return "printing through CUPS needs root (cupsd and the CUPS-PDF backend run as root)"
    if shutil.which("cupsd") is None or shutil.which("lpadmin") is None:
        return "CUPS is not installed: apt-get install cups printer-driver-cups-pdf"
    if not CUPS_PDF_BACKEND.exists() or not CUPS_PDF_PPD.exists():
        return "CUPS-PDF is not installed: apt-get install printer-driver-cups-pdf"
    return None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _wait_listening(port: int, process: subprocess.Popen, timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"cupsd stopped at once (status {process.returncode})")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.1)
    raise AssertionError("cupsd did not start listening")


def _reset_libcups_server() -> None:
    """libcups remembers the server per thread once asked: forget it, so the next
    question reads ``CUPS_SERVER`` again (the worker threads that print are new)."""
    name = ctypes.util.find_library("cups")
    if name:
        ctypes.CDLL(name).cupsSetServer(None)


_CUPSD_CONF = """Listen 127.0.0.1:{port}
LogLevel info
PreserveJobFiles Yes
WebInterface No
Browsing No
DefaultAuthType None
<Location />
  Order allow,deny
  Allow 127.0.0.1
</Location>
<Location /admin>
  Order allow,deny
  Allow 127.0.0.1
</Location>
<Policy default>
  <Limit All>
    Order allow,deny
    Allow 127.0.0.1
  </Limit>
</Policy>
"""

_CUPS_FILES_CONF = """ServerRoot {root}
RequestRoot {root}/spool
CacheDir {root}/cache
StateDir {root}/state
TempDir {root}/tmp
ErrorLog {root}/log/error_log
AccessLog {root}/log/access_log
PageLog {root}/log/page_log
Sandboxing Relaxed
"""


@contextlib.contextmanager
def private_cups() -> Iterator[CupsPrinter]:
    """Start cupsd on loopback with a CUPS-PDF queue, point ``CUPS_SERVER`` at it, and
    stop and clean up everything afterwards. Call ``why_not()`` first."""
    root = Path(tempfile.mkdtemp(prefix="hmtn-cups-"))  # not under pytest's 0700 folder:
    root.chmod(0o755)  # the filters run as the lp user and must reach the spool
    for folder in ("spool", "cache", "state", "tmp", "log", "out"):
        (root / folder).mkdir()
    (root / "tmp").chmod(0o1777)
    (root / "out").chmod(0o1777)
    port = _free_port()
    name = f"hmtn-test-{os.getpid()}"
    (root / "cupsd.conf").write_text(_CUPSD_CONF.format(port=port))
    (root / "cups-files.conf").write_text(_CUPS_FILES_CONF.format(root=root))
    config = CUPS_PDF_CONFIG_DIR / f"cups-pdf-{name}.conf"
    config.write_text(f"Out {root / 'out'}\nAnonDirName {root / 'out'}\nLabel 0\n")
    cupsd = subprocess.Popen(
        ["cupsd", "-f", "-c", str(root / "cupsd.conf"), "-s", str(root / "cups-files.conf")],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    server = f"127.0.0.1:{port}"
    previous = os.environ.get("CUPS_SERVER")
    try:
        _wait_listening(port, cupsd)
        subprocess.run(
            ["lpadmin", "-h", server, "-p", name, "-v", f"cups-pdf:/{name}", "-P",
             str(CUPS_PDF_PPD), "-E"],
            check=True, capture_output=True,
        )  # fmt: skip
        os.environ["CUPS_SERVER"] = server
        _reset_libcups_server()
        yield CupsPrinter(name, server, root / "out", root / "spool")
    finally:
        cupsd.terminate()
        try:
            cupsd.wait(timeout=10)
        except subprocess.TimeoutExpired:
            cupsd.kill()
            cupsd.wait()
        config.unlink(missing_ok=True)
        shutil.rmtree(root, ignore_errors=True)
        if previous is None:
            os.environ.pop("CUPS_SERVER", None)
        else:
            os.environ["CUPS_SERVER"] = previous
        _reset_libcups_server()


@pytest.fixture
def cups_printer():
    """A CUPS-PDF queue on a private cupsd; stopped and cleaned up afterwards."""
    reason = why_not()
    if reason:
        pytest.skip(reason)
    with private_cups() as printer:
        yield printer


@pytest.fixture
def no_printer():
    """No printer at all, as on a laptop with none installed: Qt (and libcups) ask a
    CUPS server on a loopback port where nothing listens."""
    previous = os.environ.get("CUPS_SERVER")
    os.environ["CUPS_SERVER"] = f"127.0.0.1:{_free_port()}"
    _reset_libcups_server()
    try:
        yield
    finally:
        if previous is None:
            os.environ.pop("CUPS_SERVER", None)
        else:
            os.environ["CUPS_SERVER"] = previous
        _reset_libcups_server()
