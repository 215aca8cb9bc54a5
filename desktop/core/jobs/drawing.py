"""Pages drawn by a child process: reportlab's drawing of a large job is seconds of
Python that, on a worker thread, would take the interpreter from the window (issue 14:
no stall of the GUI thread over 100 ms). The child (``run_in_child``) draws into a file
of a private temporary folder, which is then copied to the job's output, whole or not
there (``written_whole``); progress and cancel as for a job drawn here."""

import shutil
import tempfile
from pathlib import Path
from typing import Any, BinaryIO

from desktop.core.foundation.child_process import run_in_child
from desktop.core.foundation.files import written_whole
from desktop.core.foundation.progress import Progress


def drawn_by_child(
    target: str, args: tuple[Any, ...], out: str | Path | BinaryIO, progress: Progress
) -> int:
    """``target`` ("module:function"), called in a child as ``function(*args, path,
    key=None, progress=...)``, draws the PDF into ``path`` and returns its page count;
    the PDF is then copied to ``out``. Returns the page count."""
    with tempfile.TemporaryDirectory(prefix="hmtn-pages-") as work:
        drawn = Path(work) / "drawn.pdf"
        pages = run_in_child(target, (*args, str(drawn)), progress)
        with drawn.open("rb") as source, written_whole(out) as copy:
            shutil.copyfileobj(source, copy)
    return pages
