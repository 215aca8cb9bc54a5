"""CPU-heavy Python work in a child process, so that it cannot starve the window.

Python runs one thread at a time: a worker thread parsing ten million registry lines
takes the interpreter from the GUI thread for seconds at a time, whatever the switch
interval (``shared_interpreter``). Such work runs here instead, in a fresh Python
process (spawned: nothing of the parent is inherited, no Qt is imported in it):

* the work is a module-level function named "package.module:function", called in the
  child as ``function(*args, key=key, progress=progress)``;
* the database key (if any) goes to the child over its standard input, with the
  arguments: never on the command line or in the environment, where other users'
  tools can read them;
* the child's ``progress.step`` calls come back over its standard output into the
  parent's ``Progress``: a cancel there ends the child (what it wrote in short
  transactions of its own stays committed, the caller removes it; an open
  transaction rolls back);
* the child's refusal (``UserError``) is raised again in the parent; a failure the
  user can act on is said as it would be had the work run in the parent: a full disk
  or a busy database as their problems (``disk_full``, ``database_busy``), a file that
  vanished or could not be read as the same ``OSError`` (its number and file name),
  the memory running out as ``out_of_memory``; any other failure of the child, or its
  death, is ``UserError(child_process_failed)``. The traceback is in the log, never
  on a screen.

The child is a real child of the calling process (``resource.RUSAGE_CHILDREN`` counts
its peak memory once it ended).

``run_in_children`` runs several at once (work split over the CPUs), all followed from
the calling thread (their pipes waited on together: no thread is started here, see
tests/test_long_work_guard.py): the progress said is the slowest one's, said again
every ``POLL_S`` while they work (a heartbeat, even through a child's long silence), a
cancel ends them all, and the first to fail ends the others at once and its failure
is raised as above.
"""

import contextlib
import logging
import os
import pickle
import select
import struct
import subprocess
import sys
import tempfile
import traceback
from collections.abc import Callable
from importlib import import_module
from pathlib import Path
from typing import IO, Any

from desktop.core.domain.problems import Problem, UserError
from desktop.core.foundation.base_service import storage_problem
from desktop.core.foundation.progress import Cancelled, Progress

log = logging.getLogger("hmtn")

ROOT = Path(__file__).resolve().parents[3]  # the folder holding the packages
POLL_S = 0.1  # how often a parent waiting for its child looks at the cancel button
READ_BYTES = 1 << 16
_HEADER = struct.Struct(">I")  # each message's length, before its pickle
_STEP, _DONE, _REFUSED, _FAILED = "step", "done", "refused", "failed"


def run_in_child(target: str, args: tuple, progress: Progress, *, key: bytes | None = None) -> Any:
    """Run ``target`` ("module:function") in a child process and return its result
    (picklable); raises what the module docstring says, or ``Cancelled``."""
    return run_in_children(target, [args], progress, key=key)[0]


def run_in_children(
    target: str, calls: list[tuple], progress: Progress, *, key: bytes | None = None
) -> list[Any]:
    """``run_in_child(target, args)`` for each ``args`` of ``calls``, all at once (one
    after the other where the system cannot wait on several pipes: not POSIX); their
    results in the order of ``calls``. Their progress is the slowest one's, said again
    at every look while they work (a heartbeat: a long sort says nothing for seconds).
    Raises ``Cancelled`` (every child ended), or the first failure (the others' children
    ended at once). Followed from the calling thread: no thread of its own."""
    if os.name != "posix" and len(calls) > 1:
        return [run_in_children(target, [args], progress, key=key)[0] for args in calls]
    progress.check()
    with contextlib.ExitStack() as stack:
        said = [stack.enter_context(tempfile.TemporaryFile()) for _ in calls]  # on a crash
        children: list[subprocess.Popen] = []
        try:
            for args, errors in zip(calls, said, strict=True):
                children.append(_start(errors))
                _send(children[-1], (target, args, key))
            return _Followed(children, progress).results()
        except BaseException:
            for child in children:
                child.kill()
            raise
        finally:
            for child, errors in zip(children, said, strict=False):
                _reap(child, errors, target)


def _start(errors: IO[bytes]) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", __name__],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=errors,
        env=_environment(),
        cwd=ROOT,
    )


def _reap(child: subprocess.Popen, errors: IO[bytes], target: str) -> None:
    child.wait()
    child.stdout.close()
    errors.seek(0)
    if said := errors.read().decode(errors="replace").strip():
        log.warning("child process %s wrote: %s", target, said)


_PENDING = object()  # no result yet


class _Followed:
    """The children's messages read as they come (each a length and a pickle), the
    cancel button looked at every ``POLL_S`` between them."""

    def __init__(self, children: list[subprocess.Popen], progress: Progress) -> None:
        self.children = children
        self.progress = progress
        self.steps: list[tuple | None] = [None] * len(children)
        self.values: list[Any] = [_PENDING] * len(children)

    def results(self) -> list[Any]:
        pipes = {child.stdout.fileno(): i for i, child in enumerate(self.children)}
        pending = dict.fromkeys(pipes, b"")
        while pipes:
            for fd in self._ready(list(pipes)):
                data = os.read(fd, READ_BYTES)
                if not data:
                    self._ended(pipes.pop(fd))
                    continue
                pending[fd] += data
                messages, pending[fd] = _split(pending[fd])
                for message in messages:
                    self._take(pipes[fd], message)
            self._report()
        return self.values

    def _ready(self, fds: list[int]) -> list[int]:
        if os.name != "posix":  # one child (see run_in_children): a blocking read
            return fds
        ready, _, _ = select.select(fds, [], [], POLL_S)
        return ready

    def _report(self) -> None:
        """Several children: the slowest one's step, once each has said one; else (and
        for one child, whose steps are told as they come) a look at the cancel button.
        Either raises Cancelled: the caller kills the children."""
        if len(self.steps) > 1 and all(self.steps):
            self.progress.step(*min(self.steps, key=_how_far))
        else:
            self.progress.check()

    def _take(self, index: int, message: tuple) -> None:
        kind, *rest = message
        if kind == _STEP:
            self.steps[index] = tuple(rest)
            if len(self.steps) == 1:
                self.progress.step(*rest)
        elif kind == _DONE:
            self.values[index] = rest[0]
        elif kind == _REFUSED:
            raise UserError(*rest[0])
        else:
            name, trace, *said = rest
            log.error("child process failed:\n%s", trace)
            _raise_as_here(name, said[0] if said else None)

    def _ended(self, index: int) -> None:
        if self.values[index] is not _PENDING:
            return
        child = self.children[index]
        child.wait()
        log.error("child process ended without a result (exit %s)", child.returncode)
        raise UserError(_failed(f"exit {child.returncode}"))


def _how_far(step: tuple | None) -> float:
    _phase, done, total = step or ("", 0, 0)
    return done / total if total else 1.0


def _environment() -> dict[str, str]:
    """The parent's environment, with the application's packages importable."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, (str(ROOT), env.get("PYTHONPATH"))))
    return env


def _send(child: subprocess.Popen, request: tuple) -> None:
    try:
        child.stdin.write(pickle.dumps(request))
        child.stdin.close()
    except (BrokenPipeError, OSError):
        pass  # the child died at once: it ends without a result


def _split(pending: bytes) -> tuple[list[tuple], bytes]:
    """The whole messages at the start of ``pending``, and what is left of it."""
    messages = []
    while len(pending) >= _HEADER.size:
        (size,) = _HEADER.unpack_from(pending)
        if len(pending) < _HEADER.size + size:
            break
        messages.append(pickle.loads(pending[_HEADER.size : _HEADER.size + size]))
        pending = pending[_HEADER.size + size :]
    return messages, pending


def _failed(detail: str) -> Problem:
    return Problem("child_process_failed", {"detail": detail})


def _what_it_means(error: BaseException) -> tuple | None:
    """In the child: what a failure means to the person at the laptop, when it is one
    they can act on (see the module docstring), as plain picklable values."""
    if (code := storage_problem(error)) is not None:
        return ("problem", code)
    if isinstance(error, MemoryError):
        return ("problem", "out_of_memory")
    if isinstance(error, OSError) and error.errno is not None:
        return ("file", error.errno, error.strerror, error.filename)
    return None


def _raise_as_here(name: str, said: tuple | None) -> None:
    """In the parent: the child's failure raised as the work would have failed here."""
    if said is not None and said[0] == "problem":
        raise UserError(Problem(said[1]))
    if said is not None and said[0] == "file":
        _kind, number, words, filename = said
        raise OSError(number, words, filename)  # FileNotFoundError, PermissionError...
    raise UserError(_failed(name))


def _child_main() -> None:
    """In the child: read the request, run it, write its progress and outcome."""
    out = sys.stdout.buffer
    sys.stdout = sys.stderr  # a stray print must not break the messages

    def send(message: tuple) -> None:
        data = pickle.dumps(message)
        out.write(_HEADER.pack(len(data)) + data)
        out.flush()

    try:
        target, args, key = pickle.load(sys.stdin.buffer)
        module, _, name = target.partition(":")
        function: Callable[..., Any] = getattr(import_module(module), name)
        listener = lambda phase, done, total: send((_STEP, phase, done, total))  # noqa: E731
        result = function(*args, key=key, progress=Progress(listener))
    except UserError as refused:
        send((_REFUSED, refused.problems))
    except Cancelled:
        send((_FAILED, "cancelled", "cancelled in the child"))
    except BaseException as error:
        send((_FAILED, type(error).__name__, traceback.format_exc(), _what_it_means(error)))
    else:
        send((_DONE, result))


if __name__ == "__main__":
    _child_main()
