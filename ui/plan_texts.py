"""The words of the center's planning screens shared by its tab and dialogs: a device
named by its site, desk and name; where a drive is; what a device is to a drive."""

from desktop.core.domain.desk import din_block_text
from desktop.core.domain.records import Drive
from desktop.core.exchange.plan_calendar import DriveDevice
from ui.center_names import unenrolled_device
from ui.messages import translate


def device_line(site_code: str, letter: str, name: str) -> str:
    """``HN01 · bàn A · Bàn A - Bạch Mai``."""
    desk = translate("PlanTexts", "desk {letter}").format(letter=letter) if letter else ""
    return " · ".join(part for part in (site_code, desk, name) if part)


def enrolled_device_line(device: dict) -> str:
    """An enrolled device (its row) with its DIN block: ``… (DIN 000001–038461)``."""
    block = din_block_text(device["din_block_first"], device["din_block_last"])
    line = device_line(device["site_code"], device["desk_letter"], device["device_name"])
    return f"{line} (DIN {block})"


def drive_device_line(device: DriveDevice) -> str:
    if not device.name:  # a laptop the center has not enrolled
        return unenrolled_device(device.device_id)
    return device_line(device.site_code, device.desk_letter, device.name)


def role_text(device: DriveDevice) -> str:
    """What the device is to the drive, in words."""
    if device.status is None:
        return translate("PlanTexts", "set the drive up itself")
    if device.assigned:
        return translate("PlanTexts", "works it")
    return translate("PlanTexts", "withdrawn")


def place_text(drive: Drive) -> str:
    """``Trường THPT Chu Văn An, Phường Láng, Hà Nội``."""
    parts = (drive.place_name, drive.ward_name, drive.province_name)
    return ", ".join(part for part in parts if part)
