"""Keys and certificates: making them, opening them, and checking what was signed with them.

None of this needs the database, so the command line can call it without opening one
(`KeyService()`); the GUI reaches the same object as `services.keys`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from drivekit.export.verification import VerifyReport
    from drivekit.sync.fileformat.keys import OrganiserPublic


class KeyService:
    # -- the organisation's certificate (signs delivery packets) ---------------------------------
    def make_certificate(self, organisation: str, folder: Path, passphrase: str | None = None) -> tuple[Path, Path]:
        """A self-signed certificate: (certificate.p12, certificate.pem) in `folder`."""
        from drivekit.export.signing import make_certificate

        return make_certificate(organisation, Path(folder), _bytes(passphrase))

    def certificate_fingerprint(self, pem: Path) -> str:
        """SHA-256 of a certificate file (PEM or DER), lower-case hex: what recipients compare."""
        from drivekit.export.verification import certificate_file_sha256

        return certificate_file_sha256(Path(pem))

    def certificate_needs_passphrase(self, path: Path) -> bool:
        from drivekit.export.signing import p12_needs_passphrase

        return p12_needs_passphrase(Path(path))

    def load_certificate(self, path: Path, passphrase: str | None = None) -> Any:
        """The signer for `export_packet` (an opaque object); BadFile / BadInput when it cannot be opened."""
        from drivekit.export.signing import load_signer

        return load_signer(Path(path), _bytes(passphrase))

    def verify_packet(self, path: Path, cert: Path | None = None, fingerprint: str | None = None) -> VerifyReport:
        """Every signature of a packet and its content fingerprint, checked; `fingerprint` is the certificate's
        SHA-256 the organisation publishes (hex, any separators)."""
        from drivekit.export.verification import verify

        return verify(Path(path), Path(cert) if cert is not None else None, fingerprint)

    # -- the organiser's sync keys ---------------------------------------------------------------
    def make_organiser_keys(self, folder: Path, passphrase: str | None = None) -> OrganiserPublic:
        """folder/organiser.key (secret, mode 0600) and folder/organiser.pub."""
        from drivekit.sync.fileformat.keys import generate_organiser_keys

        return generate_organiser_keys(Path(folder), passphrase)

    def organiser_key_needs_passphrase(self, path: Path) -> bool:
        from drivekit.sync.fileformat.keys import key_needs_passphrase

        return key_needs_passphrase(Path(path))


def _bytes(passphrase: str | None) -> bytes | None:
    return passphrase.encode("utf-8") if passphrase is not None else None
