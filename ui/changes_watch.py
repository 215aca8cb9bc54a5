"""Looks every few seconds whether another connection changed the database (an import
in a terminal, say): the core then tells every screen to refresh
(desktop.core.foundation.changes_elsewhere). On the GUI thread: the look is a read of
SQLite's shared memory, microseconds."""

import logging

from PySide6.QtCore import QObject, QTimer

from desktop.core.foundation.changes_elsewhere import ChangesElsewhere

INTERVAL_MS = 3000
log = logging.getLogger("hmtn")


class ChangesWatch(QObject):
    def __init__(
        self,
        changes: ChangesElsewhere,
        parent: QObject | None = None,
        interval_ms: int = INTERVAL_MS,
    ) -> None:
        super().__init__(parent)
        self.changes = changes
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._look)
        self.timer.start()

    def stop(self) -> None:
        """Before the database closes."""
        self.timer.stop()

    def _look(self) -> None:
        try:
            self.changes.check()
        except Exception:  # a refresh missed is no reason to disturb the desk: logged
            log.warning("could not look for changes made elsewhere", exc_info=True)
