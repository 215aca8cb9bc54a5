"""The screening measurements and the doctor's name, each field with its error line."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from desktop.core.domain.problems import Problem
from desktop.core.domain.records import ScreeningRecord
from desktop.core.eligibility.measurements import MeasurementForm
from ui.forms import FieldErrors, hbox
from ui.screen_fit import fit_placeholder


def _number_text(value: float | None) -> str:
    return "" if value is None else f"{value:g}"


class MeasurementFields(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.errors = FieldErrors()
        self.weight = self._field(self.tr("kg"))
        self.systolic = self._field(self.tr("systolic"))
        self.diastolic = self._field(self.tr("diastolic"))
        self.pulse = self._field(self.tr("/min"))
        self.pulse_regular = QCheckBox(self.tr("regular"))
        self.pulse_regular.setChecked(True)
        self.pulse_regular.toggled.connect(self.changed)
        self.hb = self._field(self.tr("g/L"))
        self.hb_method = QComboBox()
        self.hb_method.addItem(self.tr("quick meter"), "quick_meter")
        self.hb_method.addItem(self.tr("copper sulphate"), "copper_sulphate")
        self.hbsag = QComboBox()
        for text, code in (
            (self.tr("— not recorded —"), None),
            (self.tr("negative"), "negative"),
            (self.tr("positive"), "positive"),
            (self.tr("not done"), "not_done"),
        ):
            self.hbsag.addItem(text, code)
        self.hbsag.currentIndexChanged.connect(self.changed)
        self.temperature = self._field(self.tr("°C (optional)"))
        # The decision is the signed-in doctor's: their name, never a choice.
        self.doctor = QLabel()

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.errors.add_row(form, self.tr("Weight"), self.weight, "weight_kg")
        self.errors.add_row(form, self.tr("Blood pressure"), self._pair(), "systolic")
        form.addRow("", self.errors.label("diastolic"))
        self.errors.add_row(form, self.tr("Pulse"), hbox(self.pulse, self.pulse_regular), "pulse")
        self.errors.add_row(form, self.tr("Haemoglobin"), hbox(self.hb, self.hb_method), "hb_g_l")
        self.errors.add_row(form, self.tr("HBsAg rapid test"), self.hbsag, "hbsag")
        self.errors.add_row(form, self.tr("Temperature"), self.temperature, "temperature_c")
        self.errors.add_row(form, self.tr("Doctor"), self.doctor, "doctor")

    def _field(self, placeholder: str) -> QLineEdit:
        field = QLineEdit()
        field.setPlaceholderText(placeholder)
        field.setMaximumWidth(110)
        fit_placeholder(field)
        field.textChanged.connect(self.changed)
        return field

    def _pair(self) -> QWidget:
        return hbox(self.systolic, self.diastolic)

    def show_doctor(self, name: str) -> None:
        """The person signed in, whose name the decision will carry."""
        self.doctor.setText(name)

    def form(self) -> MeasurementForm:
        return MeasurementForm(
            weight_kg=self.weight.text(),
            systolic=self.systolic.text(),
            diastolic=self.diastolic.text(),
            pulse=self.pulse.text(),
            pulse_regular=self.pulse_regular.isChecked(),
            hb_g_l=self.hb.text(),
            hb_method=self.hb_method.currentData(),
            hbsag=self.hbsag.currentData(),
            temperature_c=self.temperature.text(),
        )

    def show_record(self, record: ScreeningRecord | None) -> None:
        """Fill from a stored screening (measurements of an earlier, reopened decision)."""
        widgets = (
            self.weight,
            self.systolic,
            self.diastolic,
            self.pulse,
            self.hb,
            self.temperature,
        )
        for widget in widgets:
            widget.blockSignals(True)
        self.weight.setText(_number_text(record.weight_kg) if record else "")
        self.systolic.setText(_number_text(record.systolic) if record else "")
        self.diastolic.setText(_number_text(record.diastolic) if record else "")
        self.pulse.setText(_number_text(record.pulse) if record else "")
        self.hb.setText(_number_text(record.hb_g_l) if record else "")
        self.temperature.setText(_number_text(record.temperature_c) if record else "")
        for widget in widgets:
            widget.blockSignals(False)
        self.pulse_regular.setChecked(record is None or record.pulse_regular is not False)
        self.hbsag.setCurrentIndex(max(self.hbsag.findData(record.hbsag if record else None), 0))
        self.errors.clear()

    def show_problems(self, problems: list[Problem]) -> None:
        self.errors.show(p for p in problems if p.field in self.errors.labels)
