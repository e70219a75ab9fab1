"""Pure-Python rules: validation, normalisation and duplicate detection. No database, no Qt."""
