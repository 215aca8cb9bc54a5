"""Settings → the center's keys: the folder, the three fingerprints to compare, then
the keys installed (or nothing, when the folder is wrong or the user says no)."""

import minisign
import pyrage

from desktop.core.exchange.keys import fingerprint, public_key_file


def center_folder(path):
    """The public half of a center's keys, as ``hmtn center init`` leaves them."""
    path.mkdir()
    center, escrow = pyrage.x25519.Identity.generate(), pyrage.x25519.Identity.generate()
    signing = minisign.KeyPair.generate().public_key.to_base64().decode()
    (path / "center.pub").write_text(f"{center.to_public()}\n")
    (path / "escrow.pub").write_text(f"{escrow.to_public()}\n")
    (path / "center.minisign.pub").write_text(public_key_file(signing))
    return str(center.to_public()), str(escrow.to_public()), signing


def test_the_fingerprints_are_shown_and_the_keys_installed_once_confirmed(
    window, services, dialogs, tmp_path
):
    actions = [a.text() for a in window.menuBar().actions()[-3].menu().actions()]
    assert "Cài &khóa của trung tâm…" in actions
    center, escrow, signing = center_folder(tmp_path / "keys")
    dialogs.will_choose_folder(tmp_path / "keys")
    dialogs.will_confirm(False)
    window.set_center_keys()
    shown = dialogs.asked[-1].detail
    assert all(fingerprint(key) in shown for key in (center, escrow, signing))
    assert "Hãy so" in shown  # in Vietnamese
    assert services.identity.center_keys() is None

    dialogs.will_choose_folder(tmp_path / "keys")
    dialogs.will_confirm(True)
    window.set_center_keys()
    installed = services.identity.center_keys()
    assert (installed.center_recipient, installed.escrow_recipient) == (center, escrow)
    assert installed.signing_key == signing
    said = dialogs.asked[-1]  # the user is told it is done, and what comes next
    assert said.kind == "inform" and said.detail.startswith("Đã cài khóa của trung tâm")
    assert "hmtn device enrol" in said.detail


def test_a_folder_without_the_keys_installs_nothing_and_says_which_file(
    window, services, dialogs, tmp_path
):
    dialogs.will_choose_folder(tmp_path)
    window.set_center_keys()
    assert "center.pub" in dialogs.warnings[-1]
    assert services.identity.center_keys() is None
    dialogs.will_cancel("choose_folder")
    window.set_center_keys()
