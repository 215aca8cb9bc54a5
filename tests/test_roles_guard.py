"""Every public method of every service that writes checks the signed-in person's role
first (``session.require``): a write path without one fails here, by name.

Read from the source: a method writes when it (or a helper of its own class it calls,
or a module function that writes, followed through) opens a transaction; it is checked
when ``session.require`` is on that path. Other services' methods it calls are held to
the same rule in their own class."""

import ast
import inspect
import textwrap
import typing
from collections.abc import Iterator
from pathlib import Path

import desktop.core
from desktop.core.foundation.base_service import Service
from desktop.core.services import Services

CORE = Path(desktop.core.__file__).parent
WRITES = ("write_transaction(", "all_or_nothing(", "MergeWriter(")
CHECK = "session.require("


def _module_writers() -> set[str]:
    """Names of the core's module-level functions and classes that write (followed
    through the calls they make)."""
    bodies: dict[str, str] = {}
    for path in CORE.rglob("*.py"):
        if path == CORE / "access.py":
            continue  # the top layer (import-linter): no service can call into it
        text = path.read_text()
        for node in ast.parse(text).body:
            if isinstance(node, ast.FunctionDef | ast.ClassDef):
                bodies[node.name] = ast.get_source_segment(text, node) or ""
    # making a service writes nothing: its methods are checked themselves
    for name in {cls.__name__ for cls in _service_classes()} | {"Service"}:
        bodies.pop(name, None)
    writers = {name for name, body in bodies.items() if any(w in body for w in WRITES)}
    while True:
        more = {
            name
            for name, body in bodies.items()
            if name not in writers and any(f"{w}(" in body for w in writers)
        }
        if not more:
            return writers
        writers |= more


def _service_classes() -> Iterator[type]:
    """Every service the composition root builds, and every Service subclass."""
    seen = set()
    kinds = [kind for kind in typing.get_type_hints(Services).values() if isinstance(kind, type)]
    todo = [*kinds, *Service.__subclasses__()]
    while todo:
        kind = todo.pop()
        if kind in seen or not kind.__module__.startswith("desktop.core"):
            continue
        seen.add(kind)
        todo += kind.__subclasses__()
        yield kind


def _methods(cls: type, sources: dict[type, str]) -> dict[str, str]:
    """Each method's source, the class's own and those it inherits from the core."""
    found: dict[str, str] = {}
    for klass in reversed(cls.__mro__):
        if not klass.__module__.startswith("desktop.core"):
            continue
        source = sources.get(klass) or inspect.getsource(klass)
        for node in ast.parse(textwrap.dedent(source)).body[0].body:
            if isinstance(node, ast.FunctionDef):
                found[node.name] = ast.unparse(node)
    return found


def _reach(methods: dict[str, str], name: str) -> set[str]:
    """``name`` and the methods of the same class it calls, followed through."""
    seen, todo = set(), [name]
    while todo:
        current = todo.pop()
        if current in seen:
            continue
        seen.add(current)
        todo += [other for other in methods if f"self.{other}(" in methods[current]]
    return seen


def unchecked_writes(sources: dict[type, str] | None = None) -> list[str]:
    """The public service methods that write without checking a role; ``sources``
    replaces a class's source (the guard's own test)."""
    writers = _module_writers()
    markers = (*WRITES, *(f"{name}(" for name in writers))
    missing = []
    for cls in _service_classes():
        methods = _methods(cls, sources or {})
        for name in methods:
            if name.startswith("_") or name == "all_or_nothing":
                continue
            path = "\n".join(methods[m] for m in _reach(methods, name))
            if any(marker in path for marker in markers) and CHECK not in path:
                missing.append(f"{cls.__name__}.{name}")
    return sorted(set(missing))


def test_every_public_write_checks_the_role_first():
    assert unchecked_writes() == []


def test_the_guard_names_a_write_without_a_check():
    """The guard itself can fail: a service method that writes unchecked is named."""
    from desktop.core.foundation.staff import StaffService

    source = inspect.getsource(StaffService)
    check = "        self.session.require(StaffRole.ADMIN)\n"
    unchecked = source.replace(check, "", 1)  # the first: add's
    assert unchecked != source
    assert unchecked_writes({StaffService: unchecked}) == ["StaffService.add"]
