"""Every reason a laptop gives for not opening a drive package, and every failure to
write one at the center, is a sentence in Vietnamese (the codes are made from the
reason, so the catalog's own test cannot find them)."""

from PySide6.QtCore import QCoreApplication

from desktop.core.domain.problems import Problem
from desktop.core.exchange.rejections import PACKAGE_REASONS
from ui.messages import PROBLEMS, problem_text

PARAMS = {"name": "x", "line": 1, "key_id": "K", "format": "f", "version": "1",
          "file": "f.hmtn.age", "folder": "/media/usb", "error": "e", "device": "d"}  # fmt: skip
WRITING = ("file_exists", "disk_full", "not_written", "verify_failed", "folder_missing",
           "no_recipient", "device_revoked")  # fmt: skip


def test_every_package_refusal_and_write_failure_has_a_vietnamese_sentence():
    for reason in (*PACKAGE_REASONS, *WRITING):
        source = PROBLEMS[f"package_{reason}"]
        assert QCoreApplication.translate("Messages", source) != source, reason
        assert "{" not in problem_text(Problem(f"package_{reason}", PARAMS)), reason
