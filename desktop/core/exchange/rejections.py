"""Why an exchanged file is not accepted: one exception per kind of file, with a reason
code.

The reason codes are stable (a center's report and scripts name them); the sentence a
person reads is the problem ``export_<reason>`` (or ``package_<reason>``) in
``ui.messages.PROBLEMS``.
"""

from typing import Any, ClassVar

from desktop.core.domain.problems import Problem, UserError

REASONS = (
    "unsigned",  # no .minisig beside the file
    "signature_invalid",  # the file is not what the device signed (incomplete, damaged)
    "unknown_signer",  # no registered, active device holds the signing key
    "not_for_this_center",  # encrypted to other keys
    "truncated",  # ends early inside
    "damaged",  # cannot be decrypted or read as the format
    "manifest_signature_invalid",  # the manifest inside is not signed by that device
    "unknown_format",
    "foreign_device",  # the manifest names another device than the signer
    "wrong_site",  # the device was enrolled for another site
    "manifest_mismatch",  # a part differs from what the manifest says of it
    "part_missing",
    "unexpected_member",
    "damaged_line",
    "too_large",
)


# Why a drive package is not installed (the site opening the center's file): the
# problem is ``package_<reason>``.
PACKAGE_REASONS = (
    "unsigned",  # no .minisig beside the file
    "signature_invalid",  # the file is not what the center signed (incomplete, damaged)
    "other_signer",  # signed by another key than the center's installed here
    "center_keys_missing",  # this laptop has no center key to check it with
    "not_for_this_device",  # encrypted to, or addressed to, another device
    "truncated",
    "damaged",
    "manifest_signature_invalid",
    "unknown_format",
    "manifest_mismatch",
    "part_missing",
    "unexpected_member",
    "damaged_line",
    "too_large",
)


class FileRejected(UserError):
    """A file refused, with why (a code of ``reasons``); nothing from it was used."""

    prefix: ClassVar[str]
    reasons: ClassVar[tuple[str, ...]]

    def __init__(self, reason: str, params: dict[str, Any] | None = None) -> None:
        if reason not in self.reasons:
            raise ValueError(reason)
        self.reason = reason
        self.params = dict(params or {})
        super().__init__(Problem(f"{self.prefix}_{reason}", self.params))


class ExportRejected(FileRejected):
    """An export file refused at the center."""

    prefix = "export"
    reasons = REASONS


class PackageRejected(FileRejected):
    """A drive package refused at the site."""

    prefix = "package"
    reasons = PACKAGE_REASONS
