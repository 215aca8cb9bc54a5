"""The ``hmtn`` command run in-process, and what a center made by ``hmtn center init``
takes (the fixtures ``made_center`` and ``center`` are in tests/conftest.py)."""

from pathlib import Path

PASSPHRASE = "mật khẩu trung tâm 2026"
ESCROW_PASSPHRASE = "két sắt ngoại tuyến 2026"
KEY_FILES = {"center.pub", "center-key.age", "escrow.pub", "escrow-key.age", "center.minisign.pub"}


def hmtn(*argv: object) -> int:
    from desktop.cli import main  # the command line (and Qt's translators) only when run

    return main(["--lang", "en", *map(str, argv)])


def write(path: Path, text: str) -> Path:
    path.write_text(text + "\n", encoding="utf-8")
    return path
