"""Vietnam's administrative units (34 provinces, communes and wards since July 2025).

Backed by the maintained ``vietnam-provinces`` package; this module only adapts it.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from vietnam_provinces import Province, ProvinceCode, Ward, WardCode

from desktop.core.domain.text import fold

_TYPE_PREFIXES = ("Thành phố ", "Tỉnh ", "Phường ", "Xã ", "Đặc khu ")


def _proper_name(name: str) -> str:
    """The name without its kind: "Thành phố Hà Nội" -> "Hà Nội", "Phường Láng" -> "Láng"."""
    for prefix in _TYPE_PREFIXES:
        name = name.removeprefix(prefix)
    return name


def _sort_key(place: "Place") -> str:
    """Sort by the proper name: "Thành phố Hà Nội" files under H, "Phường Láng" under L."""
    return fold(_proper_name(place.name))


@dataclass(frozen=True)
class Place:
    code: str
    name: str


@cache
def provinces() -> list[Place]:
    """All provinces, sorted by name as a Vietnamese reader expects (diacritics ignored)."""
    places = [Place(str(int(p.code)), p.name) for p in Province.iter_all()]
    return sorted(places, key=_sort_key)


@cache
def wards(province_code: str) -> list[Place]:
    """Communes, wards and special zones of a province, sorted by name."""
    code = ProvinceCode(int(province_code))
    places = [Place(str(int(w.code)), w.name) for w in Ward.iter_by_province(code)]
    return sorted(places, key=_sort_key)


def province(code: str) -> Place | None:
    try:
        p = Province.from_code(ProvinceCode(int(code)))
    except ValueError:
        return None
    return Place(str(int(p.code)), p.name)


def ward(code: str, province_code: str) -> Place | None:
    """The ward with ``code`` if it belongs to the province, else None."""
    try:
        w = Ward.from_code(WardCode(int(code)))
    except ValueError:
        return None
    if str(int(w.province_code)) != str(int(province_code)):
        return None
    return Place(str(int(w.code)), w.name)


def matching(candidates: Iterable[Place], typed: str) -> list[Place]:
    """The places whose name holds what was typed, ignoring case and accents, đ as d
    ("ha" finds Hà Nội, "nam dinh" Phường Nam Định). Those whose proper name starts with
    it come first, then those with a word starting with it, then the rest, each in the
    order given. The kind ("Thành phố", "Phường") matches only at the start: "ph" does
    not list every ward."""
    query = fold(typed)
    ranked: list[tuple[int, int, Place]] = []
    for order, place in enumerate(candidates):
        rank = _rank(fold(_proper_name(place.name)), fold(place.name), query)
        if rank is not None:
            ranked.append((rank, order, place))
    return [place for _, _, place in sorted(ranked, key=lambda r: r[:2])]


def _rank(proper: str, full: str, query: str) -> int | None:
    if proper.startswith(query):
        return 0
    if full.startswith(query) or f" {query}" in f" {proper}":
        return 1
    return 2 if query in proper else None


def named(candidates: Iterable[Place], typed: str) -> Place | None:
    """The place whose name is what was typed, ignoring case and accents, with or
    without its kind ("ha noi" is Thành phố Hà Nội); None if none, or several."""
    query = fold(typed)
    if not query:
        return None
    found = [p for p in candidates if query in (fold(p.name), fold(_proper_name(p.name)))]
    return found[0] if len(found) == 1 else None
