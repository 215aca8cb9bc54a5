"""A province or commune/ward picker: pick from the list, or type any part of the name.

Typing ignores case and accents and takes d for đ ("ha" offers Hà Nội, Hà Tĩnh, Hải
Phòng…, "nam dinh" Phường Nam Định); the matching and its order are the core's
(``places.matching``).
"""

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from desktop.core.domain import places
from desktop.core.domain.places import Place


class PlacePicker(QComboBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.places: list[Place] = []
        self.matches = QStringListModel(self)
        # The list is filtered here, not by Qt (which knows nothing of accents); the
        # completer only shows it. Not the line edit's own completer: that one would
        # write each highlighted name over what is being typed.
        self.setCompleter(None)
        self.finder = QCompleter(self.matches, self)
        self.finder.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.finder.setWidget(self.lineEdit())
        self.finder.activated.connect(self._picked)
        self.lineEdit().textEdited.connect(self._offer)

    def set_places(self, choices: list[Place]) -> None:
        """The places to choose from; none chosen."""
        self.places = choices
        self.clear()
        for place in choices:
            self.addItem(place.name, place.code)
        self.setCurrentIndex(-1)

    def chosen_code(self) -> str:
        """The code of the place named in the box (picked, or typed in full with or
        without accents); "" when the text names none."""
        text = self.currentText()
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            return self.itemData(index)
        place = places.named(self.places, text)
        return place.code if place else ""

    def offered(self) -> list[str]:
        """The names offered for what is typed, in their order."""
        return self.matches.stringList() if self.finder.popup().isVisible() else []

    def _offer(self, text: str) -> None:
        """The places matching what is typed, the best first and highlighted: Enter
        (or a click) takes it, the arrows move through the others."""
        found = places.matching(self.places, text) if text.strip() else []
        self.matches.setStringList([place.name for place in found])
        popup = self.finder.popup()
        if not found:
            popup.hide()
            return
        self.finder.complete()
        popup.setCurrentIndex(self.finder.completionModel().index(0, 0))

    def _picked(self, name: str) -> None:
        self.setCurrentIndex(self.findText(name, Qt.MatchFlag.MatchExactly))
