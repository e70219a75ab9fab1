"""Launcher: `python main.py` behaves exactly like the `drivekit` command."""
import sys

from drivekit.app import main

if __name__ == "__main__":
    sys.exit(main())
