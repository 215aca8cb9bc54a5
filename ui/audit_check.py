"""The audit trail's hash chain checked when the app starts: off the GUI thread (the
window is usable at once), and a plain message when a link is broken. Nothing is
repaired: the center holds the chain's anchor and decides."""

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from desktop.core.foundation.audit_chain import ChainReport, break_problem
from desktop.core.foundation.audit_trail import AuditTrailService
from desktop.core.foundation.progress import Cancelled
from ui.dialogs import Dialogs
from ui.messages import problem_text, translate
from ui.operation import Operation, failure_text


def broken_text(report: ChainReport) -> str:
    """What the people at the laptop read about a broken chain."""
    assert report.first is not None
    text = translate(
        "AuditCheck",
        "The audit trail is broken: {problem}\n\nSomeone changed this laptop's database"
        " outside HMTN Desk. Nothing was repaired. Keep the laptop as it is and call the"
        " provincial center; tell them the entry named here. You may go on working: what"
        " you do is still recorded.",
    )
    return text.format(problem=problem_text(break_problem(report.first)))


class AuditStartupCheck(QObject):
    def __init__(self, window: QWidget, audit: AuditTrailService, dialogs: Dialogs) -> None:
        super().__init__(window)
        self.window = window
        self.dialogs = dialogs
        self.report: ChainReport | None = None
        self.operation = (
            Operation(window, audit.verify, dialogs)
            .on_success(self._checked)
            .on_failure(self._not_checked)
        )

    def start(self) -> "AuditStartupCheck":
        self.operation.run()
        return self

    @property
    def running(self) -> bool:
        return self.operation.running

    def _checked(self, report: ChainReport) -> None:
        self.report = report
        if not report.ok:
            self.dialogs.warning(self.window, translate("AuditCheck", "Audit trail"),
                                 broken_text(report))  # fmt: skip

    def _not_checked(self, error: BaseException) -> None:
        if isinstance(error, Cancelled):  # the app closed meanwhile
            return
        text = translate(
            "AuditCheck", "The audit trail could not be checked at start: {reason}"
        ).format(reason=failure_text(error))
        self.dialogs.warning(self.window, translate("AuditCheck", "Audit trail"), text)
