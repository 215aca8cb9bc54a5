"""The line of a station that says what the last action did.

Done in green, refused or failed in red, anything else (the user cancelled) plain. The
next action replaces the line or clears it: it never goes on showing an earlier action
as if it were the last one.
"""

from dataclasses import dataclass
from enum import Enum

from PySide6.QtWidgets import QLabel, QWidget

from ui.forms import ERROR_STYLE

DONE_STYLE = "color: #1b5e20; font-weight: bold;"


class Tone(Enum):
    DONE = DONE_STYLE
    FAILED = ERROR_STYLE
    NOTE = ""


@dataclass(frozen=True)
class Said:
    """What an action did, in the user's words, and how it went."""

    text: str
    tone: Tone = Tone.DONE


class StatusLine(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.tone: Tone | None = None

    def say(self, said: Said) -> None:
        self.tone = said.tone
        self.setStyleSheet(said.tone.value)
        self.setText(said.text)

    def done(self, text: str) -> None:
        self.say(Said(text, Tone.DONE))

    def failed(self, text: str) -> None:
        self.say(Said(text, Tone.FAILED))

    def clear(self) -> None:
        self.tone = None
        super().clear()
