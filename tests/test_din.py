"""ISBT 128 donation identification numbers: check character, scanning, printing.

Check characters are pinned to examples published with their check characters (ICCBBA's
ISBT 128 Standard Technical Specification ST-001 and the UK Red Book), cross-checked with
the weighted-sum definition in /work/shared/domain.md, and the detection of single
substitutions and adjacent transpositions is checked over random DINs.
"""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.domain.isbt128 import (
    FIN_PATTERN,
    Din,
    DinError,
    check_character,
    check_fin,
    check_value,
    make_din,
    parse_scan,
)

ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ*"  # ISO/IEC 7064 MOD 37-2, value = index
FIRST_CHARS = "ABCDEFGHIJKLMNPQRSTUVWXYZ123456789"  # A-N, P-Z, 1-9 (no O, no 0)

ST001 = "ICCBBA ST-001 v6.2.2 (ISBT 128 Standard Technical Specification)"
ST001_COPY = "transcribed in github.com/pdesiatnyk/ISBT128 documents/iccbba.md"
RED_BOOK = (
    "UK Red Book (Guidelines for the Blood Transfusion Services in the UK), Annex 2, "
    "https://www.transfusionguidelines.org/red-book/annex-2-isbt-128-check-character-calculation"
)

# (13 characters, published check character, where it is published)
PUBLISHED = [
    # ST-001 Appendix A.1 "Example of Calculation": G1234 17 654321 -> checksum 10, K = A.
    ("G123417654321", "A", f"{ST001} Appendix A.1, {ST001_COPY}"),
    # Red Book Table A2.2: G123 498 654 321 -> ISO 37,2 checksum 17, eye-readable H.
    ("G123498654321", "H", RED_BOOK),
    # ST-001 Figure 2 "Donation Numbering": A9999 21 123456, flags 01, check character 3.
    ("A999921123456", "3", f"{ST001} Figure 2, {ST001_COPY}"),
    # ST-001 Appendix C Figure 20, blood product label: A9998 20 123456 ... E.
    ("A999820123456", "E", f"{ST001} Appendix C Figure 20, {ST001_COPY}"),
    # ST-001 Appendix C Figure 21, human tissue labels 1 and 3: A9999 17 123456 ... 9.
    ("A999917123456", "9", f"{ST001} Appendix C Figure 21, {ST001_COPY}"),
    # ST-001 Appendix C Figure 21, human tissue label 4: A9999 17 123654 ... Y.
    ("A999917123654", "Y", f"{ST001} Appendix C Figure 21, {ST001_COPY}"),
    # ST-001 Appendix C Figure 22, cornea label: A9999 17 345628 ... * (value 36).
    ("A999917345628", "*", f"{ST001} Appendix C Figure 22, {ST001_COPY}"),
    # ST-001 Appendix C Figure 22, sclera label: A9999 17 345658 ... O (value 24).
    ("A999917345658", "O", f"{ST001} Appendix C Figure 22, {ST001_COPY}"),
    # ST-001 Appendix C Figure 23, human milk labels: A9999 15 000001 ... M.
    ("A999915000001", "M", f"{ST001} Appendix C Figure 23, {ST001_COPY}"),
    # ST-001 Appendix C Figure 23, human milk labels: A9999 18 000001 ... 8.
    ("A999918000001", "8", f"{ST001} Appendix C Figure 23, {ST001_COPY}"),
]

SAMPLE = Din("A9999", 26, 123456)  # check character T (value 29), printed flags 89


def definition_check_value(din13: str) -> int:
    """domain.md, literally: weight each value by 2^n, n counted from the right from 1."""
    total = sum(ALPHABET.index(char) * 2**n for n, char in enumerate(reversed(din13), start=1))
    return (38 - total % 37) % 37


def problem_code(text: str) -> str:
    with pytest.raises(DinError) as refused:
        parse_scan(text)
    return refused.value.problem.code


dins = st.builds(
    Din,
    fin=st.builds(
        lambda first, digits: first + digits,
        st.sampled_from(FIRST_CHARS),
        st.text("0123456789", min_size=4, max_size=4),
    ),
    year=st.integers(0, 99),
    sequence=st.integers(1, 999_999),
)


class TestPublishedCheckCharacters:
    @pytest.mark.parametrize(("din13", "expected", "source"), PUBLISHED)
    def test_check_character(self, din13: str, expected: str, source: str) -> None:
        assert check_character(din13) == expected, source

    @pytest.mark.parametrize(("din13", "expected", "source"), PUBLISHED)
    def test_agrees_with_the_domain_definition(
        self, din13: str, expected: str, source: str
    ) -> None:
        assert check_value(din13) == definition_check_value(din13) == ALPHABET.index(expected)

    def test_worked_example_intermediate_values(self) -> None:
        # ST-001 Appendix A.1: weighted sum 146178, modulo 37 = 28, 38 - 28 = 10.
        # Red Book Table A2.2: weighted sum 148354, modulo 37 = 21, 38 - 21 = 17.
        for din13, weighted_sum in [("G123417654321", 146178), ("G123498654321", 148354)]:
            total = sum(ALPHABET.index(c) * 2**n for n, c in enumerate(reversed(din13), 1))
            assert total == weighted_sum
        assert check_value("G123417654321") == 10
        assert check_value("G123498654321") == 17

    def test_type3_flags_published(self) -> None:
        # ST-001 Appendix A.2: checksum 10 + 60 = 70, data content G12341765432170.
        din = make_din("G1234", 17, 654321)
        assert din.printed_flags == "70"
        assert din.barcode_data == "=G12341765432170"
        # Red Book Annex 2: "ISBT128 barcode check character 77" for G123 498 654 321.
        assert make_din("G1234", 98, 654321).printed_flags == "77"

    def test_published_bar_codes_scan(self) -> None:
        # ST-001 Appendix A.2 (type 3 flags) and ST-017 v1.0.0 section 3.1 Figure 2
        # ("=A99991712345600", flags 00), the latter as quoted in pdesiatnyk/ISBT128
        # csharp/Iccbba.Isbt128.Tests/ParserTests.cs.
        assert parse_scan("=G12341765432170") == Din("G1234", 17, 654321)
        assert parse_scan("=G12341765432170").flags == "70"
        scanned = parse_scan("=A99991712345600")
        assert (scanned.fin, scanned.year, scanned.sequence, scanned.flags) == (
            "A9999",
            17,
            123456,
            "00",
        )

    def test_published_eye_readable_typed_in_full(self) -> None:
        # ST-001 Figure 2: A9999 21 123456, flags 01, check character 3.
        din = parse_scan("A9999 21 123456 01 3")
        assert din == Din("A9999", 21, 123456)
        assert din.flags == "01"

    @given(din=dins)
    def test_random_dins_agree_with_the_domain_definition(self, din: Din) -> None:
        assert check_value(din.number) == definition_check_value(din.number)

    @given(din=dins)
    def test_number_and_check_character_are_congruent_to_one(self, din: Din) -> None:
        # ISO/IEC 7064 pure system: with the check character appended (weight 2^0) the
        # weighted sum is congruent to 1 modulo 37.
        full = din.number + din.check
        total = sum(ALPHABET.index(c) * 2**n for n, c in enumerate(reversed(full)))
        assert total % 37 == 1

    def test_check_value_refuses_other_lengths_and_characters(self) -> None:
        for bad in ["G12341765432", "G1234176543210", "g123417654321", "G1234-7654321"]:
            with pytest.raises(ValueError):
                check_value(bad)


def substitutions(typed: str):
    for position, original in enumerate(typed):
        for replacement in ALPHABET:
            if replacement != original:
                yield typed[:position] + replacement + typed[position + 1 :]


def transpositions(typed: str):
    for position in range(len(typed) - 1):
        first, second = typed[position], typed[position + 1]
        if first != second:
            yield typed[:position] + second + first + typed[position + 2 :]


class TestErrorDetection:
    @settings(max_examples=60, deadline=None)
    @given(din=dins)
    def test_every_single_substitution_is_refused(self, din: Din) -> None:
        typed = din.number + din.check
        for corrupted in substitutions(typed):
            assert problem_code(corrupted) in {"din_check", "din_format"}, corrupted

    @settings(max_examples=200, deadline=None)
    @given(din=dins)
    def test_every_adjacent_transposition_is_refused(self, din: Din) -> None:
        typed = din.number + din.check
        for corrupted in transpositions(typed):
            assert problem_code(corrupted) in {"din_check", "din_format"}, corrupted

    @settings(max_examples=60, deadline=None)
    @given(din=dins)
    def test_substitution_in_a_scanned_bar_code_is_refused(self, din: Din) -> None:
        data = din.barcode_data
        for position in range(1, 14):  # the 13 characters; the flags carry the check
            for replacement in ALPHABET:
                if replacement != data[position]:
                    corrupted = data[:position] + replacement + data[position + 1 :]
                    assert problem_code(corrupted) in {"din_check", "din_format"}


class TestParseScanForms:
    @pytest.mark.parametrize(
        "text",
        [
            "=A99992612345689",  # the bar code as printed by the app (type 3 flags)
            "=A99992612345600",  # flags not used
            "=A99992612345601",  # type 1 flag: container 1 of a set
            "]C0=A99992612345689",  # AIM symbology identifier
            "]C1=A99992612345600",
            "]c1=a99992612345689",
            "  =A99992612345689\r\n",  # scanner suffix CR LF
            "\t=A99992612345689\t",
            "=A999926123456",  # "=" without flags
            "=A999926123456T",  # scanner converting type 3 flags to the check character
            "A99992612345689",  # scanner not sending the data identifier
            "A99992612345600",
            "A999926123456",  # the 13 characters alone
            "A999926123456T",  # hand-typed: 13 + check character
            "A9999 26 123456 T",  # hand-typed from the eye-readable text
            "a9999 26 123456 t",
            "A9999 26 123456 89 T",  # eye-readable typed in full: flags and check
            "A9999 26 123456 00 T",
            "A9999\u00a026 123456\u00a0T",  # no-break spaces from a copied text
        ],
    )
    def test_accepted_forms_give_the_same_din(self, text: str) -> None:
        din = parse_scan(text)
        assert din == SAMPLE
        assert (din.fin, din.year, din.sequence, din.number) == (
            "A9999",
            26,
            123456,
            "A999926123456",
        )

    @pytest.mark.parametrize(
        ("text", "flags"),
        [
            ("=A99992612345689", "89"),
            ("=A99992612345601", "01"),
            ("A99992612345600", "00"),
            ("A9999 26 123456 89 T", "89"),
            ("=A999926123456", "00"),
            ("A999926123456T", "00"),
        ],
    )
    def test_flags_are_kept_as_scanned(self, text: str, flags: str) -> None:
        assert parse_scan(text).flags == flags

    def test_fin_first_characters(self) -> None:
        # I is an allowed first character; O is not (ST-001 2.4.1: A-N, P-Z, 1-9).
        din = Din("I1234", 26, 1)
        assert parse_scan(din.number + din.check) == din
        assert parse_scan(Din("91234", 26, 1).barcode_data).fin == "91234"


class TestParseScanRefusals:
    def test_wrong_check_character(self) -> None:
        with pytest.raises(DinError) as refused:
            parse_scan("  A9999 26 123456 u \n")
        problem = refused.value.problem
        assert problem.code == "din_check"
        # Only what was scanned: the right character is never handed to a message.
        assert problem.params == {"value": "A9999 26 123456 u"}
        assert problem.field == "din"

    @pytest.mark.parametrize("text", ["=A99992612345688", "=A99992612345670", "A99992612345696"])
    def test_type3_flags_that_do_not_match(self, text: str) -> None:
        with pytest.raises(DinError) as refused:
            parse_scan(text)
        assert refused.value.problem.code == "din_check"
        assert refused.value.problem.params == {"value": text}

    @pytest.mark.parametrize(
        "text",
        [
            "A9999 26 123456 89 U",  # flags right, check character wrong
            "A9999 26 123456 88 T",  # check character right, flags wrong
            "=A999926123456U",
        ],
    )
    def test_check_carried_twice_must_agree(self, text: str) -> None:
        assert problem_code(text) == "din_check"

    @pytest.mark.parametrize("flags", ["00", "01", "19", "59", "97", "99"])
    def test_flags_outside_60_to_96_carry_no_check(self, flags: str) -> None:
        assert parse_scan(f"=A999926123456{flags}").flags == flags

    @pytest.mark.parametrize(
        "text",
        [
            "",
            "   ",
            "=",
            "]C1",
            "A99992612345",  # 12 characters
            "=A99992612345",
            "A9999261234568900",  # 17 characters
            "=A999926123456890",
            "=A999926123456 89 T",  # "=" with flags and check character
            "O9999261234565",  # O is not a FIN first character
            "09999261234565",  # nor is 0
            "AA999261234565",  # letters in the FIN digits
            "A99992A123456",  # letter in the year
            "A9999261234S6",  # letter in the sequence
            "A999926000000",  # sequence 000000
            "=A999926123456AB",  # alphanumeric flags (reserved by ICCBBA)
            "A999926123456#",  # not a check character
            "==A99992612345689",
            "A9999-26-123456",
            "=<E0206V00",  # another ISBT 128 bar code (product code)
            "\uff21\uff19\uff19\uff19\uff19\uff12\uff16\uff11\uff12\uff13\uff14\uff15\uff16",
        ],
    )
    def test_bad_format(self, text: str) -> None:
        with pytest.raises(DinError) as refused:
            parse_scan(text)
        problem = refused.value.problem
        assert problem.code == "din_format"
        assert problem.params == {"value": text.strip()}
        assert problem.field == "din"

    def test_din_error_is_a_value_error(self) -> None:
        with pytest.raises(ValueError, match="din_format"):
            parse_scan("nonsense")


class TestDin:
    def test_printing(self) -> None:
        assert SAMPLE.number == "A999926123456"
        assert SAMPLE.check == "T"
        assert SAMPLE.printed_flags == "89"
        assert SAMPLE.barcode_data == "=A99992612345689"
        assert SAMPLE.eye_readable() == ("A9999 26 123456", "89", "T")

    def test_leading_zeros(self) -> None:
        din = make_din("12345", 5, 7)
        assert din.number == "1234505000007"
        assert din.eye_readable()[0] == "12345 05 000007"

    def test_printed_flags_cover_60_to_96(self) -> None:
        # Check value 36 ('*', ST-001 Figure 22) gives 96, the last type 3 value.
        assert Din("A9999", 17, 345628).printed_flags == "96"
        assert parse_scan("=A99991734562896").check == "*"

    def test_flags_are_not_part_of_the_identity(self) -> None:
        assert Din("A9999", 26, 123456, "01") == SAMPLE
        assert len({Din("A9999", 26, 123456, "06"), SAMPLE}) == 1

    def test_order(self) -> None:
        dins_ = [Din("B0001", 1, 1), Din("A9999", 26, 2), Din("A9999", 25, 9), Din("A9999", 26, 1)]
        assert [d.number for d in sorted(dins_)] == [
            "A999925000009",
            "A999926000001",
            "A999926000002",
            "B000101000001",
        ]

    @pytest.mark.parametrize(
        ("fin", "year", "sequence", "flags"),
        [
            ("a9999", 26, 1, "00"),
            ("O9999", 26, 1, "00"),
            ("A999", 26, 1, "00"),
            ("A9999", -1, 1, "00"),
            ("A9999", 100, 1, "00"),
            ("A9999", 26, 0, "00"),
            ("A9999", 26, 1_000_000, "00"),
            ("A9999", True, 1, "00"),
            ("A9999", 26, 1, "0"),
            ("A9999", 26, 1, "AB"),
        ],
    )
    def test_refuses_invalid_parts(self, fin: str, year: int, sequence: int, flags: str) -> None:
        with pytest.raises(ValueError):
            Din(fin, year, sequence, flags)

    def test_make_din_normalizes_and_validates(self) -> None:
        assert make_din(" a9999 ", 26, 123456) == SAMPLE
        assert make_din("A9999", 26, 123456).flags == "00"
        with pytest.raises(DinError) as refused:
            make_din("O9999", 26, 1)
        assert refused.value.problem.code == "fin_format"
        for year, sequence in [(100, 1), (-1, 1), (26, 0), (26, 1_000_000)]:
            with pytest.raises(ValueError):
                make_din("A9999", year, sequence)

    @given(din=dins)
    def test_round_trip_through_the_bar_code(self, din: Din) -> None:
        made = make_din(din.fin, din.year, din.sequence)
        scanned = parse_scan(made.barcode_data)
        assert (scanned.number, scanned.flags) == (made.number, made.printed_flags)
        assert scanned == made

    @given(din=dins)
    def test_round_trip_through_the_eye_readable_text(self, din: Din) -> None:
        text, flags, check = din.eye_readable()
        assert parse_scan(f"{text} {check}") == din
        assert parse_scan(f"{text} {flags} {check}").flags == flags


class TestFin:
    @pytest.mark.parametrize("text", ["A9999", "I1234", "Z0000", "10000", " n0001\t"])
    def test_accepted(self, text: str) -> None:
        assert check_fin(text) == text.strip().upper()
        assert FIN_PATTERN.match(text.strip().upper())

    @pytest.mark.parametrize("text", ["O1234", "01234", "A123", "A12345", "AB123", "A 1234"])
    def test_refused(self, text: str) -> None:
        with pytest.raises(DinError) as refused:
            check_fin(text)
        assert refused.value.problem.code == "fin_format"
        assert refused.value.problem.params == {"value": text.strip()}
        assert not FIN_PATTERN.match(text)

    @pytest.mark.parametrize("text", ["", "  "])
    def test_an_empty_fin_is_required(self, text: str) -> None:
        with pytest.raises(DinError) as refused:
            check_fin(text)
        assert (refused.value.problem.code, refused.value.problem.field) == ("required", "fin")
