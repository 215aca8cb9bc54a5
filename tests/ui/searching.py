"""Waiting for the check-in screen's searches, which run on their own thread."""


def settled(qtbot, screen) -> None:
    """Until the screen's searches have answered (and Enter has acted on its result)."""
    qtbot.waitUntil(lambda: not screen.searching)
