"""``hmtn audit verify --db FILE``: the audit trail's hash chain checked. Prints what it
found; exit status 0 when the trail is intact, 1 when a link is broken, 2 when it could
not be checked (the database refused, unreadable)."""

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from db.driver import sqlite3
from desktop.core.foundation.audit_chain import ChainReport, break_problem, verify
from ui.messages import problem_text, translate

if TYPE_CHECKING:
    from desktop.core.services import Services

INTACT, BROKEN, NOT_CHECKED = 0, 1, 2


def run_verify(
    args: argparse.Namespace,
    db_path: Path | None,
    open_services: "Callable[[argparse.Namespace, Path | None], Services]",
) -> int:
    """``open_services`` is the command line's way of opening a database, signed in as
    ``--user`` (desktop.cli; a refusal stops the command with its own status)."""
    services = open_services(args, db_path)
    try:
        report = verify(services.db)
    except sqlite3.Error as error:
        line = translate("Cli", "The audit trail could not be checked: {error}")
        print(line.format(error=error), file=sys.stderr)
        return NOT_CHECKED
    finally:
        services.close()
    for line in report_lines(report):
        print(line)
    return INTACT if report.ok else BROKEN


def report_lines(report: ChainReport) -> list[str]:
    lines = []
    if report.ok:
        line = translate(
            "Cli", "Audit trail intact: {checked} entries checked ({devices} devices)."
        )
        lines.append(line.format(checked=report.checked, devices=report.devices))
    else:
        assert report.first is not None
        line = translate(
            "Cli", "Audit trail BROKEN: {checked} entries checked, {broken} broken links."
        )
        lines.append(line.format(checked=report.checked, broken=report.broken))
        line = translate("Cli", "First broken link: {what}")
        lines.append(line.format(what=problem_text(break_problem(report.first))))
        if report.first.entry_id:
            lines.append(translate("Cli", "Entry id: {entry}").format(entry=report.first.entry_id))
        lines.append(
            translate(
                "Cli",
                "Nothing was repaired. Keep this laptop as it is and call the provincial"
                " center: it holds the chain's anchor from this laptop's exports.",
            )
        )
    if report.unchecked:
        line = translate(
            "Cli", "{count} entries received before the chain existed could not be checked."
        )
        lines.append(line.format(count=report.unchecked))
    return lines
