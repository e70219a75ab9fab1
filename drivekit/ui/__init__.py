"""The only package that imports PySide6."""

from drivekit.ui.compat import make_singletons_immortal

make_singletons_immortal()  # before any Qt call: see compat.py (PySide6 6.12 on Python 3.11)
