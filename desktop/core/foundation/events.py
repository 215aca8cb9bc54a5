"""A small publish/subscribe bus: services announce committed changes, screens refresh.

The core stays Qt-free; the UI subscribes once and turns events into Qt signals, which
Qt delivers on the GUI thread even when the change was made by a worker thread.
"""

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
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
        self._held = threading.local()  # topics this thread publishes inside ``held``

    def subscribe(self, handler: Handler) -> Callable[[], None]:
        """Call ``handler(topic)`` after every committed change; returns an unsubscribe."""
        with self._lock:
            self._handlers.append(handler)

        def unsubscribe() -> None:
            with self._lock:
                if handler in self._handlers:
                    self._handlers.remove(handler)

        return unsubscribe

    @contextmanager
    def held(self) -> Iterator[None]:
        """What this thread publishes inside goes out once, when the block ends without
        an error: saves nested in one transaction are announced after it committed,
        and not at all if it was rolled back."""
        if getattr(self._held, "topics", None) is not None:  # inside another one
            yield
            return
        self._held.topics = []
        try:
            yield
            topics = self._held.topics
        finally:
            self._held.topics = None
        self.publish(*dict.fromkeys(topics))

    def publish(self, *topics: Topic) -> None:
        held = getattr(self._held, "topics", None)
        if held is not None:
            held.extend(topics)
            return
        with self._lock:
            handlers = list(self._handlers)
        for topic in topics:
            for handler in handlers:
                handler(topic)
