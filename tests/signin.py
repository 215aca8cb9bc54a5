"""Signing in, for tests: an encrypted database with its administrator, and the
options every ``hmtn`` command that opens a database takes (``--user``,
``--password-file``)."""

from pathlib import Path

from desktop.core.access import create_administrator
from desktop.core.services import Services

ADMIN = "admin"
PASSWORD = "mật khẩu quản trị 2026"
PIN = "2468"
FULL_NAME = "Quản trị viên Nguyễn Văn Quản"


def encrypted(path: Path, *, create: bool = True) -> Services:
    """The database at ``path`` (new, or plain: converted) encrypted, with the test
    administrator signed in."""
    return create_administrator(path, FULL_NAME, ADMIN, PASSWORD, PIN, create=create)


def secure(path: Path) -> Path:
    """Encrypt a database a test made plain (``open_services``), closed again."""
    encrypted(path).close()
    return path


def password_file(folder: Path, password: str = PASSWORD) -> Path:
    path = folder / f"password-{abs(hash(password))}.txt"
    path.write_text(password + "\n", encoding="utf-8")
    return path


def credentials(folder: Path, user: str = ADMIN, password: str = PASSWORD) -> list[str]:
    """``--user NAME --password-file FILE`` for a command run as ``user``."""
    return ["--user", user, "--password-file", str(password_file(folder, password))]
