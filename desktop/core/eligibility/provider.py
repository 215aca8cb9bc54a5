"""The rule set in force on this laptop, for every station that reasons about
eligibility: check-in warnings, the screening engine, the next eligible date on the
donor card and on the thank-you slip. One provider is shared by all of them, so they
can never disagree; it is also the one installer of a center's rule set.

The installed rule set is stored in the database (a setting); without one, the set
shipped with the app is in force. A parsed set is kept until the stored text changes.
A rule set is installed only when every case of its validation table passes, and only
under a version this laptop has not seen with other content.
"""

from dataclasses import dataclass
from pathlib import Path

from desktop.core.domain.problems import Problem
from desktop.core.eligibility.harness import (
    DEFAULT_CASES,
    CaseError,
    CaseResult,
    cases_text,
    read_cases,
    read_cases_text,
    run_cases,
)
from desktop.core.eligibility.ruleset import (
    DEFAULT_RULE_SET,
    RuleSet,
    RuleSetError,
    load_rule_set,
    parse_rule_set,
    read_rule_set_text,
)
from desktop.core.foundation.files import refuse_open_database
from desktop.core.foundation.rule_set_store import Identity, RuleSetStore, check_identity

CASES_SUFFIX = "-cases.csv"


def cases_beside(rules_path: Path) -> Path:
    """The validation table shipped beside a rule-set file: ``NAME-cases.csv``."""
    return rules_path.with_name(rules_path.stem + CASES_SUFFIX)


def identity_of(rules: RuleSet, source: str = "") -> Identity:
    return Identity(rules.version, rules.sha256, rules.title_vi, source)


@dataclass(frozen=True)
class Installation:
    """What installing a rule-set file came to: its cases run, and whether it is in force."""

    rules: RuleSet
    cases_path: Path  # the validation table (of a drive package: the name it came under)
    results: tuple[CaseResult, ...]

    @property
    def failed(self) -> tuple[CaseResult, ...]:
        return tuple(r for r in self.results if not r.passed)

    @property
    def passed(self) -> int:
        return len(self.results) - len(self.failed)

    @property
    def installed(self) -> bool:
        return bool(self.results) and not self.failed


class RuleSetProvider:
    def __init__(self, store: RuleSetStore) -> None:
        self.store = store
        self._cached: tuple[str | None, RuleSet] | None = None
        # Why the installed rule set is not in force: it fails checks added since it was
        # installed (then the shipped set is used, never an unchecked one).
        self.installed_error: RuleSetError | None = None

    @property
    def current(self) -> RuleSet:
        """The rule set installed on this laptop, else the one shipped with the app."""
        text = self.store.installed_text()
        if self._cached is None or self._cached[0] != text:
            self.installed_error = None
            try:
                rules = parse_rule_set(text, "installed rule set") if text else load_rule_set()
            except RuleSetError as error:
                self.installed_error = error
                rules = load_rule_set()
            self._cached = (text, rules)
        return self._cached[1]

    def install_file(self, rules_path: Path, cases_path: Path | None = None) -> Installation:
        """Check a center's rule-set file, run its validation cases (``cases_path``, by
        default the file beside it) and install it when every case passes, keeping the
        cases' text with it (a drive package carries both).

        RuleSetError when a file cannot be used (the rule set, a missing or unreadable
        cases file); UserError when its version was seen here with other content."""
        refuse_open_database(rules_path)  # never the live database (see db.open_files)
        text = read_rule_set_text(rules_path)
        rules = parse_rule_set(text, str(rules_path))
        cases_path = cases_path or cases_beside(rules_path)
        refuse_open_database(cases_path)
        if not cases_path.is_file():
            problem = Problem("rule_set_cases_missing", {"path": str(cases_path)})
            raise RuleSetError(str(rules_path), [problem])
        try:
            cases = cases_text(cases_path)
            rows = read_cases_text(cases, str(cases_path))
        except (CaseError, OSError) as error:
            detail = error.strerror if isinstance(error, OSError) else str(error)
            problem = Problem("rule_set_cases_unreadable", {"path": str(cases_path),
                                                            "detail": detail})  # fmt: skip
            raise RuleSetError(str(rules_path), [problem]) from None
        installation = self._checked(rules, rules_path.name, cases_path, rows)
        if installation.installed:
            identity = identity_of(rules, rules_path.name)
            self.store.install(text, identity, also=(self.shipped_identity(),), cases=cases)
        return installation

    def check_text(self, text: str, source: str, cases: str = "") -> Installation:
        """Check a rule set given as text (a drive package's ``rule_set.toml``) and run
        its validation ``cases`` (a cases table as text; none: the table shipped with the
        app), installing nothing: the caller installs it with ``identity_of`` and
        ``rule_set_store.put_rule_set`` in its own transaction when every case passed.
        RuleSetError and UserError as ``install_file``."""
        rules = parse_rule_set(text, source)
        cases_source = f"{Path(source).stem}{CASES_SUFFIX}" if cases else DEFAULT_CASES.name
        try:
            rows = read_cases_text(cases, cases_source) if cases else read_cases(DEFAULT_CASES)
        except CaseError as error:
            problem = Problem("rule_set_cases_unreadable", {"path": cases_source,
                                                            "detail": str(error)})  # fmt: skip
            raise RuleSetError(source, [problem]) from None
        return self._checked(rules, source, Path(cases_source), rows)

    def _checked(
        self, rules: RuleSet, source: str, cases_path: Path, rows: list[dict[str, str]]
    ) -> Installation:
        """Refused (UserError) when its version was seen here with other content; else
        every case run."""
        check_identity(self.store.db, identity_of(rules, source), also=(self.shipped_identity(),))
        return Installation(rules, cases_path, tuple(run_cases(rules, rows)))

    def shipped_identity(self) -> Identity:
        """The rule set shipped with the app: its version names this content only, even
        on a laptop that never screened with it (a center's edited copy must be renamed)."""
        return identity_of(load_rule_set(DEFAULT_RULE_SET), DEFAULT_RULE_SET.name)

    def restore_default(self) -> RuleSet:
        self.store.restore_default(self.shipped_identity())
        return self.current
