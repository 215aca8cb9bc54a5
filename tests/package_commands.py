"""A center and its laptops exchanging drive packages through the real commands:
``hmtn center package`` writes one onto the stick, ``hmtn package import`` installs it
(the center is made by ``hmtn center init``: fixtures ``made_center`` and ``center``)."""

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from desktop.core.services import Services
from tests.center_cli import hmtn
from tests.center_sites import Site
from tests.packages import database_rows
from tests.people import open_signed_in


@contextmanager
def opened(path: Path) -> Iterator[Services]:
    """The database's services for a step of a test (closed after, as a window would)."""
    services = open_signed_in(path)
    try:
        yield services
    finally:
        services.close()


def rows_of(path: Path) -> dict[str, list]:
    """Every row of the database at ``path`` (``tests.packages.database_rows``): to
    compare before and after a command that must change nothing."""
    with opened(path) as services:
        return database_rows(services)


@contextmanager
def set_aside(site: Site) -> Iterator[None]:
    """The laptop's database closed while a command works on it (a process opens a
    database once), opened again after with its nurse signed in."""
    path = site.services.path
    site.services.close()
    try:
        yield
    finally:
        site.services = open_signed_in(path)


@dataclass(frozen=True)
class Said:
    status: int
    out: list[str]  # stdout, line by line
    err: str


def center_package(center: Path, device: str, out: Path, passphrase: Path) -> int:
    """``hmtn center package``: its exit status."""
    return hmtn("center", "package", "--db", center, "--device", device, "--out", out,
                "--passphrase-file", passphrase)  # fmt: skip


def write_package(center: Path, device: str, stick: Path, passphrase: Path, capsys) -> Path:
    """``hmtn center package``: the package's path (printed last)."""
    capsys.readouterr()
    status = center_package(center, device, stick, passphrase)
    said = capsys.readouterr()
    assert status == 0, said.err
    return Path(said.out.splitlines()[-1])


def import_package(path: Path, site: Path, capsys) -> Said:
    """``hmtn package import``: its status and what it said."""
    capsys.readouterr()
    status = hmtn("package", "import", path, "--db", site)
    said = capsys.readouterr()
    return Said(status, said.out.splitlines(), said.err)
