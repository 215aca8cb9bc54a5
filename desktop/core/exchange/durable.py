"""Files that survive a pulled stick or a power cut: written whole to a temporary file
beside the target, flushed and synced, renamed over it, the folder synced."""

import os
from pathlib import Path

from desktop.core.foundation.files import sync_folder

__all__ = ["replace_atomically", "sync_folder"]


def replace_atomically(path: Path, data: bytes) -> None:
    """``path`` holds the old content or ``data``, never a part of it."""
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with temporary.open("wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        temporary.replace(path)
    finally:
        temporary.unlink(missing_ok=True)
    sync_folder(path.parent)
