"""How staff sign in on this laptop: user names, PINs and the slow-down after failures.

A password is no business of this module (it unwraps the database key: ``key_file``).
A PIN is a few digits: its argon2id hash lives in the encrypted database and it only
switches the person once the database is open. Each change is an audit event naming
what changed, never the hash.
"""

import datetime as dt

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlite_utils import Database

from db import logins as login_queries
from db import staff as staff_queries
from db.records import write_transaction
from desktop.core.domain.audit_notes import AuditNote as N
from desktop.core.domain.audit_notes import audit_note
from desktop.core.domain.problems import Problem, UserError
from desktop.core.domain.records import Staff
from desktop.core.domain.text import NAME_MAX, nfc, too_long
from desktop.core.domain.vocabulary import AuditAction, StaffRole
from desktop.core.foundation.base_service import Service
from desktop.core.foundation.events import EventBus, Topic
from desktop.core.foundation.key_file import user_key
from desktop.core.foundation.session import SYSTEM_ACTOR, Session
from desktop.core.foundation.staff import write_roles

PASSWORD_MIN = 8
PIN_DIGITS = (4, 8)
USER_NAME_MAX = 40
FREE_TRIES = 3  # failures before each next try waits
FIRST_WAIT_S = 5
LONGEST_WAIT_S = 300
CREDENTIALS_ACTION = AuditAction.UPDATE  # the audit action of a credential change (no values)
_HASHER = PasswordHasher()  # argon2id, argon2-cffi's defaults


def wait_seconds(failures: int, last_failed_at: str | None, now: dt.datetime) -> int:
    """How long the next try must wait after ``failures`` failures in a row, the last
    at ``last_failed_at``: nothing for the first few, then doubling up to 5 minutes."""
    if failures < FREE_TRIES or not last_failed_at:
        return 0
    wait = min(FIRST_WAIT_S * 2 ** (failures - FREE_TRIES), LONGEST_WAIT_S)
    last = dt.datetime.fromisoformat(last_failed_at.replace("Z", "+00:00"))
    left = (last + dt.timedelta(seconds=wait) - now).total_seconds()
    return max(0, int(left + 0.999))  # whole seconds, rounded up


def stamp(moment: dt.datetime) -> str:
    """A time as the database keeps them (UTC, ISO 8601, Z)."""
    utc = moment.astimezone(dt.UTC).isoformat(timespec="microseconds")
    return utc.replace("+00:00", "Z")


def user_name_problems(user_name: str) -> list[Problem]:
    name = user_name.strip()
    if not name:
        return [Problem("required", field="user_name")]
    if len(name) > USER_NAME_MAX or any(c.isspace() for c in name):
        return [Problem("user_name_invalid", {"max": USER_NAME_MAX}, field="user_name")]
    return []


def full_name_problems(full_name: str) -> list[Problem]:
    name = nfc(full_name)
    if not name:
        return [Problem("required", field="full_name")]
    problem = too_long(name, NAME_MAX, "full_name")
    return [problem] if problem else []


def password_problems(password: str) -> list[Problem]:
    if len(password) < PASSWORD_MIN:
        return [Problem("password_too_short", {"min": PASSWORD_MIN}, field="password")]
    return []


def pin_problems(pin: str) -> list[Problem]:
    low, high = PIN_DIGITS
    if not (pin.isascii() and pin.isdigit() and low <= len(pin) <= high):
        return [Problem("pin_invalid", {"min": low, "max": high}, field="pin")]
    return []


class LoginService(Service):
    def __init__(self, db: Database, bus: EventBus, session: Session) -> None:
        super().__init__(db, bus, session)

    def user_names(self) -> dict[str, str]:
        """Staff id -> user name, for the staff list."""
        return login_queries.user_names(self.db)

    def with_pin(self) -> set[str]:
        """The staff ids of those who have a PIN, for the staff list."""
        return login_queries.with_pin(self.db)

    def user_name(self, staff_id: str) -> str | None:
        row = login_queries.of_staff(self.db, staff_id)
        return row["user_name"] if row else None

    def any_user(self) -> bool:
        return login_queries.count(self.db) > 0

    def staff_of(self, user_name: str) -> Staff | None:
        """The staff member with that user name (active or not); None if nobody."""
        row = login_queries.by_user(self.db, user_key(user_name))
        if row is None:
            return None
        staff = staff_queries.get(self.db, row["staff_id"])  # with the roles they hold
        return Staff.from_row(staff) if staff else None

    def set_user_name(self, staff_id: str, user_name: str) -> None:
        """Give a staff member a user name (unique, compared as ``user_key``; an
        administrator, or the person for their own)."""
        self._own_or_administrator(staff_id)
        if problems := user_name_problems(user_name):
            raise UserError(*problems)
        name, key = user_name.strip(), user_key(user_name)
        other = login_queries.by_user(self.db, key)
        if other is not None and other["staff_id"] != staff_id:
            raise UserError(Problem("user_name_taken", {"user": name}, field="user_name"))
        with write_transaction(self.db, self.session.actor) as w:
            login_queries.set_user(self.db, staff_id, name, key)
            w.log(
                CREDENTIALS_ACTION, "staff_login", staff_id, audit_note(N.USER_NAME_SET, user=name)
            )
        self.bus.publish(Topic.STAFF)

    def set_pin(self, staff_id: str, pin: str | None) -> None:
        """A new PIN (4 to 8 digits), or none (``None``: PIN switching is off for them);
        an administrator, or the person for their own."""
        self._own_or_administrator(staff_id)
        if pin is not None and (problems := pin_problems(pin)):
            raise UserError(*problems)
        if login_queries.of_staff(self.db, staff_id) is None:
            raise UserError(Problem("user_name_missing", field="user_name"))
        with write_transaction(self.db, self.session.actor) as w:
            login_queries.set_pin(self.db, staff_id, _HASHER.hash(pin) if pin else None)
            w.log(
                CREDENTIALS_ACTION,
                "staff_login",
                staff_id,
                audit_note(N.PIN_SET if pin else N.PIN_REMOVED),
            )

    def log_event(
        self, action: AuditAction, record_id: str, note: str, table: str = "staff_login"
    ) -> None:
        """An access event (sign-in, switch, lock, a password set) in the audit trail,
        in the name of the person signed in (whatever their role: nobody, refused)."""
        self.session.require(*StaffRole)
        with write_transaction(self.db, self.session.actor) as w:
            w.log(action, table, record_id, note)

    def _own_or_administrator(self, staff_id: str) -> None:
        if self.session.actor.staff_id != staff_id:
            self.session.require(StaffRole.ADMIN)


class SignInRecords:
    """What the sign-in itself writes, before anyone's role is known or without one: a
    PIN checked (and its failures), a failure of a password, the first administrator of
    a database without users, the PIN of a person deactivated meanwhile. Not a service
    of the composition root (no screen reaches it): only ``desktop.core.access`` makes
    one, around the checks of credentials that decide who is signed in."""

    def __init__(self, logins: LoginService) -> None:
        self.logins = logins
        self.db, self.bus, self.session = logins.db, logins.bus, logins.session

    def check_pin(self, user_name: str, pin: str, now: dt.datetime) -> Staff:
        """The active staff member whose user name and PIN these are.

        Refused (``sign_in_refused``, the failure counted and audited) otherwise; after
        a few failures in a row the next try waits (``sign_in_wait``: not even checked).
        """
        row = login_queries.by_user(self.db, user_key(user_name))
        if row is not None:
            wait = wait_seconds(row["pin_failures"], row["pin_failed_at"], now)
            if wait:
                raise UserError(Problem("sign_in_wait", {"seconds": wait}))
        staff = self.logins.staff_of(user_name) if row is not None else None
        if row is not None and staff is not None and not row["pin_hash"]:
            # Nothing to guess: they are told to ask for one (not counted as a failure).
            raise UserError(Problem("pin_not_set", {"name": staff.full_name}, "pin"))
        if row is None or staff is None or not _verify(row["pin_hash"], pin):
            self._failed(row, user_name, stamp(now))
            raise UserError(Problem("sign_in_refused"))
        if not staff.active:
            raise UserError(Problem("staff_inactive", {"name": staff.full_name}))
        if row["pin_failures"]:
            with self.db.atomic():
                login_queries.pin_succeeded(self.db, staff.id)
        return staff

    def create_first_administrator(
        self,
        full_name: str,
        user_name: str,
        pin: str | None,
        roles: frozenset[StaffRole] = frozenset({StaffRole.ADMIN}),
    ) -> Staff:
        """The administrator of a database that has no user yet (its first run, or its
        first run after the upgrade that brought sign-in), in one transaction, written by
        the application itself. They hold ``roles`` (``admin`` among them; a center's
        first person is its operator too): station roles they give out, to themselves
        or others, in the staff dialog."""
        problems = [*full_name_problems(full_name), *user_name_problems(user_name)]
        if pin is not None:
            problems += pin_problems(pin)
        if problems:
            raise UserError(*problems)
        if self.logins.any_user():
            raise UserError(Problem("administrator_exists"))
        name = user_name.strip()
        with write_transaction(self.db, SYSTEM_ACTOR) as w:
            row = w.insert("staff", {"full_name": nfc(full_name), "role": StaffRole.ADMIN})
            write_roles(w, row["id"], frozenset(roles) | {StaffRole.ADMIN})
            login_queries.set_user(self.db, row["id"], name, user_key(name))
            login_queries.set_pin(self.db, row["id"], _HASHER.hash(pin) if pin else None)
            w.log(
                CREDENTIALS_ACTION,
                "staff_login",
                row["id"],
                audit_note(N.FIRST_ADMINISTRATOR, user=name),
            )
        self.bus.publish(Topic.STAFF)
        return Staff.from_row(staff_queries.get(self.db, row["id"]) or row)

    def log_failure(self, user_name: str, at: str) -> None:
        """A failed sign-in in the audit trail (the user name typed, never the secret),
        written by the application itself: who typed it is not known."""
        with write_transaction(self.db, SYSTEM_ACTOR) as w:
            w.log(
                AuditAction.SIGN_IN_FAILED,
                "staff_login",
                user_key(user_name),
                audit_note(N.PASSWORD_FAILED, at=at),
            )

    def _failed(self, row: dict | None, user_name: str, at: str) -> None:
        with write_transaction(self.db, self.session.actor) as w:
            if row is not None:
                login_queries.pin_failed(self.db, row["staff_id"], at)
            w.log(
                AuditAction.SIGN_IN_FAILED,
                "staff_login",
                user_key(user_name),
                audit_note(N.PIN_FAILED, at=at),
            )

    def remove_pin(self, staff_id: str) -> None:
        """A deactivated person's PIN no longer switches (whoever signs in next notices)."""
        if login_queries.of_staff(self.db, staff_id) is None:
            return
        with write_transaction(self.db, SYSTEM_ACTOR) as w:
            login_queries.set_pin(self.db, staff_id, None)
            w.log(
                CREDENTIALS_ACTION, "staff_login", staff_id, audit_note(N.PIN_REMOVED_DEACTIVATED)
            )


def _verify(pin_hash: str | None, pin: str) -> bool:
    if not pin_hash:
        return False
    try:
        return _HASHER.verify(pin_hash, pin)
    except (VerificationError, InvalidHashError):
        return False
