"""Small-cell suppression that cannot be undone by subtraction (complementary suppression).

An indicator is published as its total and, for each way of grouping the same people (sex,
age band, nationality…), one count per group: each grouping adds up to the total. Hiding only
the small counts (primary suppression) is not enough: the total minus the other groups gives
back a lone hidden count (in the demo, the registered total minus the other age bands gave
the hidden ``55+`` count as 1). So more counts are hidden until none can be worked out.

What a reader is assumed to know (the attack a test plays in full): every published count and
total; that each grouping adds up to its total; that a hidden count is at least 1 (zeros are
always published); and that a hidden total is a small one (totals are hidden only for being
small, so it lies between 1 and the threshold less one). Every hidden count is marked the
same way, so the reader cannot tell a small count from one hidden to protect it. Under that
knowledge a hidden count is safe when at least two values remain possible for it.

Within one grouping of a published total, with ``k`` hidden counts adding up to ``S`` (the
total less the published counts), each can be anything from 1 to ``S - k + 1``: safe when
``k >= 2`` and ``S > k``. A lone hidden count gets a partner: the smallest published count of
the grouping (at least the threshold, so ``S > k`` follows). When the total is hidden, every
count from 1 up is hidden too; a grouping is then withheld whole when its hidden counts would
pin the total (as many groups of one person as the largest small total allows).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

TOTAL = ""  # the dimension name standing for the total in a set of hidden cells


@dataclass(frozen=True)
class Protected:
    """What is not published of one table: the total, cells (dimension, group), and whole
    groupings (the reader sees that it was withheld, not its groups)."""

    total_hidden: bool
    hidden: frozenset[tuple[str, str]]
    withheld: frozenset[str]

    def shows(self, dimension: str, group: str) -> bool:
        return dimension not in self.withheld and (dimension, group) not in self.hidden


def exposed(
    total: int | None,
    by: Mapping[str, Mapping[str, int | None]],
    threshold: int,
) -> list[tuple[str, str]]:
    """The hidden cells (``None``) a reader can work out from the published ones, and
    ``(TOTAL, TOTAL)`` for a hidden total that can be: the check the protection runs until
    nothing is exposed. ``by`` holds the published groupings only (a withheld one is absent).

    The total lies in a range (itself when published; from 1 to threshold - 1 when hidden,
    raised to what each grouping's published counts and hidden ones of at least 1 need). A
    hidden count is then at least 1 (the whole rest when it is its grouping's only hidden one)
    and at most the largest total less the published counts and the others' 1 each."""
    lowest, largest = (total, total) if total is not None else (1, threshold - 1)
    groupings = []
    for dimension, cells in by.items():
        hidden = [group for group, count in cells.items() if count is None]
        known = sum(count for count in cells.values() if count is not None)
        lowest = max(lowest, known + len(hidden))
        groupings.append((dimension, hidden, known))
    found: list[tuple[str, str]] = []
    if total is None and lowest >= largest:
        found.append((TOTAL, TOTAL))
    for dimension, hidden, known in groupings:
        if not hidden:
            continue
        least = 1 if len(hidden) > 1 else lowest - known
        most = largest - known - (len(hidden) - 1)
        if most <= least:
            found += [(dimension, group) for group in hidden]
    return found


def protect(total: int, by: Mapping[str, Mapping[str, int]], threshold: int) -> Protected:
    """Which counts of the table to hide: those from 1 to ``threshold - 1`` (primary), then
    partners of any that could be worked out, or whole groupings where no partner helps.
    (With a threshold of 2 a hidden total can only be 1: the threshold itself says so.)"""
    total_hidden = 0 < total < threshold
    hidden = {
        (dimension, group)
        for dimension, cells in by.items()
        for group, count in cells.items()
        if 0 < count < threshold
    }
    withheld: set[str] = set()
    while True:
        published = {
            dimension: {
                group: None if (dimension, group) in hidden else count
                for group, count in cells.items()
            }
            for dimension, cells in by.items()
            if dimension not in withheld
        }
        found = exposed(None if total_hidden else total, published, threshold)
        dimensions = sorted({dimension for dimension, _group in found if dimension != TOTAL})
        if not dimensions and found:  # the total alone: withheld with the groupings pinning it
            dimensions = [d for d in published if any(c is None for c in published[d].values())]
        if not dimensions:
            return Protected(total_hidden, frozenset(hidden), frozenset(withheld))
        dimension = dimensions[0]
        partners = sorted(
            (count, group)
            for group, count in published[dimension].items()
            if count  # a published count other than zero
        )
        if not total_hidden and partners:
            hidden.add((dimension, partners[0][1]))
        else:
            withheld.add(dimension)
