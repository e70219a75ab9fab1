"""DriveKit's OSDI file against OSDI's own example documents (tests/data/osdi, see its README)."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path
from typing import Any

import pytest

from drivekit.export.tables import write_osdi

OSDI = Path(__file__).resolve().parents[1] / "data" / "osdi"
DATE = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ")
# Fields besides those OSDI's examples show: an email's `status` is documented (addresses.md);
# DriveKit puts the same field on phone numbers so consent travels with them too (docs/online-tools.md).
DOCUMENTED_EXTRA = {"email_addresses": {"status"}, "phone_numbers": {"status"}}


def example(name: str) -> Any:
    return json.loads((OSDI / name).read_text(encoding="utf-8"))


@pytest.fixture
def exported(services, drive) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    out = io.StringIO()
    write_osdi(out, services.delivery.campaign_summary(drive.campaign_id),
               services.delivery.signers(drive.campaign_id), include_contacts=True)
    return json.loads(out.getvalue())  # type: ignore[no-any-return]


def _same_shape(ours: Any, theirs: Any, where: str) -> None:
    """Every field we write is one the example has, with a value of the same JSON type."""
    if isinstance(theirs, dict):
        assert isinstance(ours, dict), where
        for key, value in ours.items():
            allowed = set(theirs) | DOCUMENTED_EXTRA.get(where.rsplit(".", 1)[-1], set())
            assert key in allowed, f"{where}.{key} is not in OSDI's example"
            if key in theirs:
                _same_shape(value, theirs[key], f"{where}.{key}")
    elif isinstance(theirs, list):
        assert isinstance(ours, list) and ours, where  # empty lists are left out, never written
        for item in ours:
            _same_shape(item, theirs[0], where)
    elif isinstance(theirs, str) and DATE.fullmatch(theirs):
        assert isinstance(ours, str) and DATE.fullmatch(ours), f"{where}: {ours!r} is not an OSDI date"
    else:
        assert type(ours) is type(theirs), f"{where}: {ours!r} is not a {type(theirs).__name__}"


def test_the_petition_has_the_fields_and_shapes_of_osdis_petition(exported) -> None:  # type: ignore[no-untyped-def]
    petition = example("petition.json")
    head = {k: v for k, v in exported.items() if k != "_embedded"}
    _same_shape(head, petition, "petition")
    assert set(head) >= {"identifiers", "origin_system", "created_date", "title", "description", "petition_text",
                         "target", "total_signatures"}
    assert all(set(t) == {"name"} for t in exported["target"])  # a target is one name, as OSDI documents it
    # Signatures are the petition's HAL collection, under the link relation OSDI names for them.
    assert "osdi:signatures" in petition["_links"] and list(exported["_embedded"]) == ["osdi:signatures"]


def test_each_signature_is_a_record_signature_helper_document(exported) -> None:  # type: ignore[no-untyped-def]
    helper = example("record_signature_helper.json")
    person = example("person.json")
    helper["person"] = {**helper["person"], **person}  # the helper's person may hold any Person field
    signature = example("signature.json")
    for sig in exported["_embedded"]["osdi:signatures"]:
        _same_shape({k: v for k, v in sig.items() if k != "person"}, signature, "signature")
        _same_shape(sig, helper, "signature")
        for phone in sig["person"].get("phone_numbers", []):
            assert phone["number"].isdigit()  # "Must including country code and must be numeric characters only"
            assert phone["status"] in ("subscribed", "unsubscribed")
        for email in sig["person"].get("email_addresses", []):
            assert email["status"] in ("subscribed", "unsubscribed")


def test_the_importer_reads_osdis_examples_and_says_what_is_wrong_with_them(services, campaign,  # type: ignore[no-untyped-def]
                                                                            tmp_path: Path) -> None:
    from drivekit.errors import BadFile

    helper = services.imports.import_csv(campaign.id, OSDI / "record_signature_helper.json")
    # OSDI's sample signer: "+1 987 654 3210" (no such area code) and a Russian postcode of 5 digits.
    assert helper.imported == 0 and [r["line"] for r in helper.rejected] == [1]
    error = helper.rejected[0]["error"]
    assert "phone" in error and "postcode" in error and "Russia" in error
    person = services.imports.import_csv(campaign.id, OSDI / "person.json")
    assert person.imported == 0 and "phone" in person.rejected[0]["error"]  # 1 123 456 7890: no such area code
    with pytest.raises(BadFile, match="no OSDI signatures or people"):
        services.imports.import_csv(campaign.id, OSDI / "signature.json")  # links to people, no people in it
    # The same example with a number and a postcode that exist is taken in whole.
    fixed = example("record_signature_helper.json")
    fixed["person"]["phone_numbers"][0]["number"] = "12025550143"
    fixed["person"]["postal_addresses"][0].update(postal_code="101000", region="MOW")
    path = tmp_path / "fixed.json"
    path.write_text(json.dumps(fixed), encoding="utf-8")
    assert services.imports.import_csv(campaign.id, path).imported == 1
    [rec] = services.signatures.list(campaign.id)
    assert (rec.first_name, rec.last_name, rec.email, rec.phone, rec.postcode, rec.country) == (
        "Labadie", "Edwin", "test-3@example.com", "+12025550143", "101000", "RU")
    assert rec.comment == "Support our campaign!" and rec.signed_at.isoformat().startswith("2014-03-18T11:02:15")
    assert rec.contact_consent is False  # the example gives no subscription status: not opted in


def test_the_quick_phone_type_is_phonenumbers_own_answer_for_every_region_and_type() -> None:
    import phonenumbers
    from phonenumbers import PhoneNumberFormat, PhoneNumberType

    from drivekit.export.tables import _phone_kind

    checked = 0
    kinds = [getattr(PhoneNumberType, name) for name in ("FIXED_LINE", "MOBILE", "TOLL_FREE", "PREMIUM_RATE",
                                                         "SHARED_COST", "VOIP", "PERSONAL_NUMBER", "PAGER", "UAN")]
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        for kind in kinds:
            number = phonenumbers.example_number_for_type(region, kind)
            if number is None or not phonenumbers.is_valid_number(number):
                continue
            digits = phonenumbers.format_number(number, PhoneNumberFormat.E164)[1:]
            expected = (PhoneNumberType.to_string(phonenumbers.number_type(number)),
                        phonenumbers.region_code_for_number(number))
            assert _phone_kind(digits) == expected, (region, digits)
            checked += 1
    assert checked > 1000
