"""Sync against a database (storage and domain only): collecting a bundle's records, installing a
campaign file, and the merge engine that applies a checked bundle."""
