"""A long Collect session in one process: N signatures typed into the form and saved with its button.

Run by tests/e2e/test_distribution.py in a subprocess: on Python 3.11 with PySide6 6.12, every Qt
call that returns None/True/False drops a reference it never took (see drivekit/ui/compat.py); without
the fix, a few thousand saves abort the interpreter ("none_dealloc"), which a subprocess survives to
report. Prints the number of signatures stored at the end.
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from drivekit.services import build_services  # noqa: E402
from drivekit.storage import migrate  # noqa: E402
from drivekit.storage.db import Database  # noqa: E402
from drivekit.ui.collect.page import CollectPage  # noqa: E402


def main(db_path: str, saves: int) -> int:
    app = QApplication.instance() or QApplication([])
    db = Database(f"sqlite:///{db_path}")
    migrate.upgrade(db)
    services = build_services(db)
    campaign = services.campaigns.create("Long day", "We ask for a longer day.", 10_000, "Stall", "GB")
    page = CollectPage(services)
    page.set_campaign(campaign.id)
    page.resize(1000, 700)
    page.show()
    for n in range(saves):
        page.form.inputs["first_name"].setText(f"Signer{n}")
        page.form.inputs["last_name"].setText("Long-Session")
        page.form.inputs["postcode"].setText("SW1A 1AA")
        page.form.consent.setChecked(True)
        QTest.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
        app.processEvents()
        if page.form.text("first_name"):
            print(f"save {n} did not clear the form: {page.banner.text()}", file=sys.stderr)
            return 1
    stored = len(services.signatures.list(campaign.id))
    print(stored)
    page.close()
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], int(sys.argv[2])))
