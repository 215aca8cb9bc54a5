"""The first-run set-up: what the stations need, asked for once instead of station by
station when each first needs it.

The site's collecting facility (printed on the certificates and the thank-you slip),
its site code, its FIN, this laptop's desk letter and DIN block (so that two laptops
of the site never give the same ticket, DIN or serial), and at least one screening
doctor and one collection nurse.
Everything is checked before anything is saved; then each part is saved by the service
that owns it (certificates, settings, DINs, staff), as its own settings screen would,
all in one transaction.
"""

from dataclasses import dataclass

from desktop.core.domain.desk import DEFAULT_DESK_LETTER, default_din_block
from desktop.core.domain.isbt128 import DinError, check_fin
from desktop.core.domain.problems import Problem, UserError
from desktop.core.domain.records import Staff
from desktop.core.domain.text import nfc
from desktop.core.domain.vocabulary import StaffRole
from desktop.core.foundation.settings import DeskNumbers, SettingsService
from desktop.core.foundation.staff import StaffService
from desktop.core.stations.certificates import CertificateService
from desktop.core.stations.din_allocation import DinService


@dataclass(frozen=True)
class SiteSetupForm:
    facility: str = ""
    contact: str = ""
    site_code: str = ""
    fin: str = ""
    desk_letter: str = DEFAULT_DESK_LETTER
    din_block_first: str = str(default_din_block(DEFAULT_DESK_LETTER)[0])
    din_block_last: str = str(default_din_block(DEFAULT_DESK_LETTER)[1])
    doctor: str = ""  # a doctor to add; may stay empty once the site has one
    nurse: str = ""  # a nurse to add; likewise


@dataclass(frozen=True)
class SiteSetup:
    """What is set up now."""

    facility: str
    contact: str
    site_code: str
    fin: str
    desk: DeskNumbers
    doctors: list[Staff]
    nurses: list[Staff]

    @property
    def complete(self) -> bool:
        return all((self.facility, self.site_code, self.fin, self.doctors, self.nurses))

    def form(self) -> SiteSetupForm:
        """The form as it opens: what is already set, and no one new to add."""
        return SiteSetupForm(
            self.facility,
            self.contact,
            self.site_code,
            self.fin,
            self.desk.letter,
            str(self.desk.din_block_first),
            str(self.desk.din_block_last),
        )


class SiteSetupService:
    def __init__(
        self,
        settings: SettingsService,
        staff: StaffService,
        dins: DinService,
        certificates: CertificateService,
    ) -> None:
        self.settings = settings
        self.staff = staff
        self.dins = dins
        self.certificates = certificates

    def current(self) -> SiteSetup:
        active = self.staff.active()
        return SiteSetup(
            facility=self.certificates.facility,
            contact=self.certificates.center_contact,
            site_code=self.settings.device().site_code,
            fin=self.dins.fin() or "",
            desk=self.settings.desk_numbers(),
            doctors=[s for s in active if StaffRole.DOCTOR in s.roles],
            nurses=[s for s in active if StaffRole.NURSE in s.roles],
        )

    def needed(self) -> bool:
        """True while something the stations need is missing (a new database)."""
        return not self.current().complete

    def problems(self, form: SiteSetupForm) -> list[Problem]:
        """Every problem with the form, each tied to its field (nothing saved)."""
        now = self.current()
        problems = []
        if not nfc(form.facility):
            problems.append(Problem("required", field="facility"))
        problems += self.settings.site_code_problems(form.site_code)
        try:
            check_fin(form.fin)
        except DinError as error:
            problems.append(error.problem)
        problems += self.settings.desk_problems(
            form.desk_letter, form.din_block_first, form.din_block_last
        )
        for field, role, present in (
            ("doctor", StaffRole.DOCTOR, now.doctors),
            ("nurse", StaffRole.NURSE, now.nurses),
        ):
            name = getattr(form, field)
            if nfc(name) or not present:
                problems += [
                    Problem(p.code, p.params, field) for p in self.staff.problems(name, role)
                ]
        return problems

    def save(self, form: SiteSetupForm) -> SiteSetup:
        """Check everything, then save each part through the service that owns it, all
        in one transaction: a part that fails saves nothing."""
        self.settings.session.require(StaffRole.ADMIN)
        problems = self.problems(form)
        if problems:
            raise UserError(*problems)
        with self.settings.all_or_nothing():
            self.certificates.set_texts(form.facility, form.contact)
            device = self.settings.device()
            self.settings.update_device(form.site_code, device.device_name)
            self.dins.set_fin(form.fin)
            self.settings.set_desk_numbers(
                form.desk_letter, form.din_block_first, form.din_block_last
            )
            for name, role in ((form.doctor, StaffRole.DOCTOR), (form.nurse, StaffRole.NURSE)):
                if nfc(name):
                    self.staff.add(name, role)
        return self.current()
