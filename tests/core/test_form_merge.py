"""The three-way merge of a form saved over a newer copy (core.merge.merge_form), as properties:
whatever the edits, no field the form left alone is overwritten, no edit is lost silently."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from counsellor_app.core.merge import EditConflict, merge_dataclass, merge_form
from counsellor_app.core.person import IdentityDocumentInput, PersonInput
from counsellor_app.core.person_merge import merge_person

NAMES = ["phone", "email", "address", "status", "notes"]
VALUES = st.one_of(st.none(), st.integers(0, 3), st.sampled_from(["a", "b", "c"]))
RECORDS = st.fixed_dictionaries(dict.fromkeys(NAMES, VALUES))


@st.composite
def three_sides(draw: st.DrawFn) -> tuple[dict[str, object], dict[str, object], dict[str, object]]:
    """A base, and two copies each keeping or changing every field of it."""
    base = draw(RECORDS)
    mine = {n: draw(st.one_of(st.just(base[n]), VALUES)) for n in NAMES}
    theirs = {n: draw(st.one_of(st.just(base[n]), VALUES)) for n in NAMES}
    return base, mine, theirs


@given(three_sides())
def test_each_field_follows_the_side_that_changed_it(
    sides: tuple[dict[str, object], dict[str, object], dict[str, object]],
) -> None:
    base, mine, theirs = sides
    result = merge_form(base, mine, theirs)
    conflicted = {c.field for c in result.conflicts}
    for name in NAMES:
        if mine[name] == base[name]:  # untouched by the form: the stored value stays
            assert result.values[name] == theirs[name] and name not in conflicted
        elif theirs[name] == base[name] or theirs[name] == mine[name]:
            assert result.values[name] == mine[name] and name not in conflicted
        else:  # changed on both sides to different values: asked, the stored one shown
            assert name in conflicted and result.values[name] == theirs[name]
    for conflict in result.conflicts:
        assert (conflict.base_value, conflict.server_value, conflict.incoming_value) == (
            base[conflict.field],
            theirs[conflict.field],
            mine[conflict.field],
        )


@given(three_sides(), st.data())
def test_choosing_either_value_settles_every_conflict(
    sides: tuple[dict[str, object], dict[str, object], dict[str, object]], data: st.DataObject
) -> None:
    base, mine, theirs = sides
    first = merge_form(base, mine, theirs)
    chosen = {
        c.field: data.draw(st.sampled_from([c.server_value, c.incoming_value]))
        for c in first.conflicts
    }
    settled = merge_form(base, mine, theirs, chosen)
    assert settled.conflicts == ()
    for name in NAMES:
        assert settled.values[name] == chosen.get(name, first.values[name])


@given(RECORDS, RECORDS)
def test_over_an_unchanged_copy_the_form_is_saved_as_it_is(
    base: dict[str, object], mine: dict[str, object]
) -> None:
    result = merge_form(base, mine, dict(base))
    assert result.values == mine and result.conflicts == ()


@given(three_sides())
def test_the_merge_is_the_same_seen_from_either_side_but_for_the_conflicts(
    sides: tuple[dict[str, object], dict[str, object], dict[str, object]],
) -> None:
    """Swapping the form and the stored copy changes only which value a conflict shows."""
    base, mine, theirs = sides
    one, other = merge_form(base, mine, theirs), merge_form(base, theirs, mine)
    assert {c.field for c in one.conflicts} == {c.field for c in other.conflicts}
    conflicted = {c.field for c in one.conflicts}
    assert {k: v for k, v in one.values.items() if k not in conflicted} == {
        k: v for k, v in other.values.items() if k not in conflicted
    }


PHONES = st.sampled_from(["", "06 12 34 56 78", "+212612345678", "0699887766", "+33612345678"])
EMAILS = st.sampled_from(["", "a@example.org", "b@example.org"])


@given(PHONES, PHONES, PHONES, EMAILS, EMAILS, EMAILS)
def test_a_phone_shown_in_another_format_is_not_an_edit(
    base_phone: str,
    mine_phone: str,
    their_phone: str,
    base_mail: str,
    my_mail: str,
    their_mail: str,
) -> None:
    """The form shows 06 12 34 56 78 for +212612345678: the same number is the same value."""

    def make(phone: str, email: str) -> PersonInput:
        return PersonInput(
            last_name="Diallo", date_of_birth=date(1995, 3, 2), phone=phone, email=email
        )

    merged, conflicts = merge_person(
        make(base_phone, base_mail), make(mine_phone, my_mail), make(their_phone, their_mail)
    )
    same = {
        "": "",
        "06 12 34 56 78": "A",
        "+212612345678": "A",
        "0699887766": "B",
        "+33612345678": "C",
    }
    if same[mine_phone] == same[base_phone]:
        assert same[merged.phone] == same[their_phone]
        assert "phone_e164" not in {c.field for c in conflicts}
    if my_mail == base_mail:
        assert merged.email == their_mail


DOCS = ("d0", "d1", "d2")
DOC_VALUES = {
    "doc_type": st.sampled_from(["cin", "passport", "residence_card"]),
    "number": st.sampled_from(["A1", "B2", "C3"]),
    "expires_on": st.sampled_from([None, date(2027, 1, 1), date(2028, 1, 1)]),
    "issued_on": st.sampled_from([None, date(2020, 1, 1)]),
}


@st.composite
def document_sides(draw: st.DrawFn) -> tuple[PersonInput, PersonInput, PersonInput]:
    """A profile's documents as opened, then kept, edited or removed on each side; each side
    may add one of its own."""

    def doc(doc_id: str | None) -> IdentityDocumentInput:
        values = {n: draw(v) for n, v in DOC_VALUES.items()}
        return IdentityDocumentInput(
            values["doc_type"], values["number"], values["expires_on"], values["issued_on"], doc_id
        )

    base_docs = [doc(i) for i in DOCS[: draw(st.integers(0, 3))]]

    def side(new_id: str | None) -> tuple[IdentityDocumentInput, ...]:
        out = []
        for d in base_docs:
            fate = draw(st.sampled_from(["keep", "edit", "remove"]))
            if fate == "keep":
                out.append(d)
            elif fate == "edit":
                name = draw(st.sampled_from(list(DOC_VALUES)))
                out.append(replace(d, **{name: draw(DOC_VALUES[name])}))
        if draw(st.booleans()):
            out.append(doc(new_id))
        return tuple(out)

    base = PersonInput(last_name="Diallo", documents=tuple(base_docs))
    return base, replace(base, documents=side(None)), replace(base, documents=side("theirs-new"))


@given(document_sides())
def test_no_document_field_the_form_left_alone_is_reverted(
    sides: tuple[PersonInput, PersonInput, PersonInput],
) -> None:
    base, mine, theirs = sides
    merged, conflicts = merge_person(base, mine, theirs)
    if conflicts:
        return  # nothing is saved until the person chooses (checked below)
    result = {d.id: d for d in merged.documents if d.id}
    base_docs = {d.id: d for d in base.documents}
    mine_docs = {d.id: d for d in mine.documents if d.id}
    their_docs = {d.id: d for d in theirs.documents if d.id}
    for doc_id, opened in base_docs.items():
        in_mine, in_theirs = mine_docs.get(doc_id), their_docs.get(doc_id)
        if in_mine is None or in_theirs is None:  # removed on a side, untouched on the other
            assert doc_id not in result
            continue
        for name in DOC_VALUES:
            untouched = getattr(in_mine, name) == getattr(opened, name)
            expected = getattr(in_theirs if untouched else in_mine, name)
            assert getattr(result[doc_id], name) == expected
    assert "theirs-new" in result or "theirs-new" not in their_docs
    assert sum(1 for d in merged.documents if d.id is None) == sum(
        1 for d in mine.documents if d.id is None
    )


@given(document_sides(), st.data())
def test_a_document_conflict_is_settled_by_either_choice(
    sides: tuple[PersonInput, PersonInput, PersonInput], data: st.DataObject
) -> None:
    base, mine, theirs = sides
    _merged, conflicts = merge_person(base, mine, theirs)
    chosen = {
        c.field: data.draw(st.sampled_from([c.server_value, c.incoming_value])) for c in conflicts
    }
    _settled, left = merge_person(base, mine, theirs, chosen)
    assert left == ()


@dataclass(frozen=True)
class Plan:
    activity: str = ""
    sections: dict[str, str] = field(default_factory=dict)


SECTION_TEXT = st.sampled_from(["", "a", "b"])
PLANS = st.builds(
    Plan,
    st.sampled_from(["", "Snack", "Couture"]),
    st.dictionaries(st.sampled_from(["market", "team", "product"]), SECTION_TEXT, max_size=3),
)


@given(PLANS, PLANS, PLANS)
def test_a_dict_field_merges_key_by_key(base: Plan, mine: Plan, theirs: Plan) -> None:
    """A plan's sections: each section follows the side that changed it; an empty section is
    no section."""
    try:
        result = merge_dataclass(base, mine, theirs)
    except EditConflict as conflict:
        assert all(  # only where both sides changed, to different values
            len({c.base_value, c.server_value, c.incoming_value}) == 3 for c in conflict.conflicts
        )
        return

    def text(plan: Plan, key: str) -> str:
        return plan.sections.get(key, "")

    for key in ("market", "team", "product"):
        expected = text(theirs, key) if text(mine, key) == text(base, key) else text(mine, key)
        assert result.sections.get(key, "") == expected
    assert "" not in result.sections.values()
