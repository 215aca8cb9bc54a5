"""Where a value sits in a TOML text, for messages that name the line to correct.

``tomllib`` gives values without positions, so the key is found again in the text:
its table header (``[weight]``, the n-th ``[[block]]``), then the key inside it, then
for arrays the n-th element (``thresholds[1].min_g_l``). Comments and strings are
skipped. A path that cannot be followed to the end gives the line of the deepest part
found (the table, say, for a key that is missing from it).
"""

import re

Path = tuple[str | int, ...]  # ("haemoglobin", "thresholds", 1, "min_g_l")

_HEADER = re.compile(r"^[ \t]*(\[\[?)[ \t]*([A-Za-z0-9_.\-]+)[ \t]*\]\]?", re.M)


def line_of(text: str, path: Path) -> int | None:
    """The 1-based line of the value at ``path``, or of the nearest part of it found."""
    if not path:
        return None
    headers = [(m.start(), m.group(2)) for m in _HEADER.finditer(text)]
    start, end, rest = _table(text, headers, path)
    if start is None:
        return None
    found, followed = start, len(path) - len(rest)  # parts followed: the table's
    for part in rest:
        span = (
            _element(text, found, end, part)
            if isinstance(part, int)
            else _key(text, found, end, part)
        )
        if span is None:
            break
        (found, end), followed = span, followed + 1
    return text.count("\n", 0, found) + 1 if followed else None


def _table(text: str, headers: list[tuple[int, str]], path: Path) -> tuple[int | None, int, Path]:
    """The span of the table named by the start of ``path`` (the top level when no
    header names it) and the rest of the path inside it."""
    first, rest = path[0], path[1:]
    named = [i for i, (_at, name) in enumerate(headers) if name == first]
    if not named:
        top_end = headers[0][0] if headers else len(text)
        return 0, top_end, path
    index = 0
    if rest and isinstance(rest[0], int):
        index, rest = rest[0], rest[1:]
    if index >= len(named):
        return headers[named[-1]][0], len(text), ()
    position = named[index]
    end = headers[position + 1][0] if position + 1 < len(headers) else len(text)
    return headers[position][0], end, rest


def _key(text: str, start: int, end: int, key: str) -> tuple[int, int] | None:
    """Where ``key =`` starts between ``start`` and ``end`` (outside comments and
    strings), and the end of its value's span (the same ``end``)."""
    pattern = re.compile(rf"(?<![A-Za-z0-9_\-]){re.escape(key)}[ \t]*=")
    for match in pattern.finditer(text, start, end):
        if not _in_comment_or_string(text, start, match.start()):
            return match.start(), end
    return None


def _element(text: str, start: int, end: int, index: int) -> tuple[int, int] | None:
    """The span of the ``index``-th element of the array that follows ``start``."""
    opening = text.find("[", start, end)
    if opening < 0:
        return None
    spans = _array_elements(text, opening, end)
    return spans[index] if index < len(spans) else None


def _array_elements(text: str, opening: int, end: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    depth, element_start, i = 0, None, opening
    while i < end:
        char = text[i]
        if char in "\"'":
            if depth == 1 and element_start is None:
                element_start = i
            i = _string_end(text, i, end)
            continue
        if char == "#":
            newline = text.find("\n", i, end)
            i = end if newline < 0 else newline
            continue
        if char in "[{":
            depth += 1
            if depth == 2 and element_start is None:
                element_start = i
        elif char in "]}":
            depth -= 1
            if depth == 0:
                if element_start is not None:
                    spans.append((element_start, i))
                return spans
        elif char == "," and depth == 1:
            if element_start is not None:
                spans.append((element_start, i))
            element_start = None
        elif depth == 1 and element_start is None and not char.isspace():
            element_start = i
        i += 1
    return spans


def _string_end(text: str, i: int, end: int) -> int:
    quote = text[i]
    if text.startswith(quote * 3, i):
        close = text.find(quote * 3, i + 3, end)
        return end if close < 0 else close + 3
    j = i + 1
    while j < end and text[j] != quote and text[j] != "\n":
        j += 2 if quote == '"' and text[j] == "\\" else 1
    return j + 1


def _in_comment_or_string(text: str, line_floor: int, at: int) -> bool:
    """Whether ``at`` lies in a comment or a one-line string of its own line."""
    line_start = max(text.rfind("\n", line_floor, at) + 1, line_floor)
    i, quote = line_start, None
    while i < at:
        char = text[i]
        if quote:
            if char == "\\" and quote == '"':
                i += 1
            elif char == quote:
                quote = None
        elif char in "\"'":
            quote = char
        elif char == "#":
            return True
        i += 1
    return quote is not None
