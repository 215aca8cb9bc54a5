"""The rule set in force on this laptop, for every station that reasons about
eligibility: check-in warnings, the screening engine, the next eligible date on the
donor card and on the thank-you slip. One provider is shared by all of them, so they
can never disagree.

The installed rule set is stored in the database (a setting); without one, the set
shipped with the app is in force. A parsed set is kept until the stored text changes.
"""

from desktop.core.eligibility.ruleset import (
    DEFAULT_RULE_SET,
    RuleSet,
    load_rule_set,
    parse_rule_set,
)
from desktop.core.foundation.settings import SettingsService

RULE_SET_KEY = "rule_set"


class RuleSetProvider:
    def __init__(self, settings: SettingsService) -> None:
        self.settings = settings
        self._cached: tuple[str | None, RuleSet] | None = None

    @property
    def current(self) -> RuleSet:
        """The rule set installed on this laptop, else the one shipped with the app."""
        text = self.settings.get(RULE_SET_KEY)
        if self._cached is None or self._cached[0] != text:
            rules = parse_rule_set(text, "installed rule set") if text else load_rule_set()
            self._cached = (text, rules)
        return self._cached[1]

    def install(self, text: str, source: str) -> RuleSet:
        """Check and install a center's rule set; RuleSetError says what is wrong with it."""
        rules = parse_rule_set(text, source)
        self.settings.set(RULE_SET_KEY, text)
        return rules

    def restore_default(self) -> RuleSet:
        self.settings.set(RULE_SET_KEY, "")
        return load_rule_set(DEFAULT_RULE_SET)
