"""Hostile files cost a few MB and a few seconds to refuse: bounds checked while unpacking."""

from __future__ import annotations

import json
import os
import struct
import subprocess
import sys
import zlib
from pathlib import Path
from typing import Any

import pytest

from drivekit.sync.fileformat.keys import load_organiser_key
from tests.sync.conftest import db_dump
from tests.sync.forge import Forger

ROOT = Path(__file__).resolve().parents[2]
MEASURE = """
import json, resource, sys, time
from pathlib import Path
from drivekit.services import build_services
from drivekit.storage.db import Database
svc = build_services(Database(f"sqlite:///{sys.argv[1]}"))
svc.sync.identity()  # everything imported and opened before the clock starts
start = time.perf_counter()
[r] = svc.sync.import_bundles([Path(sys.argv[2])], key_path=Path(sys.argv[3]))
seconds = time.perf_counter() - start
try:  # this process's own high-water mark (ru_maxrss keeps the forking parent's across exec on Linux)
    status = Path("/proc/self/status").read_text()
    peak_kb = int(next(line.split()[1] for line in status.splitlines() if line.startswith("VmHWM:")))
except OSError:
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"seconds": seconds, "outcome": r.outcome, "reason": r.reason, "peak_mb": peak_kb / 1024}))
"""


def bomb(prefix: bytes, chunk: bytes, copies: int) -> bytes:
    """A valid zlib stream of `prefix` then `chunk` `copies` times, made without compressing it all:
    after a full flush a deflate block stands alone, so the block of one chunk is repeated."""
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    head = packer.compress(prefix) + packer.flush(zlib.Z_FULL_FLUSH)
    block = packer.compress(chunk) + packer.flush(zlib.Z_FULL_FLUSH)
    adler = zlib.adler32(prefix)
    for _ in range(copies):
        adler = zlib.adler32(chunk, adler)
    return b"\x78\xda" + head + block * copies + packer.flush(zlib.Z_FINISH) + struct.pack(">I", adler)


def _measure(org: Any, path: Path, key: Path) -> dict[str, Any]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", MEASURE, str(org.db.sqlite_path), str(path), str(key)],
                         env=env, capture_output=True, text=True, timeout=120, check=True)
    return json.loads(out.stdout.splitlines()[-1])  # type: ignore[no-any-return]


def _enrolled_forger(drive: Any) -> Forger:
    """Bombs from a stranger are refused before unpacking; these come from an enrolled laptop."""
    forger = Forger(drive.campaign_id, load_organiser_key(drive.key).public)
    drive.org.sync.enrol_device(forger.device_id, forger.name, forger.public)
    return forger


def _header(forger: Forger) -> bytes:
    return json.dumps({"campaign": forger.campaign_id, "events": [], "volunteers": [], "devices": [],
                       "coverage": []}).encode() + b"\n"


@pytest.mark.parametrize("shape", ["one endless line", "endless small records", "more than stated"])
def test_a_decompression_bomb_is_refused_in_seconds_and_megabytes(drive, shape: str) -> None:  # type: ignore[no-untyped-def]
    forger = _enrolled_forger(drive)
    extra: dict[str, Any] = {"format": "1.0"}  # an older header: no unpacked size to hold it to
    if shape == "one endless line":
        body = bomb(_header(forger), b"A" * (1 << 20), 2048)  # 2 MB that unpacks to 2 GB
    elif shape == "endless small records":
        body = bomb(_header(forger), b'{"t":"x"}\n' * 100_000, 1000)
        extra["records"] = 1_000_000  # signed by the device: the most any bundle may hold
    else:
        body = bomb(_header(forger), b'{"t":"x"}\n' * 100_000, 1000)
        extra = {"payload": {"plain_size": 10_000}}  # format 1.1 states how much it unpacks to
    assert len(body) < 3 << 20
    path = forger.bundle(drive.tmp / "bomb.dkb", [], 1, 1, body=body, manifest_extra=extra)
    drive.org.sync.identity()  # made by the first sync command on any database: not the import's doing
    before = db_dump(drive.org)
    got = _measure(drive.org, path, drive.key)
    assert got["outcome"] == "rejected" and got["reason"].startswith("bomb.dkb: "), got
    print(shape, got)  # the figures, with pytest -s
    assert got["seconds"] < 5 and got["peak_mb"] < 200, got
    assert db_dump(drive.org) == before


def test_deep_nesting_and_huge_numbers_are_refused_in_plain_words(drive) -> None:  # type: ignore[no-untyped-def]
    forger = _enrolled_forger(drive)
    for name, line in (("deep", b"[" * 100_000 + b"]" * 100_000),
                       ("digits", b'{"t":"s","device_seq":' + b"9" * 5000 + b"}"), ("nan", b'{"t":"s","device_seq":NaN}')):
        body = zlib.compress(_header(forger) + line + b"\n")
        path = forger.bundle(drive.tmp / f"{name}.dkb", [], 1, 1, body=body, manifest_extra={"records": 1})
        [report] = drive.org.sync.import_bundles([path], key_path=drive.key)
        assert report.outcome == "rejected" and report.reason.startswith(f"{name}.dkb: the records inside are damaged")


def test_a_huge_file_is_refused_before_it_is_read(drive, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from drivekit.sync.fileformat import limits

    forger = _enrolled_forger(drive)
    path = forger.bundle(drive.tmp / "big.dkb", [], 1, 1)
    monkeypatch.setattr(limits, "MAX_BUNDLE_FILE", path.stat().st_size - 1)
    [report] = drive.org.sync.import_bundles([path], key_path=drive.key)
    assert report.outcome == "rejected" and "too large for a sync bundle" in report.reason


def test_a_campaign_file_bomb_is_refused(drive, make_services) -> None:  # type: ignore[no-untyped-def]
    """A laptop installs a new campaign from anyone's file: it is bounded the same way."""
    from drivekit.errors import BadFile
    from drivekit.sync.fileformat.container import CAMPAIGN_MAGIC, pack
    from drivekit.sync.fileformat.keys import load_organiser_key

    secret = load_organiser_key(drive.key)
    body = bomb(b'{"id": "x", "title": "', b"A" * (1 << 20), 1024)
    manifest = {"format": "1.0", "kind": "campaign", "campaign": "x", "title": "t", "revision": 1,
                "signer": secret.public.to_json(), "payload": {"compression": "zlib"}}
    data, _ = pack(CAMPAIGN_MAGIC, manifest, body, secret.signing_key())
    (drive.tmp / "bomb.dkc").write_bytes(data)
    lap = make_services("laptop")
    with pytest.raises(BadFile, match="unpacks to more than"):
        lap.sync.import_campaign(drive.tmp / "bomb.dkc")
    assert lap.campaigns.list() == []


def test_records_are_parsed_strictly_and_every_refusal_is_badfile() -> None:
    from drivekit.errors import BadFile
    from drivekit.sync.fileformat.limits import loads

    assert loads(b'[{"a":"Zo\\u00eb \xd0\x9f\xd0\xb5\xd1\x82\xd1\x80","n":1}]', "x.dkb") == [{"a": "Zoë Петр", "n": 1}]
    for hostile in (b"[NaN]", b"[Infinity]", b"[1e400]", b'["\\ud800"]', b'["\xff\xfe"]', b"[" * 5000 + b"]" * 5000,
                    b"[1] [2]", b"\xff\xfe[\x001\x00]\x00"):
        with pytest.raises(BadFile):
            loads(hostile, "x.dkb")
    # An integer past 64 bits is read as a float, which every integer field refuses.
    assert type(loads(b"[123456789012345678901234567890]", "x.dkb")[0]) is float


def test_records_are_written_as_the_standard_encoder_writes_them() -> None:
    """Bundles written by earlier versions and by this one are the same bytes for the same records."""
    from drivekit.services.demo_data import SignerData, Timeline
    from drivekit.sync.fileformat.bundle_records import signature_json
    from drivekit.sync.fileformat.bundle_writer import dumps

    data = SignerData(3000, seed=5, campaign_id="c", consent_version="v1", device_id="d", timeline=Timeline.plain())
    rows = [r for batch in data.batches() for r in batch]
    rows[0]["comment"] = "line one\nline two\ttab \x7f del \u2028 sep \"quoted\" back\\slash 🎉 שלום"
    standard = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))
    for row in rows:
        record = signature_json({**row, "status": row["status"]})
        assert dumps(record) == standard.encode(record).encode("utf-8")


@pytest.mark.parametrize(("text", "control"), [
    (b'{"a":"plain \\"quoted\\" \xc2\xa3 5 \xc2\xb0C \xc2\xab\xc2\xbb"}', False),  # quotes, pound, degree, guillemets
    (b'{"a":"C:\\\\new"}', False),  # an escaped backslash before an n
    (b'{"a":"\\u00e9\\u00A0"}', False),
    (b'{"a":"x\xc2"}', False),
    (b'{"a":"line\\nbreak"}', True),
    (b'{"a":"\\\\\\tab"}', True),  # an escaped backslash, then a tab
    (b'{"a":"esc \\u001b"}', True),
    (b'{"a":"del \\u007F"}', True),
    (b'{"a":"raw del \x7f"}', True),
    (b'{"a":"C1 \xc2\x85"}', True),
])
def test_control_characters_are_found_wherever_they_are(text: bytes, control: bool) -> None:
    from drivekit.sync.fileformat.limits import has_control

    padding = b'{"drawing":"' + b"QUJD" * 300_000 + b'"}\n'  # a megabyte of base64 around it
    assert has_control(text) is control
    assert has_control(padding + text + b"\n" + padding) is control


def test_records_unpack_in_blocks_exactly_as_written_and_damage_is_refused() -> None:
    """Many steps of packed input and unpacked output: every line comes back, the same bytes; a cut
    stream, bytes after it, or a line past the limit in the middle of a block are refused."""
    import random

    from drivekit.errors import BadFile
    from drivekit.sync.fileformat.limits import UNPACK_STEP, unpack_blocks, unpack_lines

    rnd = random.Random(3)
    lines = [bytes(rnd.randrange(32, 127) for _ in range(rnd.choice((5, 200, 5000)))) for _ in range(3000)]
    lines += [b"x" * (UNPACK_STEP + 17)]  # one line longer than a step
    text = b"\n".join(lines) + b"\n"
    packed = zlib.compress(text, 1)
    assert list(unpack_lines(packed, len(text), "x.dkb")) == lines
    blocks = list(unpack_blocks(packed, len(text), "x.dkb"))
    assert len(blocks) > 3 and b"\n".join(blocks) == text[:-1]
    assert list(unpack_lines(zlib.compress(text[:-1]), len(text), "x.dkb")) == lines  # no last newline
    for damaged in (packed[:-5], packed + b"more", packed[: len(packed) // 2]):
        with pytest.raises(BadFile, match="cannot be unpacked"):
            list(unpack_lines(damaged, len(text), "x.dkb"))
    with pytest.raises(BadFile, match="unpacks to more"):
        list(unpack_lines(packed, len(text) - 1, "x.dkb"))
    long_inside = zlib.compress(b"a\n" + b"b" * 3000 + b"\nc\n" * 10)
    with pytest.raises(BadFile, match="longer than"):
        list(unpack_blocks(long_inside, 1 << 20, "x.dkb", line_limit=2000))
