"""The database key is kept only wrapped: by each staff password and to the center's
escrow key; the file beside the database opens with nothing else."""

import json
import stat

import pyrage
import pytest

from desktop.core.foundation.key_file import (
    KeyFile,
    KeyFileDamaged,
    WrongPassword,
    key_file_path,
    new_database_key,
)


def test_each_password_opens_the_same_key_and_nothing_else(tmp_path):
    key = new_database_key()
    keys = KeyFile(key_file_path(tmp_path / "site.sqlite3"))
    keys.wrap("admin", "mật khẩu dài", key)
    keys.wrap("BacSi", "another one", key)
    keys.save()

    again = KeyFile.load(tmp_path / "site.sqlite3.keys")
    assert again.users() == ["admin", "bacsi"]
    assert again.unwrap("Admin", "mật khẩu dài") == key  # names are not case-sensitive
    assert again.unwrap("bacsi", "another one") == key
    for user, password in (("admin", "another one"), ("nobody", "mật khẩu dài")):
        with pytest.raises(WrongPassword):
            again.unwrap(user, password)
    assert key.hex() not in keys.path.read_text()


def test_a_wrap_moved_to_another_name_does_not_open(tmp_path):
    key = new_database_key()
    keys = KeyFile(tmp_path / "x.keys")
    keys.wrap("admin", "secret one", key)
    keys.save()
    data = json.loads(keys.path.read_text())
    data["wraps"][0]["user"] = "intruder"
    keys.path.write_text(json.dumps(data))
    with pytest.raises(WrongPassword):
        KeyFile.load(keys.path).unwrap("intruder", "secret one")


def test_the_center_recovers_the_key_with_its_escrow_identity_only(tmp_path):
    key, escrow = new_database_key(), pyrage.x25519.Identity.generate()
    other = pyrage.x25519.Identity.generate()
    keys = KeyFile(tmp_path / "x.keys")
    keys.wrap("admin", "forgotten", key)
    keys.escrow(str(escrow.to_public()), key)
    keys.save()
    loaded = KeyFile.load(keys.path)
    assert loaded.recover(escrow) == key
    with pytest.raises(WrongPassword):
        loaded.recover(other)


def test_the_file_is_the_owners_alone_and_replaced_whole(tmp_path):
    keys = KeyFile(tmp_path / "x.keys")
    keys.wrap("admin", "pw one", new_database_key())
    keys.save()
    keys.forget("admin")
    keys.save()
    assert stat.S_IMODE(keys.path.stat().st_mode) == 0o600
    assert KeyFile.load(keys.path).users() == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.keys"]  # no temporary left


@pytest.mark.parametrize("content", ["", "{}", '{"format": "hmtn-keys/1"}', "not json"])
def test_a_damaged_file_says_so(tmp_path, content):
    path = tmp_path / "x.keys"
    path.write_text(content)
    with pytest.raises(KeyFileDamaged):
        KeyFile.load(path)
