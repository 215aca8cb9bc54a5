"""Signing in on the command line: ``--user`` and the password typed at a terminal or
read from ``--password-file``; a database made by a command gets its administrator;
the center recovers a laptop whose passwords are all lost (``hmtn center recover-key``)."""

import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.core import access
from desktop.core.domain.audit_notes import AuditNote, parse_note
from desktop.core.domain.problems import UserError
from desktop.core.domain.vocabulary import StaffRole
from desktop.core.foundation.key_file import KeyFile, key_file_path
from desktop.core.services import open_services
from tests.center_cli import ESCROW_PASSPHRASE, write
from tests.exchange_tools import needs_terminal, on_terminal
from tests.signin import ADMIN, PASSWORD, credentials, password_file

pytestmark = pytest.mark.qt  # hmtn prints through Qt's translators
ROOT = Path(__file__).resolve().parent.parent


def hmtn(*argv: object) -> int:
    return main(["--lang", "en", *map(str, argv)])


def test_a_command_creates_the_administrator_then_signs_in_with_the_password_file(tmp_path, capsys):
    db = tmp_path / "site.sqlite3"
    assert hmtn("drives", "--db", db, "--create", *credentials(tmp_path),
                "--full-name", "Nguyễn Văn Quản") == 0  # fmt: skip
    assert f"{db} is encrypted; its administrator is admin." in capsys.readouterr().out
    assert access.database_state(db) == access.AccessState.ENCRYPTED
    assert KeyFile.load(key_file_path(db)).users() == [ADMIN]
    assert (
        hmtn("--user", ADMIN, "--password-file", password_file(tmp_path), "drives", "--db", db) == 0
    )  # fmt: skip  (--user before the command works too)
    assert "No drives yet." in capsys.readouterr().out
    services = access.sign_in(db, ADMIN, PASSWORD)
    assert services.staff.get(services.session.actor.staff_id).full_name == "Nguyễn Văn Quản"
    services.close()


def test_a_wrong_password_or_no_user_is_refused_plainly(tmp_path, capsys):
    db = tmp_path / "site.sqlite3"
    assert hmtn("drives", "--db", db, "--create", *credentials(tmp_path)) == 0
    capsys.readouterr()
    assert hmtn("drives", "--db", db, *credentials(tmp_path, ADMIN, "not it at all")) == 3
    assert capsys.readouterr().err == (
        "Wrong user name or password (or PIN). Check them and try again.\n"
    )
    assert hmtn("drives", "--db", db) == 2
    assert "Add --user NAME" in capsys.readouterr().err
    plain = tmp_path / "old.sqlite3"
    open_services(plain).close()  # a database from before sign-in
    assert hmtn("drives", "--db", plain, *credentials(tmp_path)) == 2
    assert "is not encrypted yet" in capsys.readouterr().err
    assert access.database_state(plain) == access.AccessState.PLAIN  # left as it was


def test_without_a_terminal_and_without_a_file_the_command_says_so(tmp_path):
    db = tmp_path / "site.sqlite3"
    assert hmtn("drives", "--db", db, "--create", *credentials(tmp_path)) == 0
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "--lang", "en", "drives", "--db", str(db),
         "--user", ADMIN],
        stdin=subprocess.DEVNULL, capture_output=True, text=True, cwd=ROOT, check=False,
    )  # fmt: skip
    assert result.returncode == 2
    assert "needs --password-file FILE when it is not run at a terminal" in result.stderr
    assert "Traceback" not in result.stderr


@needs_terminal
def test_the_password_is_asked_at_the_terminal_and_never_shown(tmp_path):
    db = tmp_path / "site.sqlite3"
    assert hmtn("drives", "--db", db, "--create", *credentials(tmp_path)) == 0
    argv = [sys.executable, "-m", "desktop", "--lang", "en", "drives", "--db", str(db),
            "--user", ADMIN]  # fmt: skip
    status, shown = on_terminal(argv, [("Password of admin: ", PASSWORD)])
    assert status == 0, shown
    assert "No drives yet." in shown and PASSWORD not in shown
    status, shown = on_terminal(argv, [("Password of admin: ", "wrong one")])
    assert status == 3 and "Wrong user name or password" in shown


def test_the_center_recovers_a_laptop_whose_passwords_are_lost(made_center, tmp_path, capsys):
    _, keys_folder = made_center
    site = tmp_path / "site.sqlite3"
    assert hmtn("drives", "--db", site, "--create", *credentials(tmp_path)) == 0
    assert hmtn("device", "set-center", keys_folder, "--db", site, *credentials(tmp_path)) == 0
    assert KeyFile.load(key_file_path(site)).escrow_sealed  # the key escrowed at once
    capsys.readouterr()
    escrow_passphrase = write(tmp_path / "escrow.txt", ESCROW_PASSPHRASE)
    new_password = write(tmp_path / "new.txt", "mật khẩu khôi phục 2027")
    recovered = tmp_path / "recovered.keys"
    base = ["center", "recover-key", "--escrow-key", keys_folder / "escrow-key.age",
            "--keys", key_file_path(site), "--user", ADMIN, "--password-file", new_password,
            "--out", recovered]  # fmt: skip
    wrong = write(tmp_path / "wrong.txt", "not the escrow passphrase")
    assert hmtn(*base, "--escrow-passphrase-file", wrong) == 2
    assert "Wrong passphrase" in capsys.readouterr().err and not recovered.exists()
    assert hmtn(*base, "--escrow-passphrase-file", escrow_passphrase) == 0
    assert "Put it beside the laptop's database, named site.sqlite3.keys" in (
        capsys.readouterr().out
    )
    key_file_path(site).write_bytes(recovered.read_bytes())  # the administrator puts it back
    with pytest.raises(UserError):
        access.sign_in(site, ADMIN, PASSWORD)  # the forgotten one no longer opens it
    services = access.sign_in(site, ADMIN, "mật khẩu khôi phục 2027")
    notes = [row[0] for row in services.db.execute(
        "SELECT note FROM audit_log WHERE action = 'key_recovery'")]  # fmt: skip
    services.close()
    assert len(notes) == 1 and parse_note(notes[0])[0] == AuditNote.KEY_RECOVERED
    assert parse_note(notes[0])[1]["user"] == ADMIN
    assert not KeyFile.load(key_file_path(site)).recovered  # recorded once


def test_a_key_file_escrowed_to_no_center_cannot_be_recovered(made_center, tmp_path, capsys):
    _, keys_folder = made_center
    site = tmp_path / "site.sqlite3"
    assert hmtn("drives", "--db", site, "--create", *credentials(tmp_path)) == 0
    capsys.readouterr()
    escrow_passphrase = write(tmp_path / "e.txt", ESCROW_PASSPHRASE)
    assert hmtn("center", "recover-key", "--escrow-key", keys_folder / "escrow-key.age",
                "--escrow-passphrase-file", escrow_passphrase, "--keys", key_file_path(site),
                "--user", ADMIN, "--password-file", password_file(tmp_path),
                "--out", tmp_path / "x") == 2  # fmt: skip
    assert "The escrow key does not open" in capsys.readouterr().err


def test_the_administrator_who_makes_the_center_is_its_first_operator(center):
    """``hmtn center init`` creates the database's administrator from ``--user``; they
    hold the center operator's role too (the center's window and commands need it)."""
    services = access.sign_in(center, ADMIN, PASSWORD)
    try:
        assert services.session.actor.staff_id is not None
        me = services.staff.get(services.session.actor.staff_id)
        assert me.roles == {StaffRole.ADMIN, StaffRole.CENTER}
    finally:
        services.close()
