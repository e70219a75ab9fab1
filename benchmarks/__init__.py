"""Reproducible performance measurements, each against a raw baseline run in the same process."""
