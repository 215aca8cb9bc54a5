"""Problems found by the core, as stable codes with parameters.

The core never builds user-facing sentences: it reports *what* is wrong as a code and
the UI turns the code into a translated sentence (``ui.messages``). That keeps the
core Qt-free while every visible string still goes through Qt translation.
"""

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input, e.g. ``Problem("cccd_province", {"code": "099"})``."""

    code: str
    params: dict[str, Any] = field(default_factory=dict)
    field: str | None = None


class UserError(Exception):
    """An operation refused because of the user's input; nothing was changed."""

    def __init__(self, *problems: Problem) -> None:
        super().__init__(", ".join(p.code for p in problems))
        self.problems = list(problems)
