"""Bounds on everything read from a sync file, checked while it is unpacked.

A file from outside may be hostile: 2 MB of zlib can unpack to gigabytes, a line can nest
arrays a million deep, a number can have a million digits. Every file is unpacked a slice at a
time (`zlib.decompressobj` with `max_length`) and refused as soon as it passes a bound, so
refusing costs a few MB and a few milliseconds whatever it claims to hold.
"""

from __future__ import annotations

import os
import re
import zlib
from collections.abc import Iterator
from typing import Any

import orjson

from drivekit.errors import BadFile
from drivekit.i18n import N_, _

MAX_BUNDLE_FILE = 1 << 30  # bytes on disk (a 100,000-signature bundle is about 15 MB)
MAX_CAMPAIGN_FILE = 16 << 20
MAX_BUNDLE_PLAIN = 4 << 30  # unpacked bytes, when the (older) header does not state them
MAX_CAMPAIGN_PLAIN = 32 << 20
MAX_RECORDS = 1_000_000  # records in one bundle (a campaign's --all export included)
MAX_LINE = 2 << 20  # one record: a drawing is at most 512 KiB (domain.drawing.MAX_BYTES), base64 4/3 of it
MAX_INT = 2**31 - 1  # sequence and sheet numbers (PostgreSQL's integer)
UNPACK_STEP = 1 << 20  # unpacked bytes per step

UNPACK_INPUT = 1 << 18  # packed bytes handed to zlib per call (its unconsumed rest is copied each call)

# JSON text of a control character inside a string: an escape (\n, \u001b...) or, for DEL and
# C1 controls, the raw character.
_ESCAPE = re.compile(rb'\\(?:[bfnrt]|u00[01][0-9a-fA-F]|u00[89][0-9a-fA-F]|u007[fF])')


def has_control(text: bytes) -> bool:
    """Whether JSON `text` holds a control character in a string (not an escaped backslash before
    an `n`, as in "C:\\\\new"). The bytes that can start one (a backslash, DEL, 0xC2) are found with
    `bytes.find` (memchr speed: a bundle's 100 MB in milliseconds; a realistic one holds a few dozen
    backslashes, for quotes) and only there is the escape looked at."""
    if b"\x7f" in text:
        return True
    at = text.find(b"\xc2")  # the first byte of U+0080-U+00BF: C1 controls, but also "£", "°", "«"
    while at >= 0:
        if at + 1 < len(text) and 0x80 <= text[at + 1] <= 0x9F:
            return True
        at = text.find(b"\xc2", at + 1)
    at = text.find(b"\\")
    while at >= 0:
        if _ESCAPE.match(text, at):
            start = at
            while start > 0 and text[start - 1] == 0x5C:
                start -= 1
            if (at - start) % 2 == 0:  # an even run of backslashes before: this one escapes
                return True
        at = text.find(b"\\", at + 1)
    return False


def read_bounded(path: Any, limit: int, too_large: str) -> bytes:
    """The file's bytes, refusing one larger than `limit` before reading it with the message
    `too_large` (N_-marked, with {name} and {size} in MB)."""
    name = getattr(path, "name", str(path))
    try:
        size = os.stat(path).st_size
        if size > limit:
            raise BadFile(_(too_large).format(name=name, size=size // (1 << 20)))
        with open(path, "rb") as fh:
            return fh.read(limit + 1)
    except OSError as err:
        raise BadFile(_("{name}: cannot be read ({reason}).").format(name=name, reason=err.strerror or err)) from None


def unpack_blocks(data: bytes, limit: int, name: str, line_limit: int = MAX_LINE) -> Iterator[bytes]:
    """The zlib stream's text in blocks of whole lines (each block without its last newline; about
    UNPACK_STEP bytes), unpacked a step at a time: refused as soon as the unpacked text passes
    `limit` bytes or a line passes `line_limit`. A last line without a newline is the last block."""
    unpacker = zlib.decompressobj()
    total, pending, view, at = 0, b"", memoryview(data), 0
    try:
        while True:
            rest: bytes | memoryview = unpacker.unconsumed_tail
            if not rest:
                rest, at = view[at:at + UNPACK_INPUT], at + UNPACK_INPUT
            chunk = unpacker.decompress(rest, UNPACK_STEP)
            total += len(chunk)
            if total > limit:
                raise BadFile(_("{name}: unpacks to more than its header allows ({limit:,} bytes); refused.").format(name=name, limit=limit))
            text = pending + chunk
            cut = text.rfind(b"\n")
            pending = text[cut + 1:]
            if len(pending) > line_limit or (cut > line_limit
                                             and any(len(line) > line_limit for line in text[:cut].split(b"\n"))):
                raise BadFile(_("{name}: a record is longer than {line_limit:,} bytes; the file is damaged.").format(name=name, line_limit=line_limit))
            if cut >= 0:
                yield text[:cut]
            if unpacker.eof or (not chunk and not unpacker.unconsumed_tail and at >= len(data)):
                break
    except zlib.error:
        raise BadFile(_("{name}: the contents cannot be unpacked; the file is damaged.").format(name=name)) from None
    if not unpacker.eof or unpacker.unused_data or at < len(data):
        raise BadFile(_("{name}: the contents cannot be unpacked; the file is damaged.").format(name=name))
    if pending:
        yield pending


def unpack_lines(data: bytes, limit: int, name: str, line_limit: int = MAX_LINE) -> Iterator[bytes]:
    """The zlib stream's lines (without their newline), as `unpack_blocks` unpacks them."""
    for block in unpack_blocks(data, limit, name, line_limit):
        yield from block.split(b"\n")


def unpack_all(data: bytes, limit: int, name: str) -> bytes:
    """The whole unpacked text (one JSON document), refused as soon as it passes `limit` bytes."""
    return b"\n".join(unpack_lines(data, limit, name, limit))


def loads(text: bytes, name: str, what: str = N_("the records inside are damaged"), controls: bool = False) -> Any:
    """Strict JSON (orjson: twice the standard parser's speed on bundle records) that never lets a
    hostile text escape as anything but BadFile: NaN and Infinity, lone surrogates, invalid UTF-8
    and nesting past 1,024 levels are refused; an integer too large for 64 bits comes back as a
    float, which every integer field refuses. Text fields may hold control characters only when
    `controls` (a petition's paragraphs)."""
    if not controls and has_control(text):
        raise BadFile(_("{name}: a text field holds control characters; refused.").format(name=name))
    try:
        return orjson.loads(text)
    except (ValueError, RecursionError, UnicodeDecodeError) as err:
        reason = _("nested too deep") if "depth" in str(err) or isinstance(err, RecursionError) else type(err).__name__
        raise BadFile(_("{name}: {what} ({reason}).").format(name=name, what=_(what), reason=reason)) from None


def bounded_int(value: Any, what: str, low: int = 0, high: int = MAX_INT) -> int:
    if type(value) is not int or not low <= value <= high:
        raise ValueError(_("{what} is not a number from {low} to {high}").format(what=what, low=low, high=high))
    return value
