"""The center's keys and the devices it knows: ``hmtn center init``, ``hmtn device
set-center`` and ``enrol``, ``hmtn center devices add|revoke|list``, checked with the
stock age and minisign tools."""

import base64
import json
import sys
from pathlib import Path

import minisign
import pyrage
import pytest

from db.connection import open_database
from desktop.core.domain.problems import UserError
from desktop.core.exchange import keys
from tests.center_cli import ESCROW_PASSPHRASE, KEY_FILES, PASSPHRASE, hmtn, write
from tests.exchange_tools import (
    age_decrypt,
    minisign_verify,
    needs_age,
    needs_minisign,
    needs_terminal,
    on_terminal,
)
from tests.people import open_signed_in
from tests.signin import PASSWORD, key_of, raw_connection, secure

pytestmark = pytest.mark.qt  # hmtn prints through Qt's translators


def site(path: Path, letter: str = "A", fin: str = "A1234") -> Path:
    services = open_signed_in(path)
    services.settings.update_device("TTHH-HN", f"Bàn {letter}")
    services.dins.set_fin(fin)
    services.settings.set("desk_letter", letter)
    services.close()
    return secure(path)  # the commands open it signed in


def every_value(path: Path) -> str:
    """Every text and blob value of the database, read through SQLite, in one string."""
    db = raw_connection(path)
    tables = [row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    values = [
        value if isinstance(value, str) else base64.b64encode(value).decode()
        for table in tables
        for row in db.execute(f'SELECT * FROM "{table}"')
        for value in row
        if isinstance(value, str | bytes)
    ]
    db.close()
    return "\n".join(values)


@needs_age
def test_the_stock_age_opens_a_file_for_the_center_with_center_key_age(made_center, tmp_path):
    _, folder = made_center
    assert {p.name for p in folder.iterdir()} == KEY_FILES
    recipient = (folder / "center.pub").read_text()
    assert recipient.startswith("age1") and len(recipient.splitlines()) == 1
    escrow = pyrage.x25519.Recipient.from_str((folder / "escrow.pub").read_text().strip())
    center = pyrage.x25519.Recipient.from_str(recipient.strip())
    message = tmp_path / "export.age"
    message.write_bytes(pyrage.encrypt(b"records of the day", [center, escrow]))

    assert age_decrypt(folder / "center-key.age", message, tmp_path / "a.txt", PASSPHRASE) == 0
    assert (tmp_path / "a.txt").read_bytes() == b"records of the day"
    escrow_key = folder / "escrow-key.age"
    assert age_decrypt(escrow_key, message, tmp_path / "b.txt", ESCROW_PASSPHRASE) == 0
    assert (tmp_path / "b.txt").read_bytes() == b"records of the day"
    assert age_decrypt(escrow_key, message, tmp_path / "c.txt", PASSPHRASE) != 0
    assert not (tmp_path / "c.txt").exists()


def test_the_center_database_keeps_its_keys_locked_and_never_the_escrow_key(made_center):
    center_db, folder = made_center
    escrow_file = (folder / "escrow-key.age").read_bytes()
    escrow_identity = pyrage.passphrase.decrypt(escrow_file, ESCROW_PASSPHRASE).decode()
    stored = every_value(center_db)
    escrow_secret = next(line for line in escrow_identity.splitlines() if "SECRET" in line)
    assert escrow_secret not in stored
    assert base64.b64encode(escrow_file).decode() not in stored
    db = open_database(center_db, key=key_of(center_db))
    identity = keys.center_identity(db, PASSPHRASE)
    assert str(identity) not in stored  # kept encrypted only
    assert str(identity.to_public()) == (folder / "center.pub").read_text().strip()
    with pytest.raises(UserError) as wrong:
        keys.center_identity(db, "not the passphrase")
    assert [p.code for p in wrong.value.problems] == ["passphrase_wrong"]
    with pytest.raises(UserError):
        keys.center_secret_key(db, "not the passphrase")
    signing = keys.center_secret_key(db, PASSPHRASE)
    public = minisign.PublicKey.from_file(folder / "center.minisign.pub")
    public.verify(b"acknowledgement", signing.sign(b"acknowledgement"))
    row = db.execute("SELECT role FROM installation").fetchone()
    db.close()
    assert row == ("center",)


def test_init_never_overwrites_keys_nor_takes_a_sites_database(
    made_center, center, tmp_path, services, drive, capsys
):
    passphrase = write(tmp_path / "p.txt", PASSPHRASE)
    taken = tmp_path / "taken"
    taken.mkdir()
    write(taken / "escrow-key.age", "precious")
    assert hmtn("center", "init", "--db", tmp_path / "new.sqlite3", "--keys", taken,
                "--passphrase-file", passphrase) == 2  # fmt: skip
    assert "never overwritten" in capsys.readouterr().err
    assert [p.name for p in taken.iterdir()] == ["escrow-key.age"]
    assert (taken / "escrow-key.age").read_text() == "precious\n"

    services.close()  # a site's database, with a drive
    assert hmtn("center", "init", "--db", services.path, "--keys", tmp_path / "k1",
                "--passphrase-file", passphrase) == 2  # fmt: skip
    assert "holds a site's records" in capsys.readouterr().err
    assert hmtn("center", "init", "--db", center, "--keys", tmp_path / "k2",
                "--passphrase-file", passphrase) == 2  # fmt: skip
    assert "center's already" in capsys.readouterr().err
    write(passphrase, "short")
    assert hmtn("center", "init", "--db", tmp_path / "new.sqlite3", "--keys", tmp_path / "k3",
                "--passphrase-file", passphrase) == 2  # fmt: skip
    assert "at least 10 characters" in capsys.readouterr().err
    assert not any((tmp_path / name).exists() for name in ("k1", "k2", "k3", "new.sqlite3"))


def test_init_refuses_a_keys_folder_that_is_a_file_before_making_the_database(tmp_path, capsys):
    passphrase = write(tmp_path / "p.txt", PASSPHRASE)
    assert hmtn("center", "init", "--db", tmp_path / "new.sqlite3", "--keys", passphrase,
                "--passphrase-file", passphrase) == 2  # fmt: skip
    assert "p.txt exists already" in capsys.readouterr().err
    assert not (tmp_path / "new.sqlite3").exists()
    assert passphrase.read_text(encoding="utf-8") == PASSPHRASE + "\n"


@needs_terminal
def test_passphrases_typed_at_the_terminal_are_asked_twice(tmp_path):
    hmtn_command = [sys.executable, "-m", "desktop", "--lang", "en", "center", "init"]
    argv = [*hmtn_command, "--db", str(tmp_path / "c.sqlite3"), "--keys", str(tmp_path / "k"),
            "--user", "admin", "--full-name", "Nguyễn Văn Trung Tâm"]  # fmt: skip
    status, shown = on_terminal(
        argv, [("center's keys: ", PASSPHRASE), ("again: ", PASSPHRASE + "x")]
    )
    assert status == 2 and "differ" in shown
    assert not (tmp_path / "k").exists() and not (tmp_path / "c.sqlite3").exists()
    typed = [("center's keys: ", PASSPHRASE), ("again: ", PASSPHRASE),
             ("escrow key", ""), ("again: ", ""),
             ("choose a password: ", PASSWORD), ("again: ", PASSWORD)]  # fmt: skip
    status, shown = on_terminal(argv, typed)
    assert status == 0, shown
    assert PASSPHRASE not in shown and PASSWORD not in shown  # never echoed
    assert "its administrator is admin" in shown
    for name in ("center-key.age", "escrow-key.age"):  # Enter: the same passphrase
        identity = pyrage.passphrase.decrypt((tmp_path / "k" / name).read_bytes(), PASSPHRASE)
        assert b"AGE-SECRET-KEY-" in identity


def test_a_site_installs_the_centers_keys_and_shows_their_fingerprints(
    made_center, tmp_path, capsys
):
    _, folder = made_center
    path = site(tmp_path / "site.sqlite3")
    assert hmtn("device", "set-center", folder, "--db", path) == 0
    out = capsys.readouterr().out
    recipient = (folder / "center.pub").read_text().strip()
    assert keys.fingerprint(recipient) in out
    assert len(keys.fingerprint(recipient).split()) == 4
    services = open_signed_in(path)
    installed = services.identity.center_keys()
    services.close()
    assert installed.center_recipient == recipient
    assert installed.escrow_recipient == (folder / "escrow.pub").read_text().strip()
    assert installed.signing_key == (folder / "center.minisign.pub").read_text().split()[-1]

    broken = tmp_path / "broken"
    broken.mkdir()
    for name in ("escrow.pub", "center.minisign.pub"):
        (broken / name).write_bytes((folder / name).read_bytes())
    write(broken / "center.pub", "age1notakey")
    assert hmtn("device", "set-center", broken, "--db", path) == 2
    assert "not one of the center's public keys" in capsys.readouterr().err


@needs_minisign
def test_an_enrolled_devices_signature_verifies_with_the_stock_minisign(center, tmp_path, capsys):
    path = site(tmp_path / "site.sqlite3", letter="B")
    out = tmp_path / "stick" / "bàn B"
    assert hmtn("device", "enrol", "--db", path, "--out", out) == 0
    enrolment = json.loads((out / "enrolment.json").read_text(encoding="utf-8"))
    assert enrolment["format"] == "hmtn-enrolment"
    assert (enrolment["desk_letter"], enrolment["fin"]) == ("B", "A1234")
    assert (enrolment["din_block_first"], enrolment["din_block_last"]) == (38462, 76922)
    services = open_signed_in(path)
    secret = keys.device_secret_key(services.db)
    device = services.settings.device()
    services.close()
    assert enrolment["device_id"] == device.device_id
    signed = tmp_path / "export.hmtn.age"
    signed.write_bytes(b"\x00an export\xff" * 1000)
    signature = secret.sign(signed.read_bytes(), prehash=True, trusted_comment="hmtn export")
    signed.with_name(signed.name + ".minisig").write_bytes(bytes(signature))
    verified = minisign_verify(signed, out / "device.minisign.pub")
    assert verified.returncode == 0, verified.stderr
    assert enrolment["key_id"] in (out / "device.minisign.pub").read_text()

    capsys.readouterr()
    assert hmtn("center", "devices", "add", out, "--db", center) == 0
    assert keys.fingerprint(enrolment["signing_key"]) in capsys.readouterr().out
    assert hmtn("center", "devices", "list", "--db", center) == 0
    listed = capsys.readouterr().out
    assert device.device_id in listed and "38462-76922" in listed and "active" in listed


def test_the_center_refuses_overlapping_blocks_duplicates_and_damaged_files(
    center, tmp_path, capsys
):
    first, second = tmp_path / "one", tmp_path / "two"
    assert hmtn("device", "enrol", "--db", site(tmp_path / "a.sqlite3"), "--out", first) == 0
    assert hmtn("device", "enrol", "--db", site(tmp_path / "b.sqlite3"), "--out", second) == 0
    assert hmtn("center", "devices", "add", first, "--db", center) == 0
    capsys.readouterr()
    assert hmtn("center", "devices", "add", second, "--db", center) == 2  # both desk A
    assert "overlaps" in capsys.readouterr().err
    assert hmtn("center", "devices", "add", first, "--db", center) == 2
    assert "enrolled already" in capsys.readouterr().err

    enrolment = json.loads((second / "enrolment.json").read_text(encoding="utf-8"))
    other_fin = {**enrolment, "fin": "B5678"}  # another facility: no overlap
    (second / "enrolment.json").write_text(json.dumps(other_fin), encoding="utf-8")
    damaged = tmp_path / "damaged"
    damaged.mkdir()
    (damaged / "device.minisign.pub").write_bytes((second / "device.minisign.pub").read_bytes())
    for change in (
        {"din_block_last": 1_000_000},
        {"fin": "b5678"},  # the center compares FINs as the laptops write them
        {"device_id": other_fin["device_id"].upper()},
        {"key_id": "0000000000000000"},
        {"epoch": "0"},
        {"format": "hmtn-export"},
        {"device_name": "x" * 41},
    ):
        tampered = {**other_fin, **change}
        (damaged / "enrolment.json").write_text(json.dumps(tampered), encoding="utf-8")
        assert hmtn("center", "devices", "add", damaged, "--db", center) == 2, change
        assert "not a valid enrolment file" in capsys.readouterr().err
    (damaged / "enrolment.json").write_text(json.dumps(other_fin), encoding="utf-8")
    (damaged / "device.minisign.pub").write_bytes((first / "device.minisign.pub").read_bytes())
    assert hmtn("center", "devices", "add", damaged, "--db", center) == 2
    assert "do not belong together" in capsys.readouterr().err
    (damaged / "enrolment.json").write_text("{not json", encoding="utf-8")
    assert hmtn("center", "devices", "add", damaged, "--db", center) == 2
    assert "not a valid enrolment file" in capsys.readouterr().err
    assert hmtn("center", "devices", "add", second, "--db", center) == 0

    db = open_database(center, key=key_of(center))
    count = db.execute("SELECT count(*) FROM device").fetchone()[0]
    db.close()
    assert count == 2


def test_a_revoked_device_keeps_its_row_and_the_reason(center, tmp_path, capsys):
    folder = tmp_path / "one"
    assert hmtn("device", "enrol", "--db", site(tmp_path / "a.sqlite3"), "--out", folder) == 0
    assert hmtn("center", "devices", "add", folder, "--db", center) == 0
    device = json.loads((folder / "enrolment.json").read_text(encoding="utf-8"))["device_id"]
    assert hmtn("center", "devices", "revoke", device[:8], "--db", center, "--reason", " ") == 2
    assert hmtn("center", "devices", "revoke", "0000", "--db", center, "--reason", "lost") == 2
    for pattern in ("%" * 8, "_" * 8, device[:7]):  # no wildcards; 8 characters at least
        assert hmtn("center", "devices", "revoke", pattern, "--db", center, "--reason", "x") == 2
    capsys.readouterr()
    assert hmtn("center", "devices", "revoke", device[:8], "--db", center,
                "--reason", "Máy bị mất cắp") == 0  # fmt: skip
    assert hmtn("center", "devices", "revoke", device, "--db", center, "--reason", "again") == 2
    assert "revoked already" in capsys.readouterr().err
    db = open_database(center, key=key_of(center))
    row = db.execute("SELECT status, revoke_reason, revoked_at FROM device").fetchone()
    audited = db.execute(
        "SELECT note FROM audit_log WHERE table_name = 'device' AND action = 'update'"
    ).fetchone()
    db.close()
    assert row[:2] == ("revoked", "Máy bị mất cắp") and row[2]
    assert audited == ("Máy bị mất cắp",)
    # a revoked device cannot come back with the same file
    assert hmtn("center", "devices", "add", folder, "--db", center) == 2


def test_the_centers_database_is_no_site(made_center, center, capsys):
    _, folder = made_center
    assert hmtn("device", "set-center", folder, "--db", center) == 2
    assert "center's already" in capsys.readouterr().err
    assert hmtn("device", "enrol", "--db", center, "--out", folder.parent / "x") == 2
    assert not (folder.parent / "x").exists()
    capsys.readouterr()
    # a laptop's new incarnation would move the center's own change numbers to an epoch
    # of their own: its later decisions would no longer supersede its earlier ones
    before = incarnation_of(center)
    assert hmtn("device", "new-incarnation", "--db", center) == 2
    assert "center's already" in capsys.readouterr().err
    assert incarnation_of(center) == before


def incarnation_of(path: Path) -> list[tuple]:
    connection = raw_connection(path)
    try:
        return connection.execute("SELECT incarnation, epoch FROM installation").fetchall()
    finally:
        connection.close()


def test_a_site_database_is_no_center(tmp_path, capsys):
    path = site(tmp_path / "site.sqlite3")
    assert hmtn("center", "devices", "list", "--db", path) == 2
    assert "not the center's database" in capsys.readouterr().err
    bare = open_signed_in(tmp_path / "bare.sqlite3", encrypt=True)
    bare.close()
    assert hmtn("device", "enrol", "--db", bare.path, "--out", tmp_path / "x") == 2
    assert "Set up this site first" in capsys.readouterr().err
    assert not (tmp_path / "x").exists()
    write(tmp_path / "a-file", "not a folder")
    assert hmtn("device", "enrol", "--db", path, "--out", tmp_path / "a-file") == 2
    assert "cannot be written" in capsys.readouterr().err


def test_a_script_revokes_a_device_as_the_issue_spells_the_command(center, tmp_path, capsys):
    """``hmtn center devices revoke DEVICE --db CENTER.sqlite3``: without --reason and
    without a terminal the device is revoked all the same, recorded as no reason given."""
    folder = tmp_path / "one"
    assert hmtn("device", "enrol", "--db", site(tmp_path / "a.sqlite3"), "--out", folder) == 0
    assert hmtn("center", "devices", "add", folder, "--db", center) == 0
    device = json.loads((folder / "enrolment.json").read_text())["device_id"]
    assert not sys.stdin.isatty()  # pytest's stdin
    assert hmtn("center", "devices", "revoke", device, "--db", center) == 0
    db = raw_connection(center)
    row = db.execute("SELECT status, revoke_reason FROM device").fetchone()
    db.close()
    assert row == ("revoked", "no reason given (revoked from the command line)")
