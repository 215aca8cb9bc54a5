"""Everything a drive package is checked for at the site before it writes anything.

A refusal is a ``UserError`` (``PackageRefused`` when registry lines are the reason):
the package is not installed and the database is left as it was. The checks that the
laptop's own work may overturn meanwhile (its package number, its drive codes, its
DINs, its desk's tickets) are made again inside the install's transaction.
"""

import hashlib
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from db import drives as drive_queries
from db import installation
from db import number_blocks as block_queries
from db import package_installs as package_queries
from db import visits as visit_queries
from desktop.core.domain.desk import valid_desk_letter
from desktop.core.domain.problems import Problem, UserError
from desktop.core.domain.vocabulary import BlockKind, BlockStatus, DriveStatus
from desktop.core.eligibility.provider import Installation, RuleSetProvider, identity_of
from desktop.core.eligibility.ruleset import RuleSetError
from desktop.core.exchange.package_contents import PackageContents
from desktop.core.foundation.rule_set_store import Identity
from desktop.core.foundation.settings import DeskNumbers
from desktop.core.registry.reader import LineError, has_lines


class PackageRefused(UserError):
    """A package whose registry has lines that cannot be installed (checked as any
    registry file is, or matched as the registry import matches them): every line is
    in ``line_errors``; nothing of the package was installed."""

    def __init__(self, line_errors: list[LineError], count: int) -> None:
        super().__init__(Problem("package_registry_refused", {"count": count}))
        self.line_errors = line_errors


@dataclass(frozen=True)
class RuleSetChange:
    """A rule set the package installs (its cases all passed)."""

    text: str
    identity: Identity
    also: tuple[Identity, ...]  # known identities kept with it (the shipped set's)
    cases: int  # how many validation cases passed
    table: str  # those cases (the package's table, CSV text; "": the shipped one)


def already_installed(db: Database, contents: PackageContents) -> bool:
    """True when this very package is the one installed (a no-op); refused when it is
    addressed to another device, older than the one installed (also one installed
    before it), or carries a number used by another package."""
    this_device = installation.device_id(db)
    if contents.device_id != this_device:
        params = {"device": contents.device_id, "this": this_device}
        raise UserError(Problem("package_other_device", params))
    # An older package is refused even if it was installed once: installing it again
    # after a newer one would bring back what the newer one replaced.
    highest = package_queries.highest(db)
    if highest is not None and highest["number"] > contents.number:
        params = {"number": contents.number, "installed": highest["number"]}
        raise UserError(Problem("package_older", params))
    same = package_queries.by_number(db, contents.number)
    if same is not None:
        if same["sha256"] == contents.sha256:
            return True
        raise UserError(Problem("package_number_reused", {"number": contents.number}))
    return False


def registry_of(contents: PackageContents) -> Path | None:
    """The package's registry file; None when it carries none (or a header without
    lines: a center without donors yet). Its lines are checked as they are imported,
    streamed as any registry file is (``RegistryImporter.import_file``): a bad one
    refuses the package then, before anything of it is visible."""
    if contents.registry_path is None:
        return None
    path = Path(contents.registry_path)
    return path if has_lines(path) else None


def rule_set_of(rules: RuleSetProvider, contents: PackageContents) -> RuleSetChange | None:
    """The rule set to install: its text hashes as the manifest says, it is a valid rule
    set under a version not seen here with other content, and every validation case
    passes. None when the package carries none or the one in force already."""
    part = contents.rule_set
    if part is None:
        return None
    if hashlib.sha256(part.text.encode()).hexdigest() != part.sha256:
        raise UserError(Problem("package_rule_set_hash", {"version": part.version}))
    source = "rule_set.toml"
    try:
        checked = rules.check_text(part.text, source, part.cases)
    except RuleSetError as error:
        header = Problem("package_rule_set_invalid", {"version": part.version})
        raise UserError(header, *error.problems) from None
    if checked.rules.version != part.version:
        raise UserError(Problem("package_rule_set_hash", {"version": part.version}))
    if not checked.installed:
        raise UserError(_failed_cases(part.version, checked))
    if rules.current.sha256 == checked.rules.sha256:
        return None
    identity = identity_of(checked.rules, f"{contents.file_name}:{source}")
    also = (rules.shipped_identity(),)
    return RuleSetChange(part.text, identity, also, checked.passed, part.cases)


def _failed_cases(version: str, checked: Installation) -> Problem:
    names = ", ".join(result.case for result in checked.failed)
    params = {"version": version, "failed": len(checked.failed),
              "total": len(checked.results), "cases": names}  # fmt: skip
    return Problem("package_rule_set_cases_failed", params)


@dataclass(frozen=True)
class OwnNumbers:
    """This laptop's own numbers as set here: its FIN ("" before it is set), desk letter
    and DIN block."""

    fin: str
    desk: DeskNumbers


def check_numbers(db: Database, contents: PackageContents, own: OwnNumbers) -> None:
    """What the package's drives, blocks and desk letter would clash with here: a drive
    code this laptop gave another drive, a DIN block outside this laptop's own FIN and
    block (the center carves them from the block the laptop enrolled with: one changed
    here since may be another laptop's now), a DIN block holding DINs (or a label roll)
    this laptop gave another drive, a new desk letter while an open drive holds
    tickets."""
    this_device = installation.device_id(db)
    for drive in contents.drives:
        held = drive_queries.by_code(db, drive["code"])
        if held is not None and held["id"] != drive["id"]:
            raise UserError(Problem("package_drive_code_taken", {"code": drive["code"]}))
    for block in contents.blocks:
        mine = block["for_device"] == this_device and block["kind"] == BlockKind.DIN
        if not mine or block["status"] != BlockStatus.ACTIVE:
            continue
        _check_own(block, own)
        span = (block["fin"], block["year"] % 100, block["first"], block["last"])
        if (other := block_queries.given_to_another_drive(db, span, block["drive_id"])) is not None:
            params = {"fin": block["fin"], "year": block["year"], "first": f"{block['first']:06d}",
                      "last": f"{block['last']:06d}", "drive": other}  # fmt: skip
            raise UserError(Problem("package_block_overlaps", params))
    new, desk_letter = contents.desk_letter, own.desk.letter
    if new and not valid_desk_letter(new):
        raise UserError(Problem("package_desk_letter_invalid", {"letter": new}))
    changing = new and new != desk_letter
    if changing and (code := visit_queries.drive_with_tickets(db, DriveStatus.OPEN)):
        params = {"letter": desk_letter, "new": new, "drive": code}
        raise UserError(Problem("package_desk_letter_in_use", params))


def _check_own(block: dict, own: OwnNumbers) -> None:
    """UserError ``package_block_outside`` unless the DIN block lies in this laptop's."""
    desk = own.desk
    inside = desk.din_block_first <= block["first"] and block["last"] <= desk.din_block_last
    if inside and (not own.fin or block["fin"] == own.fin):
        return
    params = {"fin": block["fin"], "year": block["year"], "first": f"{block['first']:06d}",
              "last": f"{block['last']:06d}", "own_fin": own.fin or "-",
              "own_first": f"{desk.din_block_first:06d}",
              "own_last": f"{desk.din_block_last:06d}"}  # fmt: skip
    raise UserError(Problem("package_block_outside", params))
