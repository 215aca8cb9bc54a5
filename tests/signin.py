"""Signing in, for tests: an encrypted database with its administrator, and the
options every ``hmtn`` command that opens a database takes (``--user``,
``--password-file``)."""

from pathlib import Path

from desktop.core.access import create_administrator
from desktop.core.domain.vocabulary import StaffRole
from desktop.core.services import Services

ADMIN = "admin"
PASSWORD = "mật khẩu quản trị 2026"
PIN = "2468"
FULL_NAME = "Quản trị viên Nguyễn Văn Quản"


def encrypted(path: Path, *, create: bool = True) -> Services:
    """The database at ``path`` (new, or plain: converted) encrypted, with the test
    administrator signed in."""
    return create_administrator(path, FULL_NAME, ADMIN, PASSWORD, PIN, create=create)


def encrypted_with_every_role(path: Path) -> Services:
    """``encrypted``, its administrator given every role and signed in with them."""
    services = encrypted(path)
    me = services.staff.get(services.session.actor.staff_id)
    services.staff.update(me.id, me.full_name, set(StaffRole))
    services.staff.sign_in(services.staff.get(me.id))
    return services


def secure(path: Path) -> Path:
    """Encrypt a database a test made plain (``open_services``), closed again (one
    encrypted already stays as it is)."""
    from desktop.core import access

    if access.database_state(path) != access.AccessState.ENCRYPTED:
        encrypted(path).close()
    return path


def give_roles(path: Path, *roles: str) -> Path:
    """The test administrator of an encrypted database also holds ``roles`` (as a small
    site's administrator ticks the station roles they work in the staff dialog)."""
    services = open_any(path)
    try:
        me = services.staff.get(services.session.actor.staff_id or "")
        services.staff.update(me.id, me.full_name, {*me.roles, *roles})
    finally:
        services.close()
    return path


def password_file(folder: Path, password: str = PASSWORD) -> Path:
    path = folder / f"password-{abs(hash(password))}.txt"
    path.write_text(password + "\n", encoding="utf-8")
    return path


def credentials(folder: Path, user: str = ADMIN, password: str = PASSWORD) -> list[str]:
    """``--user NAME --password-file FILE`` for a command run as ``user``."""
    return ["--user", user, "--password-file", str(password_file(folder, password))]


def open_any(path: Path, **options) -> Services:
    """Open a database a test made: an encrypted one (made by a command) signed in as
    the test administrator, any other as ``open_services`` opens it."""
    from desktop.core import access
    from desktop.core.services import open_services

    if access.database_state(path) == access.AccessState.ENCRYPTED:
        return access.sign_in(path, ADMIN, _password(path))
    return open_services(path, **options)


def _password(path: Path) -> str:
    """The test administrator's password, or the demo's (``hmtn demo`` made it)."""
    from desktop.core.foundation.key_file import KeyFile, WrongPassword, key_file_path
    from desktop.demo.builder import DEMO_ADMIN

    try:
        KeyFile.load(key_file_path(path)).unwrap(ADMIN, PASSWORD)
    except WrongPassword:
        return DEMO_ADMIN[3]
    return PASSWORD


def demo_credentials(folder: Path) -> list[str]:
    """``--user admin --password-file FILE`` of the demo's administrator."""
    from desktop.demo.builder import DEMO_ADMIN

    return credentials(folder, DEMO_ADMIN[2], DEMO_ADMIN[3])


def key_of(path: Path) -> bytes | None:
    """The key of a test database (None: a plain one)."""
    from desktop.core.foundation.key_file import KeyFile, key_file_path

    keys = key_file_path(path)
    return KeyFile.load(keys).unwrap(ADMIN, _password(path)) if keys.exists() else None


def copy_database(source: Path, target: Path) -> Path:
    """A copy through SQLite's backup API, keyed as the source is, with its key file."""
    from db.connection import apply_key
    from db.driver import sqlite3
    from desktop.core.foundation.key_file import key_file_path

    key = key_of(source)
    original, copy = sqlite3.connect(str(source)), sqlite3.connect(str(target))
    try:
        apply_key(original, key)
        apply_key(copy, key)
        original.backup(copy)
    finally:
        original.close()
        copy.close()
    if key is not None:
        key_file_path(target).write_bytes(key_file_path(source).read_bytes())
    return target


def raw_connection(path: Path):
    """A bare SQLCipher connection to a test database, keyed as it is (another
    program's, for tampering with it)."""
    from db.connection import apply_key
    from db.driver import sqlite3

    conn = sqlite3.connect(str(path))
    apply_key(conn, key_of(path))
    return conn


def stock_reads(path: Path) -> bool:
    """Whether the standard library's sqlite3 (what a thief would try) reads the file:
    a plain database; an encrypted one is "not a database" to it."""
    import sqlite3 as stock_sqlite3

    conn = stock_sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except stock_sqlite3.DatabaseError:
        return False
    finally:
        conn.close()


def main_signed_in(argv: list[str]) -> int:
    """``hmtn`` (``desktop.cli.main``) with ``--user`` and ``--password-file`` of the
    test administrator (of the demo's, for a demo database) before the command."""
    import tempfile

    from desktop.cli import main

    global _FOLDER  # noqa: PLW0603 - one password folder per run
    if _FOLDER is None:
        _FOLDER = Path(tempfile.mkdtemp(prefix="hmtn-signin-"))
    db = Path(argv[argv.index("--db") + 1]) if "--db" in argv else None
    password = PASSWORD
    if db is not None and key_file_path_of(db).exists():
        password = _password(db)
    return main([*credentials(_FOLDER, ADMIN, password), *argv])


_FOLDER: Path | None = None


def key_file_path_of(path: Path) -> Path:
    from desktop.core.foundation.key_file import key_file_path

    return key_file_path(path)
