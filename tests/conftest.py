"""Shared fixtures. Tests run headless and never touch the user's real data folder."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from drivekit.services import Services, build_services  # noqa: E402
from drivekit.storage import migrate  # noqa: E402
from drivekit.storage.db import Database  # noqa: E402


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    data_dir = tmp_path_factory.mktemp("drivekit-data")
    monkeypatch.setenv("DRIVEKIT_DATA_DIR", str(data_dir))
    return data_dir


@pytest.fixture(autouse=True)
def _english_messages(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every test starts with the core's messages in English (drivekit.i18n), whatever the machine's
    LANG and whatever an earlier test in this worker chose, and subprocesses it starts speak English."""
    from drivekit.i18n import set_language

    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    set_language("en")
    yield
    set_language("en")


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "test.sqlite3"


@pytest.fixture
def make_services(tmp_path: Path) -> Iterator:
    """Factory: `make_services(name)` gives Services on a fresh, migrated SQLite file; disposed after."""
    made: list[Database] = []

    def make(name: str = "db") -> Services:
        db = Database(f"sqlite:///{tmp_path / (name + '.sqlite3')}")
        migrate.upgrade(db)
        made.append(db)
        return build_services(db)

    yield make
    for db in made:
        db.dispose()


@pytest.fixture
def services(make_services) -> Services:  # type: ignore[no-untyped-def]
    return make_services()


@pytest.fixture
def campaign(services: Services):  # type: ignore[no-untyped-def]
    return services.campaigns.create("Keep the library open", "We ask the council to keep it open.", 500,
                                     "Friends of the Library", "GB")
