"""Files the user names (a registry to read, a PDF or CSV to write, a rule set) are never
a database this process has open: opening and closing one outside SQLite drops the
process's locks on it, and writing one destroys it (see ``db.open_files``)."""

from pathlib import Path
from typing import Any

from db import open_files
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
