"""The way into a database: the app's start and every command that opens one.

An encrypted database opens with its key, which a staff member's user name and password
unwrap from the key file beside it (``key_file``); a new or plain (older) database first
gets its administrator, and is then created or converted encrypted
(``db.encryption``: a crash leaves the old or the new file, never a broken one). Once
open, a person switches with their user name and PIN, and the screen locks and unlocks
(their PIN, or any user's password). Failures are audited and slow further tries: the
caller is told how many seconds to wait, nothing sleeps here.
"""

import datetime as dt
import threading
from enum import StrEnum
from pathlib import Path

from db.connection import DatabaseRefused, inspect, is_plain, open_database
from db.encryption import create_encrypted, encrypt_database, secure_leftovers
from desktop.core.domain.audit_notes import AuditNote as N
from desktop.core.domain.audit_notes import audit_note
from desktop.core.domain.problems import Problem, UserError
from desktop.core.domain.records import Staff
from desktop.core.domain.vocabulary import AuditAction, StaffRole
from desktop.core.exchange.site import ESCROW_RECIPIENT_KEY
from desktop.core.foundation.events import Topic
from desktop.core.foundation.key_file import (
    KeyFile,
    KeyFileDamaged,
    WrongPassword,
    key_file_path,
    new_database_key,
    user_key,
)
from desktop.core.foundation.key_recovery import recover_key_file  # noqa: F401 - its way in
from desktop.core.foundation.logins import (
    PASSWORD_MIN,
    SignInRecords,
    full_name_problems,
    password_problems,
    pin_problems,
    stamp,
    user_name_problems,
)
from desktop.core.foundation.signin_failures import SignInFailures
from desktop.core.services import Services, open_services


class AccessState(StrEnum):
    NEW = "new"  # no database there yet (or an empty file)
    PLAIN = "plain"  # an unencrypted database: it needs its administrator first
    ENCRYPTED = "encrypted"  # opened by signing in


def database_state(path: str | Path) -> AccessState:
    """What the file at ``path`` is, read by SQLite alone (never opened otherwise): the
    file decides, not the key file (a conversion killed before its switch leaves a key
    file beside a plain database)."""
    path = Path(path)
    if "\0" in str(path) or (path.exists() and not path.is_file()):
        return AccessState.PLAIN  # no database: opening it says why (``check_plain``)
    if not path.exists() or path.stat().st_size == 0:
        return AccessState.NEW
    return AccessState.PLAIN if is_plain(path) else AccessState.ENCRYPTED


def check_plain(path: str | Path) -> None:
    """Refuse (DatabaseRefused, nothing written) a plain database that cannot be used
    (damaged, from a newer version, another program's...) before its administrator is
    asked for."""
    inspect(Path(path))


def create_administrator(
    path: str | Path,
    full_name: str,
    username: str,
    password: str,
    pin: str | None,
    *,
    create: bool,
    key: bytes | None = None,
) -> Services:
    """Give a new database (made only with ``create``), or a plain one being upgraded,
    its administrator, and encrypt it: a new key, wrapped for them (and escrowed to the
    center when its key is known), the file created or converted, the administrator
    signed in. UserError for what is wrong with the values (nothing done). ``key``: the
    key to use instead of a new one (the demo's rebuild keeps its key)."""
    path = Path(path)
    problems = [
        *full_name_problems(full_name),
        *user_name_problems(username),
        *password_problems(password),
        *(pin_problems(pin) if pin is not None else []),
    ]
    if problems:
        raise UserError(*problems)
    state = database_state(path)
    if state == AccessState.ENCRYPTED:
        raise UserError(Problem("administrator_exists"))
    if state == AccessState.NEW and not create and not path.exists():
        raise DatabaseRefused("missing", path)
    key = key or new_database_key()
    keys = KeyFile(key_file_path(path))
    keys.wrap(username, password, key)

    def prepare(encrypted: Path) -> None:
        services = open_services(encrypted, key=key, create=True)
        try:
            _records(services).create_first_administrator(full_name, username, pin)
            _escrow(services, keys)
        finally:
            services.close()
        keys.save()  # before the switch: the encrypted file never stands without it

    if state == AccessState.PLAIN:
        open_database(path, create=False).close()  # upgraded first (its backup is plain)
        encrypt_database(path, key, prepare=prepare)
    else:
        create_encrypted(path, key, prepare)
    services = open_services(path, key=key, create=False)
    try:
        _signed_in(services, _staff(services, username))
    except BaseException:
        services.close()
        raise
    return services


def sign_in(
    path: str | Path, username: str, password: str, *, now: dt.datetime | None = None
) -> Services:
    """Open the encrypted database at ``path`` as ``username``.

    Refused with UserError: ``sign_in_refused`` (wrong user name or password: one
    answer for both), ``sign_in_wait`` (too many failures: try again in N seconds),
    ``staff_inactive``, ``no_administrator`` (a new or plain database: create its
    administrator first); DatabaseRefused for a file that cannot be used (``no_key_file``,
    ``key_file_damaged``, and the reasons of ``open_database``).
    """
    path, now = Path(path), now or dt.datetime.now(dt.UTC)
    if database_state(path) != AccessState.ENCRYPTED:
        raise UserError(Problem("no_administrator"))
    keys = _key_file(path)
    failures = SignInFailures(path)
    if wait := failures.wait(username, now):
        raise UserError(Problem("sign_in_wait", {"seconds": wait}))
    try:
        key = keys.unwrap(username, password)
    except WrongPassword:
        failures.record(username, now)
        raise UserError(Problem("sign_in_refused")) from None
    services = open_services(path, key=key, create=False)
    try:
        for failure in failures.pending:  # those the closed database could not keep
            _records(services).log_failure(failure.user, failure.at)
        failures.succeeded(username)
        staff = services.logins.staff_of(username)
        if staff is None:  # a wrap for a name nobody has here (any more)
            _records(services).log_failure(username, stamp(now))
            raise UserError(Problem("sign_in_refused"))
        _signed_in(services, staff)
        _record_recoveries(services, keys)
        secure_leftovers(path, key)  # plain copies a conversion killed after its switch left
    except BaseException:
        services.close()
        raise
    return services


def switch_person(
    services: Services, username: str, pin: str, *, now: dt.datetime | None = None
) -> Staff:
    """Another person takes the desk with their user name and PIN; the database stays
    open. Refused (``sign_in_refused``, ``sign_in_wait``, ``staff_inactive``) otherwise."""
    staff = _records(services).check_pin(username, pin, now or dt.datetime.now(dt.UTC))
    before = services.session.actor.name
    services.staff.sign_in(staff)
    services.locked = None
    services.logins.log_event(
        AuditAction.SWITCH_PERSON, staff.id, audit_note(N.SWITCH_PERSON, after=before)
    )
    return staff


def resume(
    services: Services, why: N, *, staff_id: str | None = None, username: str | None = None
) -> Staff | None:
    """After the database behind ``services`` was replaced while someone was signed in
    (a restore: the same records, found by ``staff_id``; a demo rebuild: new records,
    found by ``username``; the same key, opened by their password at the start), that
    person goes on if they are active in it; None otherwise (then someone signs in
    anew). Audited as a sign-in, saying why no password was typed."""
    if staff_id is not None:
        staff = next((s for s in services.staff.active() if s.id == staff_id), None)
    else:
        staff = services.logins.staff_of(username) if username else None
    if staff is None or not staff.active:
        return None
    services.staff.sign_in(staff)
    services.logins.log_event(AuditAction.SIGN_IN, staff.id, audit_note(why))
    _kept_in_step(services)
    return staff


def lock(services: Services) -> None:
    """Lock the screen (idle, or asked): nobody is signed in until ``unlock``."""
    if services.locked is not None or services.session.actor.staff_id is None:
        return
    staff = services.staff.get(services.session.actor.staff_id)
    services.logins.log_event(AuditAction.LOCK, staff.id, audit_note(N.SCREEN_LOCKED))
    services.locked = staff
    services.session.sign_out()


def unlock(
    services: Services, username: str, secret: str, *, now: dt.datetime | None = None
) -> Staff:
    """Unlock with the PIN of the person who was signed in, or with any user's password
    (that person is then signed in). Refused like ``sign_in``."""
    now = now or dt.datetime.now(dt.UTC)
    locked = services.locked
    if locked is None:
        raise UserError(Problem("not_locked"))
    staff = None
    who = services.logins.staff_of(username)
    if who is not None and who.id == locked.id and not pin_problems(secret):
        try:
            staff = _records(services).check_pin(username, secret, now)
        except UserError:
            if len(secret) < PASSWORD_MIN:  # a PIN, and a wrong one
                raise
    if staff is None:
        staff = _by_password(services, username, secret, now)
    services.locked = None
    services.staff.sign_in(staff)
    services.logins.log_event(AuditAction.UNLOCK, staff.id, audit_note(N.SCREEN_UNLOCKED))
    return staff


def set_password(services: Services, staff_id: str, user_name: str, password: str) -> None:
    """Give a staff member their user name and a new password (an administrator, or the
    person for their own): their wrap of the key is made anew, under that name."""
    if services.session.actor.staff_id != staff_id:
        services.session.require(StaffRole.ADMIN)
    problems = [*user_name_problems(user_name), *password_problems(password)]
    if problems:
        raise UserError(*problems)
    if services.database_key is None:
        raise UserError(Problem("database_not_encrypted"))
    member = services.staff.get(staff_id)
    if not member.active:
        raise UserError(Problem("staff_inactive", {"name": member.full_name}))
    other = services.logins.staff_of(user_name)
    if other is not None and other.id != staff_id:
        raise UserError(Problem("user_name_taken", {"user": user_name.strip()}, "user_name"))
    before = services.logins.user_name(staff_id)
    keys = _key_file(services.path)
    if before is not None and user_key(before) != user_key(user_name):
        keys.forget(before)
    keys.wrap(user_name.strip(), password, services.database_key)
    keys.save()
    services.logins.set_user_name(staff_id, user_name)
    services.logins.log_event(AuditAction.UPDATE, staff_id, audit_note(N.PASSWORD_SET))


def set_pin(services: Services, staff_id: str, pin: str | None) -> None:
    """A staff member's PIN (4 to 8 digits; an administrator, or the person for their
    own); ``None`` removes it."""
    if services.session.actor.staff_id != staff_id:
        services.session.require(StaffRole.ADMIN)
    services.logins.set_pin(staff_id, pin)


def forget(services: Services, staff_id: str) -> None:
    """A deactivated person's password no longer opens the database (their wrap goes)
    and their PIN no longer switches; their user name stays theirs (never reused)."""
    name = services.logins.user_name(staff_id)
    if name is None:
        return
    if services.database_key is not None:
        keys = _key_file(services.path)
        if user_key(name) in keys.wraps:
            keys.forget(name)
            keys.save()
    _records(services).remove_pin(staff_id)


def ensure_escrow(services: Services) -> bool:
    """Wrap the key to the center's escrow recipient when it is known and the key file
    lacks it (or names an older one); True if the key file was written."""
    if services.database_key is None:
        return False
    keys = _key_file(services.path)
    if not _escrow(services, keys):
        return False
    keys.save()
    note = audit_note(N.KEY_ESCROWED, recipient=keys.escrow_recipient)
    services.logins.log_event(AuditAction.UPDATE, "escrow", note, table="key_file")
    return True


def _escrow(services: Services, keys: KeyFile) -> bool:
    recipient = services.settings.get(ESCROW_RECIPIENT_KEY)
    if not recipient or recipient == keys.escrow_recipient or services.database_key is None:
        return False
    keys.escrow(recipient, services.database_key)
    return True


def _signed_in(services: Services, staff: Staff) -> None:
    """``staff`` is the operator; audited; the key file kept in step from now on."""
    services.staff.sign_in(staff)  # refuses a deactivated person
    services.logins.log_event(AuditAction.SIGN_IN, staff.id, audit_note(N.SIGNED_IN_PASSWORD))
    _kept_in_step(services)


def _kept_in_step(services: Services) -> None:
    ensure_escrow(services)
    _reconcile(services)
    if not services.key_file_watched:
        _watch(services)
        services.key_file_watched = True


def _record_recoveries(services: Services, keys: KeyFile) -> None:
    """The center's recoveries of this key file (``hmtn center recover-key``) into the
    audit trail, once: the database could not know of them when they were made."""
    if not keys.recovered:
        return
    for made in keys.recovered:
        note = audit_note(N.KEY_RECOVERED, user=made["user"], at=made["at"])
        services.logins.log_event(AuditAction.KEY_RECOVERY, "escrow", note, table="key_file")
    keys.recovered = []
    keys.save()


def _watch(services: Services) -> None:
    """Keep the key file in step with later changes on this connection's thread: the
    center's keys set (escrow), someone deactivated (their wrap goes)."""
    thread = threading.get_ident()

    def changed(topic: Topic) -> None:
        if threading.get_ident() != thread:
            return  # another thread's connection: the next sign-in catches it up
        if topic == Topic.SETTINGS:
            ensure_escrow(services)
        elif topic == Topic.STAFF:
            _reconcile(services)

    services.bus.subscribe(changed)


def _reconcile(services: Services) -> None:
    """Forget the wraps of the people deactivated since."""
    if services.database_key is None:
        return
    for user in _key_file(services.path).users():
        staff = services.logins.staff_of(user)
        if staff is not None and not staff.active:
            forget(services, staff.id)


def _by_password(services: Services, username: str, password: str, now: dt.datetime) -> Staff:
    failures = SignInFailures(services.path)
    if wait := failures.wait(username, now):
        raise UserError(Problem("sign_in_wait", {"seconds": wait}))
    try:
        key = _key_file(services.path).unwrap(username, password)
    except WrongPassword:
        key = None
    staff = services.logins.staff_of(username)
    if key != services.database_key or staff is None:
        failures.record(username, now, pending=False)  # the audit has it already
        _records(services).log_failure(username, stamp(now))
        raise UserError(Problem("sign_in_refused"))
    failures.succeeded(username)
    if not staff.active:
        raise UserError(Problem("staff_inactive", {"name": staff.full_name}))
    return staff


def _staff(services: Services, username: str) -> Staff:
    staff = services.logins.staff_of(username)
    if staff is None:
        raise UserError(Problem("sign_in_refused"))
    return staff


def _records(services: Services) -> SignInRecords:
    return SignInRecords(services.logins)


def _key_file(path: Path) -> KeyFile:
    keys = key_file_path(path)
    if not keys.exists():
        raise DatabaseRefused("no_key_file", path, str(keys))
    try:
        return KeyFile.load(keys)
    except KeyFileDamaged as error:
        raise DatabaseRefused("key_file_damaged", path, str(error)) from error
