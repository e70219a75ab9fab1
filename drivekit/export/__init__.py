"""Delivery packet PDF, PDF signing, CSV, OSDI JSON and blank sheets; no Qt, heavy libraries loaded lazily."""
