"""The signed QR text (HMTN2): its canonical message re-checked as the README tells an
outsider to, its parsing, and the QR read back from the page at its printed size."""

import base64
import datetime as dt

import minisign
import pytest
import segno
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from desktop.core.stations import certificate_signature as hmtn2
from desktop.core.stations.certificate_signature import SignedFields
from printing.certificate import write_blank
from printing.certificate_page import QR_SIDE
from tests.pdf_reading import POINTS_PER_MM, decode, pdf_of
from tests.test_certificate_pdfs import certificate

FIELDS = SignedFields("HN01", "HN01-A26-000123", "A123426000011", 350, dt.date(2026, 11, 25),
                      "Đỗ Thị Ngọc Diễm")  # fmt: skip


@pytest.fixture(scope="module")
def pair():
    return minisign.KeyPair.generate()


def test_an_outsider_rechecks_the_signature_from_the_public_key_line_alone(pair):
    text = hmtn2.qr_text(pair.secret_key, FIELDS)
    key_line = pair.public_key.to_base64().decode()
    # as the README says: the message is the text before the last "|", UTF-8
    message, _, encoded = text.rpartition("|")
    assert message == (
        f"HMTN2|{hmtn2.key_id_of(key_line)}|HN01|HN01-A26-000123|A123426000011|350|2026-11-25"
        "|Đỗ Thị Ngọc Diễm"
    )
    raw = base64.b64decode(key_line)
    assert f"{int.from_bytes(raw[2:10], 'little'):016X}" == message.split("|")[1]
    signature = base64.urlsafe_b64decode(encoded + "==")
    assert len(encoded) == 86 and len(signature) == 64
    Ed25519PublicKey.from_public_bytes(raw[10:42]).verify(signature, message.encode())
    qr = hmtn2.parse(text)
    assert qr.fields == FIELDS and hmtn2.signature_valid(qr, key_line)
    other = minisign.KeyPair.generate().public_key.to_base64().decode()
    assert not hmtn2.signature_valid(qr, other)


def test_a_name_holding_the_separator_is_read_to_the_last_one(pair):
    fields = SignedFields("HN01", "S1", "A123426000011", 250, dt.date(2026, 1, 2), "Lê | Văn")
    qr = hmtn2.parse(hmtn2.qr_text(pair.secret_key, fields))
    assert qr.fields == fields
    assert hmtn2.signature_valid(qr, pair.public_key.to_base64().decode())
    with pytest.raises(ValueError):  # no other field may hold it: the text would read two ways
        hmtn2.qr_text(pair.secret_key, SignedFields("HN|01", *list(fields.__dict__.values())[1:]))


@pytest.mark.parametrize(
    "change",
    [
        lambda t: t.replace("HMTN2", "HMTN3"),
        lambda t: t.replace("|350|", "|0350|"),  # not as the signer writes it: no two readings
        lambda t: t.replace("|350|", "|ba trăm|"),
        lambda t: t.replace("2026-11-25", "25/11/2026"),
        lambda t: t.rpartition("|")[0],  # no signature
        lambda t: t[:-2],  # a signature cut short
        lambda t: t.replace("|HN01|", "|"),  # a field missing
        lambda t: t.replace("Đỗ Thị Ngọc Diễm", " "),
    ],
)
def test_text_not_in_the_signers_form_is_not_a_certificate(pair, change):
    assert hmtn2.parse(change(hmtn2.qr_text(pair.secret_key, FIELDS))) is None


@pytest.mark.parametrize(
    ("name", "site", "serial", "most_modules"),
    [
        ("Đỗ Thị Ngọc Diễm", "BVBM", "BVBM-B26-000001", 57),  # a usual one: version 10
        (
            "Tôn Nữ Hoàng Thị Phương Thảo Nguyễn Ngọc",
            "ABCDEFGHIJKL",
            "AB0123456789012345678901",
            61,
        ),
        ("Ữ" * 100, "ABCDEFGHIJKL", "AB0123456789012345678901", 85),  # the longest name allowed
    ],
)
def test_the_signed_qr_reads_back_from_the_page_at_its_printed_size(
    pair, name, site, serial, most_modules
):
    fields = SignedFields(site, serial, "A999926000011", 450, dt.date(2026, 11, 25), name)
    text = hmtn2.qr_text(pair.secret_key, fields)
    modules = segno.make(text, error="m", micro=False).symbol_size(border=0)[0]
    assert modules <= most_modules
    assert QR_SIDE / POINTS_PER_MM / modules >= 0.29  # mm a module on the 25 mm square
    pdf, _, _ = pdf_of(write_blank, [certificate(qr_payload=text, full_name=name)])
    for dpi in (300, 150):  # a phone's view, and a coarse one
        assert decode(pdf[0], dpi) == [("QRCode", text)]
