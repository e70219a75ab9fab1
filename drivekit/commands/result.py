"""What a command hands back to the command line front end (drivekit.cli)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Result:
    """What a command produced: `data` for --json, `text` for people."""

    data: dict[str, Any]
    text: str = ""
    warnings: list[str] = field(default_factory=list)
