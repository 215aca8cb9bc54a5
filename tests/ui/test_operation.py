"""The one helper that runs core work off the GUI thread and brings the outcome back."""

import threading

from PySide6.QtWidgets import QPushButton, QWidget

from desktop.core.domain.problems import Problem, UserError
from desktop.core.foundation.progress import Progress
from ui.operation import Operation


def run_and_wait(qtbot, operation: Operation) -> Operation:
    operation.run()
    return delivered(qtbot, operation)


def delivered(qtbot, operation: Operation) -> Operation:
    """Wait until the outcome of the running ``operation`` was handled on the GUI thread
    (it is queued there: it comes only once the wait turns the event loop)."""
    with qtbot.waitSignal(operation.task.finished, timeout=5000):
        pass
    return operation


def test_the_work_runs_on_a_worker_and_the_result_comes_back_to_the_gui_thread(qtbot, dialogs):
    parent, button = QWidget(), QPushButton()
    qtbot.addWidget(parent)
    qtbot.addWidget(button)
    seen, steps = {}, []

    def work(progress: Progress) -> int:
        seen["thread"] = threading.current_thread()
        seen["blocked"] = not button.isEnabled()
        progress.step("counting", 1, 2)
        return 42

    operation = Operation(parent, work, dialogs).blocking(button)
    operation.on_progress(lambda *step: steps.append(step)).on_success(seen.setdefault)
    run_and_wait(qtbot, operation)
    assert seen["thread"] is not threading.main_thread()
    assert seen["blocked"] and button.isEnabled()
    assert steps == [("counting", 1, 2)] and seen[42] is None
    assert dialogs.warnings == []


def test_a_refusal_is_shown_in_the_users_words_and_a_cancel_not_at_all(qtbot, dialogs):
    parent = QWidget()
    qtbot.addWidget(parent)

    def refused(_progress: Progress) -> None:
        raise UserError(Problem("required", field="reason"))

    run_and_wait(qtbot, Operation(parent, refused, dialogs))
    assert dialogs.warnings == ["Bắt buộc nhập."]

    def cancelled(progress: Progress) -> None:
        while True:
            progress.step("waiting", 0, 1)

    operation = Operation(parent, cancelled, dialogs).run()
    operation.cancel()
    delivered(qtbot, operation)
    assert dialogs.warnings == ["Bắt buộc nhập."]


def test_an_unexpected_failure_is_logged_and_told_in_general_words(qtbot, dialogs, caplog):
    parent = QWidget()
    qtbot.addWidget(parent)

    def broken(_progress: Progress) -> None:
        raise KeyError("visit_id")

    run_and_wait(qtbot, Operation(parent, broken, dialogs))
    assert dialogs.warnings == [
        "Đã có lỗi nên việc này chưa hoàn thành. Mọi dữ liệu đã lưu trước đó vẫn an toàn."
    ]
    assert "visit_id" in caplog.text  # the details, for the technical team
