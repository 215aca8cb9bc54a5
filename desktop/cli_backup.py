"""``hmtn backup`` and ``hmtn restore`` (see ``desktop.cli`` for the rules every command
keeps: no traceback, a plain sentence and status 2 when refused)."""

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.cli import _open_services, _print_table
from desktop.cli_exchange import _with_services
from desktop.core.backups.rotation import BackupReason
from desktop.core.domain.problems import UserError
from ui.backup_texts import contents_lines, numbers_lines, reason_name, size_text, when_text
from ui.messages import problems_text, translate

if TYPE_CHECKING:
    from desktop.core.services import Services


def run(args: argparse.Namespace, db_path: Path | None) -> int:
    if args.command == "restore":
        return _restore(args, db_path)
    handlers = {None: _back_up, "list": _list, "key": _make_key}
    handler = handlers[getattr(args, "backup_command", None)]
    return _with_services(args, db_path, lambda services: handler(args, services))


def _back_up(args: argparse.Namespace, services: "Services") -> int:
    if args.to is not None:
        written = services.backups.to_usb(args.to)
        line = translate("Cli", "Encrypted backup written: {path} ({size}, for {count} keys)")
        print(
            line.format(path=written.path, size=size_text(written.size), count=written.recipients)
        )
        return 0
    made = services.backups.back_up(BackupReason.MANUAL)
    assert made is not None  # only automatic backups are skipped
    print(translate("Cli", "Backup written: {path} ({size})").format(
        path=made.path, size=size_text(made.size)))  # fmt: skip
    return 0


def _list(_args: argparse.Namespace, services: "Services") -> int:
    backups = services.backups.backups()
    if not backups:
        print(
            translate("Cli", "No backups yet in {folder}.").format(folder=services.backups.folder())
        )
        return 0
    headers = (translate("Cli", "Made"), translate("Cli", "Why"), translate("Cli", "Size"),
               translate("Cli", "File"))  # fmt: skip
    rows = [(when_text(b.made_at), reason_name(b.reason), size_text(b.size), str(b.path))
            for b in backups]  # fmt: skip
    _print_table(headers, rows)
    return 0


def _make_key(args: argparse.Namespace, services: "Services") -> int:
    path = services.backups.make_admin_key(args.out)
    print(translate("Cli", "The administrator's backup key was written to {path}. Keep it away"
                    " from this laptop: a USB backup opens only with it (or the center's"
                    " key).").format(path=path))  # fmt: skip
    return 0


def _restore(args: argparse.Namespace, db_path: Path | None) -> int:
    """Check the backup, show what it holds, ask, then restore with the database closed."""
    services = _open_services(args, db_path)
    checked = None
    try:
        try:
            restorer = services.backups.restorer()
            checked = services.backups.check(args.file, args.identity)
        finally:
            services.close()
        print(translate("Cli", "Backup {file}").format(file=args.file))
        for line in contents_lines(checked):
            print("  " + line)
        if not args.yes and not _confirmed():
            return 2
        report = restorer.run(checked)
    except UserError as error:
        print(problems_text(error.problems), file=sys.stderr)
        return 2
    except OSError as error:
        line = translate("Cli", "{path} cannot be written ({error}).")
        print(line.format(path=error.filename, error=error.strerror or error), file=sys.stderr)
        return 2
    finally:
        if checked is not None:
            checked.discard()
    print(translate("Cli", "Restored. The database as it was before is kept as {path}.").format(
        path=report.aside or "—"))  # fmt: skip
    if report.incarnation:
        print(translate("Cli", "This laptop now exchanges with the center as a new incarnation"
                        " ({incarnation}).").format(incarnation=report.incarnation))  # fmt: skip
    for line in numbers_lines(report.numbers):
        print(line)
    return 0


def _confirmed() -> bool:
    if not sys.stdin.isatty():
        print(translate("Cli", "Nothing was restored: confirm with --yes when no one is at a"
                        " terminal to answer."), file=sys.stderr)  # fmt: skip
        return False
    answer = input(translate("Cli", "Restore it? The current database is kept aside."
                             " Type yes to restore: "))  # fmt: skip
    if answer.strip().lower() not in {"yes", translate("Cli", "yes").lower()}:
        print(translate("Cli", "Nothing was restored."), file=sys.stderr)
        return False
    return True
