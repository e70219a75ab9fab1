"""Kiosk mode: signers type their own signature on a locked, full-screen form."""
