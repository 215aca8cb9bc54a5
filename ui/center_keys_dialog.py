"""Settings → the center's keys: pick the folder the center gave, compare the three
fingerprints with the center's (read out over the phone), install them."""

from PySide6.QtWidgets import QWidget

from desktop.core.domain.problems import UserError
from desktop.core.exchange.site import IdentityService
from ui.dialogs import Dialogs
from ui.messages import problems_text, translate


def set_center_keys(identity: IdentityService, parent: QWidget, dialogs: Dialogs) -> bool:
    """True once the center's keys are installed; False if cancelled or refused (said)."""
    title = translate("CenterKeys", "The center's keys")
    folder = dialogs.choose_folder(
        parent, translate("CenterKeys", "Folder with center.pub, escrow.pub, center.minisign.pub")
    )
    if folder is None:
        return False
    try:
        keys = identity.read_center_keys(folder)
    except UserError as error:
        dialogs.warning(parent, title, problems_text(error.problems))
        return False
    lines = [f"{name}:  {value}" for name, value in keys.fingerprints().items()]
    question = translate(
        "CenterKeys",
        "Compare these fingerprints with the ones the center gives you (by phone, for"
        " example):\n\n{lines}\n\nInstall these keys? Files for the center are then"
        " encrypted to them.",
    ).format(lines="\n".join(lines))
    if not dialogs.confirm(parent, title, question):
        return False
    try:
        identity.set_center(keys)
    except UserError as error:
        dialogs.warning(parent, title, problems_text(error.problems))
        return False
    dialogs.inform(
        parent,
        title,
        translate(
            "CenterKeys",
            "The center's keys are installed: export files are encrypted to them from now"
            " on. If the center has not enrolled this laptop yet, its IT officer writes the"
            " laptop's enrolment with hmtn device enrol --out FOLDER and registers it at"
            " the center; files from a laptop not enrolled are refused there.",
        ),
    )
    return True
