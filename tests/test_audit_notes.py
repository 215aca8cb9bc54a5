"""The notes the application writes into the audit trail are catalogued codes
(``desktop.core.domain.audit_notes``), never English sentences: a static reading of
the core finds every literal given as an audit note and fails on one with words in it."""

import ast
import re
from pathlib import Path

import pytest

from desktop.core.domain.audit_notes import PARAMS, AuditNote, audit_note, parse_note

ROOT = Path(__file__).resolve().parent.parent
CORE = ROOT / "desktop" / "core"
WORDS = re.compile(r"[A-Za-z]{2,}")
# Calls whose argument at this place is an audit note (a keyword ``note=`` is one too).
NOTE_ARGUMENT = {"log": 3, "log_event": 2, "audit_event": 3, "put_setting": 3,
                 "new_incarnation": 2, "_log": 1}  # fmt: skip
# Notes that carry a reason a person typed after a word of the application's: the
# reason must stay as typed, and these texts are also kept on the record itself
# (``started_donation.abandon_reason``), so they are not codes yet.
TYPED_INSIDE = {
    ("stations/screening.py", "override of : "),
    ("stations/screening.py", "reopened: "),
}


def _name(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def _notes(tree: ast.AST) -> list[ast.expr]:
    """Every expression the core gives as an audit note."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            found += [k.value for k in node.keywords if k.arg == "note"]
            place = NOTE_ARGUMENT.get(_name(node))
            if place is not None and len(node.args) > place:
                found.append(node.args[place])
        elif isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "note" for t in node.targets
        ):
            found.append(node.value)
    return found


def _literal_words(note: ast.expr) -> str:
    """The text of a literal note (its constant parts, for an f-string), "" for
    anything a static reading cannot tell (a variable, a call such as audit_note)."""
    if isinstance(note, ast.Constant) and isinstance(note.value, str):
        return note.value
    if isinstance(note, ast.JoinedStr):
        return "".join(part.value for part in note.values if isinstance(part, ast.Constant))
    return ""


def uncatalogued_notes() -> list[str]:
    problems = []
    for path in sorted(CORE.rglob("*.py")):
        where = path.relative_to(CORE).as_posix()
        for note in _notes(ast.parse(path.read_text(encoding="utf-8"))):
            text = _literal_words(note)
            if not WORDS.search(text) or (where, text) in TYPED_INSIDE:
                continue
            problems.append(f"{where}:{note.lineno}: {text!r}")
    return problems


def test_the_core_writes_no_audit_note_outside_the_catalogue():
    assert uncatalogued_notes() == []


def test_the_guard_finds_an_english_note(tmp_path, monkeypatch):
    source = 'def f(w, row):\n    w.log("lock", "staff_login", row, "screen locked")\n'
    source += '    w.update("donor", row, {}, note=f"moved to {row}")\n'
    notes = [_literal_words(n) for n in _notes(ast.parse(source))]
    assert notes == ["screen locked", "moved to "]


def test_a_note_reads_back_and_anything_else_is_left_as_it_is():
    stored = audit_note(AuditNote.SWITCH_PERSON, after="BS. Trần Văn Minh")
    assert stored == '@switch_person {"after":"BS. Trần Văn Minh"}'
    assert parse_note(stored) == (AuditNote.SWITCH_PERSON, {"after": "BS. Trần Văn Minh"})
    assert parse_note(audit_note(AuditNote.SCREEN_LOCKED)) == (AuditNote.SCREEN_LOCKED, {})
    for typed in ("screen locked", "@screen_locked lần 2", "@nothing", '@switch_person {"x":"y"}',
                  "@switch_person {", ""):  # fmt: skip
        assert parse_note(typed) is None
    with pytest.raises(ValueError):
        audit_note(AuditNote.SWITCH_PERSON)  # its parameter missing
    assert all(names == tuple(sorted(names)) for names in PARAMS.values())
