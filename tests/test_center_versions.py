"""The center's version algebra: the row and the conflicts are a function of the set of
versions received, whatever the order or the duplicates."""

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.exchange.versions import (
    EPOCH_SPAN,
    Stamp,
    Version,
    resolve,
    substance_sha,
)

A, B, C = "0190a000-aaaa", "0190b000-bbbb", "0190c000-cccc"
REGISTRY = Stamp("registry", 0)


def version(stamp: Stamp, *bases: Stamp, content: str = "") -> Version:
    sha = content or f"sha-{stamp}"
    return Version(stamp, sha, tuple(bases), substance=sha)


stamps = st.builds(
    Stamp,
    st.sampled_from([A, B, C]),
    st.tuples(st.integers(0, 2), st.integers(1, 6)).map(lambda t: t[0] * EPOCH_SPAN + t[1]),
) | st.just(REGISTRY)


@st.composite
def version_sets(draw) -> list[Version]:
    chosen_stamps = draw(st.lists(stamps, min_size=1, max_size=8, unique=True))
    versions = []
    for stamp in chosen_stamps:
        bases = draw(st.lists(st.sampled_from(chosen_stamps), max_size=2, unique=True))
        same = draw(st.booleans())  # two heads may agree in substance
        versions.append(
            Version(
                stamp,
                f"sha-{stamp}",
                tuple(b for b in bases if b != stamp),
                substance="same" if same else f"sha-{stamp}",
            )
        )
    return versions


@settings(max_examples=300, derandomize=True)
@given(version_sets(), st.randoms(use_true_random=False), st.data())
def test_the_row_and_the_conflict_depend_only_on_the_set(versions, random, data):
    received = list(versions)
    received += data.draw(st.lists(st.sampled_from(versions), max_size=4))  # duplicates
    random.shuffle(received)
    assert resolve(received) == resolve(versions)
    resolution = resolve(versions)
    assert resolution.row in resolution.heads
    differ = len({h.substance for h in resolution.heads}) > 1
    assert resolution.conflict == (
        differ and not all(h.stamp.is_registry for h in resolution.heads)
    )


def test_a_later_change_of_the_same_device_replaces_the_earlier():
    assert resolve([version(Stamp(A, 3)), version(Stamp(A, 7))]).heads == (version(Stamp(A, 7)),)


def test_a_change_based_on_another_devices_version_replaces_it():
    first = version(Stamp(A, 3))
    based = version(Stamp(B, 9), Stamp(A, 3))
    assert resolve([based, first]).heads == (based,)
    # based on a later change of A's (same epoch) it replaces A's earlier ones too
    assert resolve([version(Stamp(B, 9), Stamp(A, 5)), first]).heads == (
        version(Stamp(B, 9), Stamp(A, 5)),
    )


def test_the_same_record_changed_on_two_devices_is_a_conflict_and_the_lowest_stamp_is_shown():
    original = version(Stamp(A, 3))
    on_b, on_c = version(Stamp(B, 9), Stamp(A, 3)), version(Stamp(C, 2), Stamp(A, 3))
    resolution = resolve([on_c, original, on_b])
    assert resolution.conflict and resolution.heads == (on_b, on_c)
    assert resolution.row == on_b
    # a person's choice: a center version based on every head
    center = version(Stamp("0190d000-center", 1), on_b.stamp, on_c.stamp)
    assert resolve([on_b, center, original, on_c]).heads == (center,)


def test_a_restored_laptop_conflicts_with_the_change_its_restore_lost():
    exported = version(Stamp(A, 9))  # made before the restore, exported, then lost
    restored = version(Stamp(A, EPOCH_SPAN + 1), Stamp(A, 5))  # based on the backup's row
    resolution = resolve([version(Stamp(A, 5)), exported, restored])
    assert resolution.conflict and resolution.heads == (exported, restored)
    # without a base, a new epoch does not replace the old one's changes either
    assert resolve([exported, version(Stamp(A, EPOCH_SPAN + 2))]).conflict


def test_any_devices_change_replaces_what_the_registry_sent():
    registry = version(REGISTRY)
    assert resolve([registry, version(Stamp(B, 1))]).heads == (version(Stamp(B, 1)),)
    # two registry copies of a record: no conflict to resolve, the lowest content shown
    copies = [version(REGISTRY, content="b"), version(REGISTRY, content="a")]
    assert resolve(copies).row.content_sha == "a" and not resolve(copies).conflict


def test_heads_that_agree_in_substance_are_no_conflict():
    donor = {"full_name": "Lê Văn Tâm", "donation_count": 3, "device_id": A, "change_seq": 4}
    counted = {**donor, "donation_count": 4, "device_id": B, "change_seq": 8}
    assert substance_sha("donor", donor) == substance_sha("donor", counted)
    assert substance_sha("donor", donor) != substance_sha("donor", {**donor, "full_name": "X"})
