"""The health questionnaire of one ticket, filled at check-in by the clerk."""

from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from desktop.core.domain.problems import UserError
from desktop.core.domain.records import QueueEntry
from desktop.core.stations.screening import ScreeningService
from ui.forms import ERROR_STYLE, action_buttons, heading
from ui.messages import problems_text
from ui.questionnaire_form import QuestionnaireForm
from ui.screening_texts import answered_by_text


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
            number=entry.visit.queue_no, name=entry.full_name
        )
        self.setWindowTitle(title)
        self.resize(760, 620)  # inside a 1280 x 720 screen with its title bar and panel
        record = screening.record(entry.visit.id)
        self.answered = QLabel(answered_by_text(record))
        self.form = QuestionnaireForm(screening.rules, language)
        self.form.show_answers(entry.sex, record.answers if record else {})
        self.message = QLabel()
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.hide()
        buttons, self.save_button = action_buttons(self, self.tr("Save the answers"), self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(title))  # whose answers these are, inside the dialog
        layout.addWidget(self.answered)
        layout.addWidget(self.form, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def save(self) -> None:
        answers, problems = self.form.answers()
        self.form.show_problems(problems)
        if problems:
            return
        try:
            self.screening.save_questionnaire(self.entry.visit.id, answers)
        except UserError as error:
            self.form.show_problems(error.problems)
            self.message.setText(problems_text(p for p in error.problems if p.field is None))
            self.message.setVisible(any(p.field is None for p in error.problems))
            return
        self.accept()
