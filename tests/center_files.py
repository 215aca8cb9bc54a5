"""Laptops enrolled at a center made by ``hmtn center init`` (fixture ``made_center``),
exchanging real export files: sealed by ``ExportService.export``, imported by
``CenterFilesService.import_files``.

The center's key is unlocked once per test (age's scrypt takes seconds on purpose) and
serves every copy of the same center database.
"""

from pathlib import Path

from desktop.core.exchange.center_files import CenterKey
from desktop.core.exchange.site import read_center_keys
from desktop.core.services import Services
from tests.center_cli import PASSPHRASE
from tests.center_sites import Center, Site
from tests.signin import copy_database

# What a refused file may add to a center: its own row, and the audit of that row.
IMPORT_BOOKKEEPING = ("center_import", "installation")


def center_copy(made_center: tuple[Path, Path], path: Path) -> Center:
    """A center of its own, copied from the one ``hmtn center init`` made (backup API)."""
    copy_database(made_center[0], path)
    return Center(path)


def unlocked_key(center: Center) -> CenterKey:
    return center.services.center_files.unlock(PASSPHRASE)


def enrol(site: Site, centers: list[Center], keys: Path, folder: Path) -> None:
    """Install the center's keys at ``site``, write its enrolment to ``folder`` and
    register it at every center."""
    site.services.identity.set_center(read_center_keys(keys))
    site.services.identity.enrol(folder)
    for center in centers:
        center.services.center_keys.add_device(folder)


def center_data(services: Services) -> dict[str, list[tuple]]:
    """Every row of the center's database but the record of the files it was given
    (``center_import``, its audit entries, the installation's change counter)."""
    db = services.db
    tables = [
        name
        for (name,) in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            " ORDER BY name"
        )
        if name not in IMPORT_BOOKKEEPING
    ]
    data = {}
    for table in tables:
        where = " WHERE table_name <> 'center_import'" if table == "audit_log" else ""
        data[table] = sorted(db.execute(f'SELECT * FROM "{table}"{where}').fetchall(), key=repr)
    return data
