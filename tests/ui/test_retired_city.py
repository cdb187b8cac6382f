"""A city retired from the national list (a pulled ``reference_value`` with value 0) is no
longer offered to a new intake, but a file made before keeps it: shown by name and kept by
its form when saved again (nothing saved is lost)."""

from __future__ import annotations

from datetime import date, timedelta

from pytestqt.qtbot import QtBot

from counsellor_app.core.clock import local_today, utc_now
from counsellor_app.storage.models import ReferenceValue
from counsellor_app.ui.context import UiContext
from counsellor_app.ui.person_form import PersonForm
from counsellor_app.ui.widgets import combo_value
from tests.conftest import person


def _pulled(context: UiContext, valid_from: date, value: int) -> None:
    """A national city value as the pull stores it (its trigger fills ``city``)."""
    now = utc_now()
    with context.db.unit_of_work(context.user.id) as session:
        session.add(
            ReferenceValue(
                domain="city", code="azrou", valid_from=valid_from, value=value,
                data={"region_code": "03", "name_fr": "Azrou", "name_ar": "أزرو",
                      "name_en": "Azrou"},
                created_at=now, updated_at=now, server_version=1, dirty=False,
            )
        )  # fmt: skip


def test_a_retired_city_is_not_offered_to_new_files_and_kept_by_old_ones(
    qtbot: QtBot, context: UiContext
) -> None:
    today = local_today()
    _pulled(context, today - timedelta(days=30), 1)
    person_id = context.people.register(person(city_id="azrou"), confirmed_new=True)
    _pulled(context, today, 0)  # retired from today

    intake = PersonForm(context)
    qtbot.addWidget(intake)
    intake.start_new_intake()
    assert intake.city.findData("azrou") < 0 and intake.city.findData("rabat") >= 0

    form = PersonForm(context)
    qtbot.addWidget(form)
    form.open_person_file(person_id)
    assert combo_value(form.city) == "azrou"
    assert form.city.currentText() == "Azrou"
    assert form.to_input().city_id == "azrou"
