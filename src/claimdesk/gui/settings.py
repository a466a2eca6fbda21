"""What the app remembers between runs (QSettings): window layout, last catalogue, recent files,
and the preferences (Edit › Preferences…: name, language, CSV, reader font, highlights, theme)."""

from __future__ import annotations

import zlib
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths

MAX_RECENT_FILES = 10
LANGUAGES = ("system", "en", "ru")
"""The values of ``ui/language`` (read at start-up, where the translation is loaded)."""
THEMES = ("system", "light", "dark")
PALETTES = ("soft", "strong", "colour_blind")
MIN_FONT_SIZE = 8
MAX_FONT_SIZE = 32


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

    def last_article(self, location: str) -> int | None:
        """The article the reader showed when the catalogue at ``location`` was last closed."""
        value = self._settings.value(_article_key(location))
        try:
            return int(str(value)) if value is not None else None
        except ValueError:
            return None

    def set_last_article(self, location: str, article_id: int | None) -> None:
        if article_id is None:
            self._settings.remove(_article_key(location))
        else:
            self._settings.setValue(_article_key(location), article_id)

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
    def ui_language(self) -> str:
        """The interface language: "system" (the system's), "en" or "ru"; takes effect at the
        next start."""
        value = str(self._settings.value("ui/language", "system"))
        return value if value in LANGUAGES else "system"

    @ui_language.setter
    def ui_language(self, value: str) -> None:
        self._settings.setValue("ui/language", value if value in LANGUAGES else "system")

    @property
    def csv_excel_bom(self) -> bool:
        """Whether a CSV export starts with a byte-order mark so Excel reads it as UTF-8: on
        unless the user turned it off (the export dialog remembers the last choice)."""
        return _as_bool(self._settings.value("export/csv_excel_bom"), default=True)

    @csv_excel_bom.setter
    def csv_excel_bom(self, value: bool) -> None:
        self._settings.setValue("export/csv_excel_bom", bool(value))

    def _folder(self, key: str) -> Path | None:
        """The folder kept under ``key``; None before one was, or once it is gone."""
        value = self._settings.value(key)
        folder = Path(str(value)) if value else None
        return folder if folder is not None and folder.is_dir() else None

    @property
    def export_folder(self) -> Path | None:
        """The folder the last export was written to (None before one, or once it is gone)."""
        return self._folder("export/folder")

    @export_folder.setter
    def export_folder(self, folder: Path) -> None:
        self._settings.setValue("export/folder", str(folder))

    @property
    def open_folder(self) -> Path | None:
        """The folder a file was last opened or imported from (None before one, or once it is
        gone)."""
        return self._folder("open/folder")

    @open_folder.setter
    def open_folder(self, folder: Path) -> None:
        self._settings.setValue("open/folder", str(folder))

    @property
    def export_format(self) -> str:
        """The format of the last export ("" before one)."""
        return str(self._settings.value("export/format") or "")

    @export_format.setter
    def export_format(self, value: str) -> None:
        self._settings.setValue("export/format", value)

    @property
    def reader_font_size(self) -> int | None:
        """The reader's font size in points; None for the default (a little above the
        window's)."""
        value = self._settings.value("reader/font_size")
        try:
            size = int(str(value))
        except ValueError:
            return None
        return size if MIN_FONT_SIZE <= size <= MAX_FONT_SIZE else None

    @reader_font_size.setter
    def reader_font_size(self, value: int | None) -> None:
        if value is None:
            self._settings.remove("reader/font_size")
        else:
            self._settings.setValue(
                "reader/font_size", max(MIN_FONT_SIZE, min(MAX_FONT_SIZE, value))
            )

    @property
    def highlight_palette(self) -> str:
        """The highlight palette (one of PALETTES, see gui/colours.py)."""
        value = str(self._settings.value("reader/highlight_palette", "soft"))
        return value if value in PALETTES else "soft"

    @highlight_palette.setter
    def highlight_palette(self, value: str) -> None:
        self._settings.setValue("reader/highlight_palette", value if value in PALETTES else "soft")

    @property
    def theme(self) -> str:
        """The colour theme: "system", "light" or "dark" (see gui/theme.py)."""
        value = str(self._settings.value("ui/theme", "system"))
        return value if value in THEMES else "system"

    @theme.setter
    def theme(self, value: str) -> None:
        self._settings.setValue("ui/theme", value if value in THEMES else "system")

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


def _article_key(location: str) -> str:
    """The settings key for a catalogue's last article: its location hashed (a path or an
    address holds characters QSettings takes for groups), with a name that says what it is."""
    return f"articles/last_{zlib.crc32(location.encode('utf-8')):08x}"


def _as_bool(value: object, *, default: bool) -> bool:
    """A QSettings value as a bool: INI files give back "true"/"false" as text."""
    if value is None:
        return default
    if isinstance(value, str):
        return value.strip().lower() in {"true", "1", "yes", "on"}
    return bool(value)


def default_folder() -> Path:
    """The user's documents folder (their home if there is none)."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(documents) if documents else Path.home()
    return folder if folder.is_dir() else Path.home()


def export_folder() -> Path:
    """Where a file dialog for an export (claims, a ClaimReview, a chart) starts: the folder
    of the last export, else the documents folder."""
    return AppSettings().export_folder or default_folder()


def remember_export_folder(path: Path) -> None:
    """An export was written to ``path``: the next one starts in its folder."""
    AppSettings().export_folder = path.parent


def open_folder() -> Path:
    """Where a file dialog for opening or importing (articles, annotations, a project) starts:
    the folder a file was last opened from, else the documents folder. Each started in the home
    folder, so a desk's folder of articles was looked for again every time."""
    return AppSettings().open_folder or default_folder()


def remember_open_folder(path: str | Path) -> None:
    """The file at ``path`` was opened, or the folder at ``path`` imported: the next open or
    import dialog starts in its folder (in the folder itself, for a folder)."""
    path = Path(path)
    AppSettings().open_folder = path if path.is_dir() else path.parent
