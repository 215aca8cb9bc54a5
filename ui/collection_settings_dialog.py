"""The collection settings of this site: FIN, sample tube labels, collection time limits."""

from PySide6.QtWidgets import QDialog, QFormLayout, QLineEdit, QSpinBox, QVBoxLayout, QWidget

from desktop.core.domain.problems import UserError
from desktop.core.stations.collection import CollectionService
from desktop.core.stations.din_allocation import MAX_TUBES, DinService
from ui.forms import FieldErrors, action_buttons


class CollectionSettingsDialog(QDialog):
    def __init__(
        self, dins: DinService, collection: CollectionService, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.dins = dins
        self.collection = collection
        self.setWindowTitle(self.tr("Collection settings"))
        self.setMinimumWidth(460)
        self.errors = FieldErrors()
        self.fin = QLineEdit(dins.fin() or "")
        self.fin.setPlaceholderText("A1234")
        self.tubes = QSpinBox()
        self.tubes.setRange(0, MAX_TUBES)
        self.tubes.setValue(dins.sample_tubes())
        limits = collection.limits
        self.min_minutes = QLineEdit(str(limits.minimum))
        self.max_minutes = QLineEdit(str(limits.maximum))
        form = QFormLayout()
        self.errors.add_row(form, self.tr("Facility identification number (FIN)"), self.fin, "fin")
        self.errors.add_row(form, self.tr("Sample tube labels per set"), self.tubes, "tubes")
        self.errors.add_row(
            form, self.tr("Confirm a collection shorter than (minutes)"), self.min_minutes,
            "min_minutes",
        )  # fmt: skip
        self.errors.add_row(
            form, self.tr("Confirm a collection longer than (minutes)"), self.max_minutes,
            "max_minutes",
        )  # fmt: skip
        buttons, self.save_button = action_buttons(self, self.tr("Save"), self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def save(self) -> None:
        problems = []
        for action in (
            lambda: self.dins.set_fin(self.fin.text()),
            lambda: self.dins.set_sample_tubes(self.tubes.value()),
            lambda: self.collection.set_limits(self.min_minutes.text(), self.max_minutes.text()),
        ):
            try:
                action()
            except UserError as error:
                problems.extend(error.problems)
        self.errors.show(problems, focus=True)
        if not problems:
            self.accept()
