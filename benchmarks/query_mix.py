"""What clerks type into the check-in field, drawn from the registry itself (seeded).

Each kind is a list of different queries, taken from donors picked at random (by rowid)
from the database searched, so that at every size they are real people's names and
numbers; the no-match names are checked to match no one.

* full names as on the card (with diacritics), and typed without them;
* names as typed letter by letter: every prefix (from 2 letters) of a real name;
* family and given name without the middle names ("nguyen an");
* names nobody has: a real family name and an invented given name, and invented
  syllables only;
* CCCD (12 digits), old CMND (9 digits), phone (10 digits);
* date of birth as ddmmyyyy (8 digits: searched as digits and as a date) and as
  dd/mm/yyyy;
* partial digits: the first 3 to 11 digits of a CCCD or a phone, as they are typed.
"""

import random
from dataclasses import dataclass

from desktop.core.domain.text import fold

SEED = 14_014
# Invented syllables: letters Vietnamese names never start or end a syllable with.
_ONSETS = ["bl", "br", "dr", "fl", "fr", "gr", "kl", "pl", "pr", "sk", "sl", "sp", "st",
           "sw", "tw", "vr", "zh", "z", "f", "w", "j"]  # fmt: skip
_NUCLEI = ["a", "e", "i", "o", "u", "ai", "ou", "ea", "oo", "ee"]
_CODAS = ["b", "d", "f", "g", "k", "l", "r", "s", "v", "x", "z", "rk", "lf", "st"]


@dataclass(frozen=True)
class Kind:
    name: str
    queries: list[str]


def query_mix(conn, count: int, seed: int = SEED) -> list[Kind]:
    """``count`` different queries of each kind (names: up to 2 * ``count``; letter by
    letter: the prefixes of ``count // 10`` names), from the database on ``conn``."""
    rng = random.Random(seed)
    donors = _sample(conn, rng, 4 * count)
    named = [d for d in donors if d["full_name"]]
    with_cccd = [d for d in donors if d["national_id"]]
    with_cmnd = [d for d in donors if d["old_id"]]
    with_phone = [d for d in donors if d["phone"]]
    full_names = _distinct(d["full_name"] for d in named)[: 2 * count]
    long_names = [d["name_folded"].split() for d in named if len(d["name_folded"].split()) >= 3]
    families = sorted({d["full_name"].split()[0] for d in named})
    return [
        Kind("CCCD", [d["national_id"] for d in with_cccd[:count]]),
        Kind("old CMND", [d["old_id"] for d in with_cmnd[:count]]),
        Kind("phone", [d["phone"] for d in with_phone[:count]]),
        Kind("partial digits", _partial_digits(rng, with_cccd, with_phone, count)),
        Kind("birth ddmmyyyy", [_dmy(d["birth_date"], "") for d in donors[:count]]),
        Kind("birth dd/mm/yyyy", [_dmy(d["birth_date"], "/") for d in donors[-count:]]),
        Kind("full name, diacritics", full_names[:count]),
        Kind("full name, no diacritics", [fold(n) for n in (full_names[count:] or full_names)]),
        Kind("letter by letter", _prefixes(named[: max(1, count // 10)])),
        Kind("family + given", _distinct(f"{w[0]} {w[-1]}" for w in long_names)[:count]),
        Kind("no match: real family", _no_match(conn, rng, count, families)),
        Kind("no match: invented", _no_match(conn, rng, count, [])),
    ]


def _sample(conn, rng: random.Random, count: int) -> list[dict]:
    top = conn.execute("SELECT max(rowid) FROM donor").fetchone()[0] or 0
    rowids = sorted(rng.sample(range(1, top + 1), min(count, top)))
    columns = ("national_id", "old_id", "phone", "full_name", "name_folded", "birth_date")
    found = {}
    for start in range(0, len(rowids), 500):
        chunk = rowids[start : start + 500]
        marks = ", ".join("?" * len(chunk))
        for row in conn.execute(
            f"SELECT rowid, {', '.join(columns)} FROM donor WHERE rowid IN ({marks})", chunk
        ):
            found[row[0]] = dict(zip(columns, row[1:], strict=True))
    picked = [found[r] for r in rowids if r in found]
    rng.shuffle(picked)
    return picked


def _distinct(texts) -> list[str]:
    return list(dict.fromkeys(texts))


def _dmy(iso: str, separator: str) -> str:
    year, month, day = iso.split("-")
    return separator.join((day, month, year))


def _partial_digits(rng: random.Random, cccd: list, phones: list, count: int) -> list[str]:
    numbers = [d["national_id"] for d in cccd] + [d["phone"] for d in phones]
    rng.shuffle(numbers)
    return [n[: rng.randint(3, min(11, len(n) - 1))] for n in numbers[:count]]


def _prefixes(donors: list[dict]) -> list[str]:
    """Every prefix of each name from its second letter, as the field holds it while
    the name is typed (diacritics and all)."""
    typed = []
    for donor in donors:
        name = donor["full_name"]
        typed += [name[:end] for end in range(2, len(name) + 1) if name[end - 1] != " "]
    return typed


def _no_match(conn, rng: random.Random, count: int, families: list[str]) -> list[str]:
    """Names nobody has: an invented given name after a real family name, or two or
    three invented syllables; each checked against the name index."""
    names: list[str] = []
    while len(names) < count:
        syllables = [_syllable(rng) for _ in range(1 if families else rng.randint(2, 3))]
        name = " ".join(([rng.choice(families)] if families else []) + syllables)
        if name not in names and not _anyone_named(conn, syllables):
            names.append(name)
    return names


def _syllable(rng: random.Random) -> str:
    return rng.choice(_ONSETS) + rng.choice(_NUCLEI) + rng.choice(_CODAS)


def _anyone_named(conn, words: list[str]) -> bool:
    match = " OR ".join(f'"{word}"*' for word in words)
    found = conn.execute(
        "SELECT 1 FROM donor_name_fts WHERE donor_name_fts MATCH ? LIMIT 1", [match]
    ).fetchone()
    return found is not None
