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

# JSON text of a control character inside a string: an escape (\n, \u001b...) or, for DEL and
# C1 controls, the raw character. Starting with a literal, the search skims at C speed.
_CONTROL = re.compile(rb'\\(?:[bfnrt]|u00[01][0-9a-fA-F]|u00[89][0-9a-fA-F]|u007[fF])|\x7f|\xc2[\x80-\x9f]')


def has_control(text: bytes) -> bool:
    """Whether JSON `text` holds a control character in a string (not an escaped backslash before
    an `n`, as in "C:\\\\new")."""
    for m in _CONTROL.finditer(text):
        if text[m.start()] != 0x5C:  # a raw DEL or C1 control
            return True
        start = m.start()
        while start > 0 and text[start - 1] == 0x5C:
            start -= 1
        if (m.start() - start) % 2 == 0:  # an even run of backslashes before: this one escapes
            return True
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


def unpack_lines(data: bytes, limit: int, name: str, line_limit: int = MAX_LINE) -> Iterator[bytes]:
    """The zlib stream's lines (without their newline), unpacked a step at a time: refused as soon
    as the unpacked text passes `limit` bytes or a line passes `line_limit`."""
    unpacker = zlib.decompressobj()
    total, pending, rest = 0, b"", data
    try:
        while True:
            chunk = unpacker.decompress(rest, UNPACK_STEP)
            rest = unpacker.unconsumed_tail
            total += len(chunk)
            if total > limit:
                raise BadFile(_("{name}: unpacks to more than its header allows ({limit:,} bytes); refused.").format(name=name, limit=limit))
            lines = (pending + chunk).split(b"\n")
            pending = lines.pop()
            if len(pending) > line_limit or any(len(line) > line_limit for line in lines):
                raise BadFile(_("{name}: a record is longer than {line_limit:,} bytes; the file is damaged.").format(name=name, line_limit=line_limit))
            yield from lines
            if unpacker.eof or (not chunk and not rest):
                break
    except zlib.error:
        raise BadFile(_("{name}: the contents cannot be unpacked; the file is damaged.").format(name=name)) from None
    if not unpacker.eof or unpacker.unused_data:
        raise BadFile(_("{name}: the contents cannot be unpacked; the file is damaged.").format(name=name))
    if pending:
        yield pending


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
