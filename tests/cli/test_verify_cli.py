"""`drivekit verify` on the command line: the real reason on stderr with exit 1, the fingerprint printed and
checked, and a clear warning when a certificate's key is written without a passphrase."""

from __future__ import annotations

import json
from pathlib import Path

from drivekit.export.verification import format_fingerprint
from tests.cli.test_export_cli import run
from tests.export.test_verification import forge_page


def _packet(tmp_path: Path) -> tuple[Path, Path, dict]:  # type: ignore[type-arg]
    cid = json.loads(run(tmp_path, "demo", "--signatures", "40", "--json").stdout)["id"]
    keys = tmp_path / "keys"
    made = run(tmp_path, "keys", "certificate", "--organisation", "Friends", "-o", str(keys), "--json")
    cert = json.loads(made.stdout)
    out = json.loads(run(tmp_path, "export", "packet", cid, "-o", str(tmp_path / "p.pdf"), "--sign",
                         str(keys / "certificate.p12"), "--json").stdout)
    packet = Path(out["packets"][0]["file"])
    assert out["packets"][0]["certificate_fingerprint"] == cert["certificate_fingerprint"]
    assert out["packets"][0]["pades_level"] == "B-B"
    return packet, keys / "certificate.pem", cert


def test_verify_prints_and_checks_the_fingerprint_and_names_a_forgery(tmp_path: Path) -> None:
    packet, pem, cert = _packet(tmp_path)
    fp = cert["certificate_fingerprint"]
    ok = run(tmp_path, "verify", str(packet), "--fingerprint", format_fingerprint(fp))
    assert format_fingerprint(fp) in ok.stdout and "PAdES B-B" in ok.stdout and "not timestamped" in ok.stdout
    wrong = run(tmp_path, "verify", str(packet), "--fingerprint", "ab" * 32, check=False)
    assert wrong.returncode == 1 and "not the one given with --fingerprint" in wrong.stderr

    forger = tmp_path / "forger"
    run(tmp_path, "keys", "certificate", "--organisation", "Friends", "-o", str(forger))
    forged = tmp_path / "forged.pdf"
    forge_page(packet, forged, 2, "Mallory", forger / "certificate.p12")
    bad = run(tmp_path, "verify", str(forged), "--cert", str(pem), check=False)
    assert bad.returncode == 1 and "Traceback" not in bad.stderr and bad.stderr.count("\n") == 1
    assert "page 2 was changed after the packet was signed" in bad.stderr
    assert "does not match --cert" in bad.stderr


def test_a_certificate_without_passphrase_warns_its_key_is_in_clear(tmp_path: Path) -> None:
    res = run(tmp_path, "keys", "certificate", "--organisation", "O", "-o", str(tmp_path / "k"))
    assert "private key is stored in clear" in res.stderr
    assert "Certificate SHA-256 fingerprint (publish it):" in res.stdout
    pw = tmp_path / "pw.txt"
    pw.write_text("secret\n")
    safe = run(tmp_path, "keys", "certificate", "--organisation", "O", "-o", str(tmp_path / "k2"),
               "--passphrase-file", str(pw))
    assert "in clear" not in safe.stderr


def test_a_timestamp_url_needs_a_signature(tmp_path: Path) -> None:
    cid = json.loads(run(tmp_path, "demo", "--signatures", "5", "--json").stdout)["id"]
    res = run(tmp_path, "export", "packet", cid, "-o", str(tmp_path / "p.pdf"), "--timestamp-url",
              "http://127.0.0.1:9/", check=False)
    assert res.returncode == 1 and "--sign" in res.stderr
