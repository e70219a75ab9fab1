"""The audit log records who did what, where and how much, and never who signed."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import select

from drivekit.domain.validation import SignerInput
from drivekit.export.model import PacketOptions
from drivekit.storage.models import AuditEntry
from tests.sync.conftest import drive, enrol  # noqa: F401  (fixture)

# Made-up signers: every value here must stay out of the audit log.
PEOPLE = [
    ("Wilhelmina", "Quartermaine", "wilhelmina.q@example.org", "+447400123451", "12 Orchard Row", "Ivybridge"),
    ("Bartholomew", "Fennimore", "bart.fenn@example.net", "+447400123452", "3 Mill Lane", "Kettlewell"),
    ("Genoveva", "Oyelaran", "geno.oye@example.com", "+447400123453", "77 Quay Street", "Portishead"),
]
CSV_PERSON = ("Ignatius", "Vanterpool", "ig.vanterpool@example.org", "+447400123454", "9 Ferry Road", "Saltash")


def _signer(p: tuple[str, ...]) -> SignerInput:
    first, last, email, phone, address, city = p
    return SignerInput(first_name=first, last_name=last, email=email, phone=phone, address=address,
                       postcode="SW1A 1AA", city=city, comment=f"{first} cares", petition_consent=True,
                       contact_consent=True)


def _whole_log(svc) -> str:  # type: ignore[no-untyped-def]
    with svc.db.session() as s:
        rows = s.scalars(select(AuditEntry)).all()
        return json.dumps([[r.at.isoformat(), r.device_id, r.campaign_id, r.action, r.details] for r in rows],
                          ensure_ascii=False)


def test_a_whole_drive_leaves_an_audit_log_without_a_signers_data(drive, make_services,  # noqa: F811
                                                                   tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    lap = drive.laptop("laptop", make_services)
    cid = drive.campaign_id
    saved = [lap.signatures.save(cid, _signer(p)) for p in PEOPLE]
    lap.signatures.edit(saved[0].uuid, {"city": "Totnes", "email": "w.q.new@example.org"})
    lap.signatures.withdraw(saved[1].uuid, reason="Bartholomew Fennimore phoned")
    lap.campaigns.set_kiosk_pin(cid, "2468")
    assert not lap.campaigns.unlock_kiosk(cid, "1111")
    assert lap.campaigns.unlock_kiosk(cid, "2468")
    sheet = tmp_path / "sheet.csv"
    first, last, email, phone, address, city = CSV_PERSON
    sheet.write_text("first_name,last_name,email,phone,address,postcode,city,country,comment,signed_at,"
                     f"contact_consent\n{first},{last},{email},{phone},{address},SW1A 2AA,{city},GB,,,yes\n",
                     encoding="utf-8")
    lap.imports.import_csv(cid, sheet)
    lap.sync.export_bundle(tmp_path / "b1.dkb", cid)
    drive.org.sync.import_bundles([tmp_path / "b1.dkb"], key_path=drive.key)
    drive.org.delivery.export_packet(cid, None, tmp_path / "packet.pdf", PacketOptions())
    drive.org.delivery.export_table(cid, "csv", tmp_path / "out.csv", include_contacts=True)
    drive.org.signatures.withdraw(saved[2].uuid)

    secrets = [v for p in (*PEOPLE, CSV_PERSON) for v in p] + ["w.q.new@example.org", "Totnes", "cares",
                                                                 "7400123451", "7400123452", "7400123453", "7400123454"]
    for svc in (lap, drive.org):
        log = _whole_log(svc)
        assert [s for s in secrets if s.lower() in log.lower()] == []

    lap_actions = [e.action for e in lap.audit.entries(cid)]
    for action in ("signature.edited", "signature.withdrawn", "kiosk.unlocked", "kiosk.unlock_refused",
                   "signatures.imported", "sync.exported", "campaign.installed"):
        assert action in lap_actions
    org = {e.action: e for e in drive.org.audit.entries(cid)}
    assert org["sync.imported"].details["new"] + org["sync.imported"].details["withdrawals"] == 4
    assert org["packet.exported"].details["count"] == 3
    assert org["csv.exported"].details == {"count": 3, "format": "drivekit", "include_contacts": True,
                                           "contact_details": 3, "left_out": {"withdrawn": 1}}
    assert org["signature.withdrawn"].device_name == drive.org.sync.identity().name
    # newest first
    ats = [e.at for e in drive.org.audit.entries()]
    assert ats == sorted(ats, reverse=True)
    assert drive.org.audit.entries(limit=2) == drive.org.audit.entries()[:2]
