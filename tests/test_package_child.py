"""A large center's registry part is written by a child process (issue 14: its lines,
made on a worker thread, would take the interpreter from the window), on its own
connection to the encrypted database: the package is the same as one written here,
and the stock age tool opens it with the laptop's identity."""

import datetime as dt
import resource
import shutil
import subprocess
import tarfile

import pytest

from desktop.core.exchange import package_build
from desktop.core.exchange.keys import device_identity
from desktop.core.foundation.progress import Cancelled, Progress
from tests.center_cli import PASSPHRASE
from tests.test_package_build import TODAY, Lab, world  # noqa: F401 (the fixture)

needs_age = pytest.mark.skipif(shutil.which("age") is None, reason="the stock age is missing")
pytestmark = pytest.mark.qt  # the center is made by hmtn center init (Qt's translators)


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def opened_by_age(package, identity, folder) -> dict[str, bytes]:
    """``age -d -i IDENTITY`` on the package; the members of the tar it carries."""
    folder.mkdir()
    key = folder / "identity.txt"
    key.write_text(str(identity) + "\n")
    payload = folder / "payload.tar"
    subprocess.run(["age", "-d", "-i", str(key), "-o", str(payload), str(package)], check=True)
    with tarfile.open(payload) as tar:
        return {m.name: tar.extractfile(m).read() for m in tar.getmembers() if m.isfile()}


@needs_age
def test_a_registry_written_by_a_child_makes_the_same_package(world, tmp_path, monkeypatch):  # noqa: F811
    center, a, _b, stick = world
    packages = center.services.packages
    an = next(i for (i,) in center.query("SELECT to_id FROM donor_redirect"))
    packages.lab_facts = lambda _db: Lab({an: dt.date(2026, 11, 30)}, {an: ("B", "+")})
    signer = packages.unlock(PASSPHRASE)
    monkeypatch.setattr(package_build, "REGISTRY_IN_CHILD_FROM", 0)  # this small one too
    before, steps = _children_cpu(), []
    by_child = packages.write(a.device_id, stick, signer, Progress(lambda *s: steps.append(s)),
                              today=TODAY)  # fmt: skip
    assert _children_cpu() > before  # a child process wrote the registry
    assert ("registry", 5, 5) in steps  # its progress came back
    monkeypatch.setattr(package_build, "REGISTRY_IN_CHILD_FROM", 10**9)  # written here
    here = packages.write(a.device_id, stick, signer, today=TODAY)
    ignore = {"center_seq"}  # the first package's own log moved it on
    assert {k: v for k, v in by_child.counts.items() if k not in ignore} == {
        k: v for k, v in here.counts.items() if k not in ignore
    }
    identity = device_identity(a.services.db)
    child_parts = opened_by_age(by_child.path, identity, tmp_path / "child")
    here_parts = opened_by_age(here.path, identity, tmp_path / "here")
    registry = child_parts["registry.csv"]
    assert registry == here_parts["registry.csv"] and registry.count(b"\n") == 1 + 5
    assert b"center.marker" in registry  # the lab facts reached the child
    assert child_parts.keys() == here_parts.keys()


def test_a_cancel_as_the_child_writes_leaves_no_package(world, monkeypatch):  # noqa: F811
    center, a, _b, stick = world
    packages = center.services.packages
    signer = packages.unlock(PASSPHRASE)
    monkeypatch.setattr(package_build, "REGISTRY_IN_CHILD_FROM", 0)
    steps = []
    progress = Progress(lambda *s: steps.append(s), cancel_requested=lambda: len(steps) > 1)
    with pytest.raises(Cancelled):
        packages.write(a.device_id, stick, signer, progress, today=TODAY)
    assert not [p for p in stick.iterdir() if "package" in p.name]
    assert center.query("SELECT count(*) FROM package_log") == [(0,)]
