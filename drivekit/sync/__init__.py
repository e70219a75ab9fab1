"""Campaign files and sync bundles (no Qt): `fileformat` reads and writes the bytes without a
database; `engine` collects bundles from, installs campaigns into and merges bundles into one."""
