"""The deferral slip (A6 or the 80 mm roll) and the queue ticket, read back from the PDF:
the reasons in plain words, the date to come back, and no diagnosis on paper."""

import datetime as dt
import io

import pypdfium2
import pytest

from desktop.core.domain.answers import Answer
from desktop.core.domain.problems import UserError
from desktop.core.domain.vocabulary import ScreeningDecision
from desktop.core.jobs.reports import render_deferral_slip, render_queue_ticket
from desktop.core.stations.screening import DoctorDecision
from tests.pdf_reading import assert_only_noto_embedded, flat, missing_glyphs, page_text
from tests.people import acting, everyone_person
from tests.test_screening_service import HEALTHY, codes
from tests.test_screening_service import doctor as doctor_fixture
from tests.test_screening_service import ticket as ticket_fixture

doctor, ticket = doctor_fixture, ticket_fixture
MM = 72 / 25.4


def read(data: bytes) -> tuple[str, list[tuple[float, float]]]:
    document = pypdfium2.PdfDocument(data)
    try:
        text = flat(" ".join(page_text(page) for page in document))
        sizes = [(p.get_size()[0] / MM, p.get_size()[1] / MM) for p in document]
        return text, sizes
    finally:
        document.close()


def defer(services, ticket, doctor, answers, decision) -> None:
    services.screening.save_questionnaire(ticket.id, answers)
    services.screening.decide(ticket.id, HEALTHY, DoctorDecision(decision))


@pytest.mark.parametrize(("size", "width"), [("a6", 105), ("80mm", 80)])
def test_a_deferral_slip_says_why_and_until_when(services, drive, ticket, doctor, size, width):
    with acting(services, everyone_person(services)):  # the administrator's setting
        services.certificates.set_texts("Viện Huyết học", "Đường dây nóng 1900 0000")
    tattoo = {"tattoo": Answer(True, dt.date(2026, 9, 1))}
    defer(services, ticket, doctor, tattoo, ScreeningDecision.DEFER_TEMPORARY)
    out = io.BytesIO()
    render_deferral_slip(services.slips.deferral_slip(drive, ticket.id), out, size)
    text, sizes = read(out.getvalue())
    assert "PHIẾU TẠM HOÃN HIẾN MÁU" in text
    assert "Hôm nay anh/chị chưa hiến máu được vì:" in text
    tattoo_name = services.rules.current.questions["tattoo"].label("vi")
    assert tattoo_name in text
    assert "có thể đăng ký hiến máu lại từ ngày 01/03/2027" in text
    assert "Đường dây nóng 1900 0000" in text
    assert sizes[0][0] == pytest.approx(width, abs=0.5)
    assert_only_noto_embedded(out.getvalue())
    assert not missing_glyphs(out.getvalue())


def test_a_permanent_deferral_slip_names_no_diagnosis(services, drive, ticket, doctor):
    defer(
        services, ticket, doctor, {"hepatitis_c": Answer(True)}, ScreeningDecision.DEFER_PERMANENT
    )
    out = io.BytesIO()
    render_deferral_slip(services.slips.deferral_slip(drive, ticket.id), out)
    text, _sizes = read(out.getvalue())
    assert "không nên đăng ký hiến máu lại" in text
    assert "viêm gan" not in text.lower() and "hepatitis" not in text.lower()
    assert "bác sĩ đã giải thích trực tiếp" in text


def test_only_a_deferred_donor_gets_a_deferral_slip(services, drive, ticket):
    with pytest.raises(UserError) as refused:
        services.slips.deferral_slip(drive, ticket.id)
    assert codes(refused.value) == ["not_deferred"]


def test_a_queue_ticket_is_only_for_a_ticket_of_the_drive(services, drive):
    with pytest.raises(UserError) as refused:
        services.slips.queue_ticket(drive, "no-such-ticket")
    assert codes(refused.value) == ["visit_not_found"]


def test_the_queue_ticket_on_the_roll(services, drive, ticket):
    out = io.BytesIO()
    render_queue_ticket(services.slips.queue_ticket(drive, ticket.id), out)
    text, sizes = read(out.getvalue())
    assert ticket.ticket == "A1" and "SỐ THỨ TỰ A1" in text and "HM261124" in text
    assert services.donors.get(ticket.donor_id).full_name in text
    assert sizes[0][0] == pytest.approx(80, abs=0.5) and sizes[0][1] < 120
    assert not services.slips.print_queue_tickets
    services.slips.set_print_queue_tickets(True)
    assert services.slips.print_queue_tickets  # remembered
