"""Referral states and codes, appointment rules, attachment acceptance."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from counsellor_app.core.appointments import (
    AppointmentStatus,
    check_appointment,
    check_status_change,
    needs_recording,
    week_of,
)
from counsellor_app.core.attachments import check_attachment, media_type_of, safe_file_name
from counsellor_app.core.referrals import (
    ReferralState,
    check_referral_move,
    is_overdue,
    new_referral_code,
    normalise_referral_code,
)


def codes(problems: list) -> set[tuple[str | None, str]]:  # type: ignore[type-arg]
    return {(p.field, p.code) for p in problems}


def test_referral_moves_follow_the_partner_answer() -> None:
    assert check_referral_move(ReferralState.SENT, ReferralState.RECEIVED, "", "") == []
    assert check_referral_move(ReferralState.SENT, ReferralState.ACCEPTED, "", "") == []
    assert check_referral_move(ReferralState.ACCEPTED, ReferralState.DONE, "", "") == []
    assert codes(check_referral_move(ReferralState.SENT, ReferralState.DONE, "", "")) == {
        ("state", "referral_move_not_allowed")
    }
    assert codes(check_referral_move(ReferralState.REFUSED, ReferralState.ACCEPTED, "", "")) == {
        ("state", "referral_move_not_allowed")
    }


def test_a_refusal_is_coded_and_other_needs_a_detail() -> None:
    assert codes(check_referral_move(ReferralState.RECEIVED, ReferralState.REFUSED, "", "")) == {
        ("refusal_reason", "refusal_reason_required")
    }
    assert check_referral_move(ReferralState.SENT, ReferralState.REFUSED, "no_places", "") == []
    assert codes(check_referral_move(ReferralState.SENT, ReferralState.REFUSED, "other", " ")) == {
        ("answer_note", "refusal_detail_required")
    }
    assert codes(check_referral_move(ReferralState.SENT, ReferralState.CANCELLED, "", "")) == {
        ("answer_note", "reason_required")
    }


def test_overdue_only_while_waiting_and_after_the_delay() -> None:
    sent = date(2026, 11, 1)
    assert not is_overdue(ReferralState.SENT, sent, 15, date(2026, 11, 16))
    assert is_overdue(ReferralState.SENT, sent, 15, date(2026, 11, 17))
    assert is_overdue(ReferralState.RECEIVED, sent, 15, date(2026, 12, 30))
    assert not is_overdue(ReferralState.ACCEPTED, sent, 15, date(2026, 12, 30))


@given(st.integers(min_value=0, max_value=1000))
def test_codes_survive_misreading_and_catch_typos(seed: int) -> None:
    code = new_referral_code()
    assert normalise_referral_code(code) == code
    sloppy = code.lower().replace("-", " ").replace("0", "o").replace("1", "l")
    assert normalise_referral_code(sloppy) == code
    body = code.replace("-", "")[1:]
    assert normalise_referral_code(body) == code  # typed without the R- prefix
    # Changing any one character of the body is caught by the check symbol.
    position = seed % 8
    original = body[position]
    replacement = "7" if original != "7" else "8"
    typo = body[:position] + replacement + body[position + 1 :]
    assert normalise_referral_code(typo) is None


def test_appointment_outcome_only_once_it_has_begun() -> None:
    now = datetime(2026, 11, 22, 10, tzinfo=UTC)
    later = now + timedelta(hours=2)
    assert codes(
        check_status_change(AppointmentStatus.PLANNED, AppointmentStatus.ATTENDED, later, now)
    ) == {("status", "appointment_not_yet_held")}
    assert check_status_change(AppointmentStatus.PLANNED, AppointmentStatus.MISSED, now, now) == []
    assert (
        check_status_change(AppointmentStatus.PLANNED, AppointmentStatus.CANCELLED, later, now)
        == []
    )
    assert needs_recording(AppointmentStatus.PLANNED, now - timedelta(minutes=1), now)
    assert not needs_recording(AppointmentStatus.ATTENDED, now - timedelta(minutes=1), now)
    assert codes(check_appointment(None, 2)) == {
        ("starts_at", "required"),
        ("duration", "appointment_duration_out_of_range"),
    }


def test_weeks_run_monday_to_sunday() -> None:
    assert week_of(date(2026, 11, 22)) == (date(2026, 11, 16), date(2026, 11, 23))  # a Sunday
    assert week_of(date(2026, 11, 23)) == (date(2026, 11, 23), date(2026, 11, 30))


def test_attachments_are_recognised_by_content() -> None:
    assert media_type_of(b"%PDF-1.7 ...") == "application/pdf"
    assert media_type_of(b"\xff\xd8\xff\xe0 jfif") == "image/jpeg"
    assert media_type_of(b"RIFF\x00\x00\x00\x00WEBPVP8 ") == "image/webp"
    assert media_type_of(b"MZ\x90\x00 an exe renamed .jpg") is None
    assert codes(check_attachment(b"MZ\x90", 100)) == {("file", "attachment_type_refused")}
    assert codes(check_attachment(b"", 100)) == {("file", "attachment_empty")}
    too_big = check_attachment(b"%PDF-" + b"0" * 2048, 1)
    assert codes(too_big) == {("file", "attachment_too_large")}
    assert check_attachment(b"%PDF-1.4", 1) == []


def test_file_names_lose_folders_and_control_characters() -> None:
    assert safe_file_name("C:\\Users\\x\\scan\x00.pdf") == "scan.pdf"
    assert safe_file_name("../../etc/passwd") == "passwd"
    assert safe_file_name("") == "document"
    long = safe_file_name("a" * 300 + ".jpeg")
    assert len(long) == 120 and long.endswith(".jpeg")
