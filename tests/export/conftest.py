"""A small campaign with two targets, non-Latin names, a withdrawal and a confirmed duplicate."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import pytest

from drivekit.domain.drawing import encode_strokes
from drivekit.domain.text import display_name
from drivekit.domain.validation import SignerInput

NORTH = [("Зоя", "Иванова", "N1 9GU"), ("Γιώργος", "Παπαδόπουλος", "N7 6AB"), ("小明", "王", "N16 0AA"),
         ("太郎", "山田", "N1 1AA"), ("민준", "김", "N4 2AB"), ("محمد", "الخطيب", "N5 1XL"), ("דוד", "כהן", "N8 7QA")]
SOUTH = [("Zoë", "Łukasiewicz", "SE1 7PB"), ("Ana-Sofía", "O'Brien", "SW9 8EP"), ("Oliver", "Bennett", "SE22 8HJ")]


def strokes(seed: int) -> bytes:
    pts = [[x * 10, 150 + ((x * seed) % 90) - 45] for x in range(5, 95, 4)]
    return encode_strokes([pts])


@dataclass
class Drive:
    campaign_id: str
    north: str
    south: str
    names: dict[str, list[str]] = field(default_factory=dict)
    gone: list[str] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)


@pytest.fixture
def drive(services, campaign) -> Drive:  # type: ignore[no-untyped-def]
    north = services.campaigns.add_target(campaign.id, "Cllr North", "Council leader", "North Council", ["N"]).id
    south = services.campaigns.add_target(campaign.id, "Cllr South", "Mayor", "", ["SE", "SW"]).id
    d = Drive(campaign.id, north, south, {"north": [], "south": []})
    for i, (first, last, pc) in enumerate(NORTH + SOUTH):
        email, phone = f"signer{i}@example.org", f"+4479009000{i:02d}"
        services.signatures.save(campaign.id, SignerInput(
            first_name=first, last_name=last, email=email, phone=phone, address=f"{i} Secret Lane", postcode=pc,
            city="London", country="GB", comment=f"Comment number {i}", petition_consent=True,
            contact_consent=i % 2 == 0, signed_at=datetime(2026, 5, 1 + i, 10, tzinfo=timezone.utc)),
            drawing=strokes(i + 3), drawing_format="strokes-json")
        d.names["north" if (first, last, pc) in NORTH else "south"].append(display_name(first, last))
        d.emails.append(email)
        d.phones.append(phone)
    gone = services.signatures.save(campaign.id, SignerInput(
        first_name="Wilhelmina", last_name="Gonewood", postcode="N2 8AA", country="GB", petition_consent=True))
    services.signatures.withdraw(gone.uuid, "asked")
    first = services.signatures.save(campaign.id, SignerInput(
        first_name="Dorothea", last_name="Twice", email="twice@example.org", postcode="N3 1AA", country="GB",
        petition_consent=True))
    again = services.signatures.save(campaign.id, SignerInput(
        first_name="Dorothea", last_name="Twice", email="twice@example.org", postcode="N3 1AA", country="GB",
        petition_consent=True))
    assert again.status == "possible_duplicate"
    services.signatures.review(again.uuid, True)
    d.names["north"].append("Dorothea Twice")
    d.gone = ["Wilhelmina", "Gonewood"]
    d.emails.append("twice@example.org")
    assert first.status == "valid"
    return d


def pdf_text(path: Path) -> str:
    """All text of a PDF, as a reader would copy it (pdftotext when installed, else pypdf); NFKC-normalised."""
    if shutil.which("pdftotext"):
        out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True).stdout
        text = out.decode("utf-8")
    else:
        from pypdf import PdfReader

        text = "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    return unicodedata.normalize("NFKC", text)


BIDI_MARKS = dict.fromkeys(map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))


def has_name(text: str, name: str) -> bool:
    """The name is in the text in logical (reading) order, as a person copying it would get it.

    Arabic is stored joined (presentation forms), which NFKC folds back to the letters typed; the bidi
    marks that pdftotext adds around right-to-left runs are ignored."""
    flat = " ".join(text.translate(BIDI_MARKS).split())
    return unicodedata.normalize("NFKC", name) in flat
