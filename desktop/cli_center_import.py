"""``hmtn center import FILE... --db CENTER.sqlite3 [--passphrase-file FILE]``: the
sites' export files merged at the center, a report per file, status 1 when any file
was rejected (2 when the command itself was refused)."""

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.cli_exchange import PassphraseRefused, _with_services, read_passphrase
from desktop.core.domain.device_names import short_device_id
from desktop.core.exchange.center_files import FileOutcome, FileStatus
from desktop.core.exchange.report import MergeReport
from ui.messages import problem_text, translate

if TYPE_CHECKING:
    from desktop.core.services import Services


def run_import(args: argparse.Namespace, db_path: Path | None) -> int:
    def work(services: "Services") -> int:
        services.center_keys.require_center()
        try:
            passphrase = read_passphrase(
                args.passphrase_file, translate("Cli", "Passphrase of the center's keys: ")
            )
        except PassphraseRefused as refused:
            print(refused, file=sys.stderr)
            return 2
        key = services.center_files.unlock(passphrase)
        outcomes = services.center_files.import_files(args.files, key)
        for outcome in outcomes:
            _print_outcome(outcome)
        _print_totals(outcomes)
        return 1 if any(o.status == FileStatus.REJECTED for o in outcomes) else 0

    return _with_services(args, db_path, work)


def _print_outcome(outcome: FileOutcome) -> None:
    name = outcome.path.name
    if outcome.status == FileStatus.REJECTED:
        assert outcome.problem is not None
        line = translate("Cli", "{file}: rejected: {reason}")
        print(line.format(file=name, reason=problem_text(outcome.problem)))
        return
    if outcome.status == FileStatus.ALREADY:
        line = translate("Cli", "{file}: imported before; nothing new.")
        print(line.format(file=name))
        return
    line = translate("Cli", "{file}: accepted (site {site}, device {device}, export {number})")
    device = short_device_id(outcome.device_id or "")
    print(line.format(file=name, site=outcome.site_code, device=device,
                      number=outcome.export_number))  # fmt: skip
    assert outcome.report is not None
    _print_report(outcome.report)


def _print_report(report: MergeReport) -> None:
    totals = report.totals
    line = translate(
        "Cli", "  records: {new} new, {unchanged} unchanged, {updated} updated,"
        " {conflicting} conflicting"
    )  # fmt: skip
    print(line.format(new=totals.new, unchanged=totals.unchanged, updated=totals.updated,
                      conflicting=totals.conflicting))  # fmt: skip
    line = translate(
        "Cli", "  units quarantined: {quarantined}; people merged: {merged}; to review:"
        " {reviews}; values held: {held}; flags (clocks, DIN blocks): {flags}"
    )  # fmt: skip
    print(line.format(quarantined=len(report.quarantined), merged=len(report.people_merged),
                      reviews=len(report.reviews), held=len(report.held),
                      flags=len(report.flags)))  # fmt: skip
    chain = report.audit_chain
    if chain is None:
        print(translate("Cli", "  audit trail: no chain head in the file (an earlier version)."))
    elif chain.problem is None:
        line = translate("Cli", "  audit trail: continues the device's chain ({checked} entries).")
        print(line.format(checked=chain.checked))
        if chain.restore is not None:
            print(translate("Cli", "  audit trail: {restore}").format(
                restore=problem_text(chain.restore)))  # fmt: skip
    else:
        line = translate("Cli", "  audit trail BROKEN (device {device}): {problem}")
        print(line.format(device=short_device_id(chain.device_id),
                          problem=problem_text(chain.problem)))  # fmt: skip


def _print_totals(outcomes: list[FileOutcome]) -> None:
    count = {status: sum(o.status == status for o in outcomes) for status in FileStatus}
    line = translate(
        "Cli", "{files} files: {accepted} accepted, {already} imported before, {rejected} rejected."
    )
    print(line.format(files=len(outcomes), accepted=count[FileStatus.ACCEPTED],
                      already=count[FileStatus.ALREADY],
                      rejected=count[FileStatus.REJECTED]))  # fmt: skip
