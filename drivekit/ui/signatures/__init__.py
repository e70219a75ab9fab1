"""The Signatures page: every signature of a campaign in a fast table, edit, withdraw, review duplicates."""

from drivekit.ui.signatures.page import SignaturesPage

__all__ = ["SignaturesPage"]
