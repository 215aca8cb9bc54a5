"""What a backup is and holds, in words: shared by the restore dialog and ``hmtn
restore`` / ``hmtn backup list`` (context "Backups")."""

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop.core.backups.checks import ChainVerdict, CheckedBackup
from desktop.core.domain.dates import dmy
from ui.formatting import number_text
from ui.messages import translate
from ui.value_names import drive_status_name

REASONS = {
    "periodic": QT_TRANSLATE_NOOP("Backups", "automatic (every few minutes)"),
    "drive-close": QT_TRANSLATE_NOOP("Backups", "when a drive was closed"),
    "exit": QT_TRANSLATE_NOOP("Backups", "when the app was closed"),
    "manual": QT_TRANSLATE_NOOP("Backups", "on demand"),
}
CHAIN = {
    ChainVerdict.INTACT: QT_TRANSLATE_NOOP("Backups", "intact"),
    ChainVerdict.NOT_CHECKED: QT_TRANSLATE_NOOP("Backups", "not checked by this version"),
    ChainVerdict.BROKEN: QT_TRANSLATE_NOOP("Backups", "broken"),
}


def reason_name(reason: str) -> str:
    source = REASONS.get(reason)
    return translate("Backups", source) if source else reason


def when_text(moment: dt.datetime) -> str:
    return f"{dmy(moment.date())} {moment:%H:%M:%S}"


def size_text(size: int) -> str:
    megabytes = size / 1_000_000
    return translate("Backups", "{size} MB").format(size=f"{megabytes:.1f}".replace(".", ","))


def contents_lines(checked: CheckedBackup) -> list[str]:
    """What ``checked`` holds and how it was checked, one line each."""
    contents = checked.contents
    drives = ", ".join(
        f"{code} ({dmy(dt.date.fromisoformat(day))}, {drive_status_name(status)})"
        for code, day, status in contents.drives[:5]
    )
    if len(contents.drives) > 5:
        drives += translate("Backups", " and {count} more").format(count=len(contents.drives) - 5)
    last_change = contents.last_change_at
    if last_change:
        moment = dt.datetime.fromisoformat(last_change.replace("Z", "+00:00"))
        last_change = when_text(moment.astimezone() if moment.tzinfo else moment)
    return [
        translate("Backups", "Made: {when}").format(when=when_text(checked.made_at)),
        translate("Backups", "Last change it holds: {when}").format(when=last_change or "—"),
        translate("Backups", "Site: {site}").format(site=contents.site_code or "—"),
        translate("Backups", "Drives: {count}").format(count=len(contents.drives))
        + (f" — {drives}" if drives else ""),
        translate("Backups", "Donors: {donors} · visits: {visits} · donations: {donations}").format(
            donors=number_text(contents.donors),
            visits=number_text(contents.visits),
            donations=number_text(contents.donations),
        ),
        translate("Backups", "Database check: passed · audit chain: {chain}").format(
            chain=translate("Backups", CHAIN[checked.chain])
        ),
    ]
