"""A small publish/subscribe bus: services announce committed changes, screens refresh.

The core stays Qt-free; the UI subscribes once and turns events into Qt signals, which
Qt delivers on the GUI thread even when the change was made by a worker thread.
"""

import threading
from collections.abc import Callable
from enum import StrEnum


class Topic(StrEnum):
    DONORS = "donors"
    DRIVES = "drives"
    VISITS = "visits"
    STAFF = "staff"
    SETTINGS = "settings"
    DINS = "dins"
    DONATIONS = "donations"
    CERTIFICATES = "certificates"


Handler = Callable[[Topic], None]


class EventBus:
    def __init__(self) -> None:
        self._handlers: list[Handler] = []
        self._lock = threading.Lock()

    def subscribe(self, handler: Handler) -> Callable[[], None]:
        """Call ``handler(topic)`` after every committed change; returns an unsubscribe."""
        with self._lock:
            self._handlers.append(handler)

        def unsubscribe() -> None:
            with self._lock:
                if handler in self._handlers:
                    self._handlers.remove(handler)

        return unsubscribe

    def publish(self, *topics: Topic) -> None:
        with self._lock:
            handlers = list(self._handlers)
        for topic in topics:
            for handler in handlers:
                handler(topic)
