"""Who is signed in for a test: a person holding the roles it means.

``open_services`` signs nobody in (every write is refused): a test signs in a person
through the core's own primitive (``StaffService.sign_in``), as the sign-in flow does
once a password was checked. Staff are made here as the application itself would on a
new laptop (an audited write by the system), so that a test needs no administrator to
make its first person."""

from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

from db.records import write_transaction
from desktop.core import access
from desktop.core.domain.records import Staff
from desktop.core.domain.vocabulary import StaffRole
from desktop.core.foundation.events import Topic
from desktop.core.foundation.session import SYSTEM_ACTOR
from desktop.core.foundation.staff import write_roles
from desktop.core.services import Services
from tests import signin

EVERYONE_NAME = "Nguyễn Văn Tất"  # the test person holding every role
ROLE_NAMES = {
    StaffRole.ADMIN: "Quản trị Lê Văn An",
    StaffRole.CLERK: "Tiếp đón Phạm Thị Bình",
    StaffRole.DOCTOR: "BS. Trần Thị Cúc",
    StaffRole.NURSE: "ĐD. Hoàng Văn Dũng",
    StaffRole.CERTIFICATE: "Chứng nhận Võ Thị Én",
    StaffRole.CENTER: "Trung tâm Đỗ Văn Giang",
}


def person(services: Services, full_name: str, *roles: StaffRole) -> Staff:
    """A staff member holding ``roles`` (made as the application makes its first
    administrator: no one needs to be signed in)."""
    with write_transaction(services.db, SYSTEM_ACTOR) as w:
        row = w.insert("staff", {"full_name": full_name, "role": StaffRole.CLERK})
        write_roles(w, row["id"], frozenset(roles))
    services.bus.publish(Topic.STAFF)
    return services.staff.get(row["id"])


def sign_in_as(services: Services, *roles: StaffRole, name: str | None = None) -> Staff:
    """Sign in a person holding exactly ``roles`` (the one made before for the same
    roles, else a new one, named after the first role)."""
    wanted = frozenset(roles)
    for member in services.staff.active():
        if member.roles == wanted and (name is None or member.full_name == name):
            services.staff.sign_in(member)
            return member
    full_name = name or (ROLE_NAMES[roles[0]] if len(roles) == 1 else EVERYONE_NAME)
    member = person(services, full_name, *roles)
    services.staff.sign_in(member)
    return member


def everyone(services: Services) -> Staff:
    """Sign in the test person holding every role."""
    member = everyone_person(services)
    services.staff.sign_in(member)
    return member


def open_signed_in(path: str | Path, *, create: bool = True, encrypt: bool = False) -> Services:
    """The database at ``path`` opened, then the test person holding every role signed
    in. An encrypted one (made by a command, or ``encrypt``: a new or plain one is
    encrypted first, its administrator the test administrator of tests/signin.py) opens
    as its administrator signs in; any other as ``open_services`` opens it."""
    path = Path(path)
    if encrypt and access.database_state(path) != access.AccessState.ENCRYPTED:
        services = signin.encrypted(path, create=create)
    else:
        services = signin.open_any(path, create=create)
    everyone(services)
    return services


@contextmanager
def acting(services: Services, member: Staff) -> Iterator[Staff]:
    """``member`` signed in for a few steps, then whoever was signed in before again."""
    before = services.session.actor.staff_id
    services.staff.sign_in(member)
    try:
        yield member
    finally:
        if before is None:
            services.session.sign_out()
        else:
            services.staff.sign_in(services.staff.get(before))


def everyone_person(services: Services) -> Staff:
    """The test person holding every role (made when first asked for), not signed in."""
    for member in services.staff.active():
        if member.full_name == EVERYONE_NAME and member.roles == frozenset(StaffRole):
            return member
    return person(services, EVERYONE_NAME, *StaffRole)


def by_everyone(services: Services) -> AbstractContextManager[Staff]:
    """A few steps done elsewhere in the drive (reception, set-up) by the test person
    holding every role, then whoever was signed in before again."""
    return acting(services, everyone_person(services))
