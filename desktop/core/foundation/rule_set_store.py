"""Where the rule set lives in the database: the installed text (a setting) and the
identity — version and SHA-256 of the content — of every rule set installed or used on
this laptop. One version names one content, ever: a second file under a version seen
before is refused, so a version recorded with a screening always means one rule set."""

from dataclasses import dataclass

from sqlite_utils import Database

from db import rule_sets as rule_set_queries
from db import settings as settings_queries
from db.records import Writer, write_transaction
from desktop.core.domain.audit_notes import AuditNote as N
from desktop.core.domain.audit_notes import audit_note
from desktop.core.domain.problems import Problem, UserError
from desktop.core.domain.vocabulary import AuditAction, StaffRole
from desktop.core.foundation.base_service import Service
from desktop.core.foundation.events import Topic
from desktop.core.foundation.settings import put_setting

RULE_SET_KEY = "rule_set"
RULE_SET_CASES_KEY = "rule_set_cases"  # the validation table it was installed with


@dataclass(frozen=True)
class Identity:
    version: str
    sha256: str
    title: str = ""
    source: str = ""  # the file it came from


def check_identity(db: Database, identity: Identity, also: tuple[Identity, ...] = ()) -> None:
    """UserError when this version was seen on this laptop with other content (or is
    one of ``also``, identities known without being stored, with other content)."""
    row = rule_set_queries.identity(db, identity.version)
    seen = [row["sha256"]] if row else []
    seen += [known.sha256 for known in also if known.version == identity.version]
    for other in seen:
        if other != identity.sha256:
            params = {"version": identity.version, "seen": other, "sha256": identity.sha256}
            raise UserError(Problem("rule_set_version_reused", params))


def remember_identity(w: Writer, identity: Identity) -> None:
    """Keep the identity of a rule set installed or used, inside the caller's
    transaction (refused like ``check_identity``)."""
    check_identity(w.db, identity)
    if rule_set_queries.identity(w.db, identity.version) is None:
        values = {
            "version": identity.version,
            "sha256": identity.sha256,
            "title": identity.title,
            "source": identity.source,
        }
        w.insert("rule_set", values)


class RuleSetStore(Service):
    def installed_text(self) -> str | None:
        """The text of the rule set a center installed, None when the shipped one is used."""
        row = settings_queries.setting(self.db, RULE_SET_KEY)
        return (row["value"] or None) if row else None

    def installed_cases(self) -> str:
        """The validation table (CSV text) the installed rule set passed when it was
        installed; "" for the shipped one, or one installed before the table was kept."""
        row = settings_queries.setting(self.db, RULE_SET_CASES_KEY)
        return (row["value"] or "") if row else ""

    def identity(self, version: str) -> Identity | None:
        row = rule_set_queries.identity(self.db, version)
        if row is None:
            return None
        return Identity(row["version"], row["sha256"], row["title"], row["source"])

    def install(
        self, text: str, identity: Identity, also: tuple[Identity, ...] = (), cases: str = ""
    ) -> None:
        """Make ``text`` the rule set in force and keep its identity (and those of
        ``also``: the rule set it replaces) and the validation table it passed
        (``cases``), in one transaction."""
        self.session.require(StaffRole.ADMIN)
        self._put(text, identity, also, cases)

    def restore_default(self, identity: Identity) -> None:
        """Use the rule set shipped with the app again."""
        self.session.require(StaffRole.ADMIN)
        self._put("", identity)

    def _put(
        self, text: str, identity: Identity, also: tuple[Identity, ...] = (), cases: str = ""
    ) -> None:
        with write_transaction(self.db, self.session.actor) as w:
            put_rule_set(w, text, identity, also, cases)
        self.bus.publish(Topic.SETTINGS)


def put_rule_set(
    w: Writer, text: str, identity: Identity, also: tuple[Identity, ...] = (), cases: str = ""
) -> None:
    """Make ``text`` the rule set in force ("": the shipped one) with the validation
    table it passed (``cases``, CSV text) and keep its identity (and those of ``also``),
    inside the caller's transaction (a drive package's)."""
    for known in (identity, *also):
        remember_identity(w, known)
    note = audit_note(N.RULE_SET_INSTALLED, version=identity.version, sha256=identity.sha256)
    put_setting(w, RULE_SET_KEY, text, note)
    w.log(AuditAction.RULE_SET_INSTALL, "rule_set", identity.version, note)
    if cases or settings_queries.setting(w.db, RULE_SET_CASES_KEY) is not None:
        put_setting(w, RULE_SET_CASES_KEY, cases, note)
