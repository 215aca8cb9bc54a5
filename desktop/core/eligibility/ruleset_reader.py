"""Reading a rule-set file's values, each checked for its type and accepted range.

A threshold that is not a finite number, or lies outside the range below, is refused
with the line it is on: ``nan`` would silently switch a check off (every comparison
with it is false), and an absurd value (a minimum weight of 5 kg) would do the same in
effect. Every problem of the file is collected, so one message lists them all.
"""

import math
from typing import Any

from desktop.core.domain.problems import Problem
from desktop.core.eligibility.toml_positions import Path, line_of

# The accepted range of every threshold (README, "The eligibility rule set"): wide
# enough for any center's policy, narrow enough to catch a typing error.
LIMITS: dict[str, tuple[float, float]] = {
    "age.min_years": (16, 21),
    "age.max_years": (55, 70),
    "weight.min_kg": (40, 60),
    "volume.standard_ml": (100, 500),
    "volume.low_weight_below_kg": (40, 60),
    "volume.low_weight_max_ml": (100, 500),
    "volume.ml_per_kg": (5, 10.5),
    "volume.max_ml": (200, 500),
    "haemoglobin.from_ml": (0, 500),
    "haemoglobin.min_g_l": (110, 180),
    "blood_pressure.systolic_min": (80, 110),
    "blood_pressure.systolic_max": (140, 180),
    "blood_pressure.diastolic_min": (50, 70),
    "blood_pressure.diastolic_max": (90, 110),
    "pulse.min": (40, 60),
    "pulse.max": (90, 110),
    "temperature.max_c": (37.0, 38.0),
    "interval_days.whole_blood": (56, 365),
    "interval_days.rbc_apheresis": (56, 365),
    "interval_days.plasma": (2, 365),
    "interval_days.platelets": (2, 365),
    "block.number": (1, 99),
    "block.window_months": (0, 120),
    "block.window_days": (0, 3650),
}

MISSING = object()  # a value the file does not have


def dotted(path: Path) -> str:
    """("haemoglobin", "thresholds", 1, "min_g_l") -> "haemoglobin.thresholds[2].min_g_l"
    (elements counted from 1, as a person reads the file)."""
    text = ""
    for part in path:
        text += f"[{part + 1}]" if isinstance(part, int) else ("." if text else "") + part
    return text


def shown(value: Any) -> str:
    """A value as it is written in TOML."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and not math.isfinite(value):
        return "nan" if math.isnan(value) else ("inf" if value > 0 else "-inf")
    if isinstance(value, str):
        return f'"{value}"'
    if isinstance(value, dict):
        return "{…}"
    if isinstance(value, list):
        return "[…]"
    return str(value)


class Reader:
    """Reads values by path from the parsed file, noting every problem with its line."""

    def __init__(self, data: dict[str, Any], text: str) -> None:
        self.data = data
        self.text = text
        self.problems: list[Problem] = []

    def report(self, path: Path, code: str, **params: Any) -> None:
        key = dotted(path)
        line = line_of(self.text, path)
        problem = Problem(code, {"line": line, "key": key, **params}, key)
        if problem not in self.problems:  # a block's effect is read for each item
            self.problems.append(problem)

    def unknown_keys(self, path: Path, table: Any, allowed: frozenset[str]) -> None:
        """Report keys the rule set does not know: a misspelt ``[temperatur]`` would
        otherwise drop its check without a word."""
        if isinstance(table, dict):
            for key in sorted(set(table) - allowed):
                self.report((*path, key), "rule_set_unknown_key")

    def value(self, path: Path, *, required: bool = True) -> Any:
        """The raw value at ``path``, or MISSING (reported when ``required``)."""
        node: Any = self.data
        for depth, part in enumerate(path):
            if isinstance(part, int):
                node = node[part]  # indexes come from lists already read
                continue
            if not isinstance(node, dict):
                self.report(path[:depth], "rule_set_not_table", value=shown(node))
                return MISSING
            if part not in node:
                if required:  # a whole table missing is said once, not for each key
                    self.report(path[: depth + 1], "rule_set_missing")
                return MISSING
            node = node[part]
        return node

    def number(
        self,
        path: Path,
        limit: str,
        *,
        whole: bool = False,
        required: bool = True,
        default: Any = None,
    ) -> Any:
        """A finite number within LIMITS[limit]; None after a problem, ``default`` when
        the value is absent and not required."""
        value = self.value(path, required=required)
        if value is MISSING:
            return None if required else default
        if isinstance(value, bool) or not isinstance(value, int | float):
            code = "rule_set_not_whole" if whole else "rule_set_not_number"
            self.report(path, code, value=shown(value))
            return None
        if not math.isfinite(value):
            self.report(path, "rule_set_not_finite", value=shown(value))
            return None
        if whole and not isinstance(value, int):
            self.report(path, "rule_set_not_whole", value=shown(value))
            return None
        low, high = LIMITS[limit]
        if not low <= value <= high:
            self.report(path, "rule_set_out_of_range", value=shown(value), min=low, max=high)
            return None
        return value

    def flag(self, path: Path, *, default: bool | None = None) -> bool | None:
        """true or false (``default`` when absent; required when there is none)."""
        value = self.value(path, required=default is None)
        if value is MISSING:
            return default
        if not isinstance(value, bool):
            self.report(path, "rule_set_not_flag", value=shown(value))
            return None
        return value

    def words(self, path: Path, *, required: bool = True) -> str | None:
        """A non-empty text, stripped ("" when absent and not required)."""
        value = self.value(path, required=required)
        if value is MISSING:
            return None if required else ""
        if not isinstance(value, str) or not value.strip():
            self.report(path, "rule_set_not_text", value=shown(value))
            return None
        return value.strip()

    def tables(self, path: Path) -> list[tuple[int, dict[str, Any]]]:
        """A list of tables (``[[block]]``, an array of inline tables); the elements that
        are not tables are reported and left out."""
        value = self.value(path)
        if value is MISSING:
            return []
        if not isinstance(value, list) or not value:
            self.report(path, "rule_set_not_list", value=shown(value))
            return []
        tables = []
        for index, element in enumerate(value):
            if isinstance(element, dict):
                tables.append((index, element))
            else:
                self.report((*path, index), "rule_set_not_table", value=shown(element))
        return tables

    def order(self, low_path: Path, high_path: Path, low: Any, high: Any) -> None:
        """Report a minimum that is not below its maximum (both read already)."""
        if low is not None and high is not None and low >= high:
            self.report(
                low_path, "rule_set_order", value=shown(low), other=dotted(high_path),
                other_value=shown(high),
            )  # fmt: skip
