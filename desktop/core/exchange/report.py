"""What merging one file at the center came to, or why it was refused."""

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from desktop.core.domain.problems import Problem

if TYPE_CHECKING:
    from desktop.core.exchange.audit_anchor import ChainCheck


class MergeRejected(Exception):
    """The file cannot be merged (nothing of it was written); ``problem`` says why."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(f"{problem.code} {problem.params}")
        self.problem = problem


@dataclass
class TableCounts:
    new: int = 0
    unchanged: int = 0
    updated: int = 0
    conflicting: int = 0


@dataclass
class MergeReport:
    """What merging one file did, for the import report and ``center_import``."""

    source: str
    tables: dict[str, TableCounts] = field(default_factory=dict)
    flags: list[tuple[str, str, str]] = field(default_factory=list)  # table, record, kind
    quarantined: list[tuple[str, str]] = field(default_factory=list)  # donation, reason
    people_merged: list[tuple[str, str]] = field(default_factory=list)  # from, to
    reviews: list[tuple[str, str]] = field(default_factory=list)  # donor, donor
    held: list[tuple[str, str, str, str]] = field(default_factory=list)  # table, id, col, value
    audit_chain: "ChainCheck | None" = None  # the file's audit chain against the anchor

    def counts(self, table: str) -> TableCounts:
        return self.tables.setdefault(table, TableCounts())

    @property
    def totals(self) -> TableCounts:
        total = TableCounts()
        for counts in self.tables.values():
            for name in ("new", "unchanged", "updated", "conflicting"):
                setattr(total, name, getattr(total, name) + getattr(counts, name))
        return total
