"""Long Python work on a worker thread that leaves the desk's thread its turns.

A registry of a million lines is read, matched and staged on a worker thread of the
window's process while the check-in field answers on the GUI thread; both run Python on
one interpreter, which runs one thread at a time. Two of its defaults make the desk wait
for the worker:

* the interpreter hands over to a waiting thread only every 5 ms
  (``sys.getswitchinterval``), and a look-up waits for it again after each of its many
  short SQLite calls: tens of milliseconds a look-up, a check-in hundreds;
* the garbage collector's full passes walk every container held, a million rows'
  lists and maps among them: a few hundred milliseconds to a second with every thread
  stopped.

While such work runs (``sharing_the_interpreter``): the hand-over comes every half
millisecond, and full passes wait until it ends (young objects are still collected;
the millions held are freed by their reference counts when the work drops them).
"""

import gc
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager

SWITCH_INTERVAL_S = 0.0005
FULL_COLLECTIONS_PAUSED = 1_000_000_000  # young collections before a full one: never


class _Settings:
    """The process's own settings, kept while blocks run (on any thread)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.running = 0
        self.saved: tuple[tuple[int, int, int], float] = (gc.get_threshold(), 0.005)

    def enter(self) -> None:
        with self.lock:
            if self.running == 0:
                self.saved = (gc.get_threshold(), sys.getswitchinterval())
                young, middle, _full = self.saved[0]
                gc.set_threshold(young, middle, FULL_COLLECTIONS_PAUSED)
                sys.setswitchinterval(SWITCH_INTERVAL_S)
            self.running += 1

    def leave(self) -> None:
        with self.lock:
            self.running -= 1
            if self.running == 0:
                gc.set_threshold(*self.saved[0])
                sys.setswitchinterval(self.saved[1])


_SETTINGS = _Settings()


@contextmanager
def sharing_the_interpreter() -> Iterator[None]:
    """Run the block with the settings above; the process's own come back when the last
    block running (on any thread) ends."""
    _SETTINGS.enter()
    try:
        yield
    finally:
        _SETTINGS.leave()
