"""A push's fingerprint (what tells an operation sent again from another reusing its id) is
now written by orjson: the same bytes as the ``json.dumps`` form it replaces for what PCs
send, so answers stored before an upgrade still recognise their operations."""

from __future__ import annotations

from counsellor_app.server.push import fingerprint, legacy_fingerprint


def test_the_fast_fingerprint_is_the_stored_one_for_what_pcs_send() -> None:
    op = {
        "op_id": "0192f0a0-0000-7000-8000-00000000f00d",
        "device_seq": 42,
        "entity": "person",
        "entity_id": "0192f0a0-0000-7000-8000-00000000beef",
        "action": "create",
        "base_version": 0,
        "hlc": "001796324725192-0000-dev",
        "changes": {
            "last_name_ar": [None, "بن علي"],
            "first_name": [None, "Zoé \u2028 «\u00a0»"],
            "amount_centimes": [None, 1250000],
            "skills": [None, ["soudure", "accueil"]],
            "notes": [None, 'a "quoted"\nline\tand \\ \u0001'],
            "deleted_at": [None, None],
            "flag": [True, False],
        },
        "act": {"z": 1, "a": {"y": 2, "b": 3}},
    }
    assert fingerprint(op) == legacy_fingerprint(op)
    assert fingerprint(op) != fingerprint({**op, "device_seq": 43})


def test_a_value_orjson_cannot_write_takes_the_older_form() -> None:
    op = {"op_id": "x", "changes": {"n": [None, 2**70]}}
    assert fingerprint(op) == legacy_fingerprint(op)
