"""The audit chain: any change, removal, reordering or truncation of entries is detected."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from counsellor_app.core.audit import GENESIS, AuditEntry, check_chain, entry_hash

START = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)


def chain(n: int, skip: int | None = None) -> list[AuditEntry]:
    """``n`` entries; with ``skip``, the one carrying that number is left out and the chain is
    rebuilt consistently after it (a forger who has the key)."""
    entries: list[AuditEntry] = []
    previous = GENESIS
    numbers = [k for k in range(1, n + 1) if k != skip]
    for seq, number in enumerate(numbers, start=1):
        at = START + timedelta(minutes=number)
        detail = {"n": number, "reason": "Vérification demandée par la CNDP — ملف"}
        digest = entry_hash(seq, at, "u1", "salma", "login", "user", "u1", detail, previous)
        entries.append(
            AuditEntry(seq, at, "u1", "salma", "login", "user", "u1", detail, previous, digest)
        )
        previous = digest
    return entries


def test_an_untouched_chain_holds() -> None:
    check = check_chain(chain(50))
    assert check.intact and check.entries == 50


@given(st.integers(min_value=0, max_value=19), st.sampled_from(["actor", "detail", "at", "action"]))
def test_changing_any_field_of_any_entry_is_detected_there(index: int, what: str) -> None:
    entries = chain(20)
    victim = entries[index]
    changed = {
        "actor": replace(victim, actor_name="someone else"),
        "detail": replace(victim, detail={**victim.detail, "n": -1}),
        "at": replace(victim, at=victim.at + timedelta(seconds=1)),
        "action": replace(victim, action="erasure_approved"),
    }[what]
    entries[index] = changed
    check = check_chain(entries)
    assert check.first_broken == victim.seq and check.problem == "hash"


@given(st.integers(min_value=1, max_value=18))
def test_removing_an_entry_is_detected(index: int) -> None:
    entries = chain(20)
    del entries[index]
    check = check_chain(entries)
    assert not check.intact and check.first_broken == index + 2


def test_a_rewritten_chain_is_caught_by_an_anchor_from_a_backup() -> None:
    original = chain(10)
    anchors = {original[6].seq: original[6].hash}
    # Someone rebuilds a consistent chain without entry 5: it holds on its own...
    forged = chain(10, skip=5)
    assert check_chain(forged).intact
    # ...but not against the head a backup recorded.
    check = check_chain(forged, anchors)
    assert check.problem == "anchor" and check.first_broken == 7


def test_cutting_the_tail_is_caught_by_an_anchor() -> None:
    original = chain(10)
    check = check_chain(original[:8], {10: original[9].hash})
    assert check.problem == "anchor"
