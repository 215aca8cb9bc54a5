"""One way for long work to say how far it is and to be stopped.

Work takes a ``Progress`` and calls ``progress.step(phase, done, total)`` as it goes.
The call tells whoever listens (a progress bar on the GUI thread, the command line)
and raises ``Cancelled`` once the user asked to cancel, so the work stops where it
stands; a transaction it had open rolls back, a file it was writing is not kept.
Code that knows nothing of the core (``printing``) gets ``progress.pages(phase)``, a
plain ``(done, total)`` callback that does the same. Once work is past undoing (a file
written and recorded), it says so with ``progress.reached``, which tells but never
raises: a cancel asked then is too late, and the work reports what it did.
"""

from collections.abc import Callable

Listener = Callable[[str, int, int], None]  # (phase, done, total)


class Cancelled(Exception):
    """The user cancelled; nothing the work was making was kept."""


class Progress:
    def __init__(
        self,
        listener: Listener | None = None,
        cancel_requested: Callable[[], bool] | None = None,
    ) -> None:
        self._listener = listener
        self._cancel_requested = cancel_requested

    def check(self) -> None:
        """Raise ``Cancelled`` if the user asked to cancel."""
        if self._cancel_requested is not None and self._cancel_requested():
            raise Cancelled

    def step(self, phase: str, done: int, total: int) -> None:
        self.check()
        if self._listener is not None:
            self._listener(phase, done, total)

    def reached(self, phase: str, done: int, total: int) -> None:
        """Tell how far the work got once it is past undoing (its file written and
        recorded): a cancel asked now comes too late and is not raised."""
        if self._listener is not None:
            self._listener(phase, done, total)

    def pages(self, phase: str) -> Callable[[int, int], None]:
        """A ``(done, total)`` callback for code outside the core."""
        return lambda done, total: self.step(phase, done, total)


QUIET = Progress()  # for work nobody watches and nobody cancels
