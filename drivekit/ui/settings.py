"""The GUI's remembered choices (window, page, campaign, event, text size, language, where packets go, the
signing certificate and organiser key files) in one INI file. Never a passphrase: the file is plain text."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings


class UiSettings:
    """Typed access to an INI file in the data folder, so tests never touch the user's real settings."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self._qs = QSettings(str(self.path), QSettings.Format.IniFormat)

    def _get(self, key: str, default: str = "") -> str:
        value = self._qs.value(key, default)
        return default if value is None else str(value)

    def _set(self, key: str, value: object) -> None:
        self._qs.setValue(key, value)

    def sync(self) -> None:
        self._qs.sync()

    @property
    def large_text(self) -> bool:
        return self._get("view/large_text", "false").lower() in ("true", "1")

    @large_text.setter
    def large_text(self, on: bool) -> None:
        self._set("view/large_text", "true" if on else "false")

    @property
    def language(self) -> str:
        return self._get("view/language", "")

    @language.setter
    def language(self, code: str) -> None:
        self._set("view/language", code)

    @property
    def geometry(self) -> QByteArray | None:
        value = self._qs.value("window/geometry")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @geometry.setter
    def geometry(self, data: QByteArray) -> None:
        self._set("window/geometry", data)

    @property
    def page(self) -> int:
        try:
            return int(self._get("window/page", "0"))
        except ValueError:
            return 0

    @page.setter
    def page(self, index: int) -> None:
        self._set("window/page", int(index))

    @property
    def campaign_id(self) -> str:
        return self._get("collect/campaign")

    @campaign_id.setter
    def campaign_id(self, value: str) -> None:
        self._set("collect/campaign", value)

    def event_for(self, campaign_id: str) -> str:
        return self._get(f"collect/{campaign_id}/event")

    def set_event_for(self, campaign_id: str, event_id: str) -> None:
        self._set(f"collect/{campaign_id}/event", event_id)

    def volunteer_for(self, campaign_id: str) -> str:
        return self._get(f"collect/{campaign_id}/volunteer")

    def set_volunteer_for(self, campaign_id: str, volunteer_id: str) -> None:
        self._set(f"collect/{campaign_id}/volunteer", volunteer_id)

    # -- files people choose once and expect to find chosen again (paths only, never a secret) --
    @property
    def output_folder(self) -> str:
        return self._get("delivery/folder")

    @output_folder.setter
    def output_folder(self, path: str) -> None:
        self._set("delivery/folder", path)

    @property
    def certificate(self) -> str:
        return self._get("delivery/certificate")

    @certificate.setter
    def certificate(self, path: str) -> None:
        self._set("delivery/certificate", path)

    @property
    def sign_packets(self) -> bool:
        return self._get("delivery/sign", "false").lower() in ("true", "1")

    @sign_packets.setter
    def sign_packets(self, on: bool) -> None:
        self._set("delivery/sign", "true" if on else "false")

    @property
    def organiser_key(self) -> str:
        """The organiser key FILE's path; its passphrase is asked for every time and never kept."""
        return self._get("sync/organiser_key")

    @organiser_key.setter
    def organiser_key(self, path: str) -> None:
        self._set("sync/organiser_key", path)

    @property
    def sync_role(self) -> str:
        """"laptop" or "organiser" when the person said what this computer is on the Sync page; "" to let
        DriveKit tell from the campaign (installed from a campaign file: a laptop; created here: the organiser)."""
        role = self._get("sync/role")
        return role if role in ("laptop", "organiser") else ""

    @sync_role.setter
    def sync_role(self, role: str) -> None:
        self._set("sync/role", role if role in ("laptop", "organiser") else "")

    @property
    def laptop_named(self) -> bool:
        """Whether the first-run question for this laptop's name was answered (saved or skipped)."""
        return self._get("sync/laptop_named", "false").lower() in ("true", "1")

    @laptop_named.setter
    def laptop_named(self, done: bool) -> None:
        self._set("sync/laptop_named", "true" if done else "false")

    @property
    def database_url(self) -> str:
        """A shared PostgreSQL database chosen in Settings, or "" for this computer's own file."""
        return self._get("database/url")

    @database_url.setter
    def database_url(self, url: str) -> None:
        from urllib.parse import urlsplit

        if urlsplit(url).password is not None:  # the INI file is plain text: libpq finds passwords itself
            raise ValueError("a database URL with a password is never kept in the settings")
        self._set("database/url", url)

    @property
    def kiosk_lock(self) -> tuple[int, float]:
        """Wrong kiosk PINs in a row, and until when (wall-clock seconds) input waits: a restart of the
        app must not reset the growing wait."""
        try:
            return int(self._get("kiosk/failures", "0")), float(self._get("kiosk/locked_until", "0"))
        except ValueError:
            return 0, 0.0

    @kiosk_lock.setter
    def kiosk_lock(self, value: tuple[int, float]) -> None:
        self._set("kiosk/failures", int(value[0]))
        self._set("kiosk/locked_until", f"{float(value[1]):.3f}")
        self.sync()
