"""`python -m drivekit` behaves exactly like the `drivekit` command."""
import sys

from drivekit.app import main

sys.exit(main())
