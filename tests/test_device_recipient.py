"""A laptop's age key: made once, kept secret, handed to the center in the enrolment
(format version 2, ``recipient``); a version 1 enrolment still enrols, and enrolling
again with the same signing key brings the key and a new desk letter to the center."""

import json
from pathlib import Path

import pyrage
import pytest

from desktop.core.exchange import keys
from tests.center_cli import hmtn
from tests.people import open_signed_in
from tests.signin import raw_connection, secure

pytestmark = pytest.mark.qt  # hmtn prints through Qt's translators


def site(path: Path, letter: str = "A") -> Path:
    services = open_signed_in(path)
    services.settings.update_device("TTHH-HN", f"Bàn {letter}")
    services.dins.set_fin("A1234")
    services.settings.set("desk_letter", letter)
    services.close()
    return secure(path)  # the commands open it signed in


def enrolment_of(folder: Path) -> dict:
    return json.loads((folder / "enrolment.json").read_text(encoding="utf-8"))


def rewrite(folder: Path, values: dict) -> None:
    (folder / "enrolment.json").write_text(json.dumps(values), encoding="utf-8")


def as_version_1(folder: Path) -> None:
    """The enrolment as the application wrote it before packages: no recipient."""
    values = {k: v for k, v in enrolment_of(folder).items() if k != "recipient"}
    rewrite(folder, {**values, "format_version": 1})


def device_row(center: Path, device_id: str) -> tuple:
    db = raw_connection(center)
    try:
        return db.execute(
            "SELECT recipient, desk_letter, din_block_first FROM device WHERE id = ?", [device_id]
        ).fetchone()
    finally:
        db.close()


def test_the_enrolment_carries_the_laptops_age_recipient_whose_secret_stays_unaudited(tmp_path):
    path = site(tmp_path / "site.sqlite3")
    assert hmtn("device", "enrol", "--db", path, "--out", tmp_path / "e1") == 0
    assert hmtn("device", "enrol", "--db", path, "--out", tmp_path / "e2") == 0
    first, second = enrolment_of(tmp_path / "e1"), enrolment_of(tmp_path / "e2")
    assert first["format_version"] == 2
    assert first["recipient"].startswith("age1")
    assert second["recipient"] == first["recipient"]  # made once

    services = open_signed_in(path)
    identity = keys.device_identity(services.db)
    secret = str(identity)
    audited = services.db.execute("SELECT group_concat(new_values) FROM audit_log").fetchone()[0]
    own = services.db.execute("SELECT recipient FROM device").fetchone()[0]
    services.close()
    assert str(identity.to_public()) == first["recipient"] == own
    assert secret.startswith("AGE-SECRET-KEY-") and secret not in (audited or "")
    sealed = pyrage.encrypt(b"a package", [pyrage.x25519.Recipient.from_str(own)])
    assert pyrage.decrypt(sealed, [identity]) == b"a package"


def test_the_center_keeps_the_recipient_and_a_version_1_enrolment_still_enrols(
    center, tmp_path, capsys
):
    path = site(tmp_path / "site.sqlite3")
    folder = tmp_path / "enrol"
    assert hmtn("device", "enrol", "--db", path, "--out", folder) == 0
    recipient = enrolment_of(folder)["recipient"]
    device_id = enrolment_of(folder)["device_id"]
    as_version_1(folder)
    capsys.readouterr()
    assert hmtn("center", "devices", "add", folder, "--db", center) == 0
    assert "older version" in capsys.readouterr().out
    assert device_row(center, device_id) == ("", "A", 1)

    # the laptop is enrolled again with the new format and a new desk letter: the
    # same signing key makes it the same laptop; its block stays as enrolled
    site(path, letter="C")
    assert hmtn("device", "enrol", "--db", path, "--out", folder) == 0
    assert hmtn("center", "devices", "add", folder, "--db", center) == 0
    out = capsys.readouterr().out
    assert "enrolled again" in out and "desk C" in out and "older version" not in out
    assert device_row(center, device_id) == (recipient, "C", 1)
    db = raw_connection(center)
    audited = db.execute(
        "SELECT new_values FROM audit_log WHERE table_name = 'device' AND action = 'update'"
    ).fetchone()[0]
    db.close()
    assert json.loads(audited) == {
        "recipient": recipient,
        "desk_letter": "C",
        "device_name": "Bàn C",
    }

    # the same file again changes nothing and says so
    assert hmtn("center", "devices", "add", folder, "--db", center) == 2
    assert "enrolled already" in capsys.readouterr().err
    # an older file brings no key: the one held stays
    as_version_1(folder)
    site(path, letter="D")
    rewrite(folder, {**enrolment_of(folder), "desk_letter": "D"})
    assert hmtn("center", "devices", "add", folder, "--db", center) == 0
    assert device_row(center, device_id) == (recipient, "D", 1)


def test_another_key_a_revoked_device_and_a_bad_recipient_are_refused(center, tmp_path, capsys):
    path = site(tmp_path / "site.sqlite3")
    folder = tmp_path / "enrol"
    assert hmtn("device", "enrol", "--db", path, "--out", folder) == 0
    good = enrolment_of(folder)
    for change in ({"recipient": ""}, {"recipient": "age1notakey"},
                   {"recipient": good["signing_key"]}, {"format_version": 3}):  # fmt: skip
        rewrite(folder, {**good, **change})
        assert hmtn("center", "devices", "add", folder, "--db", center) == 2, change
        assert "not a valid enrolment file" in capsys.readouterr().err
    rewrite(folder, good)
    assert hmtn("center", "devices", "add", folder, "--db", center) == 0

    # another laptop claiming this device's id with its own key
    other = site(tmp_path / "other.sqlite3", letter="B")
    assert hmtn("device", "enrol", "--db", other, "--out", tmp_path / "other") == 0
    impostor = enrolment_of(tmp_path / "other")
    rewrite(tmp_path / "other", {**impostor, "device_id": good["device_id"]})
    capsys.readouterr()
    assert hmtn("center", "devices", "add", tmp_path / "other", "--db", center) == 2
    assert "enrolled already" in capsys.readouterr().err
    assert device_row(center, good["device_id"])[:2] == (good["recipient"], "A")

    assert hmtn("center", "devices", "revoke", good["device_id"], "--db", center,
                "--reason", "Máy bị mất") == 0  # fmt: skip
    rewrite(folder, {**good, "desk_letter": "E"})
    assert hmtn("center", "devices", "add", folder, "--db", center) == 2
    assert device_row(center, good["device_id"])[1] == "A"
