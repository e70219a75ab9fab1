"""Withdrawal is erasure: the signer's data leaves the database file itself, a tombstone stays."""

from __future__ import annotations

from pathlib import Path

import pytest

from drivekit.domain.validation import SignerInput
from drivekit.errors import BadInput

SECRET_FIRST = "Quillonbert"
SECRET_LAST = "Zarvanowska"
SECRET_EMAIL = "quillon.zarvanowska@example.org"


def _file_bytes(db_file: Path) -> bytes:
    data = b""
    for suffix in ("", "-wal", "-shm"):
        part = Path(str(db_file) + suffix)
        if part.exists():
            data += part.read_bytes()
    return data


def _contains_secret(blob: bytes) -> list[str]:
    found = []
    for secret in (SECRET_FIRST, SECRET_LAST, SECRET_EMAIL, "uillonber", "arvanows"):
        for encoding in ("utf-8", "utf-16-le"):
            if secret.encode(encoding) in blob or secret.lower().encode(encoding) in blob:
                found.append(secret)
    return found


def test_withdrawn_signer_is_gone_from_the_file(services, campaign) -> None:  # type: ignore[no-untyped-def]
    if not services.db.is_sqlite:
        pytest.skip("the bytes of the file are checked on SQLite, the embedded default")
    # Enough neighbours that the row shares pages and index segments with other people.
    for i in range(300):
        services.signatures.save(campaign.id, SignerInput(first_name=f"Person{i}", last_name="Neighbour",
                                                          postcode="SW1A 1AA", petition_consent=True))
    saved = services.signatures.save(campaign.id, SignerInput(
        first_name=SECRET_FIRST, last_name=SECRET_LAST, email=SECRET_EMAIL, phone="07400 123456",
        postcode="N1 9GU", city="London", comment="I care about this library", petition_consent=True),
        drawing=b'{"width":1000,"height":300,"strokes":[[[1,2],[3,4]]]}', drawing_format="strokes-json")
    for i in range(300):
        services.signatures.save(campaign.id, SignerInput(first_name=f"Later{i}", last_name="Neighbour",
                                                          petition_consent=True))
    db_file = services.db.sqlite_path
    services.db.checkpoint()
    assert _contains_secret(_file_bytes(db_file))  # the check can see the data while it is there

    record = services.signatures.withdraw(saved.uuid, reason="asked by phone")

    assert record.status == "withdrawn"
    assert record.first_name is None and record.email is None and record.comment is None
    assert services.signatures.list(campaign.id, search=SECRET_LAST) == []
    assert _contains_secret(_file_bytes(db_file)) == []
    stats = services.stats.stats(campaign.id)
    assert stats.withdrawn == 1
    assert stats.total == 601


def test_withdrawing_twice_is_refused(services, campaign) -> None:  # type: ignore[no-untyped-def]
    saved = services.signatures.save(campaign.id, SignerInput(first_name="Ana", last_name="Lopes", petition_consent=True))
    services.signatures.withdraw(saved.uuid)
    with pytest.raises(BadInput, match="already withdrawn"):
        services.signatures.withdraw(saved.uuid)


def test_a_signature_is_found_by_the_start_of_its_id_only_when_that_start_is_its_own(services, campaign) -> None:  # type: ignore[no-untyped-def]
    ana = services.signatures.save(campaign.id, SignerInput(first_name="Ana", last_name="Lopes", petition_consent=True))
    bea = services.signatures.save(campaign.id, SignerInput(first_name="Bea", last_name="Moss", petition_consent=True))
    shared = 0  # ids start with the time they were made, so two saved together share their first characters
    while ana.uuid[:shared + 1] == bea.uuid[:shared + 1]:
        shared += 1
    assert shared >= 6
    with pytest.raises(BadInput, match=f"More than one signature has an id beginning “{ana.uuid[:6]}”"):
        services.signatures.withdraw(ana.uuid[:6])
    assert services.signatures.get(ana.uuid[:shared + 1]).full_name == "Ana Lopes"
    with pytest.raises(BadInput, match="No signature with id “ffffffff”"):
        services.signatures.get("ffffffff")
    assert services.signatures.get(bea.uuid).status == "valid" and services.signatures.get(ana.uuid).status == "valid"


def test_ids_are_matched_literally_not_as_patterns(services, campaign) -> None:  # type: ignore[no-untyped-def]
    ana = services.signatures.save(campaign.id, SignerInput(first_name="Ana", last_name="Lopes", petition_consent=True))
    blurred = ana.uuid[:3] + "_" + ana.uuid[4:9]  # "_" would match any one character in SQL LIKE
    for typed in (blurred, "%%%%%%", "______", ana.uuid[:6] + "%"):
        with pytest.raises(BadInput, match="No signature with id"):
            services.signatures.withdraw(typed)
    assert services.signatures.get(ana.uuid).status == "valid"
    with pytest.raises(BadInput, match="No campaign"):
        services.campaigns.get("%%%%")  # with one campaign, "%" stripped to nothing matched it
    assert services.signatures.withdraw(ana.uuid[:9]).status == "withdrawn"


def test_withdrawing_the_first_signature_promotes_the_repeat(services, campaign) -> None:  # type: ignore[no-untyped-def]
    first = services.signatures.save(campaign.id, SignerInput(first_name="Ana", last_name="Lopes",
                                                              email="ana@example.org", petition_consent=True))
    again = services.signatures.save(campaign.id, SignerInput(first_name="ANA", last_name="lopes",
                                                              email="Ana@Example.org", petition_consent=True))
    assert again.status == "possible_duplicate"
    services.signatures.withdraw(first.uuid)
    assert services.signatures.get(again.uuid).status == "valid"


def test_a_withdrawn_signer_is_in_no_later_packet_csv_osdi_or_bundle(make_services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import json

    from pypdf import PdfReader

    from drivekit.export.model import PacketOptions
    from drivekit.sync.fileformat.keys import generate_organiser_keys, load_organiser_key
    from drivekit.sync.fileformat.reader import decode_bundle

    org = make_services("organiser")
    c = org.campaigns.create("Library", "Keep it open.", 10)
    generate_organiser_keys(tmp_path / "keys")
    key = tmp_path / "keys" / "organiser.key"
    org.sync.export_campaign(c.id, tmp_path / "c.dkc", key)
    lap = make_services("laptop")
    lap.sync.import_campaign(tmp_path / "c.dkc")
    stays = lap.signatures.save(c.id, SignerInput(first_name="Remaining", last_name="Stayputson", postcode="N1 9GU",
                                                  email="stay@example.org", petition_consent=True, contact_consent=True))
    gone = lap.signatures.save(c.id, SignerInput(first_name=SECRET_FIRST, last_name=SECRET_LAST, email=SECRET_EMAIL,
                                                 postcode="N1 9GU", petition_consent=True, contact_consent=True))
    lap.signatures.withdraw(gone.uuid, reason="asked")

    lap.delivery.export_packet(c.id, None, tmp_path / "p.pdf", PacketOptions())
    lap.delivery.export_table(c.id, "csv", tmp_path / "s.csv", include_contacts=True)
    lap.delivery.export_table(c.id, "osdi", tmp_path / "s.json", include_contacts=True)
    bundle = lap.sync.export_bundle(tmp_path / "b.dkb", c.id, everything=True)

    packet = "".join(page.extract_text() for page in PdfReader(tmp_path / "p.pdf").pages)
    assert "Stayputson" in packet and not _contains_secret(packet.encode())
    for out in ("s.csv", "s.json"):
        text = (tmp_path / out).read_bytes()
        assert b"Stayputson" in text and not _contains_secret(text), out
    decoded = decode_bundle(Path(bundle.path).read_bytes(), "b.dkb", load_organiser_key(key))
    rows = {r["uuid"]: r for r in decoded.signatures}
    assert rows[stays.uuid]["last_name"] == "Stayputson"
    assert rows[gone.uuid]["first_name"] is None and rows[gone.uuid]["email"] is None
    assert [w["signature_uuid"] for w in decoded.withdrawals] == [gone.uuid]
    assert not _contains_secret(json.dumps(rows[gone.uuid], default=str).encode())
