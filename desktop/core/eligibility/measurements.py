"""The screening measurements as typed: read, checked for plausibility, converted.

Plausibility is not eligibility: a weight of 40 kg is real and the rules defer it; a
weight of 4 kg is a typing error and is refused here, before any rule sees it.
"""

import re
from dataclasses import dataclass

from desktop.core.domain.problems import Problem, UserError
from desktop.core.domain.vocabulary import HbMethod, HbsagResult
from desktop.core.eligibility.engine import Measurements

# Field -> (lowest, highest, unit) a living adult can show; outside it is a typo.
PLAUSIBLE = {
    "weight_kg": (20, 250, "kg"),
    "systolic": (50, 300, "mmHg"),
    "diastolic": (30, 200, "mmHg"),
    "pulse": (20, 250, "/min"),
    "hb_g_l": (30, 250, "g/L"),
    "temperature_c": (34, 43, "°C"),
}
DECIMAL_FIELDS = ("weight_kg", "temperature_c")
_NUMBER = re.compile(r"^\d+([.,]\d+)?$")


@dataclass(frozen=True)
class MeasurementForm:
    """What the screening form holds, as typed."""

    weight_kg: str = ""
    systolic: str = ""
    diastolic: str = ""
    pulse: str = ""
    pulse_regular: bool = True
    hb_g_l: str = ""
    hb_method: str = HbMethod.QUICK_METER
    hbsag: str | None = None  # an HbsagResult; None: not recorded
    temperature_c: str = ""


def read_measurements(form: MeasurementForm) -> Measurements:
    """The measurements of the form; UserError lists every field that is impossible."""
    values: dict[str, float | int | None] = {}
    problems = []
    for name, (low, high, unit) in PLAUSIBLE.items():
        text = getattr(form, name).strip()
        if not text:
            values[name] = None
            continue
        has_decimals = "," in text or "." in text
        if not _NUMBER.match(text) or (has_decimals and name not in DECIMAL_FIELDS):
            problems.append(Problem("not_a_number", {"value": text}, name))
            continue
        number = float(text.replace(",", "."))
        if not low <= number <= high:
            problems.append(
                Problem("implausible", {"value": text, "min": low, "max": high, "unit": unit}, name)
            )
            continue
        values[name] = number if name in DECIMAL_FIELDS else int(number)
    systolic, diastolic = values.get("systolic"), values.get("diastolic")
    if systolic is not None and diastolic is not None and systolic <= diastolic:
        problems.append(Problem("systolic_not_above_diastolic", field="systolic"))
    if form.hb_method not in frozenset(HbMethod):
        problems.append(Problem("required", field="hb_method"))
    if form.hbsag is not None and form.hbsag not in frozenset(HbsagResult):
        problems.append(Problem("required", field="hbsag"))
    if problems:
        raise UserError(*problems)
    return Measurements(
        weight_kg=values["weight_kg"],
        systolic=values["systolic"],
        diastolic=values["diastolic"],
        pulse=values["pulse"],
        pulse_regular=form.pulse_regular if values["pulse"] is not None else None,
        hb_g_l=values["hb_g_l"],
        hbsag=None if form.hbsag is None else HbsagResult(form.hbsag),
        temperature_c=values["temperature_c"],
    )
