"""What a certificate's QR proves, in words: the same lines for ``hmtn certificates
verify`` and the center window's "Check a certificate"."""

from desktop.core.domain.dates import dmy, local_moment
from desktop.core.domain.device_names import short_device_id
from desktop.core.domain.vocabulary import CertificateStatus
from desktop.core.exchange.certificate_check import CertificateCheck, TrustedKey, Verdict
from ui.messages import translate

# The command's exit status per verdict (README, "Checking a certificate").
EXIT_STATUS = {
    Verdict.VALID: 0,
    Verdict.ALTERED: 1,
    Verdict.VOIDED: 3,
    Verdict.UNKNOWN_KEY: 4,
    Verdict.REVOKED_KEY: 4,
    Verdict.UNCHECKABLE: 4,
    Verdict.MALFORMED: 5,
    Verdict.NOT_REGISTERED: 6,
}


def verdict_lines(check: CertificateCheck) -> list[str]:
    """The verdict first, then the certificate's values, then what else is known."""
    lines = [_headline(check)]
    lines += _values(check)
    lines += _notes(check)
    return lines


def _device(device: TrustedKey | None) -> str:
    if device is None:
        return ""
    text = translate("CertificateCheck", "device {device} ({name}) of site {site}")
    return text.format(
        device=short_device_id(device.device_id), name=device.device_name or "-",
        site=device.site_code or "-",
    )  # fmt: skip


def _day(stamp: str | None) -> str:
    return dmy(local_moment(stamp).date()) if stamp else "-"


def _headline(check: CertificateCheck) -> str:
    device, v = _device(check.device), check.verdict
    if v == Verdict.MALFORMED:
        return translate(
            "CertificateCheck", "Not a certificate's QR text: it starts with HMTN2| or HMTN1|."
        )
    if v == Verdict.UNCHECKABLE:
        return translate(
            "CertificateCheck",
            "An HMTN1 certificate (printed before certificates were signed): only the"
            " center's register can check it (--db with the center's database).",
        )
    if v == Verdict.UNKNOWN_KEY:
        return translate(
            "CertificateCheck",
            "Cannot be checked: key {key} is the key of no laptop known here (a laptop the"
            " center has not enrolled, or an invented certificate).",
        ).format(key=check.key_id)
    if v == Verdict.ALTERED:
        if check.proves_less:
            return translate(
                "CertificateCheck",
                "Not valid: its code, donation or DIN are not those of the certificate of"
                " this serial in the center's register: altered or invented.",
            )
        return translate(
            "CertificateCheck",
            "Not valid: the text is not what {device} signed with key {key}: the"
            " certificate was altered or invented.",
        ).format(device=device, key=check.key_id)
    if v == Verdict.VOIDED:
        record = check.record
        if record is not None and record.void_reason is not None:
            return translate("CertificateCheck", "Voided on {date}: {reason}").format(
                date=_day(record.voided_at), reason=record.void_reason
            )
        return translate(
            "CertificateCheck", "Voided on {date} (the reason is kept at the center)."
        ).format(date=_day(record.voided_at if record else None))
    if v == Verdict.REVOKED_KEY:
        assert check.device is not None
        return translate(
            "CertificateCheck",
            "Cannot be trusted without the center: signed by {device}, a laptop revoked on"
            " {date} ({reason}); its key may be in other hands. Only the center's register"
            " can vouch for it.",
        ).format(
            device=device, date=_day(check.device.revoked_at),
            reason=check.device.revoke_reason or "-",
        )  # fmt: skip
    if v == Verdict.NOT_REGISTERED:
        if check.proves_less:
            return translate(
                "CertificateCheck",
                "Not confirmed: the center has no certificate {serial}. Either the site's"
                " files with it have not reached the center yet, or it was invented.",
            ).format(serial=check.legacy.serial if check.legacy else "-")
        return translate(
            "CertificateCheck",
            "Signed by {device}, but the center has no certificate {serial}: either the"
            " site's files with it have not reached the center yet, or it was made with"
            " that laptop's key by someone else.",
        ).format(device=device, serial=check.fields.serial if check.fields else "-")
    if check.proves_less:
        return translate(
            "CertificateCheck",
            "Valid, but an HMTN1 certificate proves less: its serial, donation and DIN are"
            " those of a certificate in the center's register; its code covers neither the"
            " name, the volume nor the date: compare them with the register's below.",
        )
    return translate("CertificateCheck", "Valid: issued by {device}, key {key}.").format(
        device=device, key=check.key_id
    )


def _values(check: CertificateCheck) -> list[str]:
    if check.fields is not None:
        f = check.fields
        ml = translate("CertificateCheck", "{ml} ml").format(ml=f.volume_ml)
        shown = [
            (translate("CertificateCheck", "Serial"), f.serial),
            (translate("CertificateCheck", "DIN"), f.din),
            (translate("CertificateCheck", "Donor"), f.full_name),
            (translate("CertificateCheck", "Volume"), ml),
            (translate("CertificateCheck", "Date"), dmy(f.donation_date)),
            (translate("CertificateCheck", "Site"), f.site_code),
        ]
    elif check.legacy is not None:
        shown = [
            (translate("CertificateCheck", "Serial"), check.legacy.serial),
            (translate("CertificateCheck", "DIN"), check.legacy.din),
        ]
        record = check.record
        if record is not None and check.verdict != Verdict.ALTERED:
            shown += [
                (translate("CertificateCheck", "Donor (register)"), record.full_name),
                (translate("CertificateCheck", "Volume (register)"),
                 translate("CertificateCheck", "{ml} ml").format(ml=record.volume_ml)),
                (translate("CertificateCheck", "Date (register)"), dmy(record.donation_date)),
            ]  # fmt: skip
    else:
        return []
    width = max(len(label) for label, _ in shown)
    return [f"  {label + ':':<{width + 1}} {value}" for label, value in shown]


def _notes(check: CertificateCheck) -> list[str]:
    notes = []
    record = check.record
    if check.registered and record is not None and check.verdict == Verdict.VALID:
        if record.status == CertificateStatus.RESERVED:
            notes.append(
                translate(
                    "CertificateCheck",
                    "In the register as reserved, its printing never confirmed: ask the site"
                    " whether it was handed out.",
                )
            )
        else:
            notes.append(translate("CertificateCheck", "In the register: issued, not voided."))
        device = check.device
        if device is not None and device.revoked_at:
            notes.append(
                translate(
                    "CertificateCheck", "Its laptop was revoked on {date} ({reason})."
                ).format(date=_day(device.revoked_at), reason=device.revoke_reason or "-")
            )
    if check.differences and record is not None:
        now = {
            "din": record.din, "full_name": record.full_name,
            "volume_ml": translate("CertificateCheck", "{ml} ml").format(ml=record.volume_ml),
            "donation_date": dmy(record.donation_date),
            "site_code": check.device.site_code if check.device else "",
        }  # fmt: skip
        names = {
            "din": translate("CertificateCheck", "DIN"),
            "full_name": translate("CertificateCheck", "Donor"),
            "volume_ml": translate("CertificateCheck", "Volume"),
            "donation_date": translate("CertificateCheck", "Date"),
            "site_code": translate("CertificateCheck", "Site"),
        }
        notes.append(
            translate(
                "CertificateCheck",
                "The signature is sound, but the center's records now hold other values"
                " (corrected after printing?):",
            )
        )
        notes += [f"  {names[name]}: {now[name]}" for name in check.differences]
    return notes
