"""The site's facility identification number (FIN), asked for before the first labels."""

from PySide6.QtWidgets import QWidget

from desktop.core.domain.problems import UserError
from desktop.core.stations.din_allocation import DinService
from ui.dialogs import Dialogs
from ui.messages import problems_text, translate


def ask_fin(dins: DinService, parent: QWidget, dialogs: Dialogs) -> bool:
    """Ask until a valid FIN is given or the user cancels; True once one is saved."""
    current = dins.fin() or ""
    while True:
        text = dialogs.text(
            parent,
            translate("FinDialog", "Facility identification number"),
            translate(
                "FinDialog",
                "The FIN that ICCBBA assigned to the collecting facility"
                " (one letter or digit and 4 digits, e.g. A1234):",
            ),
            current,
        )
        if text is None:
            return False
        try:
            dins.set_fin(text)
        except UserError as error:
            dialogs.warning(parent, translate("FinDialog", "FIN"), problems_text(error.problems))
            current = text
            continue
        return True
