"""Vietnam's administrative units (34 provinces, communes and wards since July 2025).

Backed by the maintained ``vietnam-provinces`` package; this module only adapts it.
"""

from dataclasses import dataclass
from functools import cache

from vietnam_provinces import Province, ProvinceCode, Ward, WardCode

from desktop.core.domain.text import fold

_TYPE_PREFIXES = ("Thành phố ", "Tỉnh ", "Phường ", "Xã ", "Đặc khu ")


def _sort_key(place: "Place") -> str:
    """Sort by the proper name: "Thành phố Hà Nội" files under H, "Phường Láng" under L."""
    name = place.name
    for prefix in _TYPE_PREFIXES:
        name = name.removeprefix(prefix)
    return fold(name)


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
