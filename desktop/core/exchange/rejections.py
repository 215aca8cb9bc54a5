"""Why an export file is not accepted: one exception with a reason code.

The reason codes are stable (a center's report and scripts name them); the sentence a
person reads is the problem ``export_<reason>`` in ``ui.messages.PROBLEMS``.
"""

from typing import Any

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


class ExportRejected(UserError):
    """An export file refused, with why; nothing from it was used."""

    def __init__(self, reason: str, params: dict[str, Any] | None = None) -> None:
        if reason not in REASONS:
            raise ValueError(reason)
        self.reason = reason
        self.params = dict(params or {})
        super().__init__(Problem(f"export_{reason}", self.params))
