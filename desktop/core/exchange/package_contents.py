"""What a drive package from the center holds, once its file has been checked and opened:
the contract between the file (``package_file``: signature, decryption, manifest, parts)
and what installs it at the site (``package_install``).

Rows travel as the center stores them (every column, its own origin stamp), so the
site writes them with the merge path and never re-stamps them.
"""

from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Acknowledgement:
    """What the center holds of one incarnation of this device: every change up to
    ``through_seq`` arrived (in export files up to ``export_number``, the last of them
    written at ``exported_at``, UTC ISO 8601)."""

    incarnation: str
    epoch: int
    through_seq: int
    export_number: int
    exported_at: str


@dataclass(frozen=True)
class RuleSetPart:
    version: str
    sha256: str  # of ``text`` encoded as UTF-8
    text: str  # the rule set's TOML, as the center installed it
    # Its validation table (the cases CSV the center installed it with), run at the site
    # before it is installed; "" runs the table shipped with the app instead.
    cases: str = ""


@dataclass
class PackageContents:
    file_name: str  # the .hmtn.age file's name
    sha256: str  # of the .hmtn.age file as read
    number: int  # the package number, per device, from 1
    device_id: str  # the device it is addressed to
    site_code: str
    made_at: str  # UTC ISO 8601, the center's clock
    center_key_id: str  # the center's minisign key id, as minisign prints it
    desk_letter: str  # the queue-number letter the center holds for this device
    registry_path: Path | None  # registry.csv, valid only while the package is open
    registry_rows: int = 0
    rule_set: RuleSetPart | None = None
    drives: list[dict] = field(default_factory=list)  # drive rows, as stored at the center
    assignments: list[dict] = field(default_factory=list)  # drive_assignment rows
    blocks: list[dict] = field(default_factory=list)  # number_block rows for this device
    acknowledgements: list[Acknowledgement] = field(default_factory=list)
