"""A drive package's installation in words, for the command line and the site's window;
and up to when this laptop's changes are at the center (the export dialog says it too).

No widgets here: the command line uses it without loading the widget toolkit.
"""

from desktop.core.domain.dates import dmy, local_moment
from desktop.core.exchange.acknowledgement import AtCenter
from desktop.core.exchange.package_contents import Acknowledgement
from desktop.core.exchange.package_install import PackageReport, RowCounts
from ui.formatting import number_text
from ui.messages import translate


def at_center_text(at_center: AtCenter | Acknowledgement | None) -> str:
    """ "Every change up to <dd/mm/yyyy HH:MM> is at the center" (the acknowledged
    export's time on this laptop's clock), or "" before the center acknowledged any."""
    if at_center is None:
        return ""
    if not at_center.exported_at:  # accepted before the center kept the export's time
        return translate(
            "ExportDialog", "Every change up to export no. {number} is at the center."
        ).format(number=at_center.export_number)
    moment = local_moment(at_center.exported_at)
    return translate("ExportDialog", "Every change up to {time} is at the center.").format(
        time=f"{dmy(moment.date())} {moment:%H:%M}"
    )


def package_report_lines(report: PackageReport) -> list[str]:
    """What installing a package did, one line per part of it."""
    if report.already_installed:
        line = translate(
            "PackageReport", "Package no. {number} ({file}) is installed already; nothing changed."
        )
        return [line.format(number=report.number, file=report.file_name)]
    line = translate("PackageReport", "Package no. {number} ({file}) installed.")
    lines = [line.format(number=report.number, file=report.file_name)]
    if report.restored:
        lines.append(
            translate(
                "PackageReport",
                "This database is a copy restored from a backup: it started a new"
                " incarnation first, so its next changes are numbered anew.",
            )
        )
    lines.append(_donors_line(report))
    lines += _rows_lines(report.rows)
    lines.append(_rule_set_line(report))
    if report.desk_letter:
        line = translate("PackageReport", "Desk letter: {letter}, as the center gives it.")
        lines.append(line.format(letter=report.desk_letter))
    if text := at_center_text(report.acknowledged.current):
        lines.append(text)
    return lines


def _donors_line(report: PackageReport) -> str:
    registry = report.registry
    if registry is None:
        return translate("PackageReport", "Donors: the package carries no registry lines.")
    line = translate(
        "PackageReport",
        "Donors: {rows} registry lines, {new} new, {updated} updated, {unchanged} unchanged.",
    )
    return line.format(rows=number_text(registry.rows), new=number_text(registry.inserted),
                       updated=number_text(registry.updated),
                       unchanged=number_text(registry.unchanged))  # fmt: skip


def _rows_lines(rows: dict[str, RowCounts]) -> list[str]:
    words = {
        "drive": translate("PackageReport", "Planned drives"),
        "drive_assignment": translate("PackageReport", "Laptops assigned to them"),
        "number_block": translate("PackageReport", "Number blocks (DINs, certificate forms)"),
    }
    line = translate(
        "PackageReport",
        "{what}: {new} new, {updated} updated, {unchanged} unchanged, {kept} kept as"
        " changed on this laptop.",
    )
    lines = []
    for table, counts in rows.items():
        lines.append(line.format(what=words[table], new=counts.new, updated=counts.updated,
                                 unchanged=counts.unchanged, kept=counts.kept_local))  # fmt: skip
    return lines


def _rule_set_line(report: PackageReport) -> str:
    if report.rule_set is None:
        return translate("PackageReport", "Rule set: the one in force stays.")
    line = translate(
        "PackageReport", "Rule set {version} installed: its {cases} validation cases passed."
    )
    return line.format(version=report.rule_set, cases=report.rule_set_cases)
