"""The toolbar that says who is working: the signed-in person, chosen from the active
staff. Every record and decision is made in this person's name."""

from PySide6.QtWidgets import QComboBox, QLabel, QToolBar, QWidget

from desktop.core.foundation.session import Session
from desktop.core.foundation.staff import StaffService
from ui.signals import ModelSignals


class OperatorBar(QToolBar):
    def __init__(
        self,
        staff: StaffService,
        session: Session,
        signals: ModelSignals,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Operator"))
        self.staff = staff
        self.session = session
        self.setMovable(False)
        self.addWidget(QLabel(self.tr("Operator: ")))
        self.operator = QComboBox()
        self.operator.setMinimumWidth(220)
        self.operator.activated.connect(self._chosen)
        self.addWidget(self.operator)
        self.fill()
        signals.staffChanged.connect(self.fill)

    def fill(self) -> None:
        self.operator.clear()
        current = self.session.actor.staff_id
        for person in self.staff.active():
            self.operator.addItem(person.full_name, person)
            if person.id == current:
                self.operator.setCurrentIndex(self.operator.count() - 1)

    def _chosen(self, index: int) -> None:
        person = self.operator.itemData(index)
        if person is not None:
            self.staff.sign_in(person)
