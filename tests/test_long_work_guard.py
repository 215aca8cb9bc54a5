"""Long work cannot read the live desk: every thread the application starts is the
interface's worker (``ui.worker``, which runs its job for the person who started it), a
core service's long work (a method taking ``progress``) pins its starter on its own
(``@long_job``), and a print run planned at the desk and counted once its pages are out
keeps its planner (``acting``). A new worker job started some other way, or a new long
service method without the pin, fails here by name (read as source: no Qt needed)."""

import ast
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("desktop", "ui", "db", "printing")
WORKER = Path("ui/worker.py")
THREADS = {"Thread", "QThread", "ThreadPoolExecutor", "ProcessPoolExecutor", "QThreadPool",
           "start_new_thread", "moveToThread", "Timer", "QtConcurrent"}  # fmt: skip


@cache
def sources() -> list[tuple[Path, ast.Module]]:
    found = []
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            found.append((path.relative_to(ROOT), ast.parse(path.read_text(encoding="utf-8"))))
    return found


def called_name(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def test_only_the_interfaces_worker_starts_threads():
    started = [
        f"{path}:{node.lineno} {called_name(node)}"
        for path, tree in sources()
        if path != WORKER
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and called_name(node) in THREADS
    ]
    assert started == [], "run work off the GUI thread through ui.worker / ui.operation"


def test_every_long_service_method_acts_for_its_starter():
    unpinned = []
    for path, tree in sources():
        if path.parts[:2] != ("desktop", "core"):
            continue
        for cls in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)):
            if "self.session" not in ast.unparse(cls):
                continue
            for method in cls.body:
                if not isinstance(method, ast.FunctionDef) or method.name.startswith("_"):
                    continue
                arguments = {a.arg for a in (*method.args.args, *method.args.kwonlyargs)}
                decorators = {ast.unparse(d) for d in method.decorator_list}
                if "progress" in arguments and "long_job" not in decorators:
                    unpinned.append(f"{path}: {cls.name}.{method.name}")
    assert unpinned == [], "long work without @long_job reads whoever is at the desk"


def test_print_runs_keep_whom_they_were_planned_for():
    from desktop.core.jobs.certificates import CertificateJob
    from desktop.core.jobs.labels import LabelJob

    for job in (CertificateJob, LabelJob):
        assert "acting" in job.__dataclass_fields__, job
