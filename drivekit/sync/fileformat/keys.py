"""Organiser key pairs (sign campaign files, receive encrypted bundles) and device identities.

organiser.key holds the Ed25519 signing seed and the X25519 secret (optionally sealed with a
passphrase: Argon2id + SecretBox); organiser.pub holds the public halves and the fingerprint.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from drivekit import files
from drivekit.errors import BadFile, BadInput
from drivekit.i18n import _
from drivekit.sync.fileformat.container import b64, fingerprint, unb64

KEY_KIND = "drivekit-organiser-key"
PUB_KIND = "drivekit-organiser-public-key"


@dataclass(frozen=True)
class OrganiserPublic:
    sign: bytes   # Ed25519 verify key
    box: bytes    # X25519 public key

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.sign, self.box)

    def to_json(self) -> dict[str, str]:
        return {"sign": b64(self.sign), "box": b64(self.box), "fingerprint": self.fingerprint}

    @classmethod
    def from_json(cls, data: Any) -> OrganiserPublic:
        return cls(unb64(data["sign"], "sign key"), unb64(data["box"], "box key"))


@dataclass(frozen=True)
class OrganiserSecret:
    sign_seed: bytes
    box_secret: bytes

    @property
    def public(self) -> OrganiserPublic:
        from nacl.public import PrivateKey
        from nacl.signing import SigningKey

        return OrganiserPublic(bytes(SigningKey(self.sign_seed).verify_key),
                               bytes(PrivateKey(self.box_secret).public_key))

    def signing_key(self) -> Any:
        from nacl.signing import SigningKey

        return SigningKey(self.sign_seed)

    def private_key(self) -> Any:
        from nacl.public import PrivateKey

        return PrivateKey(self.box_secret)


def _derive(passphrase: str, salt: bytes, ops: int, mem: int) -> bytes:
    from nacl import pwhash
    from nacl.secret import SecretBox

    return pwhash.argon2id.kdf(SecretBox.KEY_SIZE, passphrase.encode("utf-8"), salt, opslimit=ops, memlimit=mem)


def generate_organiser_keys(directory: Path, passphrase: str | None = None) -> OrganiserPublic:
    """Write DIR/organiser.key (0600) and DIR/organiser.pub; refuses to overwrite an existing key."""
    from nacl import pwhash
    from nacl.public import PrivateKey
    from nacl.secret import SecretBox
    from nacl.signing import SigningKey
    from nacl.utils import random

    directory = Path(directory)
    key_path, pub_path = directory / "organiser.key", directory / "organiser.pub"
    if key_path.exists():
        raise BadInput(_("{key_path} already exists; move it away first (losing it loses access to bundles).").format(key_path=key_path))
    secret = OrganiserSecret(bytes(SigningKey.generate()), bytes(PrivateKey.generate()))
    public = secret.public
    raw = secret.sign_seed + secret.box_secret
    doc: dict[str, Any] = {"kind": KEY_KIND, "version": 1, "public": public.to_json()}
    if passphrase:
        salt = random(pwhash.argon2id.SALTBYTES)
        ops, mem = pwhash.argon2id.OPSLIMIT_MODERATE, pwhash.argon2id.MEMLIMIT_INTERACTIVE
        sealed = SecretBox(_derive(passphrase, salt, ops, mem)).encrypt(raw)
        doc.update(protection="argon2id-secretbox", salt=b64(salt), opslimit=ops, memlimit=mem, secret=b64(bytes(sealed)))
    else:
        doc.update(protection="none", secret=b64(raw))
    # The secret key is never replaced (losing it loses every bundle encrypted to it): no force here.
    files.private_folder(directory)
    files.check_destination(pub_path, force=False)
    files.write_text(key_path, json.dumps(doc, indent=1))
    files.write_text(pub_path, json.dumps({"kind": PUB_KIND, "version": 1, **public.to_json()}, indent=1))
    return public


def key_needs_passphrase(path: Path) -> bool:
    return _load_doc(path).get("protection") not in (None, "none")


def _load_doc(path: Path) -> dict[str, Any]:
    try:
        doc = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        raise BadFile(_("{name}: not a readable organiser key file ({err}).").format(name=Path(path).name, err=err)) from None
    if not isinstance(doc, dict) or doc.get("kind") != KEY_KIND:
        if isinstance(doc, dict) and doc.get("kind") == PUB_KIND:
            raise BadFile(_("{name}: this is the public key; give the secret key (organiser.key).").format(name=Path(path).name))
        raise BadFile(_("{name}: not an organiser key file.").format(name=Path(path).name))
    return doc


def load_organiser_key(path: Path, passphrase: str | None = None) -> OrganiserSecret:
    """Read organiser.key; a protected key needs its passphrase."""
    from nacl.exceptions import CryptoError
    from nacl.secret import SecretBox

    name = Path(path).name
    doc = _load_doc(path)
    try:
        if doc.get("protection") == "argon2id-secretbox":
            if not passphrase:
                raise BadInput(_("{name} is protected by a passphrase; give it with --passphrase-file.").format(name=name))
            box = SecretBox(_derive(passphrase, unb64(doc["salt"], "salt"), int(doc["opslimit"]), int(doc["memlimit"])))
            try:
                raw = box.decrypt(unb64(doc["secret"], "secret"))
            except CryptoError:
                raise BadInput(_("{name}: wrong passphrase.").format(name=name)) from None
        else:
            raw = unb64(doc["secret"], "secret")
    except (KeyError, ValueError) as err:
        raise BadFile(_("{name}: the key file is damaged ({err}).").format(name=name, err=err)) from None
    if len(raw) != 64:
        raise BadFile(_("{name}: the key file is damaged.").format(name=name))
    secret = OrganiserSecret(raw[:32], raw[32:])
    stated = doc.get("public", {}).get("fingerprint")
    if stated and stated != secret.public.fingerprint:
        raise BadFile(_("{name}: the key file is damaged (its halves do not match).").format(name=name))
    return secret


def new_device_key() -> tuple[bytes, bytes]:
    """(public, secret) of a fresh Ed25519 device identity."""
    from nacl.signing import SigningKey

    key = SigningKey.generate()
    return bytes(key.verify_key), bytes(key)
