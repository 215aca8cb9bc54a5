"""The check-in field's searches run on their own thread: as the clerk types on, the
searches gone stale are dropped (only the results for the text in the field are ever
shown), Enter opens the donor of the text it was pressed on, never an older result,
and a search that fails is said in words."""

from db.connection import reader
from desktop.core.stations.donor_search import DonorSearcher
from tests.ui.keyboard import type_keys
from tests.ui.searching import settled
from ui.checkin_screen import CheckinScreen
from ui.signals import ModelSignals


def names(screen) -> list[str]:
    return [donor.full_name for donor in screen.results_model.donors]


def shown_as_typed(screen) -> list[tuple[str, list[str]]]:
    """Each list of results as it is shown, with the text in the field at that moment."""
    shown: list[tuple[str, list[str]]] = []
    screen.results_model.modelReset.connect(
        lambda: shown.append((screen.search_field.text(), names(screen)))
    )
    return shown


def test_typing_on_drops_the_stale_searches(qtbot, screen, registry, services):
    shown = shown_as_typed(screen)
    screen.search_field.setFocus()
    for letter in "tran minh":  # a search after each letter, as after a pause
        type_keys(screen.search_field, letter)
        screen._search_now()
    settled(qtbot, screen)
    assert names(screen) == ["Trần Minh Khoa"]
    assert shown, "nothing shown"
    for text, found in shown:  # never a stale list under a newer text
        assert found == [d.full_name for d in services.donors.lookup(text).donors], text
    assert shown[-1][0] == "tran minh"


def test_enter_opens_the_donor_of_the_text_typed_not_an_older_result(qtbot, screen, registry):
    screen.search_field.setFocus()
    type_keys(screen.search_field, "tran minh khoa")
    screen._search_now()
    qtbot.waitUntil(lambda: names(screen) == ["Trần Minh Khoa"])
    screen.search_field.selectAll()
    type_keys(screen.search_field, "dang van duc\r")  # Enter before its results came
    settled(qtbot, screen)
    assert screen.card.name_label.text() == "Đặng Văn Đức"
    assert screen.search_field.text() == ""


def test_a_search_that_fails_is_said_in_words(qtbot, services, drive, tmp_path):
    """The searcher meets a file that is no database (no traceback reaches the clerk)."""
    garbage = tmp_path / "not-a-database.sqlite3"
    garbage.write_bytes(b"not a database " * 400)
    searcher = DonorSearcher(lambda: reader(garbage), services.bus, services.session)
    signals = ModelSignals(services.bus)
    screen = CheckinScreen(services.donors, services.checkin, drive, signals, searcher=searcher)
    qtbot.addWidget(screen)
    try:
        screen.search_field.setFocus()
        type_keys(screen.search_field, "tran\r")
        settled(qtbot, screen)
        qtbot.waitUntil(lambda: not screen.message_label.isHidden())
        said = screen.message_label.text()
        assert said and "Traceback" not in said and "DatabaseError" not in said
    finally:
        qtbot.waitUntil(lambda: screen._search is None)
        searcher.close()
