"""Privacy in the app: the audit log, a campaign's retention date and sealed mode, purge and its reminder."""

from drivekit.ui.privacy.audit_dialog import AuditLogDialog, AuditTableModel
from drivekit.ui.privacy.menu import PrivacyMenu
from drivekit.ui.privacy.retention_bar import RetentionBar
from drivekit.ui.privacy.settings_dialog import CampaignPrivacyDialog

__all__ = ["AuditLogDialog", "AuditTableModel", "CampaignPrivacyDialog", "PrivacyMenu", "RetentionBar"]
