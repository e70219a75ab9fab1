"""A packet is read from one snapshot: a signature saved while it is written is in all of it or none."""

from __future__ import annotations

from pathlib import Path

from drivekit.domain.validation import SignerInput
from drivekit.export.model import PacketOptions
from drivekit.services import build_services
from drivekit.storage.db import Database
from tests.export.conftest import has_name, pdf_text


class _SaveWhenWritingStarts:
    """Progress that, as the packet starts being written (cover facts read, rows not yet), has a
    volunteer at another desk save one more signer for the same target."""

    def __init__(self, desk, campaign_id: str) -> None:  # type: ignore[no-untyped-def]
        self.desk, self.campaign_id, self.totals = desk, campaign_id, []

    def start(self, total: int, label: str = "") -> None:
        self.totals.append(total)
        self.desk.signatures.save(self.campaign_id, SignerInput(
            first_name="Latecomer", last_name="Saved-Meanwhile", postcode="N1 2AB", country="GB",
            petition_consent=True))

    def advance(self, amount: int = 1) -> None:
        pass


def test_a_signature_saved_while_the_packet_is_written_is_not_half_in_it(services, drive, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    desk = build_services(Database(services.db.url))  # another connection to the same file
    before = services.delivery.count(drive.campaign_id, drive.north)
    progress = _SaveWhenWritingStarts(desk, drive.campaign_id)
    path = tmp_path / "packet.pdf"
    result = services.delivery.export_packet(drive.campaign_id, drive.north, path, PacketOptions(), None, progress)
    text = pdf_text(path)
    # The save did happen (the next packet has it), but this packet's count, its progress total and
    # its list all come from the moment it began.
    assert services.delivery.count(drive.campaign_id, drive.north) == before + 1
    assert progress.totals == [before] and result.count == before
    assert f"{before} valid signatures" in text
    assert not has_name(text, "Latecomer Saved-Meanwhile")
    desk.db.dispose()
