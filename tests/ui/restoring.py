"""A restore confirmed in the restore dialog, as the window's tests drive it: the app
closes the window and the database, restores, and opens a new window."""

from collections.abc import Iterator
from contextlib import contextmanager


def informed(dialogs) -> list[str]:
    return [asked.detail for asked in dialogs.asked if asked.kind == "inform"]


@contextmanager
def restored(controller, dialog, dialogs, qtbot) -> Iterator:
    """Confirm the restore of the backup ``dialog`` checked; yields the services the app
    reopened (its new window is ``controller.window``), closed with it at the end."""
    window = controller.window
    dialogs.will_confirm(True)
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: controller.window is not None and controller.window is not window)
    qtbot.waitUntil(lambda: bool(informed(dialogs)))
    services = controller.services
    try:
        yield services
    finally:
        controller.window.ask_before_closing = False
        controller.window.close()
        controller.window = None
        controller.scheduler.stop()
        services.close()
