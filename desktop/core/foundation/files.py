"""Files the user names (a registry to read, a PDF or CSV to write, a rule set) are never
a database this process has open: opening and closing one outside SQLite drops the
process's locks on it, and writing one destroys it (see ``db.open_files``). A file
written is whole or not there (``written_whole``): a full disk, a stick pulled out or a
crash half-way never leaves a part of one under the name chosen."""

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from db import open_files
from db.connection import sync_folder  # the one definition (db cannot import the core)
from desktop.core.domain.problems import Problem, UserError


def open_database_problem(path: str | Path) -> Problem | None:
    """The problem with ``path`` if it is (part of) a database open in this process."""
    if open_files.belongs_to_open_database(path):
        return Problem("file_is_open_database", {"file": str(path)})
    return None


def refuse_open_database(path: Any) -> None:
    """Raise UserError when ``path`` is a live database; other outputs (a buffer) pass."""
    if isinstance(path, (str, Path)) and (problem := open_database_problem(path)):
        raise UserError(problem)


def is_sqlite_file(path: str | Path) -> bool:
    """True for a file that starts like an SQLite database (a live one is refused first)."""
    refuse_open_database(path)
    return open_files.has_sqlite_header(path)


@contextmanager
def written_whole(out: Any) -> Iterator[Any]:
    """Where to write ``out``: for a path, a temporary file beside it (readable by the
    owner alone: it holds donors' data), flushed, synced and renamed over it once the
    block ended well, removed otherwise; the error goes on (``OSError`` ENOSPC for a
    full disk), naming ``out``. Any other output (a buffer) as it is."""
    if not isinstance(out, (str, Path)):
        yield out
        return
    path = Path(out)
    try:
        handle, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".partial")
    except OSError as error:
        raise _naming(error, path) from error
    temporary = Path(name)
    try:
        with os.fdopen(handle, "wb") as target:
            yield target
            target.flush()
            os.fsync(target.fileno())
        try:
            os.replace(temporary, path)
        except OSError as error:
            raise _naming(error, path) from error
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    sync_folder(path.parent)


def _naming(error: OSError, path: Path) -> OSError:
    """The error as the user's file met it (not the temporary one beside it)."""
    return OSError(error.errno, error.strerror, str(path))
