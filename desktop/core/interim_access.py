"""Until the sign-in (user and password, issue 13's H-A) lands: who the app and the
command line sign in when they open a database.

REMOVE with the sign-in: ``desktop.core.access`` replaces this module (its first-run
dialog creates the first administrator, ``sign_in`` checks their password). Nothing
else may call it: ``open_services`` itself signs nobody in.
"""

from db.records import write_transaction
from desktop.core.domain.records import Staff
from desktop.core.domain.vocabulary import StaffRole
from desktop.core.foundation.events import Topic
from desktop.core.foundation.session import SYSTEM_ACTOR
from desktop.core.foundation.staff import write_roles
from desktop.core.services import Services

FIRST_ADMINISTRATOR = "Quản trị viên"
SITE_ROLES = frozenset(StaffRole) - {StaffRole.CENTER}
CENTER_ROLES = frozenset({StaffRole.ADMIN, StaffRole.CENTER})


def sign_in_until_passwords(services: Services) -> Staff:
    """Sign in the active administrator holding most of what this installation needs;
    a database with none gets its first administrator, holding every role of a site
    (or of the center), as the old build's automatic operator could do everything."""
    wanted = CENTER_ROLES if services.center_keys.is_center() else SITE_ROLES
    admins = services.staff.holders(StaffRole.ADMIN)
    if services.center_keys.is_center():
        admins = [person for person in admins if StaffRole.CENTER in person.roles] or admins
    if admins:
        person = max(admins, key=lambda member: len(member.roles & wanted))
    else:
        person = _first_administrator(services, wanted)
    services.staff.sign_in(person)
    return person


def _first_administrator(services: Services, roles: frozenset[StaffRole]) -> Staff:
    with write_transaction(services.db, SYSTEM_ACTOR) as w:
        row = w.insert("staff", {"full_name": FIRST_ADMINISTRATOR, "role": StaffRole.ADMIN})
        write_roles(w, row["id"], frozenset(roles))
    services.bus.publish(Topic.STAFF)
    return services.staff.get(row["id"])
