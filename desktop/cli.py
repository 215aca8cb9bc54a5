"""The ``hmtn`` command (also ``python -m desktop``).

    hmtn [--db PATH | --demo] [--drive CODE] [--lang vi|en]   open the application
    hmtn drives [--db PATH]                                   list the drives
    hmtn drives report --drive CODE --out FILE.pdf            the end-of-day report
    hmtn demo [--db PATH] [--reset]                           write (or rebuild) the demo database
    hmtn registry import FILE [--db PATH]                     import the center's registry
    hmtn rules test CASES.csv [--rules FILE]                  validate an eligibility rule set
    hmtn labels print --drive CODE --count N --out FILE.pdf   allocate DINs, write label sets
    hmtn certificates print --drive CODE --mode blank|overlay [--all|--pending]
         [--first-serial S] [--printer NAME] [--preview] --out FILE.pdf
    hmtn certificates verify "QR TEXT" (--db CENTER | --keys FILE --center-key PUB)
    hmtn export --out DIR [--db PATH]                         the export file for the center
    hmtn package import FILE [--db PATH]                      install the center's drive package
    hmtn center init --db CENTER --keys DIR [--passphrase-file F]   make the center's keys
    hmtn center devices [add DIR | revoke DEVICE --reason R | list]   the center's devices
    hmtn center package --device DEVICE --out DIR [--passphrase-file F]  a drive package
    hmtn center certificate-keys --db CENTER --out FILE         keys to check certificates
    hmtn center lab import FILE... --db CENTER                 the laboratory's results
    hmtn device set-center DIR | enrol --out DIR | new-incarnation  this laptop's identity
    hmtn audit verify [--db PATH]                             check the audit trail's chain
    hmtn backup [--to DIR] | list | key --out DIR              backups (see the README)
    hmtn restore FILE [--identity KEYFILE] [--yes]             restore a checked backup

Commands other than the window itself never load the widget toolkit, so they run on
machines without a screen. A ``--db`` path that does not exist is created only with
``--create`` (the window asks instead). No command ever ends in a traceback: whatever
nobody expected is logged to hmtn.log and told in a plain sentence, with status 2.
"""

import argparse
import datetime as dt
import logging
import sys
import traceback
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path
from typing import TYPE_CHECKING

from platformdirs import user_data_path, user_log_path

from desktop.cli_parser import build_parser

if TYPE_CHECKING:
    from desktop.core.jobs.certificates import CertificateJob
    from desktop.core.services import Services

APP_NAME = "hmtn-desk"
DEMO_DONORS_RANGE = (300, 2_000_000)


def default_db_path() -> Path:
    return user_data_path(APP_NAME, appauthor=False) / "hmtn.sqlite3"


def demo_db_path() -> Path:
    return user_data_path(APP_NAME, appauthor=False) / "demo.sqlite3"


def main(argv: list[str] | None = None) -> int:
    from desktop.cli_signin import CommandRefused

    args = build_parser().parse_args(argv)
    with _command_language(args):
        try:
            return _run(args)
        except CommandRefused as refused:  # said already
            return refused.status
        except KeyboardInterrupt:
            return 130
        except Exception as error:  # the last resort: never a traceback on the terminal
            return _unexpected(error)


def _command_language(args: argparse.Namespace) -> AbstractContextManager[object]:
    """A command speaks its language until it ends (the window installs its own)."""
    if args.command is None:
        return nullcontext()
    from ui.translators import DEFAULT_LANGUAGE, console_translators

    return console_translators(args.lang or DEFAULT_LANGUAGE)


def _run(args: argparse.Namespace) -> int:
    db_path = getattr(args, "sub_db", None) or args.db
    if args.command is None:
        return _open_window(args, db_path)
    _log_to_file()
    handlers: dict[str, Callable[[argparse.Namespace, Path | None], int]] = {
        "drives": _list_drives,
        "demo": _write_demo,
        "registry": _import_registry,
        "rules": _test_rules,
        "labels": _print_labels,
        "certificates": _print_certificates,
        "export": _export,
        "package": _exchange,
        "center": _exchange,
        "device": _exchange,
        "audit": _audit,
        "backup": _backups,
        "restore": _backups,
    }
    return handlers[args.command](args, db_path)


def _exchange(args: argparse.Namespace, db_path: Path | None) -> int:
    from desktop import cli_center_import, cli_center_lab, cli_exchange

    if args.command == "center" and args.center_command == "import":
        return cli_center_import.run_import(args, db_path)
    if args.command == "center" and args.center_command == "lab":
        return cli_center_lab.run_lab(args, db_path)
    if args.command == "center" and args.center_command == "recover-key":
        from desktop.cli_signin import recover_key

        return recover_key(args)
    if args.command == "center" and args.center_command == "certificate-keys":
        from desktop import cli_certificates

        return cli_certificates.run_keys(args, db_path)
    if args.command == "package" or getattr(args, "center_command", None) == "package":
        from desktop import cli_package

        run = cli_package.run_package if args.command == "center" else cli_package.run_install
        return run(args, db_path)
    run = cli_exchange.run_center if args.command == "center" else cli_exchange.run_device
    return run(args, db_path)


def _audit(args: argparse.Namespace, db_path: Path | None) -> int:
    from desktop.cli_audit import run_verify

    return run_verify(args, db_path, _open_services)


def _backups(args: argparse.Namespace, db_path: Path | None) -> int:
    from desktop import cli_backup

    return cli_backup.run(args, db_path)


def _unexpected(error: BaseException) -> int:
    """Details to the log file, a plain sentence to the terminal; exit status 2."""
    from ui.messages import storage_error_text, translate

    log_file = _log_error(error)
    text = storage_error_text(error) or translate(
        "Cli",
        "Something went wrong and the command did not finish. Everything saved before is"
        " safe. Details were written to {log}.",
    ).format(log=log_file or "hmtn.log")
    print(text, file=sys.stderr)
    return 2


def _log_to_file() -> None:
    """What the core logs (a warning with its traceback) goes to the log file: with no
    handler, Python prints it on the terminal. The window sets up its own."""
    root = logging.getLogger()
    if root.handlers:
        return
    handler: logging.Handler
    try:
        folder = user_log_path(APP_NAME, appauthor=False)
        folder.mkdir(parents=True, exist_ok=True)
        handler = logging.FileHandler(folder / "hmtn.log", encoding="utf-8")
    except OSError:  # no log folder (a read-only home): nothing goes to the terminal
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)


def _log_error(error: BaseException) -> Path | None:
    try:
        folder = user_log_path(APP_NAME, appauthor=False)
        folder.mkdir(parents=True, exist_ok=True)
        log_file = folder / "hmtn.log"
        details = "".join(traceback.format_exception(error))
        with log_file.open("a", encoding="utf-8") as log:
            log.write(f"{dt.datetime.now().isoformat()} ERROR hmtn: {' '.join(sys.argv)}\n")
            log.write(details)
    except OSError:  # no log folder (a read-only home): the sentence still goes out
        return None
    return log_file


def _open_window(args: argparse.Namespace, db_path: Path | None) -> int:
    if args.demo:
        db_path = db_path or demo_db_path()
        from desktop.demo.builder import is_older_demo, rebuild_older_demo

        if not db_path.exists() or is_older_demo(db_path):  # an older one: plain, no users
            # Before the window exists there is no translator yet: say it in both.
            print(f"Đang tạo cơ sở dữ liệu mẫu / Creating the demo database: {db_path}")
            rebuild_older_demo(db_path, say=lambda text: print(" ", text, flush=True))
    from desktop.app import run_app

    # The default database is made on first use; a path typed by hand is asked about.
    create = args.create or args.demo or db_path is None
    hint = _demo_hint if args.demo else None
    return run_app(
        db_path or default_db_path(), language=args.lang, drive_code=args.drive, create=create,
        sign_in_hint=hint,
    )  # fmt: skip


def _demo_hint() -> str:
    """The demo's administrator and password, said in the window's language (called
    once its translator is installed)."""
    from desktop.demo.builder import DEMO_ADMIN
    from ui.messages import translate

    return translate(
        "App", "Demo database: user {user}, password {password} (the README lists every user)."
    ).format(user=DEMO_ADMIN[2], password=DEMO_ADMIN[3])


def _open_services(
    args: argparse.Namespace, db_path: Path | None, create: bool = False
) -> "Services":
    """The database opened by the person of ``--user`` (desktop.cli_signin); the
    default database is made on first use. CommandRefused, said, otherwise."""
    from desktop.cli_signin import open_signed_in

    return open_signed_in(args, db_path or default_db_path(), create or db_path is None)


def _list_drives(args: argparse.Namespace, db_path: Path | None) -> int:
    if getattr(args, "drives_command", None) == "report":
        return _write_report(args, db_path)
    from desktop.core.domain.dates import dmy
    from ui.messages import translate
    from ui.value_names import campaign_name, drive_status_name

    services = _open_services(args, db_path, args.sub_create or args.create)
    drives = services.drives.all()
    services.close()
    if not drives:
        print(translate("Cli", "No drives yet."))
        return 0
    headers = (
        translate("Cli", "Code"),
        translate("Cli", "Date"),
        translate("Cli", "Status"),
        translate("Cli", "Checked in"),
        translate("Cli", "Place"),
        translate("Cli", "Campaign"),
    )
    rows = [
        (d.code, dmy(d.drive_date), drive_status_name(d.status), str(d.checked_in),
         f"{d.place_name}, {d.province_name}", campaign_name(d.campaign, d.campaign_other))
        for d in drives
    ]  # fmt: skip
    _print_table(headers, rows)
    return 0


def _write_report(args: argparse.Namespace, db_path: Path | None) -> int:
    """The end-of-day report of a drive, as the reconciliation dialog offers it."""
    from desktop.core.domain.problems import UserError
    from desktop.core.jobs.reports import render_end_of_day
    from desktop.core.stations.end_of_day import end_of_day_report
    from ui.messages import problems_text, translate

    services = _open_services(args, db_path)
    try:
        drive = services.drives.by_code(args.report_drive)
        pages = render_end_of_day(end_of_day_report(services.reconciliation, drive), args.out)
    except UserError as error:
        print(problems_text(error.problems), file=sys.stderr)
        return 2
    except OSError as error:
        print(translate("Cli", "{path} cannot be written ({error}).").format(
            path=args.out, error=error), file=sys.stderr)  # fmt: skip
        return 2
    finally:
        services.close()
    print(translate("Cli", "End-of-day report of drive {code} ({pages} pages): {path}").format(
        code=drive.code, pages=pages, path=args.out))  # fmt: skip
    return 0


def _print_table(headers: tuple[str, ...], rows: list[tuple[str, ...]]) -> None:
    widths = [max(len(str(r[i])) for r in [headers, *rows]) for i in range(len(headers))]
    for row in [headers, *rows]:
        print("  ".join(str(cell).ljust(width) for cell, width in zip(row, widths, strict=True)))


def _write_demo(args: argparse.Namespace, db_path: Path | None) -> int:
    """Write the demo database, or with --reset rebuild one in place (through SQLite)."""
    from db.connection import DatabaseRefused
    from desktop.demo import builder
    from ui.messages import refusal_text, translate

    low, high = DEMO_DONORS_RANGE
    if args.donors is not None and not low <= args.donors <= high:
        print(translate("Cli", "--donors takes a number from {low} to {high}.").format(
            low=low, high=high), file=sys.stderr)  # fmt: skip
        return 2
    path = db_path or demo_db_path()
    build = builder.reset_demo if args.reset else builder.build_demo
    try:
        build(
            path,
            donors=args.donors or builder.DEMO_DONORS,
            seed=args.seed if args.seed is not None else builder.DEMO_SEED,
            say=lambda text: print(" ", text, flush=True),
        )
    except builder.DemoExists:
        print(translate("Cli", "{path} already exists; choose another file, or rebuild it"
                        " with --reset.").format(path=path))  # fmt: skip
        return 2
    except builder.NotADemo:
        print(translate("Cli", "{path} is not a demo database; it was left as it is.").format(
            path=path), file=sys.stderr)  # fmt: skip
        return 2
    except DatabaseRefused as refused:
        print(refusal_text(refused.reason, str(path)), file=sys.stderr)
        return 2
    done = (
        translate("Cli", "Demo database rebuilt: {path}")
        if args.reset
        else translate("Cli", "Demo database written: {path}")
    )
    print(done.format(path=path))
    return 0


def _import_registry(args: argparse.Namespace, db_path: Path | None) -> int:
    from desktop.core.domain.problems import UserError
    from ui.messages import import_report_lines, problems_text, translate

    if not args.file.is_file():
        print(translate("Cli", "File not found: {path}").format(path=args.file), file=sys.stderr)
        return 2
    services = _open_services(args, db_path, args.sub_create or args.create)
    try:
        report = services.registry.import_file(args.file)
    except UserError as error:  # another import is being stored
        print(problems_text(error.problems), file=sys.stderr)
        return 2
    finally:
        services.close()
    for line in import_report_lines(report):
        print(line)
    return 0 if report.ok else 1


def _test_rules(args: argparse.Namespace, db_path: Path | None) -> int:
    """The rule set's identity, one PASS/FAIL line per case, then "N passed, M failed";
    exit 0 only if all pass, 1 if a case fails, 2 if a file cannot be used.

    The lines are in English whatever the language: they go into validation records.
    What is wrong with a file goes to stderr in the interface language, with its line.
    """
    from desktop.core.eligibility.harness import CaseError, read_cases, run_cases
    from desktop.core.eligibility.ruleset import DEFAULT_RULE_SET, RuleSetError, load_rule_set
    from ui.messages import rule_set_problem_lines, translate

    rules_path = args.rules or DEFAULT_RULE_SET
    try:
        rules = load_rule_set(rules_path)
    except RuleSetError as error:
        title = translate("Cli", "{path} cannot be used as a rule set:").format(path=rules_path)
        print("\n".join([title, *rule_set_problem_lines(error.problems)]), file=sys.stderr)
        return 2
    try:
        rows = read_cases(args.cases)
    except CaseError as error:
        print(error, file=sys.stderr)
        return 2
    except OSError as error:
        print(f"{args.cases}: cannot be read ({error.strerror or error})", file=sys.stderr)
        return 2
    passed = failed = 0
    try:
        print(f"Rule set {rules.version} (sha256 {rules.sha256}) from {rules_path}")
        for result in run_cases(rules, rows):
            print(result.line())
            passed, failed = passed + result.passed, failed + (not result.passed)
        print(f"{passed} passed, {failed} failed", flush=True)
    except BrokenPipeError:  # the reader went away (`| head`): stop without a traceback
        sys.stdout = None  # nothing more to flush at exit
        return 1
    return 0 if failed == 0 and passed > 0 else 1


def _print_labels(args: argparse.Namespace, db_path: Path | None) -> int:
    """Pre-drive preparation: allocate the DINs and write their label sets."""
    from desktop.core.domain.problems import UserError
    from desktop.core.jobs.labels import LabelJob
    from ui.messages import problems_text, translate

    services = _open_services(args, db_path, args.sub_create or args.create)
    try:
        drive = services.drives.by_code(args.label_drive)
        tubes = args.tubes if args.tubes is not None else services.dins.sample_tubes()
        if args.fin:
            services.dins.set_fin(args.fin)
        job = LabelJob.new(services.dins, drive, args.count, args.layout, tubes)
        pages = job.render(args.out)
        job.commit()
    except UserError as error:
        print(problems_text(error.problems), file=sys.stderr)
        return 2
    except OSError as error:
        print(translate("Cli", "{path} cannot be written ({error}); the DINs stay allocated"
                        " to the drive and can be reprinted.").format(path=args.out, error=error),
              file=sys.stderr)  # fmt: skip
        return 2
    finally:
        services.close()
    first, last = job.numbers[0].eye_readable(), job.numbers[-1].eye_readable()
    print(
        translate("Cli", "{count} label sets ({pages} pages): {first} to {last}, in {path}").format(
            count=len(job.numbers), pages=pages, first=first[0], last=last[0], path=args.out
        )
    )
    return 0


def _print_certificates(args: argparse.Namespace, db_path: Path | None) -> int:
    """The same pages as the certificate desk; entered in the register unless --preview.

    The serials are reserved in the register before the file is written; if it cannot
    be written they are voided with the reason, and the next run takes new ones."""
    from desktop.core.domain.problems import UserError
    from desktop.core.domain.vocabulary import CertificateMode, CertificateStatus
    from desktop.core.foundation.files import refuse_open_database
    from desktop.core.jobs.certificates import CertificateJob
    from ui.messages import problems_text, translate

    if args.certificates_command == "verify":
        from desktop import cli_certificates

        return cli_certificates.run_verify(args)
    services = _open_services(args, db_path, args.sub_create or args.create)
    job: CertificateJob | None = None
    rendered = False  # once the file is written, a failure leaves the serials reserved
    try:
        refuse_open_database(args.out)  # before any serial is reserved
        drive = services.drives.by_code(args.certificate_drive)
        entries = services.certificates.entries(drive)
        pending = [e.donation_id for e in entries if e.pending]
        issued = [e.certificate_id for e in entries if e.status == CertificateStatus.ISSUED]
        issued = issued if args.all else []
        if issued and args.mode == CertificateMode.OVERLAY:
            print(translate("Cli", "Issued certificates carry their own serials: print them"
                            " again one by one, or use --pending."), file=sys.stderr)  # fmt: skip
            return 2
        make = CertificateJob.preview if args.preview else CertificateJob.issue
        job = make(services.certificates, drive, pending, args.mode, args.first_serial)
        job = job.and_reprint(issued)
        if args.printer:
            job = job.with_offset(services.certificates.overlay_offset(args.printer))
        if not job.planned:
            print(translate("Cli", "No certificate to print."))
            return 0
        pages = job.render(args.out)
        rendered = True
        if not args.preview:
            job.commit()
    except UserError as error:
        # e.g. a reprint refused after the reservation
        _abandon(job, rendered, translate("Cli", "Not printed: the command was refused"))
        print(problems_text(error.problems), file=sys.stderr)
        return 2
    except OSError as error:
        _abandon(job, rendered, translate(
            "Cli", "Not printed: {path} could not be written ({error})"
        ).format(path=args.out, error=error))  # fmt: skip
        print(translate("Cli", "{path} cannot be written ({error}).").format(
            path=args.out, error=error), file=sys.stderr)  # fmt: skip
        return 2
    except BaseException:
        # interrupted or failed before the pages
        _abandon(
            job, rendered, translate("Cli", "Not printed: the command was interrupted or failed")
        )
        raise
    finally:
        services.close()
    serials = [item.serial for item in job.planned]
    line = translate(
        "Cli", "{count} certificates ({pages} pages), serials {first} to {last}: {path}"
    )
    print(line.format(count=len(serials), pages=pages, first=serials[0], last=serials[-1],
                      path=args.out))  # fmt: skip
    if args.preview:
        print(translate("Cli", "Preview only: nothing was entered in the register."))
    return 0


def _abandon(job: "CertificateJob | None", rendered: bool, reason: str) -> None:
    """Void the serials a job reserved for pages that were never written (once they
    are, a failure leaves them reserved: the pages may be on their way)."""
    if job is not None and not rendered:
        job.abandon(reason)


def _export(args: argparse.Namespace, db_path: Path | None) -> int:
    """The export file for the center, as the Drive menu writes it; its path last."""
    from desktop.core.domain.problems import UserError
    from ui.center_names import table_name
    from ui.messages import problems_text, translate

    services = _open_services(args, db_path)
    try:
        result = services.exports.export(args.out)
    except UserError as error:
        print(problems_text(error.problems), file=sys.stderr)
        return 2
    finally:
        services.close()
    records = ", ".join(  # each kind of record in words, never its table's name
        f"{table_name(table)} {count}" for table, count in result.records.items() if count
    )
    print(translate("Cli", "Export no. {number} (changes after {first} up to {last}): {records}.")
          .format(number=result.number, first=result.seq_from, last=result.seq_to,
                  records=records or "0"))  # fmt: skip
    print(translate("Cli", "Signature: {path}").format(path=result.signature_path))
    print(result.path)
    return 0
