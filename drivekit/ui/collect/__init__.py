"""Collecting signatures: the volunteer's Collect page and the signer form it shares with kiosk mode."""
