"""The line at the top of a dialog that says whose records it shows: the drive's code,
date and place, so a dialog left open is never taken for another drive's."""

from PySide6.QtWidgets import QLabel

from desktop.core.domain.records import Drive
from ui.formatting import dmy
from ui.messages import translate


def drive_header_text(drive: Drive) -> str:
    return translate("DriveHeader", "Drive {code} · {date} · {place}, {address}").format(
        code=drive.code, date=dmy(drive.drive_date), place=drive.place_name, address=drive.address
    )


def drive_header(drive: Drive) -> QLabel:
    label = QLabel(drive_header_text(drive))
    label.setWordWrap(True)
    label.setStyleSheet("font-weight: bold;")
    label.setObjectName("driveHeader")
    return label
