"""Fast roads taken by a first pull give what the general ones give."""

from __future__ import annotations

import uuid

import phonenumbers
from hypothesis import given
from hypothesis import strategies as st

from counsellor_app.core.ids import new_id, new_ids
from counsellor_app.core.phone import phone_search_keys


def test_ids_made_in_a_batch_are_uuid7_unique_and_in_order_even_past_a_millisecond() -> None:
    made = new_ids(10_000)  # more than the 4,096 a millisecond's counter holds
    assert len(set(made)) == len(made)
    assert made == sorted(made)
    for text in (made[0], made[-1]):
        value = uuid.UUID(text)
        assert value.version == 7 and value.variant == uuid.RFC_4122 and str(value) == text
    # Ordered with single ids made around them.
    before, after = new_id(), new_id()
    assert new_ids(1)[0][:13] >= before[:13] and after[:13] >= made[0][:13]


@given(st.integers(min_value=500_000_000, max_value=799_999_999))
def test_moroccan_numbers_get_the_keys_the_phone_library_gives(national: int) -> None:
    e164 = f"+212{national}"
    parsed = phonenumbers.parse(e164, None)
    assert phone_search_keys(e164) == [e164[1:], "0" + str(parsed.national_number)]


def test_other_countries_still_go_through_the_phone_library() -> None:
    assert phone_search_keys("+33612345678") == ["33612345678", "612345678"]
    assert phone_search_keys("+221771234567") == ["221771234567", "771234567"]
