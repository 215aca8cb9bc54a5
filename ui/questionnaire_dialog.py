"""The health questionnaire of one ticket, filled at check-in by the clerk.

Whose record it is stands inside the dialog (ticket, name, date of birth), not only in
the title bar; the dialog fits the laptop's screen (1366 x 768 or 1280 x 720), the
items scrolling inside it.
"""

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from desktop.core.domain.problems import UserError
from desktop.core.domain.records import QueueEntry
from desktop.core.stations.screening import ScreeningService
from ui.formatting import dmy
from ui.forms import action_buttons, heading
from ui.questionnaire_form import QuestionnaireForm
from ui.screen_fit import fit_to_screen
from ui.screening_texts import answered_by_text
from ui.value_names import sex_name

PREFERRED_SIZE = (760, 720)


class QuestionnaireDialog(QDialog):
    def __init__(
        self,
        screening: ScreeningService,
        entry: QueueEntry,
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.screening = screening
        self.entry = entry
        title = self.tr("Health questionnaire — No. {number} {name}").format(
            number=entry.visit.ticket, name=entry.full_name
        )
        self.setWindowTitle(title)
        record = screening.record(entry.visit.id)
        self.donor = heading(
            self.tr("No. {number} — {name} · born {birth} · {sex}").format(
                number=entry.visit.ticket,
                name=entry.full_name,
                birth=dmy(entry.birth_date),
                sex=sex_name(entry.sex),
            )
        )
        self.answered = QLabel(answered_by_text(record))
        self.form = QuestionnaireForm(screening.rules, language)
        self.form.show_answers(entry.sex, record.answers if record else {})
        buttons, self.save_button = action_buttons(self, self.tr("Save the answers"), self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.donor)
        layout.addWidget(self.answered)
        layout.addWidget(self.form, 1)
        layout.addWidget(self.form.errors.label(None))  # what no item of the form is about
        layout.addWidget(buttons)
        self.fit()

    def fit(self, area: QRect | None = None) -> None:
        """The preferred size, or less so that the whole dialog — title bar included —
        is on the screen (``area``: its available part; default, the dialog's screen)."""
        fit_to_screen(self, *PREFERRED_SIZE, area)

    def save(self) -> None:
        answers, problems = self.form.answers()
        self.form.show_problems(problems)
        if problems:
            return
        try:
            self.screening.save_questionnaire(self.entry.visit.id, answers)
        except UserError as error:
            self.form.show_problems(error.problems)
            return
        self.accept()
