"""A PDF saved onto a full disk: the full-disk sentence, and no part of a file (an
older file of that name stays whole)."""

import os

import pytest

from tests.small_disk import fill, small_disk
from tests.ui.test_pdf_output import roll_of_slips
from ui.operation import failure_text
from ui.pdf_output import save_pdf


def test_a_pdf_saved_onto_a_full_disk_says_so_and_leaves_the_old_file_whole(tmp_path):
    pdf = roll_of_slips()
    with small_disk(tmp_path / "stick", "256k") as stick:
        save_pdf(b"%PDF-1.4 an older file", stick / "phieu.pdf")
        filler = fill(stick)
        with pytest.raises(OSError) as failed:
            save_pdf(pdf, stick / "phieu.pdf")
        assert failure_text(failed.value).startswith("Ổ đĩa đã đầy")
        assert sorted(os.listdir(stick)) == sorted([filler.name, "phieu.pdf"])
        assert (stick / "phieu.pdf").read_bytes() == b"%PDF-1.4 an older file"
