"""CPU-heavy work runs in a child process (desktop.core.foundation.child_process): the
key goes over the pipe, progress comes back, a cancel ends the child, its failure is a
clear problem and never a traceback."""

import logging
import os

import pytest

from desktop.core.domain.problems import UserError
from desktop.core.foundation.child_process import run_in_child, run_in_children
from desktop.core.foundation.progress import QUIET, Cancelled, Progress

KEY = bytes(range(32))


def test_the_child_gets_the_key_over_its_pipe_and_imports_no_qt():
    steps = []
    found = run_in_child("tests.child_work:whereabouts", (), Progress(lambda *s: steps.append(s)),
                         key=KEY)  # fmt: skip
    assert found["pid"] != os.getpid() and found["parent"] == os.getpid()
    assert found["key"] == KEY
    assert not found["key_in_argv_or_env"]
    assert not found["qt"]
    assert steps == [("look", 1, 1)]  # its progress, told in this process


def test_a_cancel_ends_the_child():
    steps = []
    progress = Progress(lambda *s: steps.append(s), cancel_requested=lambda: bool(steps))
    with pytest.raises(Cancelled):
        run_in_child("tests.child_work:steps_then_waits", (), progress)
    assert steps == [("work", 1, 10)]


def test_children_run_at_once_say_the_slowests_progress_again_while_silent():
    """Two children step once and fall silent: the slowest's step is said again and
    again (the import's heartbeat goes on through a long sort), until the cancel ends
    both."""
    steps = []
    progress = Progress(lambda *s: steps.append(s), cancel_requested=lambda: len(steps) >= 3)
    with pytest.raises(Cancelled):
        run_in_children("tests.child_work:steps_then_waits", [(), ()], progress)
    assert steps == [("work", 1, 10)] * 3


def test_a_failing_child_is_a_clear_problem_its_traceback_in_the_log(caplog):
    with caplog.at_level(logging.ERROR, "hmtn"), pytest.raises(UserError) as failed:
        run_in_child("tests.child_work:fails", (), QUIET)
    problem = failed.value.problems[0]
    assert (problem.code, problem.params) == ("child_process_failed", {"detail": "ValueError"})
    assert "a bug in the child" in caplog.text and "Traceback" in caplog.text


def test_a_child_that_dies_is_a_clear_problem():
    with pytest.raises(UserError) as failed:
        run_in_child("tests.child_work:dies", (), QUIET)
    assert failed.value.problems[0].code == "child_process_failed"


def test_a_childs_refusal_is_the_parents():
    with pytest.raises(UserError) as refused:
        run_in_child("tests.child_work:refuses", (), QUIET)
    assert [p.code for p in refused.value.problems] == ["import_running"]


def test_a_full_disk_in_the_child_is_the_full_disk_problem_its_traceback_in_the_log(
    tmp_path, caplog
):
    with caplog.at_level(logging.ERROR, "hmtn"), pytest.raises(UserError) as failed:
        run_in_child("tests.child_work:fills_the_database", (str(tmp_path / "x.db"),), QUIET)
    assert [p.code for p in failed.value.problems] == ["disk_full"]
    assert "database or disk is full" in caplog.text and "Traceback" in caplog.text


def test_a_file_gone_or_unreadable_in_the_child_is_the_same_error_here(tmp_path):
    """As the work would have failed in this process: the system's error, with its
    number and the file's name (the screen says which file and why)."""
    gone = tmp_path / "registry.csv"
    with pytest.raises(FileNotFoundError) as failed:
        run_in_child("tests.child_work:reads_a_file", (str(gone),), QUIET)
    assert failed.value.filename == str(gone)
    with pytest.raises(IsADirectoryError) as failed:
        run_in_child("tests.child_work:reads_a_file", (str(tmp_path),), QUIET)
    assert failed.value.filename == str(tmp_path)


def test_memory_running_out_in_the_child_says_so(caplog):
    with caplog.at_level(logging.ERROR, "hmtn"), pytest.raises(UserError) as failed:
        run_in_child("tests.child_work:runs_out_of_memory", (), QUIET)
    assert [p.code for p in failed.value.problems] == ["out_of_memory"]
    assert "MemoryError" in caplog.text
