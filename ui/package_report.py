"""What installing a drive package did, in words, for the command line and the site's
window: the donors, the drives planned for this laptop with their DIN numbers, its
certificate forms, the rule set, the desk letter; and up to when this laptop's changes
are at the center (the export dialog says it too).

No widgets here: the command line uses it without loading the widget toolkit.
"""

from desktop.core.domain.dates import local_moment
from desktop.core.domain.desk import din_block_text
from desktop.core.domain.number_blocks import Span, serial_text
from desktop.core.domain.records import Drive
from desktop.core.domain.vocabulary import BlockKind
from desktop.core.exchange.acknowledgement import AtCenter
from desktop.core.exchange.package_contents import Acknowledgement
from desktop.core.exchange.package_install import PackageReport
from ui.formatting import dmy, number_text
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
    """The report of one package installed (or found installed already)."""
    if report.already_installed:
        return [
            translate(
                "PackageReport",
                "Package no. {number} ({file}) is installed already; nothing was changed.",
            ).format(number=report.number, file=report.file_name)
        ]
    lines = [
        translate("PackageReport", "Package no. {number} ({file}) installed.").format(
            number=report.number, file=report.file_name
        )
    ]
    lines += _donor_lines(report)
    lines += _drive_lines(report)
    lines += _serial_lines(report)
    lines += _withdrawn_lines(report)
    lines.append(_rule_set_line(report))
    if report.desk_letter:
        lines.append(
            translate(
                "PackageReport", "This laptop's queue numbers now begin with the letter {letter}."
            ).format(letter=report.desk_letter)
        )
    lines.append(_acknowledgement_line(report))
    if report.restored:
        lines.append(
            translate(
                "PackageReport",
                "This database is an older copy than what this laptop already sent the"
                " center: its next records are numbered anew, so nothing sent is overwritten.",
            )
        )
    return lines


def _donor_lines(report: PackageReport) -> list[str]:
    registry = report.registry
    if registry is None:
        return [translate("PackageReport", "The package carried no donors.")]
    lines = [
        translate(
            "PackageReport", "Donors: {new} new, {updated} updated, {unchanged} unchanged."
        ).format(
            new=number_text(registry.inserted),
            updated=number_text(registry.updated),
            unchanged=number_text(registry.unchanged),
        )
    ]
    if registry.permanent_deferrals_lifted:
        lines.append(
            translate("Messages", "The center lifted {count} permanent deferral(s).").format(
                count=registry.permanent_deferrals_lifted
            )
        )
    return lines


def _drive_lines(report: PackageReport) -> list[str]:
    if not report.drives:
        return [translate("PackageReport", "No drive is planned for this laptop in this package.")]
    blocks = {b["drive_id"]: b for b in report.blocks if b["kind"] == BlockKind.DIN}
    lines = [translate("PackageReport", "Drives planned for this laptop:")]
    for drive in sorted(report.drives, key=lambda d: (d.drive_date, d.code)):
        lines.append(f"• {drive_line(drive)}")
        if (block := blocks.get(drive.id)) is not None:
            count = Span(block["first"], block["last"]).count
            lines.append(
                "  "
                + translate(
                    "PackageReport", "its DIN numbers: {fin} {year} {range} ({count} numbers)"
                ).format(
                    fin=block["fin"],
                    year=block["year"],
                    range=din_block_text(block["first"], block["last"]),
                    count=number_text(count),
                )
            )
    kept = report.rows.get("drive")
    if kept is not None and kept.kept_local:
        lines.append(
            translate(
                "PackageReport",
                "{count} of these drives were changed on this laptop since: they stay as"
                " changed here.",
            ).format(count=kept.kept_local)
        )
    return lines


def drive_line(drive: Drive) -> str:
    """``HM261201 · 01/12/2026 · Trường THPT Chu Văn An, Phường Láng, Thành phố Hà Nội``."""
    place = ", ".join(p for p in (drive.place_name, drive.address) if p)
    return f"{drive.code} · {dmy(drive.drive_date)} · {place}"


def _serial_lines(report: PackageReport) -> list[str]:
    runs = [b for b in report.blocks if b["kind"] == BlockKind.SERIAL]
    return [
        translate(
            "PackageReport", "Certificate forms for this laptop: {first} to {last} ({count} forms)"
        ).format(
            first=serial_text(run["prefix"], run["width"], run["first"]),
            last=serial_text(run["prefix"], run["width"], run["last"]),
            count=number_text(Span(run["first"], run["last"]).count),
        )
        for run in sorted(runs, key=lambda r: (r["prefix"], r["first"]))
    ]


def _withdrawn_lines(report: PackageReport) -> list[str]:
    """What the center took back: this laptop no longer works those drives, nor uses
    those numbers."""
    lines = []
    if report.withdrawn_from:
        lines.append(
            translate("PackageReport", "The center took this laptop off {count} drive(s).").format(
                count=report.withdrawn_from
            )
        )
    if report.withdrawn_blocks:
        lines.append(
            translate(
                "PackageReport",
                "The center withdrew {count} block(s) of numbers (DINs or certificate forms):"
                " this laptop no longer uses them.",
            ).format(count=len(report.withdrawn_blocks))
        )
    return lines


def _rule_set_line(report: PackageReport) -> str:
    if report.rule_set is None:
        return translate("PackageReport", "Eligibility rule set: unchanged.")
    return translate(
        "PackageReport",
        "Eligibility rule set {version} installed (all {cases} validation cases passed).",
    ).format(version=report.rule_set, cases=report.rule_set_cases)


def _acknowledgement_line(report: PackageReport) -> str:
    ack = report.acknowledged.current
    if ack is None:
        return translate(
            "PackageReport", "The center has received no export file from this laptop yet."
        )
    return at_center_text(ack)
