"""A site with the center's keys installed, and the center's side of an export file."""

import io
import tarfile
from dataclasses import dataclass
from pathlib import Path

import pyrage

from db import installation
from desktop.core.exchange.export import CENTER_RECIPIENT_KEY, ESCROW_RECIPIENT_KEY
from desktop.core.exchange.keys import device_secret_key, key_id
from desktop.core.exchange.sealing import Signer, signature_path
from desktop.core.services import Services


@dataclass
class CenterKeys:
    center: pyrage.x25519.Identity
    escrow: pyrage.x25519.Identity

    def install(self, services: Services) -> None:
        services.settings.set(CENTER_RECIPIENT_KEY, str(self.center.to_public()))
        services.settings.set(ESCROW_RECIPIENT_KEY, str(self.escrow.to_public()))


def device_signer(services: Services) -> Signer:
    """The device as a center registers it (its id and its public signing key)."""
    public = device_secret_key(services.db).get_public_key()
    device_id = installation.current(services.db)["device_id"]
    return Signer(device_id, public.to_base64().decode())


def signer_lookup(*signers: Signer):
    """The center's registry of device keys: key id -> the device, None if unknown."""
    by_key = {key_id(signer.public_key): signer for signer in signers}
    return by_key.get


def new_center_keys() -> CenterKeys:
    return CenterKeys(pyrage.x25519.Identity.generate(), pyrage.x25519.Identity.generate())


def write_public_key(services: Services, path: Path) -> Path:
    """``device.minisign.pub`` as the stock minisign reads it."""
    path.write_bytes(bytes(device_secret_key(services.db).get_public_key()) + b"\n")
    return path


def sign_as_device(services: Services, path: Path, comment: str) -> None:
    """Sign ``path`` (as it is now) with the device's own key, as the export does."""
    key = device_secret_key(services.db)
    signature = key.sign(path.read_bytes(), prehash=True, trusted_comment=comment)
    signature_path(path).write_bytes(bytes(signature) + b"\n")


def reseal_payload(
    services: Services, path: Path, payload: bytes, keys: CenterKeys, comment: str
) -> None:
    """Replace the export file by ``payload`` encrypted to the center, signed by the
    device's right key: only what is inside can tell it was tampered with."""
    recipients = [keys.center.to_public(), keys.escrow.to_public()]
    path.write_bytes(pyrage.encrypt(payload, recipients))
    sign_as_device(services, path, comment)


def decrypted_payload(path: Path, keys: CenterKeys) -> bytes:
    return pyrage.decrypt(path.read_bytes(), [keys.center])


def tar_with(members: list[tuple[tarfile.TarInfo, bytes | None]]) -> bytes:
    """A tar of these members (data None for a member without content: a link)."""
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w", format=tarfile.USTAR_FORMAT) as tar:
        for info, data in members:
            if data is not None:
                info.size = len(data)
            tar.addfile(info, io.BytesIO(data) if data is not None else None)
    return out.getvalue()


def tar_members(payload: bytes) -> list[tuple[tarfile.TarInfo, bytes]]:
    with tarfile.open(fileobj=io.BytesIO(payload), mode="r:") as tar:
        return [(info, tar.extractfile(info).read()) for info in tar]
