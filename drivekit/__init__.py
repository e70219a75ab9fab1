"""DriveKit: offline petition signature drives."""

__version__ = "0.1.0"
