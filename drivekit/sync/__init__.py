"""Campaign files and sync bundles: format, keys, reader, writer and merge (no Qt)."""
