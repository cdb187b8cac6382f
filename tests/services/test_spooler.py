"""The spooler's client: what reaches ``lp`` from the print dialog, and names that are refused
before any command runs (a name is input like any other)."""

from __future__ import annotations

import pytest

from counsellor_app.core.problems import DomainError
from counsellor_app.services import spooler


def test_options_keep_the_page_at_true_size_on_a4() -> None:
    assert spooler.PrintOptions().arguments() == [
        "-n", "1", "-o", "media=A4", "-o", "print-scaling=none", "-o", "fit-to-page=false",
    ]  # fmt: skip
    chosen = spooler.PrintOptions(copies=5000, first_page=2, last_page=3, duplex="long")
    arguments = chosen.arguments()
    assert arguments[:2] == ["-n", "999"]
    assert "page-ranges=2-3" in arguments and "sides=two-sided-long-edge" in arguments
    assert spooler.PrintOptions(copies=0).arguments()[:2] == ["-n", "1"]


@pytest.mark.parametrize(
    "name", ["", "-o", "-h/tmp/socket", "a b", "queue/other", "x" * 128, "a'b", "a#b"]
)
def test_a_name_cups_could_not_have_is_refused_as_unknown(name: str) -> None:
    """Checked before any command runs: a name starting with "-" would be read as an option."""
    assert spooler.queue_state(name) is spooler.QueueState.UNKNOWN
    with pytest.raises(DomainError) as refused:
        spooler.submit_pdf(name, b"%PDF-1.4", "title", spooler.PrintOptions())
    assert refused.value.problems[0].code == "printer_unknown"
