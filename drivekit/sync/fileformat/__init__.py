"""Sync files as bytes: the container, keys, bundle records, the bundle reader and the campaign file
codec. No database here: a file is checked whole before anything is written (see docs/sync-format.md)."""
