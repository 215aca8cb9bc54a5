"""Qt signals for committed changes, so screens refresh themselves.

The core's event bus calls ``_relay`` on whatever thread made the change (a registry
import runs on a worker thread); Qt queues the emitted signal to the GUI thread for
the screens connected to it.
"""

from PySide6.QtCore import QObject, Signal

from desktop.core.foundation.events import EventBus, Topic


class ModelSignals(QObject):
    donorsChanged = Signal()
    drivesChanged = Signal()
    visitsChanged = Signal()
    staffChanged = Signal()
    settingsChanged = Signal()
    dinsChanged = Signal()
    donationsChanged = Signal()
    certificatesChanged = Signal()

    def __init__(self, bus: EventBus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._signals = {
            Topic.DONORS: self.donorsChanged,
            Topic.DRIVES: self.drivesChanged,
            Topic.VISITS: self.visitsChanged,
            Topic.STAFF: self.staffChanged,
            Topic.SETTINGS: self.settingsChanged,
            Topic.DINS: self.dinsChanged,
            Topic.DONATIONS: self.donationsChanged,
            Topic.CERTIFICATES: self.certificatesChanged,
        }
        self._unsubscribe = bus.subscribe(self._relay)
        self.destroyed.connect(self._unsubscribe)

    def _relay(self, topic: Topic) -> None:
        self._signals[topic].emit()
