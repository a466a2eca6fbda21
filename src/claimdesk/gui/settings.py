"""What the app remembers between runs (QSettings): window layout, last catalogue, recent files."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT_FILES = 10


class AppSettings:
    """Typed access to the few QSettings keys ClaimDesk uses."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings if settings is not None else QSettings()

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._settings.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def _strings(self, key: str) -> list[str]:
        value = self._settings.value(key)
        if value is None:
            return []
        if isinstance(value, str):
            return [value] if value else []
        return [str(v) for v in value if v]

    @property
    def geometry(self) -> QByteArray | None:
        return self._bytes("window/geometry")

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._settings.setValue("window/geometry", value)

    @property
    def window_state(self) -> QByteArray | None:
        return self._bytes("window/state")

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._settings.setValue("window/state", value)

    def splitter_state(self, name: str) -> QByteArray | None:
        return self._bytes(f"splitters/{name}")

    def set_splitter_state(self, name: str, value: QByteArray) -> None:
        self._settings.setValue(f"splitters/{name}", value)

    @property
    def last_catalogue(self) -> str | None:
        value = self._settings.value("catalogue/last")
        return str(value) if value else None

    @last_catalogue.setter
    def last_catalogue(self, value: str) -> None:
        self._settings.setValue("catalogue/last", value)

    @property
    def user_name(self) -> str:
        """The name recorded as who added and changed claims; "" means the OS user's."""
        value = self._settings.value("user/name")
        return str(value).strip() if value else ""

    @user_name.setter
    def user_name(self, value: str) -> None:
        self._settings.setValue("user/name", value.strip())

    @property
    def recent_files(self) -> list[str]:
        return self._strings("files/recent")

    def add_recent_file(self, path: str) -> list[str]:
        recent = [p for p in self.recent_files if p != path]
        recent.insert(0, path)
        del recent[MAX_RECENT_FILES:]
        self._settings.setValue("files/recent", recent)
        return recent

    def clear_recent_files(self) -> None:
        self._settings.remove("files/recent")

    def sync(self) -> None:
        self._settings.sync()
