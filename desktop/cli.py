"""The ``hmtn`` command (also ``python -m desktop``).

    hmtn [--db PATH | --demo] [--drive CODE] [--lang vi|en]   open the application
    hmtn drives [--db PATH]                                   list the drives
    hmtn demo [--db PATH] [--reset]                           write (or rebuild) the demo database
    hmtn registry import FILE [--db PATH]                     import the center's registry
    hmtn rules test CASES.csv [--rules FILE]                  validate an eligibility rule set
    hmtn labels print --drive CODE --count N --out FILE.pdf   allocate DINs, write label sets
    hmtn certificates print --drive CODE --mode blank|overlay [--all|--pending]
         [--first-serial S] [--printer NAME] [--preview] --out FILE.pdf

Commands other than the window itself never load the widget toolkit, so they run on
machines without a screen.
"""

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from platformdirs import user_data_path

if TYPE_CHECKING:
    from desktop.core.services import Services

APP_NAME = "hmtn-desk"


def default_db_path() -> Path:
    return user_data_path(APP_NAME, appauthor=False) / "hmtn.sqlite3"


def demo_db_path() -> Path:
    return user_data_path(APP_NAME, appauthor=False) / "demo.sqlite3"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="hmtn", description="HMTN Desk: voluntary blood drive desk application"
    )
    parser.add_argument("--db", type=Path, help="database file (default: the user data folder)")
    parser.add_argument("--lang", choices=("vi", "en"), help="interface language")
    parser.add_argument("--demo", action="store_true", help="open the demo database")
    parser.add_argument("--drive", help="code of the drive to open")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    drives = commands.add_parser("drives", help="list the drives of the database")
    drives.add_argument("--db", type=Path, dest="sub_db", help="database file")

    demo = commands.add_parser("demo", help="write the demo database without opening a window")
    demo.add_argument(
        "--db", type=Path, dest="sub_db", help="file to write (default: the app's demo database)"
    )
    demo.add_argument(
        "--reset", action="store_true", help="rebuild an existing demo database in place"
    )
    demo.add_argument("--donors", type=int, default=None, help="registry size (default 20000)")
    demo.add_argument("--seed", type=int, default=None, help="random seed")

    registry = commands.add_parser("registry", help="the donor registry from the center")
    registry_commands = registry.add_subparsers(dest="registry_command", required=True)
    registry_import = registry_commands.add_parser("import", help="import a registry CSV file")
    registry_import.add_argument("file", type=Path)
    registry_import.add_argument("--db", type=Path, dest="sub_db", help="database file")

    rules = commands.add_parser("rules", help="the eligibility rule set")
    rules_commands = rules.add_subparsers(dest="rules_command", required=True)
    rules_test = rules_commands.add_parser(
        "test", help="evaluate every case of a CSV file against a rule set"
    )
    rules_test.add_argument("cases", type=Path, help="cases file (CSV, see the README)")
    rules_test.add_argument(
        "--rules", type=Path, help="rule-set file (default: the rule set shipped with the app)"
    )

    labels = commands.add_parser("labels", help="donation identification number labels")
    labels_commands = labels.add_subparsers(dest="labels_command", required=True)
    labels_print = labels_commands.add_parser(
        "print", help="allocate DINs to a drive and write their label sets as PDF"
    )
    labels_print.add_argument("--drive", dest="label_drive", required=True, help="drive code")
    labels_print.add_argument("--count", type=int, required=True, help="number of label sets")
    labels_print.add_argument("--out", type=Path, required=True, help="PDF file to write")
    labels_print.add_argument(
        "--layout", choices=("50x25", "70x30", "a4"), default="70x30", help="label size"
    )
    labels_print.add_argument("--tubes", type=int, help="sample tube labels per set")
    labels_print.add_argument("--fin", help="facility identification number, if not set yet")
    labels_print.add_argument("--db", type=Path, dest="sub_db", help="database file")

    certificates = commands.add_parser("certificates", help="donation certificates")
    certificate_commands = certificates.add_subparsers(dest="certificates_command", required=True)
    certificates_print = certificate_commands.add_parser(
        "print", help="write the drive's certificates as PDF and enter them in the register"
    )
    certificates_print.add_argument("--drive", dest="certificate_drive", required=True)
    certificates_print.add_argument("--mode", choices=("blank", "overlay"), required=True)
    which = certificates_print.add_mutually_exclusive_group()
    which.add_argument("--all", action="store_true", help="every complete donation")
    which.add_argument("--pending", action="store_true", help="not yet issued (default)")
    certificates_print.add_argument("--first-serial", help="serial of the first form (overlay)")
    certificates_print.add_argument("--printer", help="use this printer's saved offsets")
    certificates_print.add_argument(
        "--preview", action="store_true", help="write the pages, record nothing"
    )
    certificates_print.add_argument("--out", type=Path, required=True, help="PDF file to write")
    certificates_print.add_argument("--db", type=Path, dest="sub_db", help="database file")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    db_path = getattr(args, "sub_db", None) or args.db
    if args.command is None:
        return _open_window(args, db_path)
    from ui.translators import DEFAULT_LANGUAGE, console_translators

    console_translators(args.lang or DEFAULT_LANGUAGE)
    handlers: dict[str, Callable[[argparse.Namespace, Path | None], int]] = {
        "drives": _list_drives,
        "demo": _write_demo,
        "registry": _import_registry,
        "rules": _test_rules,
        "labels": _print_labels,
        "certificates": _print_certificates,
    }
    return handlers[args.command](args, db_path)


def _open_window(args: argparse.Namespace, db_path: Path | None) -> int:
    if args.demo:
        db_path = db_path or demo_db_path()
        if not db_path.exists():
            from desktop.demo.builder import build_demo

            # Before the window exists there is no translator yet: say it in both.
            print(f"Đang tạo cơ sở dữ liệu mẫu / Creating the demo database: {db_path}")
            build_demo(db_path, say=lambda text: print(" ", text, flush=True))
    from desktop.app import run_app

    return run_app(db_path or default_db_path(), language=args.lang, drive_code=args.drive)


def _open_services(db_path: Path | None) -> "Services | None":
    from db.connection import DatabaseRefused
    from desktop.core.services import open_services
    from ui.messages import refusal_text

    path = db_path or default_db_path()
    try:
        return open_services(path)
    except DatabaseRefused as refused:
        print(refusal_text(refused.reason, str(path)), file=sys.stderr)
        return None


def _list_drives(args: argparse.Namespace, db_path: Path | None) -> int:
    from desktop.core.domain.dates import dmy
    from ui.messages import translate
    from ui.value_names import campaign_name, drive_status_name

    services = _open_services(db_path)
    if services is None:
        return 2
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


def _print_table(headers: tuple[str, ...], rows: list[tuple[str, ...]]) -> None:
    widths = [max(len(str(r[i])) for r in [headers, *rows]) for i in range(len(headers))]
    for row in [headers, *rows]:
        print("  ".join(str(cell).ljust(width) for cell, width in zip(row, widths, strict=True)))


def _write_demo(args: argparse.Namespace, db_path: Path | None) -> int:
    """Write the demo database, or with --reset rebuild one in place (through SQLite)."""
    from db.connection import DatabaseRefused
    from desktop.demo import builder
    from ui.messages import refusal_text, translate

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
    from ui.messages import import_report_lines, translate

    if not args.file.is_file():
        print(translate("Cli", "File not found: {path}").format(path=args.file), file=sys.stderr)
        return 2
    services = _open_services(db_path)
    if services is None:
        return 2
    try:
        report = services.registry.import_file(args.file)
    finally:
        services.close()
    for line in import_report_lines(report):
        print(line)
    return 0 if report.ok else 1


def _test_rules(args: argparse.Namespace, db_path: Path | None) -> int:
    """One PASS/FAIL line per case, then "N passed, M failed"; 0 only if all pass.

    The lines are in English whatever the language: they go into validation records.
    """
    from desktop.core.eligibility.harness import CaseError, read_cases, run_cases
    from desktop.core.eligibility.ruleset import DEFAULT_RULE_SET, RuleSetError, load_rule_set

    rules_path = args.rules or DEFAULT_RULE_SET
    try:
        rules = load_rule_set(rules_path)
        rows = read_cases(args.cases)
    except (RuleSetError, CaseError) as error:
        print(error, file=sys.stderr)
        return 2
    except OSError as error:
        print(f"{args.cases}: cannot be read ({error.strerror or error})", file=sys.stderr)
        return 2
    print(f"Rule set {rules.version} ({rules_path})", file=sys.stderr)
    passed = failed = 0
    for result in run_cases(rules, rows):
        print(result.line())
        passed, failed = passed + result.passed, failed + (not result.passed)
    print(f"{passed} passed, {failed} failed")
    return 0 if failed == 0 and passed > 0 else 1


def _print_labels(args: argparse.Namespace, db_path: Path | None) -> int:
    """Pre-drive preparation: allocate the DINs and write their label sets."""
    from desktop.core.domain.problems import UserError
    from desktop.core.jobs.labels import LabelJob
    from ui.messages import problems_text, translate

    services = _open_services(db_path)
    if services is None:
        return 2
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
    """The same pages as the certificate desk; entered in the register unless --preview."""
    from desktop.core.domain.problems import UserError
    from desktop.core.jobs.certificates import CertificateJob
    from ui.messages import problems_text, translate

    services = _open_services(db_path)
    if services is None:
        return 2
    try:
        drive = services.drives.by_code(args.certificate_drive)
        entries = services.certificates.entries(drive)
        pending = [e.donation_id for e in entries if e.pending]
        issued = [e.certificate_id for e in entries if not e.pending] if args.all else []
        if issued and args.mode == "overlay":
            print(translate("Cli", "Issued certificates carry their own serials: print them"
                            " again one by one, or use --pending."), file=sys.stderr)  # fmt: skip
            return 2
        job = CertificateJob.issue(
            services.certificates, drive, pending, args.mode, args.first_serial
        ).and_reprint(issued)
        if args.printer:
            job = job.with_offset(services.certificates.overlay_offset(args.printer))
        if not job.planned:
            print(translate("Cli", "No certificate to print."))
            return 0
        pages = job.render(args.out)
        if not args.preview:
            job.commit()
    except UserError as error:
        print(problems_text(error.problems), file=sys.stderr)
        return 2
    except OSError as error:
        print(translate("Cli", "{path} cannot be written ({error}).").format(
            path=args.out, error=error), file=sys.stderr)  # fmt: skip
        return 2
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
