"""The Delivery page (packets, files for online tools, blank sheets) and paper sheet entry."""

from drivekit.ui.delivery.page import DeliveryPage
from drivekit.ui.delivery.paper import PaperEntryDialog

__all__ = ["DeliveryPage", "PaperEntryDialog"]
