"""The Drive menu's export for the center: the stick asked for, the file written off the
GUI thread, and what the user reads."""

from PySide6.QtCore import QCoreApplication

from desktop.core.domain.problems import Problem
from desktop.core.exchange.rejections import REASONS
from desktop.core.exchange.sealing import open_export
from tests.exchange_fixtures import device_signer, new_center_keys, signer_lookup
from ui.messages import PROBLEMS, problem_text


def test_the_drive_menu_writes_the_export_to_the_chosen_stick(
    window, services, dialogs, qtbot, donors, drive, tmp_path
):
    keys = new_center_keys()
    keys.install(services)
    services.settings.update_device("TTHH-HN", "Bàn 1")
    visit = services.checkin.check_in(drive, donors.register()).visit
    stick = tmp_path / "usb"
    stick.mkdir()
    dialogs.will_choose_folder(stick)
    window.export_action.trigger()
    dialog = window.export_dialog
    qtbot.waitUntil(lambda: dialog.result is not None and not dialog.running)
    written = dialog.result.path
    assert sorted(p.name for p in stick.iterdir()) == [written.name, written.name + ".minisig"]
    text = dialog.message.text()
    assert str(written) in text and "Có thể rút USB an toàn" in text
    assert dialog.intro.text() == "Đã ghi và kiểm tra tệp xuất số 1."
    assert not dialog.at_center.isVisibleTo(dialog)  # nothing acknowledged yet
    assert dialogs.asked[0].title == "Chọn USB (hoặc thư mục) để ghi tệp xuất dữ liệu"
    work = tmp_path / "center"
    work.mkdir()
    lookup = signer_lookup(device_signer(services))
    with open_export(written, signer_for=lookup, identities=[keys.center], workdir=work) as opened:
        assert [row["id"] for row in opened.rows("visit")] == [visit.id]
    dialog.close()


def test_without_the_centers_keys_it_says_so_and_asks_for_no_stick(window, dialogs):
    window.export_action.trigger()
    assert window.export_dialog is None
    assert dialogs.warnings == [
        "Hãy nhập mã cơ sở trước (Cài đặt → Thiết lập ban đầu cho cơ sở…). Chưa ghi gì.\n"
        "Hãy cài khóa của trung tâm trước (Cài đặt → Cài khóa của trung tâm…; hoặc lệnh hmtn"
        " device set-center): tệp được mã hóa bằng các khóa này. Chưa ghi gì."
    ]


def test_a_stick_pulled_out_before_writing_is_said_in_red(
    window, services, dialogs, qtbot, tmp_path
):
    new_center_keys().install(services)
    services.settings.update_device("TTHH-HN", "Bàn 1")
    gone = tmp_path / "usb"
    dialogs.will_choose_folder(gone)
    window.export_action.trigger()
    dialog = window.export_dialog
    qtbot.waitUntil(lambda: dialog.message.text() != "")
    assert dialog.message.text() == (
        f"Không tìm thấy thư mục {gone} (USB đã cắm chưa?). Chưa ghi gì."
    )
    assert dialog.intro.text() == "Chưa ghi được tệp xuất dữ liệu nào."
    assert dialog.result is None
    dialog.close()


def test_choosing_no_stick_writes_nothing(window, services, dialogs):
    new_center_keys().install(services)
    services.settings.update_device("TTHH-HN", "Bàn 1")
    dialogs.will_cancel("choose_folder")
    window.export_action.trigger()
    assert window.export_dialog is None
    assert services.db.execute("SELECT count(*) FROM export_log").fetchone()[0] == 0


def test_every_reason_a_center_gives_has_a_vietnamese_sentence():
    for reason in REASONS:
        source = PROBLEMS[f"export_{reason}"]
        assert QCoreApplication.translate("Messages", source) != source, reason
        assert "{" not in problem_text(
            Problem(f"export_{reason}", {"name": "x", "line": 1, "key_id": "k", "device": "d",
                                          "format": "f", "version": "1", "site": "HN01",
                                          "enrolled": "HN02"})
        )  # fmt: skip


def test_once_the_center_acknowledged_the_dialog_says_up_to_when_all_is_there(
    window, services, dialogs, qtbot, donors, drive, tmp_path
):
    import datetime as dt

    from db import installation
    from desktop.core.exchange.package_contents import Acknowledgement
    from tests.packages import package

    new_center_keys().install(services)
    services.settings.update_device("TTHH-HN", "Bàn 1")
    services.checkin.check_in(drive, donors.register())
    device = installation.current(services.db)
    ack = Acknowledgement(device["incarnation"], device["epoch"], device["last_change_seq"], 1,
                          "2026-11-24T10:15:00.000000Z")  # fmt: skip
    services.package_installer.install(
        package(tmp_path, device["device_id"], 1, acknowledgements=[ack])
    )
    stick = tmp_path / "usb"
    stick.mkdir()
    dialogs.will_choose_folder(stick)
    window.export_action.trigger()
    dialog = window.export_dialog
    qtbot.waitUntil(lambda: dialog.result is not None and not dialog.running)
    moment = dt.datetime(2026, 11, 24, 10, 15, tzinfo=dt.UTC).astimezone()
    assert dialog.at_center.isVisibleTo(dialog)
    assert dialog.at_center.text() == (
        f"Mọi thay đổi đến {moment:%d/%m/%Y %H:%M} đã có ở trung tâm."
    )
    assert dialog.result.seq_from == device["last_change_seq"]
    dialog.close()
