"""``hmtn center lab import FILE... --db CENTER.sqlite3``: the laboratory's results files
imported at the center, each all or nothing, a report per file (every bad line of a
refused one), status 1 when any file was refused (2 when the command itself was)."""

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.cli_exchange import _with_services
from desktop.core.exchange.lab_import import LabFileStatus, LabReport
from ui.messages import lab_report_lines, translate

if TYPE_CHECKING:
    from desktop.core.services import Services


def run_lab(args: argparse.Namespace, db_path: Path | None) -> int:
    def work(services: "Services") -> int:
        services.center_keys.require_center()
        reports = services.lab.import_files(args.files)
        for report in reports:
            for text in lab_report_lines(report):
                print(text)
        _print_totals(reports)
        return 1 if any(r.status == LabFileStatus.REFUSED for r in reports) else 0

    return _with_services(args, db_path, work)


def _print_totals(reports: list[LabReport]) -> None:
    count = {status: sum(r.status == status for r in reports) for status in LabFileStatus}
    line = translate(
        "Cli", "{files} files: {accepted} imported, {already} imported before, {refused} refused."
    )
    print(line.format(files=len(reports), accepted=count[LabFileStatus.ACCEPTED],
                      already=count[LabFileStatus.ALREADY],
                      refused=count[LabFileStatus.REFUSED]))  # fmt: skip
