"""This laptop's desk letter and DIN block, as the first-run set-up and the device
settings ask for them.

The block fields follow the letter while they hold the letter's default block (A:
000001–038461, B: 038462–076922, ...); a block the center gave stays as typed.
"""

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.core.domain.desk import MAX_DIN_SEQUENCE, default_din_block, valid_desk_letter
from desktop.core.foundation.settings import DeskNumbers
from ui.forms import FieldErrors, hbox
from ui.messages import translate


class DeskFields:
    def __init__(self, numbers: DeskNumbers, errors: FieldErrors) -> None:
        self.errors = errors
        self.letter = QLineEdit(numbers.letter)
        self.letter.setMaxLength(1)
        self.letter.setFixedWidth(48)
        self.letter.setToolTip(
            translate("DeskFields", "A to Z, a different letter on each laptop of the site")
        )
        self.first = QLineEdit(str(numbers.din_block_first))
        self.last = QLineEdit(str(numbers.din_block_last))
        for edit in (self.first, self.last):
            edit.setMaxLength(len(str(MAX_DIN_SEQUENCE)))
            edit.setFixedWidth(96)
        self._letter_before = numbers.letter
        self.letter.textEdited.connect(self._letter_edited)

    def add_rows(self, form: QFormLayout) -> None:
        hint = QLabel(translate("DeskFields", "on queue tickets (B12), serials and drive codes"))
        hint.setEnabled(False)
        self.errors.add_row(
            form, translate("DeskFields", "Desk letter"), hbox(self.letter, hint), "desk_letter"
        )
        row = hbox(self.first, QLabel("–"), self.last)
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(row)
        column.addWidget(self.errors.label("din_block_first"))
        column.addWidget(self.errors.label("din_block_last"))
        form.addRow(translate("DeskFields", "DIN block of this laptop"), box)
        self.errors.watch(self.first, "din_block_first")
        self.errors.watch(self.last, "din_block_last")

    def values(self) -> tuple[str, str, str]:
        """(letter, first, last) as typed."""
        return self.letter.text(), self.first.text(), self.last.text()

    def _letter_edited(self, text: str) -> None:
        letter = text.strip().upper()
        if text != letter:
            self.letter.setText(letter)
        if not valid_desk_letter(letter):
            return
        shown = (self.first.text().strip(), self.last.text().strip())
        previous = tuple(str(n) for n in default_din_block(self._letter_before))
        if shown == previous:
            first, last = default_din_block(letter)
            self.first.setText(str(first))
            self.last.setText(str(last))
        self._letter_before = letter
