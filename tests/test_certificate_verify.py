"""``hmtn certificates verify`` and ``hmtn center certificate-keys`` with real files: a
laptop enrolled at a center made by ``hmtn center init`` prints a certificate, its
export files are imported by ``hmtn center import``; the QR text is then checked at the
center (``--db``) and offline against the published keys file (``--keys``)."""

import datetime as dt
import hashlib
import json
import shutil
import subprocess
from contextlib import closing

import pytest

from desktop.core.domain.audit_notes import AuditNote, parse_note
from desktop.core.domain.vocabulary import StaffRole
from desktop.core.foundation.secrets import certificate_key
from desktop.core.stations import certificate_integrity as hmtn1
from tests.center_cli import PASSPHRASE, hmtn, write
from tests.center_sites import Site
from tests.people import by_everyone, sign_in_as
from tests.signin import raw_connection

pytestmark = pytest.mark.qt  # hmtn prints through Qt's translators
NAME = "Phạm Văn Đức"


@pytest.fixture
def world(made_center, laptop, center, tmp_path, monkeypatch):
    """A center copy, its keys folder, an enrolled laptop of site HN01 with one issued
    certificate, the laptop's export imported at the center."""
    monkeypatch.setenv("HMTN_DATA_DIR", str(tmp_path / "data"))
    keys = made_center[1]
    site = Site(laptop["path"], "HN01", "A1234")
    unit = site.give_blood(site.register(NAME, dt.date(1990, 5, 15), 1), certificate=True)
    [certificate_id] = site.services.db.execute("SELECT id FROM certificate").fetchone()
    text = site.services.certificates.reprint_data(certificate_id).data.qr_payload
    world = {
        "site": site, "center": center, "keys": keys, "text": text, "unit": unit,
        "device": laptop["device"],
        "certificate": certificate_id, "stick": tmp_path / "USB", "tmp": tmp_path,
        "passphrase": write(tmp_path / "passphrase.txt", PASSPHRASE),
    }  # fmt: skip
    world["stick"].mkdir()
    send(world)
    yield world
    site.close()


def send(world: dict) -> None:
    """The laptop's export file, imported at the center through the command."""
    with by_everyone(world["site"].services):  # the export is reception's or the admin's
        path = world["site"].services.exports.export(world["stick"]).path
    assert hmtn("center", "import", path, "--db", world["center"],
                "--passphrase-file", world["passphrase"]) == 0  # fmt: skip


def desk(site: Site):
    """The certificate desk, with its person signed in."""
    sign_in_as(site.services, StaffRole.CERTIFICATE, name="Phạm Thu Trang")
    return site.services.certificates


def verify(capsys, text: str, *options) -> tuple[int, str]:
    capsys.readouterr()
    status = hmtn("certificates", "verify", text, *options)
    captured = capsys.readouterr()
    return status, captured.out + captured.err


def published(world: dict, capsys) -> list:
    """``hmtn center certificate-keys``: the keys file, and how to check against it."""
    out = world["tmp"] / "published" / "certificate-keys.json"
    out.parent.mkdir(exist_ok=True)
    assert hmtn("center", "certificate-keys", "--db", world["center"], "--out", out,
                "--passphrase-file", world["passphrase"]) == 0  # fmt: skip
    return ["--keys", out, "--center-key", world["keys"] / "center.minisign.pub"]


def altered(text: str, index: int, value: str) -> str:
    parts = text.split("|")
    parts[index] = value
    return "|".join(parts)


def test_a_signed_certificate_verifies_at_the_center_and_shows_voided_once_merged(world, capsys):
    site, center, text = world["site"], world["center"], world["text"]
    status, out = verify(capsys, text, "--db", center)
    assert status == 0, out
    assert out.startswith("Valid: issued by device ")
    assert "of site HN01" in out and NAME in out and "450 ml" in out and "24/11/2026" in out
    assert "In the register: issued, not voided." in out
    # any field printed that matters, altered: the signature no longer matches
    for index, value in [(2, "HN02"), (3, "HN01-A26-000009"), (4, "A123426000099"),
                         (5, "350"), (6, "2026-11-25"), (7, "Phạm Văn Đức Anh")]:  # fmt: skip
        status, out = verify(capsys, altered(text, index, value), "--db", center)
        assert status == 1, (index, out)
        assert "the certificate was altered or invented" in out
    # the site voids it: the center says so once the void arrived
    desk(site).void(world["certificate"], "In sai tên, đã cấp lại")
    status, out = verify(capsys, text, "--db", center)
    assert status == 0  # not yet known at the center
    send(world)
    status, out = verify(capsys, text, "--db", center)
    assert status == 3, out
    today = dt.date.today().strftime("%d/%m/%Y")
    assert out.startswith(f"Voided on {today}: In sai tên, đã cấp lại")


def test_an_invented_certificate_and_another_laptops_key_are_told(world, capsys, tmp_path):
    center, text = world["center"], world["text"]
    # an invented signature under the device's key id
    fake = altered(text, 8, "A" * 86)
    assert verify(capsys, fake, "--db", center)[0] == 1
    # a laptop the center never enrolled signs a certificate of its own
    stranger = Site(tmp_path / "stranger.sqlite3", "HN09", "A9876")
    unit = stranger.give_blood(stranger.register(NAME, dt.date(1990, 5, 15), 2), certificate=True)
    [cid] = stranger.services.db.execute("SELECT id FROM certificate").fetchone()
    own = stranger.services.certificates.reprint_data(cid).data.qr_payload
    stranger.close()
    assert unit.din in own
    status, out = verify(capsys, own, "--db", center)
    assert status == 4, out
    assert out.startswith("Cannot be checked: key ")
    # its signature over the enrolled laptop's key id: the key id alone proves nothing
    borrowed = altered(own, 1, text.split("|")[1])
    assert verify(capsys, borrowed, "--db", center)[0] == 1
    # not a certificate's text, or no place to check it against
    assert verify(capsys, "HMTN2|hello", "--db", center)[0] == 5
    assert verify(capsys, "https://example.org", "--db", center)[0] == 5
    status, out = verify(capsys, text)
    assert status == 2 and "--db" in out and "Traceback" not in out


def test_the_published_keys_file_is_signed_for_stock_minisign_and_checks_offline(world, capsys):
    site, text = world["site"], world["text"]
    options = published(world, capsys)
    keys_file, center_key = options[1], options[3]
    if shutil.which("minisign"):
        checked = subprocess.run(
            ["minisign", "-Vm", str(keys_file), "-p", str(center_key)],
            capture_output=True, text=True, check=False,
        )  # fmt: skip
        assert checked.returncode == 0, checked.stderr
    body = json.loads(keys_file.read_text(encoding="utf-8"))
    [device] = body["devices"]
    assert (device["site_code"], device["status"], device["key_id"]) == (
        "HN01", "active", text.split("|")[1]
    )  # fmt: skip
    assert NAME not in keys_file.read_text(encoding="utf-8")  # no person in it
    digest = hashlib.sha256(keys_file.read_bytes()).hexdigest()
    with closing(raw_connection(world["center"])) as db:
        [(note,)] = db.execute(
            "SELECT note FROM audit_log WHERE action = 'certificate_keys_written'"
        ).fetchall()
    code, said = parse_note(note)
    assert code == AuditNote.KEYS_PUBLISHED and said["sha256"] == digest
    assert (said["devices"], said["revoked"], said["voided"]) == ("1", "0", "0")
    status, out = verify(capsys, text, *options)
    assert status == 0, out
    assert out.startswith("Valid: issued by device ") and "keys file of" in out
    assert verify(capsys, altered(text, 5, "350"), *options)[0] == 1
    # voided at the site, merged at the center, published again: voided offline too
    desk(site).void(world["certificate"], "Hỏng phôi")
    send(world)
    options = published(world, capsys)
    status, out = verify(capsys, text, *options)
    assert status == 3, out
    assert "Voided on" in out and "Hỏng phôi" not in out  # the reason stays at the center
    # a keys file changed after signing, or checked with another key, is refused
    doctored = keys_file.read_text(encoding="utf-8").replace('"voided": [', '"voided": [ ')
    keys_file.write_text(doctored, encoding="utf-8")
    status, out = verify(capsys, text, *options)
    assert status == 2 and "is not signed by the center key given" in out
    status, out = verify(capsys, text, "--keys", keys_file)
    assert status == 2 and "--center-key" in out


def test_a_revoked_laptops_certificates_need_the_centers_register(world, capsys):
    center, text = world["center"], world["text"]
    device = world["device"]
    assert hmtn("center", "devices", "revoke", device, "--db", center,
                "--reason", "Máy bị mất trộm") == 0  # fmt: skip
    status, out = verify(capsys, text, "--db", center)
    assert status == 0, out  # the register vouches for what the laptop sent before
    assert "Its laptop was revoked on" in out and "Máy bị mất trộm" in out
    status, out = verify(capsys, text, *published(world, capsys))
    assert status == 4, out
    assert out.startswith("Cannot be trusted without the center")


def test_hmtn1_certificates_printed_before_stay_checkable_at_the_center(world, capsys):
    """An HMTN1 certificate: its code was keyed with the laptop's own secret and kept in
    the register, which the center received; only the register can vouch for it."""
    site, center = world["site"], world["center"]
    db = site.services.db
    unit = site.give_blood(site.register("Lê Thị Hồng Nhung", dt.date(1995, 3, 8), 3))
    [planned] = site.services.certificates.reserve(site.drive, [unit.id], "blank")
    code = hmtn1.integrity_code(certificate_key(db), unit.id, unit.din, planned.serial)
    from db.records import write_transaction  # the register as an earlier version kept it

    with write_transaction(db, site.services.session.actor) as w:
        w.update("certificate", planned.certificate_id, {"integrity_code": code})
    site.services.certificates.confirm([planned.certificate_id])
    text = hmtn1.qr_payload(unit.id, unit.din, planned.serial, code)
    send(world)
    status, out = verify(capsys, text, "--db", center)
    assert status == 0, out
    assert out.startswith("Valid, but an HMTN1 certificate proves less")
    assert "Lê Thị Hồng Nhung" in out  # from the register, to compare with the paper
    assert verify(capsys, text[:-1] + ("A" if text[-1] != "A" else "B"), "--db", center)[0] == 1
    assert verify(capsys, text.replace(unit.din, "A123426000099"), "--db", center)[0] == 1
    status, out = verify(capsys, text, *published(world, capsys))
    assert status == 4 and "only the center's register can check it" in out
