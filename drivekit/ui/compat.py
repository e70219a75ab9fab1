"""Work around a PySide6 6.12 bug on Python 3.11: calls returning None/True/False drop a reference.

Each such call (any void Qt method, `processEvents`, many bool getters) lowers the reference count of
the None/True/False singletons by one without having raised it. Python 3.12+ makes these objects
immortal, so the bug only shows on 3.11, where after a few thousand calls the interpreter aborts with
"Fatal Python error: none_dealloc" — in a long collecting session that would be a crash mid-rally.
We give the singletons a reference count they can never exhaust, which is what 3.12 does natively.
"""

from __future__ import annotations

import ctypes
import platform
import sys

_HEADROOM = 1 << 40
_done = False


def make_singletons_immortal() -> bool:
    """Raise the reference counts of None, True and False by 2**40 once; True when applied."""
    global _done
    if (_done or sys.version_info >= (3, 12) or platform.python_implementation() != "CPython"
            or hasattr(sys, "gettotalrefcount")):  # debug builds lay objects out differently
        return False
    for obj in (None, True, False):
        # ob_refcnt is the first field of every CPython object
        ctypes.c_ssize_t.from_address(id(obj)).value += _HEADROOM
    _done = True
    return True
