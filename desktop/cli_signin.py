"""Signing in on the command line: every command that opens a database takes
``--user NAME`` and reads the password from the terminal (never echoed) or, in a
script, from ``--password-file FILE`` (its first line). A command that creates a
database (``--create``, ``hmtn center init``) creates its administrator with them
(``--full-name``; the password asked twice at a terminal) and encrypts it.

Exit status: 2 when the command cannot start (no password can be read, a file that
cannot be used), 3 when the sign-in is refused (wrong user name or password, too many
failures: wait, a deactivated person).
"""

import argparse
import getpass
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from db.connection import DatabaseRefused
from desktop.cli_exchange import PassphraseRefused, read_passphrase
from desktop.core import access
from desktop.core.access import recover_key_file
from desktop.core.domain.problems import UserError
from ui.messages import problems_text, refusal_text, translate

if TYPE_CHECKING:
    from desktop.core.services import Services

SIGN_IN_REFUSED = 3


class CommandRefused(Exception):
    """The command stops here; what to say was said. ``status`` is its exit status."""

    def __init__(self, status: int) -> None:
        super().__init__(status)
        self.status = status


def read_password(file: Path | None, prompt: str, *, confirm: bool = False) -> str:
    """The first line of ``file``, or typed at the terminal (twice with ``confirm``).
    CommandRefused (status 2), said, when neither is there or the two entries differ."""
    if file is None and not sys.stdin.isatty():
        _say(translate("Cli", "No password: this command needs --password-file FILE when it"
                              " is not run at a terminal."))  # fmt: skip
        raise CommandRefused(2)
    try:
        return read_passphrase(file, prompt, confirm=confirm)
    except PassphraseRefused as refused:
        _say(str(refused))
        raise CommandRefused(2) from refused
    except (EOFError, getpass.GetPassWarning) as error:
        raise CommandRefused(2) from error


def open_signed_in(args: argparse.Namespace, path: Path, create: bool) -> "Services":
    """The database at ``path`` opened by the person of ``--user``; a new one (made
    only with ``create``) or a plain one (converted only with ``create``) gets that
    person as its administrator. CommandRefused (said) otherwise."""
    state = access.database_state(path)
    user = getattr(args, "user", None)
    try:
        if state == access.AccessState.PLAIN:
            access.check_plain(path)  # a file that is no database says so first
    except DatabaseRefused as refused:
        _say(refusal_text(refused.reason, str(path)))
        raise CommandRefused(2) from refused
    if state != access.AccessState.ENCRYPTED and not create:
        if state == access.AccessState.NEW:
            _say(refusal_text("missing", str(path)))
        else:
            _say(translate("Cli", "{path} is not encrypted yet: create its administrator first"
                                  " (open it in HMTN Desk, or run this command again with"
                                  " --create --user NAME --full-name \"FULL NAME\").")
                 .format(path=path))  # fmt: skip
        raise CommandRefused(2)
    if not user:
        _say(translate("Cli", "Who is signing in? Add --user NAME (and, in a script,"
                              " --password-file FILE)."))  # fmt: skip
        raise CommandRefused(2)
    try:
        if state == access.AccessState.ENCRYPTED:
            password = read_password(
                args.password_file, translate("Cli", "Password of {user}: ").format(user=user)
            )
            return access.sign_in(path, user, password)
        password = read_password(
            args.password_file,
            translate("Cli", "New administrator {user}, choose a password: ").format(user=user),
            confirm=True,
        )
        full_name = getattr(args, "full_name", None) or user
        services = access.create_administrator(path, full_name, user, password, None, create=True)
        print(translate("Cli", "{path} is encrypted; its administrator is {user}.").format(
            path=path, user=user))  # fmt: skip
        return services
    except UserError as error:
        _say(problems_text(error.problems))
        refused = {"sign_in_refused", "sign_in_wait", "staff_inactive"}
        status = SIGN_IN_REFUSED if {p.code for p in error.problems} & refused else 2
        raise CommandRefused(status) from error
    except DatabaseRefused as refused:
        _say(refusal_text(refused.reason, str(path)))
        raise CommandRefused(2) from refused


def recover_key(args: argparse.Namespace) -> int:
    """``hmtn center recover-key``: a laptop's key file with a new wrap for one of its
    users, made with the center's escrow key (see the README, "Encryption at rest")."""
    try:
        escrow_key = args.escrow_key.read_bytes()
    except OSError as error:
        _say(translate("Cli", "{path} cannot be read ({error}).").format(
            path=args.escrow_key, error=error.strerror or error))  # fmt: skip
        return 2
    try:
        passphrase = read_password(
            args.escrow_passphrase_file, translate("Cli", "Passphrase of the escrow key: ")
        )
        password = read_password(
            args.password_file,
            translate("Cli", "New password of {user}: ").format(user=args.user),
            confirm=True,
        )
        recover_key_file(
            escrow_key, passphrase, args.keys, user=args.user, password=password, out=args.out
        )
    except CommandRefused as refused:
        return refused.status
    except UserError as error:
        _say(problems_text(error.problems))
        return 2
    except OSError as error:
        _say(translate("Cli", "{path} cannot be written ({error}).").format(
            path=args.out, error=error.strerror or error))  # fmt: skip
        return 2
    print(translate("Cli", "Key file written: {path}. Put it beside the laptop's database,"
                           " named {name}; then {user} signs in with the new password.")
          .format(path=args.out, name=args.keys.name, user=args.user))  # fmt: skip
    return 0


def _say(text: str) -> None:
    print(text, file=sys.stderr)
