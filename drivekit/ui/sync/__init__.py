"""The Sync page (export and import bundles, devices seen) and the campaign-file import entry."""

from drivekit.ui.sync.campaign_import import import_campaign_file
from drivekit.ui.sync.sync_page import SyncPage

__all__ = ["SyncPage", "import_campaign_file"]
