"""The rest of a withdrawal's erasure, off the window's thread: the one way every page finishes it.

`SignatureService.withdraw(..., purge_later=True)` erases the signer from the file, its search index
and its WAL before it returns; the backups made before (each a copy of the whole database, 0.3 s at
1,000,000 signatures) are erased of them here on a worker, started whether or not the page that asked
is still open, and a failure is said in the words `say` shows (a status line, a banner)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject

from drivekit.errors import KnownError
from drivekit.ui.background import run_in_background

log = logging.getLogger(__name__)


def finish_purge_later(signatures: Any, owner: QObject | None = None, say: Callable[[str], None] | None = None) -> None:
    """Run `signatures.finish_purge()` on a worker; on failure, `say` the reason while `owner` lives
    (no owner: the page was closed; the erasure still runs, a failure goes to the log only)."""

    def failed(err: BaseException) -> None:
        if say is None or owner is None or not shiboken6.isValid(owner):
            log.warning("the backups made before a withdrawal were not all erased: %s", err)
            return
        detail = str(err) if isinstance(err, KnownError) else QCoreApplication.translate("Erasure", "see the log")
        say(QCoreApplication.translate("Erasure", "The signature was withdrawn, but the backups made before could "
                                                  "not all be erased of it: {0}").format(detail))

    run_in_background(lambda _progress: signatures.finish_purge(), on_error=failed)
