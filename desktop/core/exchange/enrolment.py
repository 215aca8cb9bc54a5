"""The enrolment file a device hands to the center (``enrolment.json`` beside
``device.minisign.pub``): who the device is, its numbers, its signing key and (format
version 2) its age recipient, to which the center encrypts the device's drive packages.

Reading one checks every field, so the center registers nothing from a damaged or
hand-edited file. A version 1 file (written before packages existed) still reads, with
no recipient: the center then enrols the device but writes it no package until it
enrols again."""

import json
import uuid
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from desktop.core.domain.desk import MAX_DIN_SEQUENCE, valid_desk_letter
from desktop.core.domain.isbt128 import DinError, check_fin
from desktop.core.domain.problems import Problem, UserError
from desktop.core.exchange.keys import fingerprint, key_id, parse_recipient, parse_signing_key
from desktop.core.foundation.settings import MAX_DEVICE_NAME, SITE_CODE

FORMAT = "hmtn-enrolment"
FORMAT_VERSION = 2
READABLE_VERSIONS = (1, 2)
ENROLMENT_FILE = "enrolment.json"
PUBLIC_KEY_FILE = "device.minisign.pub"


@dataclass(frozen=True)
class Enrolment:
    site_code: str
    device_id: str
    device_name: str
    incarnation: str
    epoch: int
    desk_letter: str
    din_block_first: int
    din_block_last: int
    fin: str
    signing_key: str
    key_id: str
    recipient: str = ""  # the device's age recipient ("" from a version 1 file)

    @property
    def fingerprint(self) -> str:
        """What a person compares with the device's own, before the center adds it."""
        return fingerprint(self.signing_key)

    def to_json(self) -> str:
        values = {"format": FORMAT, "format_version": FORMAT_VERSION, **asdict(self)}
        return json.dumps(values, ensure_ascii=False, sort_keys=True, indent=2) + "\n"


def read_enrolment(folder: Path) -> Enrolment:
    """The enrolment in ``folder``; UserError says what is missing or wrong."""
    path = folder / ENROLMENT_FILE
    key_path = folder / PUBLIC_KEY_FILE
    for needed in (path, key_path):
        if not needed.is_file():
            raise UserError(Problem("enrolment_missing", {"file": str(needed)}))
    try:
        values = json.loads(path.read_text(encoding="utf-8"))
        key_file = key_path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError, ValueError) as error:
        raise _malformed(path, str(error)) from error
    enrolment = _checked(values, path)
    try:
        file_key = parse_signing_key(key_file)
    except ValueError as error:
        raise _malformed(key_path, str(error)) from error
    if file_key != enrolment.signing_key:
        raise UserError(Problem("enrolment_key_mismatch", {"file": str(key_path)}))
    return enrolment


def _malformed(path: Path, detail: str) -> UserError:
    return UserError(Problem("enrolment_malformed", {"file": str(path), "detail": detail}))


def _checked(values: object, path: Path) -> Enrolment:
    if not isinstance(values, dict) or values.get("format") != FORMAT:
        raise _malformed(path, f"format is not {FORMAT}")
    version = values.get("format_version")
    if version not in READABLE_VERSIONS or isinstance(version, bool):
        raise _malformed(path, f"format_version is not {FORMAT_VERSION}")
    names = {f.name: f.type for f in fields(Enrolment)}
    if version == 1:
        values = {**values, "recipient": ""}
    for name, kind in names.items():
        wanted = int if kind in (int, "int") else str
        value = values.get(name)
        if not isinstance(value, wanted) or isinstance(value, bool):
            raise _malformed(path, f"{name} is missing or not a {wanted.__name__}")
    enrolment = Enrolment(**{name: values[name] for name in names})
    if version >= 2 and not enrolment.recipient:
        raise _malformed(path, "recipient is missing")
    if (problem := _field_problem(enrolment)) is not None:
        raise _malformed(path, problem)
    return enrolment


def _field_problem(e: Enrolment) -> str | None:
    """What is wrong with the fields' values, or None."""
    try:
        for value in (e.device_id, e.incarnation):
            if str(uuid.UUID(value)) != value or uuid.UUID(value).version != 7:
                return f"{value!r} is not a UUIDv7 as the application writes it"
        if check_fin(e.fin) != e.fin:
            return f"fin {e.fin!r}"
        signing_key = parse_signing_key(e.signing_key)
    except (ValueError, DinError) as error:
        return str(error) or "a value is not valid"
    if len(e.device_name) > MAX_DEVICE_NAME or not e.device_name.isprintable():
        return "device_name"
    if not SITE_CODE.match(e.site_code):
        return f"site_code {e.site_code!r}"
    if not valid_desk_letter(e.desk_letter):
        return f"desk_letter {e.desk_letter!r}"
    if not 1 <= e.din_block_first <= e.din_block_last <= MAX_DIN_SEQUENCE:
        return f"DIN block {e.din_block_first}..{e.din_block_last}"
    if e.epoch < 0:
        return "epoch"
    if key_id(signing_key) != e.key_id:
        return "key_id does not match signing_key"
    return _recipient_problem(e.recipient)


def _recipient_problem(recipient: str) -> str | None:
    if not recipient:
        return None  # a version 1 file: checked by the version
    try:
        return None if parse_recipient(recipient) == recipient else "recipient"
    except ValueError as error:
        return str(error)
