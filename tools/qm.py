"""Reading compiled Qt Linguist catalogs (.qm): the contexts and source strings they hold.

Qt ships no Vietnamese catalog of its own strings (the file and print dialogs, the
message boxes); ``ui/i18n/qt_extra_vi.ts`` provides one. Qt ships no .ts sources in the
wheel either, only compiled catalogs of other languages: their messages name every
context and source string Qt translates, which is what ``tools/i18n.py qt`` checks ours
against.
"""

import struct
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLibraryInfo

# The contexts of Qt's strings in the dialogs the app opens.
QT_CONTEXTS = (
    "QPlatformTheme", "QDialogButtonBox", "QDialog", "QMessageBox", "QInputDialog",
    "QProgressDialog", "QFileDialog", "QFileSystemModel", "QAbstractFileIconProvider",
    "QPrintDialog", "QPrintPropertiesDialog", "QPrintPropertiesWidget", "QPrintSettingsOutput",
    "QPrintWidget", "QPageSetupWidget", "QPageSize", "QCupsJobWidget", "QCupsPrinterSupport",
    "QPPDOptionsModel", "QLineEdit", "QWidgetTextControl", "QAbstractSpinBox", "QScrollBar",
    "QTabBar", "QComboBox", "QUnicodeControlCharacterMenu",
)  # fmt: skip
QT_LICENCE = "<p>Qt is a C++ toolkit"  # the About Qt box's licence text: never shown here
MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_MESSAGES = 0x69
_END, _TRANSLATION, _OBSOLETE1, _SOURCE, _CONTEXT, _COMMENT = 1, 3, 5, 6, 7, 8


@dataclass(frozen=True)
class QtMessage:
    context: str
    source: str
    comment: str
    numerus: bool  # the catalog holds several plural forms of it


def read_qm(path: Path) -> Iterator[QtMessage]:
    """The messages of one .qm file (those with a source text)."""
    data = path.read_bytes()
    if data[:16] != MAGIC:
        raise ValueError(f"{path} is not a Qt translation file")
    position, blocks = 16, {}
    while position < len(data):
        tag = data[position]
        (length,) = struct.unpack(">I", data[position + 1 : position + 5])
        blocks[tag] = data[position + 5 : position + 5 + length]
        position += 5 + length
    yield from _messages(blocks.get(_MESSAGES, b""))


def _messages(block: bytes) -> Iterator[QtMessage]:
    position, fields, translations = 0, {}, 0
    while position < len(block):
        tag = block[position]
        position += 1
        if tag == _END:
            if "source" in fields:
                yield QtMessage(
                    fields.get("context", ""), fields["source"], fields.get("comment", ""),
                    translations > 1,
                )  # fmt: skip
            fields, translations = {}, 0
            continue
        if tag == _OBSOLETE1:
            continue
        (length,) = struct.unpack(">I", block[position : position + 4])
        position += 4
        if length == 0xFFFFFFFF:  # a null string
            continue
        raw = block[position : position + length]
        position += length
        if tag == _TRANSLATION:
            translations += 1
        elif tag in (_SOURCE, _CONTEXT, _COMMENT):
            name = {_SOURCE: "source", _CONTEXT: "context", _COMMENT: "comment"}[tag]
            fields[name] = raw.decode("utf-8")


def qt_sources() -> set[tuple[str, str]]:
    """(context, source) of every string Qt translates in QT_CONTEXTS, as the catalogs of
    all the languages Qt ships name them (some keep strings of earlier versions)."""
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    return {
        (message.context, message.source)
        for qm in sorted(folder.glob("qtbase_*.qm"))
        for message in read_qm(qm)
        if message.context in QT_CONTEXTS and not message.source.startswith(QT_LICENCE)
    }
