"""Sign-in failures whose password could not open the database.

While the database is closed its audit trail cannot be written, so such a failure is
kept in a small file beside it, ``<database file name>.signin-failures`` (the user name
typed, when, how many in a row; never a secret), and written into the audit trail at
the next successful sign-in. The counts also slow further tries down.
"""

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

from desktop.core.foundation.key_file import user_key, write_private
from desktop.core.foundation.logins import stamp, wait_seconds

SUFFIX = ".signin-failures"
FORMAT = "hmtn-signin-failures/1"
KEPT = 1000  # failures kept for the audit trail at most (the oldest go first)


@dataclass(frozen=True)
class Failure:
    user: str
    at: str


def failures_path(database: Path) -> Path:
    return database.with_name(database.name + SUFFIX)


class SignInFailures:
    def __init__(self, database: Path) -> None:
        self.path = failures_path(database)
        data = self._read()
        try:
            self.counts: dict[str, dict] = dict(data.get("users", {}))
            self.pending = [Failure(str(f["user"]), str(f["at"])) for f in data.get("pending", [])]
        except (TypeError, KeyError, ValueError):  # edited by hand: start afresh
            self.counts, self.pending = {}, []

    def wait(self, user: str, now: dt.datetime) -> int:
        """Seconds before ``user`` may try again (0: now)."""
        entry = self.counts.get(user_key(user), {})
        return wait_seconds(int(entry.get("count", 0)), entry.get("last"), now)

    def record(self, user: str, now: dt.datetime, *, pending: bool = True) -> None:
        """One more failure of ``user``; kept for the audit trail unless ``pending`` is
        False (the database was open: it is in the audit trail already)."""
        at = stamp(now)
        entry = self.counts.setdefault(user_key(user), {"count": 0})
        entry["count"] = int(entry.get("count", 0)) + 1
        entry["last"] = at
        if pending:
            self.pending = [*self.pending, Failure(user.strip(), at)][-KEPT:]
        self._write()

    def succeeded(self, user: str) -> None:
        """``user`` signed in: their count starts again, the pending ones were logged."""
        self.counts.pop(user_key(user), None)
        self.pending = []
        self._write()

    def _read(self) -> dict:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):  # none yet, or damaged: start afresh
            return {}
        return data if isinstance(data, dict) and data.get("format") == FORMAT else {}

    def _write(self) -> None:
        if not self.counts and not self.pending:
            self.path.unlink(missing_ok=True)
            return
        data = {
            "format": FORMAT,
            "users": self.counts,
            "pending": [{"user": f.user, "at": f.at} for f in self.pending],
        }
        write_private(self.path, json.dumps(data, ensure_ascii=False, indent=1).encode())
