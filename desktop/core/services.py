"""The services of one open database, built once by the composition root."""

from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from db import installation
from db.connection import connect, open_database, reader, refusal_for
from db.driver import sqlite3
from db.records import StorageFailure
from desktop.core.backups.service import BackupService
from desktop.core.domain.records import Staff
from desktop.core.domain.vocabulary import InstallationRole
from desktop.core.eligibility.provider import RuleSetProvider
from desktop.core.exchange.center import CenterService
from desktop.core.exchange.center_files import CenterFilesService
from desktop.core.exchange.center_keys import CenterKeysService
from desktop.core.exchange.center_views import CenterViews
from desktop.core.exchange.certificate_keys import CertificateChecks
from desktop.core.exchange.export import ExportService
from desktop.core.exchange.incarnation import check_restored
from desktop.core.exchange.lab_facts import lab_facts
from desktop.core.exchange.lab_service import LabService
from desktop.core.exchange.package_install import PackageInstaller
from desktop.core.exchange.packages import PackageService
from desktop.core.exchange.planning import PlanningService
from desktop.core.exchange.site import IdentityService
from desktop.core.foundation import secrets
from desktop.core.foundation.audit_trail import AuditTrailService
from desktop.core.foundation.changes_elsewhere import ChangesElsewhere
from desktop.core.foundation.events import EventBus
from desktop.core.foundation.integrity import IntegrityService
from desktop.core.foundation.logins import LoginService
from desktop.core.foundation.rule_set_store import RuleSetStore
from desktop.core.foundation.session import Session
from desktop.core.foundation.settings import SettingsService
from desktop.core.foundation.staff import StaffService
from desktop.core.registry.importer import RegistryImporter
from desktop.core.stations.certificates import CertificateService
from desktop.core.stations.checkin import CheckinService
from desktop.core.stations.collection import CollectionService
from desktop.core.stations.din_allocation import DinService
from desktop.core.stations.donor_search import DonorSearcher
from desktop.core.stations.donor_slips import DonorSlipService
from desktop.core.stations.donors import DonorService
from desktop.core.stations.drives import DriveService
from desktop.core.stations.reconciliation import ReconciliationService
from desktop.core.stations.screening import ScreeningService
from desktop.core.stations.site_setup import SiteSetupService


@dataclass
class Services:
    path: Path
    db: Database
    bus: EventBus
    session: Session
    rules: RuleSetProvider
    drives: DriveService
    donors: DonorService
    checkin: CheckinService
    screening: ScreeningService
    dins: DinService
    collection: CollectionService
    reconciliation: ReconciliationService
    certificates: CertificateService
    slips: DonorSlipService
    registry: RegistryImporter
    staff: StaffService
    settings: SettingsService
    setup: SiteSetupService
    exports: ExportService
    package_installer: PackageInstaller  # the center's drive packages, installed here
    identity: IdentityService
    center_keys: CenterKeysService
    center: CenterService  # the provincial center's merge and its lists
    center_views: CenterViews  # those lists as the center's window shows them
    center_files: CenterFilesService  # the sites' export files, imported at the center
    lab: LabService  # the laboratory's results at the center, and what they decide
    planning: PlanningService  # the center's drive calendar, devices and number blocks
    packages: PackageService  # the drive packages the center writes for its laptops
    logins: LoginService  # user names and PINs (passwords unwrap the key: key_file)
    audit: AuditTrailService  # the audit trail: the viewer, its export, the chain's check
    certificate_checks: CertificateChecks  # what a certificate's QR proves; published keys
    backups: BackupService  # the rotation, the USB backup and the checks of a restore
    integrity: IntegrityService  # the whole file's check, in the background once a day
    searcher: DonorSearcher  # the check-in's searches, on a read-only connection of their own
    changes_elsewhere: ChangesElsewhere  # commits of other connections, told on the bus
    database_key: bytes | None = None  # None: a plain (not yet encrypted) database
    locked: Staff | None = None  # who was signed in when the screen locked (access.lock)
    key_file_watched: bool = False  # access keeps the key file in step with the staff

    def close(self) -> None:
        """Close the database (the searcher's connection first: it waits for the search
        running, if any, to stop)."""
        try:
            self.searcher.close()
        finally:
            self.db.close()


def open_services(path: str | Path, *, key: bytes | None = None, create: bool = True) -> Services:
    """Open the database at ``path`` (refusing unsafe files; a missing one is made only
    with ``create``), encrypted with ``key`` (None: a plain one), and build every
    service.

    The services share the connection of the thread that calls this; work meant for a
    worker thread (the registry import) opens a connection of its own, with the key.
    Nobody is signed in (SYSTEM_ACTOR, no role: every write is refused) until
    ``staff.sign_in`` (``desktop.core.access`` signs in after checking credentials).
    """
    path = Path(path)
    db = open_database(path, key=key, create=create)
    try:
        return _build(path, db, key)
    except (sqlite3.Error, StorageFailure) as error:  # its first writes failed
        db.close()
        raise refusal_for(error, path) from error
    except BaseException:
        db.close()
        raise


def _build(path: Path, db: Database, key: bytes | None) -> Services:
    secrets.set_up(db)
    bus, session = EventBus(), Session()
    settings = SettingsService(db, bus, session)
    rules = RuleSetProvider(RuleSetStore(db, bus, session))
    dins = DinService(db, bus, session, settings)
    staff = StaffService(db, bus, session, settings)
    certificates = CertificateService(db, bus, session, settings, rules)
    center = CenterService(db, bus, session, rules)
    donors = DonorService(db, bus, session)
    drives = DriveService(db, bus, session, settings)
    services = Services(
        path=path,
        db=db,
        bus=bus,
        session=session,
        rules=rules,
        drives=drives,
        donors=donors,
        checkin=CheckinService(db, bus, session, rules, settings),
        screening=ScreeningService(db, bus, session, rules),
        dins=dins,
        collection=CollectionService(db, bus, session, settings, dins),
        reconciliation=ReconciliationService(db, bus, session, settings, rules),
        certificates=certificates,
        slips=DonorSlipService(db, bus, session, settings, rules),
        registry=RegistryImporter(lambda: connect(path, key), bus, session),
        staff=staff,
        settings=settings,
        setup=SiteSetupService(settings, staff, dins, certificates),
        exports=ExportService(db, bus, session, lambda: connect(path, key)),
        package_installer=PackageInstaller(lambda: connect(path, key), bus, session),
        identity=IdentityService(db, bus, session, settings),
        center_keys=CenterKeysService(db, bus, session, settings),
        center=center,
        center_views=CenterViews(center, donors),
        center_files=CenterFilesService(db, bus, session, rules, lambda: connect(path, key)),
        lab=LabService(db, bus, session, lambda: connect(path, key)),
        planning=PlanningService(db, bus, session, drives),
        packages=PackageService(db, bus, session, lambda: connect(path, key), lab_facts),
        logins=LoginService(db, bus, session),
        audit=AuditTrailService(db, bus, session, lambda: connect(path, key)),
        certificate_checks=CertificateChecks(db, bus, session, settings),
        backups=BackupService(
            db,
            bus,
            session,
            settings,
            path,
            connect=lambda: connect(path, key),
            open_database=lambda target: open_database(target, key=key, create=False),
            key=key,
        ),
        integrity=IntegrityService(db, bus, session, path=path, key=key),
        searcher=DonorSearcher(lambda: reader(path, key), bus, session),
        changes_elsewhere=ChangesElsewhere(db, bus),
        database_key=key,
    )
    _new_incarnation_if_restored(services)
    return services


def _new_incarnation_if_restored(services: "Services") -> None:
    """A laptop's database restored from a backup starts its new incarnation as soon as
    it is opened, before its first change: waiting for the next export would let the
    changes made meanwhile reuse change numbers the laptop had already exported (the
    center refuses such a file)."""
    if installation.current(services.db)["role"] == InstallationRole.SITE:
        check_restored(services.db, services.session.actor)
