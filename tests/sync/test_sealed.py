"""Sealed collection: a laptop counts and exports, but holds its signers only encrypted to the organiser."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from drivekit.domain.validation import SignerInput
from drivekit.errors import BadFile, BadInput
from drivekit.export.model import PacketOptions
from drivekit.storage.models import Signature
from tests.services.test_withdrawal import _file_bytes
from tests.sync.conftest import signer

PEOPLE = [("Evangeline", "Threadgold", "evangeline.t@example.org"), ("Casimir", "Oyelowo", "casimir.o@example.net"),
          ("Evangeline", "Threadgold", "")]  # the same person twice: only the organiser can tell


def _sealed_laptop(drive, make_services):  # type: ignore[no-untyped-def]
    drive.org.campaigns.set_sealed(drive.campaign_id, True)
    drive.org.sync.export_campaign(drive.campaign_id, drive.tmp / "sealed.dkc", drive.key)
    lap = make_services("sealed-laptop")
    assert lap.sync.import_campaign(drive.tmp / "sealed.dkc").outcome == "installed"
    from tests.sync.conftest import enrol

    enrol(drive.org, lap)
    return lap


def test_a_sealed_laptop_counts_but_cannot_show_print_or_leak_its_signers(drive, make_services,  # type: ignore[no-untyped-def]
                                                                          tmp_path: Path) -> None:
    lap = _sealed_laptop(drive, make_services)
    cid = drive.campaign_id
    info = lap.campaigns.get(cid)
    assert info.sealed and info.sealed_here
    assert not drive.org.campaigns.get(cid).sealed_here  # the organiser's own database shows everyone
    saved = [lap.signatures.save(cid, SignerInput(first_name=f, last_name=last, email=e, phone="07400 123456",
                                                   postcode="SW1A 1AA", city="Camberwell", comment="Keep it open",
                                                   petition_consent=True, contact_consent=True),
                                 drawing=b'{"width":10,"height":10,"strokes":[[[1,2],[3,4]]]}',
                                 drawing_format="strokes-json")
             for f, last, e in PEOPLE]

    st = lap.stats.stats(cid)
    assert (st.total, st.valid) == (3, 3)
    records = lap.signatures.list(cid)
    assert all(r.first_name is None and r.email is None and r.postcode is None and not r.has_drawing
               for r in records)
    assert lap.signatures.list(cid, search="Threadgold") == []
    lap.db.checkpoint()
    data = _file_bytes(lap.db.sqlite_path)
    for first, last, email in PEOPLE:
        for secret in (first, last, email or last, "Camberwell", "Keep it open", "7400123456"):
            assert secret.encode() not in data and secret.lower().encode() not in data
    with pytest.raises(BadInput, match="not possible on this laptop: it collects sealed signatures"):
        lap.delivery.export_packet(cid, None, tmp_path / "p.pdf", PacketOptions())
    with pytest.raises(BadInput, match="A CSV file of signers is not possible on this laptop"):
        lap.delivery.export_table(cid, "csv", tmp_path / "s.csv")
    with pytest.raises(BadInput, match="sealed to the organiser"):
        lap.signatures.edit(saved[0].uuid, {"city": "Peckham"})
    with pytest.raises(BadInput, match="turned off only by a new campaign file"):
        lap.campaigns.set_sealed(cid, False)

    # The organiser's import opens them as usual, and finds the duplicate the laptop could not see.
    bundle = Path(lap.sync.export_bundle(tmp_path / "b.dkb", cid).path)
    [report] = drive.org.sync.import_bundles([bundle], key_path=drive.key)
    assert report.outcome == "imported", report.reason
    assert (report.new, report.possible_duplicates) == (3, 1)
    got = drive.org.signatures.get(saved[1].uuid)
    assert (got.first_name, got.last_name, got.email, got.phone, got.city, got.comment, got.has_drawing,
            got.contact_consent) == ("Casimir", "Oyelowo", "casimir.o@example.net", "+447400123456", "Camberwell",
                                     "Keep it open", True, True)
    assert [r.last_name for r in drive.org.signatures.list(cid, search="threadg")] == ["Threadgold"] * 2
    with drive.org.db.session() as s:
        assert s.scalar(select(Signature.sealed).where(Signature.uuid == saved[1].uuid)) is None


def test_a_sealed_bundle_is_format_2_and_needs_the_organiser_key(drive, make_services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from drivekit.sync.fileformat.reader import decode_bundle, open_manifest

    lap = _sealed_laptop(drive, make_services)
    lap.signatures.save(drive.campaign_id, signer("Perpetua", "Vantongeren"))
    data = Path(lap.sync.export_bundle(tmp_path / "b.dkb", drive.campaign_id).path).read_bytes()
    manifest, _, _ = open_manifest(data, "b.dkb")
    assert manifest["format"] == "2.0"
    assert b"Perpetua" not in data
    with pytest.raises(BadFile, match="encrypted for the organiser key"):
        decode_bundle(data, "b.dkb", None)
    raw = (drive.tmp / "sealed.dkc").read_bytes()
    campaign_manifest = json.loads(raw[12:12 + int.from_bytes(raw[8:12], "big")])
    assert campaign_manifest["format"] == "2.0"  # a laptop too old to seal refuses it, never collects in clear


def test_a_tampered_sealed_signer_is_refused_and_changes_nothing(drive, make_services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from drivekit.sync.fileformat.keys import load_organiser_key
    from drivekit.sync.fileformat.sealed import open_signer

    lap = _sealed_laptop(drive, make_services)
    lap.signatures.save(drive.campaign_id, signer("Perpetua", "Vantongeren"))
    with lap.db.session() as s:
        blob = s.scalar(select(Signature.sealed))
    key = load_organiser_key(drive.key)
    assert open_signer(blob, key)["last_name"] == "Vantongeren"
    broken = blob[:-1] + bytes([blob[-1] ^ 1])
    with pytest.raises(ValueError, match="cannot be opened"):
        open_signer(broken, key)


def test_a_sealed_laptop_seals_csv_imports_and_withdrawals_erase_the_sealed_details(drive, make_services,  # type: ignore[no-untyped-def]
                                                                                   tmp_path: Path) -> None:
    lap = _sealed_laptop(drive, make_services)
    sheet = tmp_path / "sheet.csv"
    sheet.write_text("first_name,last_name,email,phone,address,postcode,city,country,comment,signed_at,"
                     "contact_consent\nRosalind,Featherstonehaugh,ros@example.org,,,SW1A 2AA,London,GB,,,yes\n",
                     encoding="utf-8")
    assert lap.imports.import_csv(drive.campaign_id, sheet).imported == 1
    with lap.db.session() as s:
        row = s.scalars(select(Signature)).one()
        assert row.last_name is None and row.sealed
        uuid = row.uuid
    lap.signatures.withdraw(uuid)
    with lap.db.session() as s:
        assert s.scalar(select(Signature.sealed)) is None
    [report] = drive.org.sync.import_bundles([Path(lap.sync.export_bundle(tmp_path / "b.dkb", drive.campaign_id)
                                               .path)], key_path=drive.key)
    assert (report.outcome, report.withdrawals) == ("imported", 1)
    assert drive.org.signatures.get(uuid).status == "withdrawn"
    assert json.dumps(drive.org.audit.entries()[0].details).count("Featherstonehaugh") == 0


def test_what_an_enrolled_laptop_seals_is_still_checked_like_any_record(drive, make_services) -> None:  # type: ignore[no-untyped-def]
    import zlib

    from nacl.public import PublicKey, SealedBox

    from drivekit.sync.fileformat.keys import OrganiserPublic, load_organiser_key
    from drivekit.sync.fileformat.sealed import open_signer

    key = load_organiser_key(drive.key)
    box = SealedBox(PublicKey(OrganiserPublic.from_json(key.public.to_json()).box))
    for packed, reason in ((b"not zlib at all", "damaged"), (zlib.compress(b"[1, 2]"), "unknown version"),
                           (zlib.compress(b'{"v": 1}' + b" " * 200_000)[:40], "cut short")):
        with pytest.raises(ValueError, match=reason):
            open_signer(bytes(box.encrypt(packed)), key)
