"""Finding a province or ward by any part of its name, without accents."""

from desktop.core.domain import places


def names(found: list[places.Place]) -> list[str]:
    return [place.name for place in found]


def test_typing_without_accents_finds_the_province_best_first():
    found = names(places.matching(places.provinces(), "ha"))
    assert found[:3] == ["Thành phố Hà Nội", "Hà Tĩnh", "Thành phố Hải Phòng"]
    assert "Thanh Hóa" in found  # "ha" anywhere in the name, after the better ones
    assert "Thành phố Cần Thơ" not in found  # not for the "h…a" of "Thành phố"


def test_d_for_the_crossed_d_and_any_case():
    assert names(places.matching(places.provinces(), "DONG")) == [
        "Đồng Nai",
        "Đồng Tháp",
        "Lâm Đồng",
    ]
    assert names(places.matching(places.provinces(), "thanh pho h")) == [
        "Thành phố Hà Nội",
        "Thành phố Hải Phòng",
        "Thành phố Hồ Chí Minh",
        "Thành phố Huế",
    ]


def test_a_ward_by_part_of_its_name():
    ninh_binh = places.named(places.provinces(), "ninh binh")
    found = names(places.matching(places.wards(ninh_binh.code), "nam dinh"))
    assert found == ["Phường Nam Định"]
    nam = names(places.matching(places.wards(ninh_binh.code), "nam"))
    assert nam[0] == "Phường Nam Định" and nam[-2:] == ["Phường Hà Nam", "Phường Thành Nam"]


def test_a_name_typed_in_full_without_accents_names_the_place():
    provinces = places.provinces()
    assert places.named(provinces, "ha noi").name == "Thành phố Hà Nội"
    assert places.named(provinces, "Thanh pho Ha Noi").name == "Thành phố Hà Nội"
    assert places.named(provinces, "ha") is None
