"""The laboratory's results at a real center holding merged units: imported all or
nothing, matched by DIN, never overwriting; the facts they give (a blood group, a
permanent deferral) derived, never written into the merged records; the unit held, the
donor listed to notify; the differences a named person decides."""

import datetime as dt
from pathlib import Path

import pytest

from desktop.core.domain.problems import UserError
from desktop.core.domain.vocabulary import LabConflictKind, LabConflictStatus, NoticeStatus
from desktop.core.exchange.lab_import import LabFileStatus
from desktop.core.foundation.progress import Cancelled, Progress
from desktop.core.foundation.session import SYSTEM_ACTOR
from tests.lab_center import OFFICER, LabCenter, build, copied, line, results_file

TESTED = dt.date(2026, 11, 26)
DRIVE = dt.date(2026, 11, 24)


@pytest.fixture
def made(lab_center_made) -> Path:
    return lab_center_made


@pytest.fixture
def lab(made, tmp_path) -> LabCenter:
    made = build(copied(made, tmp_path / "center.sqlite3"), tmp_path)
    yield made
    made.close()


def imported(lab: LabCenter, *paths):
    return lab.services.lab.import_files(paths)


def held(lab: LabCenter) -> list[tuple]:
    return lab.query(
        "SELECT donation_id, reason, params, status FROM quarantine WHERE reason LIKE 'lab_%'"
        " ORDER BY 1, 2"
    )


LAB_TABLES = ("lab_import", "lab_result", "lab_conflict", "lab_notice")


def counts(lab: LabCenter) -> dict[str, int]:
    return {t: lab.query(f"SELECT count(*) FROM {t}")[0][0] for t in (*LAB_TABLES, "quarantine")}


def test_results_fill_groups_hold_units_defer_and_list_donors_without_touching_records(
    lab, tmp_path
):
    donors_before = lab.query("SELECT * FROM donor ORDER BY id")
    path = results_file(
        tmp_path, "ket-qua-1.csv",
        line(lab.plain, "A+"),
        line(lab.grouped, "B+"),  # recorded O+: a difference a person decides
        line(lab.other_site, "O-", "+anti_hiv"),
        line(lab.twin, "AB+", "~hbsag"),
    )  # fmt: skip
    [report] = imported(lab, path)
    assert report.status == LabFileStatus.ACCEPTED
    assert (report.lines, report.new, report.unchanged, report.to_review) == (4, 4, 0, 0)
    assert (report.positive, report.reactive, report.group_conflicts) == (1, 1, 1)
    # the merged records are as the sites sent them
    assert lab.query("SELECT * FROM donor ORDER BY id") == donors_before
    facts = lab.services.lab.facts()
    assert facts.deferred == {lab.other_site.donor_id: TESTED}
    assert facts.groups == {
        lab.plain.donor_id: ("A", "+"),
        lab.other_site.donor_id: ("O", "-"),
        lab.twin_first.donor_id: ("AB", "+"),  # the person: the surviving record
    }
    assert held(lab) == sorted([
        (lab.other_site.id, "lab_positive", '{"markers": ["anti_hiv"]}', "held"),
        (lab.twin.id, "lab_reactive", '{"markers": ["hbsag"]}', "held"),
    ])  # fmt: skip
    [notice] = lab.services.lab.notices()
    assert (notice.din, notice.person.id, notice.person.full_name, notice.markers) == (
        lab.other_site.din, lab.other_site.donor_id, "Trần Thị Mai", ["anti_hiv"],
    )  # fmt: skip
    assert (notice.found_on, notice.device_id, notice.status) == (
        TESTED, lab.sites[1].device_id, "to_notify",
    )  # fmt: skip
    [conflict] = lab.services.lab.conflicts()
    assert (conflict.kind, conflict.person.id, conflict.din) == (
        LabConflictKind.BLOOD_GROUP, lab.grouped.donor_id, lab.grouped.din,
    )  # fmt: skip
    assert (conflict.lab_group, conflict.recorded_group) == (("B", "+"), ("O", "+"))
    # every result stored in the officer's name, with the file's name
    assert lab.query(
        "SELECT count(*), min(actor_name), min(note) FROM audit_log WHERE action = 'lab_result'"
    ) == [(4, OFFICER, "ket-qua-1.csv")]
    [(file_name, lines, by)] = lab.query("SELECT file_name, lines, imported_by FROM lab_import")
    assert (file_name, lines, by) == ("ket-qua-1.csv", 4, lab.officer_id)


def test_the_same_results_again_change_nothing_and_other_results_wait_for_a_person(lab, tmp_path):
    first = results_file(tmp_path, "ket-qua-1.csv", line(lab.plain, "A+"),
                         line(lab.other_site, "O-", "~anti_hcv"))  # fmt: skip
    imported(lab, first)
    before = counts(lab)
    [again] = imported(lab, first)
    assert again.status == LabFileStatus.ALREADY and counts(lab) == before
    later = results_file(tmp_path, "ket-qua-2.xlsx.csv", line(lab.plain, "A+"),
                         line(lab.other_site, "O-", "+anti_hcv"))  # fmt: skip
    [report] = imported(lab, later)
    assert (report.new, report.unchanged, report.to_review) == (0, 1, 1)
    # nothing overwritten: the unit is still held as reactive; the positive results that
    # wait for a person hold it and defer the donor meanwhile (nobody notified yet)
    assert [r[1] for r in held(lab)] == ["lab_positive", "lab_reactive"]
    assert lab.services.lab.facts().deferred == {lab.other_site.donor_id: TESTED}
    assert lab.services.lab.notices() == []
    [conflict] = lab.services.lab.conflicts()
    assert conflict.kind == LabConflictKind.RESULTS
    assert (conflict.first["anti_hcv"], conflict.later["anti_hcv"]) == ("reactive", "positive")
    # the same later results in a third file are not a second conflict
    [third] = imported(lab, results_file(tmp_path, "ket-qua-3.csv",
                                         line(lab.other_site, "O-", "+anti_hcv")))  # fmt: skip
    assert (third.unchanged, third.to_review) == (1, 0)
    assert len(lab.services.lab.conflicts()) == 1

    lab.services.lab.decide(conflict.id, LabConflictStatus.TAKEN, "Khẳng định bằng xét nghiệm lại")
    assert [r[1:] for r in held(lab)] == [("lab_positive", '{"markers": ["anti_hcv"]}', "held")]
    assert lab.services.lab.facts().deferred == {lab.other_site.donor_id: TESTED}
    assert [n.din for n in lab.services.lab.notices()] == [lab.other_site.din]
    [decided] = lab.services.lab.conflicts(LabConflictStatus.TAKEN)
    assert (decided.decided_by, decided.decision_reason) == (
        OFFICER, "Khẳng định bằng xét nghiệm lại",
    )  # fmt: skip
    assert lab.query(
        "SELECT status FROM lab_result WHERE din = ? ORDER BY created_at", [lab.other_site.din]
    ) == [("superseded",), ("current",)]
    with pytest.raises(UserError) as refused:
        lab.services.lab.decide(conflict.id, LabConflictStatus.KEPT, "Đổi ý")
    assert [p.code for p in refused.value.problems] == ["lab_conflict_decided"]


def test_later_negative_results_taken_withdraw_what_the_positive_ones_did(lab, tmp_path):
    imported(lab, results_file(tmp_path, "1.csv", line(lab.plain, "A+", "+syphilis")))
    imported(lab, results_file(tmp_path, "2.csv", line(lab.plain, "A+")))
    [conflict] = lab.services.lab.conflicts()
    lab.services.lab.decide(conflict.id, LabConflictStatus.TAKEN, "Dương tính giả, đã xác minh")
    assert held(lab) == []  # the undecided entry follows the results
    assert lab.services.lab.facts().deferred == {}
    assert lab.services.lab.notices() == []
    [withdrawn] = lab.services.lab.notices(NoticeStatus.WITHDRAWN)
    assert withdrawn.din == lab.plain.din


def test_keeping_the_first_results_rejects_the_later_ones(lab, tmp_path):
    imported(lab, results_file(tmp_path, "1.csv", line(lab.plain, "A+")))
    imported(lab, results_file(tmp_path, "2.csv", line(lab.plain, "A+", "+hbsag")))
    [conflict] = lab.services.lab.conflicts()
    lab.services.lab.decide(conflict.id, LabConflictStatus.KEPT, "Nhầm mẫu, đã làm lại")
    assert held(lab) == [] and lab.services.lab.facts().deferred == {}
    assert lab.query("SELECT status FROM lab_result ORDER BY created_at") == [
        ("current",), ("rejected",),
    ]  # fmt: skip


def test_a_person_takes_or_keeps_the_lab_blood_group_with_a_reason(lab, tmp_path):
    imported(lab, results_file(tmp_path, "1.csv", line(lab.grouped, "B+")))
    [conflict] = lab.services.lab.conflicts()
    with pytest.raises(UserError) as refused:
        lab.services.lab.decide(conflict.id, LabConflictStatus.TAKEN, "  ")
    assert [p.code for p in refused.value.problems] == ["required"]
    lab.services.session.actor = SYSTEM_ACTOR
    with pytest.raises(UserError) as nobody:
        lab.services.lab.decide(conflict.id, LabConflictStatus.TAKEN, "Định nhóm lại: B+")
    assert [p.code for p in nobody.value.problems] == ["decision_needs_a_person"]
    lab.services.staff.sign_in(lab.services.staff.get(lab.officer_id))
    lab.services.lab.decide(conflict.id, LabConflictStatus.TAKEN, "Định nhóm lại: B+")
    assert lab.services.lab.conflicts() == []
    assert lab.services.lab.facts().groups == {lab.grouped.donor_id: ("B", "+")}
    [decided] = lab.services.lab.conflicts(LabConflictStatus.TAKEN)
    assert (decided.person.full_name, decided.lab_group, decided.recorded_group) == (
        "Lê Văn Hùng", ("B", "+"), ("O", "+"),
    )  # fmt: skip
    assert lab.query(
        "SELECT actor_name, note FROM audit_log WHERE action = 'lab_conflict_decided'"
    ) == [(OFFICER, "Định nhóm lại: B+")]


def test_a_file_with_a_din_the_center_does_not_hold_changes_nothing(lab, tmp_path):
    before, quarantine_before = counts(lab), held(lab)
    lab.query("INSERT INTO merge_hold VALUES ('donation', ?, 'din', ?, 'seen_twice', '')",
              [lab.grouped.id, "A100226000009"])  # fmt: skip
    path = results_file(
        tmp_path, "sai.csv",
        line(lab.plain, "A+", "+anti_hiv"),  # good, but the file is refused as a whole
        "A100126999999,A,+,âm tính,âm tính,âm tính,âm tính,,",
        "A100226000009,A,+,âm tính,âm tính,âm tính,âm tính,,",
        line(lab.other_site, "O+", tested="20/11/2026"),
    )  # fmt: skip
    [report] = imported(lab, path)
    assert report.status == LabFileStatus.REFUSED
    assert [(e.line, e.column, e.problem.code) for e in report.errors] == [
        (3, "din", "lab_din_unknown"),
        (4, "din", "lab_din_held"),
        (5, "tested_on", "lab_tested_before_donation"),
    ]
    assert report.errors[2].problem.params == {
        "tested": dt.date(2026, 11, 20),
        "donated": DRIVE.isoformat(),
    }
    assert counts(lab) == before and held(lab) == quarantine_before


def test_a_cancel_while_storing_leaves_nothing(lab, tmp_path):
    path = results_file(tmp_path, "1.csv", line(lab.plain, "A+", "+hbsag"))
    before = counts(lab)

    def cancel_when_storing(phase: str, _done: int, _total: int) -> None:
        if phase == "store":
            raise Cancelled

    with pytest.raises(Cancelled):
        lab.services.lab.import_files([path], Progress(cancel_when_storing))
    assert counts(lab) == before


def test_a_later_merge_keeps_the_lab_holding_the_unit(lab, tmp_path):
    """The safety re-checks after a merge own their reasons only: before, they withdrew
    every undecided entry they did not find themselves, a lab-positive unit's too."""
    imported(lab, results_file(tmp_path, "1.csv", line(lab.plain, "A+", "+anti_hiv")))
    site = lab.sites[0]
    site.mark = site.last_seq()
    site.amend_volume(lab.plain, 430)
    lab.services.center.merge("HN01-2", site.export()[0])
    assert [r[1] for r in held(lab)] == ["lab_positive"]


def test_a_donor_is_told_with_how_and_when_by_a_named_person(lab, tmp_path):
    imported(lab, results_file(tmp_path, "1.csv", line(lab.plain, "A+", "+hbsag")))
    [notice] = lab.services.lab.notices()
    with pytest.raises(UserError) as refused:
        lab.services.lab.mark_notified(notice.id, "", "31/12/2999", "")
    assert [(p.code, p.field) for p in refused.value.problems] == [
        ("required", "method"), ("date_in_future", "notified_on"),
    ]  # fmt: skip
    lab.services.lab.mark_notified(notice.id, "phone", "30/11/2026", "Hẹn đến trung tâm tư vấn")
    assert lab.services.lab.notices() == []
    [told] = lab.services.lab.notices(NoticeStatus.NOTIFIED)
    assert (told.method, told.notified_on, told.notified_by, told.note) == (
        "phone", dt.date(2026, 11, 30), OFFICER, "Hẹn đến trung tâm tư vấn",
    )  # fmt: skip
    assert lab.query("SELECT actor_name FROM audit_log WHERE action = 'lab_notified'") == [
        (OFFICER,)
    ]
    with pytest.raises(UserError) as again:
        lab.services.lab.mark_notified(notice.id, "letter", "30/11/2026", "")
    assert [p.code for p in again.value.problems] == ["lab_notice_not_open"]


def test_a_site_database_refuses_lab_results(services, tmp_path):
    path = results_file(tmp_path, "1.csv", "A100126000001,A,+,âm tính,âm tính,âm tính,âm tính,,")
    with pytest.raises(UserError) as refused:
        services.lab.import_files([path])
    assert [p.code for p in refused.value.problems] == ["not_center"]


def test_a_positive_result_waiting_for_a_person_holds_the_unit_and_defers_the_donor(lab, tmp_path):
    """Other results for a unit wait for a person's decision, but never in the donor's
    favour meanwhile: a confirmed positive marker the laboratory sent later holds the
    unit and defers the person (the next package carries it) until a person keeps the
    first results; the donor is listed to notify once a person takes them."""
    imported(lab, results_file(tmp_path, "1.csv", line(lab.twin, "A+")))
    [report] = imported(lab, results_file(tmp_path, "2.csv", line(lab.twin, "A+", "+anti_hiv")))
    assert report.to_review == 1
    assert held(lab) == [(lab.twin.id, "lab_positive", '{"markers": ["anti_hiv"]}', "held")]
    assert lab.services.lab.facts().deferred == {lab.twin_first.donor_id: TESTED}
    assert lab.services.lab.notices() == []  # not told before a person confirms it
    [conflict] = lab.services.lab.conflicts()
    lab.services.lab.decide(conflict.id, LabConflictStatus.KEPT, "Nhầm mẫu, đã làm lại")
    assert held(lab) == [] and lab.services.lab.facts().deferred == {}


def test_results_are_imported_in_their_starters_name_when_the_screen_locks_meanwhile(lab, tmp_path):
    from tests.long_work import actors_since, audit_mark, locking

    path = results_file(tmp_path, "1.csv", line(lab.plain, "A+"))
    mark = audit_mark(lab.services)
    [report] = lab.services.lab.import_files([path], locking(lab.services))
    assert report.status == LabFileStatus.ACCEPTED and lab.services.locked is not None
    assert actors_since(lab.services, mark) == {OFFICER}
